//! Invariants that span modules. Each module's own properties live in its test file (e.g.
//! `dossier.rs` drives one dossier configuration, `calendar.rs` checks the civil-service
//! calendar against a slow reference, `deadline.rs` monotonicity in the limit); here the same
//! kinds of property are checked across the seams:
//!
//! - dossier × deadline × calendar × report: random command sequences over random time limits
//!   (every variant), channels and calendars never reach an illegal state, never change the
//!   log on rejection, leave a log that verifies after **every** step, keep the clock's
//!   original due equal to `compute_due` on the same inputs, survive the JSON surfaces
//!   (commands through `Command::from_json`, logs through `Dossier::from_json`), and count
//!   consistently in Biểu 06;
//! - deadline × calendar: the due is monotone in the receipt time, for both audiences and
//!   every channel;
//! - calendar × lunar × announcements: counts agree with a day-by-day reference on random
//!   ranges of calendars with random announcements layered on, of both audiences; lunar
//!   holidays are days off in every calendar.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use motcua::calendar::WorkCalendar;
use motcua::deadline::{Channel, DeadlinePolicy, TimeLimit, compute_due};
use motcua::dossier::*;
use motcua::level::ServiceLevel;
use motcua::report::{DossierSummary, ReportParams, bieu06};
use proptest::prelude::*;

const AG: &str = "000.00.13.H40";
const OTHER: &str = "000.00.16.H40";
const CITIZEN: &str = "040099012345";

fn civil() -> &'static WorkCalendar {
    static CAL: std::sync::OnceLock<WorkCalendar> = std::sync::OnceLock::new();
    CAL.get_or_init(WorkCalendar::vietnam_civil_service)
}

fn enterprise() -> &'static WorkCalendar {
    static CAL: std::sync::OnceLock<WorkCalendar> = std::sync::OnceLock::new();
    CAL.get_or_init(WorkCalendar::vietnam_enterprise)
}

fn cal_of(enterprise_cal: bool) -> &'static WorkCalendar {
    if enterprise_cal {
        enterprise()
    } else {
        civil()
    }
}

fn arb_limit() -> impl Strategy<Value = TimeLimit> {
    prop_oneof![
        (1u32..40).prop_map(TimeLimit::WorkingDays),
        (1u32..60).prop_map(TimeLimit::WorkingHours),
        (1u32..20).prop_map(|q| TimeLimit::FractionalWorkingDays(f64::from(q) / 4.0)),
        (1u32..60).prop_map(TimeLimit::CalendarDays),
        (1u32..4).prop_map(TimeLimit::Months),
        Just(TimeLimit::same_day()),
    ]
}

fn arb_channel() -> impl Strategy<Value = Channel> {
    prop_oneof![
        Just(Channel::Desk),
        Just(Channel::Online),
        Just(Channel::Postal)
    ]
}

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 1, 5)
        .unwrap()
        .and_hms_opt(7, 0, 0)
        .unwrap()
}

// ---------------------------------------------------------------------------------------
// Dossier × deadline × calendar × report.

fn actor(i: u8) -> Actor {
    match i % 8 {
        0 => Actor::new("mc1", Role::DeskOfficer, Some(AG)),
        1 => Actor::new("cv1", Role::ProcessingOfficer, Some(AG)),
        2 => Actor::new("ld1", Role::Approver, Some(AG)),
        3 => Actor::new(CITIZEN, Role::Applicant, None),
        4 => Actor::new("x1", Role::OtherAgency, Some(OTHER)),
        5 => Actor::new("sys", Role::System, None),
        6 => Actor::new("mc9", Role::DeskOfficer, Some(OTHER)),
        _ => Actor::new("cv2", Role::ProcessingOfficer, Some(AG)),
    }
}

/// The role a command normally needs (so that most steps are accepted).
fn canonical(k: u8, channel: Channel) -> Actor {
    match k % 23 {
        0 | 1 | 3 if channel == Channel::Online => actor(3),
        0..=5 | 17..=19 | 21 | 22 => actor(0),
        6 | 13..=16 => actor(2),
        7 | 9 | 11 => actor(1),
        8 | 12 | 20 => actor(3),
        _ => actor(4),
    }
}

