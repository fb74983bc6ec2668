//! Form validation: identifier validators against their definitions (unit and property
//! tests), the realistic birth-registration e-form, limits, and the agreement between the Rust
//! validator and the exported JSON Schema checked by an independent validator (`jsonschema`).

use motcua::Lang;
use motcua::form::id::{
    Gender, IdWarning, MstKind, PhoneKind, mst_check_digit, validate_agency_code, validate_cccd,
    validate_cmnd, validate_dossier_code, validate_email, validate_fixed_phone, validate_mobile,
    validate_mst, validate_personal_id, validate_phone,
};
use motcua::form::{Form, FormLimits, FormSpec, Pattern, Report, Severity, Violation};
use proptest::prelude::*;
use serde_json::{Value, json};

const FORMS: &str = include_str!("../data/catalogue-forms.json");

fn birth_form() -> Form {
    let specs: Vec<FormSpec> = serde_json::from_str(FORMS).unwrap();
    Form::new(specs.into_iter().next().unwrap()).unwrap()
}

fn birth_doc() -> Value {
    json!({
        "kinh_gui": "UBND phường Ba Đình, thành phố Hà Nội",
        "nguoi_yeu_cau": {
            "ho_ten": "Nguyễn Văn An", "loai_giay_to": "cccd", "so_dinh_danh": "001090012345",
            "noi_cu_tru": "12 Phan Đình Phùng, Ba Đình, Hà Nội", "quan_he": "cha",
            "dien_thoai": "0912345678", "dien_thoai_co_dinh": "02438251234", "email": "an.nguyen@example.vn"
        },
        "tre": {
            "ho_ten": "Nguyễn Minh Khang", "ngay_sinh": "2026-03-02", "ngay_sinh_bang_chu": "Ngày hai tháng ba năm hai nghìn không trăm hai mươi sáu",
            "gioi_tinh": "nam", "dan_toc": "Kinh", "quoc_tich": "Việt Nam", "noi_sinh": "Bệnh viện Phụ sản Hà Nội", "que_quan": "Nam Định"
        },
        "me": {"ho_ten": "Trần Thị Bình", "ngay_sinh": "1992-07-15", "so_dinh_danh": "036192012345", "dan_toc": "Kinh", "quoc_tich": "Việt Nam", "noi_cu_tru": "12 Phan Đình Phùng, Ba Đình, Hà Nội"},
        "cha": {"ho_ten": "Nguyễn Văn An", "ngay_sinh": "1990-01-20", "so_dinh_danh": "001090012345", "dan_toc": "Kinh", "quoc_tich": "Việt Nam", "noi_cu_tru": "12 Phan Đình Phùng, Ba Đình, Hà Nội"},
        "giay_chung_sinh": {"id": "upl-7f3a", "name": "giay-chung-sinh.pdf", "mime": "application/pdf", "size": 482113},
        "de_nghi_cap_ban_sao": true, "so_ban_sao": 2,
        "hinh_thuc_nhan": "buu_chinh", "dia_chi_nhan": "12 Phan Đình Phùng, Ba Đình, Hà Nội",
        "lam_tai": "Hà Nội", "ngay_khai": "2026-03-10", "cam_doan": true
    })
}

// ---------------------------------------------------------------- identifiers

/// The tax-code definition, written independently of the library: Σ of the weights 31, 29,
/// 23, 19, 17, 13, 7, 5, 3 on the first nine digits; check = 10 − (Σ mod 11).
fn reference_check(prefix: &[u8; 9]) -> u32 {
    let w = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    let sum: u32 = prefix.iter().zip(w).map(|(&d, w)| d as u32 * w).sum();
    10 - sum % 11
}

fn digits_str(d: &[u8]) -> String {
    d.iter().map(|x| char::from(b'0' + x)).collect()
}

