//! Reports: Biểu 06 placement of each kind of dossier, the counting parameters, the
//! indicators, bad parameters, and invariants over random summaries.

use chrono::{NaiveDate, NaiveDateTime};
use motcua::deadline::{Channel, Granularity};
use motcua::dossier::{DueSnapshot, Status};
use motcua::report::*;
use proptest::prelude::*;

fn t(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}
fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn due(s: &str) -> Option<DueSnapshot> {
    Some(DueSnapshot {
        legal_due_date: t(s).date(),
        appointment_at: t(s),
        index_appointment_at: t(s),
    })
}

fn base(received: &str, due_at: &str) -> DossierSummary {
    DossierSummary {
        procedure: "1.004222".into(),
        field: "cu_tru".into(),
        agency: "000.00.13.H40".into(),
        channel: Channel::Desk,
        status: Status::Processing,
        submitted_at: Some(t(received)),
        received_at: Some(t(received)),
        finished_at: None,
        denied: false,
        returned_at: None,
        ended_at: None,
        due: due(due_at),
        original_due: due(due_at),
        apologised_at: None,
        supplement_requests: 0,
        desk_requests: 0,
        waiting_since: None,
        steps_done: 0,
        steps_late: 0,
        fee_bearing: false,
        paid: false,
        paid_online: false,
        returned_online: false,
        posted: false,
    }
}

fn finished(mut s: DossierSummary, at: &str) -> DossierSummary {
    s.finished_at = Some(t(at));
    s.status = Status::ResultReady;
    s
}

fn march() -> ReportParams {
    ReportParams::new(d(3, 1), d(3, 31)).group_by(GroupBy::Total)
}

fn one(s: DossierSummary, p: &ReportParams) -> Row {
    let r = bieu06(&[s], p).unwrap().total;
    assert!(r.is_consistent(), "{r:?}");
    r
}

#[test]
fn each_kind_of_dossier_lands_in_its_column() {
    let p = march();
    // Early, on time (same instant), late.
    let r = one(
        finished(
            base("2026-03-02 08:00", "2026-03-09 17:00"),
            "2026-03-05 10:00",
        ),
        &p,
    );
    assert_eq!((r.received.direct_postal, r.resolved.early), (1, 1));
    let r = one(
        finished(
            base("2026-03-02 08:00", "2026-03-09 17:00"),
            "2026-03-09 17:00",
        ),
        &p,
    );
    assert_eq!(r.resolved.on_time, 1);
    let r = one(
        finished(
            base("2026-03-02 08:00", "2026-03-09 17:00"),
            "2026-03-10 08:00",
        ),
        &p,
    );
    assert_eq!(r.resolved.late, 1);
    assert_eq!(r.on_time_rate(), Some(0.0));
    // Online.
    let mut s = base("2026-03-02 08:00", "2026-03-09 17:00");
    s.channel = Channel::Online;
    assert_eq!(one(s, &p).received.online, 1);
    // Carried over from February, finished in March.
    let r = one(
        finished(
            base("2026-02-25 08:00", "2026-03-04 17:00"),
            "2026-03-03 10:00",
        ),
        &p,
    );
    assert_eq!((r.received.carried_over, r.resolved.early), (1, 1));
    // Finished in February: not in March.
    let r = one(
        finished(
            base("2026-02-02 08:00", "2026-02-09 17:00"),
            "2026-02-05 10:00",
        ),
        &p,
    );
    assert_eq!(r.received.total, 0);
    // Received in April: not in March.
    assert_eq!(
        one(base("2026-04-01 08:00", "2026-04-08 17:00"), &p)
            .received
            .total,
        0
    );
    // In progress within deadline / overdue at the end of March.
    let r = one(base("2026-03-30 08:00", "2026-04-06 17:00"), &p);
    assert_eq!(r.in_progress.within_deadline, 1);
    let r = one(base("2026-03-02 08:00", "2026-03-09 17:00"), &p);
    assert_eq!(r.in_progress.overdue, 1);
    // Finished after the period: in progress at its end.
    let r = one(
        finished(
            base("2026-03-25 08:00", "2026-04-01 17:00"),
            "2026-04-01 10:00",
        ),
        &p,
    );
    assert_eq!(r.in_progress.within_deadline, 1);
    // Waiting for the applicant: within deadline by default, by its due otherwise.
    let mut s = base("2026-03-02 08:00", "2026-03-09 17:00");
    s.waiting_since = Some(t("2026-03-04 08:00"));
    s.status = Status::SupplementRequested;
    assert_eq!(one(s.clone(), &p).in_progress.within_deadline, 1);
    let mut q = p.clone();
    q.waiting = WaitingCounting::ByDue;
    assert_eq!(one(s, &q).in_progress.overdue, 1);
    // Withdrawn after receipt.
    let mut s = base("2026-03-02 08:00", "2026-03-09 17:00");
    s.status = Status::Withdrawn;
    s.ended_at = Some(t("2026-03-04 08:00"));
    assert_eq!(one(s, &p).withdrawn_stopped, 1);
    // Refused at receipt: outside "received".
    let mut s = base("2026-03-02 08:00", "2026-03-09 17:00");
    s.received_at = None;
    s.due = None;
    s.original_due = None;
    s.status = Status::RefusedAtReceipt;
    s.ended_at = Some(t("2026-03-02 08:10"));
    let r = one(s, &p);
    assert_eq!((r.received.total, r.refused_at_receipt), (0, 1));
}

