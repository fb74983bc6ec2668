//! Deadlines: `motcua_compute_due_json` and the dossier clock `motcua_clock`.
//!
//! Structured data crosses the boundary as JSON in the core's shapes (the same documents as
//! the WASM package's objects and `core/schema/*.schema.json`): a time limit
//! `{"working_days": 30}`, a policy `{"channel": "online"}` (every field optional), clock
//! events `{"type": "supplement_requested", "at": "2026-03-03T09:00:00"}`. Instants given as
//! arguments (`received_at`, `as_of`) are Vietnam-local `YYYY-MM-DDTHH:MM` or
//! `YYYY-MM-DDTHH:MM:SS` strings (`motcua::deadline::parse_instant`).
//!
//! **Threads.** A `motcua_clock` is mutable: `motcua_clock_apply_json` changes it. Do not share
//! one across threads without a lock: the `const motcua_clock *` functions (status, assess,
//! events) may run concurrently with each other, but not with `motcua_clock_apply_json` or
//! `motcua_clock_free` on the same clock. Calendars stay immutable and freely shareable.

use std::ffi::c_char;

use motcua::Error;
use motcua::deadline::{
    ClockEvent, DeadlineClock, DeadlineError, DeadlinePolicy, Due, ExplainedDay, TimeLimit,
    compute_due, parse_instant,
};
use serde::Serialize;

use crate::calendar::{cal_ref, motcua_calendar};
use crate::json::{core, json_in, json_out};
use crate::lang::{lang_from_c, motcua_lang};
use crate::panic::{boundary, boundary_void};
use crate::status::{MOTCUA_STATUS_INVALID_ARGUMENT, motcua_status};
use crate::string::str_in;
use crate::{check_null, put};

/// Largest JSON document accepted (limit, policy, event, events array): 1 MiB. Larger ones
/// are `MOTCUA_STATUS_INVALID_ARGUMENT` before any parsing.
pub const MOTCUA_MAX_JSON_BYTES: usize = 1 << 20;

/// Opaque handle of one dossier's deadline clock (wraps the core `DeadlineClock`): the time
/// limit, the policy and the event log.
///
/// **Mutable, unlike a calendar**: `motcua_clock_apply_json` changes it. Do not share a clock
/// across threads without a lock: the functions taking a `const motcua_clock *` (status,
/// assess, events) may run concurrently with each other, but never at the same time as
/// `motcua_clock_apply_json` or `motcua_clock_free` on the same clock.
pub struct motcua_clock {
    inner: DeadlineClock,
}

/// The JSON of `motcua_compute_due_json`: the core's `Due` and its explanation.
#[derive(Serialize)]
struct DueJson<'a> {
    #[serde(flatten)]
    due: &'a Due,
    explanation: ExplanationJson<'a>,
}

#[derive(Serialize)]
struct ExplanationJson<'a> {
    days: &'a [ExplainedDay],
    text: String,
}

/// The time limit JSON.
///
/// # Safety
/// As [`str_in`].
unsafe fn limit_in(ptr: *const u8, len: usize) -> Result<TimeLimit, motcua_status> {
    // SAFETY: forwarded to the caller.
    let text = unsafe { json_in(ptr, len) }?;
    core(TimeLimit::from_json(text))
}

/// The optional policy JSON: length 0 (any pointer, NULL included) is the default policy.
///
/// # Safety
/// As [`str_in`] when `len > 0`.
unsafe fn policy_in(ptr: *const u8, len: usize) -> Result<DeadlinePolicy, motcua_status> {
    if len == 0 {
        return Ok(DeadlinePolicy::default());
    }
    // SAFETY: forwarded to the caller.
    let text = unsafe { json_in(ptr, len) }?;
    core(DeadlinePolicy::from_json(text))
}

/// An instant argument, `YYYY-MM-DDTHH:MM[:SS]`.
///
/// # Safety
/// As [`str_in`].
unsafe fn instant_in(ptr: *const u8, len: usize) -> Result<chrono::NaiveDateTime, motcua_status> {
    if !ptr.is_null() && len > 64 {
        return Err(MOTCUA_STATUS_INVALID_ARGUMENT);
    }
    // SAFETY: forwarded to the caller.
    let text = unsafe { str_in(ptr, len) }?;
    parse_instant(text).ok_or(MOTCUA_STATUS_INVALID_ARGUMENT)
}

/// Exactly one event object (an array is refused: use `motcua_clock_replay_json`).
fn one_event(text: &str) -> Result<ClockEvent, Error> {
    let not_one = || -> Error {
        DeadlineError::Parse {
            what: "event".into(),
            detail: "expected one event object, not an array".into(),
        }
        .into()
    };
    if text.trim_start().starts_with('[') {
        return Err(not_one());
    }
    ClockEvent::from_json(text)?.pop().ok_or_else(not_one)
}

