//! The deadline engine: from a receipt instant and a procedure's time limit to the legal due
//! date, the appointment printed on the slip, and why; then the life of one dossier's clock
//! (supplementation, pauses, extension, inter-agency steps) and its timeliness.
//!
//! - [`TimeLimit`]: working days, working hours, fractional days, calendar days, months,
//!   same day with a cut-off. JSON `{"working_days": 30}` (see the type).
//! - [`OfficeHours`]: morning and afternoon sessions per weekday; the working-day length is
//!   derived from them.
//! - [`DeadlinePolicy`]: every open choice with a documented default and source
//!   ([`DeadlinePolicy::notes`]), keyed by [`Regime`] (Decree 61/2018, Decree 118/2025).
//! - [`compute_due`] → [`Due`]: `legal_due_date` (Civil Code 2015 Art. 147–148: day 1 is the
//!   first working day after the day of receipt), `appointment_at` (per
//!   [`AppointmentTime`]), and [`Due::explain`]: every calendar day from receipt to due and
//!   why it was counted or skipped, in Vietnamese and English.
//! - [`DeadlineClock`]: one dossier driven by timestamped [`ClockEvent`]s; answers, as of any
//!   instant, the due under both supplementation semantics, each step's due, the time left.
//! - [`Timeliness`]: early / on time / late, within deadline / overdue ([`classify`],
//!   [`DeadlineClock::assess`]).
//!
//! **Cost.** [`compute_due`] does O(1) calendar work whatever the limit (prefix counts of
//! [`WorkCalendar`]) plus O(1) work within a day; it builds no explanation — call
//! [`Due::explain`] when one is wanted (it walks the days between receipt and due). The only
//! case linear in the limit is [`TimeLimit::WorkingHours`] with office hours whose days have
//! different lengths (documented on [`OfficeHours`]).
//!
//! **Time.** All instants are Vietnam local time (UTC+7, no daylight saving) as
//! `NaiveDateTime`. The engine never reads a clock: "now" is always a parameter.
//!
//! ```
//! use chrono::{NaiveDate, NaiveDateTime};
//! use motcua::calendar::WorkCalendar;
//! use motcua::deadline::{compute_due, DeadlinePolicy, TimeLimit};
//! use motcua::Lang;
//!
//! let cal = WorkCalendar::vietnam_civil_service();
//! let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
//! // Received Friday 13 February 2026 at 10:00, 1 working day: the Tết break runs
//! // Sat 14 – Sun 22 February, so day 1 is Monday 23 February.
//! let due = compute_due(t("2026-02-13 10:00"), &TimeLimit::WorkingDays(1), &cal, &DeadlinePolicy::default())?;
//! assert_eq!(due.legal_due_date, NaiveDate::from_ymd_opt(2026, 2, 23).unwrap());
//! assert_eq!(due.appointment_at, t("2026-02-23 17:00"));
//! let why = due.explain(&cal)?.text(Lang::En);
//! assert!(why.contains("Lunar New Year"));
//! // A receipt outside the calendar's range is a typed error, never a panic.
//! let err = compute_due(t("2250-01-01 10:00"), &TimeLimit::WorkingDays(1), &cal, &DeadlinePolicy::default()).unwrap_err();
//! assert_eq!(err.name(), "deadline.date_out_of_range");
//! # Ok::<(), motcua::Error>(())
//! ```

mod clock;
mod error;
mod explain;
mod hours;
mod instant;
mod limit;
mod policy;
mod timeliness;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

pub use clock::{
    ClockEvent, ClockState, ClockStatus, DeadlineClock, DueView, ExtensionRecord, StepStatus,
    SupplementRecord,
};
pub use error::DeadlineError;
pub use explain::{DayRole, ExplainedDay, Explanation};
pub use hours::{DayHours, OfficeHours, Session, WeekdayHours};
pub use instant::parse_instant;
pub use limit::{DEFAULT_CUTOFF, MAX_LIMIT, TimeLimit};
pub use policy::{
    AppointmentTime, Certainty, Channel, CutoffEffect, DeadlinePolicy, ExtensionNotice,
    ExtensionRule, Granularity, OnSupplement, OutsideHours, PaperCutoff, PauseMeasure, PolicyNote,
    Regime,
};
pub use timeliness::{Assessment, Timeliness, classify};

use crate::calendar::CalendarError;
pub use crate::calendar::WorkCalendar;
use crate::{Error, Lang};
use hours::{Clock, at};

