//! Strings across the boundary: UTF-8 pointer + length in, library-owned NUL-terminated out.

use std::ffi::{CString, c_char};

use crate::panic::boundary_void;
use crate::status::{
    MOTCUA_STATUS_INTERNAL, MOTCUA_STATUS_INVALID_ARGUMENT, MOTCUA_STATUS_INVALID_UTF8,
    MOTCUA_STATUS_NULL_POINTER, motcua_status,
};

/// Borrows a caller string given as UTF-8 bytes (`ptr`, `len`). NULL is refused even when
/// `len` is 0; a length over `isize::MAX` is an invalid argument.
///
/// # Safety
/// `ptr` must be NULL or point to `len` readable bytes that stay unchanged during the call.
pub(crate) unsafe fn str_in<'a>(ptr: *const u8, len: usize) -> Result<&'a str, motcua_status> {
    if ptr.is_null() {
        return Err(MOTCUA_STATUS_NULL_POINTER);
    }
    if len > isize::MAX as usize {
        return Err(MOTCUA_STATUS_INVALID_ARGUMENT);
    }
    // SAFETY: non-null, len <= isize::MAX, readable by the caller's contract.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    std::str::from_utf8(bytes).map_err(|_| MOTCUA_STATUS_INVALID_UTF8)
}

/// Hands a string to C: the caller frees it with [`motcua_string_free`].
pub(crate) fn string_out(s: String) -> Result<*mut c_char, motcua_status> {
    // JSON and messages never contain NUL; refuse rather than truncate if one ever did.
    CString::new(s)
        .map(CString::into_raw)
        .map_err(|_| MOTCUA_STATUS_INTERNAL)
}

/// Frees a string returned by the library (e.g. by `motcua_calendar_why_json`).
///
/// NULL is a no-op. Never pass the string to `free()`, and never free it twice.
///
/// @param s  a string the library returned, or NULL.
///
/// # Safety
/// `s` must be NULL or a pointer returned by this library through a `char **out` parameter and
/// not freed yet. Any thread may free it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_string_free(s: *mut c_char) {
    boundary_void(|| {
        if !s.is_null() {
            // SAFETY: by contract, `s` came from CString::into_raw in string_out.
            drop(unsafe { CString::from_raw(s) });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_in_checks() {
        let ok = "Tết";
        // SAFETY: `ok` has `ok.len()` readable bytes.
        assert_eq!(unsafe { str_in(ok.as_ptr(), ok.len()) }, Ok("Tết"));
        assert_eq!(
            // SAFETY: NULL is refused before any read.
            unsafe { str_in(std::ptr::null(), 0) },
            Err(MOTCUA_STATUS_NULL_POINTER)
        );
        let bad = [0xffu8, 0xfe];
        assert_eq!(
            // SAFETY: `bad` has 2 readable bytes.
            unsafe { str_in(bad.as_ptr(), 2) },
            Err(MOTCUA_STATUS_INVALID_UTF8)
        );
        assert_eq!(
            // SAFETY: a length over isize::MAX is refused before any read.
            unsafe { str_in(bad.as_ptr(), usize::MAX) },
            Err(MOTCUA_STATUS_INVALID_ARGUMENT)
        );
    }

    #[test]
    fn string_round_trip() {
        let p = string_out("xin chào".to_owned()).unwrap();
        // SAFETY: `p` was just returned by string_out and is freed once.
        unsafe { motcua_string_free(p) };
        // SAFETY: NULL is a no-op.
        unsafe { motcua_string_free(std::ptr::null_mut()) };
        assert_eq!(string_out("a\0b".to_owned()), Err(MOTCUA_STATUS_INTERNAL));
    }
}
