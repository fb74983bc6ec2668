//! Timeliness: early, on time, late (finished); within deadline, overdue (in progress).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::Granularity;
use crate::Lang;

/// Timeliness of a dossier against an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Timeliness {
    /// Finished before the appointment (trước hạn).
    Early,
    /// Finished at the appointment (same instant, or same date by date) (đúng hạn).
    OnTime,
    /// Finished after the appointment (quá hạn / trễ hạn).
    Late,
    /// Not finished, and the appointment has not passed (trong hạn).
    WithinDeadline,
    /// Not finished, and the appointment has passed (quá hạn).
    Overdue,
}

impl Timeliness {
    /// Name in Vietnamese or English.
    ///
    /// ```
    /// use motcua::deadline::Timeliness;
    /// assert_eq!(Timeliness::OnTime.label(motcua::Lang::Vi), "đúng hạn");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            Timeliness::Early => ("trước hạn", "early"),
            Timeliness::OnTime => ("đúng hạn", "on time"),
            Timeliness::Late => ("trễ hạn", "late"),
            Timeliness::WithinDeadline => {
                ("đang giải quyết trong hạn", "in progress, within deadline")
            }
            Timeliness::Overdue => ("đang giải quyết quá hạn", "in progress, overdue"),
        };
        lang.pick(vi, en)
    }

    /// True for `Late` and `Overdue`.
    ///
    /// ```
    /// use motcua::deadline::Timeliness;
    /// assert!(Timeliness::Overdue.is_late() && !Timeliness::Early.is_late());
    /// ```
    pub fn is_late(self) -> bool {
        matches!(self, Timeliness::Late | Timeliness::Overdue)
    }
}

/// Classifies a dossier against `appointment_at`: a finished one (`finished_at` is `Some`)
/// as early / on time / late, an unfinished one as within deadline / overdue as of `as_of`.
///
/// With [`Granularity::Timestamp`] a dossier finished one minute before its appointment is
/// early and one finished at the very instant on time (national F766 counts both as on time;
/// [`Timeliness::is_late`] is the test it applies). With [`Granularity::CalendarDate`] only
/// dates are compared.
///
/// ```
/// use chrono::NaiveDateTime;
/// use motcua::deadline::{classify, Granularity, Timeliness};
/// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
/// let appt = t("2026-03-12 17:00");
/// assert_eq!(classify(Some(t("2026-03-12 09:00")), t("2026-03-20 00:00"), appt, Granularity::Timestamp), Timeliness::Early);
/// assert_eq!(classify(Some(t("2026-03-12 09:00")), t("2026-03-20 00:00"), appt, Granularity::CalendarDate), Timeliness::OnTime);
/// assert_eq!(classify(None, t("2026-03-12 17:01"), appt, Granularity::Timestamp), Timeliness::Overdue);
/// assert_eq!(classify(None, t("2026-03-12 17:01"), appt, Granularity::CalendarDate), Timeliness::WithinDeadline);
/// ```
pub fn classify(
    finished_at: Option<NaiveDateTime>,
    as_of: NaiveDateTime,
    appointment_at: NaiveDateTime,
    granularity: Granularity,
) -> Timeliness {
    use std::cmp::Ordering::*;
    match finished_at {
        Some(f) => {
            let ord = match granularity {
                Granularity::Timestamp => f.cmp(&appointment_at),
                Granularity::CalendarDate => f.date().cmp(&appointment_at.date()),
            };
            match ord {
                Less => Timeliness::Early,
                Equal => Timeliness::OnTime,
                Greater => Timeliness::Late,
            }
        }
        None => {
            let past = match granularity {
                Granularity::Timestamp => as_of > appointment_at,
                Granularity::CalendarDate => as_of.date() > appointment_at.date(),
            };
            if past {
                Timeliness::Overdue
            } else {
                Timeliness::WithinDeadline
            }
        }
    }
}

/// A dossier's timeliness three ways ([`super::DeadlineClock::assess`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Assessment {
    /// The instant asked about.
    pub as_of: NaiveDateTime,
    /// When processing finished, if it had by `as_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<NaiveDateTime>,
    /// The granularity used.
    pub granularity: Granularity,
    /// Against the current appointment (chosen semantics, after any extension).
    pub against_current: Timeliness,
    /// Against the original appointment (chosen semantics, ignoring the extension).
    pub against_original: Timeliness,
    /// The national service index view (Decision 766, F766 indicator 2.1): pause semantics,
    /// and more than one supplementation request counts as late (or overdue).
    pub index_view: Timeliness,
    /// Supplementation requests so far.
    pub supplement_requests: u32,
}
