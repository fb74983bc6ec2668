//! Instants written as text: the one format the bindings accept for a receipt or an "as of".

use chrono::{NaiveDate, NaiveDateTime};

/// Parses a Vietnam-local instant written `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`,
/// strictly: ASCII digits of exactly those widths, an upper-case `T`, no time zone, no
/// fraction, no surrounding space, no leap second; the date must exist. `None` otherwise.
///
/// This is the format of `received_at` and `as_of` in the C ABI and the WASM package; the
/// JSON documents (events) use chrono's serde format, `YYYY-MM-DDTHH:MM:SS`, which this
/// accepts too.
///
/// ```
/// use motcua::deadline::parse_instant;
/// let t = parse_instant("2026-02-13T10:00").unwrap();
/// assert_eq!(t.to_string(), "2026-02-13 10:00:00");
/// assert_eq!(parse_instant("2026-02-13T10:00:30").unwrap().to_string(), "2026-02-13 10:00:30");
/// // Anything else is refused.
/// for bad in ["2026-02-13 10:00", "2026-2-13T10:00", "2026-02-30T10:00", "2026-02-13T24:00",
///             "2026-02-13T10:00Z", "2026-02-13T10:00:00.5", "2026-02-13T10:00:60", ""] {
///     assert_eq!(parse_instant(bad), None, "{bad}");
/// }
/// ```
pub fn parse_instant(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if !(b.len() == 16 || b.len() == 19) {
        return None;
    }
    let num = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    if !(sep(4, b'-') && sep(7, b'-') && sep(10, b'T') && sep(13, b':')) {
        return None;
    }
    let second = if b.len() == 19 {
        if !sep(16, b':') {
            return None;
        }
        num(17, 2)?
    } else {
        0
    };
    let year = i32::try_from(num(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5, 2)?, num(8, 2)?)?.and_hms_opt(
        num(11, 2)?,
        num(14, 2)?,
        second,
    )
}
