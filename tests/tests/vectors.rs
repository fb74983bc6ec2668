//! The shared vectors through the Rust core.

/// Runs one vector file through the Rust core: it must parse, hold at least `min` cases, and
/// every case must pass.
fn check(name: &str, run: Result<(usize, Vec<String>), serde_json::Error>, min: usize) {
    let (n, fails) = run.unwrap_or_else(|e| panic!("{name}: the vector file does not parse: {e}"));
    assert!(n >= min, "{name}: only {n} cases");
    assert!(
        fails.is_empty(),
        "{name}: {} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn calendar_vectors_pass_in_rust() {
    use motcua_conformance::{CALENDAR_VECTORS, run_calendar_vectors};
    check("calendar", run_calendar_vectors(CALENDAR_VECTORS), 51);
}

#[test]
fn deadline_vectors_pass_in_rust() {
    use motcua_conformance::{DEADLINE_VECTORS, run_deadline_vectors};
    check("deadline", run_deadline_vectors(DEADLINE_VECTORS), 30);
}

#[test]
fn form_vectors_pass_in_rust() {
    use motcua_conformance::{FORM_VECTORS, run_form_vectors};
    check("forms", run_form_vectors(FORM_VECTORS), 60);
}

#[test]
fn dossier_vectors_pass_in_rust() {
    use motcua_conformance::{DOSSIER_VECTORS, run_dossier_vectors};
    check("dossier", run_dossier_vectors(DOSSIER_VECTORS), 15);
}

#[test]
fn the_subset_rule() {
    use motcua_conformance::json_subset_mismatch as m;
    use serde_json::json;
    assert_eq!(m(&json!({"a": 1}), &json!({"a": 1, "b": 2})), None);
    assert!(m(&json!({"a": 1}), &json!({"a": 2})).is_some());
    assert!(m(&json!({"c": 1}), &json!({"a": 1})).is_some());
    assert!(m(&json!([{"a": 1}]), &json!([{"a": 1}, {"a": 2}])).is_some());
    assert_eq!(
        m(&json!({"x": [{"a": 1}]}), &json!({"x": [{"a": 1, "b": 0}]})),
        None
    );
}
