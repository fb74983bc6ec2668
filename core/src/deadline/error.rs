//! Errors of the deadline engine (codes 2001–2099).

use crate::error::{ErrorKind, Lang, Localized};

/// Errors of the deadline engine (codes 2001–2099). Every variant carries the facts needed
/// for its message in Vietnamese and English ([`Localized::message`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeadlineError {
    /// A time limit that is zero, negative, not a finite number or too large (code 2001).
    #[error("invalid time limit {limit}: {detail}")]
    InvalidLimit {
        /// The limit as given (JSON-like text).
        limit: String,
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
    /// Office hours whose session ends before it starts, overlaps the next session, or leaves
    /// a day without any session (code 2002).
    #[error("invalid office hours: {detail}")]
    InvalidOfficeHours {
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
    /// An instant outside the working calendar's range (code 2003).
    #[error("{what} {at} is outside the working calendar range {min}..={max}")]
    DateOutOfRange {
        /// Which input (`"received_at"`, `"as_of"`, an event name…).
        what: String,
        /// The instant.
        at: String,
        /// First date of the calendar.
        min: String,
        /// Last date of the calendar.
        max: String,
    },
    /// The due date falls after the end of the working calendar (code 2004).
    #[error("the due date of {limit} from {from} falls after the calendar's last date {max}")]
    DueOutOfRange {
        /// The limit (JSON-like text).
        limit: String,
        /// Start of the count.
        from: String,
        /// Last date of the calendar.
        max: String,
    },
    /// A policy value that cannot be used (code 2005).
    #[error("invalid deadline policy: {detail}")]
    InvalidPolicy {
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
    /// An event earlier than the event before it (code 2006).
    #[error("event {event} at {at} is earlier than the previous event at {previous}")]
    EventOutOfOrder {
        /// The event's name.
        event: String,
        /// Its timestamp.
        at: String,
        /// The previous event's timestamp.
        previous: String,
    },
    /// An event that is not allowed in the dossier's current state (code 2007).
    #[error("event {event} is not allowed while the dossier is {state}")]
    InvalidTransition {
        /// The event's name.
        event: String,
        /// The state (English).
        state: String,
        /// The state (Vietnamese).
        state_vi: String,
    },
    /// A re-appointment (extension) that the rules forbid (code 2008).
    #[error("extension not allowed: {detail}")]
    ExtensionNotAllowed {
        /// Why (English).
        detail: String,
        /// Why (Vietnamese).
        detail_vi: String,
    },
    /// Step budgets that add up to more than the dossier's time limit (code 2009).
    #[error(
        "step budgets total {total_minutes} working minutes, more than the {capacity_minutes} of the time limit"
    )]
    StepBudgetExceeded {
        /// Sum of the budgets, in working minutes.
        total_minutes: u64,
        /// What the dossier's limit allows, in working minutes.
        capacity_minutes: u64,
    },
    /// A step finished without having started, or started twice (code 2010).
    #[error("step {step}: {detail}")]
    InvalidStep {
        /// The step's identifier.
        step: String,
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
    /// A query about an instant before the dossier was received (code 2011).
    #[error("as of {as_of} the dossier had not been received (received at {received_at})")]
    BeforeReceipt {
        /// The instant asked about.
        as_of: String,
        /// The receipt instant.
        received_at: String,
    },
    /// A JSON document that could not be read (code 2012).
    #[error("malformed {what} JSON: {detail}")]
    Parse {
        /// What was being read (`"time limit"`, `"policy"`, `"event"`…).
        what: String,
        /// The parser's message (line and column).
        detail: String,
    },
}

impl DeadlineError {
    /// Machine-readable name of the code.
    ///
    /// ```
    /// use motcua::deadline::TimeLimit;
    /// let err = TimeLimit::WorkingDays(0).validate().unwrap_err();
    /// assert_eq!((err.code(), err.name()), (2001, "deadline.invalid_limit"));
    /// assert!(err.message(motcua::Lang::Vi).starts_with("Thời hạn giải quyết"));
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            DeadlineError::InvalidLimit { .. } => "deadline.invalid_limit",
            DeadlineError::InvalidOfficeHours { .. } => "deadline.invalid_office_hours",
            DeadlineError::DateOutOfRange { .. } => "deadline.date_out_of_range",
            DeadlineError::DueOutOfRange { .. } => "deadline.due_out_of_range",
            DeadlineError::InvalidPolicy { .. } => "deadline.invalid_policy",
            DeadlineError::EventOutOfOrder { .. } => "deadline.event_out_of_order",
            DeadlineError::InvalidTransition { .. } => "deadline.invalid_transition",
            DeadlineError::ExtensionNotAllowed { .. } => "deadline.extension_not_allowed",
            DeadlineError::StepBudgetExceeded { .. } => "deadline.step_budget_exceeded",
            DeadlineError::InvalidStep { .. } => "deadline.invalid_step",
            DeadlineError::BeforeReceipt { .. } => "deadline.before_receipt",
            DeadlineError::Parse { .. } => "deadline.parse",
        }
    }

    pub(crate) fn invalid_limit(limit: String, en: &str, vi: &str) -> Self {
        DeadlineError::InvalidLimit {
            limit,
            detail: en.into(),
            detail_vi: vi.into(),
        }
    }

    pub(crate) fn hours(en: String, vi: String) -> Self {
        DeadlineError::InvalidOfficeHours {
            detail: en,
            detail_vi: vi,
        }
    }

    pub(crate) fn policy(en: String, vi: String) -> Self {
        DeadlineError::InvalidPolicy {
            detail: en,
            detail_vi: vi,
        }
    }
}

