//! Dossier logs and reports.
//!
//! - `replay`: rebuilding 1,000 dossiers (state + deadline clock, every transition checked
//!   again) from their events; throughput in events. Target ≥ 1 million events/s.
//! - `verify`: checking their hash chains (canonical JSON + SHA-256 per event).
//! - `parse`: reading their events from JSON text (no replay, no chain check).
//! - `apply`: building one typical dossier live, command by command.
//! - `bieu06`: the Biểu 06 table over 1,000,000 dossier summaries. Target ≤ 1 s.
//!
//! Run: `cargo bench -p motcua --bench dossier`

use std::hint::black_box;

use chrono::{Duration, NaiveDateTime};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use motcua::calendar::WorkCalendar;
use motcua::deadline::{Channel, TimeLimit};
use motcua::dossier::*;
use motcua::level::ServiceLevel;
use motcua::report::{DossierSummary, GroupBy, ReportParams, bieu06, indicators};

const AG: &str = "000.00.13.H40";

fn t(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap_or_default()
}

/// A typical dossier: create, submit, accept, assign, (supplement,) approve, return.
fn dossier(i: usize, cal: &WorkCalendar, seq: &mut CodeSequencer) -> Option<Dossier> {
    let desk = Actor::new("mc1", Role::DeskOfficer, Some(AG));
    let head = Actor::new("ld1", Role::Approver, Some(AG));
    let citizen = Actor::new(format!("c{i}"), Role::Applicant, None);
    let ctx = DossierContext::new("1.004222", "cu_tru", TimeLimit::WorkingDays(5), AG, AG)
        .with_documents(["tp1", "tp2"])
        .with_level(ServiceLevel::Level3);
    let day = t("2026-03-02 08:00") + Duration::days((i / 200) as i64 % 4);
    let at = day + Duration::minutes((i % 200) as i64);
    let mut d = Dossier::new(format!("hs-{i}"));
    let go = |d: &mut Dossier, m: i64, who: &Actor, c: CommandKind| {
        d.apply(
            &Command::new(at + Duration::minutes(m), who.clone(), c),
            cal,
        )
        .map(|_| ())
    };
    go(
        &mut d,
        0,
        &desk,
        CommandKind::Create {
            context: Box::new(ctx),
            channel: Channel::Desk,
            applicant: Applicant {
                id: citizen.id.clone(),
                name: "A".into(),
                organisation: false,
            },
        },
    )
    .ok()?;
    go(
        &mut d,
        1,
        &desk,
        CommandKind::Submit {
            documents: vec!["tp1".into(), "tp2".into()],
        },
    )
    .ok()?;
    let code = seq.next(at.date()).ok()?;
    go(&mut d, 2, &desk, CommandKind::Accept { code }).ok()?;
    go(
        &mut d,
        60,
        &head,
        CommandKind::Assign {
            officer: "cv1".into(),
        },
    )
    .ok()?;
    if i % 5 == 0 {
        go(
            &mut d,
            24 * 60,
            &head,
            CommandKind::RequestSupplement {
                missing: vec!["tp1".into()],
                reason: "r".into(),
            },
        )
        .ok()?;
        go(
            &mut d,
            48 * 60,
            &citizen,
            CommandKind::Supplement {
                documents: vec!["tp1".into()],
            },
        )
        .ok()?;
    }
    go(
        &mut d,
        72 * 60,
        &head,
        CommandKind::Approve {
            result: ResultDoc {
                number: "1".into(),
                name: "x".into(),
                electronic: false,
            },
        },
    )
    .ok()?;
    go(
        &mut d,
        73 * 60,
        &desk,
        CommandKind::ReturnResult { online: false },
    )
    .ok()?;
    Some(d)
}

fn bench(c: &mut Criterion) {
    let cal = WorkCalendar::vietnam_civil_service();
    let mut seq = CodeSequencer::new(AG).unwrap_or_else(|_| unreachable!());
    let dossiers: Vec<Dossier> = (0..1000)
        .filter_map(|i| dossier(i, &cal, &mut seq))
        .collect();
    let logs: Vec<(String, Vec<Event>)> = dossiers
        .iter()
        .map(|d| (d.id().to_string(), d.events().to_vec()))
        .collect();
    let events: usize = logs.iter().map(|l| l.1.len()).sum();

    let mut g = c.benchmark_group("dossier");
    g.throughput(Throughput::Elements(events as u64));
    g.bench_function("replay_1000_dossiers", |b| {
        b.iter_batched(
            || logs.clone(),
            |logs| {
                for (id, ev) in logs {
                    black_box(Dossier::replay(id, ev, &cal).ok());
                }
            },
            criterion::BatchSize::LargeInput,
        )
    });
    let texts: Vec<String> = logs
        .iter()
        .filter_map(|l| serde_json::to_string(&l.1).ok())
        .collect();
    g.bench_function("parse_1000_dossiers", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(serde_json::from_str::<Vec<Event>>(t).ok());
            }
        })
    });
    g.bench_function("verify_1000_dossiers", |b| {
        b.iter(|| {
            for d in &dossiers {
                black_box(d.verify().is_ok());
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("dossier_live");
    g.bench_function("apply_typical_dossier", |b| {
        let mut i = 0;
        b.iter(|| {
            i += 1;
            let mut s = CodeSequencer::new(AG).unwrap_or_else(|_| unreachable!());
            black_box(dossier(i % 200, &cal, &mut s))
        })
    });
    g.finish();

    // One million summaries: the 1,000 real ones, shifted over a year, with varied fields.
    let base: Vec<DossierSummary> = dossiers.iter().filter_map(DossierSummary::of).collect();
    let fields = [
        "ho_tich",
        "chung_thuc",
        "cu_tru",
        "dat_dai",
        "dang_ky_kinh_doanh",
        "xay_dung",
    ];
    let mut million = Vec::with_capacity(1_000_000);
    for k in 0..1000usize {
        for (j, s) in base.iter().enumerate() {
            let mut s = s.clone();
            let shift = Duration::hours(((k * 37 + j) % 8760) as i64);
            let mv = |x: &mut Option<NaiveDateTime>| *x = x.map(|v| v + shift);
            mv(&mut s.received_at);
            mv(&mut s.submitted_at);
            mv(&mut s.finished_at);
            mv(&mut s.returned_at);
            for due in [&mut s.due, &mut s.original_due].into_iter().flatten() {
                due.appointment_at += shift;
                due.index_appointment_at += shift;
            }
            s.field = fields[(k + j) % fields.len()].to_string();
            s.procedure = format!("p{}", (k * 7 + j) % 120);
            million.push(s);
        }
    }
    let params = ReportParams::new(
        chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default(),
        chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default(),
    );
    let mut g = c.benchmark_group("report");
    g.sample_size(10);
    g.throughput(Throughput::Elements(million.len() as u64));
    g.bench_function("bieu06_1m_by_field", |b| {
        b.iter(|| black_box(bieu06(&million, &params).ok()))
    });
    // Every dossier counted (a period spanning all of them).
    let year = ReportParams::new(
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap_or_default(),
    );
    g.bench_function("bieu06_1m_all_counted", |b| {
        b.iter(|| black_box(bieu06(&million, &year).ok()))
    });
    let by_proc = params.clone().group_by(GroupBy::Procedure);
    g.bench_function("bieu06_1m_by_procedure", |b| {
        b.iter(|| black_box(bieu06(&million, &by_proc).ok()))
    });
    g.bench_function("indicators_1m_by_field", |b| {
        b.iter(|| black_box(indicators(&million, &params).ok()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