fn command(
    k: u8,
    p: u8,
    at: NaiveDateTime,
    seq: &mut u32,
    limit: TimeLimit,
    channel: Channel,
) -> CommandKind {
    let docs = |p: u8| -> Vec<String> {
        match p % 3 {
            0 => vec!["tp1".into(), "tp2".into()],
            1 => vec!["tp1".into()],
            _ => vec!["tp2".into()],
        }
    };
    match k % 23 {
        0 => CommandKind::Create {
            context: Box::new(
                DossierContext::new("1.004222", "cu_tru", limit, AG, AG)
                    .with_documents(["tp1", "tp2"])
                    .with_level(ServiceLevel::Level3)
                    .with_fee(p % 2 == 0),
            ),
            channel,
            applicant: Applicant {
                id: CITIZEN.into(),
                name: "Nguyễn Văn A".into(),
                organisation: false,
            },
        },
        1 => CommandKind::Submit { documents: docs(p) },
        2 => CommandKind::RequestSupplementAtDesk {
            missing: docs(p),
            reason: "r".into(),
        },
        3 => CommandKind::Resubmit { documents: docs(p) },
        4 => CommandKind::RefuseAtReceipt { reason: "r".into() },
        5 => {
            *seq += 1;
            CommandKind::Accept {
                code: format!("{AG}-{}-{:04}", at.format("%y%m%d"), *seq),
            }
        }
        6 => CommandKind::Assign {
            officer: "cv1".into(),
        },
        7 => CommandKind::RequestSupplement {
            missing: docs(p),
            reason: "r".into(),
        },
        8 => CommandKind::Supplement { documents: docs(p) },
        9 => CommandKind::Forward {
            agency: OTHER.into(),
            step: "s".into(),
            budget: TimeLimit::WorkingHours(u32::from(p % 16) + 1),
        },
        10 => CommandKind::ReplyFromAgency {
            step: "s".into(),
            opinion: "o".into(),
        },
        11 => CommandKind::RequestPayment {
            amount: u64::from(p) * 1000,
        },
        12 => CommandKind::Pay {
            amount: u64::from(p) * 1000,
            method: PaymentMethod::Online,
        },
        13 => CommandKind::Apologise {
            new_appointment: at + Duration::hours(i64::from(p) * 3),
            reason: "r".into(),
        },
        14 => CommandKind::Approve {
            result: ResultDoc {
                number: "1".into(),
                name: "Giấy xác nhận".into(),
                electronic: p % 2 == 0,
            },
        },
        15 => CommandKind::Deny { reason: "r".into() },
        16 => CommandKind::Stop { reason: "r".into() },
        17 => CommandKind::ReturnResult { online: p % 2 == 0 },
        18 => CommandKind::SendByPost {
            tracking: "EE1".into(),
        },
        19 => CommandKind::ConfirmDelivery,
        20 => CommandKind::RequestWithdrawal { reason: "r".into() },
        21 => CommandKind::ApproveWithdrawal,
        _ => CommandKind::RejectWithdrawal { reason: "r".into() },
    }
}

type Step = (u8, u8, u8, u16);

/// Drives one dossier; checks the step invariants after every command; returns it.
fn drive(
    id: &str,
    steps: &[Step],
    limit: TimeLimit,
    channel: Channel,
    cal: &WorkCalendar,
) -> Dossier {
    let mut d = Dossier::new(id);
    let mut at = t0();
    let mut seq = 0u32;
    // Always start with a valid creation so that the sequence gets somewhere.
    let create = Command::new(
        at,
        canonical(0, channel),
        command(0, 0, at, &mut seq, limit, channel),
    );
    d.apply(&create, cal).unwrap();
    for &(k, who, p, dt) in steps {
        at += Duration::minutes(i64::from(dt));
        // Half of the steps take the next step of the happy path, so that sequences reach
        // the late states; the others are anything at all.
        let (k, p) = if p % 2 == 0 {
            (happy_next(d.state().status, k), 0)
        } else {
            (k, p)
        };
        let actor = if who < 6 {
            canonical(k, channel)
        } else {
            actor(who)
        };
        let cmd = Command::new(at, actor, command(k, p, at, &mut seq, limit, channel));
        // The JSON surface gives the same command.
        let json = serde_json::to_string(&cmd).unwrap();
        assert_eq!(Command::from_json(&json).unwrap(), cmd);
        let before = d.clone();
        match d.apply(&cmd, cal) {
            Ok(e) => assert_eq!(e.seq as usize, before.events().len()),
            Err(e) => {
                assert!((2000..6000).contains(&e.code()), "{e}");
                assert_eq!(
                    d,
                    before,
                    "a rejected {} changed the dossier: {e}",
                    cmd.command.name()
                );
            }
        }
        d.verify().expect("every produced log verifies");
        step_invariants(&d, cal);
    }
    d
}

fn happy_next(s: Status, k: u8) -> u8 {
    match s {
        Status::Draft | Status::SupplementRequestedAtDesk => 1,
        Status::Submitted => 5,
        Status::Received => 6,
        Status::Processing => [14, 9, 7, 11, 13, 15][usize::from(k % 6)],
        Status::AtOtherAgency => 10,
        Status::AwaitingPayment => 12,
        Status::SupplementRequested => 8,
        Status::ResultReady => [17, 18][usize::from(k % 2)],
        Status::InTransit => 19,
        Status::WithdrawalRequested => [21, 22][usize::from(k % 2)],
        _ => k,
    }
}

