//! The deadline engine: worked cases derived by hand from the rules and the 2018–2026
//! civil-service calendar (each expected value is derived in a comment, not copied from the
//! code), property tests, and bad input.
//!
//! Calendar facts used (domain brief §4.3–4.4; embedded announcements):
//! - 2018/19: Mon 31/12/2018 off, swapped with Sat 05/01/2019 (6519/VPCP-KGVX); Tue 01/01/2019.
//! - 2025: Tết Mon 27/01 – Fri 31/01 (9 days off 25/01–02/02); Hùng Kings Mon 07/04;
//!   Wed 30/04, Thu 01/05; Fri 02/05 off swapped with Sat 26/04 (8726/VPCP-KGVX).
//! - 2026: Tết break Sat 14 – Sun 22/02 (Tết days Mon 16 – Fri 20); Hùng Kings Sun 26/04 →
//!   compensatory Mon 27/04; Thu 30/04, Fri 01/05; make-up Sat 22/08 for Mon 31/08; National
//!   Day Tue 01/09 + Wed 02/09; Culture Day Tue 24/11.
//! - Default office hours 07:30–11:30, 13:00–17:00 (8 h).

// Each case reads as "the default policy, with one thing changed".
#![allow(clippy::field_reassign_with_default)]

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use motcua::calendar::{ReasonKind, WeekdayName, WorkCalendar};
use motcua::deadline::{
    AppointmentTime, Channel, ClockEvent, ClockState, CutoffEffect, DayRole, DeadlineClock,
    DeadlinePolicy, Granularity, OfficeHours, OnSupplement, OutsideHours, PaperCutoff, Session,
    TimeLimit, Timeliness, WeekdayHours, compute_due,
};
use motcua::{Error, Lang};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn t(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}
fn cal() -> &'static WorkCalendar {
    static CAL: std::sync::OnceLock<WorkCalendar> = std::sync::OnceLock::new();
    CAL.get_or_init(WorkCalendar::vietnam_civil_service)
}
fn wha(round: u32) -> DeadlinePolicy {
    DeadlinePolicy::default().with_appointment(AppointmentTime::WorkingHourArithmetic {
        round_to_minutes: round,
    })
}
fn online() -> DeadlinePolicy {
    DeadlinePolicy::default().with_channel(Channel::Online)
}

// ---------------------------------------------------------------------------------------
// Worked cases
// ---------------------------------------------------------------------------------------

#[test]
fn tet_2026_working_days() {
    // Thu 12/02/2026 10:00, 3 working days. Thu is the receipt day (not counted). Day 1 =
    // Fri 13/02; Sat 14 – Sun 22 is the Tết break (weekend, Tết Mon 16 – Fri 20, weekend);
    // day 2 = Mon 23/02; day 3 = Tue 24/02. Appointment: closing time 17:00.
    let cal = cal();
    let due = compute_due(
        t("2026-02-12 10:00"),
        &TimeLimit::WorkingDays(3),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2026, 2, 24));
    assert_eq!(due.appointment_at, t("2026-02-24 17:00"));
    assert_eq!(due.handed_over_at, Some(t("2026-02-12 10:00")));
    let ex = due.explain(cal).unwrap();
    // 12/02 … 24/02 = 13 days: receipt, day 1, 9 skipped, day 2, day 3.
    assert_eq!(ex.days.len(), 13);
    assert_eq!(ex.days[0].role, DayRole::Receipt);
    assert_eq!(ex.days[1].day_number, Some(1));
    assert!(
        ex.days[2..11]
            .iter()
            .all(|x| x.role == DayRole::Skipped && !x.reasons.is_empty())
    );
    assert_eq!(ex.days[11].day_number, Some(2));
    assert_eq!(
        (ex.days[12].day_number, ex.days[12].is_due),
        (Some(3), true)
    );
    // Mon 16/02 is a Tết day, by name, in both languages.
    let mon16 = &ex.days[4];
    assert_eq!(mon16.date, d(2026, 2, 16));
    assert!(mon16.reasons.iter().any(|r| r.kind == ReasonKind::Holiday));
    let vi = ex.text(Lang::Vi);
    let en = ex.text(Lang::En);
    assert!(
        vi.contains("Tết Âm lịch") && vi.contains("ngày thứ 3"),
        "{vi}"
    );
    assert!(
        en.contains("Lunar New Year") && en.contains("day 3"),
        "{en}"
    );
}

#[test]
fn tet_2025_working_days_and_hung_kings() {
    // Fri 24/01/2025 09:00, 5 working days: Sat 25 – Sun 02/02 off (Tết Mon 27 – Fri 31);
    // days 1–5 = Mon 03, Tue 04, Wed 05, Thu 06, Fri 07/02.
    let cal = cal();
    let due = compute_due(
        t("2025-01-24 09:00"),
        &TimeLimit::WorkingDays(5),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2025, 2, 7));
    // Fri 04/04/2025, 1 working day: Sat 05, Sun 06, Mon 07/04 Hùng Kings → Tue 08/04.
    let due = compute_due(
        t("2025-04-04 09:00"),
        &TimeLimit::WorkingDays(1),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2025, 4, 8));
}

#[test]
fn hung_kings_2026_compensatory_day() {
    // Fri 24/04/2026, 4 working days: Sat 25, Sun 26 (Hùng Kings), Mon 27 (compensatory) off;
    // day 1 Tue 28, day 2 Wed 29; Thu 30/04 and Fri 01/05 holidays, weekend 02–03/05;
    // day 3 Mon 04/05, day 4 Tue 05/05.
    let cal = cal();
    let due = compute_due(
        t("2026-04-24 14:00"),
        &TimeLimit::WorkingDays(4),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2026, 5, 5));
    let ex = due.explain(cal).unwrap();
    let mon27 = ex.days.iter().find(|x| x.date == d(2026, 4, 27)).unwrap();
    assert!(
        mon27
            .reasons
            .iter()
            .any(|r| r.kind == ReasonKind::Compensatory)
    );
    assert!(ex.text(Lang::En).contains("Hùng Kings"));
}

#[test]
fn make_up_saturday_2026_counts_and_uses_weekday_hours() {
    // Thu 20/08/2026 14:00, 2 working days: day 1 Fri 21/08, day 2 Sat 22/08 — the make-up
    // working Saturday (swapped with Mon 31/08).
    let cal = cal();
    let due = compute_due(
        t("2026-08-20 14:00"),
        &TimeLimit::WorkingDays(2),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2026, 8, 22));
    // A desk open on Saturday mornings only (07:30–11:30): ordinary Saturdays would close at
    // 11:30, but a make-up Saturday replaces a weekday and keeps the weekday's 17:00.
    let mut hours = OfficeHours::default();
    hours.by_weekday.push(WeekdayHours {
        weekday: WeekdayName::Sat,
        morning: Session::hm(7, 30, 11, 30),
        afternoon: None,
    });
    let p = DeadlinePolicy::default().with_office_hours(hours);
    let due = compute_due(t("2026-08-20 14:00"), &TimeLimit::WorkingDays(2), cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2026-08-22 17:00"));
}

