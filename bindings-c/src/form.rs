//! Forms: validating a document against an e-form (a specification, or a catalogue's form),
//! and the Vietnamese identifier validators.
//!
//! **Validation failures are a report, not an error status.** `motcua_form_validate_json`
//! returns `MOTCUA_STATUS_OK` with `{"valid": false, "violations": [...]}` when the document
//! breaks rules; a status other than OK means the *input* could not be used (a malformed
//! specification or document, a document over a limit).

use std::ffi::c_char;

use motcua::form::id::validate_as;
use motcua::form::{Form, IdFormat};

use crate::json::{core, json_out};
use crate::panic::boundary;
use crate::procedure::{cat_ref, key_in, motcua_catalogue};
use crate::status::motcua_status;
use crate::string::{str_in, string_out};
use crate::{check_null, put};

/// Validates `values` with a compiled form and writes the report.
///
/// # Safety
/// `values` must point to `values_len` readable bytes; `out` must be non-null and writable.
unsafe fn validate_with(
    form: &Form,
    values: *const u8,
    values_len: usize,
    out: *mut *mut c_char,
) -> Result<(), motcua_status> {
    // SAFETY: forwarded. The form's own limits apply (1 MiB: 4910).
    let text = unsafe { str_in(values, values_len) }?;
    let report = core(form.validate_json(text))?;
    let s = string_out(report.to_json())?;
    // SAFETY: forwarded.
    unsafe { put(out, s) };
    Ok(())
}

/// Validates a document against an e-form specification and returns **every** violation:
/// `{"valid": bool, "violations": [{"pointer": "/nguoi_yeu_cau/so_dinh_danh", "code": 4111,
/// "name": "form.cccd_format", "severity": "error", "message": "… (vi)", "message_en":
/// "…"}, …]}`, in document order. `valid` is false when any violation has severity
/// `"error"`; warnings (soft checks such as a CCCD whose birth year differs from the birth
/// date, 4201–4299) never make it false. Each violation carries both languages.
///
/// @param spec        the specification JSON (`core/schema/form_spec.schema.json`).
/// @param spec_len    its length in bytes (at most 1 MiB).
/// @param values      the document JSON (an object of field values).
/// @param values_len  its length in bytes (at most 1 MiB; strings at most 64 KiB, arrays 1,000
///                    items, nesting 32 levels, 10,000 members in all).
/// @param out         receives the report, a NUL-terminated UTF-8 JSON string; free it with
///                    `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` (the document may still be invalid: read `valid`); 4901
///         malformed specification; 4902 a specification with problems; 4903 the document is
///         not JSON; 4910 over 1 MiB; 4911 a string too long; 4912 an array too long; 4913
///         nested too deeply; 4914 too many members; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `spec` and `values` must be NULL or point to that many readable bytes; `out` must be NULL
/// or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_form_validate_json(
    spec: *const u8,
    spec_len: usize,
    values: *const u8,
    values_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(spec, values, out);
        // SAFETY: readable by contract. Over 1 MiB: the core's own 4910.
        let form = core(Form::from_json(unsafe { str_in(spec, spec_len) }?))?;
        // SAFETY: as above; `out` non-null and writable by contract.
        unsafe { validate_with(&form, values, values_len, out) }
    })
}

/// `motcua_form_validate_json` with a catalogue's e-form: by form id
/// (`"1.001193/to-khai-dang-ky-khai-sinh"`), or the first e-form of a procedure by code or id
/// (`"1.001193"`). The catalogue's forms are compiled once, when it is loaded.
///
/// @param cat         the catalogue.
/// @param key         UTF-8 form id, procedure code or procedure id.
/// @param key_len     its length in bytes (at most 1 KiB).
/// @param values      the document JSON.
/// @param values_len  its length in bytes (limits as `motcua_form_validate_json`).
/// @param out         receives the report; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` (read `valid`); 3106 no such form; 4903, 4910–4914 as
///         `motcua_form_validate_json`; `MOTCUA_STATUS_INVALID_ARGUMENT` a key over 1 KiB;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cat` must be NULL or a live catalogue; `key` and `values` must be NULL or point to that
/// many readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_form_validate_json(
    cat: *const motcua_catalogue,
    key: *const u8,
    key_len: usize,
    values: *const u8,
    values_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cat, key, values, out);
        // SAFETY: readable by contract; live handle by contract.
        let (key, cat) = unsafe { (key_in(key, key_len)?, cat_ref(cat)) };
        let form = cat.form_for(key).ok_or_else(|| {
            crate::status::from_core(&motcua::Error::from(
                motcua::procedure::ProcedureError::QueryInvalid {
                    detail: format!("no e-form {key:?}"),
                    detail_vi: format!("không có biểu mẫu {key:?}"),
                },
            ))
        })?;
        // SAFETY: as above; `out` non-null and writable by contract.
        unsafe { validate_with(form, values, values_len, out) }
    })
}

