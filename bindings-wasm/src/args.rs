//! Arguments from JS, checked: every export takes `JsValue`s and converts them here, so a wrong
//! type, an impossible date or a huge string is a coded error, never a trap.

use chrono::{NaiveDate, NaiveDateTime};
use js_sys::JsString;
use motcua::Lang;
use motcua::calendar::{CalendarError, DEFAULT_MAX_ANNOUNCEMENT_BYTES};
use motcua::deadline::parse_instant;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::Failure;

/// Longest date string looked at (in UTF-16 units); longer ones are refused without copying.
const MAX_DATE_LEN: u32 = 32;
/// Largest working-day count accepted: JS's safe integers.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Longest code, id or key (as the C ABI's 1 KiB).
pub(crate) const MAX_KEY_UNITS: u32 = 1024;

/// Parses a strict `YYYY-MM-DD` date.
pub(crate) fn parse_iso_date(s: &str, what: &str) -> Result<NaiveDate, Failure> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|_| s.get(r))
            .and_then(|t| t.parse::<u32>().ok())
    };
    let shape_ok = b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-');
    let (Some(y), Some(m), Some(d), true) = (digits(0..4), digits(5..7), digits(8..10), shape_ok)
    else {
        return Err(Failure::invalid(
            format!("{what}: \"{s}\" không phải ngày dạng YYYY-MM-DD"),
            format!("{what}: \"{s}\" is not a date of the form YYYY-MM-DD"),
        ));
    };
    let year = i32::try_from(y).unwrap_or(0);
    NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| {
        Failure::invalid(
            format!("{what}: ngày {s} không tồn tại"),
            format!("{what}: the date {s} does not exist"),
        )
    })
}

fn missing_or<T>(
    v: &JsValue,
    what: &str,
    f: impl FnOnce() -> Result<T, Failure>,
) -> Result<T, Failure> {
    if v.is_undefined() || v.is_null() {
        Err(Failure::missing(what))
    } else {
        f()
    }
}

/// A `"YYYY-MM-DD"` string argument.
pub(crate) fn date(v: &JsValue, what: &str) -> Result<NaiveDate, Failure> {
    missing_or(v, what, || {
        let Some(js) = v.dyn_ref::<JsString>() else {
            return Err(Failure::invalid(
                format!("{what} phải là chuỗi dạng YYYY-MM-DD"),
                format!("{what} must be a string of the form YYYY-MM-DD"),
            ));
        };
        if js.length() > MAX_DATE_LEN {
            return Err(Failure::invalid(
                format!("{what}: chuỗi quá dài cho một ngày ({} ký tự)", js.length()),
                format!(
                    "{what}: string too long for a date ({} characters)",
                    js.length()
                ),
            ));
        }
        let s = js.as_string().unwrap_or_default();
        parse_iso_date(&s, what)
    })
}

/// An integral JS number within `[min, max]`.
fn integer(v: &JsValue, what: &str, min: f64, max: f64) -> Result<f64, Failure> {
    missing_or(v, what, || match v.as_f64() {
        Some(x) if x.is_finite() && x.fract() == 0.0 && (min..=max).contains(&x) => Ok(x),
        _ => {
            // The bounds are integral: written as integers (no `f64` formatting code linked).
            #[allow(clippy::cast_possible_truncation)]
            let (min, max) = (min as i64, max as i64);
            Err(Failure::invalid(
                format!("{what} phải là số nguyên trong khoảng [{min}, {max}]"),
                format!("{what} must be an integer in [{min}, {max}]"),
            ))
        }
    })
}

/// An integral JS number within `[min, max]` (both within ±2^53).
pub(crate) fn bounded_integer(v: &JsValue, what: &str, min: i64, max: i64) -> Result<i64, Failure> {
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
    integer(v, what, min as f64, max as f64).map(|x| x as i64)
}

/// `obj[key] = value` on a fresh plain object.
pub(crate) fn set(obj: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), Failure> {
    js_sys::Reflect::set(obj, &JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|_| Failure::internal("setting a property of a result object"))
}

/// A year (an integral number that fits `i32`).
pub(crate) fn year(v: &JsValue, what: &str) -> Result<i32, Failure> {
    let x = integer(v, what, f64::from(i32::MIN), f64::from(i32::MAX))?;
    Ok(x as i32)
}

/// A count of working days (a safe integer).
pub(crate) fn count(v: &JsValue, what: &str) -> Result<i64, Failure> {
    let x = integer(v, what, -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)?;
    Ok(x as i64)
}

