//! `motcua_status`: the result code of every fallible function, and its messages.
//!
//! `0` is success. The core's error codes (`motcua::Error::code`) are passed through unchanged,
//! so the same number means the same thing in Rust, C and JavaScript: 1000–1099 lunar calendar,
//! 1100–1199 working calendar, 2000–2099 deadlines, 3000–3099 online service levels, 3100–3199
//! procedure catalogue, 4100–4999 identifiers and forms, later blocks for dossiers (5000s) and
//! reports (6000s). Codes 9000–9099 are raised by the bindings (`motcua::BindingError`). A code
//! is never reused once retired.
//!
//! Names and messages come from the core's one table (`motcua::describe_code`); this file
//! only holds the `#define`s cbindgen writes into the header, and a test checks that the
//! header lists exactly the core's codes, each under its core name.

use std::ffi::{CString, c_char};
use std::sync::OnceLock;

use motcua::{Lang, describe_code};

use crate::lang::{lang_from_c, motcua_lang};
use crate::panic::{boundary, boundary_value};

/// Result code of every fallible function: `MOTCUA_STATUS_OK` (0) or an error code.
pub type motcua_status = u32;

/// Success.
pub const MOTCUA_STATUS_OK: motcua_status = 0;

/// The solar date or lunar year is outside the supported lunar range (core code 1001).
pub const MOTCUA_STATUS_LUNAR_OUT_OF_RANGE: motcua_status = 1001;
/// The lunar date does not exist, e.g. day 30 of a 29-day month or a leap month the year does
/// not have (core code 1002).
pub const MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE: motcua_status = 1002;
/// A year outside the astronomical model of the lunar computation (core code 1003).
pub const MOTCUA_STATUS_LUNAR_MODEL_OUT_OF_RANGE: motcua_status = 1003;
/// The astronomical computation is inconsistent: a bug of the library (core code 1004).
pub const MOTCUA_STATUS_LUNAR_INCONSISTENT: motcua_status = 1004;
/// The date is outside the working calendar's range (core code 1101).
pub const MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE: motcua_status = 1101;
/// The result of a working-day computation falls outside the calendar's range (core code 1102).
pub const MOTCUA_STATUS_CALENDAR_RESULT_OUT_OF_RANGE: motcua_status = 1102;
/// The announcement JSON is malformed (core code 1103).
pub const MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_PARSE: motcua_status = 1103;
/// The announcement contradicts itself or the calendar (core code 1104).
pub const MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_CONFLICT: motcua_status = 1104;
/// The announcement is well-formed but invalid (core code 1105).
pub const MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_INVALID: motcua_status = 1105;
/// An input is larger than the limit, e.g. an announcement document over 1 MiB (core code 1106).
pub const MOTCUA_STATUS_CALENDAR_INPUT_TOO_LARGE: motcua_status = 1106;
/// Invalid calendar configuration (core code 1107).
pub const MOTCUA_STATUS_CALENDAR_INVALID_CONFIG: motcua_status = 1107;

