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
