//! wasm-bindgen-test tests: run in node (`wasm-bindgen-test-runner`) and in headless Chromium
//! (`WASM_BINDGEN_USE_BROWSER=1`, chromedriver), on the Rust side of the exports.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use motcua_wasm::calendar::JsWorkCalendar;
use motcua_wasm::{embedded, lunar, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn s(v: &str) -> JsValue {
    JsValue::from_str(v)
}

fn n(v: f64) -> JsValue {
    JsValue::from_f64(v)
}

fn code(err: &JsValue) -> f64 {
    assert!(
        err.is_instance_of::<js_sys::Error>(),
        "not an Error: {err:?}"
    );
    Reflect::get(err, &s("code")).unwrap().as_f64().unwrap()
}

#[wasm_bindgen_test]
fn calendar_true_values() {
    assert_eq!(
        embedded::add_working_days(s("2026-02-13"), n(1.0)).unwrap(),
        s("2026-02-23")
    );
    assert_eq!(
        embedded::add_working_days(s("2026-04-24"), n(1.0)).unwrap(),
        s("2026-04-28")
    );
    assert_eq!(
        embedded::is_working_day(s("2026-08-22")).unwrap(),
        JsValue::TRUE
    );
    assert_eq!(
        embedded::is_working_day(s("2026-08-31")).unwrap(),
        JsValue::FALSE
    );
    assert_eq!(
        embedded::working_days_between(s("2026-08-28"), s("2026-09-03")).unwrap(),
        n(1.0)
    );
    let why = embedded::why(s("2026-08-31")).unwrap();
    assert_eq!(Reflect::get(&why, &s("working")).unwrap(), JsValue::FALSE);
    let off = js_sys::Array::from(&embedded::days_off(n(2026.0)).unwrap());
    assert!(off.length() > 5);
    assert_eq!(version::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn errors_carry_codes_and_do_not_poison() {
    let e = embedded::add_working_days(s("2199-12-30"), n(10.0)).unwrap_err();
    assert_eq!(code(&e), 1102.0);
    assert_eq!(
        Reflect::get(&e, &s("name")).unwrap(),
        s("calendar.result_out_of_range")
    );
    assert_eq!(
        code(&embedded::is_working_day(s("1999-12-31")).unwrap_err()),
        1101.0
    );
    assert_eq!(
        code(&embedded::is_working_day(s("2026-02-30")).unwrap_err()),
        9005.0
    );
    assert_eq!(
        code(&embedded::is_working_day(n(20260217.0)).unwrap_err()),
        9005.0
    );
    assert_eq!(
        code(&embedded::is_working_day(JsValue::UNDEFINED).unwrap_err()),
        9001.0
    );
    assert_eq!(
        code(&embedded::add_working_days(s("2026-01-05"), n(0.5)).unwrap_err()),
        9005.0
    );
    assert_eq!(
        embedded::add_working_days(s("2026-02-13"), n(1.0)).unwrap(),
        s("2026-02-23")
    );
}

#[wasm_bindgen_test]
fn class_is_immutable_and_survives_errors() {
    let json = r#"{"year": 2030, "scope": "civil_service", "source": {"document": "t"},
      "days_off": [{"date": "2030-06-14", "kind": "swap", "swapped_with": "2030-06-22"}],
      "working_days": [{"date": "2030-06-22", "replaces": "2030-06-14"}]}"#;
    let civil = JsWorkCalendar::civil_service();
    let loaded = JsWorkCalendar::with_announcements(s(json)).unwrap();
    assert_eq!(
        loaded.is_working_day(s("2030-06-14")).unwrap(),
        JsValue::FALSE
    );
    assert_eq!(
        civil.is_working_day(s("2030-06-14")).unwrap(),
        JsValue::TRUE
    );
    let bad = JsWorkCalendar::with_announcements(s("{not json"))
        .err()
        .unwrap();
    assert_eq!(code(&bad), 1103.0);
    let bad = civil.layer_announcements(n(1.0)).err().unwrap();
    assert_eq!(code(&bad), 9005.0);
    let ent = JsWorkCalendar::enterprise();
    assert_eq!(ent.is_working_day(s("2026-08-22")).unwrap(), JsValue::FALSE);
    assert_eq!(
        civil.is_working_day(s("2026-08-22")).unwrap(),
        JsValue::TRUE
    );
    assert_eq!(civil.first_date(), s("2000-01-01"));
}

#[wasm_bindgen_test]
fn lunar_true_values() {
    let l = lunar::solar_to_lunar(s("2026-02-17")).unwrap();
    assert_eq!(Reflect::get(&l, &s("year")).unwrap(), n(2026.0));
    assert_eq!(Reflect::get(&l, &s("month")).unwrap(), n(1.0));
    assert_eq!(Reflect::get(&l, &s("day")).unwrap(), n(1.0));
    assert_eq!(Reflect::get(&l, &s("leap")).unwrap(), JsValue::FALSE);
    assert_eq!(
        code(&lunar::solar_to_lunar(s("1899-12-31")).unwrap_err()),
        1001.0
    );
    assert_eq!(lunar::tet(n(2026.0)).unwrap(), s("2026-02-17"));
}