/// Why the start of the count moved away from the moment of receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeferReason {
    /// An online submission outside office hours ([`OutsideHours::NextWorkingSession`]).
    OutsideOfficeHours,
    /// An online submission in the last minutes before closing
    /// ([`OutsideHours::NextWorkingDayInLastHour`]).
    LastHourBeforeClosing,
    /// A paper dossier received after the cut-off under [`CutoffEffect::DeferCount`].
    AfterPaperCutoff,
}

/// A rule that changed the result, recorded for the explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Adjustment {
    /// The count starts later than the receipt.
    ReceiptDeferred {
        /// The new start.
        to: NaiveDateTime,
        /// Why.
        reason: DeferReason,
    },
    /// A same-day dossier received after the cut-off, or when the office was closed, is due
    /// on the next working day.
    SameDayCutoffPassed {
        /// The cut-off.
        cutoff: NaiveTime,
    },
    /// A period ending on a non-working day ends on the next working day (Civil Code 2015
    /// Art. 148(5)).
    RolledForward {
        /// The day the period would have ended.
        from: NaiveDate,
        /// The next working day.
        to: NaiveDate,
    },
    /// A month-based period ending in a month without the same-numbered day ends on its last
    /// day (Civil Code 2015 Art. 148(3)).
    MonthEndClamped {
        /// The day of month of the receipt.
        day: u32,
        /// The last day of the final month.
        to: NaiveDate,
    },
}

impl Adjustment {
    /// One sentence in the language asked for.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::deadline::Adjustment;
    /// use motcua::Lang;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let a = Adjustment::RolledForward { from: d(2026, 2, 28), to: d(2026, 3, 2) };
    /// assert!(a.text(Lang::En).contains("148(5)"));
    /// assert!(a.text(Lang::Vi).contains("ngày làm việc tiếp theo"));
    /// ```
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Adjustment::ReceiptDeferred { to, reason }, Lang::Vi) => {
                let why = match reason {
                    DeferReason::OutsideOfficeHours => "nộp trực tuyến ngoài giờ làm việc",
                    DeferReason::LastHourBeforeClosing => {
                        "nộp trực tuyến trong giờ cuối trước khi hết giờ làm việc"
                    }
                    DeferReason::AfterPaperCutoff => "hồ sơ giấy tiếp nhận sau giờ chốt",
                };
                format!("Thời hạn tính từ {} ({why}).", fmt_dt(*to))
            }
            (Adjustment::ReceiptDeferred { to, reason }, Lang::En) => {
                let why = match reason {
                    DeferReason::OutsideOfficeHours => "online submission outside office hours",
                    DeferReason::LastHourBeforeClosing => {
                        "online submission in the last hour before closing"
                    }
                    DeferReason::AfterPaperCutoff => "paper dossier received after the cut-off",
                };
                format!("The period counts from {} ({why}).", fmt_dt(*to))
            }
            (Adjustment::SameDayCutoffPassed { cutoff }, Lang::Vi) => format!(
                "Tiếp nhận sau {} hoặc ngoài giờ làm việc: trả kết quả vào ngày làm việc tiếp theo.",
                crate::text::hm(*cutoff)
            ),
            (Adjustment::SameDayCutoffPassed { cutoff }, Lang::En) => format!(
                "Received after {} or outside office hours: due on the next working day.",
                crate::text::hm(*cutoff)
            ),
            (Adjustment::RolledForward { from, to }, Lang::Vi) => format!(
                "Ngày cuối cùng của thời hạn ({from}) là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo ({to}) (Bộ luật Dân sự 2015, Điều 148 khoản 5)."
            ),
            (Adjustment::RolledForward { from, to }, Lang::En) => format!(
                "The period's last day ({from}) is a day off, so it ends on the next working day ({to}) (Civil Code 2015 Art. 148(5))."
            ),
            (Adjustment::MonthEndClamped { day, to }, Lang::Vi) => format!(
                "Tháng cuối cùng không có ngày {day} nên thời hạn kết thúc vào ngày cuối tháng ({to}) (Bộ luật Dân sự 2015, Điều 148 khoản 3)."
            ),
            (Adjustment::MonthEndClamped { day, to }, Lang::En) => format!(
                "The final month has no day {day}, so the period ends on its last day ({to}) (Civil Code 2015 Art. 148(3))."
            ),
        }
    }
}

pub(crate) fn fmt_dt(t: NaiveDateTime) -> String {
    crate::text::ymd_hm(t)
}