/// A time limit that is zero, negative, not a finite number or too large (core code 2001).
pub const MOTCUA_STATUS_DEADLINE_INVALID_LIMIT: motcua_status = 2001;
/// Office hours whose sessions are empty, reversed or overlapping (core code 2002).
pub const MOTCUA_STATUS_DEADLINE_INVALID_OFFICE_HOURS: motcua_status = 2002;
/// An instant (receipt, event, "as of") outside the working calendar's range (core code 2003).
pub const MOTCUA_STATUS_DEADLINE_DATE_OUT_OF_RANGE: motcua_status = 2003;
/// The due date falls after the working calendar's last date (core code 2004).
pub const MOTCUA_STATUS_DEADLINE_DUE_OUT_OF_RANGE: motcua_status = 2004;
/// A deadline policy value that cannot be used (core code 2005).
pub const MOTCUA_STATUS_DEADLINE_INVALID_POLICY: motcua_status = 2005;
/// A clock event earlier than the event before it (core code 2006).
pub const MOTCUA_STATUS_DEADLINE_EVENT_OUT_OF_ORDER: motcua_status = 2006;
/// A clock event not allowed in the dossier's current state, e.g. a first event other than
/// the receipt (core code 2007).
pub const MOTCUA_STATUS_DEADLINE_INVALID_TRANSITION: motcua_status = 2007;
/// A re-appointment (extension) the rules forbid: a second one, or an apology sent too late
/// (core code 2008).
pub const MOTCUA_STATUS_DEADLINE_EXTENSION_NOT_ALLOWED: motcua_status = 2008;
/// Step budgets adding up to more than the dossier's time limit (core code 2009).
pub const MOTCUA_STATUS_DEADLINE_STEP_BUDGET_EXCEEDED: motcua_status = 2009;
/// A step finished without having started, or started twice (core code 2010).
pub const MOTCUA_STATUS_DEADLINE_INVALID_STEP: motcua_status = 2010;
/// A clock queried about an instant before the dossier was received (core code 2011).
pub const MOTCUA_STATUS_DEADLINE_BEFORE_RECEIPT: motcua_status = 2011;
/// A time-limit, policy or event JSON document that could not be read (core code 2012).
pub const MOTCUA_STATUS_DEADLINE_PARSE: motcua_status = 2012;

/// Unknown online service level (expected level_1..level_4, partial or full_process) (core code 3001).
pub const MOTCUA_STATUS_LEVEL_UNKNOWN_LEVEL: motcua_status = 3001;
/// A national procedure code (mã TTHC) is one digit, a dot and six digits, e.g. 1.001193 (core code 3101).
pub const MOTCUA_STATUS_PROCEDURE_CODE_FORMAT: motcua_status = 3101;
/// A service code is <procedure code>.<agency code (QCVN 102:2016)>[.<suffix>] (core code 3102).
pub const MOTCUA_STATUS_PROCEDURE_SERVICE_CODE_FORMAT: motcua_status = 3102;
/// The catalogue JSON is malformed (core code 3103).
pub const MOTCUA_STATUS_PROCEDURE_CATALOGUE_PARSE: motcua_status = 3103;
/// The catalogue has errors (core code 3104).
pub const MOTCUA_STATUS_PROCEDURE_CATALOGUE_INVALID: motcua_status = 3104;
/// The catalogue exceeds the size limit (core code 3105).
pub const MOTCUA_STATUS_PROCEDURE_CATALOGUE_TOO_LARGE: motcua_status = 3105;
/// The catalogue query is malformed or names a procedure or form the catalogue does not have (core code 3106).
pub const MOTCUA_STATUS_PROCEDURE_QUERY_INVALID: motcua_status = 3106;
/// A tax code (MST) has 10 digits, 13 digits (XXXXXXXXXX-YYY) or, since 1 July 2025, the 12-digit personal number (core code 4101).
pub const MOTCUA_STATUS_FORM_MST_FORMAT: motcua_status = 4101;
/// The tax code check digit is wrong (core code 4102).
pub const MOTCUA_STATUS_FORM_MST_CHECK_DIGIT: motcua_status = 4102;
/// No tax code starts with these nine digits (core code 4103).
pub const MOTCUA_STATUS_FORM_MST_UNUSABLE_PREFIX: motcua_status = 4103;
/// The branch number of a 13-digit tax code runs from 001 to 999 (core code 4104).
pub const MOTCUA_STATUS_FORM_MST_BRANCH_ZERO: motcua_status = 4104;
/// The 12-digit personal number is a tax code only from 2025-07-01 (core code 4105).
pub const MOTCUA_STATUS_FORM_MST_PERSONAL_ID_TOO_EARLY: motcua_status = 4105;
/// A personal identification number (CCCD) has exactly 12 digits (core code 4111).
pub const MOTCUA_STATUS_FORM_CCCD_FORMAT: motcua_status = 4111;
/// A legacy identity card number (CMND) has exactly 9 digits (core code 4112).
pub const MOTCUA_STATUS_FORM_CMND_FORMAT: motcua_status = 4112;
/// A personal identity number has 12 digits (CCCD) or 9 digits (legacy CMND) (core code 4113).
pub const MOTCUA_STATUS_FORM_PERSONAL_ID_FORMAT: motcua_status = 4113;
/// Not a Vietnamese mobile number (core code 4121).
pub const MOTCUA_STATUS_FORM_MOBILE_FORMAT: motcua_status = 4121;
/// Not a Vietnamese fixed-line number (core code 4122).
pub const MOTCUA_STATUS_FORM_FIXED_PHONE_FORMAT: motcua_status = 4122;
/// Not a Vietnamese phone number (core code 4123).
pub const MOTCUA_STATUS_FORM_PHONE_FORMAT: motcua_status = 4123;
/// Not a valid e-mail address (core code 4131).
pub const MOTCUA_STATUS_FORM_EMAIL_FORMAT: motcua_status = 4131;
/// A dossier code is <agency code>-YYMMDD-NNNN (Circular 01/2018/TT-VPCP Art. 19) (core code 4141).
pub const MOTCUA_STATUS_FORM_DOSSIER_CODE_FORMAT: motcua_status = 4141;
/// The date or the sequence number of the dossier code is not valid (core code 4142).
pub const MOTCUA_STATUS_FORM_DOSSIER_CODE_DATE: motcua_status = 4142;
/// Not an agency code (QCVN 102:2016 or Decision 20/2020/QĐ-TTg) (core code 4151).
pub const MOTCUA_STATUS_FORM_AGENCY_CODE_FORMAT: motcua_status = 4151;
/// The form specification is malformed (core code 4901).
pub const MOTCUA_STATUS_FORM_SPEC_PARSE: motcua_status = 4901;
/// The form specification has problems (core code 4902).
pub const MOTCUA_STATUS_FORM_SPEC_INVALID: motcua_status = 4902;
/// The document is not valid JSON (core code 4903).
pub const MOTCUA_STATUS_FORM_DOCUMENT_PARSE: motcua_status = 4903;
/// The document exceeds the size limit (core code 4910).
pub const MOTCUA_STATUS_FORM_TOO_MANY_BYTES: motcua_status = 4910;
/// A string exceeds the length limit (core code 4911).
pub const MOTCUA_STATUS_FORM_STRING_TOO_LONG: motcua_status = 4911;
/// An array exceeds the item limit (core code 4912).
pub const MOTCUA_STATUS_FORM_ARRAY_TOO_LONG: motcua_status = 4912;
/// The document is nested too deeply (core code 4913).
pub const MOTCUA_STATUS_FORM_TOO_DEEP: motcua_status = 4913;
/// The document has too many fields (core code 4914).
pub const MOTCUA_STATUS_FORM_TOO_MANY_FIELDS: motcua_status = 4914;

