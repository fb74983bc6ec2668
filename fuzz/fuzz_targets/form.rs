//! Form specifications and documents (`Form::from_json`, `Form::validate_json`), the pattern
//! engine and the Vietnamese identifier validators.
//!
//! Input: a mode byte, then NUL-separated parts. Mode even: a form of the embedded catalogue
//! (picked by the next byte) validates the rest as a document, so the fuzzer explores values
//! against real specs; mode odd: spec NUL document NUL pattern NUL subject.
//!
//! Invariants: a report is valid iff it has no error; every violation has a JSON pointer
//! (empty or starting with `/`), a code in the form block and both messages; validating the
//! parsed value gives the same report as validating the text; a compiled spec re-serialises
//! and re-compiles to the same spec.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use motcua::form::{Form, Pattern, Severity, id};
use motcua::procedure::Catalogue;
use motcua_fuzz::{assert_typed, split, text};

fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(Catalogue::vietnam_default)
}

fn check(form: &Form, doc: &str) {
    let report = match form.validate_json(doc) {
        Ok(r) => r,
        Err(e) => {
            assert_typed(&e, 4000, 5000);
            return;
        }
    };
    assert_eq!(report.valid, report.errors().next().is_none());
    for v in &report.violations {
        assert!(
            v.pointer.is_empty() || v.pointer.starts_with('/'),
            "{}",
            v.pointer
        );
        assert!((4000..5000).contains(&v.code), "{}", v.code);
        assert!(!v.message.is_empty() && !v.message_en.is_empty());
        assert!(matches!(v.severity, Severity::Error | Severity::Warning));
    }
    let value: serde_json::Value = serde_json::from_str(doc).expect("accepted text is JSON");
    let again = form.validate(&value).expect("limits passed once");
    assert_eq!(again, report);
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode.is_multiple_of(2) {
        let Some((&pick, doc)) = rest.split_first() else {
            return;
        };
        let forms = &catalogue().doc().forms;
        if forms.is_empty() {
            return;
        }
        let spec = &forms[usize::from(pick) % forms.len()];
        let form = catalogue().form(&spec.id).expect("embedded forms compile");
        if let Some(doc) = text(doc) {
            check(form, doc);
        }
        return;
    }
    let parts = split(rest, 4);
    if let Some(spec) = text(parts[0]) {
        match Form::from_json(spec) {
            Ok(form) => {
                let again = serde_json::to_string(form.spec()).expect("spec serialises");
                let back = Form::from_json(&again).expect("a serialised spec re-compiles");
                assert_eq!(back.spec(), form.spec());
                let _ = form.json_schema();
                if let Some(doc) = text(parts[1]) {
                    check(&form, doc);
                }
            }
            Err(e) => assert_typed(&e, 4000, 5000),
        }
    }
    if let (Some(p), Some(subject)) = (text(parts[2]), text(parts[3])) {
        if let Ok(pat) = Pattern::new(p) {
            let _ = pat.is_match(subject);
        }
        let _ = id::validate_mst(subject);
        let _ = id::validate_cccd(subject);
        let _ = id::validate_cmnd(subject);
        let _ = id::validate_personal_id(subject);
        let _ = id::validate_phone(subject);
        let _ = id::validate_email(subject);
        let _ = id::validate_agency_code(subject);
        let _ = id::validate_dossier_code(subject);
    }
});