/// The result of [`compute_due`].
///
/// The explanation is not built here (it would cost more than the computation): call
/// [`Due::explain`] with the same calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Due {
    /// The receipt instant as given.
    pub received_at: NaiveDateTime,
    /// The instant the period counts from: the receipt, or later under the after-hours and
    /// cut-off policies ([`Due::adjustments`] says why).
    pub counted_from: NaiveDateTime,
    /// For paper dossiers: when the desk hands the dossier to the resolving authority — the
    /// receipt itself, or the next working day's opening when received after the cut-off or
    /// on a day off (Decree 61/2018 Art. 18). `None` for online dossiers (forwarded at once,
    /// Art. 18(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_over_at: Option<NaiveDateTime>,
    /// The limit applied.
    pub limit: TimeLimit,
    /// The legal due date: the period ends at the end of this day (Civil Code Art. 148).
    pub legal_due_date: NaiveDate,
    /// The appointment for the slip, per [`DeadlinePolicy::appointment`]. Never after the
    /// end of `legal_due_date`; at or after `received_at`.
    pub appointment_at: NaiveDateTime,
    /// The rules that moved the result, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<Adjustment>,
}

/// Computes the legal due date and the appointment of a dossier received at `received_at`
/// (Vietnam local time) with time limit `limit`.
///
/// Rules, in order:
/// 1. **Start.** Desk and postal dossiers count from `received_at`; with
///    [`CutoffEffect::DeferCount`] one received after the paper cut-off (or on a day off)
///    counts from the next working day's opening. Online dossiers follow
///    [`DeadlinePolicy::online_outside_hours`] (default: the next working session).
/// 2. **Legal due date.** [`TimeLimit::WorkingDays`]`(n)`: the `n`-th working day after the
///    start's date. Calendar days and months: the end date (month end clamped, Art. 148(3)),
///    rolled to the next working day (Art. 148(5)). Same day: the start's date when it is a
///    working day, the office is still open and the time is not after the cut-off; else
///    the next working day. Hour-based limits: the date of the instant at which the working
///    time has elapsed.
/// 3. **Appointment** per [`AppointmentTime`]; same-day limits always print the closing
///    time, hour-based limits always use working-hour arithmetic (rounded only under
///    [`AppointmentTime::WorkingHourArithmetic`]).
///
/// O(1) in the size of the limit (see the module docs for the one exception).
///
/// ```
/// use chrono::{NaiveDate, NaiveDateTime};
/// use motcua::calendar::WorkCalendar;
/// use motcua::deadline::{compute_due, AppointmentTime, DeadlinePolicy, TimeLimit};
///
/// let cal = WorkCalendar::vietnam_civil_service();
/// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
/// let policy = DeadlinePolicy::default()
///     .with_appointment(AppointmentTime::WorkingHourArithmetic { round_to_minutes: 15 });
/// // Monday 9 March 2026, 10:07, 3 working days: Thursday 12 March at 10:07 → 10:15.
/// let due = compute_due(t("2026-03-09 10:07"), &TimeLimit::WorkingDays(3), &cal, &policy)?;
/// assert_eq!(due.legal_due_date, NaiveDate::from_ymd_opt(2026, 3, 12).unwrap());
/// assert_eq!(due.appointment_at, t("2026-03-12 10:15"));
/// // A zero limit is a typed error.
/// let err = compute_due(t("2026-03-09 10:00"), &TimeLimit::WorkingDays(0), &cal, &policy).unwrap_err();
/// assert_eq!(err.code(), 2001);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn compute_due(
    received_at: NaiveDateTime,
    limit: &TimeLimit,
    cal: &WorkCalendar,
    policy: &DeadlinePolicy,
) -> Result<Due, Error> {
    limit.validate()?;
    policy.validate_settings()?;
    check_in_range(cal, received_at, "received_at")?;
    let clock = Clock::new(cal, &policy.office_hours)?;
    compute_with(&clock, received_at, limit, policy)
}

pub(crate) fn check_in_range(
    cal: &WorkCalendar,
    t: NaiveDateTime,
    what: &str,
) -> Result<(), Error> {
    if t.date() < cal.first_date() || t.date() > cal.last_date() {
        return Err(DeadlineError::DateOutOfRange {
            what: what.into(),
            at: fmt_dt(t),
            min: cal.first_date().to_string(),
            max: cal.last_date().to_string(),
        }
        .into());
    }
    Ok(())
}

fn due_out_of_range(cal: &WorkCalendar, limit: &TimeLimit, from: NaiveDateTime) -> Error {
    DeadlineError::DueOutOfRange {
        limit: limit.to_string(),
        from: fmt_dt(from),
        max: cal.last_date().to_string(),
    }
    .into()
}

/// Maps a calendar range error raised while counting to [`DeadlineError::DueOutOfRange`].
fn map_range(e: Error, cal: &WorkCalendar, limit: &TimeLimit, from: NaiveDateTime) -> Error {
    match e {
        Error::Calendar(
            CalendarError::ResultOutOfRange { .. } | CalendarError::DateOutOfRange { .. },
        ) => due_out_of_range(cal, limit, from),
        other => other,
    }
}