impl Localized for DeadlineError {
    fn code(&self) -> u32 {
        match self {
            DeadlineError::InvalidLimit { .. } => 2001,
            DeadlineError::InvalidOfficeHours { .. } => 2002,
            DeadlineError::DateOutOfRange { .. } => 2003,
            DeadlineError::DueOutOfRange { .. } => 2004,
            DeadlineError::InvalidPolicy { .. } => 2005,
            DeadlineError::EventOutOfOrder { .. } => 2006,
            DeadlineError::InvalidTransition { .. } => 2007,
            DeadlineError::ExtensionNotAllowed { .. } => 2008,
            DeadlineError::StepBudgetExceeded { .. } => 2009,
            DeadlineError::InvalidStep { .. } => 2010,
            DeadlineError::BeforeReceipt { .. } => 2011,
            DeadlineError::Parse { .. } => 2012,
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            DeadlineError::DateOutOfRange { .. } | DeadlineError::DueOutOfRange { .. } => {
                ErrorKind::OutOfRange
            }
            DeadlineError::Parse { .. } => ErrorKind::Parse,
            DeadlineError::EventOutOfOrder { .. }
            | DeadlineError::InvalidTransition { .. }
            | DeadlineError::BeforeReceipt { .. } => ErrorKind::Conflict,
            DeadlineError::StepBudgetExceeded { .. } => ErrorKind::LimitExceeded,
            DeadlineError::InvalidLimit { .. }
            | DeadlineError::InvalidOfficeHours { .. }
            | DeadlineError::InvalidPolicy { .. }
            | DeadlineError::ExtensionNotAllowed { .. }
            | DeadlineError::InvalidStep { .. } => ErrorKind::InvalidInput,
        }
    }

    fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            DeadlineError::InvalidLimit {
                limit, detail_vi, ..
            } => format!("Thời hạn giải quyết {limit} không hợp lệ: {detail_vi}"),
            DeadlineError::InvalidOfficeHours { detail_vi, .. } => {
                format!("Giờ làm việc không hợp lệ: {detail_vi}")
            }
            DeadlineError::DateOutOfRange { what, at, min, max } => format!(
                "Thời điểm {at} ({what}) nằm ngoài phạm vi của lịch làm việc ({min} đến {max})"
            ),
            DeadlineError::DueOutOfRange { limit, from, max } => format!(
                "Hạn giải quyết của thời hạn {limit} tính từ {from} vượt quá ngày cuối cùng của lịch làm việc ({max})"
            ),
            DeadlineError::InvalidPolicy { detail_vi, .. } => {
                format!("Chính sách tính hạn không hợp lệ: {detail_vi}")
            }
            DeadlineError::EventOutOfOrder {
                event,
                at,
                previous,
            } => format!("Sự kiện {event} lúc {at} sớm hơn sự kiện liền trước (lúc {previous})"),
            DeadlineError::InvalidTransition {
                event, state_vi, ..
            } => format!("Không được ghi nhận sự kiện {event} khi hồ sơ {state_vi}"),
            DeadlineError::ExtensionNotAllowed { detail_vi, .. } => {
                format!("Không được hẹn lại ngày trả kết quả: {detail_vi}")
            }
            DeadlineError::StepBudgetExceeded {
                total_minutes,
                capacity_minutes,
            } => format!(
                "Tổng thời gian các bước là {total_minutes} phút làm việc, vượt quá {capacity_minutes} phút của thời hạn giải quyết"
            ),
            DeadlineError::InvalidStep {
                step, detail_vi, ..
            } => format!("Bước {step}: {detail_vi}"),
            DeadlineError::BeforeReceipt { as_of, received_at } => format!(
                "Tại thời điểm {as_of} hồ sơ chưa được tiếp nhận (tiếp nhận lúc {received_at})"
            ),
            DeadlineError::Parse { what, detail } => {
                format!("JSON {what} không đúng định dạng: {detail}")
            }
        }
    }
}
