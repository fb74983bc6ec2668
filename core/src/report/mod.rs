//! Official reports over dossiers: the Biểu 06 table (Circular 01/2020/TT-VPCP, Biểu số
//! 06/VPCP/KSTT), on-time rates, the dossier-level evaluation indicators of Circular
//! 01/2018/TT-VPCP Art. 13–14 that the data supports, and the progress indicators of the
//! national service index (Decision 766/QĐ-TTg).
//!
//! Reports read [`DossierSummary`] values ([`DossierSummary::of`] a [`Dossier`]): a few
//! dates and counters per dossier, so a report over a million dossiers reads a few hundred
//! megabytes at most and takes well under a second.
//!
//! **Counting choices** that systems disagree on (domain brief §7.2) are [`ReportParams`]
//! fields with documented defaults: the end point (processing finished, status 9, or
//! result returned, status 10), the due compared against (current, original, or the
//! national index's pause semantics), timestamp or date granularity, where denials after
//! appraisal go, and how dossiers waiting for the applicant count.
//!
//! ```
//! use chrono::NaiveDate;
//! use motcua::report::{bieu06, GroupBy, ReportParams};
//! let d = |m, day| NaiveDate::from_ymd_opt(2017, m, day).unwrap();
//! let params = ReportParams::new(d(1, 1), d(1, 11)).group_by(GroupBy::Field);
//! let table = bieu06(&[], &params)?;
//! assert_eq!(table.total.received.total, 0);
//! assert!(table.total.on_time_rate().is_none());
//! // A period that ends before it starts is a typed error.
//! assert_eq!(bieu06(&[], &ReportParams::new(d(1, 11), d(1, 1))).unwrap_err().code(), 6001);
//! # Ok::<(), motcua::Error>(())
//! ```

mod bieu06;
mod indicators;
mod input;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

pub use bieu06::{Bieu06, InProgress, Received, Resolved, Row, bieu06};
pub use indicators::{EvaluationRow, IndexRow, Indicators, index_score, indicators};
pub use input::{Rates, Report, ReportInput, RowRates};

use crate::deadline::{Channel, Granularity, Timeliness, classify};
use crate::dossier::{Dossier, DueSnapshot, Status};
use crate::error::{ErrorKind, Lang, Localized};

/// Errors of the report module (codes 6001–6099).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// The period ends before it starts (code 6001).
    #[error("invalid period {from}..={to}")]
    InvalidPeriod {
        /// First day.
        from: String,
        /// Last day.
        to: String,
    },
    /// A parameter out of range (code 6002).
    #[error("invalid report parameter {name}: {detail}")]
    InvalidParameter {
        /// The parameter.
        name: String,
        /// Why.
        detail: String,
    },
}

impl ReportError {
    /// Machine-readable name of the code.
    pub fn name(&self) -> &'static str {
        match self {
            ReportError::InvalidPeriod { .. } => "report.invalid_period",
            ReportError::InvalidParameter { .. } => "report.invalid_parameter",
        }
    }
}

impl Localized for ReportError {
    fn code(&self) -> u32 {
        match self {
            ReportError::InvalidPeriod { .. } => 6001,
            ReportError::InvalidParameter { .. } => 6002,
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (ReportError::InvalidPeriod { from, to }, Lang::Vi) => {
                format!("Kỳ báo cáo {from}..={to} không hợp lệ")
            }
            (ReportError::InvalidParameter { name, detail }, Lang::Vi) => {
                format!("Tham số báo cáo {name} không hợp lệ: {detail}")
            }
        }
    }
}

