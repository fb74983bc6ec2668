//! Evaluation indicators (Circular 01/2018 Art. 13–14) and national-index progress
//! indicators (Decision 766/QĐ-TTg), where the dossier data supports them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{DossierSummary, GroupBy, Outcome, ReportParams, key, pct, place};
use crate::deadline::{Channel, Timeliness};

/// Circular 01/2018/TT-VPCP Art. 13–14, averaged over the dossiers resolved in the period.
/// Each indicator scores 2 / 1 / 0.
///
/// Supported by the data: (1) total time vs legal time (early 2, on time 1, late 0);
/// (2) each unit's time vs its allotted time, here the inter-agency steps (no late step 2,
/// a late step 0; dossiers without steps are not scored: step times are compared with
/// their budget to the instant, so "equal" is not distinguished); (3) contacts needed to
/// complete the dossier (supplementation requests at the desk and during processing: 0 → 2,
/// 1 → 1, more → 0; the "applicant at fault" exception is not in the data); (4) agencies
/// contacted (an online dossier with its result returned online or by post → 2, otherwise
/// only the desk → 1); and per group (9) online progress from the dossier data (≥ 30 %
/// online and no late online dossier → 2, ≥ 15 % → 1, else 0; the share of procedures
/// offered at level 3/4 is catalogue data, not checked here). Indicators 5–8 need data a
/// dossier log does not hold (publication, complaints, feedback).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EvaluationRow {
    /// The group's key.
    pub key: String,
    /// Dossiers scored (resolved in the period).
    pub scored: u64,
    /// Mean of indicator 1.
    pub time: Option<f64>,
    /// Mean of indicator 2 over dossiers with inter-agency steps.
    pub units: Option<f64>,
    /// Mean of indicator 3.
    pub contacts: Option<f64>,
    /// Mean of indicator 4.
    pub agencies: Option<f64>,
    /// Indicator 9 of the group.
    pub online_progress: u8,
    /// Online share of the dossiers received in the period, percent.
    pub online_share: Option<f64>,
    /// Online dossiers resolved late.
    pub late_online: u64,
}

/// Decision 766/QĐ-TTg progress indicators (formulas per F766 [C/S]), for a group.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IndexRow {
    /// The group's key.
    pub key: String,
    /// 2.1: share processed early or on time, pause semantics, more than one
    /// supplementation request = late, unfinished dossiers judged at the end of the period
    /// (percent).
    pub on_time_2_1: Option<f64>,
    /// 2.2: mean resolution time of the dossiers finished in the period, in days (elapsed
    /// time from receipt to finish, less the time waiting for supplements is not subtracted).
    pub mean_days_2_2: Option<f64>,
    /// 3.3: online share of the dossiers received in the period (percent; the sync-rate
    /// factor is taken as 1).
    pub online_3_3: Option<f64>,
    /// 3.6: share of paid fee-bearing dossiers paid online (percent).
    pub paid_online_3_6: Option<f64>,
}

/// Both sets, per group and in total.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Indicators {
    /// Circular 01/2018 evaluation, per group.
    pub evaluation: Vec<EvaluationRow>,
    /// Circular 01/2018 evaluation, total.
    pub evaluation_total: EvaluationRow,
    /// Decision 766 progress, per group.
    pub index: Vec<IndexRow>,
    /// Decision 766 progress, total.
    pub index_total: IndexRow,
}

/// The 766 score of a rate: full marks at or above `threshold` percent, else
/// `rate × max ÷ threshold`.
///
/// ```
/// use motcua::report::index_score;
/// assert_eq!(index_score(40.0, 10.0, 80.0), 5.0);
/// assert_eq!(index_score(95.0, 10.0, 80.0), 10.0);
/// ```
pub fn index_score(rate: f64, max: f64, threshold: f64) -> f64 {
    if threshold <= 0.0 || rate >= threshold {
        max
    } else {
        (rate.max(0.0) * max / threshold).min(max)
    }
}

#[derive(Default, Clone)]
struct Acc {
    scored: u64,
    time: u64,
    units_n: u64,
    units: u64,
    contacts: u64,
    agencies: u64,
    received_new: u64,
    online_new: u64,
    late_online: u64,
    ok_2_1: u64,
    n_2_1: u64,
    days: f64,
    finished: u64,
    fee_paid: u64,
    paid_online: u64,
}

