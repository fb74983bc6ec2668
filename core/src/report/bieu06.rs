//! The Biểu 06 table.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use super::{DossierSummary, GroupBy, Outcome, ReportParams, key, pct, place};
use crate::Lang;
use crate::deadline::{Channel, Timeliness};

/// Dossiers received for resolution (Số hồ sơ nhận giải quyết).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Received {
    /// Total.
    pub total: u64,
    /// Received in the period online (trực tuyến).
    pub online: u64,
    /// Received in the period in person or by post (trực tiếp, dịch vụ bưu chính).
    pub direct_postal: u64,
    /// Carried over from the previous period (từ kỳ trước chuyển qua).
    pub carried_over: u64,
}

/// Dossiers resolved (Số hồ sơ đã giải quyết).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Resolved {
    /// Total.
    pub total: u64,
    /// Early (trước hạn).
    pub early: u64,
    /// On time (đúng hạn).
    pub on_time: u64,
    /// Late (quá hạn).
    pub late: u64,
}

/// Dossiers in progress at the end of the period (Số hồ sơ đang giải quyết).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InProgress {
    /// Total.
    pub total: u64,
    /// Within the deadline (trong hạn).
    pub within_deadline: u64,
    /// Overdue (quá hạn).
    pub overdue: u64,
}

/// One row of Biểu 06 (a field, procedure or agency; or the total).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Row {
    /// The group's key (empty for the total).
    pub key: String,
    /// Received.
    pub received: Received,
    /// Resolved.
    pub resolved: Resolved,
    /// In progress.
    pub in_progress: InProgress,
    /// Withdrawn or stopped after receipt (and denials under
    /// [`super::DeniedCounting::WithStopped`]): outside the official columns, needed for
    /// `received = resolved + in progress + withdrawn/stopped`.
    pub withdrawn_stopped: u64,
    /// Denied after appraisal (included in `resolved` or `withdrawn_stopped`).
    pub denied: u64,
    /// Submitted in the period and refused at receipt (never received; not in `received`).
    pub refused_at_receipt: u64,
}

impl Row {
    /// Share of resolved dossiers resolved early or on time, in percent.
    pub fn on_time_rate(&self) -> Option<f64> {
        pct(
            self.resolved.early + self.resolved.on_time,
            self.resolved.total,
        )
    }

    /// Share of resolved dossiers resolved early, in percent.
    pub fn early_rate(&self) -> Option<f64> {
        pct(self.resolved.early, self.resolved.total)
    }

    /// Share of received dossiers received online in the period, in percent.
    pub fn online_rate(&self) -> Option<f64> {
        pct(
            self.received.online,
            self.received.online + self.received.direct_postal,
        )
    }

    /// Share of dossiers not late among resolved and in-progress ones (unfinished ones
    /// judged at the end of the period, as F766 indicator 2.1), in percent.
    pub fn processed_on_time_rate(&self) -> Option<f64> {
        pct(
            self.resolved.early + self.resolved.on_time + self.in_progress.within_deadline,
            self.resolved.total + self.in_progress.total,
        )
    }

    /// `received.total == resolved.total + in_progress.total + withdrawn_stopped`, and the
    /// parts add up.
    pub fn is_consistent(&self) -> bool {
        let r = &self.received;
        let d = &self.resolved;
        let p = &self.in_progress;
        r.total == r.online + r.direct_postal + r.carried_over
            && r.total == d.total + p.total + self.withdrawn_stopped
            && d.total == d.early + d.on_time + d.late
            && p.total == p.within_deadline + p.overdue
    }

    fn add(&mut self, o: &Row) {
        let (r, x) = (&mut self.received, &o.received);
        r.total += x.total;
        r.online += x.online;
        r.direct_postal += x.direct_postal;
        r.carried_over += x.carried_over;
        let (r, x) = (&mut self.resolved, &o.resolved);
        r.total += x.total;
        r.early += x.early;
        r.on_time += x.on_time;
        r.late += x.late;
        let (r, x) = (&mut self.in_progress, &o.in_progress);
        r.total += x.total;
        r.within_deadline += x.within_deadline;
        r.overdue += x.overdue;
        self.withdrawn_stopped += o.withdrawn_stopped;
        self.denied += o.denied;
        self.refused_at_receipt += o.refused_at_receipt;
    }
}

/// The Biểu 06 table: rows sorted by key, and the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bieu06 {
    /// The parameters used.
    pub params: ReportParams,
    /// Rows.
    pub rows: Vec<Row>,
    /// Total.
    pub total: Row,
}

