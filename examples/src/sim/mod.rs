//! `motcua simulate`: a provincial one-stop portal, simulated through motcua's public API
//! only, as a vendor would drive it.
//!
//! Defaults: Nghệ An (province code H40), 1–11 January 2017, 4,947 dossiers (the volume the
//! seed article reports for those days), spread over the embedded procedure catalogue and its
//! online services. Officers behave realistically but simply: desk checks with
//! supplementation or refusal, processing times drawn against each procedure's time limit,
//! supplementation requests during processing (some sent too late and refused by the
//! guard), inter-agency steps, fees paid at the desk or online, late cases with apologies,
//! denials, withdrawals, results returned at the desk, by post or online. The same seed
//! gives the same output.
//!
//! Agency codes are illustrative (QCVN 102:2016 shape under H40), not the real list; the
//! catalogue's current time limits are applied to 2017 dates.

mod rng;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::time::Instant;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use motcua::Lang;
use motcua::calendar::WorkCalendar;
use motcua::deadline::{Channel, Granularity, TimeLimit};
use motcua::dossier::{
    Actor, Applicant, CodeSequencer, Command, CommandKind, Dossier, DossierContext, PaymentMethod,
    ResultDoc, Role, Status,
};
use motcua::procedure::{Catalogue, GovLevel, Procedure};
use motcua::report::{DossierSummary, GroupBy, ReportParams, bieu06, indicators};
use serde_json::json;

use rng::Rng;

/// Options of the simulation.
pub struct SimConfig {
    /// PRNG seed.
    pub seed: u64,
    /// Dossiers received (accepted at the desk) within the period; submissions refused at
    /// receipt, abandoned before receipt or accepted after the period come on top, as on a
    /// real portal (the seed article's 4,947 is a count of dossiers received).
    pub dossiers: usize,
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// Report grouping.
    pub group_by: GroupBy,
    /// Granularity of timeliness in the report.
    pub granularity: Granularity,
    /// JSON output.
    pub json: bool,
    /// Language of the table.
    pub lang: Lang,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            seed: 2017,
            dossiers: 4947,
            from: NaiveDate::from_ymd_opt(2017, 1, 1).unwrap_or_default(),
            to: NaiveDate::from_ymd_opt(2017, 1, 11).unwrap_or_default(),
            group_by: GroupBy::Field,
            granularity: Granularity::CalendarDate,
            json: false,
            lang: Lang::Vi,
        }
    }
}

