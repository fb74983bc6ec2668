//! The C ABI's document entry points added with the catalogue, form, dossier and report
//! functions, with arbitrary bytes (pointer + length; NULLs excluded), through `motcua-c`
//! linked as an rlib.
//!
//! Input: NUL-separated parts: catalogue or form spec, values / filter / request, log,
//! command, context or options, key, report params.
//!
//! Invariants: no `MOTCUA_STATUS_PANIC`; out-parameters written only on success; returned
//! strings are UTF-8 JSON and are freed; an accepted command's new log verifies;
//! `motcua_dossier_check_json` agrees with `motcua_dossier_apply_json` (allowed ⇔ applied,
//! the same status otherwise).
#![no_main]

use std::ffi::{CStr, c_char};
use std::ptr;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use motcua_c::calendar::{motcua_calendar, motcua_calendar_new_civil_service};
use motcua_c::dossier::{
    motcua_dossier_apply_json, motcua_dossier_check_json, motcua_dossier_replay_json,
    motcua_dossier_state_json, motcua_dossier_verify_json,
};
use motcua_c::form::{
    motcua_catalogue_form_validate_json, motcua_form_validate_json, motcua_validate_cccd,
    motcua_validate_mst,
};
use motcua_c::procedure::{
    motcua_catalogue, motcua_catalogue_dossier_context_json, motcua_catalogue_free,
    motcua_catalogue_from_json, motcua_catalogue_new_default, motcua_catalogue_query_json,
};
use motcua_c::report::motcua_report_bieu06_json;
use motcua_c::status::{MOTCUA_STATUS_OK, MOTCUA_STATUS_PANIC, motcua_status};
use motcua_c::string::motcua_string_free;
use motcua_fuzz::split;

struct Shared(*mut motcua_calendar, *mut motcua_catalogue);
// SAFETY: both handles are immutable after creation and documented as shareable.
unsafe impl Send for Shared {}
// SAFETY: as above.
unsafe impl Sync for Shared {}

fn shared() -> &'static Shared {
    static S: OnceLock<Shared> = OnceLock::new();
    S.get_or_init(|| {
        let (mut cal, mut cat) = (ptr::null_mut(), ptr::null_mut());
        // SAFETY: valid out-pointers.
        unsafe {
            assert_eq!(
                motcua_calendar_new_civil_service(&mut cal),
                MOTCUA_STATUS_OK
            );
            assert_eq!(motcua_catalogue_new_default(&mut cat), MOTCUA_STATUS_OK);
        }
        Shared(cal, cat)
    })
}

fn ok(s: motcua_status, what: &str) -> bool {
    assert_ne!(s, MOTCUA_STATUS_PANIC, "{what} panicked");
    s == MOTCUA_STATUS_OK
}

/// Checks and frees a returned string; returns its text.
fn take(s: *mut c_char) -> String {
    assert!(!s.is_null());
    // SAFETY: a NUL-terminated string from the library, not freed yet.
    let text = unsafe { CStr::from_ptr(s) }
        .to_str()
        .expect("UTF-8")
        .to_owned();
    // SAFETY: returned by the library, freed once.
    unsafe { motcua_string_free(s) };
    serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
    text
}

/// One `(ptr, len, out) -> status` call: checks the out-parameter protocol.
fn call(what: &str, f: impl FnOnce(*mut *mut c_char) -> motcua_status) -> Option<String> {
    let mut out: *mut c_char = ptr::null_mut();
    if ok(f(&mut out), what) {
        Some(take(out))
    } else {
        assert!(out.is_null(), "{what}: out written on failure");
        None
    }
}

fuzz_target!(|data: &[u8]| {
    let p = split(data, 7);
    let (doc, values, log, command, context, key, params) =
        (p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
    let Shared(cal, cat) = *shared();
    let (cal, cat) = (
        cal as *const motcua_calendar,
        cat as *const motcua_catalogue,
    );

    // SAFETY (every call below): live handles, pointer/length pairs of live slices, valid
    // out-pointers.
    let mut loaded: *mut motcua_catalogue = ptr::null_mut();
    if ok(
        unsafe { motcua_catalogue_from_json(doc.as_ptr(), doc.len(), &mut loaded) },
        "catalogue_from_json",
    ) {
        unsafe { motcua_catalogue_free(loaded) };
    } else {
        assert!(loaded.is_null());
    }
    call("form_validate_json", |o| unsafe {
        motcua_form_validate_json(doc.as_ptr(), doc.len(), values.as_ptr(), values.len(), o)
    });
    call("catalogue_form_validate_json", |o| unsafe {
        motcua_catalogue_form_validate_json(
            cat,
            key.as_ptr(),
            key.len(),
            values.as_ptr(),
            values.len(),
            o,
        )
    });
    call("catalogue_query_json", |o| unsafe {
        motcua_catalogue_query_json(cat, values.as_ptr(), values.len(), o)
    });
    call("catalogue_dossier_context_json", |o| unsafe {
        motcua_catalogue_dossier_context_json(cat, values.as_ptr(), values.len(), o)
    });
    call("validate_cccd", |o| unsafe {
        motcua_validate_cccd(key.as_ptr(), key.len(), o)
    });
    call("validate_mst", |o| unsafe {
        motcua_validate_mst(key.as_ptr(), key.len(), o)
    });

    call("dossier_verify_json", |o| unsafe {
        motcua_dossier_verify_json(log.as_ptr(), log.len(), o)
    });
    call("dossier_state_json", |o| unsafe {
        motcua_dossier_state_json(
            cal,
            log.as_ptr(),
            log.len(),
            context.as_ptr(),
            context.len(),
            o,
        )
    });
    call("dossier_replay_json", |o| unsafe {
        motcua_dossier_replay_json(cal, key.as_ptr(), key.len(), log.as_ptr(), log.len(), o)
    });
    let check = call("dossier_check_json", |o| unsafe {
        motcua_dossier_check_json(
            cal,
            context.as_ptr(),
            context.len(),
            log.as_ptr(),
            log.len(),
            command.as_ptr(),
            command.len(),
            o,
        )
    });
    let (mut new_log, mut event): (*mut c_char, *mut c_char) = (ptr::null_mut(), ptr::null_mut());
    let s = unsafe {
        motcua_dossier_apply_json(
            cal,
            context.as_ptr(),
            context.len(),
            log.as_ptr(),
            log.len(),
            command.as_ptr(),
            command.len(),
            &mut new_log,
            &mut event,
        )
    };
    // The check's verdict is what apply did.
    match &check {
        Some(r) => assert_eq!(
            r.starts_with(r#"{"allowed":true"#),
            s == MOTCUA_STATUS_OK,
            "check {r} but apply {s}"
        ),
        None => assert_ne!(s, MOTCUA_STATUS_OK, "check failed but apply succeeded"),
    }
    if ok(s, "dossier_apply_json") {
        let new_log = take(new_log);
        take(event);
        let report = call("dossier_verify_json", |o| unsafe {
            motcua_dossier_verify_json(new_log.as_ptr(), new_log.len(), o)
        })
        .expect("a produced log parses");
        assert!(report.contains(r#""valid":true"#), "{report}");
    } else {
        assert!(
            new_log.is_null() && event.is_null(),
            "out written on failure"
        );
    }
    call("report_bieu06_json", |o| unsafe {
        motcua_report_bieu06_json(
            cal,
            values.as_ptr(),
            values.len(),
            params.as_ptr(),
            params.len(),
            o,
        )
    });
});
