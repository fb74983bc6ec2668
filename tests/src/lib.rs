//! Shared conformance vectors (`tests/vectors/*.json`): input → expected output, with the
//! independent source of each expectation in its `note`. The same files run through the Rust
//! core (here), the WASM package in node and the C library; all must agree exactly.

use chrono::NaiveDate;
use motcua::calendar::WorkCalendar;
use motcua::lunar::{self, LunarDate};
use serde::Deserialize;

/// The calendar vector file.
#[derive(Debug, Deserialize)]
pub struct CalendarVectors {
    /// Solar → lunar (and back) cases.
    pub lunar: Vec<LunarCase>,
    /// Solar dates whose conversion fails, with the error code.
    pub lunar_errors: Vec<LunarErrorCase>,
    /// Working-calendar cases.
    pub calendar: Vec<CalendarCase>,
}

/// One lunar case.
#[derive(Debug, Deserialize)]
pub struct LunarCase {
    /// Solar date.
    pub solar: NaiveDate,
    /// Lunar date.
    pub lunar: LunarDate,
    /// Source of the expectation.
    #[serde(default)]
    pub note: String,
}

/// One lunar error case.
#[derive(Debug, Deserialize)]
pub struct LunarErrorCase {
    /// Solar date.
    pub solar: NaiveDate,
    /// Expected error code.
    pub code: u32,
}

/// One working-calendar case.
#[derive(Debug, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum CalendarCase {
    /// `add_working_days(date, n)`.
    AddWorkingDays {
        /// `civil_service` or `enterprise`.
        audience: String,
        /// Start date.
        date: NaiveDate,
        /// Working days to add.
        n: i64,
        /// Expected result.
        expect: Option<NaiveDate>,
        /// Expected error code.
        error: Option<u32>,
        /// Source.
        #[serde(default)]
        note: String,
    },
    /// `is_working_day(date)`.
    IsWorkingDay {
        /// Audience.
        audience: String,
        /// Date.
        date: NaiveDate,
        /// Expected.
        expect: bool,
        /// Source.
        #[serde(default)]
        note: String,
    },
    /// `working_days_between(from, to)`.
    WorkingDaysBetween {
        /// Audience.
        audience: String,
        /// From (excluded).
        from: NaiveDate,
        /// To (included).
        to: NaiveDate,
        /// Expected.
        expect: Option<i64>,
        /// Expected error code.
        error: Option<u32>,
        /// Source.
        #[serde(default)]
        note: String,
    },
}

/// The calendar vectors, embedded.
pub const CALENDAR_VECTORS: &str = include_str!("../vectors/calendar.json");

/// Runs every calendar vector through the Rust core; returns the failures (empty = all pass)
/// and the number of cases run.
pub fn run_calendar_vectors(json: &str) -> Result<(usize, Vec<String>), serde_json::Error> {
    let v: CalendarVectors = serde_json::from_str(json)?;
    let civil = WorkCalendar::vietnam_civil_service();
    let ent = WorkCalendar::vietnam_enterprise();
    let cal = |a: &str| if a == "enterprise" { &ent } else { &civil };
    let mut fails = Vec::new();
    let mut n = 0;
    for c in &v.lunar {
        n += 1;
        match lunar::solar_to_lunar(c.solar) {
            Ok(l) if l == c.lunar => {}
            other => fails.push(format!(
                "solar_to_lunar({}) = {other:?}, want {:?} ({})",
                c.solar, c.lunar, c.note
            )),
        }
        n += 1;
        match lunar::lunar_to_solar(c.lunar) {
            Ok(d) if d == c.solar => {}
            other => fails.push(format!(
                "lunar_to_solar({:?}) = {other:?}, want {}",
                c.lunar, c.solar
            )),
        }
    }
    for c in &v.lunar_errors {
        n += 1;
        match lunar::solar_to_lunar(c.solar) {
            Err(e) if e.code() == c.code => {}
            other => fails.push(format!(
                "solar_to_lunar({}) = {other:?}, want error {}",
                c.solar, c.code
            )),
        }
    }
    for c in &v.calendar {
        n += 1;
        match c {
            CalendarCase::AddWorkingDays {
                audience,
                date,
                n: k,
                expect,
                error,
                note,
            } => {
                let got = cal(audience).add_working_days(*date, *k);
                let ok = match (&got, expect, error) {
                    (Ok(d), Some(e), _) => d == e,
                    (Err(err), _, Some(code)) => err.code() == *code,
                    _ => false,
                };
                if !ok {
                    fails.push(format!("add_working_days({date}, {k}) [{audience}] = {got:?}, want {expect:?}/{error:?} ({note})"));
                }
            }
            CalendarCase::IsWorkingDay {
                audience,
                date,
                expect,
                note,
            } => {
                let got = cal(audience).is_working_day(*date);
                if got != *expect {
                    fails.push(format!(
                        "is_working_day({date}) [{audience}] = {got}, want {expect} ({note})"
                    ));
                }
            }
            CalendarCase::WorkingDaysBetween {
                audience,
                from,
                to,
                expect,
                error,
                note,
            } => {
                let got = cal(audience).working_days_between(*from, *to);
                let ok = match (&got, expect, error) {
                    (Ok(d), Some(e), _) => d == e,
                    (Err(err), _, Some(code)) => err.code() == *code,
                    _ => false,
                };
                if !ok {
                    fails.push(format!("working_days_between({from}, {to}) [{audience}] = {got:?}, want {expect:?}/{error:?} ({note})"));
                }
            }
        }
    }
    Ok((n, fails))
}
