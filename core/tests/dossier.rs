//! Dossier lifecycle: every path and every rejection, the hash chain, bad input, and
//! property tests over random command sequences.

use chrono::{NaiveDate, NaiveDateTime};
use motcua::calendar::WorkCalendar;
use motcua::deadline::{Channel, TimeLimit, Timeliness};
use motcua::dossier::*;
use motcua::level::ServiceLevel;
use proptest::prelude::*;

const AG: &str = "000.00.13.H40";
const OTHER: &str = "000.00.16.H40";
const CITIZEN: &str = "040099012345";

fn t(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn cal() -> WorkCalendar {
    WorkCalendar::vietnam_civil_service()
}

fn desk() -> Actor {
    Actor::new("mc1", Role::DeskOfficer, Some(AG))
}
fn officer() -> Actor {
    Actor::new("cv1", Role::ProcessingOfficer, Some(AG))
}
fn head() -> Actor {
    Actor::new("ld1", Role::Approver, Some(AG))
}
fn citizen() -> Actor {
    Actor::new(CITIZEN, Role::Applicant, None)
}
fn other() -> Actor {
    Actor::new("x1", Role::OtherAgency, Some(OTHER))
}
fn system() -> Actor {
    Actor::new("sys", Role::System, None)
}

fn ctx(limit: TimeLimit) -> DossierContext {
    DossierContext::new("1.004222", "cu_tru", limit, AG, AG)
        .with_documents(["tp1", "tp2"])
        .with_level(ServiceLevel::Level3)
        .with_fee(true)
}

fn applicant() -> Applicant {
    Applicant {
        id: CITIZEN.into(),
        name: "Nguyễn Văn A".into(),
        organisation: false,
    }
}

fn docs(d: &[&str]) -> Vec<String> {
    d.iter().map(|s| s.to_string()).collect()
}

struct F {
    cal: WorkCalendar,
    d: Dossier,
}

impl F {
    fn new() -> F {
        F::with(ctx(TimeLimit::WorkingDays(5)), Channel::Desk)
    }

    fn with(c: DossierContext, channel: Channel) -> F {
        let mut f = F {
            cal: cal(),
            d: Dossier::new("hs-1"),
        };
        let who = if channel == Channel::Online {
            citizen()
        } else {
            desk()
        };
        f.ok(
            "2026-03-02 08:00",
            who,
            CommandKind::Create {
                context: Box::new(c),
                channel,
                applicant: applicant(),
            },
        );
        f
    }

    fn try_(&mut self, at: &str, who: Actor, cmd: CommandKind) -> Result<Event, motcua::Error> {
        let before = self.d.clone();
        let r = self
            .d
            .apply(&Command::new(t(at), who, cmd), &self.cal)
            .cloned();
        if r.is_err() {
            assert_eq!(self.d, before, "a failed command changed the dossier");
        }
        r
    }

    fn ok(&mut self, at: &str, who: Actor, cmd: CommandKind) -> Event {
        match self.try_(at, who, cmd) {
            Ok(e) => e,
            Err(e) => panic!("{at}: {e}"),
        }
    }

    fn guard(&mut self, at: &str, who: Actor, cmd: CommandKind) -> Guard {
        let e = self.try_(at, who, cmd).expect_err("rejected");
        match e {
            motcua::Error::Dossier(d) => d.guard().unwrap_or_else(|| panic!("not a guard: {d}")),
            other => panic!("not a dossier error: {other}"),
        }
    }

    fn code_of(&mut self, at: &str, who: Actor, cmd: CommandKind) -> u32 {
        self.try_(at, who, cmd).expect_err("rejected").code()
    }

    fn received(mut self) -> F {
        self.ok(
            "2026-03-02 08:05",
            desk(),
            CommandKind::Submit {
                documents: docs(&["tp1", "tp2"]),
            },
        );
        self.ok(
            "2026-03-02 08:10",
            desk(),
            CommandKind::Accept {
                code: format!("{AG}-260302-0001"),
            },
        );
        self
    }

    fn processing(mut self) -> F {
        self = self.received();
        self.ok(
            "2026-03-02 09:00",
            head(),
            CommandKind::Assign {
                officer: "cv1".into(),
            },
        );
        self
    }

    /// A processing dossier's officer asks again for `tp2` (2026-03-04 10:00).
    fn supplement_requested(mut self, reason: &str) -> F {
        self.ok(
            "2026-03-04 10:00",
            officer(),
            CommandKind::RequestSupplement {
                missing: docs(&["tp2"]),
                reason: reason.into(),
            },
        );
        self
    }

    fn status(&self) -> Status {
        self.d.state().status
    }

    fn check(&self) {
        self.d.verify().unwrap();
        let r = Dossier::replay(self.d.id(), self.d.events().to_vec(), &self.cal).unwrap();
        assert_eq!(r, self.d);
        let j = Dossier::from_json(&self.d.to_json(), &self.cal).unwrap();
        assert_eq!(j, self.d);
    }
}

fn result() -> ResultDoc {
    ResultDoc {
        number: "12/GXN".into(),
        name: "Xác nhận".into(),
        electronic: false,
    }
}

#[test]
fn happy_path_at_the_desk() {
    let mut f = F::new().processing();
    let accepted = &f.d.events()[2];
    let EventKind::Accepted { form, handover } = &accepted.event else {
        panic!()
    };
    // Form 01: 5 working days from Monday 2 March 2026 → Monday 9 March, 17:00.
    assert_eq!(
        form.due.legal_due_date,
        NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
    );
    assert_eq!(form.due.appointment_at, t("2026-03-09 17:00"));
    assert_eq!(form.code, format!("{AG}-260302-0001"));
    assert_eq!(handover.to, AG);
    let e = f.ok(
        "2026-03-05 10:00",
        head(),
        CommandKind::Approve { result: result() },
    );
    let EventKind::Approved { finish, .. } = e.event else {
        panic!()
    };
    assert_eq!(finish.against_current, Timeliness::Early);
    assert_eq!(f.status(), Status::ResultReady);
    assert_eq!(f.d.portal_status(&StatusMapping::default()), Some(9));
    f.ok(
        "2026-03-06 08:00",
        desk(),
        CommandKind::ReturnResult { online: false },
    );
    assert_eq!(f.status(), Status::Returned);
    let r = f.d.sync_record(&StatusMapping::default());
    assert_eq!(
        (
            r.status,
            r.received_at.as_str(),
            r.due_at.as_str(),
            r.channel
        ),
        (10, "20260302081000", "20260309170000", 1)
    );
    // Terminal: nothing more.
    assert_eq!(
        f.code_of(
            "2026-03-06 09:00",
            desk(),
            CommandKind::ReturnResult { online: false }
        ),
        5001
    );
    assert_eq!(
        f.code_of(
            "2026-03-06 09:00",
            citizen(),
            CommandKind::RequestWithdrawal { reason: "x".into() }
        ),
        5001
    );
    f.check();
    // The clock agrees with the state.
    let s = f.d.clock_status(t("2026-03-06 09:00"), &f.cal).unwrap();
    assert_eq!(s.finished_at, Some(t("2026-03-05 10:00")));
}

#[test]
fn desk_supplementation_checklist_and_guide_once() {
    let mut f = F::new();
    f.ok(
        "2026-03-02 08:05",
        desk(),
        CommandKind::Submit {
            documents: docs(&["tp1"]),
        },
    );
    let code = format!("{AG}-260302-0001");
    assert_eq!(
        f.guard(
            "2026-03-02 08:10",
            desk(),
            CommandKind::Accept { code: code.clone() }
        ),
        Guard::CompleteChecklist
    );
    assert_eq!(
        f.guard(
            "2026-03-02 08:10",
            desk(),
            CommandKind::RequestSupplementAtDesk {
                missing: vec![],
                reason: "x".into()
            }
        ),
        Guard::ReasonRequired
    );
    let e = f.ok(
        "2026-03-02 08:10",
        desk(),
        CommandKind::RequestSupplementAtDesk {
            missing: docs(&["tp2"]),
            reason: "Thiếu tờ khai".into(),
        },
    );
    assert!(matches!(
        e.event,
        EventKind::SupplementRequestedAtDesk { .. }
    ));
    assert_eq!(f.status(), Status::SupplementRequestedAtDesk);
    f.ok(
        "2026-03-03 08:00",
        desk(),
        CommandKind::Resubmit { documents: vec![] },
    );
    // A second request may not ask for anything new (guide once, Art. 15(3)).
    assert_eq!(
        f.guard(
            "2026-03-03 08:05",
            desk(),
            CommandKind::RequestSupplementAtDesk {
                missing: docs(&["tp3"]),
                reason: "Thêm".into()
            }
        ),
        Guard::GuideOnce
    );
    f.ok(
        "2026-03-03 08:05",
        desk(),
        CommandKind::RequestSupplementAtDesk {
            missing: docs(&["tp2"]),
            reason: "Vẫn thiếu".into(),
        },
    );
    f.ok(
        "2026-03-04 08:00",
        desk(),
        CommandKind::Resubmit {
            documents: docs(&["tp2"]),
        },
    );
    // The code must be the receiving agency's, of the day of receipt.
    assert_eq!(
        f.guard("2026-03-04 08:10", desk(), CommandKind::Accept { code }),
        Guard::DossierCode
    );
    assert_eq!(
        f.guard(
            "2026-03-04 08:10",
            desk(),
            CommandKind::Accept {
                code: format!("{OTHER}-260304-0001")
            }
        ),
        Guard::DossierCode
    );
    assert_eq!(
        f.code_of(
            "2026-03-04 08:10",
            desk(),
            CommandKind::Accept {
                code: "not-a-code".into()
            }
        ),
        4141
    );
    f.ok(
        "2026-03-04 08:10",
        desk(),
        CommandKind::Accept {
            code: format!("{AG}-260304-0001"),
        },
    );
    assert_eq!(f.d.state().desk_requests, 2);
    f.check();
}

#[test]
fn refusal_at_receipt_is_terminal() {
    let mut f = F::new();
    f.ok(
        "2026-03-02 08:05",
        desk(),
        CommandKind::Submit { documents: vec![] },
    );
    assert_eq!(
        f.guard(
            "2026-03-02 08:10",
            desk(),
            CommandKind::RefuseAtReceipt { reason: " ".into() }
        ),
        Guard::ReasonRequired
    );
    f.ok(
        "2026-03-02 08:10",
        desk(),
        CommandKind::RefuseAtReceipt {
            reason: "Không thuộc thẩm quyền".into(),
        },
    );
    assert_eq!(f.status(), Status::RefusedAtReceipt);
    assert_eq!(f.d.portal_status(&StatusMapping::default()), Some(3));
    assert_eq!(
        f.code_of(
            "2026-03-02 08:20",
            desk(),
            CommandKind::Submit { documents: vec![] }
        ),
        5001
    );
    f.check();
}

#[test]
fn supplementation_during_processing_restarts_the_clock() {
    let mut f = F::new()
        .processing()
        .supplement_requested("Giấy tờ hết hạn");
    assert_eq!(f.d.portal_status(&StatusMapping::default()), Some(5));
    let e = f.ok(
        "2026-03-06 10:00",
        citizen(),
        CommandKind::Supplement {
            documents: docs(&["tp2"]),
        },
    );
    let EventKind::Supplemented { due, .. } = e.event else {
        panic!()
    };
    // Restart from zero (Art. 19(4)): 5 working days from Friday 6 March → Friday 13 March.
    assert_eq!(
        due.legal_due_date,
        NaiveDate::from_ymd_opt(2026, 3, 13).unwrap()
    );
    // Pause semantics (national index): Mon 9 moved by the 2 working days waited → Wed 11.
    assert_eq!(
        due.index_appointment_at.date(),
        NaiveDate::from_ymd_opt(2026, 3, 11).unwrap()
    );
    // A second request after the 3-working-day notice period is refused.
    assert_eq!(
        f.guard(
            "2026-03-12 10:00",
            officer(),
            CommandKind::RequestSupplement {
                missing: docs(&["tp1"]),
                reason: "Lần hai".into()
            }
        ),
        Guard::SupplementNoticePeriod
    );
    f.check();
}

#[test]
fn late_supplementation_request_can_be_flagged_instead() {
    let rules = DossierRules {
        reject_late_supplement_request: false,
        ..DossierRules::default()
    };
    let mut f = F::with(
        ctx(TimeLimit::WorkingDays(10)).with_rules(rules),
        Channel::Desk,
    )
    .processing();
    let e = f.ok(
        "2026-03-10 10:00",
        officer(),
        CommandKind::RequestSupplement {
            missing: docs(&["tp1"]),
            reason: "Muộn".into(),
        },
    );
    let EventKind::SupplementRequested { form } = e.event else {
        panic!()
    };
    assert!(!form.within_notice);
    f.check();
}

#[test]
fn inter_agency_step_with_its_own_due() {
    let mut f = F::new().processing();
    assert_eq!(
        f.code_of(
            "2026-03-02 10:00",
            officer(),
            CommandKind::Forward {
                agency: "bad".into(),
                step: "xac-minh".into(),
                budget: TimeLimit::WorkingDays(2)
            }
        ),
        4151
    );
    let e = f.ok(
        "2026-03-02 10:00",
        officer(),
        CommandKind::Forward {
            agency: OTHER.into(),
            step: "xac-minh".into(),
            budget: TimeLimit::WorkingDays(2),
        },
    );
    let EventKind::Forwarded { handover, .. } = e.event else {
        panic!()
    };
    assert_eq!(handover.due_at, Some(t("2026-03-04 10:00")));
    assert_eq!(f.status(), Status::AtOtherAgency);
    assert_eq!(f.d.portal_status(&StatusMapping::default()), Some(4));
    // Approval while the step runs is not allowed; nor is a reply from another agency.
    assert_eq!(
        f.code_of(
            "2026-03-03 10:00",
            head(),
            CommandKind::Approve { result: result() }
        ),
        5001
    );
    let stranger = Actor::new("x9", Role::OtherAgency, Some("000.00.17.H40"));
    assert_eq!(
        f.code_of(
            "2026-03-03 10:00",
            stranger,
            CommandKind::ReplyFromAgency {
                step: "xac-minh".into(),
                opinion: "ok".into()
            }
        ),
        5003
    );
    assert_eq!(
        f.guard(
            "2026-03-03 10:00",
            other(),
            CommandKind::ReplyFromAgency {
                step: "khac".into(),
                opinion: "ok".into()
            }
        ),
        Guard::InterAgencyStep
    );
    // Late reply: the control slip records it.
    let e = f.ok(
        "2026-03-05 10:00",
        other(),
        CommandKind::ReplyFromAgency {
            step: "xac-minh".into(),
            opinion: "Đủ điều kiện".into(),
        },
    );
    let EventKind::AgencyReplied { handover, .. } = e.event else {
        panic!()
    };
    assert_eq!(handover.on_time, Some(false));
    assert_eq!(f.d.state().steps_late, 1);
    f.ok(
        "2026-03-06 10:00",
        head(),
        CommandKind::Approve { result: result() },
    );
    f.check();
}

#[test]
fn payment_follows_the_service_level() {
    let mut f = F::new().processing();
    assert_eq!(
        f.guard(
            "2026-03-02 10:00",
            officer(),
            CommandKind::RequestPayment { amount: 0 }
        ),
        Guard::PaymentAmount
    );
    f.ok(
        "2026-03-02 10:00",
        officer(),
        CommandKind::RequestPayment { amount: 20_000 },
    );
    assert_eq!(f.d.portal_status(&StatusMapping::default()), Some(6));
    // Level 3 pays at the desk (Decree 43/2011 Art. 3(4)).
    assert_eq!(
        f.guard(
            "2026-03-03 10:00",
            citizen(),
            CommandKind::Pay {
                amount: 20_000,
                method: PaymentMethod::Online
            }
        ),
        Guard::OnlinePayment
    );
    assert_eq!(
        f.guard(
            "2026-03-03 10:00",
            citizen(),
            CommandKind::Pay {
                amount: 10_000,
                method: PaymentMethod::Desk
            }
        ),
        Guard::PaymentAmount
    );
    let e = f.ok(
        "2026-03-04 10:00",
        citizen(),
        CommandKind::Pay {
            amount: 20_000,
            method: PaymentMethod::Desk,
        },
    );
    // The wait paused the clock: the due moved by 2 working days.
    let EventKind::Paid { due, .. } = e.event else {
        panic!()
    };
    assert_eq!(
        due.legal_due_date,
        NaiveDate::from_ymd_opt(2026, 3, 11).unwrap()
    );
    f.check();

    // Level 4: online payment, by the applicant or the payment gateway (system).
    let mut g = F::with(
        ctx(TimeLimit::WorkingDays(5)).with_level(ServiceLevel::Level4),
        Channel::Online,
    );
    g.ok(
        "2026-03-02 08:05",
        citizen(),
        CommandKind::Submit {
            documents: docs(&["tp1", "tp2"]),
        },
    );
    g.ok(
        "2026-03-02 09:00",
        desk(),
        CommandKind::Accept {
            code: format!("{AG}-260302-0007"),
        },
    );
    g.ok(
        "2026-03-02 09:10",
        officer(),
        CommandKind::Assign {
            officer: "cv1".into(),
        },
    );
    g.ok(
        "2026-03-02 09:20",
        officer(),
        CommandKind::RequestPayment { amount: 5 },
    );
    g.ok(
        "2026-03-02 09:30",
        system(),
        CommandKind::Pay {
            amount: 5,
            method: PaymentMethod::Online,
        },
    );
    assert!(g.d.state().paid_online);
    g.check();
}

#[test]
fn apology_at_most_once_and_in_time() {
    let mut f = F::new().processing();
    // Empty reason.
    assert_eq!(
        f.guard(
            "2026-03-05 10:00",
            head(),
            CommandKind::Apologise {
                new_appointment: t("2026-03-12 17:00"),
                reason: "".into()
            }
        ),
        Guard::ReasonRequired
    );
    // Only the approver signs it.
    assert_eq!(
        f.code_of(
            "2026-03-05 10:00",
            officer(),
            CommandKind::Apologise {
                new_appointment: t("2026-03-12 17:00"),
                reason: "x".into()
            }
        ),
        5002
    );
    // A new date not after the current one.
    assert_eq!(
        f.guard(
            "2026-03-05 10:00",
            head(),
            CommandKind::Apologise {
                new_appointment: t("2026-03-06 17:00"),
                reason: "x".into()
            }
        ),
        Guard::ApologyTiming
    );
    let e = f.ok(
        "2026-03-05 10:00",
        head(),
        CommandKind::Apologise {
            new_appointment: t("2026-03-12 17:00"),
            reason: "Chờ xác minh".into(),
        },
    );
    let EventKind::Apologised { form } = e.event else {
        panic!()
    };
    assert_eq!(form.previous_appointment, t("2026-03-09 17:00"));
    assert_eq!(form.due.appointment_at, t("2026-03-12 17:00"));
    assert_eq!(
        f.guard(
            "2026-03-06 10:00",
            head(),
            CommandKind::Apologise {
                new_appointment: t("2026-03-13 17:00"),
                reason: "Lần hai".into()
            }
        ),
        Guard::ApologyAtMostOnce
    );
    let e = f.ok(
        "2026-03-11 10:00",
        head(),
        CommandKind::Approve { result: result() },
    );
    let EventKind::Approved { finish, .. } = e.event else {
        panic!()
    };
    assert_eq!(finish.against_current, Timeliness::Early);
    assert_eq!(finish.against_original, Timeliness::Late);
    f.check();

    // Too late: on the due date itself (at least 1 day before, Art. 19(9)).
    let mut g = F::new().processing();
    assert_eq!(
        g.guard(
            "2026-03-09 09:00",
            head(),
            CommandKind::Apologise {
                new_appointment: t("2026-03-12 17:00"),
                reason: "Muộn".into()
            }
        ),
        Guard::ApologyTiming
    );
}

#[test]
fn denial_and_stop() {
    let mut f = F::new().processing();
    assert_eq!(
        f.guard(
            "2026-03-03 10:00",
            head(),
            CommandKind::Deny { reason: "".into() }
        ),
        Guard::ReasonRequired
    );
    assert_eq!(
        f.guard(
            "2026-03-03 10:00",
            head(),
            CommandKind::Approve {
                result: ResultDoc {
                    number: " ".into(),
                    name: "x".into(),
                    electronic: false
                }
            }
        ),
        Guard::ResultRequired
    );
    let e = f.ok(
        "2026-03-03 10:00",
        head(),
        CommandKind::Deny {
            reason: "Không đủ điều kiện".into(),
        },
    );
    assert!(matches!(e.event, EventKind::Denied { .. }));
    assert_eq!(f.status(), Status::Denied);
    assert_eq!(f.d.portal_status(&StatusMapping::default()), Some(8));
    f.check();

    let mut g = F::new().processing();
    g.ok(
        "2026-03-03 10:00",
        officer(),
        CommandKind::RequestSupplement {
            missing: docs(&["tp1"]),
            reason: "x".into(),
        },
    );
    assert_eq!(
        g.guard(
            "2026-03-30 10:00",
            head(),
            CommandKind::Stop { reason: "".into() }
        ),
        Guard::ReasonRequired
    );
    g.ok(
        "2026-03-30 10:00",
        head(),
        CommandKind::Stop {
            reason: "Quá hạn bổ sung".into(),
        },
    );
    assert_eq!(g.status(), Status::Stopped);
    g.check();
}

#[test]
fn withdrawal_paths() {
    let mut f = F::new().processing();
    f.ok(
        "2026-03-03 10:00",
        citizen(),
        CommandKind::RequestWithdrawal {
            reason: "Đổi ý".into(),
        },
    );
    assert_eq!(f.d.portal_status(&StatusMapping::default()), Some(7));
    assert_eq!(
        f.guard(
            "2026-03-03 11:00",
            desk(),
            CommandKind::RejectWithdrawal { reason: "".into() }
        ),
        Guard::ReasonRequired
    );
    f.ok(
        "2026-03-03 11:00",
        desk(),
        CommandKind::RejectWithdrawal {
            reason: "Đã thẩm định".into(),
        },
    );
    assert_eq!(f.status(), Status::Processing);
    f.ok(
        "2026-03-04 10:00",
        citizen(),
        CommandKind::RequestWithdrawal { reason: "".into() },
    );
    f.ok("2026-03-04 11:00", head(), CommandKind::ApproveWithdrawal);
    assert_eq!(f.status(), Status::Withdrawn);
    f.check();

    // Not after the decision (Decree 118/2025 Art. 21).
    let mut g = F::new().processing();
    g.ok(
        "2026-03-04 10:00",
        head(),
        CommandKind::Approve { result: result() },
    );
    assert_eq!(
        g.guard(
            "2026-03-04 11:00",
            citizen(),
            CommandKind::RequestWithdrawal { reason: "x".into() }
        ),
        Guard::WithdrawalAfterDecision
    );
    // Before receipt it is allowed.
    let mut h = F::new();
    h.ok(
        "2026-03-02 08:30",
        citizen(),
        CommandKind::RequestWithdrawal { reason: "x".into() },
    );
    h.ok("2026-03-02 08:40", system(), CommandKind::ApproveWithdrawal);
    assert_eq!(h.status(), Status::Withdrawn);
    h.check();
}

#[test]
fn return_by_post_and_online() {
    let mut f = F::new().processing();
    f.ok(
        "2026-03-04 10:00",
        head(),
        CommandKind::Approve { result: result() },
    );
    assert_eq!(
        f.guard(
            "2026-03-04 11:00",
            desk(),
            CommandKind::ReturnResult { online: true }
        ),
        Guard::OnlineResult
    );
    assert_eq!(
        f.guard(
            "2026-03-04 11:00",
            desk(),
            CommandKind::SendByPost {
                tracking: "".into()
            }
        ),
        Guard::ReasonRequired
    );
    f.ok(
        "2026-03-04 11:00",
        desk(),
        CommandKind::SendByPost {
            tracking: "EMS1".into(),
        },
    );
    assert_eq!(f.status(), Status::InTransit);
    f.ok("2026-03-06 11:00", system(), CommandKind::ConfirmDelivery);
    assert_eq!(f.status(), Status::Returned);
    f.check();

    let mut g = F::with(
        ctx(TimeLimit::WorkingDays(5)).with_level(ServiceLevel::FullProcess),
        Channel::Online,
    );
    g.ok(
        "2026-03-02 08:05",
        citizen(),
        CommandKind::Submit {
            documents: docs(&["tp1", "tp2"]),
        },
    );
    g.ok(
        "2026-03-02 09:00",
        desk(),
        CommandKind::Accept {
            code: format!("{AG}-260302-0002"),
        },
    );
    g.ok(
        "2026-03-02 09:10",
        head(),
        CommandKind::Assign {
            officer: "cv1".into(),
        },
    );
    g.ok(
        "2026-03-03 09:10",
        head(),
        CommandKind::Approve {
            result: ResultDoc {
                electronic: true,
                ..result()
            },
        },
    );
    g.ok(
        "2026-03-03 09:11",
        system(),
        CommandKind::ReturnResult { online: true },
    );
    assert!(g.d.state().returned_online);
    g.check();
}

#[test]
fn roles_agencies_and_applicants() {
    let mut f = F::new();
    f.ok(
        "2026-03-02 08:05",
        desk(),
        CommandKind::Submit {
            documents: docs(&["tp1", "tp2"]),
        },
    );
    let code = || CommandKind::Accept {
        code: format!("{AG}-260302-0001"),
    };
    assert_eq!(f.code_of("2026-03-02 08:10", citizen(), code()), 5002);
    assert_eq!(f.code_of("2026-03-02 08:10", head(), code()), 5002);
    let foreign_desk = Actor::new("mc9", Role::DeskOfficer, Some(OTHER));
    assert_eq!(f.code_of("2026-03-02 08:10", foreign_desk, code()), 5003);
    let no_agency = Actor::new("mc9", Role::DeskOfficer, None);
    assert_eq!(f.code_of("2026-03-02 08:10", no_agency, code()), 5003);
    f.ok("2026-03-02 08:10", desk(), code());
    let foreign_head = Actor::new("ld9", Role::Approver, Some(OTHER));
    assert_eq!(
        f.code_of(
            "2026-03-02 09:00",
            foreign_head,
            CommandKind::Assign {
                officer: "x".into()
            }
        ),
        5003
    );
    f.ok(
        "2026-03-02 09:00",
        officer(),
        CommandKind::Assign {
            officer: "cv1".into(),
        },
    );
    let impostor = Actor::new("someone-else", Role::Applicant, None);
    assert_eq!(
        f.guard(
            "2026-03-02 10:00",
            impostor,
            CommandKind::RequestWithdrawal { reason: "x".into() }
        ),
        Guard::Applicant
    );

    // Online creation: only the applicant, only when the level offers online submission.
    let mut d = Dossier::new("hs-2");
    let create = |c: DossierContext, ch| CommandKind::Create {
        context: Box::new(c),
        channel: ch,
        applicant: applicant(),
    };
    let cal = cal();
    let e = d
        .apply(
            &Command::new(
                t("2026-03-02 08:00"),
                citizen(),
                create(
                    ctx(TimeLimit::WorkingDays(5)).with_level(ServiceLevel::Level2),
                    Channel::Online,
                ),
            ),
            &cal,
        )
        .unwrap_err();
    assert!(matches!(
        e,
        motcua::Error::Dossier(DossierError::Guard {
            guard: Guard::OnlineSubmission,
            ..
        })
    ));
    let e = d
        .apply(
            &Command::new(
                t("2026-03-02 08:00"),
                desk(),
                create(ctx(TimeLimit::WorkingDays(5)), Channel::Online),
            ),
            &cal,
        )
        .unwrap_err();
    assert_eq!(e.code(), 5002);
    let e = d
        .apply(
            &Command::new(
                t("2026-03-02 08:00"),
                citizen(),
                create(ctx(TimeLimit::WorkingDays(5)), Channel::Desk),
            ),
            &cal,
        )
        .unwrap_err();
    assert_eq!(e.code(), 5002);
    // Invalid context: bad agency code.
    let bad = DossierContext::new("1", "f", TimeLimit::WorkingDays(1), "xx", AG);
    let e = d
        .apply(
            &Command::new(t("2026-03-02 08:00"), desk(), create(bad, Channel::Desk)),
            &cal,
        )
        .unwrap_err();
    assert_eq!(e.code(), 5010);
    assert!(d.events().is_empty());
    // Commands before creation.
    let e = d
        .apply(
            &Command::new(
                t("2026-03-02 08:00"),
                desk(),
                CommandKind::Submit { documents: vec![] },
            ),
            &cal,
        )
        .unwrap_err();
    assert_eq!(e.code(), 5001);
    // Creating twice.
    let mut g = F::new();
    assert_eq!(
        g.code_of(
            "2026-03-02 09:00",
            desk(),
            create(ctx(TimeLimit::WorkingDays(5)), Channel::Desk)
        ),
        5001
    );
}

#[test]
fn timestamps_going_backwards() {
    let mut f = F::new().processing();
    let e = f
        .try_(
            "2026-03-01 10:00",
            head(),
            CommandKind::Approve { result: result() },
        )
        .unwrap_err();
    assert_eq!((e.code(), e.name()), (5005, "dossier.timestamp_backwards"));
    // In a replayed log too (the chain recomputed so only the order is wrong).
    let mut events = f.d.events().to_vec();
    events[3].at = t("2026-03-01 10:00");
    let e = Dossier::replay("hs-1", events, &f.cal).unwrap_err();
    assert_eq!(e.code(), 5005);
}

fn rehash(events: &mut [Event]) {
    let mut prev = GENESIS.to_string();
    for (i, e) in events.iter_mut().enumerate() {
        e.seq = i as u64;
        e.prev = prev;
        e.hash = event_hash(e);
        prev = e.hash.clone();
    }
}

fn finished() -> F {
    let mut f = F::new().processing();
    f.ok(
        "2026-03-04 10:00",
        head(),
        CommandKind::Approve { result: result() },
    );
    f.ok(
        "2026-03-05 10:00",
        desk(),
        CommandKind::ReturnResult { online: false },
    );
    f
}

#[test]
fn tampering_is_found_and_named() {
    let f = finished();
    let n = f.d.events().len();
    let head_hash = f.d.head().to_string();
    let check = |events: Vec<Event>, want: (usize, Tamper)| {
        let e = Dossier::verify_events("hs-1", &events).unwrap_err();
        let motcua::Error::Dossier(d) = e else {
            panic!()
        };
        assert_eq!(d.tamper(), Some(want), "{d}");
    };
    // Edited.
    let mut ev = f.d.events().to_vec();
    ev[2].actor.id = "someone".into();
    check(ev, (2, Tamper::Edited));
    // Edited and its hash recomputed: the next link breaks.
    let mut ev = f.d.events().to_vec();
    ev[2].actor.id = "someone".into();
    ev[2].hash = event_hash(&ev[2]);
    check(ev, (2, Tamper::Edited));
    // Removed.
    let mut ev = f.d.events().to_vec();
    ev.remove(3);
    check(ev, (3, Tamper::Removed));
    // Inserted (a copy).
    let mut ev = f.d.events().to_vec();
    let copy = ev[1].clone();
    ev.insert(3, copy);
    check(ev, (3, Tamper::Inserted));
    // Reordered.
    let mut ev = f.d.events().to_vec();
    ev.swap(2, 3);
    check(ev, (2, Tamper::Reordered));
    // An event of another dossier.
    let mut ev = f.d.events().to_vec();
    ev[4].dossier = "hs-9".into();
    check(ev, (4, Tamper::Inserted));
    // Truncated: only the head kept elsewhere tells.
    let mut short = f.d.clone();
    let ev: Vec<Event> = f.d.events()[..n - 1].to_vec();
    short = Dossier::replay("hs-1", ev, &f.cal).unwrap_or(short);
    short.verify().unwrap();
    let e = short.verify_head(n, &head_hash).unwrap_err();
    let motcua::Error::Dossier(d) = e else {
        panic!()
    };
    assert_eq!(d.tamper(), Some((n - 1, Tamper::Removed)));
    // Through JSON: the declared length and head.
    let json = f.d.to_json();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["events"].as_array_mut().unwrap().pop();
    let e = Dossier::from_json(&v.to_string(), &f.cal).unwrap_err();
    assert_eq!(e.code(), 5008);
    // A fully re-chained forgery verifies, but replay still checks every rule.
    let mut ev = f.d.events().to_vec();
    ev.swap(4, 5);
    rehash(&mut ev);
    Dossier::verify_events("hs-1", &ev).unwrap();
    assert!(Dossier::replay("hs-1", ev, &f.cal).is_err());
}

#[test]
fn bad_input_is_a_typed_error() {
    let f = finished();
    let cal = &f.cal;
    let json = f.d.to_json();
    // Truncated JSON.
    for cut in [0, 1, json.len() / 3, json.len() / 2, json.len() - 1] {
        let e = Dossier::from_json(&json[..cut], cal).unwrap_err();
        assert_eq!(e.code(), 5006, "cut at {cut}");
    }
    // Malformed.
    assert_eq!(
        Dossier::from_json("{\"format\": 3}", cal)
            .unwrap_err()
            .code(),
        5006
    );
    assert_eq!(Dossier::from_json("[]", cal).unwrap_err().code(), 5006);
    let other_format = json.replace(LOG_FORMAT, "x.v9");
    assert_eq!(
        Dossier::from_json(&other_format, cal).unwrap_err().code(),
        5006
    );
    // Another dossier's log.
    let e = Dossier::from_json_for("hs-2", &json, cal).unwrap_err();
    assert_eq!(e.code(), 5007);
    let renamed = json.replacen("\"dossier\":\"hs-1\"", "\"dossier\":\"hs-2\"", 1);
    assert_eq!(Dossier::from_json(&renamed, cal).unwrap_err().code(), 5007);
    // Unknown command and malformed commands.
    let e = Command::from_json(
        r#"{"at":"2026-03-02T08:00:00","actor":{"id":"a","role":"desk_officer"},"command":{"type":"fly"}}"#,
    )
    .unwrap_err();
    assert_eq!(e.code(), 5006);
    for bad in [
        "",
        "{",
        r#"{"at":"2026-03-02T08:00:00"}"#,
        r#"{"at":"yesterday","actor":{"id":"a","role":"desk_officer"},"command":{"type":"confirm_delivery"}}"#,
        r#"{"at":"2026-03-02T08:00:00","actor":{"id":"a","role":"king"},"command":{"type":"confirm_delivery"}}"#,
        r#"{"at":"2026-03-02T08:00:00","actor":{"id":"a","role":"desk_officer"},"command":{"type":"accept"}}"#,
    ] {
        assert_eq!(Command::from_json(bad).unwrap_err().code(), 5006, "{bad}");
    }
    // A parsed command applied to the dossier: a rejection leaves it unchanged.
    let mut d = f.d.clone();
    let c = Command::from_json(
        r#"{"at":"2026-03-09T08:00:00","actor":{"id":"mc1","role":"desk_officer","agency":"000.00.13.H40"},"command":{"type":"confirm_delivery"}}"#,
    )
    .unwrap();
    assert_eq!(d.apply(&c, cal).unwrap_err().code(), 5001);
    assert_eq!(d, f.d);
}

#[test]
fn code_sequencer_and_formats() {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let mut s = CodeSequencer::new("H40.13").unwrap();
    for i in 1..=9999u32 {
        assert_eq!(s.next(d(3, 2)).unwrap(), format!("H40.13-260302-{i:04}"));
    }
    let before = s.clone();
    assert_eq!(s.next(d(3, 2)).unwrap_err().code(), 5009);
    assert_eq!(s, before);
    let central = CentralServiceFormat {
        system: "01".into(),
    };
    assert_eq!(
        s.next_with(d(3, 2), &central).unwrap(),
        "H40.13-260302-0110000"
    );
    assert_eq!(s.next(d(3, 3)).unwrap(), "H40.13-260303-0001");
    let bad = CentralServiceFormat { system: "1".into() };
    assert_eq!(s.next_with(d(3, 3), &bad).unwrap_err().code(), 5010);
    // Generated codes parse with the form validator.
    let mut q = CodeSequencer::new(AG).unwrap();
    let c = q.next(d(3, 2)).unwrap();
    let p = motcua::form::id::validate_dossier_code(&c).unwrap();
    assert_eq!((p.agency.code.as_str(), p.sequence), (AG, 1));
}

#[test]
fn forms_and_portal_mapping() {
    use motcua::deadline::Regime;
    assert_eq!(FormKind::Apology.number(Regime::Decree118_2025), Some("04"));
    assert_eq!(
        FormKind::StopNotice.number(Regime::Decree118_2025),
        Some("05")
    );
    let m = StatusMapping::default();
    for s in Status::ALL {
        let c = m.code(s);
        assert!(c.is_none_or(|c| (1..=10).contains(&c)));
    }
    let mut m2 = m.clone();
    assert_eq!(m2.set(Status::Withdrawn, Some(0)).unwrap_err().code(), 5010);
    m2.set(Status::Draft, Some(1)).unwrap();
    assert_eq!(m2.code(Status::Draft), Some(1));
    assert_eq!(portal_datetime(t("2017-01-03 07:30")), "20170103073000");
    // Messages exist in both languages for every guard.
    let e = DossierError::Guard {
        command: "accept".into(),
        guard: Guard::CompleteChecklist,
        detail: "x".into(),
        detail_vi: "y".into(),
    };
    let err: motcua::Error = e.into();
    assert!(err.message(motcua::Lang::Vi).contains("61/2018"));
    assert!(err.message(motcua::Lang::En).contains("complete_checklist"));
}

// ---------------------------------------------------------------------------------------
// Properties.

fn actors() -> Vec<Actor> {
    vec![
        desk(),
        officer(),
        head(),
        citizen(),
        other(),
        system(),
        Actor::new("mc9", Role::DeskOfficer, Some(OTHER)),
    ]
}

fn command(k: u8, seq: &mut u32, at: NaiveDateTime) -> CommandKind {
    match k % 22 {
        0 => CommandKind::Submit {
            documents: docs(&["tp1", "tp2"]),
        },
        1 => CommandKind::Submit {
            documents: docs(&["tp1"]),
        },
        2 => CommandKind::RequestSupplementAtDesk {
            missing: docs(&["tp2"]),
            reason: "r".into(),
        },
        3 => CommandKind::Resubmit {
            documents: docs(&["tp2"]),
        },
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
            missing: docs(&["tp1"]),
            reason: "r".into(),
        },
        8 => CommandKind::Supplement {
            documents: docs(&["tp1"]),
        },
        9 => CommandKind::Forward {
            agency: OTHER.into(),
            step: "s".into(),
            budget: TimeLimit::WorkingDays(1),
        },
        10 => CommandKind::ReplyFromAgency {
            step: "s".into(),
            opinion: "o".into(),
        },
        11 => CommandKind::RequestPayment { amount: 10 },
        12 => CommandKind::Pay {
            amount: 10,
            method: PaymentMethod::Desk,
        },
        13 => CommandKind::Apologise {
            new_appointment: at + chrono::Duration::days(10),
            reason: "r".into(),
        },
        14 => CommandKind::Approve { result: result() },
        15 => CommandKind::Deny { reason: "r".into() },
        16 => CommandKind::Stop { reason: "r".into() },
        17 => CommandKind::ReturnResult { online: false },
        18 => CommandKind::SendByPost {
            tracking: "t".into(),
        },
        19 => CommandKind::ConfirmDelivery,
        20 => CommandKind::RequestWithdrawal { reason: "r".into() },
        _ => {
            if *seq % 2 == 0 {
                CommandKind::ApproveWithdrawal
            } else {
                CommandKind::RejectWithdrawal { reason: "r".into() }
            }
        }
    }
}

