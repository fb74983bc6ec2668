//! Dossiers: logs (`Dossier::from_json`), commands as JSON (`Command::from_json` +
//! `Dossier::apply`), and structured command sequences drawn from the input.
//!
//! Input: a mode byte, then — mode 0: a log; mode 1: one command JSON per line, applied to a
//! new dossier; mode 2: a structured sequence (each step: command kind, actor, minutes
//! elapsed, a few parameters), then byte edits of the resulting log.
//!
//! Invariants: a rejected command leaves the dossier unchanged (and has a typed code);
//! `verify()` holds on every produced or accepted log; a log re-reads to the same dossier;
//! replaying the events gives the same dossier; timestamps never go backwards; the state's
//! length equals the log's; an edited log is either refused with a typed error or valid.
#![no_main]

use arbitrary::{Result as AResult, Unstructured};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use libfuzzer_sys::fuzz_target;
use motcua::deadline::{Channel, TimeLimit};
use motcua::dossier::{
    Actor, Applicant, Command, CommandKind, Dossier, DossierContext, PaymentMethod, ResultDoc, Role,
};
use motcua::level::ServiceLevel;
use motcua_fuzz::{assert_typed, civil, text};

const AG: &str = "000.00.13.H40";
const OTHER: &str = "000.00.16.H40";
const CITIZEN: &str = "040099012345";

fn check(d: &Dossier) {
    d.verify().expect("every produced or accepted log verifies");
    assert_eq!(d.state().len as usize, d.events().len());
    assert!(
        d.events().windows(2).all(|w| w[0].at <= w[1].at),
        "time went backwards"
    );
    let back = Dossier::from_json(&d.to_json(), civil()).expect("a log re-reads");
    assert_eq!(&back, d);
    let replayed = Dossier::replay(d.id(), d.events().to_vec(), civil()).expect("replays");
    assert_eq!(&replayed, d);
    if d.state().received_at.is_none() {
        assert!(d.clock().is_none());
    }
}

fn apply(d: &mut Dossier, cmd: &Command) {
    let before = d.clone();
    if let Err(e) = d.apply(cmd, civil()) {
        assert_typed(&e, 1000, 6000);
        assert_eq!(d, &before, "a rejected command changed the dossier: {e}");
    }
}

fn word(u: &mut Unstructured<'_>, pool: &[&str]) -> AResult<String> {
    if u.ratio(1, 8)? {
        // Occasionally anything at all.
        let s: &str = u.arbitrary()?;
        Ok(s.chars().take(40).collect())
    } else {
        Ok((*u.choose(pool)?).to_string())
    }
}

fn docs(u: &mut Unstructured<'_>) -> AResult<Vec<String>> {
    let n = u.int_in_range(0..=3)?;
    (0..n)
        .map(|_| word(u, &["tp1", "tp2", "tp3", ""]))
        .collect()
}

fn limit(u: &mut Unstructured<'_>) -> AResult<TimeLimit> {
    Ok(match u.int_in_range(0..=5)? {
        0 => TimeLimit::WorkingDays(u.int_in_range(0..=40)?),
        1 => TimeLimit::WorkingHours(u.int_in_range(0..=40)?),
        2 => TimeLimit::CalendarDays(u.int_in_range(0..=60)?),
        3 => TimeLimit::Months(u.int_in_range(0..=3)?),
        4 => TimeLimit::FractionalWorkingDays(f64::from(u.int_in_range(0u8..=20)?) / 4.0),
        _ => TimeLimit::same_day(),
    })
}

fn actor(u: &mut Unstructured<'_>) -> AResult<Actor> {
    Ok(match u.int_in_range(0..=7)? {
        0 => Actor::new("mc1", Role::DeskOfficer, Some(AG)),
        1 => Actor::new("cv1", Role::ProcessingOfficer, Some(AG)),
        2 => Actor::new("ld1", Role::Approver, Some(AG)),
        3 => Actor::new(CITIZEN, Role::Applicant, None),
        4 => Actor::new("x1", Role::OtherAgency, Some(OTHER)),
        5 => Actor::new("sys", Role::System, None),
        6 => Actor::new("mc9", Role::DeskOfficer, Some(OTHER)),
        _ => Actor::new(word(u, &["a"])?, Role::ProcessingOfficer, Some(AG)),
    })
}

