//! The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7 (meridian 105° E).
//!
//! # Rules
//! The calendar is the Chinese-type lunisolar calendar, computed for Vietnam's civil time
//! zone UTC+7 (China computes for UTC+8, which is why Tết sometimes differs, e.g. 1985,
//! 2007, 2030, 2053):
//! 1. a lunar month starts on the UTC+7 civil day containing the (true) new moon;
//! 2. month 11 is the month containing the winter solstice (the Sun's apparent longitude
//!    270°);
//! 3. when 13 months separate two consecutive month-11 starts, the first of them that
//!    contains no principal term (zhōngqì, trung khí: the Sun's longitude a multiple of 30°,
//!    judged by the UTC+7 day it falls on) is the leap month (tháng nhuận) and repeats the
//!    number of the month before it;
//! 4. the lunar year carries the number of the solar year in which its month 1 (tháng
//!    Giêng) begins; mùng 1 tháng Giêng is Tết.
//!
//! # How it is computed
//! The astronomy lives in [`astro`] (Meeus' *Astronomical Algorithms*: true new moons,
//! the Sun's apparent longitude, ΔT after Espenak–Meeus). The tool `motcua-lunar-table`
//! runs it once for the whole supported range and writes a compact generated table
//! (`table.rs`: one `u32` per lunar year plus the list of uncertain days); the functions of
//! this module only read that table, so [`solar_to_lunar`] and [`lunar_to_solar`] take a
//! few nanoseconds and never compute astronomy. A test proves that regenerating the table
//! from [`astro`] changes nothing, and another compares it with an independent ephemeris
//! (PyEphem).
//!
//! The supported solar range is [`MIN_DATE`]..=[`MAX_DATE`] (1900-01-01 to 2199-12-31).
//!
//! # UTC+7 for the whole range
//! Until a 1967 decision of the North Vietnamese government, the lunar calendar used in
//! Vietnam was computed for UTC+8, like China's (in 1968, the first Tết after the change,
//! the North held Tết on 29 January, the South, still on a UTC+8 calendar, on 30
//! January). This library computes **every** year for
//! UTC+7, so for dates before 1968 it gives the calendar as computed today for UTC+7,
//! which may differ by a day (or, through a leap month, by a month) from the almanacs
//! printed at the time.
//!
//! # Uncertainty
//! A new moon within ten minutes of local midnight ([`astro::UNCERTAINTY_MINUTES`]) could
//! land on the other day with a better ephemeris or with the real value of ΔT (a few
//! seconds for the past, but an extrapolation that may be off by minutes near 2200). The
//! two days around such a month boundary are reported as [`LunarInfo::uncertain`]. So are
//! the days whose month number hinges on a principal term (or new moon) that close to
//! midnight through the leap-month or month-11 decision. The library never guesses
//! differently from the computation; it only tells you.
//!
//! ```
//! use chrono::NaiveDate;
//! use motcua::lunar::{lunar_to_solar, solar_to_lunar, tet, year_name, LunarDate};
//!
//! let d = NaiveDate::from_ymd_opt(2026, 2, 16).unwrap();
//! // 16 February 2026 is 29 Chạp (the last day of month 12) of the year Ất Tỵ.
//! let l = solar_to_lunar(d)?;
//! assert_eq!(l, LunarDate { year: 2025, month: 12, day: 29, leap: false });
//! assert_eq!(year_name(l.year), "Ất Tỵ");
//! assert_eq!(lunar_to_solar(l)?, d);
//! assert_eq!(tet(2026)?, NaiveDate::from_ymd_opt(2026, 2, 17).unwrap());
//! # Ok::<(), motcua::Error>(())
//! ```

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::error::{ErrorKind, Lang, Localized};

pub mod astro;
mod packed;
#[rustfmt::skip]
mod table;

/// A date of the Vietnamese lunisolar calendar.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LunarDate {
    /// Lunar year (the solar year in which its month 1 begins).
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–30.
    pub day: u8,
    /// True in the intercalary (leap, "nhuận") month.
    pub leap: bool,
}