proptest! {
    #[test]
    fn mst_matches_its_definition(prefix in proptest::array::uniform9(0u8..10), last in 0u8..10) {
        let check = reference_check(&prefix);
        let code = format!("{}{}", digits_str(&prefix), last);
        let r = validate_mst(&code);
        if check == 10 {
            // Σ mod 11 = 0: no digit works.
            prop_assert_eq!(r.unwrap_err().code(), 4103);
            prop_assert_eq!(mst_check_digit(prefix), None);
        } else if u32::from(last) == check {
            prop_assert_eq!(r.unwrap().kind, MstKind::Organisation);
            prop_assert_eq!(mst_check_digit(prefix), Some(last));
        } else {
            prop_assert_eq!(r.unwrap_err().code(), 4102);
        }
    }

    #[test]
    fn mst_branch_form(prefix in proptest::array::uniform9(0u8..10), branch in 0u16..1000, hyphen: bool) {
        let check = reference_check(&prefix);
        prop_assume!(check < 10);
        let head = format!("{}{}", digits_str(&prefix), check);
        let code = if hyphen { format!("{head}-{branch:03}") } else { format!("{head}{branch:03}") };
        match validate_mst(&code) {
            Ok(m) => {
                prop_assert!(branch > 0);
                prop_assert_eq!(m.branch, Some(branch));
                prop_assert_eq!(m.normalized, format!("{head}-{branch:03}"));
            }
            Err(e) => { prop_assert_eq!(branch, 0); prop_assert_eq!(e.code(), 4104); }
        }
    }

    #[test]
    fn every_prefix_with_nonzero_remainder_has_exactly_one_check_digit(prefix in proptest::array::uniform9(0u8..10)) {
        let valid: Vec<u8> = (0..10).filter(|d| validate_mst(&format!("{}{d}", digits_str(&prefix))).is_ok()).collect();
        prop_assert_eq!(valid.len(), if reference_check(&prefix) == 10 { 0 } else { 1 });
    }

    #[test]
    fn cccd_parts(d in proptest::collection::vec(0u8..10, 12)) {
        let s = digits_str(&d);
        let id = validate_cccd(&s).unwrap();
        let century = 1900 + 100 * i32::from(d[3] / 2);
        prop_assert_eq!(id.birth_year(), century + i32::from(d[4]) * 10 + i32::from(d[5]));
        prop_assert_eq!(id.gender(), if d[3] % 2 == 0 { Gender::Male } else { Gender::Female });
        prop_assert_eq!(id.province_code(), u16::from(d[0]) * 100 + u16::from(d[1]) * 10 + u16::from(d[2]));
        prop_assert_eq!(id.as_string(), s.clone());
        // Soft checks never turn into errors, and a matching birth date adds no warning.
        let born = chrono::NaiveDate::from_ymd_opt(id.birth_year(), 6, 1);
        let consistent = id.warnings(born, Some(id.gender())).iter().all(|w| {
            !matches!(w, IdWarning::CccdBirthYearMismatch { .. } | IdWarning::CccdGenderMismatch)
        });
        prop_assert!(consistent);
        prop_assert_eq!(validate_personal_id(&s).is_ok(), true);
        prop_assert_eq!(validate_mst(&s).unwrap().kind, MstKind::PersonalId);
    }

    #[test]
    fn non_twelve_digit_strings_are_not_cccd(s in "[0-9]{0,11}|[0-9]{13,16}|[0-9]{5}[a-z ][0-9]{6}") {
        prop_assert_eq!(validate_cccd(&s).unwrap_err().code(), 4111);
    }

    #[test]
    fn mobile_numbers(second in 0u8..10, rest in "[0-9]{8}", plus: bool) {
        let national = format!("0{second}{rest}");
        let s = if plus { format!("+84{second}{rest}") } else { national.clone() };
        let r = validate_mobile(&s);
        if [3, 5, 7, 8, 9].contains(&second) {
            let p = r.unwrap();
            prop_assert_eq!(p.national, national);
            prop_assert_eq!(p.kind, PhoneKind::Mobile);
        } else {
            prop_assert_eq!(r.unwrap_err().code(), 4121);
        }
    }
}

#[test]
fn known_tax_codes() {
    // Σ for 010010910: 1·29 + 1·17 + 9·7 + 1·5 = 114; 114 mod 11 = 4; check = 6.
    assert!(validate_mst("0100109106").is_ok());
    assert_eq!(
        validate_mst("0100109105").unwrap_err().message(Lang::En),
        "the tax code check digit is wrong: expected 6, found 5"
    );
    // 000000000 has Σ = 0: unusable prefix.
    assert_eq!(validate_mst("0000000000").unwrap_err().code(), 4103);
    for bad in [
        "",
        "010010910",
        "01001091066",
        "0100109106-01",
        "0100109106_001",
        "01001O9106",
        " 0100109106",
    ] {
        assert_eq!(validate_mst(bad).unwrap_err().code(), 4101, "{bad:?}");
    }
    // The check digit of a 13-digit form applies to its first ten digits.
    assert_eq!(validate_mst("0100109107-001").unwrap_err().code(), 4102);
}