/// Drives a dossier with random commands; returns it.
fn drive(steps: &[(u8, u8, u16)], cal: &WorkCalendar) -> Dossier {
    let mut f = F::new();
    let mut now = t("2026-03-02 08:00");
    let mut seq = 0u32;
    let who = actors();
    for &(k, a, dt) in steps {
        now += chrono::Duration::minutes(i64::from(dt));
        // Mostly the role the command needs, sometimes anyone.
        let canonical = match k % 22 {
            0..=5 | 17..=19 | 21 => desk(),
            6 | 13..=16 => head(),
            7 | 9 | 11 => officer(),
            8 | 12 | 20 => citizen(),
            _ => other(),
        };
        let actor = if a < 5 {
            canonical
        } else {
            who[a as usize % who.len()].clone()
        };
        let cmd = command(k, &mut seq, now);
        let before = f.d.clone();
        match f.d.apply(&Command::new(now, actor, cmd), cal) {
            Ok(_) => {}
            Err(e) => {
                assert_eq!(f.d, before, "rejected command changed the dossier: {e}");
                assert!(e.code() >= 2000 && e.code() < 6000, "{e}");
            }
        }
        invariants(&f.d);
    }
    f.d
}

fn invariants(d: &Dossier) {
    let s = d.state();
    assert_eq!(s.len as usize, d.events().len());
    use Status as S;
    if s.status.is_in_processing()
        || matches!(
            s.status,
            S::ResultReady | S::InTransit | S::Returned | S::Denied
        )
    {
        assert!(
            s.received_at.is_some() && s.due.is_some() && s.code.is_some(),
            "{:?}",
            s.status
        );
        assert!(d.clock().is_some());
    }
    if matches!(s.status, S::ResultReady | S::InTransit | S::Returned) {
        assert!(s.result.is_some() && s.finished_at.is_some());
    }
    if s.status == S::Returned {
        assert!(s.returned_at.is_some());
    }
    let at_agency = s.status == S::AtOtherAgency
        || (s.status == S::WithdrawalRequested && s.previous == Some(S::AtOtherAgency));
    assert_eq!(s.open_step.is_some(), at_agency, "{:?}", s.status);
    assert!(s.apologies <= 1);
    if s.status == S::WithdrawalRequested {
        assert!(s.previous.is_some_and(|p| !p.is_terminal()));
    }
    if s.received_at.is_none() {
        assert!(d.clock().is_none());
    }
    // Timestamps never go backwards.
    assert!(d.events().windows(2).all(|w| w[0].at <= w[1].at));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_commands_never_reach_an_illegal_state(
        steps in proptest::collection::vec((0u8..22, 0u8..9, 0u16..3000), 1..60)
    ) {
        let cal = cal();
        let d = drive(&steps, &cal);
        d.verify().unwrap();
        let r = Dossier::replay(d.id(), d.events().to_vec(), &cal).unwrap();
        prop_assert_eq!(&r, &d);
        let j = Dossier::from_json(&d.to_json(), &cal).unwrap();
        prop_assert_eq!(&j, &d);
    }

    #[test]
    fn every_single_event_mutation_is_detected(
        steps in proptest::collection::vec((0u8..22, 0u8..9, 0u16..3000), 20..60),
        pick in 0usize..1000,
        kind in 0u8..5,
    ) {
        let cal = cal();
        let d = drive(&steps, &cal);
        let n = d.events().len();
        prop_assume!(n >= 3);
        let i = pick % n;
        let mut ev = d.events().to_vec();
        let expected = match kind {
            0 => { ev[i].at += chrono::Duration::seconds(1); Tamper::Edited }
            1 => { ev[i].actor.role = if ev[i].actor.role == Role::System { Role::DeskOfficer } else { Role::System }; Tamper::Edited }
            2 => { ev.remove(i); Tamper::Removed }
            3 => { let c = ev[i].clone(); ev.insert((i + 1).min(n), c); Tamper::Inserted }
            _ => { let j = if i + 1 < n { i + 1 } else { i - 1 }; ev.swap(i, j); Tamper::Reordered }
        };
        let e = motcua::dossier::Dossier::verify_events(d.id(), &ev);
        let head = d.head().to_string();
        // With the declared head and length, even a removed last event is found.
        let log = serde_json::json!({"format": LOG_FORMAT, "dossier": d.id(), "length": n, "head": head, "events": ev});
        let e2 = Dossier::from_json(&log.to_string(), &cal).unwrap_err();
        let motcua::Error::Dossier(de) = e2 else { panic!("{e2}") };
        let (_, got) = de.tamper().unwrap_or_else(|| panic!("{de}"));
        prop_assert_eq!(got, expected);
        if !(kind == 2 && i == n - 1) {
            prop_assert!(e.is_err());
        }
    }
}

