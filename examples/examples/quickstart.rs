//! The canonical flow of a vendor back office, in Rust: the civil-service calendar and the
//! embedded catalogue; a certification of marital status (procedure 1.004873, 3 working days)
//! received at the one-stop desk on Thu 23 Apr 2026, just before the Hùng Kings day
//! (Sun 26 Apr, compensatory Mon 27 Apr) and Reunification / Labour Day (30 Apr, 1 May);
//! its appointment slip with the skipped days explained; a supplementation requested during
//! processing and fulfilled (the period restarts); a command refused (and its message); the
//! result approved and returned; the log's hash chain verified; the final state.
//!
//! ```sh
//! cargo run -p motcua-examples --example quickstart
//! ```
//!
//! `examples/c/quickstart.c`, `examples/java/Quickstart.java` and
//! `examples/python/quickstart.py` run the same flow through the C ABI and print the same
//! `SLIP`, `RESTART`, `ERROR`, `REJECTION` and `RESULT` lines (`.ci/run` compares them).

use chrono::{NaiveDate, NaiveDateTime};
use motcua::calendar::WorkCalendar;
use motcua::deadline::{Channel, compute_due};
use motcua::dossier::{
    Actor, Applicant, Command, CommandKind, Dossier, DossierContext, EventKind, ResultDoc, Role,
    ViewOptions,
};
use motcua::procedure::Catalogue;
use motcua::{Lang, describe_code};

const PROCEDURE: &str = "1.004873"; // Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days
const AGENCY: &str = "000.01.21.H40"; // the commune's one-stop desk (receiving and resolving)
const DOSSIER_ID: &str = "hs-2026-0423-01";
const CODE: &str = "000.01.21.H40-260423-0001";

fn t(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").expect("a fixed instant")
}