/// What a report reads of one dossier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DossierSummary {
    /// Procedure.
    pub procedure: String,
    /// Field (lĩnh vực).
    pub field: String,
    /// The resolving agency (Biểu 06 is per agency that resolves).
    pub agency: String,
    /// Channel.
    pub channel: Channel,
    /// State now.
    pub status: Status,
    /// Submitted.
    pub submitted_at: Option<NaiveDateTime>,
    /// Received (Form 01).
    pub received_at: Option<NaiveDateTime>,
    /// Processing finished (approved or denied).
    pub finished_at: Option<NaiveDateTime>,
    /// Denied after appraisal.
    pub denied: bool,
    /// Result returned or delivered.
    pub returned_at: Option<NaiveDateTime>,
    /// Ended without a result: refused at receipt, withdrawn or stopped (not denied).
    pub ended_at: Option<NaiveDateTime>,
    /// The due now.
    pub due: Option<DueSnapshot>,
    /// The due at receipt.
    pub original_due: Option<DueSnapshot>,
    /// When the re-appointment was made, if any.
    pub apologised_at: Option<NaiveDateTime>,
    /// Supplementation requests during processing.
    pub supplement_requests: u32,
    /// Supplementation requests at the desk.
    pub desk_requests: u32,
    /// Waiting for the applicant since (supplement or payment), if still waiting.
    pub waiting_since: Option<NaiveDateTime>,
    /// Inter-agency steps finished.
    pub steps_done: u32,
    /// Of which late.
    pub steps_late: u32,
    /// Fees are due.
    pub fee_bearing: bool,
    /// Something was paid.
    pub paid: bool,
    /// Paid online.
    pub paid_online: bool,
    /// Result returned online.
    pub returned_online: bool,
    /// Result sent by post.
    pub posted: bool,
}

impl DossierSummary {
    /// The summary of a dossier (a created one; `None` for an empty dossier).
    pub fn of(d: &Dossier) -> Option<DossierSummary> {
        let st = d.state();
        let ctx = st.context.as_deref()?;
        let ended = match st.status {
            Status::RefusedAtReceipt | Status::Withdrawn | Status::Stopped => st.ended_at,
            _ => None,
        };
        Some(DossierSummary {
            procedure: ctx.procedure.clone(),
            field: ctx.field.clone(),
            agency: ctx.resolving_agency.clone(),
            channel: st.channel,
            status: st.status,
            submitted_at: st.submitted_at,
            received_at: st.received_at,
            finished_at: st.finished_at,
            denied: st.status == Status::Denied,
            returned_at: st.returned_at,
            ended_at: ended,
            due: st.due,
            original_due: st.original_due,
            apologised_at: st.apologised_at,
            supplement_requests: st.supplement_requests,
            desk_requests: st.desk_requests,
            waiting_since: st.waiting_since,
            steps_done: st.steps_done,
            steps_late: st.steps_late,
            fee_bearing: ctx.fee_bearing,
            paid: st.paid > 0,
            paid_online: st.paid_online,
            returned_online: st.returned_online,
            posted: st.posted,
        })
    }
}

/// How rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// By procedure.
    Procedure,
    /// By field (lĩnh vực): the default (Biểu 06 rows are fields).
    #[default]
    Field,
    /// By resolving agency.
    Agency,
    /// One row.
    Total,
}

/// When a dossier counts as resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum EndPoint {
    /// Default: processing finished (result signed; DVCQG 9; OpenCPS `releaseDate`; brief
    /// §7.2 recommendation).
    #[default]
    ProcessingFinished,
    /// The result reached the applicant (DVCQG 10; OpenCPS `finishDate`). Denials use their
    /// finish.
    ResultReturned,
}

/// Which due a dossier is judged against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DueView {
    /// Default: the current appointment (after a re-appointment; OpenCPS compares with the
    /// `dueDate` an extension rewrites [C]).
    #[default]
    Current,
    /// The original appointment of Form 01 (ignoring the re-appointment).
    Original,
    /// The national index (F766 indicator 2.1): pause semantics, more than one
    /// supplementation request = late.
    NationalIndex,
}

/// Where denials after appraisal go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DeniedCounting {
    /// Default: resolved (the refusal letter is the result, judged by its date; TDDVC counts
    /// "trả lại" in resolved [C]).
    #[default]
    Resolved,
    /// With withdrawn and stopped dossiers (outside resolved).
    WithStopped,
}

/// How an unfinished dossier waiting for the applicant at the end of the period counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WaitingCounting {
    /// Default: within the deadline (the clock is stopped while the applicant acts).
    #[default]
    WithinDeadline,
    /// By its due, like any other.
    ByDue,
}

/// The period and the counting choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportParams {
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Grouping of rows (default by field).
    #[serde(default)]
    pub group_by: GroupBy,
    /// End point (default processing finished).
    #[serde(default)]
    pub end_point: EndPoint,
    /// Due compared against (default current).
    #[serde(default)]
    pub due_view: DueView,
    /// Comparison granularity (default timestamps, as F766).
    #[serde(default)]
    pub granularity: Granularity,
    /// Denials (default resolved).
    #[serde(default)]
    pub denied: DeniedCounting,
    /// Waiting dossiers (default within deadline).
    #[serde(default)]
    pub waiting: WaitingCounting,
}

