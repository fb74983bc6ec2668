//! Loading and validating official announcements (JSON), and the embedded default data.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::CalendarError;
use super::rules::check_entry_dates;
use super::types::{AnnouncedKind, Announcement};
use crate::Error;
use crate::limits::InputLimits;

/// Default size limit of an announcement document: 1 MiB (the embedded 17 years take ~20 KB).
pub const DEFAULT_MAX_ANNOUNCEMENT_BYTES: usize = 1 << 20;
/// Most entries (days off + working days) one announcement may hold.
const MAX_ENTRIES: usize = 366;

pub(crate) const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/announcements.json"));

/// The embedded official announcements (2010–2027), each with its documents.
pub fn embedded_announcements() -> Result<Vec<Announcement>, Error> {
    parse_announcements(EMBEDDED)
}

/// Parses announcements: one JSON object or an array of them, at most
/// [`DEFAULT_MAX_ANNOUNCEMENT_BYTES`]. Each is checked on its own (dates near its year, no date
/// both off and worked, make-up days on weekly rest days of a Saturday/Sunday week); checks
/// against the calendar happen when it is built.
///
/// ```
/// use motcua::calendar::parse_announcements;
/// let anns = parse_announcements(r#"{"year": 2026, "scope": "civil_service",
///   "source": {"document": "CV 1/VPCP-KGVX"},
///   "days_off": [{"date": "2026-08-31", "kind": "swap", "swapped_with": "2026-08-22"}],
///   "working_days": [{"date": "2026-08-22", "replaces": "2026-08-31"}]}"#)?;
/// assert_eq!(anns.len(), 1);
/// // The same date both off and worked is a contradiction: code 1104.
/// let bad = r#"{"year": 2026, "source": {"document": "x"},
///   "days_off": [{"date": "2026-08-22", "kind": "extra"}],
///   "working_days": [{"date": "2026-08-22"}]}"#;
/// assert_eq!(parse_announcements(bad).unwrap_err().code(), 1104);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn parse_announcements(json: &str) -> Result<Vec<Announcement>, Error> {
    parse_announcements_with_limit(json, DEFAULT_MAX_ANNOUNCEMENT_BYTES)
}

/// [`parse_announcements`] with another size limit.
pub fn parse_announcements_with_limit(
    json: &str,
    limit: usize,
) -> Result<Vec<Announcement>, Error> {
    parse_announcements_with_limits(
        json,
        &InputLimits {
            announcement_bytes: limit,
            ..InputLimits::default()
        },
    )
}

/// [`parse_announcements`] under [`InputLimits::announcement_bytes`] and
/// [`InputLimits::announcements`] (both 1106 when exceeded, the size before parsing).
///
/// ```
/// use motcua::calendar::parse_announcements_with_limits;
/// use motcua::limits::InputLimits;
/// let one = r#"{"year": 2026, "source": {"document": "x"}, "days_off": []}"#;
/// let limits = InputLimits { announcements: 1, ..InputLimits::default() };
/// assert!(parse_announcements_with_limits(one, &limits).is_ok());
/// let two = format!("[{one}, {one}]");
/// assert_eq!(parse_announcements_with_limits(&two, &limits).unwrap_err().code(), 1106);
/// ```
pub fn parse_announcements_with_limits(
    json: &str,
    limits: &InputLimits,
) -> Result<Vec<Announcement>, Error> {
    let limit = limits.announcement_bytes;
    if json.len() > limit {
        return Err(CalendarError::InputTooLarge {
            size: json.len(),
            limit,
        }
        .into());
    }
    let value: serde_json::Value = serde_json::from_str(json).map_err(parse_err)?;
    let anns: Vec<Announcement> = if value.is_array() {
        serde_json::from_value(value).map_err(parse_err)?
    } else {
        vec![serde_json::from_value(value).map_err(parse_err)?]
    };
    if anns.len() > limits.announcements {
        return Err(CalendarError::InputTooLarge {
            size: anns.len(),
            limit: limits.announcements,
        }
        .into());
    }
    for a in &anns {
        validate(a, &super::SAT_SUN_REST)?;
    }
    Ok(anns)
}