#[test]
fn counting_choices() {
    let p = march();
    // Re-appointed: on time against the new date, late against the original.
    let mut s = finished(
        base("2026-03-02 08:00", "2026-03-12 17:00"),
        "2026-03-11 10:00",
    );
    s.original_due = due("2026-03-09 17:00");
    s.apologised_at = Some(t("2026-03-05 10:00"));
    assert_eq!(one(s.clone(), &p).resolved.early, 1);
    let mut q = p.clone();
    q.due_view = DueView::Original;
    assert_eq!(one(s, &q).resolved.late, 1);
    // Date granularity: same day = on time.
    let s = finished(
        base("2026-03-02 08:00", "2026-03-09 17:00"),
        "2026-03-09 09:00",
    );
    assert_eq!(one(s.clone(), &p).resolved.early, 1);
    let mut q = p.clone();
    q.granularity = Granularity::CalendarDate;
    assert_eq!(one(s, &q).resolved.on_time, 1);
    // National index: more than one supplementation request = late.
    let mut s = finished(
        base("2026-03-02 08:00", "2026-03-19 17:00"),
        "2026-03-10 09:00",
    );
    s.supplement_requests = 2;
    assert_eq!(one(s.clone(), &p).resolved.early, 1);
    let mut q = p.clone();
    q.due_view = DueView::NationalIndex;
    assert_eq!(one(s, &q).resolved.late, 1);
    // End point: returned (status 10) rather than finished (status 9).
    let s = finished(
        base("2026-03-02 08:00", "2026-03-09 17:00"),
        "2026-03-09 10:00",
    );
    let mut q = p.clone();
    q.end_point = EndPoint::ResultReturned;
    assert_eq!(one(s.clone(), &q).in_progress.total, 1);
    let mut s2 = s;
    s2.returned_at = Some(t("2026-03-10 09:00"));
    assert_eq!(one(s2, &q).resolved.late, 1);
    // Denials: resolved (default) or with the stopped ones.
    let mut s = finished(
        base("2026-03-02 08:00", "2026-03-09 17:00"),
        "2026-03-04 10:00",
    );
    s.denied = true;
    s.status = Status::Denied;
    s.ended_at = None;
    let r = one(s.clone(), &p);
    assert_eq!((r.resolved.early, r.denied), (1, 1));
    let mut q = p.clone();
    q.denied = DeniedCounting::WithStopped;
    let r = one(s, &q);
    assert_eq!((r.resolved.total, r.withdrawn_stopped, r.denied), (0, 1, 1));
}

