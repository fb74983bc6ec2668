//! Explanations: every day from receipt to due, counted or skipped, and why.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{Adjustment, Due, TimeLimit, fmt_dt};
use crate::calendar::rules::{weekday_en, weekday_vi};
use crate::calendar::{Reason, WorkCalendar};
use crate::{Error, Lang};

/// The part a day plays in the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DayRole {
    /// The day of receipt: not counted (Civil Code 2015 Art. 147(2)); hour-based limits
    /// count its remaining working hours.
    Receipt,
    /// A day before the count starts (the receipt was deferred past it), or the deferred
    /// start's own day.
    BeforeCount,
    /// A day that counts towards the limit.
    Counted,
    /// A non-working day that does not count.
    Skipped,
}

/// One calendar day of an [`Explanation`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ExplainedDay {
    /// The date.
    pub date: NaiveDate,
    /// Its part in the count.
    pub role: DayRole,
    /// Is it a working day.
    pub working: bool,
    /// Its number in the count: the k-th working day for working-day limits, the k-th
    /// calendar day for calendar-day limits; `None` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_number: Option<u32>,
    /// True on the legal due date.
    pub is_due: bool,
    /// True when the day's status is projected from the rules (no official notice loaded).
    pub estimated: bool,
    /// Why the day is not an ordinary working day (from [`WorkCalendar::why`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
}

/// Why a [`Due`] is what it is. Built by [`Due::explain`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Explanation {
    /// The receipt instant.
    pub received_at: NaiveDateTime,
    /// The start of the count.
    pub counted_from: NaiveDateTime,
    /// The limit.
    pub limit: TimeLimit,
    /// The legal due date.
    pub legal_due_date: NaiveDate,
    /// The appointment.
    pub appointment_at: NaiveDateTime,
    /// Rules that moved the result.
    pub adjustments: Vec<Adjustment>,
    /// Every calendar day from the receipt date to the later of the legal due date and the
    /// appointment date, in order, each exactly once.
    pub days: Vec<ExplainedDay>,
}

pub(crate) fn explain(due: &Due, cal: &WorkCalendar) -> Result<Explanation, Error> {
    let first = due.received_at.date();
    let last = due.legal_due_date.max(due.appointment_at.date());
    let count_date = due.counted_from.date();
    // For calendar-based limits, the day the period ends before any roll-forward.
    let raw_end = due
        .adjustments
        .iter()
        .find_map(|a| match a {
            Adjustment::RolledForward { from, .. } => Some(*from),
            _ => None,
        })
        .unwrap_or(due.legal_due_date);
    let mut days = Vec::new();
    let mut working_no = 0u32;
    let mut calendar_no = 0u32;
    let mut d = first;
    while d <= last {
        let info = cal.why(d)?;
        let role = if d == first {
            DayRole::Receipt
        } else if d <= count_date {
            DayRole::BeforeCount
        } else {
            match due.limit {
                TimeLimit::CalendarDays(_) | TimeLimit::Months(_) => {
                    if d <= raw_end || info.working {
                        DayRole::Counted
                    } else {
                        DayRole::Skipped
                    }
                }
                _ => {
                    if info.working {
                        DayRole::Counted
                    } else {
                        DayRole::Skipped
                    }
                }
            }
        };
        let day_number = match (role, due.limit) {
            (DayRole::Counted, TimeLimit::WorkingDays(_)) => {
                working_no += 1;
                Some(working_no)
            }
            (DayRole::Counted, TimeLimit::CalendarDays(n)) => {
                calendar_no += 1;
                (calendar_no <= n).then_some(calendar_no)
            }
            _ => None,
        };
        days.push(ExplainedDay {
            date: d,
            role,
            working: info.working,
            day_number,
            is_due: d == due.legal_due_date,
            estimated: info.estimated,
            reasons: info.reasons,
        });
        match d.succ_opt() {
            Some(n) => d = n,
            None => break,
        }
    }
    Ok(Explanation {
        received_at: due.received_at,
        counted_from: due.counted_from,
        limit: due.limit,
        legal_due_date: due.legal_due_date,
        appointment_at: due.appointment_at,
        adjustments: due.adjustments.clone(),
        days,
    })
}

