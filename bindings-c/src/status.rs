//! `motcua_status`: the result code of every fallible function, and its messages.
//!
//! `0` is success. The core's error codes (`motcua::Error::code`) are passed through unchanged,
//! so the same number means the same thing in Rust, C and JavaScript: 1000–1099 lunar calendar,
//! 1100–1199 working calendar, later blocks for deadlines (2000s), procedures (3000s), forms
//! (4000s), dossiers (5000s) and reports (6000s). Codes 9000–9099 are raised by this binding.
//! A code is never reused once retired.

use std::ffi::{CStr, c_char};

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

/// A required pointer argument was NULL (binding code 9001).
pub const MOTCUA_STATUS_NULL_POINTER: motcua_status = 9001;
/// A string argument is not valid UTF-8 (binding code 9002).
pub const MOTCUA_STATUS_INVALID_UTF8: motcua_status = 9002;
/// A bug inside the library was caught at the boundary; nothing was written (binding code 9003).
pub const MOTCUA_STATUS_PANIC: motcua_status = 9003;
/// The caller's buffer is too small; the size needed was reported (binding code 9004).
pub const MOTCUA_STATUS_BUFFER_TOO_SMALL: motcua_status = 9004;
/// An argument is invalid: an impossible Gregorian date (2026-02-30), a flag other than 0/1, a
/// length over `PTRDIFF_MAX` (binding code 9005).
pub const MOTCUA_STATUS_INVALID_ARGUMENT: motcua_status = 9005;
/// An internal error that should not happen, e.g. a result that could not be encoded
/// (binding code 9006).
pub const MOTCUA_STATUS_INTERNAL: motcua_status = 9006;

/// Name and messages of one status code.
struct StatusInfo {
    code: motcua_status,
    name: &'static CStr,
    vi: &'static str,
    en: &'static str,
}

/// Every status the library returns. The names equal `motcua::Error::name()` for core codes
/// (checked by the tests); the messages describe the code, not one occurrence.
const STATUSES: &[StatusInfo] = &[
    StatusInfo {
        code: MOTCUA_STATUS_OK,
        name: c"ok",
        vi: "Thành công",
        en: "Success",
    },
    StatusInfo {
        code: MOTCUA_STATUS_LUNAR_OUT_OF_RANGE,
        name: c"lunar.out_of_range",
        vi: "Ngày nằm ngoài phạm vi lịch âm được hỗ trợ (1900-01-01 đến 2199-12-31)",
        en: "The date is outside the supported lunar calendar range (1900-01-01 to 2199-12-31)",
    },
    StatusInfo {
        code: MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE,
        name: c"lunar.nonexistent_date",
        vi: "Ngày âm lịch không tồn tại",
        en: "The lunar date does not exist",
    },
    StatusInfo {
        code: MOTCUA_STATUS_LUNAR_MODEL_OUT_OF_RANGE,
        name: c"lunar.model_out_of_range",
        vi: "Năm nằm ngoài phạm vi của mô hình thiên văn",
        en: "The year is outside the astronomical model's range",
    },
    StatusInfo {
        code: MOTCUA_STATUS_LUNAR_INCONSISTENT,
        name: c"lunar.inconsistent",
        vi: "Tính toán thiên văn không nhất quán (lỗi của thư viện)",
        en: "The astronomical computation is inconsistent (a library bug)",
    },
    StatusInfo {
        code: MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE,
        name: c"calendar.date_out_of_range",
        vi: "Ngày nằm ngoài phạm vi của lịch làm việc",
        en: "The date is outside the working calendar's range",
    },
    StatusInfo {
        code: MOTCUA_STATUS_CALENDAR_RESULT_OUT_OF_RANGE,
        name: c"calendar.result_out_of_range",
        vi: "Kết quả vượt ra ngoài phạm vi của lịch làm việc",
        en: "The result falls outside the working calendar's range",
    },
    StatusInfo {
        code: MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_PARSE,
        name: c"calendar.announcement_parse",
        vi: "Tệp JSON thông báo lịch nghỉ không đúng định dạng",
        en: "The announcement JSON is malformed",
    },
    StatusInfo {
        code: MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_CONFLICT,
        name: c"calendar.announcement_conflict",
        vi: "Thông báo lịch nghỉ mâu thuẫn với chính nó hoặc với lịch",
        en: "The announcement contradicts itself or the calendar",
    },
    StatusInfo {
        code: MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_INVALID,
        name: c"calendar.announcement_invalid",
        vi: "Thông báo lịch nghỉ không hợp lệ",
        en: "The announcement is invalid",
    },
    StatusInfo {
        code: MOTCUA_STATUS_CALENDAR_INPUT_TOO_LARGE,
        name: c"calendar.input_too_large",
        vi: "Dữ liệu đầu vào vượt quá giới hạn kích thước",
        en: "The input exceeds the size limit",
    },
    StatusInfo {
        code: MOTCUA_STATUS_CALENDAR_INVALID_CONFIG,
        name: c"calendar.invalid_config",
        vi: "Cấu hình lịch làm việc không hợp lệ",
        en: "Invalid calendar configuration",
    },
    StatusInfo {
        code: MOTCUA_STATUS_NULL_POINTER,
        name: c"binding.null_pointer",
        vi: "Một con trỏ bắt buộc là NULL",
        en: "A required pointer is NULL",
    },
    StatusInfo {
        code: MOTCUA_STATUS_INVALID_UTF8,
        name: c"binding.invalid_utf8",
        vi: "Chuỗi không phải UTF-8 hợp lệ",
        en: "The string is not valid UTF-8",
    },
    StatusInfo {
        code: MOTCUA_STATUS_PANIC,
        name: c"binding.panic",
        vi: "Lỗi nội bộ của thư viện (panic) đã được chặn lại",
        en: "An internal library error (panic) was caught",
    },
    StatusInfo {
        code: MOTCUA_STATUS_BUFFER_TOO_SMALL,
        name: c"binding.buffer_too_small",
        vi: "Bộ đệm quá nhỏ",
        en: "The buffer is too small",
    },
    StatusInfo {
        code: MOTCUA_STATUS_INVALID_ARGUMENT,
        name: c"binding.invalid_argument",
        vi: "Tham số không hợp lệ (ví dụ ngày dương lịch không tồn tại)",
        en: "Invalid argument (e.g. a Gregorian date that does not exist)",
    },
    StatusInfo {
        code: MOTCUA_STATUS_INTERNAL,
        name: c"binding.internal",
        vi: "Lỗi nội bộ của thư viện",
        en: "Internal library error",
    },
];

