//! `motcua_calendar`: an immutable working calendar (Vietnamese civil service or enterprise).
//!
//! A handle is created by `motcua_calendar_new_*` or `motcua_calendar_with_announcements_json`
//! and released by `motcua_calendar_free`. It is never modified after creation, so a
//! `const motcua_calendar *` may be used by any number of threads at once without locking;
//! only `motcua_calendar_free` must not race with other uses of the same handle.

use std::ffi::c_char;

use motcua::calendar::WorkCalendar;

use crate::date::motcua_date;
use crate::lang::{lang_from_c, motcua_lang};
use crate::panic::{boundary, boundary_void};
use crate::status::{MOTCUA_STATUS_INTERNAL, from_core, motcua_status};
use crate::string::{str_in, string_out};
use crate::{check_null, put};

/// Opaque handle of an immutable working calendar (wraps the core `WorkCalendar`).
pub struct motcua_calendar {
    inner: WorkCalendar,
}

fn new_handle(inner: WorkCalendar) -> *mut motcua_calendar {
    Box::into_raw(Box::new(motcua_calendar { inner }))
}

/// Borrows the calendar behind a non-null handle.
///
/// # Safety
/// `cal` must be a live handle returned by this library.
pub(crate) unsafe fn cal_ref<'a>(cal: *const motcua_calendar) -> &'a WorkCalendar {
    // SAFETY: forwarded to the caller.
    unsafe { &(*cal).inner }
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<*mut c_char, motcua_status> {
    let s = serde_json::to_string(value).map_err(|_| MOTCUA_STATUS_INTERNAL)?;
    string_out(s)
}

/// Creates the calendar of the Vietnamese civil service (the one-stop desks): Saturday/Sunday
/// rest, statutory holidays, compensatory days, and the embedded official announcements
/// (Tết days, day swaps with make-up Saturdays) 2010–2027; later years are projected from the
/// rules and marked estimated.
///
/// @param out  receives a new handle on success; free it with `motcua_calendar_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_calendar *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_new_civil_service(
    out: *mut *mut motcua_calendar,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let handle = new_handle(WorkCalendar::vietnam_civil_service());
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, handle) };
        Ok(())
    })
}

/// Creates the Labor Code calendar of employees in general: statutory holidays, the Prime
/// Minister's Tết and National Day days and compensatory days, without the civil-service swaps.
///
/// @param out  receives a new handle on success; free it with `motcua_calendar_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_calendar *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_new_enterprise(
    out: *mut *mut motcua_calendar,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let handle = new_handle(WorkCalendar::vietnam_enterprise());
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, handle) };
        Ok(())
    })
}

/// Creates a new calendar: `cal` with announcements (one JSON object or an array, the format
/// of the embedded `core/data/announcements.json`) layered on top. An announcement for a
/// (year, scope) already loaded replaces it. `cal` itself is not modified.
///
/// @param cal       the base calendar.
/// @param json      UTF-8 bytes of the document (not necessarily NUL-terminated).
/// @param json_len  length of `json` in bytes; at most 1 MiB is accepted.
/// @param out       receives a new handle on success; free it with `motcua_calendar_free`.
/// @return `MOTCUA_STATUS_OK`; 1103 malformed JSON; 1104 a contradiction (e.g. one date both a
///         day off and a working day); 1105 an invalid announcement; 1106 a document over the
///         size limit; `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_INVALID_ARGUMENT` when
///         `json_len` exceeds `PTRDIFF_MAX`; `MOTCUA_STATUS_NULL_POINTER` when `cal`, `json`
///         or `out` is NULL (even with `json_len` 0).
///
/// # Safety
/// `cal` must be NULL or a live handle; `json` must be NULL or point to `json_len` readable
/// bytes; `out` must be NULL or point to a writable `motcua_calendar *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_with_announcements_json(
    cal: *const motcua_calendar,
    json: *const u8,
    json_len: usize,
    out: *mut *mut motcua_calendar,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, json, out);
        // SAFETY: non-null; readable by contract.
        let text = unsafe { str_in(json, json_len) }?;
        // SAFETY: non-null live handle by contract.
        let base = unsafe { cal_ref(cal) };
        let next = base
            .with_announcements_json(text)
            .map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, new_handle(next)) };
        Ok(())
    })
}