#[test]
fn cccd_soft_checks() {
    let id = validate_cccd("001099012345").unwrap();
    assert_eq!(id.province().unwrap().name, "Hà Nội");
    assert!(id.warnings(None, None).is_empty());
    let w = validate_cccd("099099012345").unwrap().warnings(None, None);
    assert_eq!(w, [IdWarning::CccdUnknownProvince { code: 99 }]);
    let w = validate_cccd("001899012345").unwrap().warnings(None, None);
    assert_eq!(w.iter().map(IdWarning::code).collect::<Vec<_>>(), [4203]);
    assert!(w[0].message(Lang::Vi).contains("2399"));
    assert_eq!(validate_cmnd("12345678").unwrap_err().code(), 4112);
}

#[test]
fn phones_emails_codes() {
    assert_eq!(
        validate_phone("+842363821234").unwrap().national,
        "02363821234"
    );
    assert_eq!(validate_fixed_phone("0912345678").unwrap_err().code(), 4122);
    for bad in [
        "0912 345 678",
        "84912345678",
        "+8409123456",
        "0012345678",
        "091234567a",
    ] {
        assert_eq!(validate_phone(bad).unwrap_err().code(), 4123, "{bad}");
    }
    for good in [
        "a@b.vn",
        "first.last+tag@sub.example.gov.vn",
        "x_y-z@xn--80ak6aa92e.com",
        "o'brien@ex.com",
    ] {
        assert!(validate_email(good).is_ok(), "{good}");
    }
    for bad in [
        "",
        "a",
        "a@b",
        "@b.vn",
        "a@.vn",
        "a@b..vn",
        ".a@b.vn",
        "a.@b.vn",
        "a@-b.vn",
        "a@b.123",
        "a b@c.vn",
        "a@b_c.vn",
        "\"q\"@b.vn",
    ] {
        assert_eq!(validate_email(bad).unwrap_err().code(), 4131, "{bad:?}");
    }
    assert_eq!(
        validate_email(&format!("{}@b.vn", "a".repeat(65)))
            .unwrap_err()
            .code(),
        4131
    );
    let d = validate_dossier_code("H55.242-260102-0123").unwrap();
    assert_eq!((d.agency.code.as_str(), d.sequence), ("H55.242", 123));
    assert_eq!(
        validate_dossier_code("000.00.01.H22-250315-0000")
            .unwrap_err()
            .code(),
        4142
    );
    for bad in [
        "000.00.01.H22250315-0007",
        "000.00.01.H22-25031-0007",
        "-250315-0007",
        "x-250315-0007",
        "000.00.01.H22-250315-00071",
    ] {
        assert_eq!(
            validate_dossier_code(bad).unwrap_err().code(),
            4141,
            "{bad}"
        );
    }
    for good in [
        "000.00.00.H55",
        "000.00.04.G14",
        "G09.20",
        "H55",
        "H55.242.3A",
    ] {
        assert!(validate_agency_code(good).is_ok(), "{good}");
    }
    for bad in [
        "",
        "H5",
        "H555",
        "55.242",
        "H55..1",
        "H55.",
        "000.00.00.h55",
        "000.0.00.H55",
        &format!("H55.{}", "1".repeat(32)),
    ] {
        assert_eq!(validate_agency_code(bad).unwrap_err().code(), 4151, "{bad}");
    }
}

// ---------------------------------------------------------------- the e-form

#[test]
fn realistic_form_valid_document() {
    let form = birth_form();
    let r = form.validate(&birth_doc()).unwrap();
    assert!(r.valid, "{:#?}", r.violations);
    assert!(r.violations.is_empty(), "{:#?}", r.violations);
    // The same through JSON text.
    let r2 = form.validate_json(&birth_doc().to_string()).unwrap();
    assert_eq!(r, r2);
}