/// A dossier command not allowed in the dossier's state (core code 5001).
pub const MOTCUA_STATUS_DOSSIER_INVALID_TRANSITION: motcua_status = 5001;
/// A dossier command the actor's role may not give (core code 5002).
pub const MOTCUA_STATUS_DOSSIER_FORBIDDEN: motcua_status = 5002;
/// A dossier command from an agency the dossier is not assigned to (core code 5003).
pub const MOTCUA_STATUS_DOSSIER_WRONG_AGENCY: motcua_status = 5003;
/// A dossier command rejected by a legal rule (core code 5004).
pub const MOTCUA_STATUS_DOSSIER_GUARD: motcua_status = 5004;
/// A dossier command earlier than the dossier's last event (core code 5005).
pub const MOTCUA_STATUS_DOSSIER_TIMESTAMP_BACKWARDS: motcua_status = 5005;
/// A malformed dossier command, event or log (core code 5006).
pub const MOTCUA_STATUS_DOSSIER_PARSE: motcua_status = 5006;
/// A log of another dossier (core code 5007).
pub const MOTCUA_STATUS_DOSSIER_FOREIGN_LOG: motcua_status = 5007;
/// A dossier log whose hash chain is broken (core code 5008).
pub const MOTCUA_STATUS_DOSSIER_TAMPERED: motcua_status = 5008;
/// A daily dossier sequence number out of range (core code 5009).
pub const MOTCUA_STATUS_DOSSIER_SEQUENCE: motcua_status = 5009;
/// An invalid dossier context or status mapping (core code 5010).
pub const MOTCUA_STATUS_DOSSIER_INVALID_CONFIG: motcua_status = 5010;
/// A dossier log over the size limit (core code 5011).
pub const MOTCUA_STATUS_DOSSIER_TOO_LARGE: motcua_status = 5011;
/// A report period that ends before it starts (core code 6001).
pub const MOTCUA_STATUS_REPORT_INVALID_PERIOD: motcua_status = 6001;
/// An invalid report parameter (core code 6002).
pub const MOTCUA_STATUS_REPORT_INVALID_PARAMETER: motcua_status = 6002;