fn main() -> Result<(), motcua::Error> {
    // 1. Data: the calendar and the catalogue are explicit, immutable values (share them).
    let cal = WorkCalendar::vietnam_civil_service();
    let catalogue = Catalogue::vietnam_default();
    let procedure = catalogue
        .procedure(PROCEDURE)
        .expect("the embedded catalogue has 1.004873");
    println!("procedure {PROCEDURE}: {}", procedure.name.vi);
    let on = NaiveDate::from_ymd_opt(2026, 4, 23).expect("a date");
    let service = catalogue.services_of(PROCEDURE).next();
    let ctx = DossierContext::from_catalogue(procedure, None, service, AGENCY, AGENCY, on)?;
    println!(
        "time limit {}; checklist {}",
        serde_json::to_string(&ctx.time_limit).expect("json"),
        serde_json::to_string(&ctx.required_documents).expect("json")
    );

    let desk = Actor::new("cb01", Role::DeskOfficer, Some(AGENCY));
    let officer = Actor::new("cv01", Role::ProcessingOfficer, Some(AGENCY));
    let approver = Actor::new("ld01", Role::Approver, Some(AGENCY));
    let applicant = Actor::new("001099012345", Role::Applicant, None);
    let docs = ctx.required_documents.clone();

    // 2. Created, submitted and received at the desk (Form 01: code and appointment slip).
    let mut d = Dossier::new(DOSSIER_ID);
    let create = CommandKind::Create {
        context: Box::new(ctx.clone()),
        channel: Channel::Desk,
        applicant: Applicant {
            id: "001099012345".into(),
            name: "Nguyễn Văn A".into(),
            organisation: false,
        },
    };
    d.apply(
        &Command::new(t("2026-04-23T08:50:00"), desk.clone(), create),
        &cal,
    )?;
    let submit = CommandKind::Submit {
        documents: docs.clone(),
    };
    d.apply(
        &Command::new(t("2026-04-23T08:55:00"), desk.clone(), submit),
        &cal,
    )?;
    let accept = CommandKind::Accept { code: CODE.into() };
    let received_at = t("2026-04-23T09:00:00");
    let event = d.apply(&Command::new(received_at, desk.clone(), accept), &cal)?;
    let EventKind::Accepted { form: slip, .. } = &event.event else {
        unreachable!("accept gives an accepted event")
    };
    println!(
        "received {received_at} at the desk, dossier code {}",
        slip.code
    );
    println!(
        "SLIP code={} due={} appointment={}",
        slip.code,
        slip.due.legal_due_date,
        slip.due.appointment_at.format("%Y-%m-%dT%H:%M:%S")
    );
    // The explanation printed on the slip: every day from receipt to the due date.
    let due = compute_due(received_at, &ctx.time_limit, &cal, &ctx.policy)?;
    assert_eq!(due.legal_due_date, slip.due.legal_due_date);
    println!("{}", due.explain_text(&cal, Lang::Vi)?);

    // 3. Processing: an officer takes it and asks for a supplement on Fri 24 Apr (within
    //    3 working days of receipt); the applicant brings it on Tue 28 Apr: the 3 working
    //    days restart from the complete dossier (Decree 61/2018 Art. 19(4)), across
    //    30 April and 1 May.
    let assign = CommandKind::Assign {
        officer: "cv01".into(),
    };
    d.apply(
        &Command::new(t("2026-04-23T10:00:00"), officer.clone(), assign),
        &cal,
    )?;
    let request = CommandKind::RequestSupplement {
        missing: vec![docs[0].clone()],
        reason: "Tờ khai chưa ghi nơi cư trú trước đây".into(),
    };
    d.apply(
        &Command::new(t("2026-04-24T10:00:00"), officer.clone(), request),
        &cal,
    )?;
    println!(
        "supplement requested 2026-04-24 10:00: {}",
        d.state().status.label_vi()
    );
    let supplement = CommandKind::Supplement {
        documents: vec![docs[0].clone()],
    };
    d.apply(
        &Command::new(t("2026-04-28T09:00:00"), applicant, supplement),
        &cal,
    )?;
    let restarted = d.state().due.expect("a due after receipt");
    println!(
        "RESTART due={} appointment={}",
        restarted.legal_due_date,
        restarted.appointment_at.format("%Y-%m-%dT%H:%M:%S")
    );

    // 4. A refused command: the desk officer may not sign the result (wrong role). The log
    //    is unchanged and stays usable; the status comes with its message.
    let wrong = CommandKind::Approve {
        result: ResultDoc {
            number: "15/XNTTHN".into(),
            name: "Giấy xác nhận tình trạng hôn nhân".into(),
            electronic: false,
        },
    };
    let err = d
        .apply(
            &Command::new(t("2026-04-29T09:00:00"), desk.clone(), wrong),
            &cal,
        )
        .expect_err("a desk officer cannot approve");
    let (name, message) = describe_code(err.code(), Lang::Vi).expect("a known code");
    println!("ERROR code={} name={name} message={message}", err.code());
    // The detail behind the code (which role, which command): the error itself in Rust;
    // `motcua_dossier_check_json` hands it to the bindings.
    println!("REJECTION message={}", err.message(Lang::Vi));

    // 5. Approved on Mon 4 May, returned on Tue 5 May.
    let approve = CommandKind::Approve {
        result: ResultDoc {
            number: "15/XNTTHN".into(),
            name: "Giấy xác nhận tình trạng hôn nhân".into(),
            electronic: false,
        },
    };
    d.apply(
        &Command::new(t("2026-05-04T14:00:00"), approver, approve),
        &cal,
    )?;
    d.apply(
        &Command::new(
            t("2026-05-05T08:30:00"),
            desk,
            CommandKind::ReturnResult { online: false },
        ),
        &cal,
    )?;

    // 6. The log is what the back office stores: verify its hash chain, then the state.
    let log = d.to_json();
    let report = Dossier::verify_json(&log)?;
    println!(
        "log: {} events, head {}, valid {}",
        report.length, report.head, report.valid
    );
    let stored = Dossier::from_json(&log, &cal)?; // what a later request reads back
    let view = stored.view(&ViewOptions::default(), &cal)?;
    let st = view.state;
    let timeliness = view.timeliness.expect("timeliness after receipt");
    let final_due = st.due.expect("a due");
    println!(
        "final: {} ({}), portal status {}, timeliness {}",
        st.status.as_str(),
        view.status_label,
        view.portal_status.unwrap_or(0),
        serde_json::to_value(timeliness.against_current)
            .expect("json")
            .as_str()
            .unwrap_or("-")
    );
    println!(
        "RESULT code={} due={} appointment={} state={} timeliness={} verified={}",
        st.code.as_deref().unwrap_or("-"),
        final_due.legal_due_date,
        final_due.appointment_at.format("%Y-%m-%dT%H:%M:%S"),
        st.status.as_str(),
        serde_json::to_value(timeliness.against_current)
            .expect("json")
            .as_str()
            .unwrap_or("-"),
        report.valid
    );
    Ok(())
}
