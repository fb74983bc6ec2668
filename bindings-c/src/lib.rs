//! # motcua-c: the C ABI of motcua
//!
//! Builds `libmotcua.so` / `libmotcua.a`; the header `include/motcua.h` is generated from these
//! sources by `build.rs` (pinned cbindgen) and checked in. The crate only translates: every rule
//! lives in the `motcua` core.
//!
//! Conventions (architecture.md §2, 9–14):
//! - every symbol starts with `motcua_`; opaque handles have `_new…`/`_free`; the handle comes
//!   first, then the inputs, then the out-parameters;
//! - every fallible function returns a [`status::motcua_status`] (`0` = OK; the core's error
//!   codes are passed through unchanged; 9000s are binding-level) and writes its out-parameters
//!   only on success;
//! - every pointer is checked for NULL; `_free(NULL)` is a no-op;
//! - every exported body runs inside [`panic`]'s `catch_unwind` boundary, so the library must be
//!   built with `panic = "unwind"` (enforced at compile time below);
//! - strings in are UTF-8 pointer + length; strings out are owned by the library and freed with
//!   [`string::motcua_string_free`]; error text is copied into a caller buffer
//!   ([`status::motcua_status_message`]), never kept in a thread-local;
//! - flags are `uint8_t`, enumerations arrive as `uint32_t` with a documented fallback;
//! - a `const motcua_calendar *` is immutable and may be shared by any number of threads; a
//!   `motcua_clock` is mutable (`motcua_clock_apply_json`) and must not be shared across
//!   threads without a lock;
//! - structured data (time limits, policies, clock events, results) crosses as JSON in the
//!   core's serde shapes.
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]
#![deny(unsafe_op_in_unsafe_fn)]
#![deny(clippy::undocumented_unsafe_blocks)]
#![allow(non_camel_case_types)]

#[cfg(panic = "abort")]
compile_error!(
    "motcua-c must be built with panic = \"unwind\": the panic boundary of every exported \
     function needs it (an abort would kill the host process, e.g. a JVM)"
);

#[cfg(test)]
mod abi_tests;
pub mod calendar;
pub mod date;
pub mod deadline;
pub mod dossier;
pub mod form;
mod json;
pub mod lang;
pub mod level;
pub mod lunar;
mod panic;
pub mod procedure;
pub mod report;
pub mod status;
pub mod string;
pub mod version;

/// Returns `Err(MOTCUA_STATUS_NULL_POINTER)` from the enclosing closure when any pointer is NULL.
macro_rules! check_null {
    ($($p:expr),+ $(,)?) => {
        $(
            if $p.is_null() {
                return Err($crate::status::MOTCUA_STATUS_NULL_POINTER);
            }
        )+
    };
}
pub(crate) use check_null;

/// Writes an out-parameter (the last step of a successful call).
///
/// # Safety
/// `out` must be non-null, aligned and writable for one `T`.
pub(crate) unsafe fn put<T>(out: *mut T, value: T) {
    // SAFETY: forwarded to the caller.
    unsafe { out.write(value) }
}