impl Acc {
    fn add(&mut self, o: &Acc) {
        self.scored += o.scored;
        self.time += o.time;
        self.units_n += o.units_n;
        self.units += o.units;
        self.contacts += o.contacts;
        self.agencies += o.agencies;
        self.received_new += o.received_new;
        self.online_new += o.online_new;
        self.late_online += o.late_online;
        self.ok_2_1 += o.ok_2_1;
        self.n_2_1 += o.n_2_1;
        self.days += o.days;
        self.finished += o.finished;
        self.fee_paid += o.fee_paid;
        self.paid_online += o.paid_online;
    }

    fn rows(&self, key: &str) -> (EvaluationRow, IndexRow) {
        let mean = |s: u64, n: u64| (n > 0).then(|| s as f64 / n as f64);
        let online_share = pct(self.online_new, self.received_new);
        let share = online_share.unwrap_or(0.0);
        let online_progress = if share >= 30.0 && self.late_online == 0 {
            2
        } else if share >= 15.0 {
            1
        } else {
            0
        };
        (
            EvaluationRow {
                key: key.into(),
                scored: self.scored,
                time: mean(self.time, self.scored),
                units: mean(self.units, self.units_n),
                contacts: mean(self.contacts, self.scored),
                agencies: mean(self.agencies, self.scored),
                online_progress,
                online_share,
                late_online: self.late_online,
            },
            IndexRow {
                key: key.into(),
                on_time_2_1: pct(self.ok_2_1, self.n_2_1),
                mean_days_2_2: (self.finished > 0).then(|| self.days / self.finished as f64),
                online_3_3: online_share,
                paid_online_3_6: pct(self.paid_online, self.fee_paid),
            },
        )
    }
}

/// Computes both indicator sets for the period (groups as in `params`). O(n).
pub fn indicators(
    summaries: &[DossierSummary],
    params: &ReportParams,
) -> Result<Indicators, crate::Error> {
    let (start, end) = params.bounds()?;
    let mut index_params = params.clone();
    index_params.due_view = super::DueView::NationalIndex;
    let mut map: HashMap<&str, Acc> = HashMap::new();
    for s in summaries {
        let Some((carried, outcome)) = place(s, params, start, end) else {
            continue;
        };
        let acc = map.entry(key(s, params.group_by)).or_default();
        let online = s.channel == Channel::Online;
        if !carried {
            acc.received_new += 1;
            if online {
                acc.online_new += 1;
            }
        }
        if let Outcome::Resolved(t) = outcome {
            acc.scored += 1;
            acc.time += match t {
                Timeliness::Early => 2,
                Timeliness::OnTime => 1,
                _ => 0,
            };
            if s.steps_done > 0 {
                acc.units_n += 1;
                acc.units += if s.steps_late == 0 { 2 } else { 0 };
            }
            acc.contacts += match s.desk_requests + s.supplement_requests {
                0 => 2,
                1 => 1,
                _ => 0,
            };
            acc.agencies += if online && (s.returned_online || s.posted) {
                2
            } else {
                1
            };
            if online && t.is_late() {
                acc.late_online += 1;
            }
            if let (Some(r), Some(f)) = (s.received_at, s.finished_at) {
                acc.days += (f - r).num_seconds() as f64 / 86_400.0;
                acc.finished += 1;
            }
        }
        if s.fee_bearing && s.paid {
            acc.fee_paid += 1;
            if s.paid_online {
                acc.paid_online += 1;
            }
        }
        match place(s, &index_params, start, end) {
            Some((_, Outcome::Resolved(t))) => {
                acc.n_2_1 += 1;
                acc.ok_2_1 += u64::from(!t.is_late());
            }
            Some((_, Outcome::InProgress(overdue))) => {
                acc.n_2_1 += 1;
                acc.ok_2_1 += u64::from(!overdue);
            }
            _ => {}
        }
    }
    let mut keys: Vec<&str> = map.keys().copied().collect();
    keys.sort_unstable();
    let mut out = Indicators::default();
    let mut total = Acc::default();
    for k in keys {
        if let Some(a) = map.get(k) {
            total.add(a);
            if params.group_by != GroupBy::Total {
                let (e, i) = a.rows(k);
                out.evaluation.push(e);
                out.index.push(i);
            }
        }
    }
    let (e, i) = total.rows("");
    out.evaluation_total = e;
    out.index_total = i;
    Ok(out)
}
