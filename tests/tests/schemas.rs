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