/// 400 dossiers driven by pseudo-random steps (80 each, from a linear congruential generator
/// seeded with `seed`): the deterministic stand-in for the property tests' generator.
fn random_drives(seed: u64, cal: &WorkCalendar) -> impl Iterator<Item = Dossier> + '_ {
    let mut x = seed;
    (0..400).map(move |_| drive(&lcg_steps(&mut x), cal))
}

fn lcg_steps(x: &mut u64) -> Vec<(u8, u8, u16)> {
    (0..80)
        .map(|_| {
            *x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (
                (*x >> 33) as u8 % 22,
                (*x >> 41) as u8 % 9,
                (*x >> 50) as u16 % 3000,
            )
        })
        .collect()
}

#[test]
fn random_drives_reach_every_state() {
    // The generator of the property tests is not stuck near the start.
    let cal = cal();
    let seen: std::collections::BTreeSet<_> =
        random_drives(7, &cal).map(|d| d.state().status).collect();
    for s in [
        Status::Processing,
        Status::Returned,
        Status::Withdrawn,
        Status::Denied,
        Status::Stopped,
        Status::RefusedAtReceipt,
    ] {
        assert!(seen.contains(&s), "{s} never reached: {seen:?}");
    }
}

/// `kind` through JSON and back, also with `"type"` moved to the end of the object.
fn round_trip<T>(kind: &T) -> String
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(kind).unwrap();
    assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), kind, "{json}");
    let serde_json::Value::Object(mut m) = serde_json::to_value(kind).unwrap() else {
        panic!("{json}")
    };
    let tag = m.remove("type").unwrap();
    let name = tag.as_str().unwrap().to_string();
    let mut rest = serde_json::to_string(&m).unwrap();
    rest.pop();
    let sep = if m.is_empty() { "" } else { "," };
    let last = format!("{rest}{sep}\"type\":{tag}}}");
    assert_eq!(&serde_json::from_str::<T>(&last).unwrap(), kind, "{last}");
    name
}

