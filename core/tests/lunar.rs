//! Integration tests of `motcua::lunar`: the independent PyEphem fixture, the domain test
//! vectors, invariants over the whole range, and bad input.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use motcua::Lang;
use motcua::lunar::{
    self, LunarDate, MAX_DATE, MIN_DATE, astro, hung_kings_day, leap_month, lunar_info,
    lunar_to_solar, month_length, solar_to_lunar, tet, tet_eve, year_name,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ld(year: i32, month: u8, day: u8, leap: bool) -> LunarDate {
    LunarDate {
        year,
        month,
        day,
        leap,
    }
}

fn all_days() -> impl Iterator<Item = NaiveDate> {
    MIN_DATE.iter_days().take_while(|x| *x <= MAX_DATE)
}

// ---------------------------------------------------------------------------------------
// Independent ephemeris (tools/ephem/gen_month_starts.py, PyEphem 4.2.1)
// ---------------------------------------------------------------------------------------

struct FixtureRow {
    date: NaiveDate,
    label: LunarDate,
    new_moon: String,
    minute: f64,
}

fn fixture() -> Vec<FixtureRow> {
    let text = include_str!("data/lunar_month_starts.csv");
    let mut rows = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        rows.push(FixtureRow {
            date: f[0].parse().unwrap(),
            label: ld(f[1].parse().unwrap(), f[2].parse().unwrap(), 1, f[3] == "1"),
            new_moon: f[4].to_string(),
            minute: f[5].parse().unwrap(),
        });
    }
    rows
}

#[test]
fn every_month_start_matches_the_independent_ephemeris() {
    let rows = fixture();
    assert!(rows.len() > 3700, "fixture has {} rows", rows.len());
    assert_eq!(
        rows.first().unwrap().date,
        MIN_DATE,
        "1900-01-01 is a month start"
    );

    // Month starts according to the table.
    let table: BTreeMap<NaiveDate, LunarDate> = all_days()
        .filter_map(|x| {
            let l = solar_to_lunar(x).unwrap();
            (l.day == 1).then_some((x, l))
        })
        .collect();
    let fixture: BTreeMap<NaiveDate, LunarDate> = rows.iter().map(|r| (r.date, r.label)).collect();

    let flagged = |x: NaiveDate| {
        let here = lunar_info(x).is_ok_and(|i| i.uncertain);
        let before = x
            .pred_opt()
            .and_then(|p| lunar_info(p).ok())
            .is_some_and(|i| i.uncertain);
        here || before
    };
    let mut disagreements = Vec::new();
    for r in &rows {
        if table.get(&r.date) != Some(&r.label) {
            disagreements.push(format!(
                "{}: ephem {:?} (new moon {} UTC+7), table {:?}",
                r.date,
                r.label,
                r.new_moon,
                solar_to_lunar(r.date).unwrap()
            ));
            assert!(flagged(r.date), "unflagged disagreement at {}", r.date);
        }
    }
    for (day, label) in &table {
        if !fixture.contains_key(day) {
            disagreements.push(format!("{day}: table starts {label:?}, ephem does not"));
            assert!(flagged(*day), "unflagged disagreement at {day}");
        }
    }

    // How far Meeus' new moons are from PyEphem's, for the record.
    let mut worst = 0.0f64;
    for r in &rows {
        let k = astro::new_moon_number(jd(r.date));
        let ours = (k - 1..=k + 1)
            .map(astro::NewMoon::new)
            .min_by(|a, b| {
                let da = (a.instant.jd_ut - jd(r.date)).abs();
                let db = (b.instant.jd_ut - jd(r.date)).abs();
                da.total_cmp(&db)
            })
            .unwrap();
        let mut diff = ours.instant.local_minute() - r.minute;
        if diff > 720.0 {
            diff -= 1440.0;
        } else if diff < -720.0 {
            diff += 1440.0;
        }
        worst = worst.max(diff.abs());
    }
    println!(
        "fixture: {} month starts compared, {} disagreements, largest new-moon difference \
         Meeus vs PyEphem {:.2} min",
        rows.len(),
        disagreements.len(),
        worst
    );
    for x in &disagreements {
        println!("  disagreement {x}");
    }
    assert!(
        worst < 2.0,
        "Meeus and PyEphem new moons differ by {worst} min"
    );
}