#[test]
fn realistic_form_reports_every_violation() {
    let form = birth_form();
    let mut doc = birth_doc();
    doc["nguoi_yeu_cau"]["so_dinh_danh"] = json!("00109001234"); // 11 digits
    doc["nguoi_yeu_cau"]["dien_thoai"] = json!("0212345678"); // not mobile
    doc["tre"]["ngay_sinh"] = json!("2026-02-30");
    doc["tre"]["gioi_tinh"] = json!("x");
    doc["me"]["so_dinh_danh"] = json!("036185012345"); // encodes 1985, born 1992: warning
    doc["giay_chung_sinh"] = Value::Null; // no proof of birth at all: one_of
    doc["so_ban_sao"] = json!(0);
    doc["dia_chi_nhan"] = json!("");
    doc["cam_doan"] = json!(false);
    doc["tuy_y"] = json!(1);
    let r = form.validate(&doc).unwrap();
    let got: Vec<(&str, u32, Severity)> = r
        .violations
        .iter()
        .map(|v| (v.pointer.as_str(), v.code, v.severity))
        .collect();
    assert_eq!(
        got,
        [
            ("/nguoi_yeu_cau/so_dinh_danh", 4111, Severity::Error),
            ("/nguoi_yeu_cau/dien_thoai", 4121, Severity::Error),
            ("/tre/ngay_sinh", 4009, Severity::Error),
            ("/tre/gioi_tinh", 4012, Severity::Error),
            ("/me/so_dinh_danh", 4202, Severity::Warning),
            ("/so_ban_sao", 4006, Severity::Error),
            ("/dia_chi_nhan", 4017, Severity::Error),
            ("/cam_doan", 4020, Severity::Error),
            ("/tuy_y", 4016, Severity::Error),
            ("", 4018, Severity::Error),
        ]
    );
    // Vietnamese by default, English on request; labels, not keys.
    let v = &r.violations[6];
    assert_eq!(
        v.message,
        "«Địa chỉ nhận kết quả» là thông tin bắt buộc khi đã khai «Hình thức nhận kết quả»"
    );
    assert_eq!(
        v.message(Lang::En),
        "«Delivery address» is required given «How to receive the result»"
    );
    assert_eq!(
        r.violations[5].message(Lang::En),
        "«Number of copies» must be at least 1"
    );
    assert_eq!(r.errors().count(), 9);
    assert_eq!(r.warnings().count(), 1);
    // Serialised for the bindings.
    let j = serde_json::to_value(&r).unwrap();
    assert_eq!(j["valid"], false);
    assert_eq!(j["violations"][0]["name"], "form.cccd_format");
    assert_eq!(j["violations"][0]["severity"], "error");
}

#[test]
fn repeating_groups_and_files() {
    let form = Form::from_json(r#"{"id": "ct01", "fields": [
        {"name": "thanh_vien", "type": "group", "repeat": true, "min_items": 1, "max_items": 2, "fields": [
            {"name": "ho_ten", "type": "text", "required": true},
            {"name": "so_dinh_danh", "type": "text", "format": "personal_id"}]},
        {"name": "tep", "type": "file", "multiple": true, "max_items": 2, "accept": ["image/*"], "max_size": 100}]}"#).unwrap();
    let r = form
        .validate(&json!({
            "thanh_vien": [{"ho_ten": "A"}, {"so_dinh_danh": "1234"}, {"ho_ten": "C", "x": 1}],
            "tep": [{"id": "1", "name": "a.png", "mime": "image/png", "size": 10},
                    {"id": "2", "name": "b.pdf", "mime": "application/pdf", "size": 1000},
                    "not-a-ref"]
        }))
        .unwrap();
    let got: Vec<(&str, u32)> = r
        .violations
        .iter()
        .map(|v| (v.pointer.as_str(), v.code))
        .collect();
    assert_eq!(
        got,
        [
            ("/thanh_vien", 4014),
            ("/thanh_vien/1/ho_ten", 4001),
            ("/thanh_vien/1/so_dinh_danh", 4113),
            ("/thanh_vien/2/x", 4016),
            ("/tep", 4014),
            ("/tep/1", 4021),
            ("/tep/1", 4022),
            ("/tep/2", 4023),
        ]
    );
}

#[test]
fn spec_problems_are_all_listed() {
    let spec = r#"{"id": "bad", "fields": [
        {"name": "a", "type": "number", "min": 5, "max": 1, "pattern": "x"},
        {"name": "a", "type": "select"},
        {"name": "b c", "type": "text", "required_if": {"field": "zz"}, "pattern": "(?=x)"},
        {"name": "d", "type": "file", "accept": ["pdf"]},
        {"name": "e", "type": "group", "fields": []}],
      "rules": [{"rule": "one_of", "fields": ["a", "nope"]}]}"#;
    let e = Form::from_json(spec).unwrap_err();
    assert_eq!((e.code(), e.name()), (4902, "form.spec_invalid"));
    let msg = e.message(Lang::En);
    for needle in [
        "/fields/0/pattern",
        "/fields/0/max",
        "/fields/1/name",
        "/fields/1/options",
        "/fields/2/name",
        "/fields/2/required_if/field",
        "/fields/2/pattern",
        "/fields/3/accept/0",
        "/fields/4/fields",
        "/rules/0/fields/1",
    ] {
        assert!(msg.contains(needle), "{needle} missing in {msg}");
    }
    assert!(e.message(Lang::Vi).contains("lỗi"));
    assert_eq!(
        Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "text", "colour": 1}]}"#)
            .unwrap_err()
            .code(),
        4901
    );
}

