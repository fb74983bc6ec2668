//! The procedure catalogue: the embedded default loads without errors, the model's rules are
//! enforced (every problem listed), codes parse, queries and statistics work.

use chrono::NaiveDate;
use motcua::Lang;
use motcua::deadline::TimeLimit;
use motcua::form::Severity;
use motcua::level::{LevelIssue, ServiceLevel};
use motcua::procedure::{
    Catalogue, CatalogueDoc, Confidence, GovLevel, ProcedureCode, ServiceCode,
};
use serde_json::{Value, json};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn default_catalogue_loads_cleanly() {
    let cat = match Catalogue::try_vietnam_default() {
        Ok(c) => c,
        Err(e) => panic!("{}", e.message(Lang::En)),
    };
    assert!(cat.procedures().len() >= 20);
    for w in cat.warnings() {
        assert_eq!(w.severity, Severity::Warning);
        println!("warning {} {}: {}", w.pointer, w.name, w.detail);
    }
    // Every procedure, variant and fee is sourced; codes are unique and well-formed.
    for p in cat.procedures() {
        if let Some(c) = &p.code {
            assert_eq!(ProcedureCode::parse(c).unwrap().to_string(), *c);
            assert!(p.code_basis.is_some());
        }
        for v in &p.variants {
            assert!(!v.time_limit_basis.source.is_empty(), "{} {}", p.id, v.id);
            v.time_limit.validate().unwrap();
        }
    }
    // The commonest procedures carry e-forms that compile.
    for code in ["1.001193", "1.000656", "2.000815"] {
        let p = cat.procedure(code).unwrap();
        assert!(!p.forms.is_empty(), "{code}");
        assert!(p.forms.iter().all(|f| cat.form(f).is_some()));
    }
}

#[test]
fn facts_from_the_reference() {
    let cat = Catalogue::vietnam_default();
    let copy = cat.procedure("2.000815").unwrap();
    assert_eq!(copy.variants[0].time_limit, TimeLimit::same_day());
    assert_eq!(
        copy.variants[0].extensions[0].limit,
        TimeLimit::WorkingDays(2)
    );
    assert_eq!(copy.variants[0].fees[0].amount, Some(2000));
    assert_eq!(
        copy.variants[0].fees[0].basis.confidence,
        Confidence::Verified
    );
    let lltp = cat.procedure("3.000333").unwrap();
    assert_eq!(lltp.variants[0].time_limit, TimeLimit::CalendarDays(10));
    // Judicial records moved from Justice to the police on 2026-07-01.
    assert!(
        lltp.authorities_on(d(2026, 6, 30))
            .all(|a| a.agency.vi == "Sở Tư pháp")
    );
    assert!(
        lltp.authorities_on(d(2026, 7, 1))
            .all(|a| a.agency.vi == "Công an cấp tỉnh")
    );
    // District level abolished on 2025-07-01.
    assert!(cat.by_gov_level(GovLevel::District, d(2025, 6, 30)).count() >= 3);
    assert_eq!(
        cat.by_gov_level(GovLevel::District, d(2025, 7, 1)).count(),
        0
    );
    let land = cat.procedure("1.013978").unwrap();
    assert_eq!(
        land.publication_on(d(2025, 8, 1)).unwrap().decision,
        "2304/QĐ-BNNMT"
    );
    assert!(land.publication_on(d(2025, 1, 1)).is_none());
}

