//! Working-day arithmetic: the O(1) prefix-count path against a naive day-by-day loop over the
//! same calendar, measured in the same run.
//!
//! Run: `cargo bench -p motcua --bench calendar`

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use motcua::calendar::WorkCalendar;

/// The loop a hand-written system uses: step one day at a time, asking each day.
fn naive_add(cal: &WorkCalendar, mut d: NaiveDate, n: i64) -> NaiveDate {
    let mut left = n;
    while left > 0 {
        d += Duration::days(1);
        if cal.is_working_day(d) {
            left -= 1;
        }
    }
    d
}

fn naive_between(cal: &WorkCalendar, a: NaiveDate, b: NaiveDate) -> i64 {
    let mut n = 0;
    let mut d = a;
    while d < b {
        d += Duration::days(1);
        if cal.is_working_day(d) {
            n += 1;
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let cal = WorkCalendar::vietnam_civil_service();
    let start = NaiveDate::from_ymd_opt(2026, 2, 10).unwrap_or_default();
    let mut g = c.benchmark_group("add_working_days");
    for n in [1i64, 30, 1000] {
        g.bench_with_input(BenchmarkId::new("prefix", n), &n, |b, &n| {
            b.iter(|| cal.add_working_days(black_box(start), black_box(n)))
        });
        g.bench_with_input(BenchmarkId::new("naive_loop", n), &n, |b, &n| {
            b.iter(|| naive_add(&cal, black_box(start), black_box(n)))
        });
    }
    g.finish();

    let end = NaiveDate::from_ymd_opt(2030, 2, 10).unwrap_or_default();
    let mut g = c.benchmark_group("working_days_between_4y");
    g.bench_function("prefix", |b| {
        b.iter(|| cal.working_days_between(black_box(start), black_box(end)))
    });
    g.bench_function("naive_loop", |b| {
        b.iter(|| naive_between(&cal, black_box(start), black_box(end)))
    });
    g.finish();

    let mut g = c.benchmark_group("calendar_build");
    g.sample_size(20);
    g.bench_function("vietnam_civil_service", |b| {
        b.iter(WorkCalendar::vietnam_civil_service)
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
