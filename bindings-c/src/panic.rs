//! The panic boundary every exported function body runs in.
//!
//! A Rust panic must never cross `extern "C"` (since Rust 1.81 it aborts the process: fatal in a
//! JVM, a .NET host or a Python interpreter). Each exported function wraps its body in
//! [`boundary`] (or [`boundary_void`] for functions without a status), which turns a panic into
//! [`MOTCUA_STATUS_PANIC`]. The core forbids `unwrap`/`expect`/`panic!` outside tests, so this is
//! a safety net, not a control path.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::status::{MOTCUA_STATUS_OK, MOTCUA_STATUS_PANIC, motcua_status};

/// Runs `body`; `Ok(())` becomes `MOTCUA_STATUS_OK`, `Err(s)` becomes `s`, a panic becomes
/// `MOTCUA_STATUS_PANIC`.
///
/// `AssertUnwindSafe` is sound here: the bodies only write their out-parameters as the very
/// last step, after every fallible operation, so a panic leaves no caller-visible state half
/// written; calendars are immutable, and the one mutable handle, `motcua_clock`, is only
/// changed by the core's transactional `DeadlineClock::apply` (applied to a copy, swapped in
/// at the end), so a panic inside it leaves the clock as it was.
pub(crate) fn boundary<F>(body: F) -> motcua_status
where
    F: FnOnce() -> Result<(), motcua_status>,
{
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => MOTCUA_STATUS_OK,
        Ok(Err(status)) => status,
        Err(_) => MOTCUA_STATUS_PANIC,
    }
}

/// Runs `body`, swallowing a panic (for `_free` functions, which return nothing).
pub(crate) fn boundary_void<F: FnOnce()>(body: F) {
    let _ = catch_unwind(AssertUnwindSafe(body));
}

/// Runs `body`, returning `fallback` on a panic (for functions returning a value, not a status).
pub(crate) fn boundary_value<T, F: FnOnce() -> T>(fallback: T, body: F) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::MOTCUA_STATUS_INVALID_ARGUMENT;

    #[test]
    #[allow(clippy::panic)]
    fn panic_becomes_status() {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let s = boundary(|| panic!("boom"));
        boundary_void(|| panic!("boom"));
        let v = boundary_value(7, || -> i32 { panic!("boom") });
        std::panic::set_hook(prev);
        assert_eq!(s, MOTCUA_STATUS_PANIC);
        assert_eq!(v, 7);
        assert_eq!(boundary(|| Ok(())), MOTCUA_STATUS_OK);
        assert_eq!(
            boundary(|| Err(MOTCUA_STATUS_INVALID_ARGUMENT)),
            MOTCUA_STATUS_INVALID_ARGUMENT
        );
    }
}