/// Borrows the clock behind a non-null handle.
///
/// # Safety
/// `clock` must be a live handle returned by this library.
unsafe fn clock_ref<'a>(clock: *const motcua_clock) -> &'a DeadlineClock {
    // SAFETY: forwarded to the caller.
    unsafe { &(*clock).inner }
}

/// Computes the legal due date and the appointment of a dossier received at `received_at`
/// with a time limit, under a policy, and explains them day by day.
///
/// Example (civil service): received `"2026-02-13T10:00"`, limit `{"working_days": 1}`,
/// default policy → `"legal_due_date":"2026-02-23"`, `"appointment_at":"2026-02-23T17:00:00"`
/// (the Tết break runs Sat 14 – Sun 22 February).
///
/// The result is one JSON object: the core's `Due` (`received_at`, `counted_from`,
/// `handed_over_at` (paper dossiers), `limit`, `legal_due_date`, `appointment_at`,
/// `adjustments` (when a rule moved the result)) and `"explanation": {"days": [{"date",
/// "role", "working", "day_number"?, "is_due", "estimated", "reasons"?}, …], "text": "…"}`,
/// the text in `lang`.
///
/// @param cal              the calendar.
/// @param received_at      UTF-8 `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (Vietnam local
///                         time), not necessarily NUL-terminated.
/// @param received_at_len  its length in bytes.
/// @param limit_json       the time limit, e.g. `{"working_days": 30}`, `{"same_day": {}}`.
/// @param limit_json_len   its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param policy_json      the policy (every field optional), or NULL.
/// @param policy_json_len  its length; 0 means the default policy (`policy_json` is then not
///                         read and may be NULL).
/// @param lang             language of the explanation text: `MOTCUA_LANG_VI` or
///                         `MOTCUA_LANG_EN` (other values: Vietnamese).
/// @param out              receives a NUL-terminated UTF-8 JSON string; free it with
///                         `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 2001 invalid limit (zero, negative, too large); 2002 invalid
///         office hours; 2003 receipt outside the calendar; 2004 due after the calendar's
///         end; 2005 invalid policy; 2012 malformed JSON; `MOTCUA_STATUS_INVALID_ARGUMENT`
///         for a malformed or impossible instant or a document over the size limit;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER` when `cal`,
///         `received_at`, `limit_json` or `out` is NULL, or `policy_json` is NULL with a
///         non-zero length.
///
/// # Safety
/// `cal` must be NULL or a live calendar; each pointer/length pair must be NULL or point to
/// that many readable bytes; `out` must be NULL or point to a writable `char *`.
/// Thread-safe.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn motcua_compute_due_json(
    cal: *const motcua_calendar,
    received_at: *const u8,
    received_at_len: usize,
    limit_json: *const u8,
    limit_json_len: usize,
    policy_json: *const u8,
    policy_json_len: usize,
    lang: motcua_lang,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, received_at, limit_json, out);
        // SAFETY: `received_at`/`received_at_len` readable by contract.
        let at = unsafe { instant_in(received_at, received_at_len) }?;
        // SAFETY: `limit_json`/`limit_json_len` readable by contract.
        let limit = unsafe { limit_in(limit_json, limit_json_len) }?;
        // SAFETY: `policy_json`/`policy_json_len` readable by contract.
        let policy = unsafe { policy_in(policy_json, policy_json_len) }?;
        // SAFETY: non-null live handle by contract.
        let cal = unsafe { cal_ref(cal) };
        let due = core(compute_due(at, &limit, cal, &policy))?;
        let explanation = core(due.explain(cal))?;
        let s = json_out(&DueJson {
            due: &due,
            explanation: ExplanationJson {
                days: &explanation.days,
                text: explanation.text(lang_from_c(lang)),
            },
        })?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// Creates a clock with no events yet: the dossier's time limit and policy. Apply the