/// A required pointer argument was NULL (binding code 9001, `motcua::BindingError`).
pub const MOTCUA_STATUS_NULL_POINTER: motcua_status = 9001;
/// A string argument is not valid UTF-8 (binding code 9002).
pub const MOTCUA_STATUS_INVALID_UTF8: motcua_status = 9002;
/// A bug inside the library was caught at the boundary; nothing was written (binding code 9003).
pub const MOTCUA_STATUS_PANIC: motcua_status = 9003;
/// The caller's buffer is too small; the size needed was reported (binding code 9004).
pub const MOTCUA_STATUS_BUFFER_TOO_SMALL: motcua_status = 9004;
/// An argument is invalid: an impossible Gregorian date (2026-02-30), a malformed instant
/// string, a flag other than 0/1, a JSON document over 1 MiB, a length over `PTRDIFF_MAX`
/// (binding code 9005).
pub const MOTCUA_STATUS_INVALID_ARGUMENT: motcua_status = 9005;
/// An internal error that should not happen, e.g. a result that could not be encoded
/// (binding code 9006).
pub const MOTCUA_STATUS_INTERNAL: motcua_status = 9006;

/// Names of the codes as C strings, built once from the core's table (`motcua_status_name`
/// returns pointers into it, valid for the life of the process).
fn c_names() -> &'static [(motcua_status, CString)] {
    static NAMES: OnceLock<Vec<(motcua_status, CString)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        motcua::all_codes()
            .filter_map(|code| {
                let (name, _) = describe_code(code, Lang::En)?;
                Some((code, CString::new(name).ok()?))
            })
            .collect()
    })
}

/// Name and message of a status: `0` is success, the rest come from the core's one table
/// (`motcua::describe_code`), shared with the WASM package.
fn describe(status: motcua_status, lang: Lang) -> Option<(&'static str, String)> {
    if status == MOTCUA_STATUS_OK {
        return Some(("ok", lang.pick("Thành công", "Success").to_owned()));
    }
    describe_code(status, lang)
}

/// The status of a core error: its stable code, passed through.
pub(crate) fn from_core(err: &motcua::Error) -> motcua_status {
    err.code()
}