fn parse_err(e: serde_json::Error) -> Error {
    CalendarError::AnnouncementParse {
        detail: e.to_string(),
    }
    .into()
}

fn invalid(year: i32, en: String, vi: String) -> Error {
    CalendarError::invalid_announcement(year, en, vi)
}

/// Checks one announcement on its own, against the weekly rest days it will be used with.
pub(crate) fn validate(a: &Announcement, weekly_rest: &[bool; 7]) -> Result<(), Error> {
    let rest = |d: NaiveDate| {
        weekly_rest
            .get(d.weekday().num_days_from_monday() as usize)
            .copied()
            .unwrap_or(false)
    };
    if !(1990..=2200).contains(&a.year) {
        return Err(invalid(
            a.year,
            "the year must be within 1990..=2200".into(),
            "năm phải nằm trong khoảng 1990..=2200".into(),
        ));
    }
    if a.source.document.trim().is_empty() {
        return Err(invalid(
            a.year,
            "the source document number is empty".into(),
            "thiếu số hiệu văn bản nguồn".into(),
        ));
    }
    if a.days_off.len() + a.working_days.len() > MAX_ENTRIES {
        return Err(CalendarError::InputTooLarge {
            size: a.days_off.len() + a.working_days.len(),
            limit: MAX_ENTRIES,
        }
        .into());
    }
    let check_near = |d: NaiveDate| {
        if (a.year - 1..=a.year + 1).contains(&d.year()) {
            Ok(())
        } else {
            Err(invalid(
                a.year,
                format!("{d} is not in {} or a neighbouring year", a.year),
                format!("ngày {d} không thuộc năm {} hoặc năm liền kề", a.year),
            ))
        }
    };
    let mut off = BTreeSet::new();
    for e in &a.days_off {
        check_near(e.date)?;
        if !off.insert(e.date) {
            return Err(invalid(
                a.year,
                format!("{} is listed twice as a day off", e.date),
                format!("ngày {} được liệt kê hai lần là ngày nghỉ", e.date),
            ));
        }
        if e.kind == AnnouncedKind::Swap && rest(e.date) {
            return Err(invalid(
                a.year,
                format!(
                    "{} is already a weekly rest day: it cannot be swapped",
                    e.date
                ),
                format!(
                    "ngày {} đã là ngày nghỉ hằng tuần, không thể hoán đổi",
                    e.date
                ),
            ));
        }
        if let Some(w) = e.swapped_with {
            if !a.working_days.iter().any(|x| x.date == w) {
                return Err(invalid(
                    a.year,
                    format!(
                        "the swap of {} names {w}, which is not a make-up day of the announcement",
                        e.date
                    ),
                    format!(
                        "ngày nghỉ hoán đổi {} ghi ngày làm bù {w} nhưng thông báo không có ngày làm bù này",
                        e.date
                    ),
                ));
            }
        }
    }
    let mut worked = BTreeSet::new();
    for w in &a.working_days {
        if off.contains(&w.date) {
            return Err(CalendarError::AnnouncementConflict {
                year: a.year,
                date: w.date.to_string(),
                detail: "the date is both a day off and a make-up working day".into(),
                detail_vi: "ngày này vừa là ngày nghỉ vừa là ngày làm bù".into(),
            }
            .into());
        }
        check_near(w.date)?;
        if !worked.insert(w.date) {
            return Err(invalid(
                a.year,
                format!("{} is listed twice as a make-up day", w.date),
                format!("ngày {} được liệt kê hai lần là ngày làm bù", w.date),
            ));
        }
        if !rest(w.date) {
            return Err(invalid(
                a.year,
                format!("the make-up day {} is not a weekly rest day", w.date),
                format!("ngày làm bù {} không phải ngày nghỉ hằng tuần", w.date),
            ));
        }
        if let Some(r) = w.replaces {
            if !off.contains(&r) {
                return Err(invalid(
                    a.year,
                    format!(
                        "the make-up day {} replaces {r}, which is not a day off of the announcement",
                        w.date
                    ),
                    format!(
                        "ngày làm bù {} thay cho ngày {r} nhưng thông báo không có ngày nghỉ này",
                        w.date
                    ),
                ));
            }
        }
    }
    check_entry_dates(a)
}