/// Julian day (UT) of noon of a date.
fn jd(x: NaiveDate) -> f64 {
    f64::from(x.num_days_from_ce()) + 1_721_425.0
}

// ---------------------------------------------------------------------------------------
// Domain vectors (domain.md §4.5, Appendix A)
// ---------------------------------------------------------------------------------------

#[test]
fn appendix_a_tet_and_hung_kings() {
    let table = [
        (2016, (2, 8), (4, 16)),
        (2017, (1, 28), (4, 6)),
        (2018, (2, 16), (4, 25)),
        (2019, (2, 5), (4, 14)),
        (2020, (1, 25), (4, 2)),
        (2021, (2, 12), (4, 21)),
        (2022, (2, 1), (4, 10)),
        (2023, (1, 22), (4, 29)),
        (2024, (2, 10), (4, 18)),
        (2025, (1, 29), (4, 7)),
        (2026, (2, 17), (4, 26)),
        (2027, (2, 6), (4, 16)),
    ];
    for (y, (tm, td), (hm, hd)) in table {
        assert_eq!(tet(y).unwrap(), d(y, tm, td), "Tết {y}");
        assert_eq!(hung_kings_day(y).unwrap(), d(y, hm, hd), "Hùng Kings {y}");
        assert_eq!(solar_to_lunar(d(y, tm, td)).unwrap(), ld(y, 1, 1, false));
        assert_eq!(solar_to_lunar(d(y, hm, hd)).unwrap(), ld(y, 3, 10, false));
        assert_eq!(tet_eve(y).unwrap(), d(y, tm, td).pred_opt().unwrap());
    }
}

#[test]
fn vietnamese_tet_differs_from_china() {
    for (y, m, day) in [(1985, 1, 21), (2007, 2, 17), (2030, 2, 2), (2053, 2, 18)] {
        assert_eq!(tet(y).unwrap(), d(y, m, day), "Vietnamese Tết {y}");
    }
}

#[test]
fn one_day_differences_are_new_moons_in_the_last_hour_before_utc7_midnight() {
    // domain.md §4.5 lists these years as Vietnam-specific Tết dates (python-holidays). A
    // one-day difference from China means the new moon falls between 23:00 and 24:00 at
    // UTC+7 (00:00-01:00 at UTC+8). 1985 differs by a month (a different leap month).
    for y in [1903, 1916, 1935, 1965, 1968, 1969, 2007, 2030, 2053] {
        let t = tet(y).unwrap();
        let k = astro::new_moon_number(jd(t));
        let moon = (k - 1..=k + 1)
            .map(astro::NewMoon::new)
            .find(|n| n.instant.local_date() == Some(t))
            .unwrap();
        let minute = moon.instant.local_minute();
        assert!(minute >= 23.0 * 60.0, "{y}: new moon at minute {minute}");
    }
    assert_eq!(tet(1968).unwrap(), d(1968, 1, 29));
}

#[test]
fn hung_kings_exceptions_listed_by_python_holidays() {
    // domain.md §4.5: Vietnamese Hùng Kings days that differ from a UTC+8 computation.
    for (y, m, day) in [(2009, 4, 4), (2037, 4, 24), (2038, 4, 13)] {
        assert_eq!(hung_kings_day(y).unwrap(), d(y, m, day), "Hùng Kings {y}");
    }
}

#[test]
fn tet_2026_neighbourhood() {
    assert_eq!(
        solar_to_lunar(d(2026, 2, 16)).unwrap(),
        ld(2025, 12, 29, false)
    );
    assert_eq!(
        solar_to_lunar(d(2026, 2, 14)).unwrap(),
        ld(2025, 12, 27, false)
    );
    assert_eq!(month_length(2025, 12, false).unwrap(), 29);
    assert_eq!(tet_eve(2026).unwrap(), d(2026, 2, 16));
    assert_eq!(year_name(2025), "Ất Tỵ");
    assert_eq!(year_name(2026), "Bính Ngọ");
    assert_eq!(year_name(2027), "Đinh Mùi");
}