#[test]
fn queries_and_statistics() {
    let cat = Catalogue::vietnam_default();
    assert!(cat.fields().contains(&"ho_tich"));
    assert_eq!(cat.by_field("ho_tich").count(), 7);
    let h55: Vec<_> = cat.services_by_agency("H55").collect();
    assert_eq!(h55.len(), 1);
    assert_eq!(h55[0].code.as_deref(), Some("2.000815.000.00.00.H55.02"));
    assert_eq!(cat.services_of("2.000815").count(), 1);
    let stats = cat.stats();
    assert_eq!(stats.procedures, cat.procedures().len());
    assert_eq!(stats.services, cat.services().len());
    assert_eq!(stats.by_level.values().sum::<usize>(), stats.services);
    assert_eq!(
        stats.by_level.get(&ServiceLevel::FullProcess),
        Some(&cat.services_by_level(ServiceLevel::FullProcess).count())
    );
    assert!(stats.full_process_share() > 0.0 && stats.full_process_share() < 1.0);
    // Serialised for reports.
    let j = serde_json::to_value(&stats).unwrap();
    assert!(j["by_level"]["partial"].as_u64().unwrap() >= 1);
    // After 2026-07-01: partial services without a published reason, fee-bearing services
    // without online payment.
    let issues = cat.level_issues_on(d(2026, 8, 1));
    assert!(
        issues
            .iter()
            .any(|(_, i)| *i == LevelIssue::PartialWithoutReason)
    );
    assert!(
        cat.level_issues_on(d(2026, 6, 1))
            .iter()
            .all(|(_, i)| *i != LevelIssue::PartialWithoutReason)
    );
}

#[test]
fn codes() {
    assert_eq!(ProcedureCode::parse("1.001193").unwrap().number, 1193);
    for bad in [
        "1.00119",
        "1001193",
        "a.001193",
        "1.0011933",
        "12.001193",
        "1.00119a",
    ] {
        assert_eq!(ProcedureCode::parse(bad).unwrap_err().code(), 3101, "{bad}");
    }
    let s = ServiceCode::parse("1.011442.000.00.00.H38").unwrap();
    assert_eq!((s.agency.as_str(), s.suffix), ("000.00.00.H38", None));
    for bad in [
        "2.000815.000.00.00.H55.",
        "2.000815.000.00.00.H5",
        "2.000815-000.00.00.H55",
        "2.000815.H55.242.01",
        "2.000815.000.00.00.H55.0-2",
    ] {
        assert_eq!(ServiceCode::parse(bad).unwrap_err().code(), 3102, "{bad}");
    }
}

fn minimal() -> Value {
    json!({
        "version": "test",
        "procedures": [{
            "id": "1.000001", "code": "1.000001", "code_basis": {"source": "test", "confidence": "unverified"},
            "name": {"vi": "Thủ tục thử"}, "field": "thu", "applicant_types": ["citizen"],
            "authorities": [{"level": "commune", "agency": {"vi": "UBND cấp xã"}, "basis": {"source": "t", "confidence": "verified"}}],
            "variants": [{"id": "a", "name": {"vi": "A"}, "time_limit": {"working_days": 2},
                "time_limit_basis": {"source": "t", "confidence": "verified"},
                "steps": [{"code": "s1", "name": {"vi": "B1"}, "budget": {"working_hours": 8}},
                          {"code": "s2", "name": {"vi": "B2"}, "budget": {"working_days": 1}}]}],
            "result": {"name": {"vi": "Kết quả"}}
        }],
        "services": [{"procedure": "1.000001", "level": "full_process", "code": "1.000001.000.00.00.H22.01", "agency": "000.00.00.H22",
            "capabilities": {"information_online": true, "online_submission": true, "online_processing": true, "online_result": true},
            "basis": {"source": "t", "confidence": "practice"}}]
    })
}

#[test]
fn minimal_catalogue_round_trips() {
    let text = minimal().to_string();
    let cat = Catalogue::from_json(&text).unwrap();
    assert_eq!(
        cat.procedure("1.000001").unwrap().variants[0].steps.len(),
        2
    );
    let again = serde_json::to_value(cat.doc()).unwrap();
    let cat2 = Catalogue::new(serde_json::from_value::<CatalogueDoc>(again).unwrap()).unwrap();
    assert_eq!(cat.doc(), cat2.doc());
}