pub(crate) fn compute_with(
    clock: &Clock<'_>,
    received_at: NaiveDateTime,
    limit: &TimeLimit,
    policy: &DeadlinePolicy,
) -> Result<Due, Error> {
    compute_inner(clock, received_at, limit, policy)
        .map_err(|e| map_range(e, clock.cal, limit, received_at))
}

fn secs(t: NaiveDateTime) -> u32 {
    t.time().num_seconds_from_midnight()
}

fn compute_inner(
    clock: &Clock<'_>,
    received_at: NaiveDateTime,
    limit: &TimeLimit,
    policy: &DeadlinePolicy,
) -> Result<Due, Error> {
    let cal = clock.cal;
    let mut adjustments = Vec::new();
    let normalised = clock.normalize(received_at)?;
    let mut handed_over_at = None;
    let counted_from = match policy.channel {
        Channel::Online => match policy.online_outside_hours {
            OutsideHours::AsSubmitted => received_at,
            OutsideHours::NextWorkingSession => {
                if normalised != received_at {
                    adjustments.push(Adjustment::ReceiptDeferred {
                        to: normalised,
                        reason: DeferReason::OutsideOfficeHours,
                    });
                }
                normalised
            }
            OutsideHours::NextWorkingDayInLastHour { minutes } => {
                let d = normalised.date();
                let close = clock.sched(d).close();
                if normalised != received_at {
                    adjustments.push(Adjustment::ReceiptDeferred {
                        to: normalised,
                        reason: DeferReason::OutsideOfficeHours,
                    });
                    normalised
                } else if secs(received_at) + minutes * 60 > close {
                    let n = cal.add_working_days(d, 1)?;
                    let to = at(n, clock.sched(n).open());
                    adjustments.push(Adjustment::ReceiptDeferred {
                        to,
                        reason: DeferReason::LastHourBeforeClosing,
                    });
                    to
                } else {
                    received_at
                }
            }
        },
        Channel::Desk | Channel::Postal => {
            let d = received_at.date();
            let same_day =
                cal.check_working_day(d)? && received_at.time() <= policy.paper_cutoff.at;
            let hand_over = if same_day {
                received_at
            } else {
                let n = cal.add_working_days(d, 1)?;
                at(n, clock.sched(n).open())
            };
            handed_over_at = Some(hand_over);
            match policy.paper_cutoff.effect {
                CutoffEffect::HandOverOnly => received_at,
                CutoffEffect::DeferCount => {
                    if hand_over != received_at {
                        adjustments.push(Adjustment::ReceiptDeferred {
                            to: hand_over,
                            reason: DeferReason::AfterPaperCutoff,
                        });
                    }
                    hand_over
                }
            }
        }
    };
    // The instant working time starts to run.
    let start = if counted_from == normalised {
        normalised
    } else {
        clock.normalize(counted_from)?
    };
    let count_date = counted_from.date();
    let round = match policy.appointment {
        AppointmentTime::WorkingHourArithmetic { round_to_minutes } => round_to_minutes,
        _ => 0,
    };
    let day_based = |legal: NaiveDate| -> NaiveDateTime {
        match policy.appointment {
            AppointmentTime::EndOfOfficeDay => clock.closing(legal),
            AppointmentTime::KeepTimeOfDay | AppointmentTime::WorkingHourArithmetic { .. } => {
                let t = at(legal, clock.sched(legal).clamp_into(secs(start)));
                clock.round_up(t, round)
            }
        }
    };
    let (legal_due_date, appointment_at) = match *limit {
        TimeLimit::WorkingDays(n) => {
            let legal = cal.add_working_days(count_date, i64::from(n))?;
            let appt = match policy.appointment {
                AppointmentTime::WorkingHourArithmetic { round_to_minutes } => {
                    let p = clock.add_days(clock.position(start)?, n)?;
                    clock.round_up(clock.instant(p), round_to_minutes)
                }
                _ => day_based(legal),
            };
            (legal, appt)
        }
        TimeLimit::WorkingHours(h) => {
            let p = clock.add(clock.position(start)?, u64::from(h) * 3600)?;
            (p.0, clock.round_up(clock.instant(p), round))
        }
        TimeLimit::FractionalWorkingDays(x) => {
            let whole = x.trunc();
            let frac = x - whole;
            let reference = f64::from(clock.h.default.len);
            let frac_secs = (frac * reference).round();
            let mut p = clock.position(start)?;
            // `whole` ≤ MAX_LIMIT (validated), so the casts are exact.
            p = clock.add_days(p, whole as u32)?;
            p = clock.add(p, frac_secs as u64)?;
            (p.0, clock.round_up(clock.instant(p), round))
        }
        TimeLimit::CalendarDays(n) => {
            let raw = count_date
                .checked_add_days(chrono::Days::new(u64::from(n)))
                .ok_or_else(|| due_out_of_range(cal, limit, received_at))?;
            let legal = roll_forward(cal, raw, &mut adjustments)?;
            (legal, day_based(legal))
        }
        TimeLimit::Months(n) => {
            let raw = count_date
                .checked_add_months(Months::new(n))
                .ok_or_else(|| due_out_of_range(cal, limit, received_at))?;
            if raw.day() != count_date.day() {
                adjustments.push(Adjustment::MonthEndClamped {
                    day: count_date.day(),
                    to: raw,
                });
            }
            let legal = roll_forward(cal, raw, &mut adjustments)?;
            (legal, day_based(legal))
        }
        TimeLimit::SameDay { cutoff } => {
            let d = counted_from.date();
            let sched = clock.sched(d);
            let today = cal.check_working_day(d)?
                && counted_from.time() <= cutoff
                && secs(counted_from) < sched.close();
            let legal = if today {
                d
            } else {
                adjustments.push(Adjustment::SameDayCutoffPassed { cutoff });
                cal.add_working_days(d, 1)?
            };
            (legal, clock.closing(legal))
        }
    };
    Ok(Due {
        received_at,
        counted_from,
        handed_over_at,
        limit: *limit,
        legal_due_date,
        appointment_at: appointment_at.max(received_at),
        adjustments,
    })
}

