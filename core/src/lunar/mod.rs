//! The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7 (meridian 105° E).
//!
//! STUB: the real implementation (astronomical code + generated compact table) lands from
//! the lunar work branch. Signatures here are the contract.

use chrono::NaiveDate;

use crate::error::{ErrorKind, Lang, Localized};

/// A date of the Vietnamese lunisolar calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
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
    Err(LunarError::OutOfRange { date: date.to_string() }.into())
}

/// Converts a Vietnamese lunar date to the solar (Gregorian) date.
pub fn lunar_to_solar(date: LunarDate) -> Result<NaiveDate, crate::Error> {
    Err(LunarError::OutOfRange { date: format!("{}-{}-{}", date.year, date.month, date.day) }.into())
}