#[test]
fn limits_fail_fast_with_typed_errors() {
    let form = birth_form();
    // A 2 MiB document is rejected before parsing.
    let big = format!("{{\"kinh_gui\": \"{}\"}}", "a".repeat(2 << 20));
    // (Its speed is not asserted here: no timed assertions; the size is checked before the
    // first byte is parsed, see `FormLimits`.)
    let e = form.validate_json(&big).unwrap_err();
    assert_eq!((e.code(), e.name()), (4910, "form.too_many_bytes"));
    // Deep nesting, long arrays, long strings, many members.
    let deep = format!("{{\"tre\": {}{}}}", "[".repeat(40), "]".repeat(40));
    assert_eq!(form.validate_json(&deep).unwrap_err().code(), 4913);
    let long_array = format!("{{\"x\": [{}0]}}", "0,".repeat(1000));
    assert_eq!(form.validate_json(&long_array).unwrap_err().code(), 4912);
    let long_string = format!("{{\"x\": \"{}\"}}", "a".repeat(70_000));
    assert_eq!(form.validate_json(&long_string).unwrap_err().code(), 4911);
    let many: Vec<String> = (0..10_001).map(|i| format!("\"k{i}\": 0")).collect();
    assert_eq!(
        form.validate_json(&format!("{{{}}}", many.join(",")))
            .unwrap_err()
            .code(),
        4914
    );
    // The same limits on a parsed value.
    let v: Value = serde_json::from_str(&deep).unwrap();
    let e = form.validate(&v).unwrap_err();
    assert_eq!(e.code(), 4913);
    assert!(e.message(Lang::En).contains("at /tre/0/0"));
    // Custom limits.
    let strict = Form::with_limits(
        form.spec().clone(),
        FormLimits {
            max_depth: 1,
            ..FormLimits::default()
        },
    )
    .unwrap();
    assert_eq!(strict.validate(&birth_doc()).unwrap_err().code(), 4913); // groups are depth-2 objects
}

// ---------------------------------------------------------------- JSON Schema agreement

fn schema_validator(spec: &FormSpec) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&spec.json_schema())
        .expect("the exported schema is a valid draft 2020-12 schema")
}

const KITCHEN_SINK: &str = r#"{"id": "kitchen-sink", "fields": [
  {"name": "name", "type": "text", "required": true, "min_length": 2, "max_length": 10, "pattern": "^[A-Z]"},
  {"name": "nick", "type": "text", "max_length": 5},
  {"name": "cccd", "type": "text", "format": "cccd"},
  {"name": "personal", "type": "text", "format": "personal_id"},
  {"name": "mobile", "type": "text", "format": "mobile"},
  {"name": "phone", "type": "text", "format": "phone"},
  {"name": "agency", "type": "text", "format": "agency_code"},
  {"name": "mst", "type": "text", "format": "mst"},
  {"name": "email", "type": "text", "format": "email"},
  {"name": "dossier", "type": "text", "format": "dossier_code"},
  {"name": "age", "type": "number", "integer": true, "min": 0, "max": 150},
  {"name": "ratio", "type": "number", "min": 0.5, "max": 2.5},
  {"name": "born", "type": "date", "required": true},
  {"name": "window", "type": "date", "min_date": "2020-01-01", "max_date": "2020-12-31"},
  {"name": "sex", "type": "select", "options": [{"value": "nam"}, {"value": "nu"}]},
  {"name": "langs", "type": "select", "multiple": true, "min_items": 1, "max_items": 2, "options": [{"value": "vi"}, {"value": "en"}, {"value": "fr"}]},
  {"name": "agree", "type": "checkbox", "required": true},
  {"name": "copies_wanted", "type": "checkbox"},
  {"name": "copies", "type": "number", "integer": true, "min": 1, "required_if": {"field": "copies_wanted", "equals": true}},
  {"name": "note_trigger", "type": "text"},
  {"name": "note", "type": "text", "required_if": {"field": "note_trigger"}},
  {"name": "photo", "type": "file", "accept": ["image/*", "application/pdf"], "max_size": 1000},
  {"name": "docs", "type": "file", "multiple": true, "max_items": 2},
  {"name": "address", "type": "group", "required": true, "fields": [
     {"name": "street", "type": "text", "required": true}, {"name": "ward", "type": "text"}]},
  {"name": "members", "type": "group", "repeat": true, "max_items": 2, "fields": [
     {"name": "mname", "type": "text", "required": true}, {"name": "mcccd", "type": "text", "format": "cccd"}]},
  {"name": "passport", "type": "text", "pattern": "^[A-Z][0-9]{7}$"}],
 "rules": [{"rule": "one_of", "fields": ["cccd", "passport"], "exclusive": true}]}"#;