/// An optional boolean flag (`undefined`/`null` are false).
pub(crate) fn flag(v: &JsValue, what: &str) -> Result<bool, Failure> {
    if v.is_undefined() || v.is_null() {
        return Ok(false);
    }
    v.as_bool().ok_or_else(|| {
        Failure::invalid(
            format!("{what} phải là true hoặc false"),
            format!("{what} must be true or false"),
        )
    })
}

/// A JSON document string; one longer than the core's limit is refused before it is copied
/// into wasm memory (a UTF-16 length over the limit means at least as many UTF-8 bytes).
pub(crate) fn json_text(v: &JsValue, what: &str) -> Result<String, Failure> {
    missing_or(v, what, || {
        let Some(js) = v.dyn_ref::<JsString>() else {
            return Err(Failure::invalid(
                format!("{what} phải là một chuỗi JSON"),
                format!("{what} must be a JSON string"),
            ));
        };
        let units = js.length() as usize;
        if units > DEFAULT_MAX_ANNOUNCEMENT_BYTES {
            return Err(motcua::Error::from(CalendarError::InputTooLarge {
                size: units,
                limit: DEFAULT_MAX_ANNOUNCEMENT_BYTES,
            })
            .into());
        }
        Ok(js.as_string().unwrap_or_default())
    })
}

/// An instant `"YYYY-MM-DDTHH:MM"` or `"YYYY-MM-DDTHH:MM:SS"` (Vietnam local time), strictly
/// (`motcua::deadline::parse_instant`, as the C ABI).
pub(crate) fn instant(v: &JsValue, what: &str) -> Result<NaiveDateTime, Failure> {
    missing_or(v, what, || {
        let Some(js) = v.dyn_ref::<JsString>() else {
            return Err(Failure::invalid(
                format!("{what} phải là chuỗi dạng YYYY-MM-DDTHH:MM"),
                format!("{what} must be a string of the form YYYY-MM-DDTHH:MM"),
            ));
        };
        if js.length() > MAX_DATE_LEN {
            return Err(Failure::invalid(
                format!(
                    "{what}: chuỗi quá dài cho một thời điểm ({} ký tự)",
                    js.length()
                ),
                format!(
                    "{what}: string too long for an instant ({} characters)",
                    js.length()
                ),
            ));
        }
        let s = js.as_string().unwrap_or_default();
        parse_instant(&s).ok_or_else(|| {
            Failure::invalid(
                format!("{what}: \"{s}\" không phải thời điểm dạng YYYY-MM-DDTHH:MM[:SS] có thật"),
                format!(
                    "{what}: \"{s}\" is not an existing instant of the form YYYY-MM-DDTHH:MM[:SS]"
                ),
            )
        })
    })
}

/// Largest JSON document accepted from a JS object (limit, policy, event, events), in UTF-16
/// units of its `JSON.stringify` text: 1 MiB, as the C ABI's `MOTCUA_MAX_JSON_BYTES`.
pub(crate) const MAX_JSON_UNITS: u32 = 1 << 20;

/// A plain JS object (or, with `array`, an array) as JSON text for the core's parsers, so
/// that JS and C read the same documents with the same errors. `undefined`/`null` is 9001;
/// another type, a value `JSON.stringify` refuses (a BigInt, a cycle) or a document over
/// [`MAX_JSON_UNITS`] is 9005.
pub(crate) fn json_of(v: &JsValue, what: &str, array: bool) -> Result<String, Failure> {
    missing_or(v, what, || {
        let is_array = js_sys::Array::is_array(v);
        if !v.is_object() || is_array != array {
            let (vi, en) = if array {
                ("một mảng", "an array")
            } else {
                ("một đối tượng", "an object")
            };
            return Err(Failure::invalid(
                format!("{what} phải là {vi}"),
                format!("{what} must be {en}"),
            ));
        }
        let text = js_sys::JSON::stringify(v).map_err(|_| {
            Failure::invalid(
                format!("{what} không chuyển được sang JSON"),
                format!("{what} cannot be converted to JSON"),
            )
        })?;
        if text.length() > MAX_JSON_UNITS {
            return Err(Failure::invalid(
                format!("{what}: tài liệu quá lớn ({} ký tự)", text.length()),
                format!("{what}: document too large ({} characters)", text.length()),
            ));
        }
        Ok(text.as_string().unwrap_or_default())
    })
}

/// `obj[key]` of an object already checked to be one (`undefined` when absent).
pub(crate) fn field(obj: &JsValue, key: &str) -> Result<JsValue, Failure> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).map_err(|_| {
        Failure::invalid(
            format!("không đọc được trường {key}"),
            format!("cannot read the field {key}"),
        )
    })
}