/// Copies the message of a status code into a caller buffer, NUL-terminated.
///
/// The message describes the code (e.g. "The date is outside the working calendar's range"),
/// in Vietnamese (`lang` = `MOTCUA_LANG_VI`, 0) or English (`MOTCUA_LANG_EN`, 1); any other
/// `lang` falls back to Vietnamese. An unknown code gets a generic message naming the number.
/// Nothing is stored between calls (no thread-local "last error"): the message may be read on
/// any thread.
///
/// @param status   the code to describe.
/// @param lang     `MOTCUA_LANG_VI` or `MOTCUA_LANG_EN`.
/// @param buf      the buffer; may be NULL only when `buf_len` is 0 (to ask for the size).
/// @param buf_len  size of `buf` in bytes.
/// @param out_len  receives the message length in bytes, without the terminating NUL.
/// @return `MOTCUA_STATUS_OK`; `MOTCUA_STATUS_BUFFER_TOO_SMALL` when `buf_len < *out_len + 1`,
///         in which case `*out_len` is set to the length needed (minus the NUL) and `buf` is not
///         touched: the one documented exception to "out-parameters only on success";
///         `MOTCUA_STATUS_NULL_POINTER` when `out_len` is NULL, or `buf` is NULL with
///         `buf_len > 0`.
///
/// # Safety
/// `buf` must be NULL or point to `buf_len` writable bytes; `out_len` must be NULL or point to
/// a writable `size_t`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_status_message(
    status: motcua_status,
    lang: motcua_lang,
    buf: *mut c_char,
    buf_len: usize,
    out_len: *mut usize,
) -> motcua_status {
    boundary(|| {
        crate::check_null!(out_len);
        if buf.is_null() && buf_len > 0 {
            return Err(MOTCUA_STATUS_NULL_POINTER);
        }
        let lang = lang_from_c(lang);
        let text = match describe(status, lang) {
            Some((_, message)) => message,
            None => match lang {
                motcua::Lang::Vi => format!("Mã trạng thái không xác định: {status}"),
                _ => format!("Unknown status code: {status}"),
            },
        };
        let bytes = text.as_bytes();
        if buf_len < bytes.len() + 1 {
            // SAFETY: out_len is non-null and, by contract, writable.
            unsafe { out_len.write(bytes.len()) };
            return Err(MOTCUA_STATUS_BUFFER_TOO_SMALL);
        }
        // SAFETY: buf is non-null (buf_len > 0 here) and holds buf_len >= len + 1 bytes; the
        // source is a Rust string that cannot overlap caller memory.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), bytes.len());
            buf.add(bytes.len()).write(0);
            out_len.write(bytes.len());
        }
        Ok(())
    })
}

/// The machine-readable name of a status code, e.g. `"calendar.date_out_of_range"` (equal to
/// the core's `Error::name()`; binding codes are named `"binding.…"`), or `"unknown"`.
///
/// @return a static NUL-terminated string: never NULL, never to be freed.
///
/// # Safety
/// None: any value is accepted. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn motcua_status_name(status: motcua_status) -> *const c_char {
    boundary_value(c"unknown".as_ptr(), || {
        if status == MOTCUA_STATUS_OK {
            return c"ok".as_ptr();
        }
        c_names()
            .iter()
            .find(|(code, _)| *code == status)
            .map_or(c"unknown".as_ptr(), |(_, name)| name.as_ptr())
    })
}

#[cfg(test)]
mod tests {
    use std::ffi::CStr;

    use super::*;

    /// `(name, value)` of every `#define MOTCUA_STATUS_… <n>` in the checked-in header.
    fn header_statuses() -> Vec<(String, u32)> {
        // Embedded at compile time (after build.rs has regenerated it), so the test also runs
        // under Miri's isolation, which has no file system.
        let header = include_str!("../include/motcua.h");
        header
            .lines()
            .filter_map(|l| {
                let rest = l.strip_prefix("#define MOTCUA_STATUS_")?;
                let (name, value) = rest.split_once(' ')?;
                Some((name.to_owned(), value.trim().parse().ok()?))
            })
            .collect()
    }

    /// `MOTCUA_STATUS_<X>` of a core name: `deadline.invalid_limit` → `DEADLINE_INVALID_LIMIT`;
    /// binding codes drop their block (`binding.null_pointer` → `NULL_POINTER`).
    fn macro_name(core_name: &str) -> String {
        core_name
            .strip_prefix("binding.")
            .unwrap_or(core_name)
            .replace('.', "_")
            .to_ascii_uppercase()
    }

    #[test]
    fn the_header_lists_exactly_the_core_codes_under_their_names() {
        let header = header_statuses();
        let mut expected: Vec<(String, u32)> = vec![("OK".to_owned(), 0)];
        expected.extend(motcua::all_codes().map(|code| {
            let (name, _) = describe_code(code, Lang::En).unwrap();
            (macro_name(name), code)
        }));
        let (mut h, mut e) = (header.clone(), expected.clone());
        h.sort_by_key(|x| x.1);
        e.sort_by_key(|x| x.1);
        assert_eq!(h, e, "include/motcua.h vs motcua::all_codes()");
        assert!(
            header
                .iter()
                .any(|(n, c)| n == "DEADLINE_PARSE" && *c == 2012)
        );
    }

