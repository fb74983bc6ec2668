//! Dossiers on a serialised log: the caller stores the log (one JSON document per dossier,
//! `{"format": "motcua.dossier.v1", "dossier", "length", "head", "events": […]}`); each call
//! reads it (checking the hash chain and every transition again), and a command returns a
//! **new** log and the new event. Nothing is kept between calls: there is no dossier handle,
//! so there is nothing to lock, and a rejected command cannot change anything the caller has.
//!
//! Commands: `{"at": "2026-03-02T09:00:00", "actor": {"id", "role", "agency"?}, "command":
//! {"type": "accept", "code": "…"}}` (roles `applicant`, `desk_officer`,
//! `processing_officer`, `approver`, `other_agency`, `system`; the 23 command types of
//! `core/src/dossier/mod.rs`).

use std::ffi::c_char;

use motcua::dossier::{Dossier, ViewOptions};

use crate::calendar::{cal_ref, motcua_calendar};
use crate::json::{core, json_in, json_out, opt_json_in, two_strings_out};
use crate::panic::boundary;
use crate::procedure::key_in;
use crate::status::motcua_status;
use crate::string::string_out;
use crate::{check_null, put};

/// The calendar, context, log and command of `motcua_dossier_apply_json` and
/// `motcua_dossier_check_json`, read from their pointer/length pairs.
///
/// # Safety
/// `cal` must be a live, non-null calendar; each pair must be NULL or point to that many
/// readable bytes (the log and the command non-null, checked by the caller).
unsafe fn command_args<'a>(
    cal: *const motcua_calendar,
    context: (*const u8, usize),
    log: (*const u8, usize),
    command: (*const u8, usize),
) -> Result<
    (
        &'a motcua::calendar::WorkCalendar,
        Option<&'a str>,
        &'a str,
        &'a str,
    ),
    motcua_status,
> {
    // SAFETY: readable by this function's contract.
    let context = unsafe { opt_json_in(context.0, context.1) }?;
    // SAFETY: as above.
    let log = unsafe { json_in(log.0, log.1) }?;
    // SAFETY: as above.
    let command = unsafe { json_in(command.0, command.1) }?;
    // SAFETY: live handle by this function's contract.
    let cal = unsafe { cal_ref(cal) };
    Ok((cal, context, log, command))
}

/// The log of a new, empty dossier: `{"format": "motcua.dossier.v1", "dossier": id,
/// "length": 0, "head": "000…0", "events": []}`. Its first command is `create`.
///
/// @param id      UTF-8 identifier chosen by the caller (a submission number, a UUID…); the
///                dossier code is given at receipt.
/// @param id_len  its length in bytes (at most 1 KiB).
/// @param out     receives a NUL-terminated UTF-8 JSON string; free it with
///                `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; `MOTCUA_STATUS_INVALID_ARGUMENT` over 1 KiB;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `id` must be NULL or point to `id_len` readable bytes; `out` must be NULL or point to a
/// writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_dossier_new_json(
    id: *const u8,
    id_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(id, out);
        // SAFETY: readable by contract.
        let id = unsafe { key_in(id, id_len) }?;
        let s = string_out(Dossier::new(id).to_json())?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// Applies a command to a dossier's log. On success, `*new_log_out` is the new log (the old