/// A lunar date with what else the table knows about its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LunarInfo {
    /// The lunar date.
    pub date: LunarDate,
    /// Length of its month: 29 (tháng thiếu) or 30 (tháng đủ).
    pub month_length: u8,
    /// The leap month of its lunar year, if any.
    pub leap_month_of_year: Option<u8>,
    /// True when the computation cannot vouch for this day's month: either it is one of the
    /// two days around a month boundary whose new moon falls within ten minutes of local
    /// midnight, or its month number hinges on a principal term (or new moon) that close to
    /// midnight through the leap-month or month-11 decision. When a month start is
    /// uncertain, the day numbers of that whole month would shift by one if the boundary
    /// moved; only the two days where the month itself is in doubt are flagged.
    pub uncertain: bool,
}

/// Why a lunar date does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NonexistentReason {
    /// The month is not 1–12.
    MonthOutOfRange,
    /// The day is not 1–30.
    DayOutOfRange,
    /// A leap month was asked for, but the year's leap month is another one (or none).
    NoSuchLeapMonth {
        /// The year's actual leap month, if any.
        leap_month: Option<u8>,
    },
    /// The day is 30 but the month has 29 days.
    DayBeyondMonthEnd {
        /// The month's length.
        month_length: u8,
    },
}

impl NonexistentReason {
    /// The reason in Vietnamese or English.
    ///
    /// ```
    /// use motcua::{lunar::NonexistentReason, Lang};
    /// let r = NonexistentReason::NoSuchLeapMonth { leap_month: Some(6) };
    /// assert_eq!(r.message(Lang::Vi), "năm này chỉ nhuận tháng 6");
    /// assert_eq!(r.to_string(), "the year's leap month is month 6");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (NonexistentReason::MonthOutOfRange, Lang::Vi) => "tháng phải từ 1 đến 12".into(),
            (NonexistentReason::MonthOutOfRange, Lang::En) => "the month must be 1 to 12".into(),
            (NonexistentReason::DayOutOfRange, Lang::Vi) => "ngày phải từ 1 đến 30".into(),
            (NonexistentReason::DayOutOfRange, Lang::En) => "the day must be 1 to 30".into(),
            (
                NonexistentReason::NoSuchLeapMonth {
                    leap_month: Some(l),
                },
                Lang::Vi,
            ) => {
                format!("năm này chỉ nhuận tháng {l}")
            }
            (
                NonexistentReason::NoSuchLeapMonth {
                    leap_month: Some(l),
                },
                Lang::En,
            ) => {
                format!("the year's leap month is month {l}")
            }
            (NonexistentReason::NoSuchLeapMonth { leap_month: None }, Lang::Vi) => {
                "năm này không có tháng nhuận".into()
            }
            (NonexistentReason::NoSuchLeapMonth { leap_month: None }, Lang::En) => {
                "the year has no leap month".into()
            }
            (NonexistentReason::DayBeyondMonthEnd { month_length }, Lang::Vi) => {
                format!("tháng này chỉ có {month_length} ngày")
            }
            (NonexistentReason::DayBeyondMonthEnd { month_length }, Lang::En) => {
                format!("the month has only {month_length} days")
            }
        }
    }
}

impl fmt::Display for NonexistentReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Errors of the lunar calendar (codes 1000–1099).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LunarError {
    /// The date is outside the supported range (code 1001).
    #[error("date {date} is outside the supported lunar calendar range 1900-01-01..=2199-12-31")]
    OutOfRange {
        /// The offending date, as text (lunar dates as `year-month-day`, `L` after a leap
        /// month: `2025-06L-01`).
        date: String,
    },
    /// The lunar date does not exist (code 1002).
    #[error("lunar date {date} does not exist: {reason}")]
    NonexistentDate {
        /// The offending date, as text (`2025-06L-30`).
        date: String,
        /// Why.
        reason: NonexistentReason,
    },
    /// A year outside the astronomical model of [`astro`] (code 1003).
    #[error(
        "year {year} is outside the astronomical model's range {}..={}",
        astro::MODEL_FIRST_YEAR,
        astro::MODEL_LAST_YEAR
    )]
    ModelOutOfRange {
        /// The solar year asked for.
        year: i32,
    },
    /// The astronomical computation gave something the rules cannot use (code 1004); a bug.
    #[error("the astronomical computation is inconsistent: {detail}")]
    Inconsistent {
        /// What went wrong (English, technical).
        detail: String,
    },
}