#[test]
fn grouping_and_indicators() {
    let mut a = finished(
        base("2026-03-02 08:00", "2026-03-09 17:00"),
        "2026-03-05 10:00",
    );
    a.channel = Channel::Online;
    a.returned_online = true;
    a.fee_bearing = true;
    a.paid = true;
    a.paid_online = true;
    let mut b = finished(
        base("2026-03-02 08:00", "2026-03-09 17:00"),
        "2026-03-10 10:00",
    );
    b.field = "ho_tich".into();
    b.supplement_requests = 1;
    b.steps_done = 1;
    b.steps_late = 1;
    let c = base("2026-03-03 08:00", "2026-04-09 17:00");
    let all = [a, b, c];
    let p = ReportParams::new(d(3, 1), d(3, 31));
    let t6 = bieu06(&all, &p).unwrap();
    assert_eq!(t6.rows.len(), 2);
    assert_eq!(t6.rows[0].key, "cu_tru");
    assert_eq!(t6.total.received.total, 3);
    assert!(t6.rows.iter().all(Row::is_consistent) && t6.total.is_consistent());
    let text = t6.to_text(motcua::Lang::Vi);
    assert!(text.contains("Biểu số 06") && text.contains("ho_tich") && text.contains("Tổng cộng"));
    let ind = indicators(&all, &p).unwrap();
    let e = &ind.evaluation_total;
    assert_eq!(e.scored, 2);
    assert_eq!(e.time, Some(1.0)); // early 2, late 0
    assert_eq!(e.units, Some(0.0));
    assert_eq!(e.contacts, Some(1.5)); // 0 contacts → 2, 1 → 1
    assert_eq!(e.agencies, Some(1.5)); // online with online return → 2, desk → 1
    assert_eq!(e.late_online, 0);
    let i = &ind.index_total;
    assert!((i.online_3_3.unwrap() - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(i.paid_online_3_6, Some(100.0));
    // 2.1: early, late, in progress within → 2 of 3.
    assert!((i.on_time_2_1.unwrap() - 200.0 / 3.0).abs() < 1e-9);
    assert!(i.mean_days_2_2.unwrap() > 2.0);
    assert_eq!(index_score(10.0, 20.0, 50.0), 4.0);
}

#[test]
fn bad_parameters() {
    let e = bieu06(&[], &ReportParams::new(d(3, 31), d(3, 1))).unwrap_err();
    assert_eq!((e.code(), e.name()), (6001, "report.invalid_period"));
    assert!(e.message(motcua::Lang::Vi).contains("Kỳ báo cáo"));
    assert_eq!(
        indicators(&[], &ReportParams::new(d(3, 31), d(3, 1)))
            .unwrap_err()
            .code(),
        6001
    );
    let p: Result<ReportParams, _> = serde_json::from_str(r#"{"from": "2026-03-01"}"#);
    assert!(p.is_err());
}

fn arb_summary() -> impl Strategy<Value = DossierSummary> {
    (
        0i64..90 * 24,
        0i64..30 * 24,
        proptest::option::of(0i64..40 * 24),
        0u8..6,
        0u32..3,
        any::<bool>(),
        0u8..3,
    )
        .prop_map(|(recv_h, due_h, fin_h, kind, sup, online, field)| {
            let start = t("2026-02-01 08:00");
            let recv = start + chrono::Duration::hours(recv_h);
            let due_at = recv + chrono::Duration::hours(due_h + 1);
            let mut s = base("2026-02-01 08:00", "2026-02-02 08:00");
            s.received_at = Some(recv);
            s.due = Some(DueSnapshot {
                legal_due_date: due_at.date(),
                appointment_at: due_at,
                index_appointment_at: due_at,
            });
            s.original_due = s.due;
            s.channel = if online {
                Channel::Online
            } else {
                Channel::Desk
            };
            s.field = ["a", "b", "c"][field as usize].into();
            s.supplement_requests = sup;
            let end = fin_h.map(|h| recv + chrono::Duration::hours(h));
            match (kind, end) {
                (0 | 1, Some(e)) => {
                    s.finished_at = Some(e);
                    s.status = Status::Returned;
                    s.returned_at = Some(e + chrono::Duration::hours(20));
                }
                (2, Some(e)) => {
                    s.finished_at = Some(e);
                    s.denied = true;
                    s.status = Status::Denied;
                }
                (3, Some(e)) => {
                    s.ended_at = Some(e);
                    s.status = Status::Withdrawn;
                }
                (4, _) => {
                    s.waiting_since = Some(recv + chrono::Duration::hours(5));
                    s.status = Status::SupplementRequested;
                }
                _ => {}
            }
            s
        })
}

proptest! {
    #[test]
    fn invariants_hold_for_any_data(
        all in proptest::collection::vec(arb_summary(), 0..200),
        from in 0u32..60, len in 0u32..40,
        end_point in any::<bool>(), view in 0u8..3, gran in any::<bool>(), den in any::<bool>(),
    ) {
        let from = d(2, 1) + chrono::Duration::days(i64::from(from));
        let mut p = ReportParams::new(from, from + chrono::Duration::days(i64::from(len)));
        p.end_point = if end_point { EndPoint::ResultReturned } else { EndPoint::ProcessingFinished };
        p.due_view = [DueView::Current, DueView::Original, DueView::NationalIndex][view as usize];
        p.granularity = if gran { Granularity::CalendarDate } else { Granularity::Timestamp };
        p.denied = if den { DeniedCounting::WithStopped } else { DeniedCounting::Resolved };
        let t6 = bieu06(&all, &p).unwrap();
        prop_assert!(t6.total.is_consistent());
        let mut sum = 0;
        for r in &t6.rows {
            prop_assert!(r.is_consistent());
            sum += r.received.total;
            for x in [r.on_time_rate(), r.early_rate(), r.online_rate(), r.processed_on_time_rate()].into_iter().flatten() {
                prop_assert!((0.0..=100.0).contains(&x));
            }
        }
        prop_assert_eq!(sum, t6.total.received.total);
        prop_assert!(t6.total.received.total as usize <= all.len());
        let ind = indicators(&all, &p).unwrap();
        for x in [ind.index_total.on_time_2_1, ind.index_total.online_3_3, ind.evaluation_total.online_share].into_iter().flatten() {
            prop_assert!((0.0..=100.0).contains(&x));
        }
        for x in [ind.evaluation_total.time, ind.evaluation_total.contacts, ind.evaluation_total.agencies, ind.evaluation_total.units].into_iter().flatten() {
            prop_assert!((0.0..=2.0).contains(&x));
        }
    }
}

/// Regression (found by the simulation's invariants): a dossier received in the period and
/// denied after its end is in progress in that period, not denied in it.
#[test]
fn a_denial_after_the_period_is_not_counted_in_it() {
    let mut s = finished(
        base("2026-03-20 09:00", "2026-04-10 17:00"),
        "2026-04-02 10:00",
    );
    s.denied = true;
    s.status = Status::Denied;
    let r = one(s.clone(), &march());
    assert_eq!(r.denied, 0);
    assert_eq!(r.in_progress.total, 1);
    let april = ReportParams::new(d(4, 1), d(4, 30)).group_by(GroupBy::Total);
    let r = one(s, &april);
    assert_eq!(r.denied, 1);
    assert_eq!(r.received.carried_over, 1);
}