/// An optional language, `"vi"` (default) or `"en"`.
pub(crate) fn lang(v: &JsValue) -> Result<Lang, Failure> {
    if v.is_undefined() || v.is_null() {
        return Ok(Lang::Vi);
    }
    // The length is looked at before the string is copied into wasm memory.
    v.dyn_ref::<JsString>()
        .filter(|s| s.length() <= 16)
        .and_then(|s| s.as_string())
        .and_then(|s| Lang::parse(&s))
        .ok_or_else(|| {
            Failure::invalid(
                "lang phải là \"vi\" hoặc \"en\"".to_owned(),
                "lang must be \"vi\" or \"en\"".to_owned(),
            )
        })
}

/// A date as `"YYYY-MM-DD"`.
pub(crate) fn date_out(d: NaiveDate) -> JsValue {
    JsValue::from_str(&d.to_string())
}

/// A string argument of at most `max_units` UTF-16 units (longer: 9005 before it is copied
/// into wasm memory).
pub(crate) fn text(v: &JsValue, what: &str, max_units: u32) -> Result<String, Failure> {
    missing_or(v, what, || {
        let Some(js) = v.dyn_ref::<JsString>() else {
            return Err(Failure::invalid(
                format!("{what} phải là một chuỗi"),
                format!("{what} must be a string"),
            ));
        };
        if js.length() > max_units {
            return Err(Failure::invalid(
                format!("{what}: chuỗi quá dài ({} ký tự)", js.length()),
                format!("{what}: string too long ({} characters)", js.length()),
            ));
        }
        Ok(js.as_string().unwrap_or_default())
    })
}

/// A JSON document given either as data (an object, an array or any JSON value, through
/// `JSON.stringify`) or as its JSON text (a string, used as is, so a stored document or a
/// malformed one reaches the core's parser like the C ABI's). At most `max_units` UTF-16
/// units (9005 beyond).
pub(crate) fn doc(v: &JsValue, what: &str, max_units: u32) -> Result<String, Failure> {
    if v.is_string() {
        return text(v, what, max_units);
    }
    missing_or(v, what, || {
        let text = js_sys::JSON::stringify(v).map_err(|_| {
            Failure::invalid(
                format!("{what} không chuyển được sang JSON"),
                format!("{what} cannot be converted to JSON"),
            )
        })?;
        // `JSON.stringify` gives undefined (not a string) for a function or a symbol.
        if !text.is_string() {
            return Err(Failure::invalid(
                format!("{what} không chuyển được sang JSON"),
                format!("{what} cannot be converted to JSON"),
            ));
        }
        if text.length() > max_units {
            return Err(Failure::invalid(
                format!("{what}: tài liệu quá lớn ({} ký tự)", text.length()),
                format!("{what}: document too large ({} characters)", text.length()),
            ));
        }
        Ok(text.as_string().unwrap_or_default())
    })
}

/// An optional object argument (`undefined`/`null`: `None`), as JSON text.
pub(crate) fn opt_object(v: &JsValue, what: &str) -> Result<Option<String>, Failure> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    json_of(v, what, false).map(Some)
}

/// A result as a plain JS value through its JSON text and `JSON.parse`: the core's own
/// `serde_json` serialisation, shared with the C ABI (so no second serialiser is compiled
/// for the large result types).
pub(crate) fn json_value<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Failure> {
    let text = serde_json::to_string(value).map_err(|e| Failure::internal(&e.to_string()))?;
    parse_json(&text)
}

/// JSON text (produced by the library) as a plain JS value.
pub(crate) fn parse_json(text: &str) -> Result<JsValue, Failure> {
    js_sys::JSON::parse(text).map_err(|_| Failure::internal("JSON.parse of a library result"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_iso_dates() {
        assert_eq!(
            parse_iso_date("2026-02-17", "d"),
            Ok(NaiveDate::from_ymd_opt(2026, 2, 17).unwrap())
        );
        for bad in [
            "2026-2-17",
            "2026-02-17T00:00",
            "+2026-02-17",
            "2026/02/17",
            "",
            "２０２６-02-17",
            "abcd-ef-gh",
        ] {
            assert_eq!(parse_iso_date(bad, "d").unwrap_err().code(), 9005, "{bad}");
        }
        let e = parse_iso_date("2026-02-30", "d").unwrap_err();
        assert_eq!(e.code(), 9005);
        assert!(e.message(Lang::En).contains("does not exist"));
    }
}