/// Frees a calendar handle. NULL is a no-op.
///
/// @param cal  a handle returned by this library, or NULL.
///
/// # Safety
/// `cal` must be NULL or a live handle not freed yet, and no other thread may be using it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_free(cal: *mut motcua_calendar) {
    boundary_void(|| {
        if !cal.is_null() {
            // SAFETY: by contract, `cal` came from Box::into_raw in new_handle.
            drop(unsafe { Box::from_raw(cal) });
        }
    });
}

/// Is `date` a working day of this calendar.
///
/// Examples (civil service): Saturday 2026-08-22 → 1 (make-up working day); Monday 2026-08-31
/// → 0 (swapped day off).
///
/// @param cal   the calendar.
/// @param date  the date.
/// @param out   receives 1 for a working day, 0 otherwise.
/// @return `MOTCUA_STATUS_OK`; 1101 for a date outside the calendar's range (2000–2199);
///         `MOTCUA_STATUS_INVALID_ARGUMENT` for an impossible date; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable `uint8_t`.
/// Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_is_working_day(
    cal: *const motcua_calendar,
    date: motcua_date,
    out: *mut u8,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        let d = date.to_naive()?;
        // SAFETY: non-null live handle by contract.
        let working = unsafe { cal_ref(cal) }
            .check_working_day(d)
            .map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, u8::from(working)) };
        Ok(())
    })
}

/// The date `n` working days after `date` (before it when `n < 0`). The start date is not
/// counted (Civil Code Art. 147): `n = 1` gives the first working day after `date`; `n = 0`
/// gives `date` itself.
///
/// Examples (civil service): 2026-02-13 + 1 → 2026-02-23 (Tết break 14–22 Feb);
/// 2026-04-24 + 1 → 2026-04-28.
///
/// @param cal   the calendar.
/// @param date  the start date.
/// @param n     working days to add (may be negative).
/// @param out   receives the result.
/// @return `MOTCUA_STATUS_OK`; 1101 start outside the range; 1102 result outside the range;
///         `MOTCUA_STATUS_INVALID_ARGUMENT`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable
/// `motcua_date`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_add_working_days(
    cal: *const motcua_calendar,
    date: motcua_date,
    n: i64,
    out: *mut motcua_date,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        let d = date.to_naive()?;
        // SAFETY: non-null live handle by contract.
        let r = unsafe { cal_ref(cal) }
            .add_working_days(d, n)
            .map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_date::from_naive(r)) };
        Ok(())
    })
}

/// Number of working days in `(from, to]`: the start excluded, the end included; negative
/// when `to` is before `from`.
///
/// Example (civil service): 2026-08-28 → 2026-09-03 = 1.
///
/// @param cal   the calendar.
/// @param from  the start date (excluded).
/// @param to    the end date (included).
/// @param out   receives the count.
/// @return `MOTCUA_STATUS_OK`; 1101 a date outside the range; `MOTCUA_STATUS_INVALID_ARGUMENT`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable `int64_t`.
/// Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_working_days_between(
    cal: *const motcua_calendar,
    from: motcua_date,
    to: motcua_date,
    out: *mut i64,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        let (a, b) = (from.to_naive()?, to.to_naive()?);
        // SAFETY: non-null live handle by contract.
        let n = unsafe { cal_ref(cal) }
            .working_days_between(a, b)
            .map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, n) };
        Ok(())
    })
}

/// The first working day on or after `date`.
///
/// @param cal   the calendar.
/// @param date  the date.
/// @param out   receives the result.
/// @return `MOTCUA_STATUS_OK`; 1101; 1102; `MOTCUA_STATUS_INVALID_ARGUMENT`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable
/// `motcua_date`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_working_day_on_or_after(
    cal: *const motcua_calendar,
    date: motcua_date,
    out: *mut motcua_date,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        let d = date.to_naive()?;
        // SAFETY: non-null live handle by contract.
        let r = unsafe { cal_ref(cal) }
            .working_day_on_or_after(d)
            .map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_date::from_naive(r)) };
        Ok(())
    })
}