/// Validates one identifier and writes its parsed parts.
///
/// # Safety
/// `value` must be NULL or point to `len` readable bytes; `out` NULL or writable.
unsafe fn id(
    format: IdFormat,
    value: *const u8,
    len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(value, out);
        // SAFETY: readable by contract.
        let text = unsafe { str_in(value, len) }?;
        let parsed = core(validate_as(format, text))?;
        let s = json_out(&parsed)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// Validates a 12-digit personal identification number (số định danh cá nhân, on the CCCD /
/// Thẻ căn cước). Only the 12 digits are a hard rule (the law guarantees no more): the parts
/// of Circular 07/2016/TT-BCA come back with soft-check warnings, never errors:
/// `{"number": "001099012345", "province_code": 1, "province": "Hà Nội", "gender": "male",
/// "birth_year": 1999, "warnings": [{"code": 4201, "name", "message", "message_en"}, …]}`.
///
/// @param value      UTF-8 value, as typed (no spaces: nothing is trimmed).
/// @param value_len  its length in bytes.
/// @param out        receives a NUL-terminated UTF-8 JSON string; free it with
///                   `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4111 not 12 digits; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `value` must be NULL or point to `value_len` readable bytes; `out` must be NULL or point
/// to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_cccd(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::Cccd, value, value_len, out) }
}

/// Validates a legacy 9-digit identity card number (CMND): `{"number"}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4112 not 9 digits; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_cmnd(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::Cmnd, value, value_len, out) }
}

/// Validates a personal identity number, 12 digits (CCCD) or 9 (CMND): `{"type": "cccd" |
/// "cmnd", "number"}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4113 neither; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_personal_id(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::PersonalId, value, value_len, out) }
}

/// Validates a tax code (mã số thuế) under the current rules: 10 digits whose 10th is
/// `10 − (Σ mod 11)` with `Σ = 31·d1 + 29·d2 + 23·d3 + 19·d4 + 17·d5 + 13·d6 + 7·d7 + 5·d8 +
/// 3·d9` (a prefix with `Σ mod 11 = 0` is never valid); the branch form `XXXXXXXXXX-YYY` (or
/// 13 digits) with `YYY` 001–999; the 12-digit personal number (since 1 July 2025).
/// `{"kind": "organisation" | "branch" | "personal_id", "normalized": "0100109106-001",
/// "branch": 1 | null}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4101 wrong shape; 4102 wrong check digit; 4103 a prefix with
///         no check digit; 4104 branch 000; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_mst(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::Mst, value, value_len, out) }
}

/// Validates a Vietnamese mobile number (`0` or `+84`, then 9 digits starting 3, 5, 7, 8 or
/// 9): `{"kind": "mobile", "national": "0912345678", "e164": "+84912345678"}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4121 not a mobile number; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_mobile(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::Mobile, value, value_len, out) }
}

/// Validates a Vietnamese fixed-line number (`02` + 9 digits, or `+842` + 9 digits):
/// `{"kind": "fixed", "national", "e164"}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4122 not a fixed-line number; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_fixed_phone(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::FixedPhone, value, value_len, out) }
}

/// Validates a mobile or fixed-line number: `{"kind": "mobile" | "fixed", "national",
/// "e164"}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4123 neither; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_phone(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::Phone, value, value_len, out) }
}

/// Validates an e-mail address (a pragmatic RFC 5321 subset): `{"normalized"}`, the address
/// with its domain lower-cased.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4131 not an address; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_email(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::Email, value, value_len, out) }
}

/// Validates an agency code in either format, QCVN 102:2016 (`000.00.01.H22`, level-1 code
/// rightmost) or Decision 20/2020 (`H55.242`, leftmost): `{"format": "qcvn102" |
/// "decision20", "level1": "H22", "code"}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4151 not an agency code; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_agency_code(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::AgencyCode, value, value_len, out) }
}

/// Validates a dossier code `<agency code>-YYMMDD-NNNN` (Circular 01/2018/TT-VPCP Art. 19):
/// `{"agency": {"format", "level1", "code"}, "date": "2025-03-15", "sequence": 7}`.
///
/// @param value      UTF-8 value.
/// @param value_len  its length in bytes.
/// @param out        receives the JSON; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 4141 wrong shape; 4142 an impossible date or sequence 0000;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// As `motcua_validate_cccd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_validate_dossier_code(
    value: *const u8,
    value_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    // SAFETY: forwarded.
    unsafe { id(IdFormat::DossierCode, value, value_len, out) }
}