fn info(status: motcua_status) -> Option<&'static StatusInfo> {
    STATUSES.iter().find(|s| s.code == status)
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
        let text = match info(status) {
            Some(i) => lang.pick(i.vi, i.en).to_owned(),
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
        info(status).map_or(c"unknown".as_ptr(), |i| i.name.as_ptr())
    })
}

#[cfg(test)]
mod tests {
    use motcua::calendar::CalendarError;
    use motcua::lunar::{LunarError, NonexistentReason};

    use super::*;

    fn core_errors() -> Vec<motcua::Error> {
        let s = String::new;
        vec![
            LunarError::OutOfRange { date: s() }.into(),
            LunarError::NonexistentDate {
                date: s(),
                reason: NonexistentReason::MonthOutOfRange,
            }
            .into(),
            LunarError::ModelOutOfRange { year: 0 }.into(),
            LunarError::Inconsistent { detail: s() }.into(),
            CalendarError::DateOutOfRange {
                date: s(),
                min: s(),
                max: s(),
            }
            .into(),
            CalendarError::ResultOutOfRange {
                start: s(),
                days: 0,
                min: s(),
                max: s(),
            }
            .into(),
            CalendarError::AnnouncementParse { detail: s() }.into(),
            CalendarError::AnnouncementConflict {
                year: 0,
                date: s(),
                detail: s(),
                detail_vi: s(),
            }
            .into(),
            CalendarError::AnnouncementInvalid {
                year: 0,
                detail: s(),
                detail_vi: s(),
            }
            .into(),
            CalendarError::InputTooLarge { size: 0, limit: 0 }.into(),
            CalendarError::InvalidConfig {
                detail: s(),
                detail_vi: s(),
            }
            .into(),
        ]
    }

    #[test]
    fn every_core_code_is_listed_with_the_core_name() {
        let errors = core_errors();
        for e in &errors {
            let i = info(from_core(e)).unwrap_or_else(|| panic!("code {} missing", e.code()));
            assert_eq!(i.name.to_str().unwrap(), e.name(), "code {}", e.code());
        }
        // Every listed core-range code is one of the core's.
        for i in STATUSES.iter().filter(|i| i.code > 0 && i.code < 9000) {
            assert!(
                errors.iter().any(|e| e.code() == i.code),
                "stale code {}",
                i.code
            );
        }
    }

    #[test]
    fn codes_are_unique_and_binding_codes_in_9000s() {
        for (n, a) in STATUSES.iter().enumerate() {
            assert!(STATUSES.iter().skip(n + 1).all(|b| b.code != a.code));
            if a.name.to_str().unwrap().starts_with("binding.") {
                assert!((9000..9100).contains(&a.code));
            }
        }
    }

    #[test]
    fn message_protocol() {
        let mut len = 0usize;
        let s = unsafe { motcua_status_message(1101, 1, std::ptr::null_mut(), 0, &mut len) };
        assert_eq!(s, MOTCUA_STATUS_BUFFER_TOO_SMALL);
        let mut buf = vec![0 as c_char; len + 1];
        let s = unsafe { motcua_status_message(1101, 1, buf.as_mut_ptr(), buf.len(), &mut len) };
        assert_eq!(s, MOTCUA_STATUS_OK);
        let text = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_str().unwrap();
        assert_eq!(text.len(), len);
        assert!(text.contains("working calendar"));
    }
}
