//! The Vietnamese working calendar. STUB: being written.

use chrono::NaiveDate;

use crate::error::{ErrorKind, Lang, Localized};

/// Errors of the working calendar (codes 1100–1199).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The date is outside the calendar's range.
    #[error("date {date} is outside the calendar range {min}..={max}")]
    DateOutOfRange {
        /// The offending date.
        date: String,
        /// First supported date.
        min: String,
        /// Last supported date.
        max: String,
    },
}

impl CalendarError {
    /// Machine-readable name of the code.
    pub fn name(&self) -> &'static str {
        match self {
            CalendarError::DateOutOfRange { .. } => "calendar.date_out_of_range",
        }
    }
}

impl Localized for CalendarError {
    fn code(&self) -> u32 {
        1101
    }
    fn kind(&self) -> ErrorKind {
        ErrorKind::OutOfRange
    }
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CalendarError::DateOutOfRange { date, min, max }, Lang::Vi) => {
                format!("Ngày {date} nằm ngoài phạm vi của lịch làm việc ({min} đến {max})")
            }
            (e, Lang::En) => e.to_string(),
        }
    }
}

/// A working calendar.
#[derive(Debug, Clone)]
pub struct WorkCalendar {}

impl WorkCalendar {
    /// The civil-service calendar.
    pub fn vietnam_civil_service() -> WorkCalendar {
        WorkCalendar {}
    }
    /// Is `date` a working day.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        use chrono::Datelike;
        date.weekday().number_from_monday() <= 5
    }
    /// Adds working days.
    pub fn add_working_days(&self, date: NaiveDate, n: i64) -> Result<NaiveDate, crate::Error> {
        let _ = n;
        Ok(date)
    }
}