fn step_invariants(d: &Dossier, cal: &WorkCalendar) {
    let s = d.state();
    assert_eq!(s.len as usize, d.events().len());
    assert!(d.events().windows(2).all(|w| w[0].at <= w[1].at));
    assert_eq!(d.clock().is_some(), s.received_at.is_some());
    if let (Some(clock), Some(received), Some(ctx)) = (d.clock(), s.received_at, &s.context) {
        // The clock's original due is compute_due on the same inputs.
        let mut policy: DeadlinePolicy = ctx.policy.clone();
        policy.channel = s.channel;
        let direct = compute_due(received, &ctx.time_limit, cal, &policy).unwrap();
        let last = d.events().last().unwrap().at;
        let status = clock.status(last, cal).unwrap();
        assert_eq!(status.original, direct);
        assert!(
            cal.first_date() <= direct.legal_due_date && direct.legal_due_date <= cal.last_date()
        );
        let due = s.due.as_ref().expect("a received dossier has a due");
        // Supplementation and re-appointment only ever move the due later.
        assert!(due.legal_due_date >= direct.legal_due_date || s.apologies > 0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn dossiers_across_limits_channels_and_calendars(
        runs in proptest::collection::vec(
            (arb_limit(), arb_channel(), any::<bool>(),
             proptest::collection::vec((0u8..23, 0u8..10, any::<u8>(), 0u16..2000), 1..40)),
            1..4),
    ) {
        let mut summaries = Vec::new();
        for (i, (limit, channel, ent, steps)) in runs.iter().enumerate() {
            let cal = cal_of(*ent);
            let d = drive(&format!("hs-{i}"), steps, *limit, *channel, cal);
            // The log surface: what is written is read back as the same dossier.
            let back = Dossier::from_json(&d.to_json(), cal).unwrap();
            prop_assert_eq!(&back, &d);
            summaries.extend(DossierSummary::of(&d));
        }
        let n = summaries.len() as u64;
        let from = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let to = NaiveDate::from_ymd_opt(2030, 12, 31).unwrap();
        let report = bieu06(&summaries, &ReportParams::new(from, to)).unwrap();
        prop_assert!(report.total.is_consistent(), "{:?}", report.total);
        prop_assert!(report.rows.iter().all(|r| r.is_consistent()));
        prop_assert!(report.total.received.total <= n);
        let received = summaries.iter().filter(|s| s.received_at.is_some()).count() as u64;
        prop_assert_eq!(report.total.received.total, received);
    }
}

// ---------------------------------------------------------------------------------------
// Deadline × calendar.

fn arb_instant() -> impl Strategy<Value = NaiveDateTime> {
    (0i64..(3 * 366), 0i64..(24 * 60)).prop_map(|(d, m)| {
        NaiveDate::from_ymd_opt(2024, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            + Duration::days(d)
            + Duration::minutes(m)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn due_is_monotone_in_the_receipt_time(
        r in arb_instant(), gap in 0i64..(20 * 24 * 60), limit in arb_limit(),
        channel in arb_channel(), ent in any::<bool>(),
    ) {
        let cal = cal_of(ent);
        let policy = DeadlinePolicy::default().with_channel(channel);
        let later = r + Duration::minutes(gap);
        let a = compute_due(r, &limit, cal, &policy).unwrap();
        let b = compute_due(later, &limit, cal, &policy).unwrap();
        prop_assert!(a.legal_due_date <= b.legal_due_date, "{:?}\n{:?}", a, b);
        prop_assert!(a.appointment_at <= b.appointment_at, "{:?}\n{:?}", a, b);
        prop_assert!(a.counted_from <= b.counted_from);
    }
}

// ---------------------------------------------------------------------------------------
// Calendar × lunar × announcements.

fn slow_between(cal: &WorkCalendar, a: NaiveDate, b: NaiveDate) -> i64 {
    let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
    let mut n = 0;
    let mut d = lo;
    while d < hi {
        d = d.succ_opt().unwrap();
        n += i64::from(cal.is_working_day(d));
    }
    sign * n
}

/// An announcement for `year`: `off` extra days off and `work` make-up Saturdays (distinct
/// dates; Saturdays of Saturday/Sunday weeks, as the announcement rules require).
fn announcement(year: i32, off: &[u16], work: &[u16]) -> String {
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    let mut offs: Vec<NaiveDate> = off
        .iter()
        .map(|&o| jan1 + Duration::days(i64::from(o % 360)))
        .collect();
    let mut sats: Vec<NaiveDate> = work
        .iter()
        .map(|&w| {
            let d = jan1 + Duration::days(i64::from(w % 350));
            d + Duration::days(
                (6 - i64::from(d.weekday().num_days_from_monday())).rem_euclid(7) - 1,
            )
        })
        .filter(|d| d.year() == year && d.weekday() == chrono::Weekday::Sat)
        .collect();
    offs.sort();
    offs.dedup();
    sats.sort();
    sats.dedup();
    offs.retain(|d| !sats.contains(d));
    let days_off: Vec<String> = offs
        .iter()
        .map(|d| format!(r#"{{"date": "{d}", "kind": "extra"}}"#))
        .collect();
    let working: Vec<String> = sats
        .iter()
        .map(|d| format!(r#"{{"date": "{d}"}}"#))
        .collect();
    format!(
        r#"{{"year": {year}, "source": {{"document": "proptest"}}, "days_off": [{}], "working_days": [{}]}}"#,
        days_off.join(","),
        working.join(",")
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn counts_agree_with_a_slow_reference_on_layered_calendars(
        ent in any::<bool>(), year in 2027i32..2040,
        off in proptest::collection::vec(any::<u16>(), 0..6),
        work in proptest::collection::vec(any::<u16>(), 0..3),
        a in 0i64..1500, len in -400i64..400, n in -300i64..300,
    ) {
        let base = cal_of(ent);
        let json = announcement(year, &off, &work);
        let cal = match base.with_announcements_json(&json) {
            Ok(c) => c,
            // Dates the rules refuse (e.g. an extra day off on a weekly rest day that the
            // generator did not avoid) are a typed refusal, never a panic.
            Err(e) => { prop_assert!((1100..1200).contains(&e.code()), "{e}"); return Ok(()); }
        };
        let start = NaiveDate::from_ymd_opt(year - 1, 6, 1).unwrap() + Duration::days(a);
        let end = start + Duration::days(len);
        prop_assert_eq!(cal.working_days_between(start, end).unwrap(), slow_between(&cal, start, end));
        let r = cal.add_working_days(start, n).unwrap();
        if n != 0 {
            prop_assert!(cal.is_working_day(r));
        }
        let expected = if n < 0 && !cal.is_working_day(start) { n + 1 } else { n };
        prop_assert_eq!(slow_between(&cal, start, r), expected);
        // What the announcement says is what the calendar does.
        for day in cal.days_off(year) {
            prop_assert!(!cal.is_working_day(day.date));
        }
        for day in cal.make_up_days(year) {
            prop_assert!(cal.is_working_day(day.date));
        }
    }

    #[test]
    fn lunar_holidays_are_days_off_everywhere(y in 2010i32..2199, ent in any::<bool>()) {
        let cal = cal_of(ent);
        let tet = motcua::lunar::tet(y).unwrap();
        prop_assert!(!cal.is_working_day(tet), "Tết {} of {} is a working day", tet, y);
        // Hùng Kings' day (10/3 lunar) is a day off, or compensated by one right after.
        let hung = motcua::lunar::hung_kings_day(y).unwrap();
        let compensated = (0..4).any(|k| {
            let d = hung + Duration::days(k);
            !cal.is_working_day(d) && !matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
        });
        prop_assert!(!cal.is_working_day(hung) && (compensated || !matches!(hung.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)));
        let info = cal.why(tet).unwrap();
        prop_assert!(!info.working && !info.reasons.is_empty());
    }
}

#[test]
fn the_generators_get_somewhere() {
    // The drives reach the late states, and most layered calendars are accepted: the
    // properties above are not vacuous.
    let mut statuses = std::collections::BTreeSet::new();
    let mut x: u64 = 11;
    let mut next = |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    let mut due_checked = 0;
    for i in 0..300 {
        let steps: Vec<Step> = (0..40)
            .map(|_| {
                (
                    next(23) as u8,
                    next(10) as u8,
                    next(256) as u8,
                    next(2000) as u16,
                )
            })
            .collect();
        let limit = [
            TimeLimit::WorkingDays(5),
            TimeLimit::WorkingHours(8),
            TimeLimit::same_day(),
            TimeLimit::Months(1),
        ][i % 4];
        let channel = [Channel::Desk, Channel::Online, Channel::Postal][i % 3];
        let d = drive("hs", &steps, limit, channel, cal_of(i % 2 == 0));
        due_checked += usize::from(d.clock().is_some());
        statuses.insert(d.state().status);
    }
    assert!(due_checked > 100, "{due_checked}");
    for s in [
        Status::Processing,
        Status::Returned,
        Status::Withdrawn,
        Status::Denied,
        Status::Stopped,
    ] {
        assert!(statuses.contains(&s), "{s} never reached: {statuses:?}");
    }
    let mut accepted = 0;
    for i in 0..100u16 {
        let json = announcement(2030, &[i * 7, i * 13 + 5], &[i * 3]);
        accepted += usize::from(civil().with_announcements_json(&json).is_ok());
    }
    assert!(accepted > 50, "{accepted}");
}
