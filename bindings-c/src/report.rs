//! Official reports: the Biểu 06 table (Circular 01/2020/TT-VPCP), its on-time rates and the
//! evaluation indicators (Circular 01/2018 Art. 13–14, Decision 766), over dossier logs or
//! stored summaries.

use std::ffi::c_char;

use motcua::report::{Report, ReportInput, ReportParams};

use crate::calendar::{cal_ref, motcua_calendar};
use crate::json::{core, json_in, json_in_limit, json_out};
use crate::panic::boundary;
use crate::status::motcua_status;
use crate::{check_null, put};

/// Largest input `motcua_report_bieu06_json` reads at all: 64 MiB; larger is
/// `MOTCUA_STATUS_INVALID_ARGUMENT` before even its UTF-8 is checked. The core's own limit
/// is lower: an input over 8 MiB (`InputLimits::report_bytes`; a summary is about 700 bytes,
/// so some 12,000 dossiers per call) is 6002 before it is parsed.
pub const MOTCUA_MAX_REPORT_JSON_BYTES: usize = 64 << 20;

/// Counts the Biểu 06 table of a period over dossiers, with its rates and indicators:
/// `{"bieu06": {"params", "rows": [{"key", "received": {"total", "online", "direct_postal",
/// "carried_over"}, "resolved": {"total", "early", "on_time", "late"}, "in_progress":
/// {"total", "within_deadline", "overdue"}, "withdrawn_stopped", "denied",
/// "refused_at_receipt"}, …], "total": {…}}, "rates": {"rows": [{"key", "on_time_rate",
/// "early_rate", "online_rate", "processed_on_time_rate"}, …], "total": {…}}, "indicators":
/// {"evaluation", "evaluation_total", "index", "index_total"}}` (rates in percent, `null`
/// without a denominator).
///
/// @param cal         the calendar the logs are replayed with.
/// @param input_json  `{"logs"?: [<log>, …], "summaries"?: [<summary>, …]}`: serialised logs
///                    (each verified and replayed) and/or the `summary` objects of
///                    `motcua_dossier_state_json` a system stored.
/// @param input_len   its length in bytes (at most 8 MiB: larger is 6002 before parsing;
///                    over `MOTCUA_MAX_REPORT_JSON_BYTES`, `MOTCUA_STATUS_INVALID_ARGUMENT`).
/// @param params_json `{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "group_by"?: "field" |
///                    "procedure" | "agency" | "total", "end_point"?: "processing_finished" |
///                    "result_returned", "due_view"?: "current" | "original" |
///                    "national_index", "granularity"?: "timestamp" | "calendar_date",
///                    "denied"?: "resolved" | "with_stopped", "waiting"?: "within_deadline" |
///                    "by_due"}` (the counting choices systems disagree on; defaults first).
/// @param params_len  its length in bytes (at most `MOTCUA_MAX_JSON_BYTES`).
/// @param out         receives a NUL-terminated UTF-8 JSON string; free it with
///                    `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 6001 a period ending before it starts; 6002 malformed params
///         or input (an unknown key, a malformed summary, an input over 8 MiB); a log's own
///         error (5006, 5007, 5008, 5001–5005); `MOTCUA_STATUS_INVALID_ARGUMENT` a document
///         over its limit; `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cal` must be NULL or a live calendar; each pointer/length pair must be NULL or point to
/// that many readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_report_bieu06_json(
    cal: *const motcua_calendar,
    input_json: *const u8,
    input_len: usize,
    params_json: *const u8,
    params_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cal, input_json, params_json, out);
        // SAFETY: `input_json`/`input_len` readable by contract.
        let input = unsafe { json_in_limit(input_json, input_len, MOTCUA_MAX_REPORT_JSON_BYTES) }?;
        // SAFETY: `params_json`/`params_len` readable by contract.
        let params = core(ReportParams::from_json(unsafe {
            json_in(params_json, params_len)
        }?))?;
        // SAFETY: live handle by contract.
        let cal = unsafe { cal_ref(cal) };
        let summaries = core(core(ReportInput::from_json(input))?.into_summaries(cal))?;
        let report = core(Report::compute(&summaries, &params))?;
        let s = json_out(&report)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}
