//! Helpers shared by the fuzz targets of `fuzz_targets/` (see `README.md`).

use std::sync::OnceLock;

use chrono::NaiveDate;
use motcua::calendar::WorkCalendar;

/// The civil-service calendar, built once per process (building it costs ~1 ms).
pub fn civil() -> &'static WorkCalendar {
    static CAL: OnceLock<WorkCalendar> = OnceLock::new();
    CAL.get_or_init(WorkCalendar::vietnam_civil_service)
}

/// The enterprise calendar, built once per process.
pub fn enterprise() -> &'static WorkCalendar {
    static CAL: OnceLock<WorkCalendar> = OnceLock::new();
    CAL.get_or_init(WorkCalendar::vietnam_enterprise)
}

/// Splits `data` on NUL bytes into exactly `n` parts (missing parts are empty; the last part
/// keeps any further NULs).
pub fn split(data: &[u8], n: usize) -> Vec<&[u8]> {
    let mut out = Vec::with_capacity(n);
    let mut rest = data;
    while out.len() + 1 < n {
        match rest.iter().position(|&b| b == 0) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + 1..];
            }
            None => {
                out.push(rest);
                rest = &[];
            }
        }
    }
    out.push(rest);
    out
}

/// The bytes as UTF-8 text, or `None`.
pub fn text(b: &[u8]) -> Option<&str> {
    std::str::from_utf8(b).ok()
}

/// Panics unless `d` lies within `cal`'s range: no function may return `Ok` with a date
/// outside the calendar it was computed with.
pub fn assert_in_range(cal: &WorkCalendar, d: NaiveDate, what: &str) {
    assert!(
        cal.first_date() <= d && d <= cal.last_date(),
        "{what}: {d} outside {}..={}",
        cal.first_date(),
        cal.last_date()
    );
}

/// Panics unless `err`'s numeric code lies in `lo..hi` (its block) and it has a message in
/// both languages.
pub fn assert_typed(err: &motcua::Error, lo: u32, hi: u32) {
    let c = err.code();
    assert!((lo..hi).contains(&c), "code {c} outside {lo}..{hi}: {err}");
    assert!(!err.message(motcua::Lang::Vi).is_empty());
    assert!(!err.message(motcua::Lang::En).is_empty());
    assert!(!err.name().is_empty());
}
