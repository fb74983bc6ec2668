//! Overhead of the C ABI: `add_working_days` and `solar_to_lunar` called directly in Rust
//! versus through the `extern "C"` functions of `motcua-c`, in the same run.
//!
//! The C functions are called through a `black_box`'d function pointer, so each call is a
//! real indirect call with the C calling convention (not inlined into the loop); the direct
//! calls are ordinary Rust calls into the core. Both walk the same 64 inputs. After the
//! criterion groups, a short in-process measurement prints the medians and their ratio:
//!
//! ```sh
//! cargo bench -p motcua-conformance --bench ffi
//! ```
//!
//! (No timed assertion: the ratio is printed for the README, aim ≤ 2×.)

use std::hint::black_box;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use criterion::{Criterion, criterion_group};
use motcua::calendar::WorkCalendar;
use motcua::lunar::solar_to_lunar;
use motcua_c::calendar::{
    motcua_calendar, motcua_calendar_free, motcua_calendar_new_civil_service,
};
use motcua_c::date::{motcua_date, motcua_lunar_date};

type AddFn =
    unsafe extern "C" fn(*const motcua_calendar, motcua_date, i64, *mut motcua_date) -> u32;
type LunarFn = unsafe extern "C" fn(motcua_date, *mut motcua_lunar_date) -> u32;

/// 64 dates spread over 2010–2030 and limits from -40 to +60 working days.
fn inputs() -> Vec<(NaiveDate, motcua_date, i64)> {
    (0..64)
        .map(|i: i32| {
            let d = NaiveDate::from_ymd_opt(
                2010 + (i * 7) % 21,
                1 + (i as u32 * 5) % 12,
                1 + (i as u32 * 11) % 28,
            )
            .expect("a valid date");
            let c = motcua_date {
                year: d.year(),
                month: d.month() as u8,
                day: d.day() as u8,
            };
            (d, c, i64::from((i * 37) % 101) - 40)
        })
        .collect()
}

struct Setup {
    cal: WorkCalendar,
    handle: *mut motcua_calendar,
    inputs: Vec<(NaiveDate, motcua_date, i64)>,
    add: AddFn,
    lunar: LunarFn,
}

impl Setup {
    fn new() -> Setup {
        let mut handle = std::ptr::null_mut();
        // SAFETY: a valid out-pointer.
        let st = unsafe { motcua_calendar_new_civil_service(&mut handle) };
        assert_eq!(st, 0);
        Setup {
            cal: WorkCalendar::vietnam_civil_service(),
            handle,
            inputs: inputs(),
            add: black_box(motcua_c::calendar::motcua_calendar_add_working_days as AddFn),
            lunar: black_box(motcua_c::lunar::motcua_solar_to_lunar as LunarFn),
        }
    }

    fn direct_add(&self, i: usize) -> NaiveDate {
        let (d, _, n) = self.inputs[i % 64];
        self.cal
            .add_working_days(black_box(d), black_box(n))
            .expect("in range")
    }

    fn c_add(&self, i: usize) -> motcua_date {
        let (_, d, n) = self.inputs[i % 64];
        let mut out = motcua_date {
            year: 0,
            month: 0,
            day: 0,
        };
        // SAFETY: a live handle and a writable out-pointer.
        let st =
            unsafe { (self.add)(black_box(self.handle), black_box(d), black_box(n), &mut out) };
        debug_assert_eq!(st, 0);
        out
    }

    fn direct_lunar(&self, i: usize) -> motcua::lunar::LunarDate {
        solar_to_lunar(black_box(self.inputs[i % 64].0)).expect("in range")
    }

    fn c_lunar(&self, i: usize) -> motcua_lunar_date {
        let mut out = motcua_lunar_date {
            year: 0,
            month: 0,
            day: 0,
            leap: 0,
        };
        // SAFETY: a writable out-pointer.
        let st = unsafe { (self.lunar)(black_box(self.inputs[i % 64].1), &mut out) };
        debug_assert_eq!(st, 0);
        out
    }
}

impl Drop for Setup {
    fn drop(&mut self) {
        // SAFETY: the handle from motcua_calendar_new_civil_service, freed once.
        unsafe { motcua_calendar_free(self.handle) };
    }
}

fn bench(c: &mut Criterion) {
    let s = Setup::new();
    // The two paths agree before they are timed.
    for i in 0..64 {
        let (a, b) = (s.direct_add(i), s.c_add(i));
        assert_eq!(
            (a.year(), a.month() as u8, a.day() as u8),
            (b.year, b.month, b.day)
        );
        let (a, b) = (s.direct_lunar(i), s.c_lunar(i));
        assert_eq!((a.year, a.month, a.day), (b.year, b.month, b.day));
    }
    let mut g = c.benchmark_group("add_working_days");
    let mut i = 0usize;
    g.bench_function("direct", |b| {
        b.iter(|| {
            i = i.wrapping_add(1);
            s.direct_add(i)
        })
    });
    g.bench_function("c_abi", |b| {
        b.iter(|| {
            i = i.wrapping_add(1);
            s.c_add(i)
        })
    });
    g.finish();
    let mut g = c.benchmark_group("solar_to_lunar");
    g.bench_function("direct", |b| {
        b.iter(|| {
            i = i.wrapping_add(1);
            s.direct_lunar(i)
        })
    });
    g.bench_function("c_abi", |b| {
        b.iter(|| {
            i = i.wrapping_add(1);
            s.c_lunar(i)
        })
    });
    g.finish();
}

/// Median nanoseconds per call of `f` over 31 batches of 64 × 2,000 calls.
fn median_ns<T>(f: impl Fn(usize) -> T) -> f64 {
    const BATCH: usize = 64 * 2_000;
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            for i in 0..BATCH {
                black_box(f(i));
            }
            t.elapsed().as_nanos() as f64 / BATCH as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// The medians and ratios in one run, printed for the README.
fn summary() {
    let s = Setup::new();
    for (name, direct, c_abi) in [
        (
            "add_working_days",
            median_ns(|i| s.direct_add(i)),
            median_ns(|i| s.c_add(i)),
        ),
        (
            "solar_to_lunar",
            median_ns(|i| s.direct_lunar(i)),
            median_ns(|i| s.c_lunar(i)),
        ),
    ] {
        println!(
            "FFI-OVERHEAD {name}: direct {direct:.1} ns, C ABI {c_abi:.1} ns, ratio {:.2}x",
            c_abi / direct
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
}
