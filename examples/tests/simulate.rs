//! Runs `motcua simulate` (small volumes) and checks the report's invariants.

use std::process::Command;

use serde_json::Value;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .arg("simulate")
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let (code, out, err) = run(&a);
    assert_eq!(code, 0, "stderr: {err}");
    let mut v: Value = serde_json::from_str(&out).expect("one JSON document");
    // Timings differ from run to run; everything else must not.
    v.as_object_mut().expect("object").remove("timing");
    v
}

fn n(v: &Value, path: &str) -> u64 {
    v.pointer(path)
        .and_then(Value::as_u64)
        .unwrap_or_else(|| panic!("{path} in {v}"))
}

fn check_row(r: &Value) {
    let received = n(r, "/received/total");
    assert_eq!(
        received,
        n(r, "/received/online") + n(r, "/received/direct_postal") + n(r, "/received/carried_over"),
        "{r}"
    );
    assert_eq!(
        received,
        n(r, "/resolved/total") + n(r, "/in_progress/total") + n(r, "/withdrawn_stopped"),
        "received = resolved + in progress + withdrawn/stopped: {r}"
    );
    assert_eq!(
        n(r, "/resolved/total"),
        n(r, "/resolved/early") + n(r, "/resolved/on_time") + n(r, "/resolved/late")
    );
    assert_eq!(
        n(r, "/in_progress/total"),
        n(r, "/in_progress/within_deadline") + n(r, "/in_progress/overdue")
    );
    assert!(n(r, "/denied") <= n(r, "/resolved/total") + n(r, "/withdrawn_stopped"));
}

fn rate_ok(v: &Value) {
    if let Some(x) = v.as_f64() {
        assert!((0.0..=100.0).contains(&x), "rate {x}");
    } else {
        assert!(v.is_null(), "rate {v}");
    }
}

#[test]
fn report_invariants_hold() {
    let v = json(&["--dossiers", "400", "--seed", "7"]);
    // --dossiers is the volume received in the period; submissions come on top.
    let submitted = n(&v, "/dossiers");
    assert!(submitted >= 400, "{submitted}");
    let rows = v
        .pointer("/bieu06/rows")
        .and_then(Value::as_array)
        .expect("rows");
    assert!(rows.len() > 3, "several fields");
    let mut sum = 0;
    for r in rows {
        check_row(r);
        sum += n(r, "/received/total");
    }
    let total = v.pointer("/bieu06/total").expect("total");
    check_row(total);
    assert_eq!(sum, n(total, "/received/total"));
    // Every dossier is accounted for: received, refused at receipt, or never received.
    assert_eq!(n(total, "/received/total"), 400);
    assert!(n(total, "/received/total") + n(total, "/refused_at_receipt") <= submitted);
    for p in ["online_3_3", "on_time_2_1", "paid_online_3_6"] {
        rate_ok(v.pointer(&format!("/indicators/index_total/{p}")).expect(p));
    }
    rate_ok(
        v.pointer("/indicators/evaluation_total/online_share")
            .expect("share"),
    );
    for k in ["time", "contacts", "agencies"] {
        let x = v
            .pointer(&format!("/indicators/evaluation_total/{k}"))
            .and_then(Value::as_f64)
            .expect(k);
        assert!((0.0..=2.0).contains(&x), "{k} {x}");
    }
    // The library's own checks: every log verifies and replays identically.
    assert_eq!(n(&v, "/checks/logs_verified"), submitted);
    assert_eq!(n(&v, "/checks/replays_equal"), submitted);
    assert_eq!(
        n(&v, "/checks/json_round_trips"),
        n(&v, "/checks/json_round_trips_tried")
    );
    assert_eq!(
        v.pointer("/errors"),
        Some(&serde_json::json!({})),
        "no unexpected error"
    );
}

#[test]
fn deterministic_for_a_seed() {
    let a = json(&["--dossiers", "250", "--seed", "42"]);
    let b = json(&["--dossiers", "250", "--seed", "42"]);
    assert_eq!(a, b);
    let c = json(&["--dossiers", "250", "--seed", "43"]);
    assert_ne!(a, c);
}

#[test]
fn groupings_agree_on_the_total() {
    let f = json(&["--dossiers", "300", "--group-by", "field"]);
    let p = json(&["--dossiers", "300", "--group-by", "procedure"]);
    let t = json(&["--dossiers", "300", "--group-by", "total"]);
    assert_eq!(f.pointer("/bieu06/total"), p.pointer("/bieu06/total"));
    assert_eq!(f.pointer("/bieu06/total"), t.pointer("/bieu06/total"));
    assert_eq!(
        t.pointer("/bieu06/rows")
            .and_then(Value::as_array)
            .map(Vec::len),
        Some(0)
    );
}

#[test]
fn table_for_people() {
    let (code, out, _) = run(&["--dossiers", "200", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("Form 06/VPCP/KSTT"));
    assert!(out.contains("Total"));
    assert!(out.contains("On-time rate"));
    let (code, out, _) = run(&["--dossiers", "100"]);
    assert_eq!(code, 0);
    assert!(out.contains("Biểu số 06/VPCP/KSTT") && out.contains("Tổng cộng"));
}

#[test]
fn bad_options_are_usage_errors() {
    for args in [
        &["--seed", "x"][..],
        &["--dossiers"][..],
        &["--teleport"][..],
        &["--from", "2017-02-01", "--to", "2017-01-01"][..],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert!(err.contains("usage: motcua simulate"));
    }
}
