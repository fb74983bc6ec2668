//! Dates and integers through solar↔lunar conversion and working-day arithmetic.
//!
//! Invariants: solar→lunar→solar is the identity; a lunar date's day fits its month's
//! length; `add_working_days` lands on a working day inside the calendar, `n` working days
//! away (`working_days_between` agrees), and its inverse comes back; the count over a short
//! range agrees with a day-by-day count; nothing returns `Ok` with a date out of range.
#![no_main]

use arbitrary::Arbitrary;
use chrono::{Duration, NaiveDate};
use libfuzzer_sys::fuzz_target;
use motcua::lunar::{
    LunarDate, hung_kings_day, leap_month, lunar_info, lunar_to_solar, month_length,
    solar_to_lunar, tet, tet_eve,
};
use motcua_fuzz::{assert_in_range, assert_typed, civil, enterprise};

#[derive(Debug, Arbitrary)]
struct Input {
    /// Days from 2000-01-01 (wide: most fall outside the calendars).
    day: i32,
    /// A second day, near the first (for ranges).
    span: i16,
    /// A working-day count.
    n: i64,
    small_n: i16,
    lunar_year: i32,
    lunar_month: u8,
    lunar_day: u8,
    leap: bool,
    enterprise: bool,
}

fn date(days: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2000, 1, 1)?.checked_add_signed(Duration::try_days(days)?)
}

fuzz_target!(|i: Input| {
    // Lunar: arbitrary lunar date → solar → lunar.
    let ld = LunarDate {
        year: i.lunar_year,
        month: i.lunar_month,
        day: i.lunar_day,
        leap: i.leap,
    };
    match lunar_to_solar(ld) {
        Ok(d) => {
            assert_eq!(
                solar_to_lunar(d).expect("its own solar date converts back"),
                ld
            );
            let len = month_length(ld.year, ld.month, ld.leap).expect("the month exists");
            assert!((29..=30).contains(&len) && ld.day <= len, "{ld:?} {len}");
        }
        Err(e) => assert_typed(&e, 1000, 2000),
    }
    for r in [
        tet(i.lunar_year),
        tet_eve(i.lunar_year),
        hung_kings_day(i.lunar_year),
    ] {
        if let Err(e) = r {
            assert_typed(&e, 1000, 2000);
        }
    }
    if let Ok(Some(m)) = leap_month(i.lunar_year) {
        assert!((1..=12).contains(&m));
    }

    // Solar → lunar → solar.
    let Some(d) = date(i64::from(i.day % 200_000)) else {
        return;
    };
    match lunar_info(d) {
        Ok(info) => {
            assert_eq!(lunar_to_solar(info.date).expect("round trip"), d);
            assert!(info.date.day >= 1 && info.date.day <= info.month_length);
            assert_eq!(solar_to_lunar(d).expect("same as lunar_info"), info.date);
        }
        Err(e) => assert_typed(&e, 1000, 2000),
    }

    // Working days.
    let cal = if i.enterprise { enterprise() } else { civil() };
    for n in [i.n, i64::from(i.small_n)] {
        match cal.add_working_days(d, n) {
            Ok(r) => {
                assert_in_range(cal, r, "add_working_days");
                if n != 0 {
                    assert!(cal.is_working_day(r), "{d} + {n} = {r} is a day off");
                    // (d, r]: for n < 0 from a day off, d itself is not counted.
                    let expected = if n < 0 && !cal.is_working_day(d) {
                        n + 1
                    } else {
                        n
                    };
                    let between = cal.working_days_between(d, r).expect("in range");
                    assert_eq!(between, expected, "{d} {n} {r}");
                    if cal.is_working_day(d) {
                        let back = cal.add_working_days(r, -n).expect("the inverse");
                        assert_eq!(back, d, "{d} {n} {r}");
                    }
                }
            }
            Err(e) => assert_typed(&e, 1000, 2000),
        }
    }
    match cal.working_day_on_or_after(d) {
        Ok(w) => {
            assert_in_range(cal, w, "working_day_on_or_after");
            assert!(w >= d && cal.is_working_day(w));
        }
        Err(e) => assert_typed(&e, 1000, 2000),
    }
    let Some(e) = date(i64::from(i.day % 200_000) + i64::from(i.span % 800)) else {
        return;
    };
    match cal.working_days_between(d, e) {
        Ok(count) => {
            let (a, b, sign) = if d <= e { (d, e, 1) } else { (e, d, -1) };
            let mut slow = 0i64;
            let mut x = a;
            while x < b {
                x = x.succ_opt().expect("in range");
                slow += i64::from(cal.is_working_day(x));
            }
            assert_eq!(count, sign * slow, "{d} {e}");
        }
        Err(err) => assert_typed(&err, 1000, 2000),
    }
    if cal.first_date() <= d && d <= cal.last_date() {
        let why = cal.why(d).expect("in range");
        assert_eq!(why.working, cal.is_working_day(d));
    }
});
