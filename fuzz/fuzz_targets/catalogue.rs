//! Procedure catalogues (`Catalogue::from_json`) and every query on a loaded one.
//!
//! Invariants: a loaded catalogue's document re-serialises and re-loads to the same
//! document; every procedure is found by its id (and code); every form named by a procedure
//! compiles; stats count what the document holds.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use motcua::procedure::{Catalogue, GovLevel};
use motcua_fuzz::{assert_typed, text};

fuzz_target!(|data: &[u8]| {
    let Some(s) = text(data) else { return };
    let cat = match Catalogue::from_json(s) {
        Ok(c) => c,
        Err(e) => {
            assert_typed(&e, 3000, 5000);
            return;
        }
    };
    let again = serde_json::to_string(cat.doc()).expect("catalogue serialises");
    let back = Catalogue::from_json(&again).expect("a serialised catalogue re-loads");
    assert_eq!(back.doc(), cat.doc());

    for p in cat.procedures() {
        assert!(
            cat.procedure(&p.id).is_some(),
            "procedure {} not found by id",
            p.id
        );
        let _ = cat.services_of(&p.id).count();
        let _ = cat.by_field(&p.field).count();
        for f in &p.forms {
            let _ = cat.form(f).map(|form| form.json_schema());
        }
    }
    let stats = cat.stats();
    assert_eq!(stats.procedures, cat.procedures().len());
    let share = stats.full_process_share();
    assert!((0.0..=1.0).contains(&share), "share {share}");
    let _ = cat.fields();
    for y in [2010, 2021, 2026] {
        let on = NaiveDate::from_ymd_opt(y, 7, 1).expect("a date");
        let _ = cat.level_issues_on(on);
        for g in [GovLevel::Central, GovLevel::Province, GovLevel::Commune] {
            let _ = cat.by_gov_level(g, on).count();
        }
    }
    for s in cat.services() {
        if let Some(a) = &s.agency {
            let _ = cat.services_by_agency(a).count();
        }
        let _ = cat.services_by_level(s.level).count();
    }
});