#[test]
fn every_event_and_command_kind_round_trips_through_json() {
    let cal = cal();
    let mut names = std::collections::BTreeSet::new();
    for d in random_drives(11, &cal) {
        for e in d.events() {
            let name = round_trip(&e.event);
            assert_eq!(name, e.event.name());
            names.insert(name);
        }
    }
    // Those the random drives miss.
    let mut f = F::new().processing().supplement_requested("r");
    f.ok(
        "2026-03-06 10:00",
        citizen(),
        CommandKind::Supplement {
            documents: docs(&["tp2"]),
        },
    );
    let done = finished();
    for e in f.d.events().iter().chain(done.d.events()) {
        names.insert(round_trip(&e.event));
    }
    // Every variant of EventKind.
    assert_eq!(names.len(), 23, "{names:?}");

    let mut commands = vec![CommandKind::Create {
        context: Box::new(ctx(TimeLimit::WorkingDays(3))),
        channel: Channel::Online,
        applicant: applicant(),
    }];
    let mut seq = 1;
    for k in 0..22 {
        commands.push(command(k, &mut seq, t("2026-03-02 08:00")));
    }
    // The other one of approve/reject withdrawal.
    seq += 1;
    commands.push(command(21, &mut seq, t("2026-03-02 08:00")));
    let names: std::collections::BTreeSet<_> = commands.iter().map(round_trip).collect();
    assert_eq!(names.len(), CommandKind::NAMES.len());
}