/// The days off of `year` other than ordinary weekly rest days (holidays, compensatory days,
/// swapped days off), as a JSON array of day objects
/// `{"date","working","estimated","reasons":[{"kind","holiday"?,"related_date"?,"text_vi",
/// "text_en","source"?}]}`. A year outside the calendar's range gives `[]`.
///
/// @param cal   the calendar.
/// @param year  the year.
/// @param out   receives a NUL-terminated UTF-8 string; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable `char *`.
/// Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_days_off_json(
    cal: *const motcua_calendar,
    year: i32,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        // SAFETY: non-null live handle by contract.
        let s = json(&unsafe { cal_ref(cal) }.days_off(year))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// The make-up working days of `year` (weekly rest days worked in exchange for a day off), as a
/// JSON array of day objects (same shape as `motcua_calendar_days_off_json`).
///
/// @param cal   the calendar.
/// @param year  the year.
/// @param out   receives a NUL-terminated UTF-8 string; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable `char *`.
/// Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_make_up_days_json(
    cal: *const motcua_calendar,
    year: i32,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        // SAFETY: non-null live handle by contract.
        let s = json(&unsafe { cal_ref(cal) }.make_up_days(year))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// Why `date` has its status, as one JSON day object
/// `{"date","working","estimated","reasons":[…]}` with every reason and its source document.
///
/// @param cal   the calendar.
/// @param date  the date.
/// @param out   receives a NUL-terminated UTF-8 string; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 1101; `MOTCUA_STATUS_INVALID_ARGUMENT`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable `char *`.
/// Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_why_json(
    cal: *const motcua_calendar,
    date: motcua_date,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        let d = date.to_naive()?;
        // SAFETY: non-null live handle by contract.
        let info = unsafe { cal_ref(cal) }.why(d).map_err(|e| from_core(&e))?;
        let s = json(&info)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// A one-line explanation of `date`'s status, e.g.
/// `"2026-08-31: day off — … (swapped with 2026-08-22)"`.
///
/// @param cal   the calendar.
/// @param date  the date.
/// @param lang  `MOTCUA_LANG_VI` or `MOTCUA_LANG_EN` (other values: Vietnamese).
/// @param out   receives a NUL-terminated UTF-8 string; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 1101; `MOTCUA_STATUS_INVALID_ARGUMENT`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable `char *`.
/// Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_explain(
    cal: *const motcua_calendar,
    date: motcua_date,
    lang: motcua_lang,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        let d = date.to_naive()?;
        // SAFETY: non-null live handle by contract.
        let info = unsafe { cal_ref(cal) }.why(d).map_err(|e| from_core(&e))?;
        let s = string_out(info.explain(lang_from_c(lang)))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// The range of dates the calendar covers (2000-01-01 to 2199-12-31 for the built-in ones).
///
/// @param cal    the calendar.
/// @param first  receives the first date.
/// @param last   receives the last date.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `first` and `last` must be NULL or point to writable
/// `motcua_date`s. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_range(
    cal: *const motcua_calendar,
    first: *mut motcua_date,
    last: *mut motcua_date,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, first, last);
        // SAFETY: non-null live handle by contract.
        let c = unsafe { cal_ref(cal) };
        let (a, b) = (c.first_date(), c.last_date());
        // SAFETY: non-null; writable by contract.
        unsafe {
            put(first, motcua_date::from_naive(a));
            put(last, motcua_date::from_naive(b));
        }
        Ok(())
    })
}

/// Is `year` projected from the rules rather than covered by a loaded official announcement
/// (the Government may still swap days in such a year).
///
/// @param cal   the calendar.
/// @param year  the year.
/// @param out   receives 1 when estimated, 0 otherwise.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live handle; `out` must be NULL or point to a writable `uint8_t`.
/// Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_calendar_is_estimated(
    cal: *const motcua_calendar,
    year: i32,
    out: *mut u8,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, out);
        // SAFETY: non-null live handle by contract.
        let e = unsafe { cal_ref(cal) }.is_estimated(year);
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, u8::from(e)) };
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn handles_are_shareable() {
        assert_send_sync::<motcua_calendar>();
    }
}
