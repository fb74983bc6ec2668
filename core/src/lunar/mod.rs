//! The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7 (meridian 105° E).
//!
//! STUB: the real implementation (astronomical code + generated compact table) lands from
//! the lunar work branch. Signatures here are the contract.

use chrono::NaiveDate;

use crate::error::{ErrorKind, Lang, Localized};

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

/// Errors of the lunar calendar (codes 1000–1099).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LunarError {
    /// The date is outside the supported range.
    #[error("date {date} is outside the supported lunar calendar range 1900-01-01..=2199-12-31")]
    OutOfRange {
        /// The offending date, as text.
        date: String,
    },
    /// The lunar date does not exist.
    #[error("lunar date {date} does not exist: {reason}")]
    NonexistentDate {
        /// The offending date, as text.
        date: String,
        /// Why.
        reason: String,
    },
}

impl LunarError {
    /// Machine-readable name of the code.
    pub fn name(&self) -> &'static str {
        match self {
            LunarError::OutOfRange { .. } => "lunar.out_of_range",
            LunarError::NonexistentDate { .. } => "lunar.nonexistent_date",
        }
    }
}

impl Localized for LunarError {
    fn code(&self) -> u32 {
        match self {
            LunarError::OutOfRange { .. } => 1001,
            LunarError::NonexistentDate { .. } => 1002,
        }
    }
    fn kind(&self) -> ErrorKind {
        match self {
            LunarError::OutOfRange { .. } => ErrorKind::OutOfRange,
            LunarError::NonexistentDate { .. } => ErrorKind::InvalidInput,
        }
    }
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (LunarError::OutOfRange { date }, Lang::Vi) => format!(
                "Ngày {date} nằm ngoài phạm vi lịch âm được hỗ trợ (1900-01-01 đến 2199-12-31)"
            ),
            (LunarError::NonexistentDate { date, reason }, Lang::Vi) => {
                format!("Ngày âm lịch {date} không tồn tại: {reason}")
            }
            (e, Lang::En) => e.to_string(),
        }
    }
}

/// Converts a solar (Gregorian) date to the Vietnamese lunar date.
pub fn solar_to_lunar(date: NaiveDate) -> Result<LunarDate, crate::Error> {
    Err(LunarError::OutOfRange {
        date: date.to_string(),
    }
    .into())
}

/// Converts a Vietnamese lunar date to the solar (Gregorian) date.
pub fn lunar_to_solar(date: LunarDate) -> Result<NaiveDate, crate::Error> {
    Err(LunarError::OutOfRange {
        date: format!("{}-{}-{}", date.year, date.month, date.day),
    }
    .into())
}

// DEV STUB (replaced by the lunar branch): Tết and Hùng Kings dates 2000–2030 as python-holidays computes them.
const DEV_TET: &[(i32, u32, u32)] = &[
    (2000, 2, 5),
    (2001, 1, 24),
    (2002, 2, 12),
    (2003, 2, 1),
    (2004, 1, 22),
    (2005, 2, 9),
    (2006, 1, 29),
    (2007, 2, 17),
    (2008, 2, 7),
    (2009, 1, 26),
    (2010, 2, 14),
    (2011, 2, 3),
    (2012, 1, 23),
    (2013, 2, 10),
    (2014, 1, 31),
    (2015, 2, 19),
    (2016, 2, 8),
    (2017, 1, 28),
    (2018, 2, 16),
    (2019, 2, 5),
    (2020, 1, 25),
    (2021, 2, 12),
    (2022, 2, 1),
    (2023, 1, 22),
    (2024, 2, 10),
    (2025, 1, 29),
    (2026, 2, 17),
    (2027, 2, 6),
    (2028, 1, 26),
    (2029, 2, 13),
    (2030, 2, 2),
];
const DEV_HK: &[(i32, u32, u32)] = &[
    (2007, 4, 26),
    (2008, 4, 15),
    (2009, 4, 4),
    (2010, 4, 23),
    (2011, 4, 12),
    (2012, 3, 31),
    (2013, 4, 19),
    (2014, 4, 9),
    (2015, 4, 28),
    (2016, 4, 16),
    (2017, 4, 6),
    (2018, 4, 25),
    (2019, 4, 14),
    (2020, 4, 2),
    (2021, 4, 21),
    (2022, 4, 10),
    (2023, 4, 29),
    (2024, 4, 18),
    (2025, 4, 7),
    (2026, 4, 26),
    (2027, 4, 16),
    (2028, 4, 4),
    (2029, 4, 23),
    (2030, 4, 12),
];

fn dev(t: &[(i32, u32, u32)], year: i32) -> Result<NaiveDate, crate::Error> {
    t.iter()
        .find(|x| x.0 == year)
        .and_then(|x| NaiveDate::from_ymd_opt(x.0, x.1, x.2))
        .ok_or_else(|| {
            LunarError::OutOfRange {
                date: year.to_string(),
            }
            .into()
        })
}

/// Tết (mùng 1 tháng Giêng) of a lunar year.
pub fn tet(lunar_year: i32) -> Result<NaiveDate, crate::Error> {
    dev(DEV_TET, lunar_year)
}

/// Hùng Kings' day (10/3 lunar).
pub fn hung_kings_day(lunar_year: i32) -> Result<NaiveDate, crate::Error> {
    dev(DEV_HK, lunar_year)
}
