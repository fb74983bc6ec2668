//! The time limit of a procedure (thời hạn giải quyết).

use std::fmt;

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::DeadlineError;
use crate::Error;
use crate::limits::InputLimits;

/// The default same-day cut-off, 15:00 (Decree 23/2015/NĐ-CP Art. 7; Decree 61/2018/NĐ-CP
/// Art. 18).
pub const DEFAULT_CUTOFF: NaiveTime = match NaiveTime::from_hms_opt(15, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// Largest accepted value of a count (days, hours, months): about 270 years of working days,
/// more than any calendar covers. Larger values are [`DeadlineError::InvalidLimit`].
pub const MAX_LIMIT: u32 = 100_000;

/// A procedure's time limit.
///
/// **JSON shape** (externally tagged, snake_case; one key naming the unit):
///
/// | Rust | JSON |
/// |---|---|
/// | `WorkingDays(30)` | `{"working_days": 30}` |
/// | `WorkingHours(4)` | `{"working_hours": 4}` |
/// | `FractionalWorkingDays(0.5)` | `{"fractional_working_days": 0.5}` |
/// | `CalendarDays(15)` | `{"calendar_days": 15}` |
/// | `Months(1)` | `{"months": 1}` |
/// | `SameDay { cutoff }` | `{"same_day": {"cutoff": "15:00:00"}}` (`{"same_day": {}}` = 15:00) |
///
/// Zero, negative, non-finite or larger-than-[`MAX_LIMIT`] values are rejected with code 2001
/// by [`TimeLimit::validate`], [`TimeLimit::from_json`] and [`super::compute_due`].
///
/// ```
/// use motcua::deadline::TimeLimit;
/// let l = TimeLimit::from_json(r#"{"working_days": 30}"#)?;
/// assert_eq!(l, TimeLimit::WorkingDays(30));
/// assert_eq!(serde_json::to_string(&TimeLimit::Months(1)).unwrap(), r#"{"months":1}"#);
/// // Negative or zero limits are typed errors.
/// assert_eq!(TimeLimit::from_json(r#"{"working_days": -3}"#).unwrap_err().code(), 2001);
/// assert_eq!(TimeLimit::WorkingDays(0).validate().unwrap_err().name(), "deadline.invalid_limit");
/// # Ok::<(), motcua::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TimeLimit {
    /// `n` working days ("n ngày làm việc"). Day 1 is the first working day after the day of
    /// receipt (Civil Code 2015 Art. 147(2)); the period ends at the end of day `n`.
    WorkingDays(u32),
    /// `h` working hours, counted from the moment of receipt (Civil Code Art. 147(1)) through
    /// the office's sessions only.
    WorkingHours(u32),
    /// A fractional number of working days, e.g. `0.5` or `2.5`: the whole days count as
    /// [`TimeLimit::WorkingDays`] would, the fraction is that share of the reference working
    /// day's length ([`super::OfficeHours::reference_day_seconds`]), counted in working time.
    FractionalWorkingDays(f64),
    /// `n` calendar days ("n ngày"): receipt date + `n`; a period ending on a non-working day
    /// ends on the next working day (Civil Code Art. 148(5)).
    CalendarDays(u32),
    /// `n` months: the same-numbered day `n` months after the receipt date, or the last day
    /// of a shorter month (Civil Code Art. 148(3)); then rolled to a working day (Art. 148(5)).
    Months(u32),
    /// The same working day ("trong ngày"), or the next working day when received after the
    /// cut-off (15:00 by default, Decree 23/2015 Art. 7) or when the office is closed.
    SameDay {
        /// The cut-off: a dossier received after it is due on the next working day.
        #[serde(default = "default_cutoff")]
        cutoff: NaiveTime,
    },
}

fn default_cutoff() -> NaiveTime {
    DEFAULT_CUTOFF
}

impl TimeLimit {
    /// The limit in words, e.g. "3 ngày làm việc" / "3 working days".
    ///
    /// ```
    /// use motcua::{deadline::TimeLimit, Lang};
    /// assert_eq!(TimeLimit::WorkingDays(3).text(Lang::Vi), "3 ngày làm việc");
    /// ```
    pub fn text(&self, lang: crate::Lang) -> String {
        super::explain::limit_text(self, lang)
    }

    /// `SameDay` with the 15:00 cut-off.
    ///
    /// ```
    /// use motcua::deadline::{TimeLimit, DEFAULT_CUTOFF};
    /// assert_eq!(TimeLimit::same_day(), TimeLimit::SameDay { cutoff: DEFAULT_CUTOFF });
    /// assert!(TimeLimit::same_day().validate().is_ok());
    /// ```
    pub fn same_day() -> TimeLimit {
        TimeLimit::SameDay {
            cutoff: DEFAULT_CUTOFF,
        }
    }