#[test]
fn range_edges() {
    assert_eq!(solar_to_lunar(MIN_DATE).unwrap(), ld(1899, 12, 1, false));
    let last = solar_to_lunar(MAX_DATE).unwrap();
    assert_eq!(last.year, 2199);
    assert!(last.month >= 11);
    assert_eq!(lunar_to_solar(ld(1899, 12, 1, false)).unwrap(), MIN_DATE);
    assert!(
        lunar_to_solar(ld(1899, 11, 29, false))
            .unwrap_err()
            .is_out_of_range()
    );
    assert_eq!(tet(1900).unwrap(), d(1900, 1, 31));
    assert!(tet(2199).is_ok());
    assert!(tet(2200).unwrap_err().is_out_of_range());
    assert!(leap_month(1899).is_ok() && leap_month(2199).is_ok());
    assert!(leap_month(1898).is_err() && leap_month(2200).is_err());
}

#[test]
fn known_leap_months() {
    // Leap months of recent years, and the leap month 11 of 2033.
    let expected = [
        (2001, Some(4)),
        (2004, Some(2)),
        (2006, Some(7)),
        (2009, Some(5)),
        (2012, Some(4)),
        (2014, Some(9)),
        (2017, Some(6)),
        (2020, Some(4)),
        (2023, Some(2)),
        (2025, Some(6)),
        (2026, None),
        (2028, Some(5)),
        (2033, Some(11)),
    ];
    for (y, l) in expected {
        assert_eq!(leap_month(y).unwrap(), l, "leap month of {y}");
    }
}

#[test]
fn uncertain_days_are_few_and_reported() {
    let uncertain: Vec<NaiveDate> = all_days()
        .filter(|x| lunar_info(*x).unwrap().uncertain)
        .collect();
    println!("{} uncertain days in the range", uncertain.len());
    // 1938: the principal term 180° falls 26 s before midnight on the last day of the
    // month that starts on 25 August; the leap month is 8 or 7 depending on it.
    assert!(lunar_info(d(1938, 9, 1)).unwrap().uncertain);
    assert!(lunar_info(d(1938, 10, 1)).unwrap().uncertain);
    assert!(!lunar_info(d(2026, 2, 17)).unwrap().uncertain);
    assert!(uncertain.len() < 400, "{} uncertain days", uncertain.len());
}

// ---------------------------------------------------------------------------------------
// Invariants over the whole range
// ---------------------------------------------------------------------------------------

#[test]
fn every_day_round_trips_and_is_monotonic() {
    let mut prev: Option<LunarDate> = None;
    let mut year_months: BTreeMap<i32, Vec<(u8, bool, u8)>> = BTreeMap::new();
    let mut count = 0;
    for x in all_days() {
        let info = lunar_info(x).unwrap();
        let l = info.date;
        assert_eq!(solar_to_lunar(x).unwrap(), l);
        assert_eq!(lunar_to_solar(l).unwrap(), x, "{l:?}");
        assert!(info.month_length == 29 || info.month_length == 30);
        assert!(l.day <= info.month_length);
        assert_eq!(info.leap_month_of_year, leap_month(l.year).unwrap());
        assert_eq!(
            month_length(l.year, l.month, l.leap).unwrap(),
            info.month_length
        );
        if let Some(p) = prev {
            if l.day == 1 {
                // A new month: the previous day ended its month.
                assert_eq!(p.day, month_length(p.year, p.month, p.leap).unwrap(), "{x}");
                let next = if l.leap {
                    (p.year, p.month) == (l.year, l.month) && !p.leap
                } else if l.month == 1 {
                    p.month == 12 && p.year + 1 == l.year
                } else {
                    p.year == l.year && p.month + 1 == l.month
                };
                assert!(next, "{p:?} then {l:?} at {x}");
            } else {
                assert_eq!(
                    l,
                    LunarDate {
                        day: p.day + 1,
                        ..p
                    },
                    "{x}"
                );
            }
        }
        if l.day == 1 {
            year_months
                .entry(l.year)
                .or_default()
                .push((l.month, l.leap, info.month_length));
        }
        prev = Some(l);
        count += 1;
    }
    assert_eq!(count, 109_573); // 300 years, 73 of them leap
    // Years wholly inside the range: 12 months, or 13 with exactly one leap month.
    for (y, months) in year_months.range(1900..=2198) {
        let leaps: Vec<u8> = months.iter().filter(|m| m.1).map(|m| m.0).collect();
        match months.len() {
            12 => assert!(leaps.is_empty(), "{y}"),
            13 => assert_eq!(leaps, vec![leap_month(*y).unwrap().unwrap()], "{y}"),
            n => panic!("lunar year {y} has {n} months"),
        }
        let days: u32 = months.iter().map(|m| u32::from(m.2)).sum();
        assert!(matches!(days, 353..=355 | 383..=385), "{y}: {days} days");
        let non_leap: Vec<u8> = months.iter().filter(|m| !m.1).map(|m| m.0).collect();
        assert_eq!(non_leap, (1..=12).collect::<Vec<u8>>(), "{y}");
    }
}

