//! Lunar conversions: the table-driven API against the direct astronomical computation.
//!
//! `cargo bench -p motcua --bench lunar`

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use motcua::lunar::{self, LunarDate, astro};

/// 64 dates spread over the supported range.
fn dates() -> Vec<NaiveDate> {
    (0..64u64)
        .map(|i| {
            lunar::MIN_DATE
                .checked_add_days(Days::new(i * 1_711 + 17))
                .unwrap_or(lunar::MIN_DATE)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let solar = dates();
    let lunar_dates: Vec<LunarDate> = solar
        .iter()
        .filter_map(|d| lunar::solar_to_lunar(*d).ok())
        .collect();
    assert_eq!(solar.len(), lunar_dates.len());
    let n = solar.len();

    let mut g = c.benchmark_group("lunar");
    g.bench_function("solar_to_lunar (table)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % n;
            lunar::solar_to_lunar(black_box(solar[i]))
        })
    });
    g.bench_function("lunar_to_solar (table)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % n;
            lunar::lunar_to_solar(black_box(lunar_dates[i]))
        })
    });
    g.bench_function("lunar_info (table)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % n;
            lunar::lunar_info(black_box(solar[i]))
        })
    });
    g.bench_function("solar_to_lunar (astro baseline)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % n;
            astro::solar_to_lunar(black_box(solar[i]))
        })
    });
    g.bench_function("lunar_to_solar (astro baseline)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % n;
            astro::lunar_to_solar(black_box(lunar_dates[i]))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
