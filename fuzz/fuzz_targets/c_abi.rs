//! The C ABI's string entry points with arbitrary bytes (pointer + length; NULLs excluded),
//! through `motcua-c` linked as an rlib.
//!
//! Input: NUL-separated parts: announcements, instant, limit, policy, events (one per line),
//! as-of, then 4 bytes of a status code.
//!
//! Invariants: no call panics (a panic would surface as `MOTCUA_STATUS_PANIC`, and libFuzzer
//! aborts on the panic itself); out-parameters are written only on success; every returned
//! string is valid UTF-8 JSON (or text) and is freed with `motcua_string_free`; every
//! non-OK status has a message and a name.
#![no_main]

use std::ffi::{CStr, c_char};
use std::ptr;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use motcua_c::calendar::{
    motcua_calendar, motcua_calendar_days_off_json, motcua_calendar_free,
    motcua_calendar_new_civil_service, motcua_calendar_with_announcements_json,
};
use motcua_c::deadline::{
    motcua_clock, motcua_clock_apply_json, motcua_clock_assess_json, motcua_clock_events_json,
    motcua_clock_free, motcua_clock_new, motcua_clock_replay_json, motcua_clock_status_json,
    motcua_compute_due_json,
};
use motcua_c::lang::{MOTCUA_LANG_EN, MOTCUA_LANG_VI};
use motcua_c::status::{
    MOTCUA_STATUS_OK, MOTCUA_STATUS_PANIC, motcua_status, motcua_status_message, motcua_status_name,
};
use motcua_c::string::motcua_string_free;
use motcua_fuzz::split;

struct Cal(*mut motcua_calendar);
// SAFETY: a calendar handle is immutable after creation and documented as shareable across
// threads (`const motcua_calendar *`).
unsafe impl Send for Cal {}
// SAFETY: as above.
unsafe impl Sync for Cal {}

fn base() -> *const motcua_calendar {
    static CAL: OnceLock<Cal> = OnceLock::new();
    CAL.get_or_init(|| {
        let mut out = ptr::null_mut();
        // SAFETY: `out` is a valid out-pointer.
        let s = unsafe { motcua_calendar_new_civil_service(&mut out) };
        assert_eq!(s, MOTCUA_STATUS_OK);
        Cal(out)
    })
    .0
}

fn status_ok(s: motcua_status, what: &str) -> bool {
    assert_ne!(s, MOTCUA_STATUS_PANIC, "{what} panicked");
    if s != MOTCUA_STATUS_OK {
        // Every status has a name and a message in both languages.
        // SAFETY: motcua_status_name returns a static NUL-terminated string.
        let name = unsafe { CStr::from_ptr(motcua_status_name(s)) };
        assert!(!name.to_bytes().is_empty());
        for lang in [MOTCUA_LANG_VI, MOTCUA_LANG_EN] {
            let mut len = 0usize;
            // SAFETY: NULL buffer of length 0 asks for the length.
            let r = unsafe { motcua_status_message(s, lang, ptr::null_mut(), 0, &mut len) };
            assert_ne!(r, MOTCUA_STATUS_PANIC);
            assert!(len > 0);
        }
    }
    s == MOTCUA_STATUS_OK
}

/// Takes a returned string: checks it is UTF-8 (JSON when `json`), frees it.
fn take(s: *mut c_char, json: bool) {
    assert!(!s.is_null());
    // SAFETY: a NUL-terminated string from the library, not freed yet.
    let text = unsafe { CStr::from_ptr(s) }
        .to_str()
        .expect("UTF-8")
        .to_owned();
    // SAFETY: returned by the library, freed once.
    unsafe { motcua_string_free(s) };
    if json {
        serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
    }
}

fn clock_queries(clock: *mut motcua_clock, cal: *const motcua_calendar, as_of: &[u8]) {
    let mut out: *mut c_char = ptr::null_mut();
    // SAFETY: live handles; pointer/length of a live slice; valid out-pointer.
    let s = unsafe { motcua_clock_status_json(clock, cal, as_of.as_ptr(), as_of.len(), &mut out) };
    if status_ok(s, "clock_status_json") {
        take(out, true)
    } else {
        assert!(out.is_null())
    }
    let mut out: *mut c_char = ptr::null_mut();
    // SAFETY: as above.
    let s = unsafe { motcua_clock_assess_json(clock, cal, as_of.as_ptr(), as_of.len(), &mut out) };
    if status_ok(s, "clock_assess_json") {
        take(out, true)
    } else {
        assert!(out.is_null())
    }
    let mut out: *mut c_char = ptr::null_mut();
    // SAFETY: as above.
    let s = unsafe { motcua_clock_events_json(clock, &mut out) };
    assert!(status_ok(s, "clock_events_json"));
    take(out, true);
}