    /// Checks the limit: counts must be in `1..=MAX_LIMIT`; a fraction must be finite,
    /// positive and at most `MAX_LIMIT`.
    ///
    /// ```
    /// use motcua::deadline::TimeLimit;
    /// assert!(TimeLimit::WorkingHours(4).validate().is_ok());
    /// assert_eq!(TimeLimit::FractionalWorkingDays(f64::NAN).validate().unwrap_err().code(), 2001);
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |en: &str, vi: &str| -> Result<(), Error> {
            Err(DeadlineError::invalid_limit(self.to_string(), en, vi).into())
        };
        match *self {
            TimeLimit::WorkingDays(n)
            | TimeLimit::WorkingHours(n)
            | TimeLimit::CalendarDays(n)
            | TimeLimit::Months(n) => {
                if n == 0 {
                    bad("the limit must be positive", "thời hạn phải lớn hơn 0")
                } else if n > MAX_LIMIT {
                    bad(
                        &format!("the limit must be at most {MAX_LIMIT}"),
                        &format!("thời hạn không được vượt quá {MAX_LIMIT}"),
                    )
                } else {
                    Ok(())
                }
            }
            TimeLimit::FractionalWorkingDays(x) => {
                if !x.is_finite() {
                    bad(
                        "the limit must be a finite number",
                        "thời hạn phải là một số hữu hạn",
                    )
                } else if x <= 0.0 {
                    bad("the limit must be positive", "thời hạn phải lớn hơn 0")
                } else if x > f64::from(MAX_LIMIT) {
                    bad(
                        &format!("the limit must be at most {MAX_LIMIT}"),
                        &format!("thời hạn không được vượt quá {MAX_LIMIT}"),
                    )
                } else {
                    Ok(())
                }
            }
            TimeLimit::SameDay { .. } => Ok(()),
        }
    }

    /// Parses and validates a limit from its JSON shape. A negative count is reported as
    /// [`DeadlineError::InvalidLimit`] (2001), malformed JSON as [`DeadlineError::Parse`]
    /// (2012).
    ///
    /// ```
    /// use motcua::deadline::TimeLimit;
    /// assert_eq!(TimeLimit::from_json(r#"{"same_day": {}}"#)?, TimeLimit::same_day());
    /// assert_eq!(TimeLimit::from_json(r#"{"weeks": 2}"#).unwrap_err().code(), 2012);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<TimeLimit, Error> {
        check_size("time limit", json, &InputLimits::default())?;
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| parse_error("time limit", &e))?;
        if let Some(obj) = value.as_object() {
            for (k, v) in obj {
                if let Some(n) = v.as_f64() {
                    if n <= 0.0 {
                        return Err(DeadlineError::invalid_limit(
                            format!("{{\"{k}\": {v}}}"),
                            "the limit must be positive",
                            "thời hạn phải lớn hơn 0",
                        )
                        .into());
                    }
                    if n > f64::from(MAX_LIMIT) {
                        return Err(DeadlineError::invalid_limit(
                            format!("{{\"{k}\": {v}}}"),
                            &format!("the limit must be at most {MAX_LIMIT}"),
                            &format!("thời hạn không được vượt quá {MAX_LIMIT}"),
                        )
                        .into());
                    }
                }
            }
        }
        let limit: TimeLimit =
            serde_json::from_value(value).map_err(|e| parse_error("time limit", &e))?;
        limit.validate()?;
        Ok(limit)
    }

    /// True for the limits counted in working time (hours, fractional days), whose due
    /// instant is always computed by working-hour arithmetic.
    ///
    /// ```
    /// use motcua::deadline::TimeLimit;
    /// assert!(TimeLimit::WorkingHours(4).is_hour_based());
    /// assert!(!TimeLimit::WorkingDays(4).is_hour_based());
    /// ```
    pub fn is_hour_based(&self) -> bool {
        matches!(
            self,
            TimeLimit::WorkingHours(_) | TimeLimit::FractionalWorkingDays(_)
        )
    }
}

/// Refuses a document over [`InputLimits::deadline_bytes`] before parsing (2012: the deadline
/// block has no size code of its own).
pub(crate) fn check_size(what: &str, json: &str, limits: &InputLimits) -> Result<(), Error> {
    if json.len() > limits.deadline_bytes {
        return Err(DeadlineError::Parse {
            what: what.into(),
            detail: format!(
                "{} bytes, more than the limit of {} bytes",
                json.len(),
                limits.deadline_bytes
            ),
        }
        .into());
    }
    Ok(())
}

pub(crate) fn parse_error(what: &str, e: &serde_json::Error) -> Error {
    DeadlineError::Parse {
        what: what.into(),
        detail: e.to_string(),
    }
    .into()
}

impl fmt::Display for TimeLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeLimit::WorkingDays(n) => write!(f, "{{\"working_days\": {n}}}"),
            TimeLimit::WorkingHours(n) => write!(f, "{{\"working_hours\": {n}}}"),
            TimeLimit::FractionalWorkingDays(x) => {
                write!(f, "{{\"fractional_working_days\": {x}}}")
            }
            TimeLimit::CalendarDays(n) => write!(f, "{{\"calendar_days\": {n}}}"),
            TimeLimit::Months(n) => write!(f, "{{\"months\": {n}}}"),
            TimeLimit::SameDay { cutoff } => {
                write!(f, "{{\"same_day\": {{\"cutoff\": \"{cutoff}\"}}}}")
            }
        }
    }
}