impl LunarError {
    /// Machine-readable name of the code.
    ///
    /// ```
    /// use motcua::lunar::{lunar_to_solar, LunarDate};
    /// let e = lunar_to_solar(LunarDate { year: 2026, month: 13, day: 1, leap: false }).unwrap_err();
    /// assert_eq!((e.code(), e.name()), (1002, "lunar.nonexistent_date"));
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            LunarError::OutOfRange { .. } => "lunar.out_of_range",
            LunarError::NonexistentDate { .. } => "lunar.nonexistent_date",
            LunarError::ModelOutOfRange { .. } => "lunar.model_out_of_range",
            LunarError::Inconsistent { .. } => "lunar.inconsistent",
        }
    }
}

impl Localized for LunarError {
    fn code(&self) -> u32 {
        match self {
            LunarError::OutOfRange { .. } => 1001,
            LunarError::NonexistentDate { .. } => 1002,
            LunarError::ModelOutOfRange { .. } => 1003,
            LunarError::Inconsistent { .. } => 1004,
        }
    }
    fn kind(&self) -> ErrorKind {
        match self {
            LunarError::OutOfRange { .. } | LunarError::ModelOutOfRange { .. } => {
                ErrorKind::OutOfRange
            }
            LunarError::NonexistentDate { .. } => ErrorKind::InvalidInput,
            LunarError::Inconsistent { .. } => ErrorKind::Conflict,
        }
    }
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (LunarError::OutOfRange { date }, Lang::Vi) => format!(
                "Ngày {date} nằm ngoài phạm vi lịch âm được hỗ trợ (1900-01-01 đến 2199-12-31)"
            ),
            (LunarError::NonexistentDate { date, reason }, Lang::Vi) => {
                format!(
                    "Ngày âm lịch {date} không tồn tại: {}",
                    reason.message(Lang::Vi)
                )
            }
            (LunarError::ModelOutOfRange { year }, Lang::Vi) => format!(
                "Năm {year} nằm ngoài phạm vi của mô hình thiên văn ({}..={})",
                astro::MODEL_FIRST_YEAR,
                astro::MODEL_LAST_YEAR
            ),
            (LunarError::Inconsistent { detail }, Lang::Vi) => {
                format!("Kết quả tính toán thiên văn không nhất quán: {detail}")
            }
            (e, Lang::En) => e.to_string(),
        }
    }
}

/// First solar date of the supported range: 1900-01-01.
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Last solar date of the supported range: 2199-12-31.
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// `2025-06L-30` style text of a lunar date, for messages.
fn lunar_text(d: LunarDate) -> String {
    format!(
        "{}-{:02}{}-{:02}",
        d.year,
        d.month,
        if d.leap { "L" } else { "" },
        d.day
    )
}

pub(crate) fn nonexistent(date: LunarDate, reason: NonexistentReason) -> crate::Error {
    LunarError::NonexistentDate {
        date: lunar_text(date),
        reason,
    }
    .into()
}

fn out_of_range(date: String) -> crate::Error {
    LunarError::OutOfRange { date }.into()
}

/// Month 1–12 and day 1–30, whatever the year.
pub(crate) fn check_fields(date: LunarDate) -> Result<(), crate::Error> {
    if !(1..=12).contains(&date.month) {
        return Err(nonexistent(date, NonexistentReason::MonthOutOfRange));
    }
    if !(1..=30).contains(&date.day) {
        return Err(nonexistent(date, NonexistentReason::DayOutOfRange));
    }
    Ok(())
}

fn year_entry(year: i32) -> Option<packed::Year> {
    let i = usize::try_from(year.checked_sub(table::FIRST_YEAR)?).ok()?;
    table::YEARS.get(i).copied().map(packed::Year)
}