/// Counts the Biểu 06 table for a period. One pass; O(n) in the summaries.
///
/// - received: received before the end of the period and not closed before its start;
///   carried over when received before its start; online vs direct and postal by channel;
/// - resolved: finished (per [`super::EndPoint`]) within the period, early / on time / late
///   against the due of [`super::DueView`] with [`crate::deadline::Granularity`];
/// - in progress: neither resolved nor withdrawn / stopped by the end; overdue when the due
///   passed before the end (dossiers waiting for the applicant per
///   [`super::WaitingCounting`]).
///
/// The due is the one the dossier has now (a re-appointment made after the period is
/// ignored; a restart after supplementation is not).
pub fn bieu06(summaries: &[DossierSummary], params: &ReportParams) -> Result<Bieu06, crate::Error> {
    let (start, end) = params.bounds()?;
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut rows: Vec<Row> = Vec::new();
    for s in summaries {
        let refused = s.received_at.is_none()
            && s.ended_at.is_some_and(|t| t >= start && t < end)
            && s.status == crate::dossier::Status::RefusedAtReceipt;
        let placed = place(s, params, start, end);
        if placed.is_none() && !refused {
            continue;
        }
        let k = key(s, params.group_by);
        let i = *index.entry(k).or_insert_with(|| {
            rows.push(Row {
                key: k.to_string(),
                ..Row::default()
            });
            rows.len() - 1
        });
        let Some(row) = rows.get_mut(i) else { continue };
        if refused {
            row.refused_at_receipt += 1;
        }
        let Some((carried, outcome)) = placed else {
            continue;
        };
        row.received.total += 1;
        if carried {
            row.received.carried_over += 1;
        } else if s.channel == Channel::Online {
            row.received.online += 1;
        } else {
            row.received.direct_postal += 1;
        }
        // Denied within the period only: a denial after its end is still "in progress" here.
        if s.denied && s.finished_at.is_some_and(|t| t < end) {
            row.denied += 1;
        }
        match outcome {
            Outcome::Resolved(t) => {
                row.resolved.total += 1;
                match t {
                    Timeliness::Early => row.resolved.early += 1,
                    Timeliness::OnTime => row.resolved.on_time += 1,
                    _ => row.resolved.late += 1,
                }
            }
            Outcome::InProgress(overdue) => {
                row.in_progress.total += 1;
                if overdue {
                    row.in_progress.overdue += 1;
                } else {
                    row.in_progress.within_deadline += 1;
                }
            }
            Outcome::WithdrawnOrStopped => row.withdrawn_stopped += 1,
        }
    }
    rows.sort_by(|a, b| a.key.cmp(&b.key));
    let mut total = Row::default();
    for r in &rows {
        total.add(r);
    }
    if params.group_by == GroupBy::Total {
        rows.clear();
    }
    Ok(Bieu06 {
        params: params.clone(),
        rows,
        total,
    })
}

fn rate(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.1}%")).unwrap_or_else(|| "–".into())
}

impl Bieu06 {
    /// The table as text, in Vietnamese or English, one line per row and the total.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        let title = lang.pick(
            "Biểu số 06/VPCP/KSTT — Tình hình, kết quả giải quyết TTHC",
            "Form 06/VPCP/KSTT — procedures received and resolved",
        );
        let _ = writeln!(out, "{title} ({} – {})", self.params.from, self.params.to);
        let head = lang.pick(
            "                                |  Nhận giải quyết: tổng  trực tuyến  trực tiếp/BC  kỳ trước |  Đã giải quyết: tổng  trước hạn  đúng hạn  quá hạn |  Đang giải quyết: tổng  trong hạn  quá hạn |  Rút/dừng  Đúng hạn",
            "                                |        Received: total      online  direct/post   carried |       Resolved: total      early   on time     late |     In progress: total     within  overdue | Withdr./st  On time",
        );
        let _ = writeln!(out, "{head}");
        let line = |out: &mut String, name: &str, r: &Row| {
            let name: String = name.chars().take(31).collect();
            let _ = writeln!(
                out,
                "{name:<31} | {:>22} {:>11} {:>12} {:>9} | {:>20} {:>10} {:>9} {:>8} | {:>22} {:>10} {:>8} | {:>9} {:>8}",
                r.received.total,
                r.received.online,
                r.received.direct_postal,
                r.received.carried_over,
                r.resolved.total,
                r.resolved.early,
                r.resolved.on_time,
                r.resolved.late,
                r.in_progress.total,
                r.in_progress.within_deadline,
                r.in_progress.overdue,
                r.withdrawn_stopped,
                rate(r.on_time_rate()),
            );
        };
        for r in &self.rows {
            line(&mut out, &r.key, r);
        }
        line(&mut out, lang.pick("Tổng cộng", "Total"), &self.total);
        out
    }
}
