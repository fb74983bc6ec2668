//! JSON across the boundary: documents in (UTF-8 pointer + length, size-limited), results
//! out (library-owned strings), core errors as statuses.

use std::ffi::c_char;

use serde::Serialize;

use crate::deadline::MOTCUA_MAX_JSON_BYTES;
use crate::status::{
    MOTCUA_STATUS_INTERNAL, MOTCUA_STATUS_INVALID_ARGUMENT, from_core, motcua_status,
};
use crate::string::{str_in, string_out};

/// A core result as a status.
pub(crate) fn core<T>(r: Result<T, motcua::Error>) -> Result<T, motcua_status> {
    r.map_err(|e| from_core(&e))
}

/// A value as a library-owned JSON string.
pub(crate) fn json_out<T: Serialize + ?Sized>(value: &T) -> Result<*mut c_char, motcua_status> {
    let s = serde_json::to_string(value).map_err(|_| MOTCUA_STATUS_INTERNAL)?;
    string_out(s)
}

/// A JSON document argument of at most `limit` bytes (larger: invalid argument, before any
/// parsing), UTF-8.
///
/// # Safety
/// As [`str_in`].
pub(crate) unsafe fn json_in_limit<'a>(
    ptr: *const u8,
    len: usize,
    limit: usize,
) -> Result<&'a str, motcua_status> {
    if !ptr.is_null() && len > limit {
        return Err(MOTCUA_STATUS_INVALID_ARGUMENT);
    }
    // SAFETY: forwarded to the caller.
    unsafe { str_in(ptr, len) }
}

/// A JSON document argument: UTF-8, at most [`MOTCUA_MAX_JSON_BYTES`].
///
/// # Safety
/// As [`str_in`].
pub(crate) unsafe fn json_in<'a>(ptr: *const u8, len: usize) -> Result<&'a str, motcua_status> {
    // SAFETY: forwarded to the caller.
    unsafe { json_in_limit(ptr, len, MOTCUA_MAX_JSON_BYTES) }
}

/// An optional JSON document: length 0 (any pointer, NULL included) is `None`.
///
/// # Safety
/// As [`str_in`] when `len > 0`.
pub(crate) unsafe fn opt_json_in<'a>(
    ptr: *const u8,
    len: usize,
) -> Result<Option<&'a str>, motcua_status> {
    if len == 0 {
        return Ok(None);
    }
    // SAFETY: forwarded to the caller.
    unsafe { json_in(ptr, len) }.map(Some)
}

/// Two strings handed to C together: either both or neither (the first is freed if the
/// second cannot be made).
pub(crate) fn two_strings_out(
    a: String,
    b: String,
) -> Result<(*mut c_char, *mut c_char), motcua_status> {
    let a = string_out(a)?;
    match string_out(b) {
        Ok(b) => Ok((a, b)),
        Err(e) => {
            // SAFETY: `a` was just returned by string_out and never handed out.
            unsafe { crate::string::motcua_string_free(a) };
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_options() {
        let doc = b"{}";
        // SAFETY: `doc` has 2 readable bytes.
        assert_eq!(unsafe { json_in_limit(doc.as_ptr(), 2, 1) }, Err(9005));
        // SAFETY: `doc` has 2 readable bytes.
        assert_eq!(unsafe { json_in_limit(doc.as_ptr(), 2, 2) }, Ok("{}"));
        // SAFETY: length 0: the pointer is not read.
        assert_eq!(unsafe { opt_json_in(std::ptr::null(), 0) }, Ok(None));
        // SAFETY: NULL is refused before any read.
        assert_eq!(unsafe { opt_json_in(std::ptr::null(), 1) }, Err(9001));
        let (a, b) = two_strings_out("a".into(), "b".into()).unwrap();
        // SAFETY: `a` and `b` were just returned by two_strings_out; each is freed once.
        unsafe {
            crate::string::motcua_string_free(a);
            crate::string::motcua_string_free(b);
        }
        assert_eq!(
            two_strings_out("a".into(), "\0".into()),
            Err(MOTCUA_STATUS_INTERNAL)
        );
    }
}