fn kind(u: &mut Unstructured<'_>, at: NaiveDateTime, seq: &mut u32) -> AResult<CommandKind> {
    let reason = |u: &mut Unstructured<'_>| word(u, &["r", "thiếu giấy tờ", ""]);
    Ok(match u.int_in_range(0..=22)? {
        0 => CommandKind::Create {
            context: Box::new(
                DossierContext::new("1.004222", "cu_tru", limit(u)?, AG, AG)
                    .with_documents(["tp1", "tp2"])
                    .with_level(ServiceLevel::Level3)
                    .with_fee(u.arbitrary()?),
            ),
            channel: *u.choose(&[Channel::Desk, Channel::Online, Channel::Postal])?,
            applicant: Applicant {
                id: CITIZEN.into(),
                name: word(u, &["Nguyễn Văn A"])?,
                organisation: u.arbitrary()?,
            },
        },
        1 => CommandKind::Submit {
            documents: docs(u)?,
        },
        2 => CommandKind::RequestSupplementAtDesk {
            missing: docs(u)?,
            reason: reason(u)?,
        },
        3 => CommandKind::Resubmit {
            documents: docs(u)?,
        },
        4 => CommandKind::RefuseAtReceipt { reason: reason(u)? },
        5 => {
            *seq += 1;
            let code = if u.ratio(1, 6)? {
                word(u, &["000.00.13.H40-260302-0001"])?
            } else {
                format!("{AG}-{}-{:04}", at.format("%y%m%d"), *seq)
            };
            CommandKind::Accept { code }
        }
        6 => CommandKind::Assign {
            officer: word(u, &["cv1", "cv2"])?,
        },
        7 => CommandKind::RequestSupplement {
            missing: docs(u)?,
            reason: reason(u)?,
        },
        8 => CommandKind::Supplement {
            documents: docs(u)?,
        },
        9 => CommandKind::Forward {
            agency: word(u, &[OTHER, AG])?,
            step: word(u, &["s", "t"])?,
            budget: limit(u)?,
        },
        10 => CommandKind::ReplyFromAgency {
            step: word(u, &["s", "t"])?,
            opinion: reason(u)?,
        },
        11 => CommandKind::RequestPayment {
            amount: u.arbitrary()?,
        },
        12 => CommandKind::Pay {
            amount: u.arbitrary()?,
            method: *u.choose(&[
                PaymentMethod::Desk,
                PaymentMethod::BankTransfer,
                PaymentMethod::Postal,
                PaymentMethod::Online,
            ])?,
        },
        13 => CommandKind::Apologise {
            new_appointment: at + Duration::hours(i64::from(u.int_in_range(-48i16..=2000)?)),
            reason: reason(u)?,
        },
        14 => CommandKind::Approve {
            result: ResultDoc {
                number: word(u, &["1"])?,
                name: word(u, &["Giấy xác nhận"])?,
                electronic: u.arbitrary()?,
            },
        },
        15 => CommandKind::Deny { reason: reason(u)? },
        16 => CommandKind::Stop { reason: reason(u)? },
        17 => CommandKind::ReturnResult {
            online: u.arbitrary()?,
        },
        18 => CommandKind::SendByPost {
            tracking: word(u, &["EE123"])?,
        },
        19 => CommandKind::ConfirmDelivery,
        20 => CommandKind::RequestWithdrawal { reason: reason(u)? },
        21 => CommandKind::ApproveWithdrawal,
        _ => CommandKind::RejectWithdrawal { reason: reason(u)? },
    })
}

fn structured(data: &[u8]) -> AResult<()> {
    let mut u = Unstructured::new(data);
    let mut d = Dossier::new("hs-fuzz");
    let start = NaiveDate::from_ymd_opt(2026, 3, 2)
        .and_then(|x| x.and_hms_opt(8, 0, 0))
        .expect("a time");
    let mut at = start + Duration::days(i64::from(u.int_in_range(0u16..=3000)?));
    let mut seq = 0u32;
    let steps = u.int_in_range(1..=60)?;
    for _ in 0..steps {
        // Mostly forward in time, sometimes backwards (must be refused).
        let dt = i64::from(u.int_in_range(-30i16..=3000)?);
        at += Duration::minutes(dt);
        let who = actor(&mut u)?;
        let what = kind(&mut u, at, &mut seq)?;
        apply(&mut d, &Command::new(at, who, what));
    }
    check(&d);
    // Edit the log's text and read it again.
    let mut bytes = d.to_json().into_bytes();
    let edits = u.int_in_range(0..=3)?;
    for _ in 0..edits {
        if bytes.is_empty() {
            break;
        }
        let i = u.choose_index(bytes.len())?;
        bytes[i] = u.arbitrary()?;
    }
    if let Some(s) = text(&bytes) {
        match Dossier::from_json(s, civil()) {
            Ok(back) => check(&back),
            Err(e) => assert_typed(&e, 1000, 6000),
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => {
            let Some(s) = text(rest) else { return };
            match Dossier::from_json(s, civil()) {
                Ok(d) => check(&d),
                Err(e) => assert_typed(&e, 1000, 6000),
            }
        }
        1 => {
            let Some(s) = text(rest) else { return };
            let mut d = Dossier::new("hs-fuzz");
            for line in s.lines().take(200) {
                match Command::from_json(line) {
                    Ok(cmd) => apply(&mut d, &cmd),
                    Err(e) => assert_typed(&e, 1000, 6000),
                }
            }
            check(&d);
        }
        _ => {
            let _ = structured(rest);
        }
    }
});