#[test]
fn tet_eve_is_the_last_day_of_month_12() {
    for y in 1900..=2199 {
        let eve = tet_eve(y).unwrap();
        let l = solar_to_lunar(eve).unwrap();
        assert_eq!((l.year, l.month), (y - 1, 12), "{y}");
        assert_eq!(l.day, month_length(l.year, 12, l.leap).unwrap());
        assert_eq!(eve.succ_opt().unwrap(), tet(y).unwrap());
        let t = tet(y).unwrap();
        assert!(t >= d(y, 1, 21) && t <= d(y, 2, 20), "Tết {y} on {t}");
    }
}

#[test]
fn astro_agrees_with_the_table_on_month_starts_sample() {
    // The direct computation and the table, on the first days of every 7th month.
    let mut x = MIN_DATE;
    let mut n = 0;
    while x <= MAX_DATE {
        assert_eq!(
            astro::solar_to_lunar(x).unwrap(),
            solar_to_lunar(x).unwrap(),
            "{x}"
        );
        let l = solar_to_lunar(x).unwrap();
        assert_eq!(astro::lunar_to_solar(l).unwrap(), x);
        x = x.checked_add_days(Days::new(7 * 29 + 3)).unwrap();
        n += 1;
    }
    assert!(n > 500);
}

fn valid_lunar_date() -> impl Strategy<Value = LunarDate> {
    (1900i32..=2198, 0u32..13, 1u8..=30).prop_map(|(year, pos, day)| {
        let leap = leap_month(year).unwrap();
        let (month, is_leap) = match leap {
            None => ((pos % 12) as u8 + 1, false),
            Some(l) => {
                let pos = pos as u8;
                if pos < l {
                    (pos + 1, false)
                } else if pos == l {
                    (l, true)
                } else {
                    (pos, false)
                }
            }
        };
        let len = month_length(year, month, is_leap).unwrap();
        ld(year, month, day.min(len), is_leap)
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn lunar_solar_lunar(l in valid_lunar_date()) {
        let s = lunar_to_solar(l).unwrap();
        prop_assert_eq!(solar_to_lunar(s).unwrap(), l);
    }

    #[test]
    fn solar_lunar_solar(days in 0u64..109_573) {
        let s = MIN_DATE.checked_add_days(Days::new(days)).unwrap();
        prop_assert_eq!(lunar_to_solar(solar_to_lunar(s).unwrap()).unwrap(), s);
    }

    #[test]
    fn consecutive_days(days in 0u64..109_572) {
        let a = MIN_DATE.checked_add_days(Days::new(days)).unwrap();
        let (x, y) = (solar_to_lunar(a).unwrap(), solar_to_lunar(a.succ_opt().unwrap()).unwrap());
        prop_assert!(y.day == x.day + 1 && (y.year, y.month, y.leap) == (x.year, x.month, x.leap)
            || y.day == 1 && (x.day == 29 || x.day == 30));
    }

    #[test]
    fn any_lunar_input_never_panics(year in any::<i32>(), month in any::<u8>(), day in any::<u8>(), leap in any::<bool>()) {
        let l = ld(year, month, day, leap);
        match lunar_to_solar(l) {
            Ok(s) => prop_assert_eq!(solar_to_lunar(s).unwrap(), l),
            Err(e) => {
                prop_assert!(e.code() == 1001 || e.code() == 1002);
                prop_assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
            }
        }
        let _ = month_length(year, month, leap);
        let _ = leap_month(year);
        let _ = tet(year);
        let _ = tet_eve(year);
        let _ = hung_kings_day(year);
        prop_assert!(!year_name(year).is_empty());
    }

    #[test]
    fn any_solar_input_never_panics(days in any::<i32>()) {
        if let Some(s) = NaiveDate::from_num_days_from_ce_opt(days) {
            let r = lunar_info(s);
            prop_assert_eq!(r.is_ok(), (MIN_DATE..=MAX_DATE).contains(&s));
            if let Err(e) = r {
                prop_assert_eq!(e.code(), 1001);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------

fn assert_error(r: Result<impl std::fmt::Debug, motcua::Error>, code: u32, name: &str) {
    let e = r.unwrap_err();
    assert_eq!(e.code(), code, "{e:?}");
    assert_eq!(e.name(), name);
    let (vi, en) = (e.message(Lang::Vi), e.message(Lang::En));
    assert!(!vi.is_empty() && !en.is_empty());
    assert_ne!(vi, en);
    assert_eq!(en, e.to_string());
}

#[test]
fn out_of_range_dates() {
    for x in [
        d(1899, 12, 31),
        d(2200, 1, 1),
        NaiveDate::MIN,
        NaiveDate::MAX,
        d(1, 1, 1),
    ] {
        assert_error(solar_to_lunar(x), 1001, "lunar.out_of_range");
        assert_error(lunar_info(x), 1001, "lunar.out_of_range");
    }
    assert_error(
        lunar_to_solar(ld(2200, 1, 1, false)),
        1001,
        "lunar.out_of_range",
    );
    assert_error(
        lunar_to_solar(ld(1899, 1, 1, false)),
        1001,
        "lunar.out_of_range",
    );
    assert_error(
        lunar_to_solar(ld(i32::MIN, 1, 1, false)),
        1001,
        "lunar.out_of_range",
    );
    assert_error(
        lunar_to_solar(ld(i32::MAX, 1, 1, false)),
        1001,
        "lunar.out_of_range",
    );
    assert_error(tet(1899), 1001, "lunar.out_of_range");
    assert_error(hung_kings_day(2200), 1001, "lunar.out_of_range");
    assert_error(month_length(1899, 10, false), 1001, "lunar.out_of_range");
    assert_error(leap_month(3000), 1001, "lunar.out_of_range");
    assert_error(
        astro::solar_to_lunar(d(2500, 1, 1)),
        1003,
        "lunar.model_out_of_range",
    );
    assert_error(astro::cycle(1000), 1003, "lunar.model_out_of_range");
}

#[test]
fn nonexistent_lunar_dates() {
    let cases = [
        ld(2026, 0, 1, false),   // month 0
        ld(2026, 13, 1, false),  // month 13
        ld(2026, 1, 0, false),   // day 0
        ld(2026, 1, 31, false),  // day 31
        ld(2026, 4, 1, true),    // 2026 has no leap month
        ld(2025, 5, 1, true),    // 2025's leap month is 6
        ld(2025, 12, 30, false), // month 12 of 2025 has 29 days
        ld(2025, 6, 30, true),   // so has leap month 6
    ];
    for l in cases {
        assert_error(lunar_to_solar(l), 1002, "lunar.nonexistent_date");
        assert_error(astro::lunar_to_solar(l), 1002, "lunar.nonexistent_date");
    }
    for (y, m, leap) in [(2026, 0, false), (2026, 13, false), (2026, 4, true)] {
        assert_error(month_length(y, m, leap), 1002, "lunar.nonexistent_date");
    }
    let e = lunar_to_solar(ld(2025, 5, 1, true)).unwrap_err();
    assert!(
        e.message(Lang::Vi).contains("nhuận tháng 6"),
        "{}",
        e.message(Lang::Vi)
    );
    assert!(
        e.message(Lang::En).contains("month 6"),
        "{}",
        e.message(Lang::En)
    );
    let e = lunar_to_solar(ld(2025, 12, 30, false)).unwrap_err();
    assert!(e.message(Lang::En).contains("29 days"));
    assert!(e.to_string().contains("2025-12-30"));
    let e = lunar_to_solar(ld(2025, 6, 30, true)).unwrap_err();
    assert!(e.to_string().contains("2025-06L-30"));
}

#[test]
fn year_names() {
    assert_eq!(year_name(1984), "Giáp Tý");
    assert_eq!(year_name(1985), "Ất Sửu");
    assert_eq!(year_name(2000), "Canh Thìn");
    assert_eq!(year_name(1900), "Canh Tý");
    assert_eq!(year_name(1945), "Ất Dậu");
    assert_eq!(year_name(1968), "Mậu Thân");
    assert_eq!(year_name(i32::MIN).split(' ').count(), 2);
    let _ = lunar::MIN_DATE;
}