/// `received` event first.
///
/// @param limit_json       the time limit, e.g. `{"working_days": 5}`.
/// @param limit_json_len   its length in bytes.
/// @param policy_json      the policy, or NULL.
/// @param policy_json_len  its length; 0 means the default policy (restart after
///                         supplementation, one re-appointment at least 1 day before the due
///                         date).
/// @param out              receives a new handle on success; free it with
///                         `motcua_clock_free`.
/// @return `MOTCUA_STATUS_OK`; 2001; 2002; 2005; 2012; `MOTCUA_STATUS_INVALID_ARGUMENT` (a
///         document over the size limit); `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// Each pointer/length pair must be NULL or point to that many readable bytes; `out` must be
/// NULL or point to a writable `motcua_clock *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_clock_new(
    limit_json: *const u8,
    limit_json_len: usize,
    policy_json: *const u8,
    policy_json_len: usize,
    out: *mut *mut motcua_clock,
) -> motcua_status {
    boundary(|| {
        check_null!(limit_json, out);
        // SAFETY: readable by contract.
        let limit = unsafe { limit_in(limit_json, limit_json_len) }?;
        // SAFETY: `policy_json`/`policy_json_len` readable by contract.
        let policy = unsafe { policy_in(policy_json, policy_json_len) }?;
        let inner = core(DeadlineClock::new(limit, policy))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, Box::into_raw(Box::new(motcua_clock { inner }))) };
        Ok(())
    })
}

/// Rebuilds a clock from its time limit, policy and event log (the form to store a dossier's
/// clock in: `motcua_clock_events_json` gives the log back).
///
/// @param cal              the calendar the events are checked against.
/// @param limit_json       the time limit.
/// @param limit_json_len   its length in bytes.
/// @param policy_json      the policy, or NULL.
/// @param policy_json_len  its length; 0 means the default policy.
/// @param events_json      a JSON array of events (one object is accepted too), in order:
///                         `[{"type": "received", "at": "2026-03-02T09:00:00"}, …]`.
/// @param events_json_len  its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param out              receives a new handle on success; free it with
///                         `motcua_clock_free`.
/// @return `MOTCUA_STATUS_OK`; the first event's error as `motcua_clock_apply_json` reports
///         it (2003, 2006–2010); 2001; 2002; 2005; 2012; `MOTCUA_STATUS_INVALID_ARGUMENT`;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live calendar; each pointer/length pair must be NULL or point to
/// that many readable bytes; `out` must be NULL or point to a writable `motcua_clock *`.
/// Thread-safe.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn motcua_clock_replay_json(
    cal: *const motcua_calendar,
    limit_json: *const u8,
    limit_json_len: usize,
    policy_json: *const u8,
    policy_json_len: usize,
    events_json: *const u8,
    events_json_len: usize,
    out: *mut *mut motcua_clock,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, limit_json, events_json, out);
        // SAFETY: readable by contract.
        let limit = unsafe { limit_in(limit_json, limit_json_len) }?;
        // SAFETY: `policy_json`/`policy_json_len` readable by contract.
        let policy = unsafe { policy_in(policy_json, policy_json_len) }?;
        // SAFETY: `events_json`/`events_json_len` readable by contract.
        let events = core(ClockEvent::from_json(unsafe {
            json_in(events_json, events_json_len)
        }?))?;
        // SAFETY: non-null live handle by contract.
        let cal = unsafe { cal_ref(cal) };
        let inner = core(DeadlineClock::replay(limit, policy, events, cal))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, Box::into_raw(Box::new(motcua_clock { inner }))) };
        Ok(())
    })
}

/// Applies one event to the clock. A refused event leaves the clock exactly as it was, and
/// the clock keeps working.
///
/// Events (JSON, internally tagged): `{"type": "received", "at": …}` (first),
/// `supplement_requested` (`"reason"` optional), `supplement_fulfilled`, `paused`,
/// `resumed`, `extended` (`"new_appointment"`, `"reason"` optional), `step_started`
/// (`"step"`, `"budget": {"working_hours": 3}`), `step_finished` (`"step"`), `finished`.
/// Timestamps are `YYYY-MM-DDTHH:MM:SS`.
///
/// @param clock       the clock (modified on success).
/// @param cal         the calendar.
/// @param event_json  one event object (an array is 2012: use `motcua_clock_replay_json`).
/// @param event_len   its length in bytes.
/// @return `MOTCUA_STATUS_OK`; 2003 an instant outside the calendar; 2006 earlier than the
///         previous event; 2007 not allowed in the current state; 2008 a forbidden
///         re-appointment; 2009 step budgets over the limit; 2010 an unknown or duplicate
///         step; 2012 malformed JSON; `MOTCUA_STATUS_INVALID_ARGUMENT`;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `clock` must be NULL or a live clock that no other thread uses during the call; `cal`
/// must be NULL or a live calendar; `event_json` must be NULL or point to `event_len`
/// readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_clock_apply_json(
    clock: *mut motcua_clock,
    cal: *const motcua_calendar,
    event_json: *const u8,
    event_len: usize,
) -> motcua_status {
    boundary(|| {
        check_null!(clock, cal, event_json);
        // SAFETY: readable by contract.
        let event = core(one_event(unsafe { json_in(event_json, event_len) }?))?;
        // SAFETY: non-null live handles by contract; the clock is not used by another thread.
        let (clock, cal) = unsafe { (&mut (*clock).inner, cal_ref(cal)) };
        // Transactional: the core applies to a copy and swaps it in on success only.
        core(clock.apply(event, cal))
    })
}