fn is_leap_year(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// chrono's `num_days_from_ce` of 1 January of `y` (y ≥ 1).
fn jan1_days(y: i32) -> i32 {
    let p = y - 1;
    365 * p + p / 4 - p / 100 + p / 400 + 1
}

/// Where a solar date sits in the table.
struct Located {
    year: i32,
    entry: packed::Year,
    position: u32,
    day0: u32,
}

fn locate(date: NaiveDate) -> Result<Located, crate::Error> {
    if date < MIN_DATE || date > MAX_DATE {
        return Err(out_of_range(date.to_string()));
    }
    let y = date.year();
    let doy = date.ordinal0();
    let entry = year_entry(y).ok_or_else(|| out_of_range(date.to_string()))?;
    let (year, entry, offset) = if doy >= entry.tet_ordinal0() {
        (y, entry, doy - entry.tet_ordinal0())
    } else {
        let prev = year_entry(y - 1).ok_or_else(|| out_of_range(date.to_string()))?;
        let days_prev = if is_leap_year(y - 1) { 366 } else { 365 };
        (y - 1, prev, doy + days_prev - prev.tet_ordinal0())
    };
    let (position, day0) = entry.locate(offset).ok_or_else(|| {
        crate::Error::from(LunarError::Inconsistent {
            detail: format!("{date} not in the table"),
        })
    })?;
    Ok(Located {
        year,
        entry,
        position,
        day0,
    })
}

fn located_date(l: &Located) -> LunarDate {
    let (month, leap) = l.entry.label(l.position);
    // day0 < 30: the cast cannot truncate.
    LunarDate {
        year: l.year,
        month,
        day: l.day0 as u8 + 1,
        leap,
    }
}

fn is_uncertain(entry: packed::Year, day: i32) -> bool {
    if !entry.has_uncertain() {
        return false;
    }
    let starts = &table::UNCERTAIN_STARTS;
    let spans = &table::UNCERTAIN_SPANS;
    let i = spans.partition_point(|&(_, end)| end < day);
    starts.binary_search(&day).is_ok()
        || starts.binary_search(&(day + 1)).is_ok()
        || spans.get(i).is_some_and(|&(start, _)| start <= day)
}

/// Converts a solar (Gregorian) date to the Vietnamese lunar date.
///
/// Table lookup, no astronomy: a few nanoseconds. Errors with code 1001 outside
/// [`MIN_DATE`]..=[`MAX_DATE`].
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::lunar::{solar_to_lunar, LunarDate};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // Tết 1985 was on 21 January in Vietnam (20 February in China).
/// assert_eq!(solar_to_lunar(d(1985, 1, 21))?, LunarDate { year: 1985, month: 1, day: 1, leap: false });
/// // 2023 had a leap month 2.
/// assert_eq!(solar_to_lunar(d(2023, 3, 22))?, LunarDate { year: 2023, month: 2, day: 1, leap: true });
/// assert_eq!(solar_to_lunar(d(1899, 12, 31)).unwrap_err().code(), 1001);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn solar_to_lunar(date: NaiveDate) -> Result<LunarDate, crate::Error> {
    locate(date).map(|l| located_date(&l))
}

/// Converts a solar date to the lunar date, with its month's length, the year's leap month
/// and whether the computation can vouch for it (see [`LunarInfo::uncertain`]).
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::lunar::{lunar_info, LunarDate};
/// let i = lunar_info(NaiveDate::from_ymd_opt(2025, 8, 22).unwrap())?;
/// assert_eq!(i.date, LunarDate { year: 2025, month: 6, day: 29, leap: true });
/// assert_eq!(i.month_length, 29);
/// assert_eq!(i.leap_month_of_year, Some(6));
/// assert!(!i.uncertain);
/// assert!(lunar_info(NaiveDate::from_ymd_opt(2200, 1, 1).unwrap()).unwrap_err().is_out_of_range());
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn lunar_info(date: NaiveDate) -> Result<LunarInfo, crate::Error> {
    let l = locate(date)?;
    let leap = l.entry.leap();
    Ok(LunarInfo {
        date: located_date(&l),
        month_length: l.entry.length(l.position),
        leap_month_of_year: (leap != 0).then_some(leap),
        uncertain: is_uncertain(l.entry, date.num_days_from_ce()),
    })
}

/// First day (days from CE) and length of a month of the table.
fn month_of(date: LunarDate) -> Result<(i32, u8), crate::Error> {
    check_fields(date)?;
    let entry = year_entry(date.year).ok_or_else(|| out_of_range(lunar_text(date)))?;
    let position = entry.position(date.month, date.leap).ok_or_else(|| {
        let l = entry.leap();
        nonexistent(
            date,
            NonexistentReason::NoSuchLeapMonth {
                leap_month: (l != 0).then_some(l),
            },
        )
    })?;
    // At most 63 + 13 * 30: the cast cannot wrap.
    let offset = (entry.tet_ordinal0() + entry.days_before(position)) as i32;
    Ok((jan1_days(date.year) + offset, entry.length(position)))
}