/// one plus the event) and `*event_out` the new event (with the Form 01–05 data it produced:
/// receipt slip, supplementation request, refusal, apology, hand-overs). On a rejection,
/// the status says why (wrong state, role, agency, a legal guard…), nothing is written, and
/// the caller's log is untouched (it is only read): keep using it.
/// `motcua_dossier_check_json` with the same arguments gives the details of a rejection (the
/// guard, its legal basis, the message naming what is missing).
///
/// @param cal              the calendar of the deadlines (the civil-service calendar).
/// @param context_json     a dossier context (`motcua_catalogue_dossier_context_json`, or
///                         written by hand) for a `create` command that carries no `context`
///                         of its own; ignored by every other command, so a caller may pass
///                         the procedure's context with each one. NULL with length 0: none.
/// @param context_len      its length (0: none).
/// @param log_json         the current log (`motcua_dossier_new_json` for a new dossier).
/// @param log_len          its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param command_json     the command.
/// @param command_len      its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param new_log_out      receives the new log; free it with `motcua_string_free`.
/// @param event_out        receives the new event; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; the rejection: 5001 not allowed in this state (terminal
///         states accept nothing), 5002 wrong role, 5003 wrong agency, 5004 a legal guard
///         (incomplete checklist, supplementation after 3 working days, a second apology…),
///         5005 a timestamp before the last event, 5010 an invalid context; a bad input:
///         5006 malformed or truncated log / command / context (an unknown command type, a
///         `create` with its own context and a context argument), 5007 the log's events
///         belong to another dossier, 5008 a log whose hash chain is broken, 5011 too many
///         events, 2003/2004 instants outside the calendar; `MOTCUA_STATUS_INVALID_ARGUMENT`
///         a document over the size limit; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live calendar; each pointer/length pair must be NULL or point to
/// that many readable bytes; `new_log_out` and `event_out` must be NULL or point to writable
/// `char *`s. Thread-safe.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn motcua_dossier_apply_json(
    cal: *const motcua_calendar,
    context_json: *const u8,
    context_len: usize,
    log_json: *const u8,
    log_len: usize,
    command_json: *const u8,
    command_len: usize,
    new_log_out: *mut *mut c_char,
    event_out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, log_json, command_json, new_log_out, event_out);
        // SAFETY: each pair readable by contract; the handle live by contract.
        let (cal, context, log, command) = unsafe {
            command_args(
                cal,
                (context_json, context_len),
                (log_json, log_len),
                (command_json, command_len),
            )
        }?;
        let (new_log, event) = core(Dossier::apply_json(log, command, context, cal))?;
        let (a, b) = two_strings_out(new_log, event)?;
        // SAFETY: non-null; writable by contract.
        unsafe {
            put(new_log_out, a);
            put(event_out, b);
        }
        Ok(())
    })
}

/// What `motcua_dossier_apply_json` would do with the same arguments, without doing it:
/// `{"allowed": true, "status", "next_status", "event": {…}, "rejection": null}`, or
/// `{"allowed": false, "status", "next_status": null, "event": null, "rejection": {"code":
/// 5001–5005 | 5010, "name", "guard": "complete_checklist" | … | null, "legal_basis": "Decree
/// 61/2018/NĐ-CP Art. 17…" | null, "message", "message_en"}}`. A rejection is a finding,
/// not an error status: it carries what a status code cannot, the guard and the detailed
/// message in Vietnamese and English (which document is missing, which date is late), for
/// the officer's screen. Also for greying out the commands an officer may not give now.
///
/// @param cal           the calendar of the deadlines.
/// @param context_json  as for `motcua_dossier_apply_json` (NULL with length 0: none).
/// @param context_len   its length (0: none).
/// @param log_json      the current log; only read.
/// @param log_len       its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param command_json  the command.
/// @param command_len   its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param out           receives a NUL-terminated UTF-8 JSON string; free it with
///                      `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` (read `allowed`); the bad inputs of
///         `motcua_dossier_apply_json` with the same statuses (5006, 5007, 5008, 5011,
///         2003/2004, `MOTCUA_STATUS_INVALID_ARGUMENT`, `MOTCUA_STATUS_INVALID_UTF8`,
///         `MOTCUA_STATUS_NULL_POINTER`).
///
/// # Safety
/// `cal` must be NULL or a live calendar; each pointer/length pair must be NULL or point to
/// that many readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_dossier_check_json(
    cal: *const motcua_calendar,
    context_json: *const u8,
    context_len: usize,
    log_json: *const u8,
    log_len: usize,
    command_json: *const u8,
    command_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, log_json, command_json, out);
        // SAFETY: each pair readable by contract; the handle live by contract.
        let (cal, context, log, command) = unsafe {
            command_args(
                cal,
                (context_json, context_len),
                (log_json, log_len),
                (command_json, command_len),
            )
        }?;
        let s = json_out(&core(Dossier::check_json(log, command, context, cal))?)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// What a log says as of an instant, as JSON: `{"dossier", "length", "head", "as_of",
