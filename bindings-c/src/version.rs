//! The library version, from Cargo's package version (also in the header's `MOTCUA_VERSION*`
//! macros, written by build.rs; the tests check they agree).

use std::ffi::c_char;

use crate::panic::boundary_value;

/// NUL-terminated package version.
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The version of the library, e.g. `"0.1.0"`; equal to the header's `MOTCUA_VERSION` when
/// header and library match.
///
/// @return a static NUL-terminated string: never NULL, never to be freed.
///
/// # Safety
/// None. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn motcua_version() -> *const c_char {
    let version = VERSION.as_ptr().cast();
    boundary_value(version, || version)
}

#[cfg(test)]
mod tests {
    use std::ffi::CStr;

    use super::*;

    #[test]
    fn version_matches_cargo_and_header() {
        // SAFETY: motcua_version returns a static NUL-terminated string.
        let v = unsafe { CStr::from_ptr(motcua_version()) }
            .to_str()
            .unwrap();
        assert_eq!(v, env!("CARGO_PKG_VERSION"));
        let header = include_str!("../include/motcua.h");
        assert!(header.contains(&format!("#define MOTCUA_VERSION \"{v}\"")));
        for (macro_name, part) in [
            ("MOTCUA_VERSION_MAJOR", env!("CARGO_PKG_VERSION_MAJOR")),
            ("MOTCUA_VERSION_MINOR", env!("CARGO_PKG_VERSION_MINOR")),
            ("MOTCUA_VERSION_PATCH", env!("CARGO_PKG_VERSION_PATCH")),
        ] {
            assert!(
                header.contains(&format!("#define {macro_name} {part}\n")),
                "{macro_name}"
            );
        }
    }
}