#[test]
fn every_problem_is_listed() {
    let mut doc = minimal();
    let p = &mut doc["procedures"][0];
    p["variants"][0]["steps"][1]["budget"] = json!({"working_days": 2}); // 8 h + 16 h > 16 h
    p["variants"][0]["steps"][0]["code"] = json!("s2");
    p["variants"][0]["time_limit"] = json!({"working_days": 2});
    p["variants"].as_array_mut().unwrap().push(json!({"id": "a", "name": {"vi": "A2"}, "time_limit": {"months": 1},
        "time_limit_basis": {"source": "t", "confidence": "verified"},
        "fees": [{"kind": "le_phi", "name": {"vi": "x"}, "amount": 5, "set_by_province": true, "basis": {"source": "t", "confidence": "verified"}}]}));
    p["forms"] = json!(["khong-co"]);
    p["publications"] = json!([{"decision": "1/QĐ", "issued": "2025-02-01", "effective": "2025-01-01", "basis": {"source": "t", "confidence": "verified"}}]);
    doc["services"][0]["capabilities"]["online_submission"] = json!(false);
    doc["services"][0]["code"] = json!("1.000002.000.00.00.H23.01");
    doc["services"].as_array_mut().unwrap().push(json!({"procedure": "nope", "level": "partial", "capabilities": {}, "basis": {"source": "t", "confidence": "practice"}}));
    let dup = doc["procedures"][0].clone();
    doc["procedures"].as_array_mut().unwrap().push(dup);
    let e = Catalogue::from_json(&doc.to_string()).unwrap_err();
    assert_eq!((e.code(), e.name()), (3104, "procedure.catalogue_invalid"));
    let docv: CatalogueDoc = serde_json::from_value(doc).unwrap();
    let problems = Catalogue::problems(&docv);
    let got: Vec<(&str, &str)> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.pointer.as_str(), p.name))
        .collect();
    for want in [
        (
            "/procedures/0/publications/0/effective",
            "procedure.bad_publication",
        ),
        ("/procedures/0/variants/1/id", "procedure.duplicate_variant"),
        (
            "/procedures/0/variants/0/steps/1/code",
            "procedure.duplicate_step",
        ),
        (
            "/procedures/0/variants/0/steps",
            "procedure.steps_exceed_limit",
        ),
        (
            "/procedures/0/variants/1/fees/0/amount",
            "procedure.fee_conflict",
        ),
        ("/procedures/0/forms/0", "procedure.unknown_form"),
        ("/procedures/1/id", "procedure.duplicate_id"),
        ("/procedures/1/code", "procedure.duplicate_code"),
        ("/services/0/code", "procedure.service_code_mismatch"),
        ("/services/0/capabilities", "level.missing_capability"),
        ("/services/1/procedure", "procedure.unknown_procedure"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:#?}");
    }
    assert!(e.message(Lang::Vi).starts_with("Danh mục thủ tục có"));
}

#[test]
fn hostile_catalogue_input() {
    let big = " ".repeat(motcua::procedure::MAX_CATALOGUE_BYTES + 1);
    assert_eq!(Catalogue::from_json(&big).unwrap_err().code(), 3105);
    assert_eq!(
        Catalogue::from_json(r#"{"version": "x", "procedures": [], "extra": 1}"#)
            .unwrap_err()
            .code(),
        3103
    );
}

/// The embedded data conform to the schemars schemas (checked by the independent validator).
#[cfg(feature = "schema")]
#[test]
fn embedded_data_match_the_generated_schemas() {
    let cat_schema = motcua::procedure::catalogue_json_schema();
    let v = jsonschema::draft202012::new(&cat_schema).unwrap();
    let data: Value = serde_json::from_str(include_str!("../data/catalogue.json")).unwrap();
    let errors: Vec<String> = v
        .iter_errors(&data)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let form_schema = motcua::form::form_spec_json_schema();
    let v = jsonschema::draft202012::new(&form_schema).unwrap();
    let forms: Vec<Value> =
        serde_json::from_str(include_str!("../data/catalogue-forms.json")).unwrap();
    for f in &forms {
        assert!(v.is_valid(f), "{}", f["id"]);
    }
    assert!(!v.is_valid(&json!({"id": "x", "fields": [{"name": "a", "type": "colour"}]})));
}
