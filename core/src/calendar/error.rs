//! Errors of the working calendar (codes 1100–1199).

use crate::error::{ErrorKind, Lang, Localized};

/// Errors of the working calendar (codes 1100–1199).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The date is outside the calendar's range (code 1101).
    #[error("date {date} is outside the calendar range {min}..={max}")]
    DateOutOfRange {
        /// The offending date.
        date: String,
        /// First supported date.
        min: String,
        /// Last supported date.
        max: String,
    },
    /// The result of an operation falls outside the calendar's range (code 1102).
    #[error("{start} + {days} working days falls outside the calendar range {min}..={max}")]
    ResultOutOfRange {
        /// Start date.
        start: String,
        /// Working days added.
        days: i64,
        /// First supported date.
        min: String,
        /// Last supported date.
        max: String,
    },
    /// An announcement document could not be parsed (code 1103).
    #[error("announcement JSON is malformed: {detail}")]
    AnnouncementParse {
        /// Parser message (line and column).
        detail: String,
    },
    /// An announcement contradicts itself or another loaded one (code 1104).
    #[error("announcement for {year} contradicts itself or the calendar on {date}: {detail}")]
    AnnouncementConflict {
        /// The announcement's year.
        year: i32,
        /// The date in conflict.
        date: String,
        /// What conflicts (English).
        detail: String,
        /// What conflicts (Vietnamese).
        detail_vi: String,
    },
    /// An announcement is well-formed but not valid (code 1105).
    #[error("announcement for {year} is invalid: {detail}")]
    AnnouncementInvalid {
        /// The announcement's year.
        year: i32,
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
    /// An input is larger than the configured limit (code 1106).
    #[error("input of {size} bytes exceeds the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A calendar was asked for an invalid range or configuration (code 1107).
    #[error("invalid calendar configuration: {detail}")]
    InvalidConfig {
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
}

impl CalendarError {
    /// An [`CalendarError::AnnouncementInvalid`] as a library [`crate::Error`].
    pub(crate) fn invalid_announcement(year: i32, en: String, vi: String) -> crate::Error {
        CalendarError::AnnouncementInvalid {
            year,
            detail: en,
            detail_vi: vi,
        }
        .into()
    }

    /// Machine-readable name of the code.
    pub fn name(&self) -> &'static str {
        match self {
            CalendarError::DateOutOfRange { .. } => "calendar.date_out_of_range",
            CalendarError::ResultOutOfRange { .. } => "calendar.result_out_of_range",
            CalendarError::AnnouncementParse { .. } => "calendar.announcement_parse",
            CalendarError::AnnouncementConflict { .. } => "calendar.announcement_conflict",
            CalendarError::AnnouncementInvalid { .. } => "calendar.announcement_invalid",
            CalendarError::InputTooLarge { .. } => "calendar.input_too_large",
            CalendarError::InvalidConfig { .. } => "calendar.invalid_config",
        }
    }
}

impl Localized for CalendarError {
    fn code(&self) -> u32 {
        match self {
            CalendarError::DateOutOfRange { .. } => 1101,
            CalendarError::ResultOutOfRange { .. } => 1102,
            CalendarError::AnnouncementParse { .. } => 1103,
            CalendarError::AnnouncementConflict { .. } => 1104,
            CalendarError::AnnouncementInvalid { .. } => 1105,
            CalendarError::InputTooLarge { .. } => 1106,
            CalendarError::InvalidConfig { .. } => 1107,
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            CalendarError::DateOutOfRange { .. } | CalendarError::ResultOutOfRange { .. } => {
                ErrorKind::OutOfRange
            }
            CalendarError::AnnouncementParse { .. } => ErrorKind::Parse,
            CalendarError::AnnouncementConflict { .. } => ErrorKind::Conflict,
            CalendarError::AnnouncementInvalid { .. } | CalendarError::InvalidConfig { .. } => {
                ErrorKind::InvalidInput
            }
            CalendarError::InputTooLarge { .. } => ErrorKind::LimitExceeded,
        }
    }

    fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            CalendarError::DateOutOfRange { date, min, max } => {
                format!("Ngày {date} nằm ngoài phạm vi của lịch làm việc ({min} đến {max})")
            }
            CalendarError::ResultOutOfRange {
                start,
                days,
                min,
                max,
            } => format!(
                "{start} cộng {days} ngày làm việc vượt ra ngoài phạm vi của lịch làm việc ({min} đến {max})"
            ),
            CalendarError::AnnouncementParse { detail } => {
                format!("Tệp JSON thông báo lịch nghỉ không đúng định dạng: {detail}")
            }
            CalendarError::AnnouncementConflict {
                year,
                date,
                detail_vi,
                ..
            } => format!("Thông báo lịch nghỉ năm {year} mâu thuẫn vào ngày {date}: {detail_vi}"),
            CalendarError::AnnouncementInvalid {
                year, detail_vi, ..
            } => {
                format!("Thông báo lịch nghỉ năm {year} không hợp lệ: {detail_vi}")
            }
            CalendarError::InputTooLarge { size, limit } => {
                format!("Dữ liệu đầu vào {size} byte vượt quá giới hạn {limit} byte")
            }
            CalendarError::InvalidConfig { detail_vi, .. } => {
                format!("Cấu hình lịch làm việc không hợp lệ: {detail_vi}")
            }
        }
    }
}
