//! `compute_due` with working-hour arithmetic for n = 1, 30 and 365 working days, against a
//! naive day-by-day loop over the same calendar and office hours, measured in the same run;
//! plus a `DeadlineClock` query and an explanation (not on the hot path).
//!
//! Run: `cargo bench -p motcua --bench deadline`. Medians are in
//! `target/criterion/<group>/<function>/<n>/new/estimates.json` (`median.point_estimate`, ns).

use std::hint::black_box;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use motcua::calendar::WorkCalendar;
use motcua::deadline::{
    AppointmentTime, ClockEvent, DeadlineClock, DeadlinePolicy, TimeLimit, compute_due,
};

const SESSIONS: [(i64, i64); 2] = [(7 * 60 + 30, 11 * 60 + 30), (13 * 60, 17 * 60)];

fn minute_of(t: NaiveDateTime) -> i64 {
    t.time().signed_duration_since(NaiveTime::MIN).num_minutes()
}

/// What a hand-written system does: normalise the receipt, then walk day by day, asking the
/// calendar about each day, consuming n × 8 working hours session by session; the legal due
/// date by counting working days one at a time.
fn naive_due(cal: &WorkCalendar, received: NaiveDateTime, n: i64) -> (NaiveDate, NaiveDateTime) {
    let mut legal = received.date();
    let mut left_days = n;
    while left_days > 0 {
        legal += Duration::days(1);
        if cal.is_working_day(legal) {
            left_days -= 1;
        }
    }
    let mut left = n * 8 * 60;
    let mut day = received.date();
    let mut from = minute_of(received);
    loop {
        if cal.is_working_day(day) {
            for (a, b) in SESSIONS {
                let s = from.max(a);
                if s < b {
                    if left <= b - s {
                        let at = day.and_time(NaiveTime::MIN) + Duration::minutes(s + left);
                        return (legal, at);
                    }
                    left -= b - s;
                }
            }
        }
        day += Duration::days(1);
        from = 0;
    }
}

fn bench(c: &mut Criterion) {
    let cal = WorkCalendar::vietnam_civil_service();
    let policy =
        DeadlinePolicy::default().with_appointment(AppointmentTime::WorkingHourArithmetic {
            round_to_minutes: 0,
        });
    // Thursday 12 February 2026, 10:07: the Tết break follows.
    let received = NaiveDate::from_ymd_opt(2026, 2, 12)
        .and_then(|d| d.and_hms_opt(10, 7, 0))
        .unwrap_or_default();

    // The two agree (checked here so that the bench compares equal work).
    for n in [1u32, 30, 365] {
        let due = compute_due(received, &TimeLimit::WorkingDays(n), &cal, &policy);
        let naive = naive_due(&cal, received, i64::from(n));
        assert_eq!(
            due.as_ref()
                .map(|d| (d.legal_due_date, d.appointment_at))
                .ok(),
            Some(naive),
            "n = {n}"
        );
    }

    let mut g = c.benchmark_group("compute_due_wha");
    g.measurement_time(std::time::Duration::from_secs(3));
    for n in [1u32, 30, 365] {
        let limit = TimeLimit::WorkingDays(n);
        g.bench_with_input(BenchmarkId::new("engine", n), &limit, |b, limit| {
            b.iter(|| compute_due(black_box(received), black_box(limit), &cal, &policy))
        });
        g.bench_with_input(BenchmarkId::new("naive_loop", n), &n, |b, &n| {
            b.iter(|| naive_due(&cal, black_box(received), black_box(i64::from(n))))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("deadline_other");
    g.measurement_time(std::time::Duration::from_secs(3));
    g.bench_function("working_hours_240", |b| {
        b.iter(|| {
            compute_due(
                black_box(received),
                black_box(&TimeLimit::WorkingHours(240)),
                &cal,
                &policy,
            )
        })
    });
    let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap_or_default();
    let events = vec![
        ClockEvent::Received {
            at: t("2026-02-12 10:07"),
        },
        ClockEvent::SupplementRequested {
            at: t("2026-02-13 09:00"),
            reason: None,
        },
        ClockEvent::SupplementFulfilled {
            at: t("2026-02-24 14:00"),
        },
        ClockEvent::Paused {
            at: t("2026-03-02 09:00"),
            reason: None,
        },
        ClockEvent::Resumed {
            at: t("2026-03-04 09:00"),
        },
    ];
    if let Ok(clock) =
        DeadlineClock::replay(TimeLimit::WorkingDays(30), policy.clone(), events, &cal)
    {
        let as_of = t("2026-03-10 10:00");
        g.bench_function("clock_status", |b| {
            b.iter(|| clock.status(black_box(as_of), &cal))
        });
    }
    if let Ok(due) = compute_due(received, &TimeLimit::WorkingDays(30), &cal, &policy) {
        g.bench_function("explain_30", |b| b.iter(|| due.explain(black_box(&cal))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
