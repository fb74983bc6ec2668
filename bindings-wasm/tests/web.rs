//! wasm-bindgen-test tests: run in node (`wasm-bindgen-test-runner`) and in headless Chromium
//! (`WASM_BINDGEN_USE_BROWSER=1`, chromedriver), on the Rust side of the exports.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use motcua_wasm::calendar::JsWorkCalendar;
use motcua_wasm::{deadline, dossier, embedded, form, level, lunar, procedure, report, version};
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

fn obj(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter()
        .fold(v.clone(), |acc, k| Reflect::get(&acc, &s(k)).unwrap())
}

#[wasm_bindgen_test]
fn compute_due_true_values_and_errors() {
    // Fri 13 Feb 2026 10:00 + 1 working day: the Tết break runs Sat 14 - Sun 22 Feb.
    let d = deadline::compute_due_js(
        s("2026-02-13T10:00"),
        obj(r#"{"working_days": 1}"#),
        JsValue::UNDEFINED,
        s("en"),
    )
    .unwrap();
    assert_eq!(get(&d, &["legal_due_date"]), s("2026-02-23"));
    assert_eq!(get(&d, &["appointment_at"]), s("2026-02-23T17:00:00"));
    let text = get(&d, &["explanation", "text"]).as_string().unwrap();
    assert!(text.contains("Lunar New Year"), "{text}");
    let days = js_sys::Array::from(&get(&d, &["explanation", "days"]));
    assert_eq!(days.length(), 11);
    // Same day after the 15:00 cut-off before 30/4 and 1/5: Mon 4 May.
    let civil = JsWorkCalendar::civil_service();
    let late = civil
        .compute_due(
            s("2026-04-29T15:30"),
            obj(r#"{"same_day": {}}"#),
            JsValue::NULL,
            JsValue::UNDEFINED,
        )
        .unwrap();
    assert_eq!(get(&late, &["legal_due_date"]), s("2026-05-04"));
    let err = |r: Result<JsValue, JsValue>| code(&r.unwrap_err());
    let none = JsValue::UNDEFINED;
    assert_eq!(
        err(deadline::compute_due_js(
            s("2026-03-02T09:00"),
            obj(r#"{"working_days": -3}"#),
            none.clone(),
            none.clone()
        )),
        2001.0
    );
    assert_eq!(
        err(deadline::compute_due_js(
            s("2026-03-02T09:00"),
            obj(r#"{"weeks": 2}"#),
            none.clone(),
            none.clone()
        )),
        2012.0
    );
    assert_eq!(
        err(deadline::compute_due_js(
            s("2026-03-02 09:00"),
            obj(r#"{"working_days": 1}"#),
            none.clone(),
            none.clone()
        )),
        9005.0
    );
    assert_eq!(
        err(deadline::compute_due_js(
            s("2026-03-02T09:00"),
            s(r#"{"working_days": 1}"#),
            none.clone(),
            none.clone()
        )),
        9005.0
    );
    assert_eq!(
        err(deadline::compute_due_js(
            none.clone(),
            obj(r#"{"working_days": 1}"#),
            none.clone(),
            none.clone()
        )),
        9001.0
    );
    // Still works.
    let again = deadline::compute_due_js(
        s("2026-08-21T09:00"),
        obj(r#"{"working_days": 1}"#),
        none.clone(),
        none,
    )
    .unwrap();
    assert_eq!(get(&again, &["legal_due_date"]), s("2026-08-22"));
}

#[wasm_bindgen_test]
fn clock_as_plain_data() {
    let c0 = obj(r#"{"limit": {"working_days": 5}}"#);
    let c1 = deadline::clock_apply(
        c0.clone(),
        obj(r#"{"type": "received", "at": "2026-03-02T09:00:00"}"#),
    )
    .unwrap();
    let c2 = deadline::clock_apply(
        c1.clone(),
        obj(r#"{"type": "supplement_requested", "at": "2026-03-03T09:00:00"}"#),
    )
    .unwrap();
    let c3 = deadline::clock_apply(
        c2,
        obj(r#"{"type": "supplement_fulfilled", "at": "2026-03-05T09:00:00"}"#),
    )
    .unwrap();
    let st = deadline::clock_status(c3.clone(), s("2026-03-05T12:00")).unwrap();
    assert_eq!(get(&st, &["current", "legal_due_date"]), s("2026-03-12"));
    assert_eq!(
        get(&st, &["alternative", "legal_due_date"]),
        s("2026-03-11")
    );
    assert_eq!(js_sys::Array::from(&get(&c3, &["events"])).length(), 3);
    // The inputs are unchanged.
    assert!(get(&c0, &["events"]).is_undefined());
    assert_eq!(js_sys::Array::from(&get(&c1, &["events"])).length(), 1);
    // A refused event throws its code and leaves the clock as it was.
    let e = deadline::clock_apply(
        c3.clone(),
        obj(r#"{"type": "received", "at": "2026-03-01T09:00:00"}"#),
    )
    .unwrap_err();
    assert_eq!(code(&e), 2006.0);
    assert_eq!(js_sys::Array::from(&get(&c3, &["events"])).length(), 3);
    let fin = deadline::clock_apply(
        c3,
        obj(r#"{"type": "finished", "at": "2026-03-11T16:00:00"}"#),
    )
    .unwrap();
    let a = deadline::clock_assess(fin, s("2026-03-20T00:00")).unwrap();
    assert_eq!(get(&a, &["against_current"]), s("early"));
    assert_eq!(
        code(&deadline::clock_status(n(1.0), s("2026-03-05T12:00")).unwrap_err()),
        9005.0
    );
    assert_eq!(
        code(&deadline::clock_status(obj("{}"), s("2026-03-05T12:00")).unwrap_err()),
        9001.0
    );
}

fn key(v: &JsValue, name: &str) -> JsValue {
    Reflect::get(v, &s(name)).unwrap()
}

fn parse(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn catalogue_and_levels() {
    let stats = procedure::catalogue_stats().unwrap();
    assert!(key(&stats, "procedures").as_f64().unwrap() >= 20.0);
    let birth = procedure::procedure_js(s("1.001193")).unwrap();
    assert_eq!(key(&key(&birth, "name"), "vi"), s("Đăng ký khai sinh"));
    assert!(procedure::procedure_js(s("9.999999")).unwrap().is_null());
    let civil =
        js_sys::Array::from(&procedure::procedures_js(parse(r#"{"field":"ho_tich"}"#)).unwrap());
    assert!(civil.length() >= 5);
    assert_eq!(
        code(&procedure::procedures_js(parse(r#"{"level":"level 9"}"#)).unwrap_err()),
        3001.0
    );
    assert_eq!(code(&procedure::procedure_js(n(1.0)).unwrap_err()), 9005.0);
    let levels = level::service_levels().unwrap();
    assert_eq!(js_sys::Array::from(&key(&levels, "levels")).length(), 6);
    let cat = procedure::JsCatalogue::from_json(s(r#"{"version":"t","procedures":[]}"#)).unwrap();
    assert_eq!(cat.version(), "t");
    assert_eq!(
        code(&procedure::JsCatalogue::from_json(s("{")).err().unwrap()),
        3103.0
    );
}

#[wasm_bindgen_test]
fn forms_and_identifiers() {
    let spec = parse(
        r#"{"id":"t","fields":[{"name":"so_cccd","type":"text","format":"cccd"},{"name":"mst","type":"text","format":"mst"}]}"#,
    );
    let r = form::validate_form(
        spec.clone(),
        parse(r#"{"so_cccd":"00109901234","mst":"0100109107"}"#),
    )
    .unwrap();
    assert_eq!(key(&r, "valid"), JsValue::FALSE);
    let v = js_sys::Array::from(&key(&r, "violations"));
    assert_eq!(v.length(), 2);
    assert_eq!(key(&v.get(0), "pointer"), s("/so_cccd"));
    assert_eq!(key(&v.get(0), "code"), n(4111.0));
    assert_eq!(key(&v.get(1), "pointer"), s("/mst"));
    assert_eq!(key(&v.get(1), "code"), n(4102.0));
    assert_eq!(
        code(&form::validate_form(spec, s("{")).unwrap_err()),
        4903.0
    );
    let c = form::validate_cccd(s("079303001234")).unwrap();
    assert_eq!(key(&c, "birth_year"), n(2003.0));
    assert_eq!(key(&c, "gender"), s("female"));
    assert_eq!(
        code(&form::validate_mst(s("1000000080")).unwrap_err()),
        4103.0
    );
    assert_eq!(
        code(&form::validate_mst(JsValue::NULL).unwrap_err()),
        9001.0
    );
    // Still working.
    assert_eq!(
        key(&form::validate_mst(s("0100109106")).unwrap(), "kind"),
        s("organisation")
    );
}

#[wasm_bindgen_test]
fn dossier_and_report() {
    let ctx = parse(
        r#"{"procedure":"2.000815","field":"chung_thuc","time_limit":{"working_days":1},"required_documents":["tp1"],"receiving_agency":"000.00.01.H40","resolving_agency":"000.00.01.H40"}"#,
    );
    let desk = r#"{"id":"cb01","role":"desk_officer","agency":"000.00.01.H40"}"#;
    let cmd =
        |at: &str, c: &str| parse(&format!(r#"{{"at":"{at}","actor":{desk},"command":{c}}}"#));
    let mut log = dossier::dossier_new(s("hs-1")).unwrap();
    for (at, c) in [
        (
            "2026-02-13T09:00:00",
            r#"{"type":"create","channel":"desk","applicant":{"id":"1","name":"A"}}"#,
        ),
        (
            "2026-02-13T09:05:00",
            r#"{"type":"submit","documents":["tp1"]}"#,
        ),
        (
            "2026-02-13T10:00:00",
            r#"{"type":"accept","code":"000.00.01.H40-260213-0001"}"#,
        ),
    ] {
        let r = dossier::dossier_apply(log.clone(), cmd(at, c), ctx.clone()).unwrap();
        log = key(&r, "log");
    }
    // One working day over the Tết break: due Mon 23 Feb 2026.
    let st = dossier::dossier_state(log.clone(), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        key(&key(&key(&st, "state"), "due"), "legal_due_date"),
        s("2026-02-23")
    );
    assert_eq!(key(&st, "portal_status"), n(2.0));
    // A rejection: approve by a desk officer in the received state.
    let e = dossier::dossier_apply(
        log.clone(),
        cmd(
            "2026-02-13T11:00:00",
            r#"{"type":"approve","result":{"number":"1","name":"x"}}"#,
        ),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(code(&e), 5001.0);
    assert_eq!(
        key(&dossier::dossier_verify(log.clone()).unwrap(), "valid"),
        JsValue::TRUE
    );
    let input = js_sys::Object::new();
    Reflect::set(&input, &s("logs"), &js_sys::Array::of1(&log)).unwrap();
    let r = report::report_bieu06(
        input.into(),
        parse(r#"{"from":"2026-02-01","to":"2026-02-28"}"#),
    )
    .unwrap();
    let total = key(&key(&r, "bieu06"), "total");
    assert_eq!(key(&key(&total, "received"), "total"), n(1.0));
    assert_eq!(key(&key(&total, "in_progress"), "total"), n(1.0));
}

#[wasm_bindgen_test]
fn batch_lunar_and_compiled_form() {
    use motcua_wasm::{batch, form_compiled::JsCompiledForm};
    let out = batch::solar_to_lunar_batch(
        js_sys::Int32Array::from(&[20260217, 20230322, 18991231, 20230229][..]).into(),
    )
    .unwrap();
    assert_eq!(out.to_vec(), [202600101, 202310201, 0, 0]);
    let back = batch::lunar_to_solar_batch(out.into()).unwrap();
    assert_eq!(back.to_vec(), [20260217, 20230322, 0, 0]);
    assert_eq!(
        code(&batch::solar_to_lunar_batch(js_sys::Array::new().into()).unwrap_err()),
        9005.0
    );
    assert_eq!(
        code(&batch::lunar_to_solar_batch(JsValue::NULL).unwrap_err()),
        9001.0
    );

    let form = JsCompiledForm::compile(parse(r#"{"procedure":"1.001193"}"#)).unwrap();
    assert_eq!(form.id(), "1.001193/to-khai-dang-ky-khai-sinh");
    let r = form.validate(s(r#"{"kinh_gui":"UBND"}"#)).unwrap();
    assert_eq!(key(&r, "valid"), JsValue::FALSE);
    let schema = form.json_schema().unwrap();
    assert_eq!(
        key(&schema, "$schema"),
        s("https://json-schema.org/draft/2020-12/schema")
    );
    let e = JsCompiledForm::compile(s("{")).err().unwrap();
    assert_eq!(code(&e), 4901.0);
}
