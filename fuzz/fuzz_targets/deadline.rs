//! Deadline inputs: instants (`parse_instant`), limits (`TimeLimit::from_json`), policies
//! (`DeadlinePolicy::from_json`), `compute_due` and its explanation, and clock events
//! (`ClockEvent::from_json`, `DeadlineClock::{replay, apply, status, assess}`).
//!
//! Input: instant NUL limit NUL policy NUL events NUL as-of (NUL-separated UTF-8).
//!
//! Invariants: instants and documents round-trip; a due date lies in the calendar, at or
//! after the receipt, the appointment at or after the receipt and not after the due date;
//! due dates are monotone in the limit (working and calendar days) and in the receipt time;
//! a refused event leaves the clock unchanged; applying events one by one equals replaying.
#![no_main]

use chrono::{Duration, NaiveDateTime};
use libfuzzer_sys::fuzz_target;
use motcua::deadline::{
    ClockEvent, DeadlineClock, DeadlinePolicy, MAX_LIMIT, TimeLimit, compute_due, parse_instant,
};
use motcua_fuzz::{assert_in_range, assert_typed, civil, split, text};

fn instant(b: &[u8]) -> Option<NaiveDateTime> {
    let s = text(b)?;
    let at = parse_instant(s)?;
    let printed = at.format("%Y-%m-%dT%H:%M:%S").to_string();
    assert_eq!(parse_instant(&printed), Some(at), "{s:?}");
    Some(at)
}

fn bump(limit: TimeLimit) -> Option<TimeLimit> {
    match limit {
        TimeLimit::WorkingDays(n) if n < MAX_LIMIT => Some(TimeLimit::WorkingDays(n + 1)),
        TimeLimit::CalendarDays(n) if n < MAX_LIMIT => Some(TimeLimit::CalendarDays(n + 1)),
        TimeLimit::WorkingHours(n) if n < MAX_LIMIT => Some(TimeLimit::WorkingHours(n + 1)),
        TimeLimit::Months(n) if n < MAX_LIMIT => Some(TimeLimit::Months(n + 1)),
        _ => None,
    }
}

fuzz_target!(|data: &[u8]| {
    let p = split(data, 5);
    let cal = civil();
    let at = instant(p[0]);
    let Some(limit_text) = text(p[1]) else { return };
    let limit = match TimeLimit::from_json(limit_text) {
        Ok(l) => l,
        Err(e) => {
            assert_typed(&e, 2000, 3000);
            return;
        }
    };
    let again = serde_json::to_string(&limit).expect("limit serialises");
    assert_eq!(
        TimeLimit::from_json(&again).expect("limit re-parses"),
        limit
    );
    let policy = if p[2].is_empty() {
        DeadlinePolicy::default()
    } else {
        let Some(t) = text(p[2]) else { return };
        match DeadlinePolicy::from_json(t) {
            Ok(pol) => {
                let again = serde_json::to_string(&pol).expect("policy serialises");
                assert_eq!(
                    DeadlinePolicy::from_json(&again).expect("policy re-parses"),
                    pol
                );
                pol
            }
            Err(e) => {
                assert_typed(&e, 2000, 3000);
                return;
            }
        }
    };

    if let Some(at) = at {
        match compute_due(at, &limit, cal, &policy) {
            Ok(due) => {
                assert_in_range(cal, due.legal_due_date, "legal_due_date");
                assert!(due.legal_due_date >= at.date(), "{due:?}");
                assert!(due.counted_from >= at, "{due:?}");
                assert!(due.appointment_at >= at, "{due:?}");
                assert!(due.appointment_at.date() <= due.legal_due_date, "{due:?}");
                match due.explain(cal) {
                    Ok(x) => {
                        let _ = x.text(motcua::Lang::Vi);
                    }
                    Err(e) => assert_typed(&e, 1000, 3000),
                }
                if let Some(next) = bump(limit)
                    && let Ok(d2) = compute_due(at, &next, cal, &policy)
                {
                    assert!(
                        d2.legal_due_date >= due.legal_due_date,
                        "{limit:?} {next:?}"
                    );
                }
                let later = at + Duration::minutes(37);
                if let Ok(d3) = compute_due(later, &limit, cal, &policy) {
                    assert!(d3.legal_due_date >= due.legal_due_date, "{at} {later}");
                }
            }
            Err(e) => assert_typed(&e, 1000, 3000),
        }
    }

    let Some(events_text) = text(p[3]) else {
        return;
    };
    let events = match ClockEvent::from_json(events_text) {
        Ok(ev) => ev,
        Err(e) => {
            assert_typed(&e, 2000, 3000);
            return;
        }
    };
    let replayed = DeadlineClock::replay(limit, policy.clone(), events.clone(), cal);
    let Ok(mut clock) = DeadlineClock::new(limit, policy) else {
        return;
    };
    let mut first_err = None;
    for e in events {
        let before = clock.clone();
        if let Err(err) = clock.apply(e, cal) {
            assert_typed(&err, 1000, 3000);
            assert_eq!(clock, before, "a refused event changed the clock");
            first_err.get_or_insert(err.code());
        }
    }
    match (&replayed, first_err) {
        (Ok(r), None) => assert_eq!(r, &clock),
        (Err(e), Some(code)) => assert_eq!(e.code(), code),
        (r, f) => panic!("replay {r:?} but apply one by one: first error {f:?}"),
    }
    let as_of = instant(p[4]).or_else(|| clock.events().last().map(ClockEvent::at));
    if let Some(as_of) = as_of {
        match clock.status(as_of, cal) {
            Ok(st) => {
                let _ = serde_json::to_string(&st).expect("status serialises");
            }
            Err(e) => assert_typed(&e, 1000, 3000),
        }
        match clock.assess(as_of, cal) {
            Ok(a) => {
                let _ = serde_json::to_string(&a).expect("assessment serialises");
            }
            Err(e) => assert_typed(&e, 1000, 3000),
        }
    }
});
