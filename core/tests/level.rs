//! Online service levels: the definitions as capability flags, the mapping between Decree
//! 43/2011 and Decree 42/2022, regimes by date, and the consistency checks.

use chrono::NaiveDate;
use motcua::Lang;
use motcua::form::Severity;
use motcua::level::{
    Capabilities, Capability, CheckContext, LevelIssue, Regime, Scheme, ServiceLevel, check,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn caps(bits: u8) -> Capabilities {
    Capabilities {
        information_online: bits & 1 != 0,
        forms_downloadable: bits & 2 != 0,
        online_submission: bits & 4 != 0,
        online_processing: bits & 8 != 0,
        online_payment: bits & 16 != 0,
        online_result: bits & 32 != 0,
        postal_result: bits & 64 != 0,
    }
}

#[test]
fn decree_43_definitions() {
    // Level 3: submission and processing online; payment and result in person.
    let l3 = caps(0b0001111);
    assert_eq!(
        ServiceLevel::classify_decree43(&l3),
        Some(ServiceLevel::Level3)
    );
    assert_eq!(
        ServiceLevel::classify_decree42(&l3),
        Some(ServiceLevel::Partial)
    );
    // Level 4 adds online payment; its result may still be returned in person…
    let l4 = caps(0b0011111);
    assert_eq!(
        ServiceLevel::classify_decree43(&l4),
        Some(ServiceLevel::Level4)
    );
    // …in which case it is not full-process, whatever the heuristic says.
    assert_eq!(
        ServiceLevel::classify_decree42(&l4),
        Some(ServiceLevel::Partial)
    );
    assert_eq!(
        ServiceLevel::Level4.to_decree42(),
        ServiceLevel::FullProcess
    );
    // With an electronic or postal result it is.
    assert_eq!(
        ServiceLevel::classify_decree42(&caps(0b1011111)),
        Some(ServiceLevel::FullProcess)
    );
    assert_eq!(
        ServiceLevel::classify_decree42(&caps(0b0111111)),
        Some(ServiceLevel::FullProcess)
    );
}

#[test]
fn full_process_does_not_need_payment() {
    // Decree 42/2022 Art. 11(1)(a): postal return of a paper result still counts [S].
    let c = caps(0b1001101);
    assert_eq!(
        ServiceLevel::classify_decree42(&c),
        Some(ServiceLevel::FullProcess)
    );
    assert!(check(ServiceLevel::FullProcess, &c, &CheckContext::default()).is_empty());
}

#[test]
fn contradictions_are_reported() {
    let info_only = caps(0b0000011);
    let issues = check(ServiceLevel::Level4, &info_only, &CheckContext::default());
    let missing: Vec<Capability> = issues
        .iter()
        .filter_map(|i| match i {
            LevelIssue::MissingCapability { capability, .. } => Some(*capability),
            _ => None,
        })
        .collect();
    assert_eq!(
        missing,
        [
            Capability::OnlineSubmission,
            Capability::OnlineProcessing,
            Capability::OnlinePayment
        ]
    );
    assert!(issues.iter().all(|i| i.severity() == Severity::Error));
    let fp = check(
        ServiceLevel::FullProcess,
        &caps(0b0001101),
        &CheckContext::default(),
    );
    assert_eq!(fp, [LevelIssue::NoResultChannel]);
    assert!(fp[0].message(Lang::Vi).contains("bưu chính công ích"));
    // Under-declared: a warning, not an error.
    let under = check(
        ServiceLevel::Partial,
        &caps(0b1001101),
        &CheckContext::default(),
    );
    assert_eq!(
        under,
        [LevelIssue::UnderDeclared {
            declared: ServiceLevel::Partial,
            meets: ServiceLevel::FullProcess
        }]
    );
    assert_eq!(under[0].severity(), Severity::Warning);
    assert_eq!(
        serde_json::to_value(under[0]).unwrap()["issue"],
        "under_declared"
    );
}

#[test]
fn regimes_by_date() {
    assert_eq!(Regime::on(d(2011, 9, 30)), None);
    assert_eq!(Regime::on(d(2011, 10, 1)), Some(Regime::Decree43of2011));
    assert_eq!(Regime::on(d(2022, 7, 31)), Some(Regime::Decree43of2011));
    assert_eq!(Regime::on(d(2022, 8, 1)), Some(Regime::Decree42of2022));
    assert_eq!(Regime::on(d(2026, 7, 1)), Some(Regime::Decree224of2026));
    for w in Regime::ALL.windows(2) {
        assert_eq!(
            w[0].effective_until().unwrap().succ_opt(),
            Some(w[1].effective_from())
        );
    }
    // Level 4 declared in 2024: a classification no longer in force.
    let ctx = CheckContext {
        on: Some(d(2024, 1, 1)),
        ..Default::default()
    };
    let issues = check(ServiceLevel::Level4, &caps(0b0011111), &ctx);
    assert_eq!(
        issues,
        [LevelIssue::SchemeNotInForce {
            level: ServiceLevel::Level4,
            regime: Regime::Decree42of2022
        }]
    );
    // From 2026-07-01: reasons for partial, online payment for fees.
    let ctx = CheckContext {
        on: Some(d(2026, 7, 1)),
        has_fee: true,
        partial_reason_published: true,
    };
    assert!(
        check(ServiceLevel::Partial, &caps(0b0000101), &ctx)
            .contains(&LevelIssue::FeeWithoutOnlinePayment)
    );
    assert!(
        !check(ServiceLevel::Partial, &caps(0b0000101), &ctx)
            .contains(&LevelIssue::PartialWithoutReason)
    );
    let before = CheckContext {
        on: Some(d(2026, 6, 30)),
        has_fee: true,
        partial_reason_published: false,
    };
    assert!(check(ServiceLevel::Partial, &caps(0b0000101), &before).is_empty());
}

proptest! {
    /// The mapping is monotone and the classification is the highest level without
    /// contradiction.
    #[test]
    fn classification_and_mapping(bits in 0u8..128) {
        let c = caps(bits);
        if let Some(l) = ServiceLevel::classify_decree43(&c) {
            prop_assert_eq!(l.scheme(), Scheme::Decree43);
            prop_assert!(check(l, &c, &CheckContext::default()).is_empty());
            for higher in ServiceLevel::ALL.into_iter().filter(|h| h.scheme() == Scheme::Decree43 && *h > l) {
                prop_assert!(!check(higher, &c, &CheckContext::default()).is_empty());
            }
            // The definition of full process guarantees level 3 at least.
            if ServiceLevel::classify_decree42(&c) == Some(ServiceLevel::FullProcess) {
                prop_assert!(c.online_submission && c.online_processing && c.information_online);
                prop_assert!(ServiceLevel::FullProcess.to_decree43() <= ServiceLevel::Level3);
            }
        } else {
            prop_assert!(!c.information_online);
            prop_assert_eq!(ServiceLevel::classify_decree42(&c), None);
        }
    }
}