/// "state": {"status", "code", "received_at", "due": {"legal_due_date", "appointment_at",
/// …}, "documents", "supplement_requests", "apologies", "result", …}, "status_label",
/// "portal_status": 1–10 | null, "clock": {"current": {"legal_due_date", "appointment_at",
/// "overdue", …}, "supplements", "steps", …} | null, "timeliness": {"against_current", …} |
/// null, "summary": {…} | null, "sync": {…} | null}`. `clock` and `timeliness` exist from
/// receipt on; `summary` (what reports read; storable for `motcua_report_bieu06_json`) from
/// creation on; `sync` (the national portal's record, dates `yyyyMMddHHmmss`) once the
/// dossier has a code.
///
/// @param cal           the calendar.
/// @param log_json      the log.
/// @param log_len       its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param options_json  `{"as_of"?: "YYYY-MM-DDTHH:MM[:SS]", "status_mapping"?: {"withdrawn":
///                      8, …}}` (default: as of the last event, the default mapping), or NULL.
/// @param options_len   its length; 0 for the defaults.
/// @param out           receives a NUL-terminated UTF-8 JSON string; free it with
///                      `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 5006 malformed log or options; 5007; 5008; 5010 a portal code
///         outside 1–10; 5011; 2011 `as_of` before the receipt; 2003 `as_of` outside the
///         calendar; a transition the log holds but the rules refuse (5001–5005);
///         `MOTCUA_STATUS_INVALID_ARGUMENT`; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live calendar; each pointer/length pair must be NULL or point to
/// that many readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_dossier_state_json(
    cal: *const motcua_calendar,
    log_json: *const u8,
    log_len: usize,
    options_json: *const u8,
    options_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, log_json, out);
        // SAFETY: `log_json`/`log_len` readable by contract.
        let log = unsafe { json_in(log_json, log_len) }?;
        // SAFETY: `options_json`/`options_len` readable by contract.
        let options = match unsafe { opt_json_in(options_json, options_len) }? {
            Some(text) => core(ViewOptions::from_json(text))?,
            None => ViewOptions::default(),
        };
        // SAFETY: live handle by contract.
        let cal = unsafe { cal_ref(cal) };
        let d = core(Dossier::from_json(log, cal))?;
        let s = json_out(&core(d.view(&options, cal))?)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// Checks a log's hash chain (SHA-256 over canonical JSON), its declared length and head,
/// without a calendar. A tampered log is a **report**, not an error status: `{"valid":
/// false, "dossier", "length", "head", "problem": {"code": 5008, "name": "dossier.tampered",
/// "index": 3, "tamper": "edited" | "removed" | "inserted" | "reordered", "message",
/// "message_en"}}` names the first bad event (`"code": 5007` with no `tamper` when the events
/// belong to another dossier); `{"valid": true, …, "problem": null}` otherwise.
///
/// @param log_json  the log.
/// @param log_len   its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param out       receives a NUL-terminated UTF-8 JSON string; free it with
///                  `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` (read `valid`); 5006 a log that is not one (malformed or
///         truncated JSON, wrong format name, a malformed event); 5011 too many events;
///         `MOTCUA_STATUS_INVALID_ARGUMENT`; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `log_json` must be NULL or point to `log_len` readable bytes; `out` must be NULL or point
/// to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_dossier_verify_json(
    log_json: *const u8,
    log_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(log_json, out);
        // SAFETY: readable by contract.
        let log = unsafe { json_in(log_json, log_len) }?;
        let s = json_out(&core(Dossier::verify_json(log))?)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// Rebuilds a dossier's log from its events (e.g. kept one per row): checks the chain and
/// every transition again, and returns the log (`"length"` and `"head"` recomputed), the
/// form the other functions read. Replay reproduces state, deadlines and timeliness exactly.
///
/// @param cal          the calendar.
/// @param id           UTF-8 identifier of the dossier the events must belong to.
/// @param id_len       its length in bytes (at most 1 KiB).
/// @param events_json  a JSON array of events, in order.
/// @param events_len   its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param out          receives a NUL-terminated UTF-8 JSON string; free it with
///                     `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 5006 malformed events; 5007 events of another dossier; 5008
///         a broken chain; 5001–5005 a transition the rules refuse; 5011;
///         `MOTCUA_STATUS_INVALID_ARGUMENT`; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live calendar; each pointer/length pair must be NULL or point to
/// that many readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_dossier_replay_json(
    cal: *const motcua_calendar,
    id: *const u8,
    id_len: usize,
    events_json: *const u8,
    events_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, id, events_json, out);
        // SAFETY: `id`/`id_len` readable by contract.
        let id = unsafe { key_in(id, id_len) }?;
        // SAFETY: `events_json`/`events_len` readable by contract.
        let events = unsafe { json_in(events_json, events_len) }?;
        // SAFETY: live handle by contract.
        let cal = unsafe { cal_ref(cal) };
        let s = string_out(core(Dossier::replay_json(id, events, cal))?)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}