fuzz_target!(|data: &[u8]| {
    let p = split(data, 7);
    let (anns, instant, limit, policy, events, as_of, code) =
        (p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
    let cal = base();

    // Announcements → a new calendar.
    let mut derived: *mut motcua_calendar = ptr::null_mut();
    // SAFETY: live handle; pointer/length of a live slice; valid out-pointer.
    let s = unsafe {
        motcua_calendar_with_announcements_json(cal, anns.as_ptr(), anns.len(), &mut derived)
    };
    let use_cal = if status_ok(s, "calendar_with_announcements_json") {
        assert!(!derived.is_null());
        let mut out: *mut c_char = ptr::null_mut();
        // SAFETY: live handle, valid out-pointer.
        let s = unsafe { motcua_calendar_days_off_json(derived, 2026, &mut out) };
        assert!(status_ok(s, "days_off_json"));
        take(out, true);
        derived as *const motcua_calendar
    } else {
        assert!(derived.is_null(), "out written on failure");
        cal
    };

    // compute_due.
    for lang in [
        MOTCUA_LANG_VI,
        MOTCUA_LANG_EN + u32::from(data.len() as u8 % 3),
    ] {
        let mut out: *mut c_char = ptr::null_mut();
        // SAFETY: live handle; pointer/length pairs of live slices; valid out-pointer.
        let s = unsafe {
            motcua_compute_due_json(
                use_cal,
                instant.as_ptr(),
                instant.len(),
                limit.as_ptr(),
                limit.len(),
                policy.as_ptr(),
                policy.len(),
                lang,
                &mut out,
            )
        };
        if status_ok(s, "compute_due_json") {
            take(out, true)
        } else {
            assert!(out.is_null())
        }
    }

    // A clock: new + apply one by one, and replay.
    let mut clock: *mut motcua_clock = ptr::null_mut();
    // SAFETY: pointer/length pairs of live slices; valid out-pointer.
    let s = unsafe {
        motcua_clock_new(
            limit.as_ptr(),
            limit.len(),
            policy.as_ptr(),
            policy.len(),
            &mut clock,
        )
    };
    if status_ok(s, "clock_new") {
        for line in events.split(|&b| b == b'\n').take(64) {
            // SAFETY: live handles; pointer/length of a live slice.
            let s = unsafe { motcua_clock_apply_json(clock, use_cal, line.as_ptr(), line.len()) };
            status_ok(s, "clock_apply_json");
        }
        clock_queries(clock, use_cal, as_of);
        // SAFETY: a live clock, freed once.
        unsafe { motcua_clock_free(clock) };
    } else {
        assert!(clock.is_null(), "out written on failure");
    }
    let mut replayed: *mut motcua_clock = ptr::null_mut();
    // SAFETY: live handle; pointer/length pairs of live slices; valid out-pointer.
    let s = unsafe {
        motcua_clock_replay_json(
            use_cal,
            limit.as_ptr(),
            limit.len(),
            policy.as_ptr(),
            policy.len(),
            events.as_ptr(),
            events.len(),
            &mut replayed,
        )
    };
    if status_ok(s, "clock_replay_json") {
        clock_queries(replayed, use_cal, as_of);
        // SAFETY: a live clock, freed once.
        unsafe { motcua_clock_free(replayed) };
    } else {
        assert!(replayed.is_null(), "out written on failure");
    }

    // Status messages of arbitrary codes into buffers of arbitrary size.
    let mut c = [0u8; 4];
    for (i, b) in code.iter().take(4).enumerate() {
        c[i] = *b;
    }
    let status = u32::from_le_bytes(c);
    let mut buf = vec![0u8; usize::from(code.get(4).copied().unwrap_or(64))];
    let mut len = 0usize;
    // SAFETY: `buf` holds `buf.len()` writable bytes; `len` is writable.
    let s = unsafe {
        motcua_status_message(
            status,
            MOTCUA_LANG_EN,
            buf.as_mut_ptr().cast(),
            buf.len(),
            &mut len,
        )
    };
    assert_ne!(s, MOTCUA_STATUS_PANIC);
    if s == MOTCUA_STATUS_OK {
        assert!(len < buf.len() && buf[len] == 0);
        std::str::from_utf8(&buf[..len]).expect("UTF-8 message");
    }
    // SAFETY: any value is accepted.
    let _ = unsafe { CStr::from_ptr(motcua_status_name(status)) };

    if use_cal != cal {
        // SAFETY: the derived calendar, freed once.
        unsafe { motcua_calendar_free(derived) };
    }
});