impl ReportParams {
    /// A period with the default choices.
    pub fn new(from: NaiveDate, to: NaiveDate) -> ReportParams {
        ReportParams {
            from,
            to,
            group_by: GroupBy::default(),
            end_point: EndPoint::default(),
            due_view: DueView::default(),
            granularity: Granularity::default(),
            denied: DeniedCounting::default(),
            waiting: WaitingCounting::default(),
        }
    }

    /// Sets the grouping.
    pub fn group_by(mut self, g: GroupBy) -> Self {
        self.group_by = g;
        self
    }

    pub(crate) fn bounds(&self) -> Result<(NaiveDateTime, NaiveDateTime), crate::Error> {
        let start = self.from.and_hms_opt(0, 0, 0);
        let end = self.to.succ_opt().and_then(|d| d.and_hms_opt(0, 0, 0));
        match (start, end) {
            (Some(s), Some(e)) if self.from <= self.to => Ok((s, e)),
            _ => Err(ReportError::InvalidPeriod {
                from: self.from.to_string(),
                to: self.to.to_string(),
            }
            .into()),
        }
    }
}

/// Where one dossier stands in a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Resolved(Timeliness),
    InProgress(bool),
    WithdrawnOrStopped,
}

/// `None`: not counted in the period (not received by its end, or closed before it).
/// Otherwise whether it was carried over, and its outcome at the end of the period.
pub(crate) fn place(
    s: &DossierSummary,
    p: &ReportParams,
    start: NaiveDateTime,
    end: NaiveDateTime,
) -> Option<(bool, Outcome)> {
    let received = s.received_at.filter(|r| *r < end)?;
    let resolved_at = if s.denied {
        s.finished_at
    } else {
        match p.end_point {
            EndPoint::ProcessingFinished => s.finished_at,
            EndPoint::ResultReturned => s.returned_at,
        }
    };
    let stopped_at = if s.denied && p.denied == DeniedCounting::WithStopped {
        s.finished_at
    } else {
        s.ended_at
    };
    let resolved_at = if s.denied && p.denied == DeniedCounting::WithStopped {
        None
    } else {
        resolved_at
    };
    if resolved_at.is_some_and(|t| t < start) || stopped_at.is_some_and(|t| t < start) {
        return None;
    }
    let carried = received < start;
    let appointment = |t: NaiveDateTime| -> Option<NaiveDateTime> {
        let current = match s.apologised_at {
            Some(a) if a >= t => s.original_due,
            _ => s.due,
        };
        match p.due_view {
            DueView::Current => current.map(|d| d.appointment_at),
            DueView::Original => s.original_due.map(|d| d.appointment_at),
            DueView::NationalIndex => current.map(|d| d.index_appointment_at),
        }
    };
    let index_late = p.due_view == DueView::NationalIndex && s.supplement_requests > 1;
    if let Some(t) = resolved_at.filter(|t| *t < end) {
        let appt = appointment(t)?;
        let tl = if index_late {
            Timeliness::Late
        } else {
            classify(Some(t), t, appt, p.granularity)
        };
        return Some((carried, Outcome::Resolved(tl)));
    }
    if stopped_at.is_some_and(|t| t < end) {
        return Some((carried, Outcome::WithdrawnOrStopped));
    }
    // In progress at the end of the period.
    let waiting = s.waiting_since.is_some_and(|w| w < end);
    let overdue = if index_late {
        true
    } else if waiting && p.waiting == WaitingCounting::WithinDeadline {
        false
    } else {
        let appt = appointment(end)?;
        classify(None, end, appt, p.granularity) == Timeliness::Overdue
    };
    Some((carried, Outcome::InProgress(overdue)))
}

pub(crate) fn key(s: &DossierSummary, g: GroupBy) -> &str {
    match g {
        GroupBy::Procedure => &s.procedure,
        GroupBy::Field => &s.field,
        GroupBy::Agency => &s.agency,
        GroupBy::Total => "",
    }
}

pub(crate) fn pct(n: u64, d: u64) -> Option<f64> {
    (d > 0).then(|| n as f64 * 100.0 / d as f64)
}