    #[test]
    fn binding_codes_are_the_core_binding_errors() {
        use motcua::{BindingError, Error};
        let pairs = [
            (
                MOTCUA_STATUS_NULL_POINTER,
                Error::from(BindingError::NullPointer {
                    what: String::new(),
                }),
            ),
            (
                MOTCUA_STATUS_INVALID_UTF8,
                BindingError::InvalidUtf8 {
                    what: String::new(),
                }
                .into(),
            ),
            (MOTCUA_STATUS_PANIC, BindingError::Panic.into()),
            (
                MOTCUA_STATUS_BUFFER_TOO_SMALL,
                BindingError::BufferTooSmall { needed: 0 }.into(),
            ),
            (
                MOTCUA_STATUS_INVALID_ARGUMENT,
                BindingError::InvalidArgument {
                    detail: String::new(),
                    detail_vi: String::new(),
                }
                .into(),
            ),
            (
                MOTCUA_STATUS_INTERNAL,
                BindingError::Internal {
                    detail: String::new(),
                }
                .into(),
            ),
        ];
        for (status, err) in pairs {
            assert_eq!(status, err.code());
            assert_eq!(from_core(&err), status);
            // SAFETY: `motcua_status_name` returns a static NUL-terminated string.
            let name = unsafe { CStr::from_ptr(motcua_status_name(status)) };
            assert_eq!(name.to_str().unwrap(), err.name());
        }
    }

    #[test]
    fn names_and_messages_of_every_code() {
        for code in std::iter::once(0).chain(motcua::all_codes()) {
            // SAFETY: `motcua_status_name` returns a static NUL-terminated string.
            let name = unsafe { CStr::from_ptr(motcua_status_name(code)) }
                .to_str()
                .unwrap();
            assert_ne!(name, "unknown", "{code}");
            for lang in [0, 1] {
                let mut len = 0usize;
                let mut buf = vec![0 as c_char; 512];
                // SAFETY: `buf` has `buf.len()` writable bytes; `len` is a writable local.
                let s = unsafe {
                    motcua_status_message(code, lang, buf.as_mut_ptr(), buf.len(), &mut len)
                };
                assert_eq!(s, MOTCUA_STATUS_OK);
                assert!(len > 0);
            }
        }
        // SAFETY: `motcua_status_name` returns a static NUL-terminated string.
        let unknown = unsafe { CStr::from_ptr(motcua_status_name(4242)) };
        assert_eq!(unknown.to_str().unwrap(), "unknown");
        assert_eq!(
            // SAFETY: `motcua_status_name` returns a static NUL-terminated string.
            unsafe { CStr::from_ptr(motcua_status_name(2004)) }
                .to_str()
                .unwrap(),
            "deadline.due_out_of_range"
        );
    }

    #[test]
    fn message_protocol() {
        let mut len = 0usize;
        // SAFETY: a NULL buffer of length 0 is not written; `len` is a writable local.
        let s = unsafe { motcua_status_message(1101, 1, std::ptr::null_mut(), 0, &mut len) };
        assert_eq!(s, MOTCUA_STATUS_BUFFER_TOO_SMALL);
        let mut buf = vec![0 as c_char; len + 1];
        // SAFETY: `buf` has `buf.len()` writable bytes; `len` is a writable local.
        let s = unsafe { motcua_status_message(1101, 1, buf.as_mut_ptr(), buf.len(), &mut len) };
        assert_eq!(s, MOTCUA_STATUS_OK);
        // SAFETY: the call above wrote a NUL-terminated message into `buf`.
        let text = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_str().unwrap();
        assert_eq!(text.len(), len);
        assert!(text.contains("working calendar"));
        // SAFETY: length 0: `buf` is not written; `len` is a writable local.
        let s = unsafe { motcua_status_message(4242, 0, buf.as_mut_ptr(), 0, &mut len) };
        assert_eq!(s, MOTCUA_STATUS_BUFFER_TOO_SMALL);
    }
}