/// Parses `simulate` options.
pub fn parse(args: &[String]) -> Result<SimConfig, String> {
    let mut c = SimConfig::default();
    let mut it = args.iter();
    let date = |s: Option<&String>, what: &str| -> Result<NaiveDate, String> {
        let s = s.ok_or(format!("{what} needs a date YYYY-MM-DD"))?;
        NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{what} {s:?}: {e}"))
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => c.json = true,
            "--seed" => {
                let v = it.next().ok_or("--seed needs a number")?;
                c.seed = v
                    .parse()
                    .map_err(|_| format!("--seed {v:?} is not a number"))?;
            }
            "--dossiers" => {
                let v = it.next().ok_or("--dossiers needs a number")?;
                c.dossiers = v
                    .parse()
                    .map_err(|_| format!("--dossiers {v:?} is not a number"))?;
                if c.dossiers > 2_000_000 {
                    return Err("--dossiers is limited to 2,000,000".into());
                }
            }
            "--from" => c.from = date(it.next(), "--from")?,
            "--to" => c.to = date(it.next(), "--to")?,
            "--group-by" => {
                c.group_by = match it.next().map(String::as_str) {
                    Some("field") => GroupBy::Field,
                    Some("procedure") => GroupBy::Procedure,
                    Some("agency") => GroupBy::Agency,
                    Some("total") => GroupBy::Total,
                    other => {
                        return Err(format!(
                            "--group-by {other:?}: field|procedure|agency|total"
                        ));
                    }
                }
            }
            "--granularity" => {
                c.granularity = match it.next().map(String::as_str) {
                    Some("date") => Granularity::CalendarDate,
                    Some("timestamp") => Granularity::Timestamp,
                    other => return Err(format!("--granularity {other:?}: date|timestamp")),
                }
            }
            "--lang" => {
                let v = it.next().ok_or("--lang needs vi or en")?;
                c.lang = Lang::parse(v).ok_or(format!("unknown language {v:?}"))?;
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    if c.from > c.to {
        return Err(format!("--from {} is after --to {}", c.from, c.to));
    }
    Ok(c)
}

const PROVINCE: &str = "H40";

/// Share of the dossiers by field (a provincial portal in 2017: certification and civil
/// status dominate).
const FIELD_WEIGHTS: [(&str, f64); 17] = [
    ("chung_thuc", 36.0),
    ("ho_tich", 22.0),
    ("cu_tru", 8.0),
    ("dat_dai", 7.0),
    ("dang_ky_kinh_doanh", 6.0),
    ("xay_dung", 3.0),
    ("ly_lich_tu_phap", 3.0),
    ("giay_phep_lai_xe", 3.0),
    ("xuat_nhap_canh", 2.5),
    ("viec_lam", 2.0),
    ("luu_thong_hang_hoa", 2.0),
    ("an_toan_thuc_pham", 1.5),
    ("dau_tu", 1.0),
    ("lao_dong_nuoc_ngoai", 1.0),
    ("van_bang_chung_chi", 1.0),
    ("other", 1.0),
    ("other2", 1.0),
];

fn department(field: &str) -> u32 {
    match field {
        "ly_lich_tu_phap" | "chung_thuc" | "ho_tich" => 13,
        "dang_ky_kinh_doanh" | "dau_tu" => 12,
        "xay_dung" => 14,
        "giay_phep_lai_xe" => 15,
        "dat_dai" => 16,
        "viec_lam" | "lao_dong_nuoc_ngoai" => 17,
        "an_toan_thuc_pham" => 18,
        "luu_thong_hang_hoa" => 19,
        "xuat_nhap_canh" | "cu_tru" => 20,
        _ => 11,
    }
}

fn agency_for(p: &Procedure, on: NaiveDate, rng: &mut Rng) -> String {
    let level = p
        .authorities_on(on)
        .next()
        .or_else(|| p.authorities.first())
        .map(|a| a.level)
        .unwrap_or(GovLevel::Province);
    let district = 21 + rng.below(20) as u32;
    match level {
        GovLevel::Commune => format!("000.{:02}.{district:02}.{PROVINCE}", 1 + rng.below(3)),
        GovLevel::District | GovLevel::Other => format!("000.00.{district:02}.{PROVINCE}"),
        GovLevel::Province | GovLevel::Central => {
            format!("000.00.{:02}.{PROVINCE}", department(&p.field))
        }
    }
}

fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default())
}

/// The first office instant at or after `t` (07:30–11:30, 13:00–17:00, working days).
fn office(cal: &WorkCalendar, t: NaiveDateTime) -> NaiveDateTime {
    let d = t.date();
    let (open, noon, after, close) = (at(d, 7, 30), at(d, 11, 30), at(d, 13, 0), at(d, 17, 0));
    if cal.is_working_day(d) {
        if t < open {
            return open;
        }
        if t < noon {
            return t;
        }
        if t < after {
            return after;
        }
        if t < close {
            return t;
        }
    }
    let next = cal.add_working_days(d, 1).unwrap_or(d);
    at(next, 7, 30)
}

/// `n` working days after `t`'s date, at a random office time.
fn later(cal: &WorkCalendar, t: NaiveDateTime, n: i64, rng: &mut Rng) -> NaiveDateTime {
    let d = if n > 0 {
        cal.add_working_days(t.date(), n).unwrap_or(t.date())
    } else {
        t.date()
    };
    let minutes = rng.below(8 * 60) as i64;
    let base = at(d, 7, 30) + Duration::minutes(minutes + if minutes >= 240 { 90 } else { 0 });
    office(cal, base.max(t + Duration::minutes(5)))
}