/// Converts a Vietnamese lunar date to the solar (Gregorian) date.
///
/// Errors: code 1002 ([`LunarError::NonexistentDate`]) for a month outside 1–12, a day
/// outside 1–30, a leap month the year does not have, or day 30 of a 29-day month; code
/// 1001 when the solar date would be outside [`MIN_DATE`]..=[`MAX_DATE`].
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::lunar::{lunar_to_solar, LunarDate};
/// let ld = |year, month, day, leap| LunarDate { year, month, day, leap };
/// assert_eq!(lunar_to_solar(ld(2026, 3, 10, false))?, NaiveDate::from_ymd_opt(2026, 4, 26).unwrap());
/// // 2026 has no leap month 3; month 12 of 2025 has 29 days.
/// assert_eq!(lunar_to_solar(ld(2026, 3, 10, true)).unwrap_err().code(), 1002);
/// assert_eq!(lunar_to_solar(ld(2025, 12, 30, false)).unwrap_err().code(), 1002);
/// assert_eq!(lunar_to_solar(ld(2200, 1, 1, false)).unwrap_err().code(), 1001);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn lunar_to_solar(date: LunarDate) -> Result<NaiveDate, crate::Error> {
    let (start, length) = month_of(date)?;
    if date.day > length {
        return Err(nonexistent(
            date,
            NonexistentReason::DayBeyondMonthEnd {
                month_length: length,
            },
        ));
    }
    NaiveDate::from_num_days_from_ce_opt(start + i32::from(date.day) - 1)
        .filter(|d| (MIN_DATE..=MAX_DATE).contains(d))
        .ok_or_else(|| out_of_range(lunar_text(date)))
}

/// Length (29 or 30) of a lunar month.
///
/// The month must overlap the supported solar range; errors as [`lunar_to_solar`].
///
/// ```
/// use motcua::lunar::month_length;
/// assert_eq!(month_length(2025, 12, false)?, 29);
/// assert_eq!(month_length(2025, 6, true)?, 29);
/// assert_eq!(month_length(2026, 6, true).unwrap_err().code(), 1002);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn month_length(year: i32, month: u8, leap: bool) -> Result<u8, crate::Error> {
    let date = LunarDate {
        year,
        month,
        day: 1,
        leap,
    };
    let (start, length) = month_of(date)?;
    let end = start + i32::from(length) - 1;
    if end < MIN_DATE.num_days_from_ce() || start > MAX_DATE.num_days_from_ce() {
        return Err(out_of_range(lunar_text(date)));
    }
    Ok(length)
}

/// The leap month of a lunar year, or `None` when the year has 12 months.
///
/// Years 1899 (whose end is in the range) to 2199.
///
/// ```
/// use motcua::lunar::leap_month;
/// assert_eq!(leap_month(2025)?, Some(6));
/// assert_eq!(leap_month(2026)?, None);
/// assert_eq!(leap_month(2300).unwrap_err().code(), 1001);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn leap_month(year: i32) -> Result<Option<u8>, crate::Error> {
    let entry = year_entry(year).ok_or_else(|| out_of_range(format!("{year} (lunar year)")))?;
    let l = entry.leap();
    Ok((l != 0).then_some(l))
}

/// Tết Nguyên Đán: the solar date of mùng 1 tháng Giêng (day 1 of month 1) of `lunar_year`.
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::lunar::tet;
/// assert_eq!(tet(2027)?, NaiveDate::from_ymd_opt(2027, 2, 6).unwrap());
/// // Vietnam (UTC+7) and China (UTC+8) differ in 2030: 2 vs 3 February.
/// assert_eq!(tet(2030)?, NaiveDate::from_ymd_opt(2030, 2, 2).unwrap());
/// assert_eq!(tet(1899).unwrap_err().code(), 1001);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn tet(lunar_year: i32) -> Result<NaiveDate, crate::Error> {
    lunar_to_solar(LunarDate {
        year: lunar_year,
        month: 1,
        day: 1,
        leap: false,
    })
}