/// `check_json` says exactly what `apply_json` would do, on pseudo-random command sequences
/// (every rejection class, most guards): allowed ⇔ applied, with the same event and status;
/// a rejection carries the same code and messages as the error `apply_json` returns (and,
/// for a guard, its name and legal basis); anything else is the same error; the log given to
/// `check_json` is never changed.
#[test]
fn check_json_agrees_with_apply_json() {
    let cal = cal();
    let mut x = 11u64;
    let (mut allowed, mut guards) = (0, std::collections::BTreeSet::new());
    let mut codes = std::collections::BTreeSet::new();
    for _ in 0..80 {
        let mut f = F::new();
        let mut log = f.d.to_json();
        let mut now = t("2026-03-02 08:00");
        let mut seq = 0u32;
        let who = actors();
        for (k, a, dt) in lcg_steps(&mut x) {
            now += chrono::Duration::minutes(i64::from(dt));
            // As in `drive`: mostly the role the command needs, sometimes anyone.
            let actor = match (a, k % 22) {
                (5.., _) => who[a as usize % who.len()].clone(),
                (_, 0..=5 | 17..=19 | 21) => desk(),
                (_, 6 | 13..=16) => head(),
                (_, 7 | 9 | 11) => officer(),
                (_, 8 | 12 | 20) => citizen(),
                _ => other(),
            };
            let kind = command(k, &mut seq, now);
            let command_name = kind.name();
            let cmd = serde_json::to_string(&Command::new(now, actor, kind)).unwrap();
            let before = log.clone();
            let check = Dossier::check_json(&log, &cmd, None, &cal);
            assert_eq!(log, before);
            match (check, Dossier::apply_json(&log, &cmd, None, &cal)) {
                (Ok(r), Ok((new_log, event))) => {
                    assert!(r.allowed && r.rejection.is_none(), "{r:?}");
                    let event: serde_json::Value = serde_json::from_str(&event).unwrap();
                    assert_eq!(serde_json::to_value(&r.event).unwrap(), event);
                    // The event names the command that records it (rejections name it so).
                    assert_eq!(r.event.as_ref().unwrap().event.command_name(), command_name);
                    let d = Dossier::from_json(&new_log, &cal).unwrap();
                    assert_eq!(r.next_status, Some(d.state().status));
                    assert_eq!(r.status, f.d.state().status);
                    f.d = d;
                    log = new_log;
                    allowed += 1;
                }
                (Ok(r), Err(e)) => {
                    let j = r.rejection.expect("a rejection");
                    assert!(!r.allowed && r.event.is_none() && r.next_status.is_none());
                    assert_eq!((j.code, j.name), (e.code(), e.name()));
                    assert_eq!(j.message, e.message(motcua::Lang::Vi));
                    assert_eq!(j.message_en, e.message(motcua::Lang::En));
                    assert_eq!(j.guard.is_some(), j.code == 5004, "{j:?}");
                    if j.code != 5005 {
                        assert!(j.message_en.contains(command_name), "{j:?}");
                    }
                    assert_eq!(j.legal_basis.is_some(), j.code == 5004, "{j:?}");
                    guards.extend(j.guard);
                    codes.insert(j.code);
                }
                (Err(c), Err(e)) => {
                    assert_eq!(c.code(), e.code());
                    assert!(!matches!(c.code(), 5001..=5005 | 5010), "{c}");
                }
                (Err(c), Ok(_)) => panic!("check failed ({c}) but apply succeeded"),
            }
        }
    }
    // The sequences exercise the rejection classes and several guards.
    assert!(allowed > 200, "{allowed}");
    for c in [5001, 5002, 5003, 5004] {
        assert!(codes.contains(&c), "{c} never seen: {codes:?}");
    }
    assert!(guards.len() >= 2, "{guards:?}");
}

#[test]
fn check_json_bad_input_is_an_error_as_for_apply() {
    let cal = cal();
    let log = F::new().d.to_json();
    assert_eq!(
        Dossier::check_json(&log, "{", None, &cal)
            .unwrap_err()
            .code(),
        5006
    );
    assert_eq!(
        Dossier::check_json("[", "{}", None, &cal)
            .unwrap_err()
            .code(),
        5006
    );
    let edited = log.replace("Nguyễn Văn A", "Nguyễn Văn B");
    assert_eq!(
        Dossier::check_json(&edited, "{}", None, &cal)
            .unwrap_err()
            .code(),
        5008
    );
}