struct Plan {
    idx: usize,
    procedure: usize,
    agency: String,
    channel: Channel,
    submit_at: NaiveDateTime,
    missing: bool,
    refuse: bool,
    gives_up: bool,
    resubmit_at: Option<NaiveDateTime>,
    accept_at: Option<NaiveDateTime>,
    code: Option<String>,
}

#[derive(Default)]
struct Stats {
    events: usize,
    rejected: BTreeMap<String, u64>,
    errors: BTreeMap<String, u64>,
}

/// Runs the simulation and prints the report. Returns the exit status.
pub fn run(cfg: &SimConfig) -> Result<(), String> {
    let started = Instant::now();
    let cal = WorkCalendar::vietnam_civil_service();
    let cat = Catalogue::try_vietnam_default().map_err(|e| e.to_string())?;
    let mut rng = Rng::new(cfg.seed);
    let procs = cat.procedures();
    // Weights per procedure: the field's weight shared among its procedures.
    let mut weights = Vec::with_capacity(procs.len());
    for p in procs {
        let w = FIELD_WEIGHTS
            .iter()
            .find(|(f, _)| *f == p.field)
            .map(|(_, w)| *w)
            .unwrap_or(1.0);
        let n = procs.iter().filter(|q| q.field == p.field).count().max(1);
        weights.push(w / n as f64);
    }
    let days: Vec<NaiveDate> = cfg.from.iter_days().take_while(|d| *d <= cfg.to).collect();
    let work_days: Vec<NaiveDate> = days
        .iter()
        .copied()
        .filter(|d| cal.is_working_day(*d))
        .collect();
    if work_days.is_empty() {
        return Err("the period has no working day".into());
    }
    // Phase 1: submissions and desk checks.
    let mut plans = Vec::with_capacity(cfg.dossiers + cfg.dossiers / 8);
    let mut received_in_period = 0usize;
    // Submit until the period has received the target volume (capped: a catalogue where
    // nothing can be received must not loop forever).
    let cap = cfg.dossiers.saturating_mul(3).max(16);
    for idx in 0..cap {
        if received_in_period >= cfg.dossiers {
            break;
        }
        let pi = rng.weighted(&weights);
        let Some(p) = procs.get(pi) else { continue };
        let service = cat.services_of(&p.id).find(|s| s.agency.is_none());
        let online_ok = service.is_some_and(|s| s.capabilities.online_submission);
        let r = rng.f64();
        let channel = if online_ok && r < 0.22 {
            Channel::Online
        } else if r > 0.97 {
            Channel::Postal
        } else {
            Channel::Desk
        };
        let submit_at = if channel == Channel::Online {
            let d = *days.get(rng.below(days.len())).unwrap_or(&cfg.from);
            at(d, 6 + rng.below(17) as u32, rng.below(60) as u32)
        } else {
            let d = *work_days
                .get(rng.below(work_days.len()))
                .unwrap_or(&cfg.from);
            office(
                &cal,
                at(d, 7, 30)
                    + Duration::minutes(
                        rng.below(480) as i64 + if rng.chance(0.5) { 330 } else { 0 },
                    ),
            )
        };
        let agency = agency_for(p, submit_at.date(), &mut rng);
        let missing = rng.chance(0.10);
        let refuse = missing && rng.chance(0.08);
        let gives_up = missing && !refuse && rng.chance(0.12);
        let desk_check = office(
            &cal,
            submit_at
                + Duration::minutes(
                    5 + rng.below(if channel == Channel::Online { 240 } else { 20 }) as i64,
                ),
        );
        let resubmit_at = (missing && !refuse && !gives_up)
            .then(|| later(&cal, desk_check, 1 + rng.below(3) as i64, &mut rng));
        let accept_at = if refuse || gives_up {
            None
        } else {
            Some(match resubmit_at {
                Some(r) => r + Duration::minutes(10),
                None => desk_check + Duration::minutes(1),
            })
        };
        if accept_at.is_some_and(|a| a.date() <= cfg.to) {
            received_in_period += 1;
        }
        plans.push(Plan {
            idx,
            procedure: pi,
            agency,
            channel,
            submit_at,
            missing,
            refuse,
            gives_up,
            resubmit_at,
            accept_at,
            code: None,
        });
    }
    // Phase 2: dossier codes, in order of receipt, per receiving agency.
    let mut order: Vec<usize> = (0..plans.len()).collect();
    order.sort_by_key(|&i| plans.get(i).and_then(|p| p.accept_at).map(|a| (a, i)));
    let mut sequencers: BTreeMap<String, CodeSequencer> = BTreeMap::new();
    for i in order {
        let Some(plan) = plans.get_mut(i) else {
            continue;
        };
        let Some(a) = plan.accept_at else { continue };
        let seq = match sequencers.get_mut(&plan.agency) {
            Some(s) => s,
            None => {
                let s = CodeSequencer::new(&plan.agency).map_err(|e| e.to_string())?;
                sequencers.entry(plan.agency.clone()).or_insert(s)
            }
        };
        plan.code = Some(seq.next(a.date()).map_err(|e| e.to_string())?);
    }
    // Phase 3: run every dossier.
    let mut stats = Stats::default();
    let mut dossiers = Vec::with_capacity(plans.len());
    for plan in &plans {
        let Some(p) = procs.get(plan.procedure) else {
            continue;
        };
        let d = simulate_one(&cal, &cat, p, plan, &mut rng, &mut stats);
        stats.events += d.events().len();
        dossiers.push(d);
    }
    // Checks: every log verifies and replays to the same dossier; every 10th through JSON.
    let mut verified = 0u64;
    let mut replayed = 0u64;
    let mut round_trips = 0u64;
    for (i, d) in dossiers.iter().enumerate() {
        if d.verify().is_ok() {
            verified += 1;
        }
        if Dossier::replay(d.id(), d.events().to_vec(), &cal).is_ok_and(|r| &r == d) {
            replayed += 1;
        }
        if i % 10 == 0 && Dossier::from_json(&d.to_json(), &cal).is_ok_and(|r| &r == d) {
            round_trips += 1;
        }
    }
    let simulated_in = started.elapsed();
    // The report.
    let summaries: Vec<DossierSummary> = dossiers.iter().filter_map(DossierSummary::of).collect();
    let mut params = ReportParams::new(cfg.from, cfg.to).group_by(cfg.group_by);
    params.granularity = cfg.granularity;
    let table = bieu06(&summaries, &params).map_err(|e| e.to_string())?;
    let ind = indicators(&summaries, &params).map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    let statuses = {
        let mut m: BTreeMap<&str, u64> = BTreeMap::new();
        for d in &dossiers {
            *m.entry(d.state().status.as_str()).or_default() += 1;
        }
        m
    };
    let checks = json!({
        "logs_verified": verified, "replays_equal": replayed, "json_round_trips": round_trips,
        "json_round_trips_tried": dossiers.len().div_ceil(10),
    });
    if cfg.json {
        let doc = json!({
            "province": {"name": "Nghệ An", "code": PROVINCE},
            "seed": cfg.seed,
            "dossiers": dossiers.len(),
            "events": stats.events,
            "final_states": statuses,
            "rejected_commands": stats.rejected,
            "errors": stats.errors,
            "checks": checks,
            "bieu06": table,
            "indicators": ind,
            "timing": {"simulation_ms": simulated_in.as_millis() as u64, "total_ms": elapsed.as_millis() as u64},
        });
        say!("{doc}");
        return Ok(());
    }
    let lang = cfg.lang;
    say!(
        "{} — Nghệ An ({PROVINCE}), {} – {}, seed {}",
        lang.pick("Mô phỏng cổng dịch vụ công", "Portal simulation"),
        cfg.from,
        cfg.to,
        cfg.seed
    );
    say!(
        "{}: {} · {}: {} · {}: {}",
        lang.pick(
            "hồ sơ đã nộp (kể cả bị từ chối, bỏ dở, nhận sau kỳ)",
            "dossiers submitted (incl. refused, abandoned, received after the period)"
        ),
        dossiers.len(),
        lang.pick("sự kiện", "events"),
        stats.events,
        lang.pick("thủ tục trong danh mục", "catalogue procedures"),
        procs.len()
    );
    say!();
    say!("{}", table.to_text(lang).trim_end());
    say!();
    let t = &table.total;
    let f = |x: Option<f64>| x.map(|v| format!("{v:.1}%")).unwrap_or_else(|| "–".into());
    say!(
        "{}: {} · {}: {} · {}: {} · {}: {}",
        lang.pick("Tỷ lệ giải quyết đúng hạn", "On-time rate (resolved)"),
        f(t.on_time_rate()),
        lang.pick("trước hạn", "early"),
        f(t.early_rate()),
        lang.pick(
            "kể cả đang giải quyết (766, 2.1)",
            "incl. in progress (766 2.1)"
        ),
        f(ind.index_total.on_time_2_1),
        lang.pick("trực tuyến", "online"),
        f(t.online_rate()),
    );
    let e = &ind.evaluation_total;
    let g = |x: Option<f64>| x.map(|v| format!("{v:.2}")).unwrap_or_else(|| "–".into());
    say!(
        "{}: {} {} · {} {} · {} {} · {} {} · {} {}",
        lang.pick(
            "Chỉ số TT 01/2018 (0–2)",
            "Circular 01/2018 indicators (0–2)"
        ),
        lang.pick("thời gian", "time"),
        g(e.time),
        lang.pick("đơn vị", "units"),
        g(e.units),
        lang.pick("số lần liên hệ", "contacts"),
        g(e.contacts),
        lang.pick("số cơ quan", "agencies"),
        g(e.agencies),
        lang.pick("trực tuyến", "online"),
        e.online_progress
    );
    say!(
        "{}: {}",
        lang.pick("Trạng thái cuối", "Final states"),
        statuses
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    say!(
        "{}: {}",
        lang.pick(
            "Lệnh bị từ chối theo quy định",
            "Commands rejected by guards"
        ),
        if stats.rejected.is_empty() {
            "0".to_string()
        } else {
            stats
                .rejected
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    if !stats.errors.is_empty() {
        say!("errors: {:?}", stats.errors);
    }
    say!(
        "{}: {verified}/{n} · replay {replayed}/{n} · JSON {round_trips}/{} · {:.2} s",
        lang.pick("Kiểm tra chuỗi băm", "Hash chains verified"),
        dossiers.len().div_ceil(10),
        elapsed.as_secs_f64(),
        n = dossiers.len(),
    );
    Ok(())
}

fn last_of(d: &Dossier) -> NaiveDateTime {
    d.state().last_at.unwrap_or_default()
}

fn simulate_one(
    cal: &WorkCalendar,
    cat: &Catalogue,
    p: &Procedure,
    plan: &Plan,
    rng: &mut Rng,
    stats: &mut Stats,
) -> Dossier {
    let mut d = Dossier::new(format!("{PROVINCE}-{:06}", plan.idx + 1));
    let agency = plan.agency.as_str();
    let service = cat.services_of(&p.id).find(|s| s.agency.is_none());
    let ctx = match DossierContext::from_catalogue(
        p,
        None,
        service,
        agency,
        agency,
        plan.submit_at.date(),
    ) {
        Ok(c) => c,
        Err(e) => {
            *stats.errors.entry(e.name().to_string()).or_default() += 1;
            return d;
        }
    };
    let applicant = Applicant {
        id: format!("0400{:08}", plan.idx),
        name: format!("Công dân {}", plan.idx + 1),
        organisation: matches!(p.field.as_str(), "dang_ky_kinh_doanh" | "dau_tu"),
    };
    let citizen = Actor::new(applicant.id.clone(), Role::Applicant, None);
    let desk = Actor::new(format!("mc-{agency}"), Role::DeskOfficer, Some(agency));
    let officer = Actor::new(
        format!("cv-{agency}"),
        Role::ProcessingOfficer,
        Some(agency),
    );
    let head = Actor::new(format!("ld-{agency}"), Role::Approver, Some(agency));
    let system = Actor::new("he-thong", Role::System, None);
    let limit = ctx.time_limit;
    let docs = ctx.required_documents.clone();
    let online_pay = ctx.effective_capabilities().online_payment;
    let online_result = ctx.effective_capabilities().online_result;
    let fee = ctx.fee_bearing;
    let submitter = if plan.channel == Channel::Online {
        citizen.clone()
    } else {
        desk.clone()
    };
    // Applies a command at `t` (never before the last event); false when rejected.
    let mut go = |d: &mut Dossier, t: NaiveDateTime, actor: &Actor, cmd: CommandKind| -> bool {
        let t = match d.state().last_at {
            Some(l) => t.max(l + Duration::minutes(1)),
            None => t,
        };
        match d.apply(&Command::new(t, actor.clone(), cmd), cal) {
            Ok(_) => true,
            Err(e) => {
                let key = match &e {
                    motcua::Error::Dossier(motcua::dossier::DossierError::Guard {
                        guard, ..
                    }) => guard.name().to_string(),
                    other => {
                        *stats.errors.entry(other.name().to_string()).or_default() += 1;
                        return false;
                    }
                };
                *stats.rejected.entry(key).or_default() += 1;
                false
            }
        }
    };
    let t0 = plan.submit_at;
    if !go(
        &mut d,
        t0,
        &submitter,
        CommandKind::Create {
            context: Box::new(ctx),
            channel: plan.channel,
            applicant,
        },
    ) {
        return d;
    }
    let filed: Vec<String> = if plan.missing && docs.len() > 1 {
        docs.iter().skip(1).cloned().collect()
    } else if plan.missing {
        Vec::new()
    } else {
        docs.clone()
    };
    let really_missing = filed.len() < docs.len();
    go(
        &mut d,
        t0,
        &submitter,
        CommandKind::Submit { documents: filed },
    );
    if !really_missing && plan.gives_up {
        // Nothing to add, but the applicant withdraws before receipt.
        let w = later(cal, t0, 1, rng);
        go(
            &mut d,
            w,
            &submitter,
            CommandKind::RequestWithdrawal {
                reason: "Không có nhu cầu".into(),
            },
        );
        go(
            &mut d,
            w + Duration::minutes(30),
            &desk,
            CommandKind::ApproveWithdrawal,
        );
        return d;
    }
    if really_missing || plan.refuse {
        let check = office(cal, t0 + Duration::minutes(10));
        if plan.refuse {
            go(
                &mut d,
                check,
                &desk,
                CommandKind::RefuseAtReceipt {
                    reason: "Hồ sơ không thuộc thẩm quyền giải quyết".into(),
                },
            );
            return d;
        }
        let missing: Vec<String> = docs.iter().take(1).cloned().collect();
        go(
            &mut d,
            check,
            &desk,
            CommandKind::RequestSupplementAtDesk {
                missing: missing.clone(),
                reason: "Thiếu thành phần hồ sơ".into(),
            },
        );
        if plan.gives_up {
            let w = later(cal, check, 3, rng);
            go(
                &mut d,
                w,
                &submitter,
                CommandKind::RequestWithdrawal {
                    reason: "Không bổ sung được".into(),
                },
            );
            go(
                &mut d,
                w + Duration::minutes(30),
                &desk,
                CommandKind::ApproveWithdrawal,
            );
            return d;
        }
        let r = plan.resubmit_at.unwrap_or(check);
        go(
            &mut d,
            r,
            &submitter,
            CommandKind::Resubmit { documents: missing },
        );
    }
    let (Some(accept_at), Some(code)) = (plan.accept_at, plan.code.clone()) else {
        return d;
    };
    if !go(&mut d, accept_at, &desk, CommandKind::Accept { code }) {
        return d;
    }
    let received = d.state().received_at.unwrap_or(accept_at);
    let due_date = d
        .state()
        .due
        .map(|x| x.legal_due_date)
        .unwrap_or(received.date());
    let span = cal
        .working_days_between(received.date(), due_date)
        .unwrap_or(0)
        .max(0);
    let assign_at = office(cal, received + Duration::minutes(10 + rng.below(80) as i64));
    go(
        &mut d,
        assign_at,
        &head,
        CommandKind::Assign {
            officer: officer.id.clone(),
        },
    );
    // Withdrawal during processing.
    if rng.chance(0.012) {
        let w = later(cal, assign_at, rng.below(span.max(1) as usize) as i64, rng);
        go(
            &mut d,
            w,
            &citizen,
            CommandKind::RequestWithdrawal {
                reason: "Không có nhu cầu".into(),
            },
        );
        if rng.chance(0.75) {
            go(
                &mut d,
                w + Duration::hours(1),
                &desk,
                CommandKind::ApproveWithdrawal,
            );
            return d;
        }
        go(
            &mut d,
            w + Duration::hours(1),
            &desk,
            CommandKind::RejectWithdrawal {
                reason: "Hồ sơ đang được thẩm định, công dân đồng ý tiếp tục".into(),
            },
        );
    }
    let mut cursor = last_of(&d);
    // Supplementation during processing.
    if span >= 3 && rng.chance(0.07) {
        let late_request = rng.chance(0.12);
        let day = if late_request {
            4 + rng.below(2)
        } else {
            rng.below(3)
        };
        let req = later(cal, received, day as i64, rng).max(cursor);
        if go(
            &mut d,
            req,
            &officer,
            CommandKind::RequestSupplement {
                missing: vec![docs.first().cloned().unwrap_or_else(|| "tp1".into())],
                reason: "Giấy tờ chưa hợp lệ".into(),
            },
        ) {
            if rng.chance(0.9) {
                let s = later(cal, req, 1 + rng.below(5) as i64, rng);
                go(
                    &mut d,
                    s,
                    &submitter,
                    CommandKind::Supplement {
                        documents: vec!["tp1".into()],
                    },
                );
                cursor = last_of(&d);
            } else {
                let s = later(cal, req, 15, rng);
                go(
                    &mut d,
                    s,
                    &head,
                    CommandKind::Stop {
                        reason: "Quá thời hạn bổ sung hồ sơ".into(),
                    },
                );
                return d;
            }
        }
    }
    // The due now (a restart moves it).
    let due = d.state().due;
    let due_date = due.map(|x| x.legal_due_date).unwrap_or(due_date);
    let start = d.state().count_start.unwrap_or(received);
    let span = cal
        .working_days_between(start.date(), due_date)
        .unwrap_or(0)
        .max(0);
    // Inter-agency step.
    if span >= 5 && rng.chance(0.15) {
        let budget = (span / 3).max(1) as u32;
        let fw = later(cal, cursor, 1, rng);
        let other = format!("000.00.{:02}.{PROVINCE}", 11 + rng.below(9));
        let other = if other == agency {
            format!("000.00.10.{PROVINCE}")
        } else {
            other
        };
        if go(
            &mut d,
            fw,
            &officer,
            CommandKind::Forward {
                agency: other.clone(),
                step: "lien-thong".into(),
                budget: TimeLimit::WorkingDays(budget),
            },
        ) {
            let took = (f64::from(budget) * (0.4 + rng.f64())).round() as i64;
            let x = Actor::new(format!("cv-{other}"), Role::OtherAgency, Some(&other));
            let back = later(cal, fw, took.max(0), rng);
            go(
                &mut d,
                back,
                &x,
                CommandKind::ReplyFromAgency {
                    step: "lien-thong".into(),
                    opinion: "Thống nhất".into(),
                },
            );
            cursor = last_of(&d);
        }
    }
    // Fees.
    if fee && span >= 2 && rng.chance(0.6) {
        let rq = later(cal, cursor, 0, rng);
        if go(
            &mut d,
            rq,
            &officer,
            CommandKind::RequestPayment { amount: 50_000 },
        ) {
            let online = online_pay && plan.channel == Channel::Online && rng.chance(0.7);
            let (who, method) = if online {
                (&system, PaymentMethod::Online)
            } else {
                (&desk, PaymentMethod::Desk)
            };
            let paid = later(cal, rq, rng.below(3) as i64, rng);
            go(
                &mut d,
                paid,
                who,
                CommandKind::Pay {
                    amount: 50_000,
                    method,
                },
            );
            cursor = last_of(&d);
        }
    }
    // Processing time against the due.
    let due = d.state().due;
    let due_date = due.map(|x| x.legal_due_date).unwrap_or(due_date);
    let appointment = due.map(|x| x.appointment_at).unwrap_or(cursor);
    let r = rng.f64();
    let finish_at = if matches!(limit, TimeLimit::SameDay { .. }) {
        if r < 0.03 {
            later(cal, appointment, 1, rng)
        } else {
            office(cal, cursor + Duration::minutes(20 + rng.below(150) as i64))
                .min(appointment)
                .max(cursor)
        }
    } else {
        let left = cal
            .working_days_between(cursor.date(), due_date)
            .unwrap_or(0)
            .max(0);
        if r < 0.08 {
            later(cal, appointment, 1 + rng.below(4) as i64, rng)
        } else if r < 0.30 {
            // On the due day.
            office(
                cal,
                at(due_date, 8, 0) + Duration::minutes(rng.below(420) as i64),
            )
            .min(appointment)
        } else {
            let n = ((left as f64) * (0.2 + 0.7 * rng.f64())).floor() as i64;
            later(cal, cursor, n.min(left - 1).max(0), rng)
        }
    };
    let late = finish_at > appointment;
    // Apology and re-appointment, at least a day before the due date.
    let ap_day = cal.add_working_days(due_date, -2).unwrap_or(due_date);
    let ap = at(ap_day, 9, 0).max(last_of(&d) + Duration::minutes(1));
    // The officer knows the rule (at least a day before the due date) but sometimes
    // notices the delay too late: the guard then refuses the apology.
    if late && rng.chance(0.7) && (ap.date() < due_date || rng.chance(0.2)) {
        let new_day = cal
            .add_working_days(finish_at.date(), 1)
            .unwrap_or(finish_at.date())
            .max(cal.add_working_days(due_date, 1).unwrap_or(due_date));
        go(
            &mut d,
            ap,
            &head,
            CommandKind::Apologise {
                new_appointment: at(new_day, 17, 0),
                reason: "Cần xác minh thêm thông tin".into(),
            },
        );
    }
    if d.state().status.is_terminal() {
        return d;
    }
    let finished = if rng.chance(0.015) {
        go(
            &mut d,
            finish_at,
            &head,
            CommandKind::Deny {
                reason: "Không đủ điều kiện theo quy định".into(),
            },
        )
    } else {
        go(
            &mut d,
            finish_at,
            &head,
            CommandKind::Approve {
                result: ResultDoc {
                    number: format!("{}/KQ", plan.idx + 1),
                    name: p.result.name.vi.clone(),
                    electronic: online_result,
                },
            },
        )
    };
    if !finished || d.state().status != Status::ResultReady {
        return d;
    }
    // Return of the result.
    let r = rng.f64();
    let when = later(cal, last_of(&d), rng.below(3) as i64, rng);
    if r < 0.10 {
        if go(
            &mut d,
            when,
            &desk,
            CommandKind::SendByPost {
                tracking: format!("EMS{:08}VN", plan.idx),
            },
        ) {
            let del = later(cal, when, 2, rng);
            go(&mut d, del, &system, CommandKind::ConfirmDelivery);
        }
    } else if r < 0.20 && online_result && plan.channel == Channel::Online {
        let t = last_of(&d) + Duration::minutes(2);
        go(
            &mut d,
            t,
            &system,
            CommandKind::ReturnResult { online: true },
        );
    } else if r < 0.97 {
        go(
            &mut d,
            when,
            &desk,
            CommandKind::ReturnResult { online: false },
        );
    }
    d
}