/// Tết eve (ngày cuối năm, giao thừa): the day before [`tet`], the last day of month 12 of
/// the previous lunar year (29 or 30 Chạp; the last day of the leap month 12 in a year
/// that has one).
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::lunar::{solar_to_lunar, tet_eve};
/// let eve = tet_eve(2026)?;
/// assert_eq!(eve, NaiveDate::from_ymd_opt(2026, 2, 16).unwrap());
/// assert_eq!(solar_to_lunar(eve)?.day, 29);
/// assert_eq!(tet_eve(2200).unwrap_err().code(), 1001);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn tet_eve(lunar_year: i32) -> Result<NaiveDate, crate::Error> {
    let eve = tet(lunar_year)?.pred_opt();
    eve.filter(|d| *d >= MIN_DATE)
        .ok_or_else(|| out_of_range(format!("{lunar_year} (Tết eve)")))
}

/// Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration Day): day 10 of month 3 (never the leap
/// month 3) of `lunar_year`, a public holiday.
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::lunar::hung_kings_day;
/// assert_eq!(hung_kings_day(2026)?, NaiveDate::from_ymd_opt(2026, 4, 26).unwrap());
/// assert!(hung_kings_day(2200).unwrap_err().is_out_of_range());
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn hung_kings_day(lunar_year: i32) -> Result<NaiveDate, crate::Error> {
    lunar_to_solar(LunarDate {
        year: lunar_year,
        month: 3,
        day: 10,
        leap: false,
    })
}

/// The Vietnamese sexagenary (can chi) name of a lunar year, e.g. `"Bính Ngọ"` for 2026.
///
/// Pure arithmetic, valid for any year (the cycle restarts with Giáp Tý in 1984).
///
/// ```
/// use motcua::lunar::year_name;
/// assert_eq!(year_name(2026), "Bính Ngọ");
/// assert_eq!(year_name(1984), "Giáp Tý");
/// assert_eq!(year_name(2025), "Ất Tỵ");
/// ```
pub fn year_name(lunar_year: i32) -> String {
    const CAN: [&str; 10] = [
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
    ];
    const CHI: [&str; 12] = [
        "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi",
    ];
    let y = i64::from(lunar_year) - 1984;
    let can = usize::try_from(y.rem_euclid(10))
        .ok()
        .and_then(|i| CAN.get(i))
        .unwrap_or(&"");
    let chi = usize::try_from(y.rem_euclid(12))
        .ok()
        .and_then(|i| CHI.get(i))
        .unwrap_or(&"");
    format!("{can} {chi}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg_attr(miri, ignore = "the astronomical model takes hours under Miri")]
    fn table_matches_astro() {
        let data = astro::build_table(table::FIRST_YEAR, 2199, MIN_DATE, MAX_DATE).unwrap();
        assert_eq!(data.first_year, table::FIRST_YEAR);
        assert_eq!(
            data.years,
            table::YEARS.to_vec(),
            "regenerate: cargo run -p motcua-lunar-table"
        );
        assert_eq!(data.uncertain_starts, table::UNCERTAIN_STARTS.to_vec());
        assert_eq!(data.uncertain_spans, table::UNCERTAIN_SPANS.to_vec());
    }

    #[test]
    fn jan1_matches_chrono() {
        for y in 1890..2210 {
            assert_eq!(
                jan1_days(y),
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap().num_days_from_ce()
            );
            assert_eq!(is_leap_year(y), NaiveDate::from_ymd_opt(y, 2, 29).is_some());
        }
    }

    #[test]
    #[cfg_attr(miri, ignore = "the astronomical model takes hours under Miri")]
    fn astro_and_table_agree_on_samples() {
        let mut d = MIN_DATE;
        while d <= MAX_DATE {
            assert_eq!(
                astro::solar_to_lunar(d).unwrap(),
                solar_to_lunar(d).unwrap(),
                "{d}"
            );
            d = d.checked_add_days(chrono::Days::new(97)).unwrap();
        }
    }

    #[test]
    fn reasons_have_both_languages() {
        for r in [
            NonexistentReason::MonthOutOfRange,
            NonexistentReason::DayOutOfRange,
            NonexistentReason::NoSuchLeapMonth { leap_month: None },
            NonexistentReason::NoSuchLeapMonth {
                leap_month: Some(4),
            },
            NonexistentReason::DayBeyondMonthEnd { month_length: 29 },
        ] {
            assert!(!r.message(Lang::Vi).is_empty());
            assert_ne!(r.message(Lang::Vi), r.message(Lang::En));
        }
    }
}