fn roll_forward(
    cal: &WorkCalendar,
    raw: NaiveDate,
    adjustments: &mut Vec<Adjustment>,
) -> Result<NaiveDate, Error> {
    let legal = cal.working_day_on_or_after(raw)?;
    if legal != raw {
        adjustments.push(Adjustment::RolledForward {
            from: raw,
            to: legal,
        });
    }
    Ok(legal)
}

impl Due {
    /// Every calendar day from the day of receipt to the due date, each counted or skipped
    /// and why (weekend, holiday by name, compensatory day, swap with its document number),
    /// with the rules that moved the result. Pass the calendar `compute_due` used.
    /// Linear in the days spanned; not needed for the dates themselves.
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::deadline::{compute_due, DayRole, DeadlinePolicy, TimeLimit};
    /// use motcua::Lang;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    /// let due = compute_due(t("2026-04-24 09:00"), &TimeLimit::WorkingDays(1), &cal, &DeadlinePolicy::default())?;
    /// let ex = due.explain(&cal)?;
    /// // Fri 24 (receipt), Sat 25, Sun 26 (Hùng Kings), Mon 27 (compensatory day), Tue 28 (day 1).
    /// assert_eq!(ex.days.len(), 5);
    /// assert_eq!(ex.days.iter().filter(|d| d.role == DayRole::Skipped).count(), 3);
    /// assert!(ex.text(Lang::Vi).contains("Giỗ Tổ Hùng Vương"));
    /// // Another calendar that does not cover the dates is a typed error.
    /// let small = WorkCalendar::builder(motcua::calendar::Audience::CivilService)
    ///     .range(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(), chrono::NaiveDate::from_ymd_opt(2030, 12, 31).unwrap())
    ///     .build()?;
    /// assert!(due.explain(&small).is_err());
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn explain(&self, cal: &WorkCalendar) -> Result<Explanation, Error> {
        explain::explain(self, cal)
    }

    /// [`Due::explain`] as text in one language.
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::calendar::{Audience, WorkCalendar};
    /// use motcua::deadline::{compute_due, DeadlinePolicy, TimeLimit};
    /// use motcua::Lang;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    /// let due = compute_due(t("2026-08-28 09:00"), &TimeLimit::WorkingDays(1), &cal, &DeadlinePolicy::default())?;
    /// let vi = due.explain_text(&cal, Lang::Vi)?;
    /// assert!(vi.contains("Quốc khánh") && vi.contains("2026-09-03"));
    /// // A calendar that ends before the dates is a typed error.
    /// let short = WorkCalendar::builder(Audience::CivilService)
    ///     .range(chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(), chrono::NaiveDate::from_ymd_opt(2026, 8, 30).unwrap())
    ///     .build()?;
    /// assert!(due.explain_text(&short, Lang::En).is_err());
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn explain_text(&self, cal: &WorkCalendar, lang: Lang) -> Result<String, Error> {
        Ok(self.explain(cal)?.text(lang))
    }
}
