//! The few date and time layouts the library writes, formatted directly. chrono's
//! `format("%…")` interpreter would otherwise be linked into every binary for them (~10 KB of
//! the WASM package). Years are those of the calendar's range (four digits). Also the one JSON
//! string writer of the hand-written JSON (a form report, the dossier chain's canonical JSON).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// `HH:MM` (`%H:%M`).
pub(crate) fn hm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `yyMMdd` (`%y%m%d`): the date part of a dossier code.
pub(crate) fn yymmdd(d: NaiveDate) -> String {
    format!(
        "{:02}{:02}{:02}",
        d.year().rem_euclid(100),
        d.month(),
        d.day()
    )
}

/// `dd/MM/yyyy` (`%d/%m/%Y`), the Vietnamese way of writing a date.
pub(crate) fn dmy(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
}

/// `yyyy-MM-dd HH:mm` (`%Y-%m-%d %H:%M`).
pub(crate) fn ymd_hm(t: NaiveDateTime) -> String {
    format!("{} {}", t.date(), hm(t.time()))
}

/// `yyyyMMddHHmmss` (`%Y%m%d%H%M%S`).
pub(crate) fn compact_datetime(t: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A number as written in a message (a form field's bound, a fractional time limit): integral
/// values without a fraction (`18`, not `18.0`), others in their shortest round-tripping form.
/// Uses serde_json's float printer (already linked for the documents) rather than `f64`'s
/// `Display`, which would add ~14 KB of formatting code to the WASM package.
pub(crate) fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        #[allow(clippy::cast_possible_truncation)]
        return (x as i64).to_string();
    }
    serde_json::Number::from_f64(x).map_or_else(|| "NaN".to_owned(), |n| n.to_string())
}

/// `s` as a JSON string, escaped as `serde_json` does: `"` and `\`, the short escapes
/// `\b \f \n \r \t`, other control characters as `\u00XX` (lower-case hex); everything
/// else, non-ASCII included, as is. Runs without an escape are copied whole.
pub(crate) fn json_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        // `i` is at an ASCII byte, so both slices end on character boundaries.
        out.push_str(s.get(start..i).unwrap_or_default());
        start = i + 1;
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                out.push_str("\\u00");
                for nibble in [b >> 4, b & 0xf] {
                    out.extend(char::from_digit(u32::from(nibble), 16));
                }
            }
        }
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveDateTime};

    /// Each layout equals chrono's own formatting of the same pattern, over dates across the
    /// calendar's range and times across the day.
    #[test]
    fn layouts_equal_chronos_formatting() {
        let mut d = NaiveDate::from_ymd_opt(1899, 12, 25).expect("valid");
        let end = NaiveDate::from_ymd_opt(2200, 1, 10).expect("valid");
        let mut minute = 0u32;
        while d <= end {
            let t: NaiveDateTime = d
                .and_hms_opt(minute / 60 % 24, minute % 60, minute % 59)
                .expect("valid");
            assert_eq!(super::yymmdd(d), d.format("%y%m%d").to_string());
            assert_eq!(super::dmy(d), d.format("%d/%m/%Y").to_string());
            assert_eq!(super::hm(t.time()), t.format("%H:%M").to_string());
            assert_eq!(super::ymd_hm(t), t.format("%Y-%m-%d %H:%M").to_string());
            assert_eq!(
                super::compact_datetime(t),
                t.format("%Y%m%d%H%M%S").to_string()
            );
            d = d.succ_opt().expect("in range");
            minute = (minute + 37) % 1440;
        }
    }
}