#[test]
fn national_day_2026_swap_explained() {
    // Fri 28/08/2026 09:00, 1 working day: Sat 29, Sun 30, Mon 31 (swapped off for Sat
    // 22/08), Tue 01/09 (second National Day day), Wed 02/09 (National Day) → Thu 03/09.
    let cal = cal();
    let due = compute_due(
        t("2026-08-28 09:00"),
        &TimeLimit::WorkingDays(1),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2026, 9, 3));
    let ex = due.explain(cal).unwrap();
    let skipped: Vec<NaiveDate> = ex
        .days
        .iter()
        .filter(|x| x.role == DayRole::Skipped)
        .map(|x| x.date)
        .collect();
    assert_eq!(
        skipped,
        vec![
            d(2026, 8, 29),
            d(2026, 8, 30),
            d(2026, 8, 31),
            d(2026, 9, 1),
            d(2026, 9, 2)
        ]
    );
    let mon31 = &ex.days[3];
    assert!(
        mon31
            .reasons
            .iter()
            .any(|r| r.kind == ReasonKind::Swap && r.related_date == Some(d(2026, 8, 22)))
    );
    assert!(ex.text(Lang::En).contains("2026-08-22"));
}

#[test]
fn new_year_swap_across_the_year_boundary() {
    let cal = cal();
    // Fri 28/12/2018 10:00, 2 working days: Sat 29, Sun 30, Mon 31/12 (swapped off), Tue
    // 01/01/2019 New Year; day 1 Wed 02/01, day 2 Thu 03/01.
    let due = compute_due(
        t("2018-12-28 10:00"),
        &TimeLimit::WorkingDays(2),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2019, 1, 3));
    let ex = due.explain(cal).unwrap();
    let mon31 = ex.days.iter().find(|x| x.date == d(2018, 12, 31)).unwrap();
    assert_eq!(mon31.role, DayRole::Skipped);
    assert!(
        ex.text(Lang::Vi).contains("6519/VPCP-KGVX"),
        "{}",
        ex.text(Lang::Vi)
    );
    // Thu 03/01/2019 10:00, 2 working days: day 1 Fri 04/01, day 2 Sat 05/01 (make-up).
    let due = compute_due(
        t("2019-01-03 10:00"),
        &TimeLimit::WorkingDays(2),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2019, 1, 5));
}

#[test]
fn swap_2025_may() {
    // Thu 24/04/2025, 2 working days: day 1 Fri 25/04, day 2 Sat 26/04 (make-up for Fri 02/05).
    let cal = cal();
    let due = compute_due(
        t("2025-04-24 10:00"),
        &TimeLimit::WorkingDays(2),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2025, 4, 26));
    // Tue 29/04/2025, 1 working day: Wed 30/04, Thu 01/05 holidays, Fri 02/05 swapped off,
    // weekend 03–04/05 → Mon 05/05.
    let due = compute_due(
        t("2025-04-29 10:00"),
        &TimeLimit::WorkingDays(1),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2025, 5, 5));
}

#[test]
fn same_day_after_cutoff_before_a_long_holiday() {
    let cal = cal();
    let p = DeadlinePolicy::default();
    let same_day = TimeLimit::same_day();
    // Fri 13/02/2026 14:59: before the 15:00 cut-off → the same day, 17:00.
    let due = compute_due(t("2026-02-13 14:59"), &same_day, cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2026-02-13 17:00"));
    assert_eq!(due.legal_due_date, d(2026, 2, 13));
    // At 15:00 exactly it is not "after" 15:00 → still the same day.
    let due = compute_due(t("2026-02-13 15:00"), &same_day, cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 2, 13));
    // 15:30: after the cut-off → the next working day, after the Tết break: Mon 23/02, 17:00.
    let due = compute_due(t("2026-02-13 15:30"), &same_day, cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2026-02-23 17:00"));
    assert!(
        due.explain_text(cal, Lang::En)
            .unwrap()
            .contains("after 15:00")
    );
    // Tue 29/04/2025 15:01 → Wed 30, Thu 01/05 holidays, Fri 02/05 swapped, weekend → Mon 05/05.
    let due = compute_due(t("2025-04-29 15:01"), &same_day, cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2025-05-05 17:00"));
    // A configured cut-off of 16:00: 15:30 is then the same day.
    let late = TimeLimit::SameDay {
        cutoff: NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
    };
    let due = compute_due(t("2026-02-13 15:30"), &late, cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 2, 13));
}

#[test]
fn months_at_month_end() {
    let cal = cal();
    let p = DeadlinePolicy::default();
    // 31/01/2025 (Fri) + 1 month: February has no 31st → its last day, Fri 28/02/2025, a
    // working day (Art. 148(3)).
    let due = compute_due(t("2025-01-31 10:00"), &TimeLimit::Months(1), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2025, 2, 28));
    // 31/01/2024 + 1 month → Thu 29/02/2024 (leap year).
    let due = compute_due(t("2024-01-31 10:00"), &TimeLimit::Months(1), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2024, 2, 29));
    // 31/01/2026 (Sat; a paper dossier received at a Saturday desk) + 1 month → Sat
    // 28/02/2026, a day off → the next working day Mon 02/03/2026 (Art. 148(5)).
    let due = compute_due(t("2026-01-31 09:00"), &TimeLimit::Months(1), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 3, 2));
    assert_eq!(due.adjustments.len(), 2); // clamped, then rolled forward
    let en = due.explain_text(cal, Lang::En).unwrap();
    assert!(en.contains("148(3)") && en.contains("148(5)"), "{en}");
    // Calendar days: Fri 13/11/2026 + 11 days = Tue 24/11, Culture Day → Wed 25/11.
    let due = compute_due(t("2026-11-13 10:00"), &TimeLimit::CalendarDays(11), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 11, 25));
    // Mon 09/02/2026 + 10 calendar days = Thu 19/02 (Tết) → Mon 23/02.
    let due = compute_due(t("2026-02-09 10:00"), &TimeLimit::CalendarDays(10), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 2, 23));
    let ex = due.explain(cal).unwrap();
    // Calendar days 1–10 are 10/02–19/02 (counted whatever they are); 20–22/02 are rolled
    // over; 23/02 ends the period.
    assert_eq!(ex.days.iter().filter_map(|x| x.day_number).max(), Some(10));
    assert_eq!(
        ex.days
            .iter()
            .filter(|x| x.role == DayRole::Skipped)
            .count(),
        3
    );
}

