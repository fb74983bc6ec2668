//! The checked-in JSON Schemas match what the code generates. Regenerate with
//! `MOTCUA_BLESS=1 cargo test -p motcua-conformance --test schemas`.

use std::path::PathBuf;

fn check(name: &str, schema: serde_json::Value) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../core/schema")
        .join(name);
    let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("MOTCUA_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        on_disk,
        text,
        "{} is stale: rerun with MOTCUA_BLESS=1",
        path.display()
    );
}

#[test]
fn announcements_schema_is_current() {
    let schema = motcua::calendar::announcements_json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    check("announcements.schema.json", schema);
}

fn schema_of<T: schemars::JsonSchema>() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

#[test]
fn deadline_schemas_are_current() {
    use motcua::deadline::{ClockEvent, DeadlinePolicy, TimeLimit};
    check("time_limit.schema.json", schema_of::<TimeLimit>());
    check("deadline_policy.schema.json", schema_of::<DeadlinePolicy>());
    check("clock_events.schema.json", schema_of::<Vec<ClockEvent>>());
}

/// The embedded data and the documented examples validate against the checked-in schemas,
/// checked by an independent validator (the `jsonschema` crate).
#[test]
fn embedded_data_validates_against_the_schemas() {
    let load = |name: &str| -> serde_json::Value {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(name);
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let validator = |name: &str| {
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&load(name))
            .unwrap()
    };
    let ann = validator("core/schema/announcements.schema.json");
    let data = load("core/data/announcements.json");
    let errors: Vec<String> = ann.iter_errors(&data).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // And a document the parser rejects as malformed is rejected by the schema too.
    let bad = serde_json::json!({"year": 2026, "source": {"document": "x"}, "days_off": [{"date": "2026-13-01", "kind": "extra"}]});
    assert!(!ann.is_valid(&bad));
    let bad = serde_json::json!({"year": 2026, "source": {"document": "x"}, "bogus": true});
    assert!(!ann.is_valid(&bad));

    let limit = validator("core/schema/time_limit.schema.json");
    for ok in [
        r#"{"working_days": 30}"#,
        r#"{"same_day": {"cutoff": "15:00:00"}}"#,
        r#"{"months": 1}"#,
    ] {
        let v: serde_json::Value = serde_json::from_str(ok).unwrap();
        assert!(limit.is_valid(&v), "{ok}");
        assert!(motcua::deadline::TimeLimit::from_json(ok).is_ok(), "{ok}");
    }
    let v = serde_json::json!({"fortnights": 2});
    assert!(!limit.is_valid(&v));
    assert!(motcua::deadline::TimeLimit::from_json(&v.to_string()).is_err());
}

#[test]
fn catalogue_and_form_schemas_are_current() {
    check(
        "catalogue.schema.json",
        motcua::procedure::catalogue_json_schema(),
    );
    check(
        "form_spec.schema.json",
        motcua::form::form_spec_json_schema(),
    );
}

/// The embedded catalogue validates against its schema (independent validator).
#[test]
fn embedded_catalogue_validates_against_its_schema() {
    let path = |n: &str| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(n);
    let schema = motcua::procedure::catalogue_json_schema();
    let v = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path("core/data/catalogue.json")).unwrap())
            .unwrap();
    let errors: Vec<String> = v
        .iter_errors(&data)
        .take(5)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}
