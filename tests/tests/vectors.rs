//! The shared vectors through the Rust core.

#[test]
fn calendar_vectors_pass_in_rust() {
    let (n, fails) = motcua_conformance::run_calendar_vectors(motcua_conformance::CALENDAR_VECTORS)
        .expect("vector file parses");
    assert!(n > 50, "only {n} cases");
    assert!(
        fails.is_empty(),
        "{} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn deadline_vectors_pass_in_rust() {
    let (n, fails) = motcua_conformance::run_deadline_vectors(motcua_conformance::DEADLINE_VECTORS)
        .expect("vector file parses");
    assert!(n >= 30, "only {n} cases");
    assert!(
        fails.is_empty(),
        "{} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
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

#[test]
fn form_vectors_pass_in_rust() {
    let (n, fails) = motcua_conformance::run_form_vectors(motcua_conformance::FORM_VECTORS)
        .expect("vector file parses");
    assert!(n >= 60, "only {n} cases");
    assert!(
        fails.is_empty(),
        "{} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn dossier_vectors_pass_in_rust() {
    let (n, fails) = motcua_conformance::run_dossier_vectors(motcua_conformance::DOSSIER_VECTORS)
        .expect("vector file parses");
    assert!(n >= 15, "only {n} cases");
    assert!(
        fails.is_empty(),
        "{} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}