#[test]
fn working_hours_across_lunch_and_days() {
    let cal = cal();
    let p = DeadlinePolicy::default();
    // Mon 09/03/2026 10:00 + 4 working hours: 10:00–11:30 (1.5 h), lunch, 13:00–15:30 (2.5 h).
    let due = compute_due(t("2026-03-09 10:00"), &TimeLimit::WorkingHours(4), cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2026-03-09 15:30"));
    assert_eq!(due.legal_due_date, d(2026, 3, 9));
    // + 8 h: the whole working day → Tue 10/03 10:00.
    let due = compute_due(t("2026-03-09 10:00"), &TimeLimit::WorkingHours(8), cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2026-03-10 10:00"));
    // Fri 13/02/2026 15:00 + 4 h: 15:00–17:00 (2 h), then the Tết break, Mon 23/02 07:30–09:30.
    let due = compute_due(t("2026-02-13 15:00"), &TimeLimit::WorkingHours(4), cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2026-02-23 09:30"));
    // Received in the lunch break (12:00) + 2 h: counts from 13:00 → 15:00.
    let due = compute_due(t("2026-03-09 12:00"), &TimeLimit::WorkingHours(2), cal, &p).unwrap();
    assert_eq!(due.appointment_at, t("2026-03-09 15:00"));
    // 0.5 day = 4 h from 10:00 → 15:30; 2.5 days → Wed 11/03 10:00 + 4 h = 15:30.
    let due = compute_due(
        t("2026-03-09 10:00"),
        &TimeLimit::FractionalWorkingDays(0.5),
        cal,
        &p,
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-03-09 15:30"));
    let due = compute_due(
        t("2026-03-09 10:00"),
        &TimeLimit::FractionalWorkingDays(2.5),
        cal,
        &p,
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-03-11 15:30"));
    // 07:00–11:30 / 13:30–17:00 hours: 0.5 day is still 4 h; from 10:00: 10:00–11:30 (1.5 h),
    // 13:30–16:00 (2.5 h) → 16:00.
    let other = p
        .clone()
        .with_office_hours(OfficeHours::split(7, 0, 11, 30, 13, 30, 17, 0).unwrap());
    let due = compute_due(
        t("2026-03-09 10:00"),
        &TimeLimit::FractionalWorkingDays(0.5),
        cal,
        &other,
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-03-09 16:00"));
}

#[test]
fn working_hour_arithmetic_appointments() {
    let cal = cal();
    // Mon 09/03/2026 12:00 (lunch), 1 working day: counts from 13:00; 8 h = 13:00–17:00 (4 h)
    // + Tue 07:30–11:30 (4 h) → Tue 10/03 11:30, the earliest instant the day has elapsed.
    let due = compute_due(
        t("2026-03-09 12:00"),
        &TimeLimit::WorkingDays(1),
        cal,
        &wha(0),
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-03-10 11:30"));
    assert_eq!(due.legal_due_date, d(2026, 3, 10));
    // Thu 12/02/2026 10:00, 3 days → same time on the 3rd working day, Tue 24/02 10:00.
    let due = compute_due(
        t("2026-02-12 10:00"),
        &TimeLimit::WorkingDays(3),
        cal,
        &wha(15),
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-02-24 10:00"));
    // Received at the opening, Mon 09/03 07:30, 1 day: all of Monday counts → Mon 17:00,
    // the working day before the legal due date (Tue 10/03).
    let due = compute_due(
        t("2026-03-09 07:30"),
        &TimeLimit::WorkingDays(1),
        cal,
        &wha(0),
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-03-09 17:00"));
    assert_eq!(due.legal_due_date, d(2026, 3, 10));
    // KeepTimeOfDay: Tue 10/03 at the (normalised) 13:00.
    let keep = DeadlinePolicy::default().with_appointment(AppointmentTime::KeepTimeOfDay);
    let due = compute_due(
        t("2026-03-09 12:00"),
        &TimeLimit::WorkingDays(1),
        cal,
        &keep,
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-03-10 13:00"));
    // Rounding up to 15 minutes never crosses the session end: 11:23 + 8 h → Tue 11:23 → 11:30.
    let due = compute_due(
        t("2026-03-09 11:23"),
        &TimeLimit::WorkingDays(1),
        cal,
        &wha(15),
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-03-10 11:30"));
}

#[test]
fn receipt_on_a_day_off() {
    let cal = cal();
    // Online, Sat 21/03/2026 10:00, 2 working days. Default: counts from the next working
    // session, Mon 23/03 07:30; Monday is then the (deemed) receipt day → day 1 Tue 24, day 2
    // Wed 25/03.
    let due = compute_due(
        t("2026-03-21 10:00"),
        &TimeLimit::WorkingDays(2),
        cal,
        &online(),
    )
    .unwrap();
    assert_eq!(due.counted_from, t("2026-03-23 07:30"));
    assert_eq!(due.legal_due_date, d(2026, 3, 25));
    assert_eq!(due.handed_over_at, None);
    let ex = due.explain(cal).unwrap();
    let roles: Vec<DayRole> = ex.days.iter().map(|x| x.role).collect();
    assert_eq!(
        roles,
        vec![
            DayRole::Receipt,
            DayRole::BeforeCount,
            DayRole::BeforeCount,
            DayRole::Counted,
            DayRole::Counted
        ]
    );
    // As submitted: Saturday is the receipt day → day 1 Mon 23, day 2 Tue 24/03.
    let mut p = online();
    p.online_outside_hours = OutsideHours::AsSubmitted;
    let due = compute_due(t("2026-03-21 10:00"), &TimeLimit::WorkingDays(2), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 3, 24));
    // Online at 18:00 Mon 09/03 → counts from Tue 10/03 07:30 → 1 day: Wed 11/03.
    let due = compute_due(
        t("2026-03-09 18:00"),
        &TimeLimit::WorkingDays(1),
        cal,
        &online(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2026, 3, 11));
    // Last-hour rule (Decree 297/2025 Art. 6(3)): 16:10 is within 60 min of 17:00 → from Tue.
    p.online_outside_hours = OutsideHours::NextWorkingDayInLastHour { minutes: 60 };
    let due = compute_due(t("2026-03-09 16:10"), &TimeLimit::WorkingDays(1), cal, &p).unwrap();
    assert_eq!(due.counted_from, t("2026-03-10 07:30"));
    assert_eq!(due.legal_due_date, d(2026, 3, 11));
    // Online Fri 13/02/2026 18:00 same-day limit → the next session is Mon 23/02 07:30,
    // before the cut-off → due Mon 23/02 17:00.
    let due = compute_due(
        t("2026-02-13 18:00"),
        &TimeLimit::same_day(),
        cal,
        &online(),
    )
    .unwrap();
    assert_eq!(due.appointment_at, t("2026-02-23 17:00"));
}

#[test]
fn paper_cutoff_hand_over_and_deferral() {
    let cal = cal();
    // Desk, Mon 09/03/2026 16:00, 1 working day. Hand-over only (default): counts from Monday
    // → Tue 10/03; the desk forwards it at Tue 07:30 (Decree 61/2018 Art. 18).
    let due = compute_due(
        t("2026-03-09 16:00"),
        &TimeLimit::WorkingDays(1),
        cal,
        &DeadlinePolicy::default(),
    )
    .unwrap();
    assert_eq!(due.legal_due_date, d(2026, 3, 10));
    assert_eq!(due.handed_over_at, Some(t("2026-03-10 07:30")));
    // DeferCount: counted as received Tue 07:30 → Wed 11/03.
    let mut p = DeadlinePolicy::default();
    p.paper_cutoff = PaperCutoff {
        effect: CutoffEffect::DeferCount,
        ..PaperCutoff::default()
    };
    let due = compute_due(t("2026-03-09 16:00"), &TimeLimit::WorkingDays(1), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 3, 11));
    // Before the cut-off nothing moves.
    let due = compute_due(t("2026-03-09 14:00"), &TimeLimit::WorkingDays(1), cal, &p).unwrap();
    assert_eq!(due.legal_due_date, d(2026, 3, 10));
}

#[test]
fn supplementation_under_both_semantics() {
    let cal = cal();
    // 10 working days from Mon 02/03/2026 09:00 → Tue 3 … Mon 16/03 (day 10).
    // Supplement requested Wed 04/03 09:00, fulfilled Mon 09/03 13:00.
    // Restart: 10 working days from Mon 09/03 → Tue 10 … Fri 13 (4), Mon 16 … Fri 20 (9),
    //   Mon 23/03 (10).
    // Pause: used (Mon 02, Wed 04] = Tue 03, Wed 04 = 2 days; 8 left from Mon 09/03 → Tue
    //   10 … Fri 13 (4), Mon 16 … Thu 19/03 (8).
    let mut c = DeadlineClock::new(TimeLimit::WorkingDays(10), DeadlinePolicy::default()).unwrap();
    c.apply(
        ClockEvent::Received {
            at: t("2026-03-02 09:00"),
        },
        cal,
    )
    .unwrap();
    assert_eq!(
        c.status(t("2026-03-03 09:00"), cal)
            .unwrap()
            .current
            .legal_due_date,
        d(2026, 3, 16)
    );
    c.apply(
        ClockEvent::SupplementRequested {
            at: t("2026-03-04 09:00"),
            reason: Some("bản sao CCCD".into()),
        },
        cal,
    )
    .unwrap();
    // While waiting, the clock is stopped. Under pause, as of Fri 06/03 12:00 the count would
    // resume on Fri 06 with 8 days left: Mon 09 (1) … Fri 13 (5), Mon 16 (6) … Wed 18/03 (8).
    let s = c.status(t("2026-03-06 12:00"), cal).unwrap();
    assert_eq!(s.state, ClockState::WaitingForApplicant);
    assert!(s.current.stopped);
    assert_eq!(s.alternative.semantics, OnSupplement::PauseAndResume);
    assert_eq!(s.alternative.legal_due_date, d(2026, 3, 18));
    c.apply(
        ClockEvent::SupplementFulfilled {
            at: t("2026-03-09 13:00"),
        },
        cal,
    )
    .unwrap();
    let s = c.status(t("2026-03-10 09:00"), cal).unwrap();
    assert_eq!(s.current.semantics, OnSupplement::RestartFull);
    assert_eq!(s.current.legal_due_date, d(2026, 3, 23));
    assert_eq!(s.current.appointment_at, t("2026-03-23 17:00"));
    assert_eq!(s.alternative.legal_due_date, d(2026, 3, 19));
    assert_eq!(s.original.legal_due_date, d(2026, 3, 16));
    assert_eq!(s.supplements.len(), 1);
    assert!(s.supplements[0].within_notice); // Wed 04/03 ≤ Mon 02 + 3 working days (Thu 05)
    // Remaining as of Tue 10/03 09:00 under restart: (Tue 10, Mon 23] = 9 working days.
    assert_eq!(s.current.remaining_working_days, 9);
    // Finished Fri 20/03 16:00: after the pause due (Thu 19, 17:00) but before the restart due.
    c.apply(
        ClockEvent::Finished {
            at: t("2026-03-20 16:00"),
        },
        cal,
    )
    .unwrap();
    let a = c.assess(t("2026-03-31 00:00"), cal).unwrap();
    assert_eq!(a.against_current, Timeliness::Early);
    assert_eq!(a.index_view, Timeliness::Late);
    // The same dossier under the pause semantics as the chosen one.
    let p = DeadlinePolicy::default().with_on_supplement(OnSupplement::PauseAndResume);
    let c2 =
        DeadlineClock::replay(TimeLimit::WorkingDays(10), p, c.events().to_vec(), cal).unwrap();
    let s2 = c2.status(t("2026-03-20 16:00"), cal).unwrap();
    assert_eq!(s2.current.legal_due_date, d(2026, 3, 19));
    assert_eq!(s2.alternative.legal_due_date, d(2026, 3, 23));
    // F766-style elapsed measure: the wait Wed 04/03 09:00 → Mon 09/03 13:00 is 5 days 4 h =
    // 124 h of wall-clock time; Mon 16/03 17:00 + 124 h = Sat 21/03 21:00. The legal end (end
    // of Mon 16/03) + 124 h falls on Sun 22/03 → rolled to Mon 23/03.
    let mut p = DeadlinePolicy::default().with_on_supplement(OnSupplement::PauseAndResume);
    p.pause_measure = motcua::deadline::PauseMeasure::Elapsed;
    let c3 =
        DeadlineClock::replay(TimeLimit::WorkingDays(10), p, c.events().to_vec(), cal).unwrap();
    let s3 = c3.status(t("2026-03-20 16:00"), cal).unwrap();
    assert_eq!(s3.current.appointment_at, t("2026-03-21 21:00"));
    assert_eq!(s3.current.legal_due_date, d(2026, 3, 23));
}

#[test]
fn second_supplementation_is_late_in_the_index_view() {
    let cal = cal();
    // 5 working days from Mon 02/03/2026: Mon 09/03. Two requests, each answered the next
    // morning; finished early by any measure (Wed 04/03), yet late for the national index.
    let events = vec![
        ClockEvent::Received {
            at: t("2026-03-02 09:00"),
        },
        ClockEvent::SupplementRequested {
            at: t("2026-03-02 10:00"),
            reason: None,
        },
        ClockEvent::SupplementFulfilled {
            at: t("2026-03-03 08:00"),
        },
        ClockEvent::SupplementRequested {
            at: t("2026-03-03 10:00"),
            reason: None,
        },
        ClockEvent::SupplementFulfilled {
            at: t("2026-03-04 08:00"),
        },
        ClockEvent::Finished {
            at: t("2026-03-04 15:00"),
        },
    ];
    let c = DeadlineClock::replay(
        TimeLimit::WorkingDays(5),
        DeadlinePolicy::default(),
        events,
        cal,
    )
    .unwrap();
    let a = c.assess(t("2026-03-05 00:00"), cal).unwrap();
    assert_eq!(a.supplement_requests, 2);
    assert_eq!(a.against_current, Timeliness::Early);
    assert_eq!(a.index_view, Timeliness::Late);
}

#[test]
fn pause_and_resume_moves_the_due_under_both_semantics() {
    let cal = cal();
    // 3 working days from Mon 02/03/2026 09:00 → Thu 05/03. Paused Tue 03/03 09:00, resumed
    // Wed 04/03 09:00: used (Mon 02, Tue 03] = 1 day; 2 left from Wed 04 → Thu 05, Fri 06.
    let events = vec![
        ClockEvent::Received {
            at: t("2026-03-02 09:00"),
        },
        ClockEvent::Paused {
            at: t("2026-03-03 09:00"),
            reason: None,
        },
        ClockEvent::Resumed {
            at: t("2026-03-04 09:00"),
        },
    ];
    let c = DeadlineClock::replay(
        TimeLimit::WorkingDays(3),
        DeadlinePolicy::default(),
        events,
        cal,
    )
    .unwrap();
    let s = c.status(t("2026-03-04 10:00"), cal).unwrap();
    assert_eq!(s.current.legal_due_date, d(2026, 3, 6));
    assert_eq!(s.alternative.legal_due_date, d(2026, 3, 6));
    // A status asked for an earlier instant ignores later events: as of Tue 03/03 08:00 the
    // due is still Thu 05/03.
    let s = c.status(t("2026-03-03 08:00"), cal).unwrap();
    assert_eq!(s.current.legal_due_date, d(2026, 3, 5));
    assert_eq!(s.state, ClockState::Running);
}

#[test]
fn extension_keeps_the_original() {
    let cal = cal();
    // 5 working days from Mon 02/03/2026 → Mon 09/03 17:00. Apology sent Fri 06/03 (at least
    // a day before Mon 09) with a new appointment Fri 13/03 17:00.
    let mut c = DeadlineClock::new(TimeLimit::WorkingDays(5), DeadlinePolicy::default()).unwrap();
    c.apply(
        ClockEvent::Received {
            at: t("2026-03-02 09:00"),
        },
        cal,
    )
    .unwrap();
    // Too late: on the due date itself (Mon 09/03), less than 1 day before.
    let late = ClockEvent::Extended {
        at: t("2026-03-09 08:00"),
        new_appointment: t("2026-03-13 17:00"),
        reason: None,
    };
    let mut probe = c.clone();
    assert_eq!(probe.apply(late, cal).unwrap_err().code(), 2008);
    // Not later than the current appointment.
    let early = ClockEvent::Extended {
        at: t("2026-03-06 10:00"),
        new_appointment: t("2026-03-09 12:00"),
        reason: None,
    };
    assert_eq!(
        c.apply(early, cal).unwrap_err().name(),
        "deadline.extension_not_allowed"
    );
    c.apply(
        ClockEvent::Extended {
            at: t("2026-03-06 10:00"),
            new_appointment: t("2026-03-13 17:00"),
            reason: Some("chờ ý kiến Sở".into()),
        },
        cal,
    )
    .unwrap();
    // At most once.
    let again = ClockEvent::Extended {
        at: t("2026-03-10 10:00"),
        new_appointment: t("2026-03-20 17:00"),
        reason: None,
    };
    let err = c.apply(again, cal).unwrap_err();
    assert_eq!(err.code(), 2008);
    assert!(err.message(Lang::Vi).contains("không quá 1 lần"));
    let s = c.status(t("2026-03-10 10:00"), cal).unwrap();
    assert!(s.current.extended);
    assert_eq!(s.current.appointment_at, t("2026-03-13 17:00"));
    assert_eq!(s.without_extension.appointment_at, t("2026-03-09 17:00"));
    assert_eq!(
        s.extension.as_ref().unwrap().previous_appointment,
        t("2026-03-09 17:00")
    );
    assert!(!s.current.overdue);
    assert!(s.without_extension.overdue);
    // Finished Wed 11/03 10:00: early against the new appointment, late against the original.
    c.apply(
        ClockEvent::Finished {
            at: t("2026-03-11 10:00"),
        },
        cal,
    )
    .unwrap();
    let a = c.assess(t("2026-03-12 00:00"), cal).unwrap();
    assert_eq!(a.against_current, Timeliness::Early);
    assert_eq!(a.against_original, Timeliness::Late);
    // By calendar date, finishing on Fri 13/03 at 16:00 is on time.
    let mut p = DeadlinePolicy::default();
    p.granularity = Granularity::CalendarDate;
    let mut ev = c.events().to_vec();
    ev.pop();
    ev.push(ClockEvent::Finished {
        at: t("2026-03-13 16:00"),
    });
    let c2 = DeadlineClock::replay(TimeLimit::WorkingDays(5), p, ev, cal).unwrap();
    assert_eq!(
        c2.assess(t("2026-03-14 00:00"), cal)
            .unwrap()
            .against_current,
        Timeliness::OnTime
    );
}

#[test]
fn inter_agency_steps() {
    let cal = cal();
    // Same-day certified copy (Hanoi-style steps): receipt 2 h, appraisal 3 h, signing 2 h,
    // issuance 1 h = 8 h, the length of one working day.
    let mut c = DeadlineClock::new(TimeLimit::same_day(), DeadlinePolicy::default()).unwrap();
    c.apply(
        ClockEvent::Received {
            at: t("2026-03-09 08:00"),
        },
        cal,
    )
    .unwrap();
    let step = |at: &str, id: &str, h: u32| ClockEvent::StepStarted {
        at: t(at),
        step: id.into(),
        budget: TimeLimit::WorkingHours(h),
    };
    c.apply(step("2026-03-09 08:00", "receipt", 2), cal)
        .unwrap();
    c.apply(
        ClockEvent::StepFinished {
            at: t("2026-03-09 09:30"),
            step: "receipt".into(),
        },
        cal,
    )
    .unwrap();
    // Appraisal from 10:00, 3 h: 10:00–11:30 (1.5 h) + 13:00–14:30 → due 14:30.
    c.apply(step("2026-03-09 10:00", "appraisal", 3), cal)
        .unwrap();
    c.apply(step("2026-03-09 10:00", "signing", 2), cal)
        .unwrap();
    // A further 2 h would bring the total to 2+3+2+2 = 9 h > 8 h.
    let err = c
        .clone()
        .apply(step("2026-03-09 10:00", "issuance", 2), cal)
        .unwrap_err();
    assert_eq!(err.code(), 2009);
    c.apply(step("2026-03-09 10:00", "issuance", 1), cal)
        .unwrap();
    let s = c.status(t("2026-03-09 15:00"), cal).unwrap();
    let appraisal = s.steps.iter().find(|x| x.step == "appraisal").unwrap();
    assert_eq!(appraisal.due_at, t("2026-03-09 14:30"));
    assert!(appraisal.overdue);
    // 14:30 → 15:00 is 30 working minutes past.
    assert_eq!(appraisal.remaining_working_seconds, -1800);
    let receipt = s.steps.iter().find(|x| x.step == "receipt").unwrap();
    assert_eq!(receipt.due_at, t("2026-03-09 10:00"));
    assert!(!receipt.overdue);
    // Finishing an unknown step is a typed error.
    let err = c
        .apply(
            ClockEvent::StepFinished {
                at: t("2026-03-09 15:00"),
                step: "nope".into(),
            },
            cal,
        )
        .unwrap_err();
    assert_eq!(err.name(), "deadline.invalid_step");
}

#[test]
fn json_shapes_round_trip() {
    for (limit, json) in [
        (TimeLimit::WorkingDays(30), r#"{"working_days":30}"#),
        (TimeLimit::WorkingHours(4), r#"{"working_hours":4}"#),
        (
            TimeLimit::FractionalWorkingDays(0.5),
            r#"{"fractional_working_days":0.5}"#,
        ),
        (TimeLimit::CalendarDays(15), r#"{"calendar_days":15}"#),
        (TimeLimit::Months(1), r#"{"months":1}"#),
        (
            TimeLimit::same_day(),
            r#"{"same_day":{"cutoff":"15:00:00"}}"#,
        ),
    ] {
        assert_eq!(serde_json::to_string(&limit).unwrap(), json);
        assert_eq!(TimeLimit::from_json(json).unwrap(), limit);
    }
    assert_eq!(
        TimeLimit::from_json(r#"{"same_day": {}}"#).unwrap(),
        TimeLimit::same_day()
    );
    assert_eq!(
        TimeLimit::from_json(r#"{"same_day": {"cutoff": "16:00"}}"#).unwrap(),
        TimeLimit::SameDay {
            cutoff: NaiveTime::from_hms_opt(16, 0, 0).unwrap()
        }
    );
    let p = DeadlinePolicy::default();
    let back = DeadlinePolicy::from_json(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
    let p = DeadlinePolicy::from_json(r#"{"channel": "online", "online_outside_hours": {"next_working_day_in_last_hour": {"minutes": 60}},
        "office_hours": {"default": {"morning": {"start": "07:00", "end": "11:30"}, "afternoon": {"start": "13:30", "end": "17:00"}}}}"#).unwrap();
    assert_eq!(p.channel, Channel::Online);
    assert_eq!(p.office_hours.reference_day_seconds().unwrap(), 8 * 3600);
    let cal = cal();
    let due = compute_due(t("2026-03-09 10:00"), &TimeLimit::WorkingDays(3), cal, &p).unwrap();
    let json = serde_json::to_string(&due).unwrap();
    assert_eq!(
        serde_json::from_str::<motcua::deadline::Due>(&json).unwrap(),
        due
    );
    let c = DeadlineClock::replay(
        TimeLimit::WorkingDays(3),
        p,
        ClockEvent::from_json(r#"{"type":"received","at":"2026-03-09T10:00:00"}"#).unwrap(),
        cal,
    )
    .unwrap();
    let back: DeadlineClock = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
    assert_eq!(
        serde_json::to_value(ClockEvent::Finished {
            at: t("2026-03-09 10:00")
        })
        .unwrap()["type"],
        "finished"
    );
}

#[test]
fn policy_keyed_by_regime_and_documented() {
    use motcua::deadline::Regime;
    assert_eq!(
        DeadlinePolicy::in_force_on(d(2025, 6, 30)).regime,
        Regime::Decree61_2018
    );
    assert_eq!(
        DeadlinePolicy::in_force_on(d(2025, 7, 1)).regime,
        Regime::Decree118_2025
    );
    assert_eq!(DeadlinePolicy::default().regime, Regime::Decree118_2025);
    for regime in [Regime::Decree61_2018, Regime::Decree118_2025] {
        let notes = DeadlinePolicy::for_regime(regime).notes();
        assert_eq!(notes.len(), 11);
        assert!(notes.iter().all(|n| n.is_default && !n.source.is_empty()));
    }
    let mut p = DeadlinePolicy::default();
    p.on_supplement = OnSupplement::PauseAndResume;
    assert!(
        !p.notes()
            .iter()
            .find(|n| n.key == "on_supplement")
            .unwrap()
            .is_default
    );
}

// ---------------------------------------------------------------------------------------
// Bad input: typed errors with messages in both languages, never a panic
// ---------------------------------------------------------------------------------------

fn check_err(e: &Error, code: u32, name: &str) {
    assert_eq!(e.code(), code, "{e:?}");
    assert_eq!(e.name(), name);
    let (vi, en) = (e.message(Lang::Vi), e.message(Lang::En));
    assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{vi} / {en}");
    assert_eq!(e.to_string(), en);
}

#[test]
fn bad_limits() {
    let cal = cal();
    let p = DeadlinePolicy::default();
    let r = t("2026-03-09 10:00");
    for l in [
        TimeLimit::WorkingDays(0),
        TimeLimit::WorkingHours(0),
        TimeLimit::CalendarDays(0),
        TimeLimit::Months(0),
        TimeLimit::FractionalWorkingDays(0.0),
        TimeLimit::FractionalWorkingDays(-0.5),
        TimeLimit::FractionalWorkingDays(f64::NAN),
        TimeLimit::FractionalWorkingDays(f64::INFINITY),
        TimeLimit::WorkingDays(motcua::deadline::MAX_LIMIT + 1),
    ] {
        check_err(
            &compute_due(r, &l, cal, &p).unwrap_err(),
            2001,
            "deadline.invalid_limit",
        );
    }
    for j in [
        r#"{"working_days": -3}"#,
        r#"{"working_hours": 0}"#,
        r#"{"fractional_working_days": -1.5}"#,
        r#"{"months": 1e9}"#,
    ] {
        check_err(
            &TimeLimit::from_json(j).unwrap_err(),
            2001,
            "deadline.invalid_limit",
        );
    }
    for j in [r#"{"weeks": 3}"#, "not json", r#"{"working_days": 1.5}"#] {
        check_err(
            &TimeLimit::from_json(j).unwrap_err(),
            2012,
            "deadline.parse",
        );
    }
}

#[test]
fn bad_office_hours() {
    let cal = cal();
    let r = t("2026-03-09 10:00");
    let l = TimeLimit::WorkingDays(1);
    let cases = [
        OfficeHours::split(11, 30, 7, 30, 13, 0, 17, 0).unwrap(), // morning ends before it starts
        OfficeHours::split(7, 30, 11, 30, 17, 0, 13, 0).unwrap(), // afternoon ends before it starts
        OfficeHours::split(7, 30, 13, 30, 13, 0, 17, 0).unwrap(), // afternoon overlaps morning
        OfficeHours::split(7, 30, 11, 30, 11, 30, 11, 30).unwrap(), // empty afternoon
        OfficeHours {
            default: motcua::deadline::DayHours {
                morning: None,
                afternoon: None,
            },
            by_weekday: vec![],
        },
    ];
    for h in cases {
        let p = DeadlinePolicy::default().with_office_hours(h);
        check_err(
            &compute_due(r, &l, cal, &p).unwrap_err(),
            2002,
            "deadline.invalid_office_hours",
        );
        check_err(
            &DeadlineClock::new(l, p).unwrap_err(),
            2002,
            "deadline.invalid_office_hours",
        );
    }
    let mut dup = OfficeHours::default();
    for _ in 0..2 {
        dup.by_weekday.push(WeekdayHours {
            weekday: WeekdayName::Fri,
            morning: Session::hm(7, 30, 11, 30),
            afternoon: None,
        });
    }
    check_err(
        &dup.validate().unwrap_err(),
        2002,
        "deadline.invalid_office_hours",
    );
    check_err(
        &DeadlinePolicy::from_json(
            r#"{"office_hours": {"default": {"morning": {"start": "12:00", "end": "08:00"}}}}"#,
        )
        .unwrap_err(),
        2002,
        "deadline.invalid_office_hours",
    );
    check_err(
        &DeadlinePolicy::from_json(r#"{"bogus": 1}"#).unwrap_err(),
        2012,
        "deadline.parse",
    );
    check_err(
        &DeadlinePolicy::from_json(
            r#"{"online_outside_hours": {"next_working_day_in_last_hour": {"minutes": 600}}}"#,
        )
        .unwrap_err(),
        2005,
        "deadline.invalid_policy",
    );
}

#[test]
fn out_of_range() {
    let cal = cal();
    let p = DeadlinePolicy::default();
    for r in [t("1999-12-31 10:00"), t("2200-01-01 10:00")] {
        check_err(
            &compute_due(r, &TimeLimit::WorkingDays(1), cal, &p).unwrap_err(),
            2003,
            "deadline.date_out_of_range",
        );
    }
    // The result beyond 2199-12-31.
    for l in [
        TimeLimit::WorkingDays(90_000),
        TimeLimit::CalendarDays(3_000),
        TimeLimit::Months(120),
        TimeLimit::WorkingHours(100_000),
        TimeLimit::FractionalWorkingDays(99_999.5),
    ] {
        check_err(
            &compute_due(t("2195-01-02 10:00"), &l, cal, &p).unwrap_err(),
            2004,
            "deadline.due_out_of_range",
        );
    }
    // Same day on the last day of the calendar after the cut-off.
    check_err(
        &compute_due(t("2199-12-31 16:00"), &TimeLimit::same_day(), cal, &p).unwrap_err(),
        2004,
        "deadline.due_out_of_range",
    );
}

#[test]
fn events_out_of_order_and_invalid_transitions() {
    let cal = cal();
    let mut c = DeadlineClock::new(TimeLimit::WorkingDays(5), DeadlinePolicy::default()).unwrap();
    check_err(
        &c.status(t("2026-03-02 09:00"), cal).unwrap_err(),
        2007,
        "deadline.invalid_transition",
    );
    c.apply(
        ClockEvent::Received {
            at: t("2026-03-02 09:00"),
        },
        cal,
    )
    .unwrap();
    let before = c.clone();
    check_err(
        &c.apply(
            ClockEvent::Paused {
                at: t("2026-03-01 09:00"),
                reason: None,
            },
            cal,
        )
        .unwrap_err(),
        2006,
        "deadline.event_out_of_order",
    );
    check_err(
        &c.apply(
            ClockEvent::Received {
                at: t("2026-03-02 10:00"),
            },
            cal,
        )
        .unwrap_err(),
        2007,
        "deadline.invalid_transition",
    );
    check_err(
        &c.apply(
            ClockEvent::SupplementFulfilled {
                at: t("2026-03-02 10:00"),
            },
            cal,
        )
        .unwrap_err(),
        2007,
        "deadline.invalid_transition",
    );
    check_err(
        &c.apply(
            ClockEvent::Resumed {
                at: t("2026-03-02 10:00"),
            },
            cal,
        )
        .unwrap_err(),
        2007,
        "deadline.invalid_transition",
    );
    check_err(
        &c.apply(
            ClockEvent::Paused {
                at: t("2250-01-01 10:00"),
                reason: None,
            },
            cal,
        )
        .unwrap_err(),
        2003,
        "deadline.date_out_of_range",
    );
    assert_eq!(c, before, "a refused event leaves the clock unchanged");
    c.apply(
        ClockEvent::Paused {
            at: t("2026-03-02 10:00"),
            reason: None,
        },
        cal,
    )
    .unwrap();
    check_err(
        &c.apply(
            ClockEvent::SupplementRequested {
                at: t("2026-03-02 11:00"),
                reason: None,
            },
            cal,
        )
        .unwrap_err(),
        2007,
        "deadline.invalid_transition",
    );
    c.apply(
        ClockEvent::Finished {
            at: t("2026-03-03 10:00"),
        },
        cal,
    )
    .unwrap();
    check_err(
        &c.apply(
            ClockEvent::Resumed {
                at: t("2026-03-03 11:00"),
            },
            cal,
        )
        .unwrap_err(),
        2007,
        "deadline.invalid_transition",
    );
    check_err(
        &c.status(t("2026-03-01 10:00"), cal).unwrap_err(),
        2011,
        "deadline.before_receipt",
    );
    check_err(
        &ClockEvent::from_json(r#"{"type": "teleported", "at": "2026-03-03T11:00:00"}"#)
            .unwrap_err(),
        2012,
        "deadline.parse",
    );
    let step = ClockEvent::StepStarted {
        at: t("2026-03-03 10:00"),
        step: "x".into(),
        budget: TimeLimit::Months(1),
    };
    let mut c = DeadlineClock::new(TimeLimit::WorkingDays(5), DeadlinePolicy::default()).unwrap();
    c.apply(
        ClockEvent::Received {
            at: t("2026-03-02 09:00"),
        },
        cal,
    )
    .unwrap();
    check_err(
        &c.apply(step, cal).unwrap_err(),
        2001,
        "deadline.invalid_limit",
    );
}

// ---------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------

/// Naive reference for working hours: walk day by day, minute by minute of the sessions.
fn naive_hours(cal: &WorkCalendar, start: NaiveDateTime, minutes: i64) -> NaiveDateTime {
    let sessions = [(7 * 60 + 30, 11 * 60 + 30), (13 * 60, 17 * 60)];
    let mut left = minutes;
    let mut day = start.date();
    let mut from = start
        .time()
        .signed_duration_since(NaiveTime::MIN)
        .num_minutes();
    loop {
        if cal.is_working_day(day) {
            for (a, b) in sessions {
                let s = from.max(a);
                if s < b {
                    if left <= b - s {
                        return day.and_time(NaiveTime::MIN) + Duration::minutes(s + left);
                    }
                    left -= b - s;
                }
            }
        }
        day = day.succ_opt().unwrap();
        from = 0;
    }
}

fn arb_received() -> impl Strategy<Value = NaiveDateTime> {
    (0i64..(11 * 366), 0u32..(24 * 60)).prop_map(|(days, min)| {
        d(2016, 1, 1).and_hms_opt(0, 0, 0).unwrap()
            + Duration::days(days)
            + Duration::minutes(i64::from(min))
    })
}

fn arb_limit() -> impl Strategy<Value = TimeLimit> {
    prop_oneof![
        (1u32..400).prop_map(TimeLimit::WorkingDays),
        (1u32..500).prop_map(TimeLimit::WorkingHours),
        (1u32..200).prop_map(|x| TimeLimit::FractionalWorkingDays(f64::from(x) / 4.0)),
        (1u32..400).prop_map(TimeLimit::CalendarDays),
        (1u32..24).prop_map(TimeLimit::Months),
        (8u32..18).prop_map(|h| TimeLimit::SameDay {
            cutoff: NaiveTime::from_hms_opt(h, 0, 0).unwrap()
        }),
    ]
}

fn arb_policy() -> impl Strategy<Value = DeadlinePolicy> {
    (0usize..3, 0usize..4, 0usize..3, any::<bool>()).prop_map(|(ch, ap, oh, defer)| {
        let mut p = DeadlinePolicy::default();
        p.channel = [Channel::Desk, Channel::Postal, Channel::Online][ch];
        p.appointment = [
            AppointmentTime::EndOfOfficeDay,
            AppointmentTime::KeepTimeOfDay,
            AppointmentTime::WorkingHourArithmetic {
                round_to_minutes: 0,
            },
            AppointmentTime::WorkingHourArithmetic {
                round_to_minutes: 15,
            },
        ][ap];
        p.online_outside_hours = [
            OutsideHours::AsSubmitted,
            OutsideHours::NextWorkingSession,
            OutsideHours::NextWorkingDayInLastHour { minutes: 60 },
        ][oh];
        if defer {
            p.paper_cutoff.effect = CutoffEffect::DeferCount;
        }
        p
    })
}

fn bump(l: TimeLimit, k: u32) -> TimeLimit {
    match l {
        TimeLimit::WorkingDays(n) => TimeLimit::WorkingDays(n + k),
        TimeLimit::WorkingHours(n) => TimeLimit::WorkingHours(n + k),
        TimeLimit::FractionalWorkingDays(x) => {
            TimeLimit::FractionalWorkingDays(x + f64::from(k) / 4.0)
        }
        TimeLimit::CalendarDays(n) => TimeLimit::CalendarDays(n + k),
        TimeLimit::Months(n) => TimeLimit::Months(n + k),
        s @ TimeLimit::SameDay { .. } => s,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn due_is_not_before_receipt(r in arb_received(), l in arb_limit(), p in arb_policy()) {
        let cal = cal();
        let due = compute_due(r, &l, cal, &p).unwrap();
        prop_assert!(due.appointment_at >= r);
        prop_assert!(due.legal_due_date >= r.date());
        prop_assert!(due.counted_from >= r);
        // The appointment never promises later than the end of the legal due date.
        prop_assert!(due.appointment_at.date() <= due.legal_due_date);
        prop_assert!(cal.is_working_day(due.legal_due_date));
        if let TimeLimit::WorkingDays(n) = l {
            // Exactly n working days in (counted date, legal due date].
            prop_assert_eq!(cal.working_days_between(due.counted_from.date(), due.legal_due_date).unwrap(), i64::from(n));
        }
    }

    #[test]
    fn monotone_in_the_limit(r in arb_received(), l in arb_limit(), k in 1u32..50, p in arb_policy()) {
        let cal = cal();
        let a = compute_due(r, &l, cal, &p).unwrap();
        let b = compute_due(r, &bump(l, k), cal, &p).unwrap();
        prop_assert!(a.legal_due_date <= b.legal_due_date);
        prop_assert!(a.appointment_at <= b.appointment_at);
    }

    #[test]
    fn working_hours_match_a_naive_walk(r in arb_received(), h in 1u32..300) {
        let cal = cal();
        let due = compute_due(r, &TimeLimit::WorkingHours(h), cal, &DeadlinePolicy::default()).unwrap();
        let r0 = r.date().and_hms_opt(0, 0, 0).unwrap() + Duration::minutes(r.time().signed_duration_since(NaiveTime::MIN).num_minutes());
        prop_assert_eq!(due.appointment_at, naive_hours(cal, r0, i64::from(h) * 60));
    }

    #[test]
    fn explanation_accounts_for_every_day(r in arb_received(), l in arb_limit(), p in arb_policy()) {
        let cal = cal();
        let due = compute_due(r, &l, cal, &p).unwrap();
        let ex = due.explain(cal).unwrap();
        let last = due.legal_due_date.max(due.appointment_at.date());
        prop_assert_eq!(ex.days.len() as i64, (last - r.date()).num_days() + 1);
        for (i, day) in ex.days.iter().enumerate() {
            prop_assert_eq!(day.date, r.date() + Duration::days(i as i64));
            prop_assert_eq!(day.working, cal.is_working_day(day.date));
            if !day.working {
                prop_assert!(!day.reasons.is_empty(), "{} has no reason", day.date);
            }
            prop_assert_eq!(day.is_due, day.date == due.legal_due_date);
        }
        if let TimeLimit::WorkingDays(n) = l {
            let counted: Vec<_> = ex.days.iter().filter(|x| x.role == DayRole::Counted).collect();
            prop_assert_eq!(counted.len() as u32, n);
            prop_assert_eq!(counted.last().unwrap().date, due.legal_due_date);
            prop_assert_eq!(counted.last().unwrap().day_number, Some(n));
        }
        prop_assert!(!ex.text(Lang::Vi).is_empty() && !ex.text(Lang::En).is_empty());
    }

    #[test]
    fn pause_is_never_later_than_restart(
        r in arb_received(),
        n in 1u32..60,
        gaps in proptest::collection::vec((0i64..(5 * 24 * 60), 0i64..(10 * 24 * 60)), 1..4),
        ap in 0usize..3,
        as_of_after in 0i64..(3 * 24 * 60),
    ) {
        let cal = cal();
        let mut p = DeadlinePolicy::default();
        p.appointment = [AppointmentTime::EndOfOfficeDay, AppointmentTime::KeepTimeOfDay,
            AppointmentTime::WorkingHourArithmetic { round_to_minutes: 15 }][ap];
        let mut c = DeadlineClock::new(TimeLimit::WorkingDays(n), p).unwrap();
        c.apply(ClockEvent::Received { at: r }, cal).unwrap();
        let mut now = r;
        for (run, wait) in gaps {
            now += Duration::minutes(run);
            c.apply(ClockEvent::SupplementRequested { at: now, reason: None }, cal).unwrap();
            now += Duration::minutes(wait);
            c.apply(ClockEvent::SupplementFulfilled { at: now }, cal).unwrap();
        }
        let s = c.status(now + Duration::minutes(as_of_after), cal).unwrap();
        prop_assert_eq!(s.current.semantics, OnSupplement::RestartFull);
        prop_assert!(s.alternative.legal_due_date <= s.current.legal_due_date);
        prop_assert!(s.alternative.appointment_at <= s.current.appointment_at,
            "pause {} > restart {}", s.alternative.appointment_at, s.current.appointment_at);
        // And no earlier than the original due.
        prop_assert!(s.alternative.legal_due_date >= s.original.legal_due_date);
    }
}

#[test]
fn seasonal_spot_checks_are_weekday_consistent() {
    // Guard against a calendar with the wrong weekday for the cases above.
    assert_eq!(d(2026, 2, 12).weekday(), chrono::Weekday::Thu);
    assert_eq!(d(2026, 8, 22).weekday(), chrono::Weekday::Sat);
    assert_eq!(d(2018, 12, 31).weekday(), chrono::Weekday::Mon);
    assert_eq!(d(2026, 11, 24).weekday(), chrono::Weekday::Tue);
}

#[test]
fn every_clock_event_round_trips_through_json_with_the_type_anywhere() {
    let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let r = || Some("r".to_string());
    let all = [
        ClockEvent::Received { at },
        ClockEvent::SupplementRequested { at, reason: r() },
        ClockEvent::SupplementRequested { at, reason: None },
        ClockEvent::SupplementFulfilled { at },
        ClockEvent::Paused { at, reason: r() },
        ClockEvent::Resumed { at },
        ClockEvent::Extended {
            at,
            new_appointment: at,
            reason: r(),
        },
        ClockEvent::StepStarted {
            at,
            step: "s".into(),
            budget: TimeLimit::WorkingHours(3),
        },
        ClockEvent::StepFinished {
            at,
            step: "s".into(),
        },
        ClockEvent::Finished { at },
    ];
    let mut names = std::collections::BTreeSet::new();
    for e in &all {
        let json = serde_json::to_string(e).unwrap();
        assert_eq!(
            &serde_json::from_str::<ClockEvent>(&json).unwrap(),
            e,
            "{json}"
        );
        let serde_json::Value::Object(mut m) = serde_json::to_value(e).unwrap() else {
            panic!("{json}")
        };
        let tag = m.remove("type").unwrap();
        assert_eq!(tag, e.name());
        names.insert(e.name());
        let mut last = serde_json::to_string(&m).unwrap();
        last.pop();
        last.push_str(&format!(",\"type\":{tag}}}"));
        assert_eq!(
            &serde_json::from_str::<ClockEvent>(&last).unwrap(),
            e,
            "{last}"
        );
        let v: serde_json::Value = serde_json::from_str(&last).unwrap();
        assert_eq!(&serde_json::from_value::<ClockEvent>(v).unwrap(), e);
    }
    assert_eq!(names.len(), 9);
}