/// Candidate values per field: `None` = absent; the flag says whether JSON Schema can express
/// every rule the value touches (false: only the Rust validator can reject it).
/// A candidate value (`None` = absent) and whether the schema can express its rules.
type Candidate = (Option<Value>, bool);

fn candidates() -> Vec<(&'static str, Vec<Candidate>)> {
    let ok = |v: Value| (Some(v), true);
    let weak = |v: Value| (Some(v), false);
    let absent = (None, true);
    let file = json!({"id": "f1", "name": "a.png", "mime": "image/png", "size": 10});
    vec![
        (
            "name",
            vec![
                ok(json!("Nguyen")),
                ok(json!("N")),
                ok(json!("Nguyen Van A")),
                ok(json!("nguyen")),
                ok(json!(5)),
                ok(json!("")),
                ok(Value::Null),
                absent.clone(),
            ],
        ),
        (
            "nick",
            vec![
                ok(json!("abc")),
                ok(json!("abcdef")),
                ok(json!(3)),
                ok(json!("")),
                ok(json!([])),
                absent.clone(),
            ],
        ),
        (
            "cccd",
            vec![
                ok(json!("001099012345")),
                ok(json!("003899012345")),
                ok(json!("00109901234")),
                ok(json!("a01099012345")),
                ok(json!(1099012345)),
                ok(json!("")),
                absent.clone(),
            ],
        ),
        (
            "personal",
            vec![
                ok(json!("012345678")),
                ok(json!("001099012345")),
                ok(json!("0123456789")),
                absent.clone(),
            ],
        ),
        (
            "mobile",
            vec![
                ok(json!("0912345678")),
                ok(json!("+84912345678")),
                ok(json!("0212345678")),
                ok(json!("091234567")),
                ok(json!("84912345678")),
                absent.clone(),
            ],
        ),
        (
            "phone",
            vec![
                ok(json!("02438251234")),
                ok(json!("0912345678")),
                ok(json!("0438251234")),
                absent.clone(),
            ],
        ),
        (
            "agency",
            vec![
                ok(json!("000.00.01.H22")),
                ok(json!("H55.242")),
                ok(json!("h55.242")),
                ok(json!("H55.")),
                ok(json!(format!("H55.{}", "1".repeat(32)))),
                absent.clone(),
            ],
        ),
        (
            "mst",
            vec![
                ok(json!("0100109106")),
                weak(json!("0100109107")),
                ok(json!("0100109106-001")),
                weak(json!("0100109106-000")),
                ok(json!("01001091")),
                ok(json!("001099012345")),
                absent.clone(),
            ],
        ),
        (
            "email",
            vec![
                ok(json!("a@b.vn")),
                weak(json!("a..b@x.vn")),
                weak(json!("abc")),
                weak(json!("a@b")),
                absent.clone(),
            ],
        ),
        (
            "dossier",
            vec![
                ok(json!("000.00.01.H22-250315-0007")),
                weak(json!("000.00.01.H22-250230-0007")),
                ok(json!("H22-250315-7")),
                absent.clone(),
            ],
        ),
        (
            "age",
            vec![
                ok(json!(30)),
                ok(json!(-1)),
                ok(json!(151)),
                ok(json!(30.5)),
                ok(json!("30")),
                ok(json!(30.0)),
                ok(Value::Null),
                absent.clone(),
            ],
        ),
        (
            "ratio",
            vec![
                ok(json!(0.5)),
                ok(json!(2.5)),
                ok(json!(2.6)),
                ok(json!(0.4)),
                absent.clone(),
            ],
        ),
        (
            "born",
            vec![
                ok(json!("2000-01-31")),
                ok(json!("2000-02-30")),
                ok(json!("2000-1-31")),
                ok(json!("")),
                ok(json!(20000131)),
                absent.clone(),
            ],
        ),
        (
            "window",
            vec![
                ok(json!("2020-06-01")),
                weak(json!("2021-01-01")),
                weak(json!("2019-12-31")),
                absent.clone(),
            ],
        ),
        (
            "sex",
            vec![
                ok(json!("nam")),
                ok(json!("x")),
                ok(json!(["nam"])),
                absent.clone(),
            ],
        ),
        (
            "langs",
            vec![
                ok(json!(["vi"])),
                ok(json!(["vi", "en"])),
                ok(json!(["vi", "en", "fr"])),
                ok(json!(["vi", "vi"])),
                ok(json!(["de"])),
                ok(json!([])),
                ok(json!("vi")),
                absent.clone(),
            ],
        ),
        (
            "agree",
            vec![
                ok(json!(true)),
                ok(json!(false)),
                ok(json!("true")),
                absent.clone(),
            ],
        ),
        (
            "copies_wanted",
            vec![ok(json!(true)), ok(json!(false)), absent.clone()],
        ),
        (
            "copies",
            vec![ok(json!(2)), ok(json!(0)), ok(Value::Null), absent.clone()],
        ),
        (
            "note_trigger",
            vec![ok(json!("x")), ok(json!("")), absent.clone()],
        ),
        ("note", vec![ok(json!("y")), absent.clone()]),
        (
            "photo",
            vec![
                ok(file.clone()),
                ok(json!({"id": "f1", "name": "a.pdf", "mime": "application/pdf", "size": 1000})),
                ok(json!({"id": "f1", "name": "a.png", "mime": "image/png", "size": 2000})),
                ok(json!({"id": "f1", "name": "a.txt", "mime": "text/plain", "size": 10})),
                ok(json!({"id": "f1", "name": "a.png"})),
                ok(json!({"id": "", "name": "a", "mime": "image/png", "size": 1})),
                ok(json!({"id": "f", "name": "a", "mime": "image/png", "size": 5, "x": 1})),
                ok(json!({"id": "f", "name": "a", "mime": "image/png", "size": -5})),
                ok(json!("f1")),
                absent.clone(),
            ],
        ),
        (
            "docs",
            vec![
                ok(json!([])),
                ok(json!([{"id": "a", "name": "b"}])),
                ok(json!([file.clone(), file.clone(), file.clone()])),
                ok(file.clone()),
                absent.clone(),
            ],
        ),
        (
            "address",
            vec![
                ok(json!({"street": "A"})),
                ok(json!({"street": ""})),
                ok(json!({"street": "A", "x": 1})),
                ok(json!({})),
                ok(json!("A")),
                absent.clone(),
            ],
        ),
        (
            "members",
            vec![
                ok(json!([])),
                ok(json!([{"mname": "B"}])),
                ok(json!([{"mname": "B", "mcccd": "123"}])),
                ok(json!([{}, {}, {}])),
                ok(json!({"mname": "B"})),
                absent.clone(),
            ],
        ),
        (
            "passport",
            vec![ok(json!("B1234567")), ok(json!("b1234567")), absent],
        ),
    ]
}