/// The clock's status as of an instant, as JSON: `{"as_of", "state", "current",
/// "alternative", "without_extension", "original", "supplements", "extension"?, "steps",
/// "finished_at"?}`, where `current` is the due under the policy's supplementation
/// semantics after any re-appointment, `alternative` under the other semantics,
/// `without_extension` ignoring the re-appointment; each with `legal_due_date`,
/// `appointment_at`, `stopped`, `extended`, `overdue`, `remaining_working_seconds`,
/// `remaining_working_days`. Only the events at or before `as_of` count.
///
/// @param clock      the clock.
/// @param cal        the calendar.
/// @param as_of      UTF-8 `YYYY-MM-DDTHH:MM[:SS]`.
/// @param as_of_len  its length in bytes.
/// @param out        receives a NUL-terminated UTF-8 JSON string; free it with
///                   `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 2003 `as_of` outside the calendar; 2007 no `received` event
///         yet; 2011 `as_of` before the receipt; `MOTCUA_STATUS_INVALID_ARGUMENT`;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `clock` and `cal` must be NULL or live handles (`clock` not being applied to or freed by
/// another thread); `as_of` must be NULL or point to `as_of_len` readable bytes; `out` must be
/// NULL or point to a writable `char *`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_clock_status_json(
    clock: *const motcua_clock,
    cal: *const motcua_calendar,
    as_of: *const u8,
    as_of_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(clock, cal, as_of, out);
        // SAFETY: readable by contract.
        let at = unsafe { instant_in(as_of, as_of_len) }?;
        // SAFETY: non-null live handles by contract.
        let status = core(unsafe { clock_ref(clock) }.status(at, unsafe { cal_ref(cal) }))?;
        let s = json_out(&status)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// The dossier's timeliness as of an instant, as JSON: `{"as_of", "finished_at"?,
/// "granularity", "against_current", "against_original", "index_view",
/// "supplement_requests"}`, each view one of `"early"`, `"on_time"`, `"late"` (finished) or
/// `"within_deadline"`, `"overdue"` (in progress).
///
/// @param clock      the clock.
/// @param cal        the calendar.
/// @param as_of      UTF-8 `YYYY-MM-DDTHH:MM[:SS]`.
/// @param as_of_len  its length in bytes.
/// @param out        receives a NUL-terminated UTF-8 JSON string; free it with
///                   `motcua_string_free`.
/// @return as `motcua_clock_status_json`.
///
/// # Safety
/// As `motcua_clock_status_json`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_clock_assess_json(
    clock: *const motcua_clock,
    cal: *const motcua_calendar,
    as_of: *const u8,
    as_of_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(clock, cal, as_of, out);
        // SAFETY: readable by contract.
        let at = unsafe { instant_in(as_of, as_of_len) }?;
        // SAFETY: non-null live handles by contract.
        let a = core(unsafe { clock_ref(clock) }.assess(at, unsafe { cal_ref(cal) }))?;
        let s = json_out(&a)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// The clock's event log as a JSON array, in the form `motcua_clock_replay_json` reads.
///
/// @param clock  the clock.
/// @param out    receives a NUL-terminated UTF-8 JSON string; free it with
///               `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `clock` must be NULL or a live clock not being applied to or freed by another thread;
/// `out` must be NULL or point to a writable `char *`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_clock_events_json(
    clock: *const motcua_clock,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(clock, out);
        // SAFETY: non-null live handle by contract.
        let s = json_out(unsafe { clock_ref(clock) }.events())?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// Frees a clock. NULL is a no-op.
///
/// @param clock  a handle returned by this library, or NULL.
///
/// # Safety
/// `clock` must be NULL or a live clock not freed yet, and no other thread may be using it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_clock_free(clock: *mut motcua_clock) {
    boundary_void(|| {
        if !clock.is_null() {
            // SAFETY: by contract, `clock` came from Box::into_raw in this module.
            drop(unsafe { Box::from_raw(clock) });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_event_only() {
        let e = one_event(r#"{"type": "finished", "at": "2026-03-02T09:00:00"}"#).unwrap();
        assert_eq!(e.name(), "finished");
        let arr = r#" [{"type": "finished", "at": "2026-03-02T09:00:00"}]"#;
        assert_eq!(one_event(arr).unwrap_err().code(), 2012);
        assert_eq!(one_event("{").unwrap_err().code(), 2012);
    }

    #[test]
    fn clocks_can_move_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<motcua_clock>();
    }
}
