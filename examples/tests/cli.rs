//! The `motcua` command-line tool, run as a user would.

use std::process::{Command, Stdio};

fn motcua(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run motcua");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn calendar_json_lists_the_official_days() {
    let (code, out, _) = motcua(&["calendar", "2026", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["tet"], "2026-02-17");
    assert_eq!(v["hung_kings_day"], "2026-04-26");
    assert_eq!(v["lunar_year_name"], "Bính Ngọ");
    assert_eq!(v["estimated"], false);
    // 261 weekdays − 14 weekday days off + 2 make-up Saturdays (counted by hand).
    assert_eq!(v["working_days"], 249);
    let off: Vec<&str> = v["days_off"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    for d in [
        "2026-01-02",
        "2026-02-16",
        "2026-02-20",
        "2026-04-27",
        "2026-08-31",
        "2026-09-01",
        "2026-11-24",
    ] {
        assert!(off.contains(&d), "{d} missing from {off:?}");
    }
    let make_up: Vec<&str> = v["make_up_days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    // New Year (12729/VPCP-KGVX) and National Day swaps.
    assert_eq!(make_up, ["2026-01-10", "2026-08-22"]);
}

#[test]
fn human_output_in_both_languages() {
    let (code, out, _) = motcua(&["calendar", "2028"]);
    assert_eq!(code, 0);
    assert!(out.contains("Tết Nguyên đán Mậu Thân: 2028-01-26"), "{out}");
    assert!(out.contains("dự kiến"), "2028 is projected: {out}");
    let (code, out, _) = motcua(&["calendar", "2027"]);
    assert_eq!(code, 0);
    assert!(out.contains("Tết Nguyên đán Đinh Mùi: 2027-02-06"), "{out}");
    assert!(!out.contains("dự kiến"), "2027 is announced: {out}");
    assert!(out.contains("10065/VPCP-KGVX"), "{out}");
    let (_, out, _) = motcua(&["why", "2026-08-31", "--lang", "en"]);
    assert!(
        out.contains("Swapped day off, made up on Saturday 2026-08-22"),
        "{out}"
    );
}

#[test]
fn due_and_arithmetic() {
    let (code, out, _) = motcua(&["due", "2026-02-12T16:30", r#"{"working_days":3}"#, "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["due"]["legal_due_date"], "2026-02-24");
    let (_, out, _) = motcua(&["add", "2026-02-13", "1"]);
    assert_eq!(out.trim(), "2026-02-23");
    let (_, out, _) = motcua(&["between", "2026-08-28", "2026-09-03"]);
    assert_eq!(out.trim(), "1");
    let (_, out, _) = motcua(&["lunar", "2026-02-16"]);
    assert!(out.contains("29/12 năm 2025"), "{out}");
    let (_, out, _) = motcua(&["lunar", "2026-09-03", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["lunar"]["month"], 7);
    assert_eq!(v["lunar"]["day"], 22);
    assert_eq!(v["year_name"], "Bính Ngọ");
    let (_, out, _) = motcua(&["solar", "2023", "2", "1", "--leap"]);
    assert!(out.contains("2023-03-22"), "{out}");
}

#[test]
fn errors_have_codes_and_exit_statuses() {
    let (code, _, err) = motcua(&["calendar", "1990"]);
    assert_eq!(code, 1);
    assert!(err.contains("1101"), "{err}");
    let (code, out, _) = motcua(&["add", "2199-12-30", "10", "--json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], 1102);
    assert!(!v["error"]["message_vi"].as_str().unwrap().is_empty());
    let (code, _, err) = motcua(&[
        "due",
        "2026-02-12T16:30",
        r#"{"working_days":0}"#,
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("2001"), "{err}");
    let (code, _, _) = motcua(&["solar", "2026", "2", "30"]);
    assert_eq!(code, 1);
    let (code, _, _) = motcua(&["frobnicate"]);
    assert_eq!(code, 2);
    let (code, _, _) = motcua(&["add", "not-a-date", "1"]);
    assert_eq!(code, 2);
}

#[test]
fn catalogue_and_form_validation() {
    let (code, out, _) = motcua(&["catalogue", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["stats"]["procedures"].as_u64().unwrap() >= 20);
    let (code, out, _) = motcua(&["catalogue", "1.001193"]);
    assert_eq!(code, 0);
    assert!(out.contains("Đăng ký khai sinh"), "{out}");
    let (code, _, _) = motcua(&["catalogue", "9.999999"]);
    assert_eq!(code, 2);
    // Every violation, each with its JSON pointer and code.
    let (code, out, _) = motcua(&[
        "validate",
        "1.001193/to-khai-dang-ky-khai-sinh",
        r#"{"unknown_field": 1}"#,
        "--json",
    ]);
    assert_eq!(code, 0);
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["valid"], false);
    let violations = r["violations"].as_array().unwrap();
    assert!(violations.len() > 3);
    assert!(
        violations
            .iter()
            .any(|x| x["pointer"] == "/unknown_field" && x["code"] == 4016)
    );
    assert!(violations.iter().any(|x| x["code"] == 4001));
    // Malformed JSON is an error with a code, not a report.
    let (code, _, err) = motcua(&["validate", "1.001193/to-khai-dang-ky-khai-sinh", "{"]);
    assert_eq!(code, 1);
    assert!(err.contains("49"), "{err}");
}
