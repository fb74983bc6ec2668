//! Announcement documents (`parse_announcements`, `WorkCalendar::with_announcements_json`).
//!
//! Invariants: a parsed document re-serialises and re-parses to the same value; a calendar
//! built from it answers within its range, its prefix counts agree with a day-by-day count
//! over each announced year, and every listed day off is not a working day.
#![no_main]

use chrono::{Datelike, NaiveDate};
use libfuzzer_sys::fuzz_target;
use motcua::calendar::parse_announcements;
use motcua_fuzz::{assert_in_range, assert_typed, civil, enterprise, text};

fuzz_target!(|data: &[u8]| {
    let Some(s) = text(data) else { return };
    let anns = match parse_announcements(s) {
        Ok(a) => a,
        Err(e) => {
            assert_typed(&e, 1000, 2000);
            return;
        }
    };
    let again = serde_json::to_string(&anns).expect("announcements serialise");
    let back = parse_announcements(&again).expect("a serialised announcement re-parses");
    assert_eq!(back, anns);

    let base = if data.len().is_multiple_of(2) {
        civil()
    } else {
        enterprise()
    };
    let cal = match base.with_announcements_json(s) {
        Ok(c) => c,
        Err(e) => {
            assert_typed(&e, 1000, 2000);
            return;
        }
    };
    let mut years: Vec<i32> = anns.iter().map(|a| a.year).collect();
    years.sort_unstable();
    years.dedup();
    for y in years.into_iter().take(3) {
        let (Some(a), Some(b)) = (
            NaiveDate::from_ymd_opt(y, 1, 1),
            NaiveDate::from_ymd_opt(y, 12, 31),
        ) else {
            continue;
        };
        if a < cal.first_date() || b > cal.last_date() {
            continue;
        }
        // Slow reference: count day by day.
        let mut slow = 0i64;
        let mut d = a;
        while d < b {
            d = d.succ_opt().expect("within range");
            slow += i64::from(cal.is_working_day(d));
        }
        assert_eq!(
            cal.working_days_between(a, b).expect("in range"),
            slow,
            "{y}"
        );
        for off in cal.days_off(y) {
            assert_eq!(off.date.year(), y);
            assert!(
                !cal.is_working_day(off.date),
                "day off {} is working",
                off.date
            );
            assert!(!cal.why(off.date).expect("in range").working);
        }
        for m in cal.make_up_days(y) {
            assert!(
                cal.is_working_day(m.date),
                "make-up day {} is not working",
                m.date
            );
        }
        if slow > 0 {
            let r = cal
                .add_working_days(a, slow)
                .expect("the year's last working day");
            assert_in_range(&cal, r, "add_working_days");
            assert!(r <= b && cal.is_working_day(r));
            assert_eq!(cal.working_days_between(a, r).expect("in range"), slow);
        }
    }
});