fn base_doc() -> Value {
    json!({"name": "Nguyen", "cccd": "001099012345", "born": "2000-01-31", "agree": true, "address": {"street": "A"}})
}

fn agree(form: &Form, schema: &jsonschema::Validator, doc: &Value, exact: bool) {
    let rust = form.validate(doc).unwrap().valid;
    let js = schema.is_valid(doc);
    if rust {
        assert!(
            js,
            "the schema must accept what the validator accepts: {doc}"
        );
    }
    if exact {
        assert_eq!(
            rust,
            js,
            "disagreement on an expressible document: {doc}\n{:#?}",
            form.validate(doc).unwrap().violations
        );
    }
}

#[test]
fn schema_agrees_on_every_single_field_change() {
    let spec: FormSpec = serde_json::from_str(KITCHEN_SINK).unwrap();
    let form = Form::new(spec.clone()).unwrap();
    let schema = schema_validator(&spec);
    assert!(form.validate(&base_doc()).unwrap().valid);
    let mut n = 0;
    let mut rejected = 0;
    for (field, values) in candidates() {
        for (v, exact) in values {
            let mut doc = base_doc();
            match v {
                Some(v) => doc[field] = v,
                None => {
                    doc.as_object_mut().unwrap().remove(field);
                }
            }
            agree(&form, &schema, &doc, exact);
            n += 1;
            rejected += usize::from(!form.validate(&doc).unwrap().valid);
        }
    }
    assert!(
        n > 130 && rejected > 60,
        "{n} documents, {rejected} rejected"
    );
    // Non-object roots.
    for doc in [json!([]), json!("x"), json!(null), json!(1)] {
        agree(&form, &schema, &doc, true);
    }
}