/// The limit in words.
pub(crate) fn limit_text(limit: &TimeLimit, lang: Lang) -> String {
    match (limit, lang) {
        (TimeLimit::WorkingDays(n), Lang::Vi) => format!("{n} ngày làm việc"),
        (TimeLimit::WorkingDays(n), Lang::En) => format!("{n} working day(s)"),
        (TimeLimit::WorkingHours(n), Lang::Vi) => format!("{n} giờ làm việc"),
        (TimeLimit::WorkingHours(n), Lang::En) => format!("{n} working hour(s)"),
        (TimeLimit::FractionalWorkingDays(x), Lang::Vi) => {
            format!("{} ngày làm việc", crate::text::number(*x))
        }
        (TimeLimit::FractionalWorkingDays(x), Lang::En) => {
            format!("{} working day(s)", crate::text::number(*x))
        }
        (TimeLimit::CalendarDays(n), Lang::Vi) => format!("{n} ngày"),
        (TimeLimit::CalendarDays(n), Lang::En) => format!("{n} calendar day(s)"),
        (TimeLimit::Months(n), Lang::Vi) => format!("{n} tháng"),
        (TimeLimit::Months(n), Lang::En) => format!("{n} month(s)"),
        (TimeLimit::SameDay { cutoff }, Lang::Vi) => {
            format!(
                "trong ngày (tiếp nhận sau {} trả vào ngày làm việc tiếp theo)",
                crate::text::hm(*cutoff)
            )
        }
        (TimeLimit::SameDay { cutoff }, Lang::En) => {
            format!(
                "same day (received after {}: next working day)",
                crate::text::hm(*cutoff)
            )
        }
    }
}

fn weekday(d: NaiveDate, lang: Lang) -> &'static str {
    lang.pick(weekday_vi(d.weekday()), weekday_en(d.weekday()))
}

impl Explanation {
    /// The explanation as text, one line per day.
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::deadline::{compute_due, DeadlinePolicy, TimeLimit};
    /// use motcua::Lang;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    /// let due = compute_due(t("2018-12-28 10:00"), &TimeLimit::WorkingDays(2), &cal, &DeadlinePolicy::default())?;
    /// let en = due.explain(&cal)?.text(Lang::En);
    /// assert!(en.contains("2018-12-31") && en.contains("2019-01-03"));
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn text(&self, lang: Lang) -> String {
        let mut out = Vec::new();
        out.push(match lang {
            Lang::Vi => format!(
                "Tiếp nhận: {} ({}). Thời hạn: {}.",
                fmt_dt(self.received_at),
                weekday(self.received_at.date(), lang),
                limit_text(&self.limit, lang)
            ),
            Lang::En => format!(
                "Received: {} ({}). Time limit: {}.",
                fmt_dt(self.received_at),
                weekday(self.received_at.date(), lang),
                limit_text(&self.limit, lang)
            ),
        });
        for a in &self.adjustments {
            out.push(a.text(lang));
        }
        for day in &self.days {
            let mut line = format!("{} ({}): ", day.date, weekday(day.date, lang));
            let role = match (day.role, day.day_number, lang) {
                (DayRole::Receipt, _, Lang::Vi) => "ngày tiếp nhận, không tính".to_string(),
                (DayRole::Receipt, _, Lang::En) => "day of receipt, not counted".to_string(),
                (DayRole::BeforeCount, _, Lang::Vi) => "chưa bắt đầu tính".to_string(),
                (DayRole::BeforeCount, _, Lang::En) => "before the count starts".to_string(),
                (DayRole::Counted, Some(k), Lang::Vi) => format!("ngày thứ {k}"),
                (DayRole::Counted, Some(k), Lang::En) => format!("day {k}"),
                (DayRole::Counted, None, Lang::Vi) => "được tính".to_string(),
                (DayRole::Counted, None, Lang::En) => "counted".to_string(),
                (DayRole::Skipped, _, Lang::Vi) => "không tính".to_string(),
                (DayRole::Skipped, _, Lang::En) => "not counted".to_string(),
            };
            line.push_str(&role);
            if !day.reasons.is_empty() {
                line.push_str(" — ");
                let texts: Vec<String> = day
                    .reasons
                    .iter()
                    .map(|r| {
                        let mut t = r.text(lang).to_string();
                        if let Some(src) = &r.source {
                            if !t.contains(&src.document) {
                                t.push_str(&format!(" [{}]", src.document));
                            }
                        }
                        t
                    })
                    .collect();
                line.push_str(&texts.join("; "));
            }
            if day.estimated && !day.working {
                line.push_str(lang.pick(" (dự kiến)", " (estimated)"));
            }
            if day.is_due {
                line.push_str(lang.pick(" ← hạn giải quyết", " ← legal due date"));
            }
            out.push(line);
        }
        out.push(match lang {
            Lang::Vi => format!(
                "Hạn giải quyết theo luật: hết ngày {} ({}); hẹn trả kết quả: {}.",
                self.legal_due_date,
                weekday(self.legal_due_date, lang),
                fmt_dt(self.appointment_at)
            ),
            Lang::En => format!(
                "Legal due date: end of {} ({}); appointment: {}.",
                self.legal_due_date,
                weekday(self.legal_due_date, lang),
                fmt_dt(self.appointment_at)
            ),
        });
        out.join("\n")
    }
}