#[test]
fn schema_agrees_on_the_realistic_form() {
    let specs: Vec<FormSpec> = serde_json::from_str(FORMS).unwrap();
    let spec = &specs[0];
    let form = Form::new(spec.clone()).unwrap();
    let schema = schema_validator(spec);
    let base = birth_doc();
    agree(&form, &schema, &base, true);
    let changes: Vec<(&str, Option<Value>)> = vec![
        ("/giay_chung_sinh", None),
        (
            "/van_ban_lam_chung",
            Some(json!({"id": "w", "name": "w.pdf", "mime": "application/pdf", "size": 1})),
        ),
        ("/de_nghi_cap_ban_sao", Some(json!(false))),
        ("/so_ban_sao", None),
        ("/hinh_thuc_nhan", Some(json!("truc_tiep"))),
        ("/dia_chi_nhan", None),
        ("/nguoi_yeu_cau/loai_giay_to", Some(json!("ho_chieu"))),
        ("/nguoi_yeu_cau/so_ho_chieu", Some(json!("C1234567"))),
        ("/nguoi_yeu_cau/so_dinh_danh", None),
        ("/me/so_dinh_danh", Some(json!("03619201234"))),
        ("/cha", None),
        ("/tre/ngay_sinh", Some(json!("2026-02-29"))),
        ("/cam_doan", Some(json!(false))),
    ];
    // Apply the changes cumulatively, checking agreement after each one.
    let mut doc = base;
    for (ptr, v) in changes {
        let (parent, key) = ptr.rsplit_once('/').unwrap();
        let target = if parent.is_empty() {
            &mut doc
        } else {
            doc.pointer_mut(parent).unwrap()
        };
        match v {
            Some(v) => target[key] = v,
            None => {
                target.as_object_mut().unwrap().remove(key);
            }
        }
        agree(&form, &schema, &doc, true);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Random combinations (conditional rules interact) agree as well.
    #[test]
    fn schema_agrees_on_random_documents(picks in proptest::collection::vec(0usize..100, 26)) {
        let spec: FormSpec = serde_json::from_str(KITCHEN_SINK).unwrap();
        let form = Form::new(spec.clone()).unwrap();
        let schema = schema_validator(&spec);
        let mut doc = serde_json::Map::new();
        let mut exact = true;
        for ((field, values), pick) in candidates().into_iter().zip(picks) {
            let (v, e) = values[pick % values.len()].clone();
            exact &= e;
            if let Some(v) = v {
                doc.insert(field.to_owned(), v);
            }
        }
        agree(&form, &schema, &Value::Object(doc), exact);
    }

    /// The pattern engine against the independent validator's ECMA-262 regex, on the
    /// supported subset.
    #[test]
    fn pattern_engine_agrees_with_jsonschema(idx in 0usize..12, s in "[aAbZ0-9 ._+\\-@]{0,12}") {
        const PATTERNS: [&str; 12] = [
            "^[A-Z][0-9]{7}$", "a+b", "^(a|b)*$", "^[^0-9]+$", "\\d{2,3}", "^\\w+@\\w+\\.\\w+$",
            "^(?:ab|a)b?$", "^.{3,5}$", "Z$", "^[a-c0-2_]*\\.?[A-Z]?$", "^\\s*\\S+\\s*$", "^(0|\\+84)[0-9]{2}",
        ];
        let p = PATTERNS[idx];
        let ours = Pattern::new(p).unwrap().is_match(&s);
        let theirs = jsonschema::draft202012::new(&json!({"pattern": p})).unwrap().is_valid(&json!(s));
        prop_assert_eq!(ours, theirs, "pattern {} on {:?}", p, s);
    }
}

proptest! {
    /// `Report::to_json` writes exactly what `serde_json` writes for the same report: any
    /// text in the strings (quotes, backslashes, every control character, non-ASCII), any
    /// code, both severities, empty and non-empty reports.
    #[test]
    fn report_to_json_is_serde_json(
        valid in any::<bool>(),
        items in proptest::collection::vec(
            ("\\PC*|[\\x00-\\x1f\"\\\\a-zế/~]{0,12}", any::<u32>(), any::<bool>(), "\\PC*", "[\\x00-\\x7f]*"),
            0..5,
        ),
    ) {
        let names = ["form.required", "form.cccd_format", "a\"b\\c\n"];
        let report = Report {
            valid,
            violations: items
                .into_iter()
                .enumerate()
                .map(|(i, (pointer, code, warning, message, message_en))| Violation {
                    pointer,
                    code,
                    name: names[i % names.len()],
                    severity: if warning { Severity::Warning } else { Severity::Error },
                    message,
                    message_en,
                })
                .collect(),
        };
        prop_assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
    }
}

/// The realistic report (five violations, Vietnamese messages) as `serde_json` writes it.
#[test]
fn birth_form_report_json() {
    let mut doc = birth_doc();
    doc["nguoi_yeu_cau"]["so_dinh_danh"] = json!("00109001234");
    doc["tre"]["ngay_sinh"] = json!("2026-02-30");
    doc["cam_doan"] = json!(false);
    doc["so_ban_sao"] = json!(25);
    let r = birth_form().validate(&doc).unwrap();
    assert!(r.violations.len() >= 4, "{:?}", r.codes());
    assert_eq!(r.to_json(), serde_json::to_string(&r).unwrap());
}
