//! The exported functions called as C calls them, with real pointers: handles created, used,
//! shared across threads and freed; documents passed as pointer + length into buffers that
//! are exactly that long (no NUL, nothing after them); strings returned, read as C strings
//! and freed with `motcua_string_free`; refused calls leaving their out-parameters alone.
//!
//! Written for Miri (`cargo +nightly miri test -p motcua-c --lib`), which checks every
//! `unsafe` block of this crate on these paths: out-of-bounds reads, use after free, double
//! frees, leaks, misaligned or dangling writes, data races on shared handles. The inputs are
//! small so that the interpreter finishes in minutes; natively they take milliseconds.

use std::ffi::{CStr, c_char};
use std::ptr;

use crate::calendar::*;
use crate::date::motcua_date;
use crate::deadline::*;
use crate::dossier::*;
use crate::form::*;
use crate::lang::{MOTCUA_LANG_EN, MOTCUA_LANG_VI};
use crate::procedure::*;
use crate::report::motcua_report_bieu06_json;
use crate::status::*;
use crate::string::motcua_string_free;
use crate::version::motcua_version;

/// A document in a heap buffer of exactly its length (so that any read past it is an error
/// Miri reports), as C would pass it.
struct Doc(Box<[u8]>);

impl Doc {
    fn new(s: &str) -> Doc {
        Doc(s.as_bytes().to_vec().into_boxed_slice())
    }
    fn ptr(&self) -> *const u8 {
        self.0.as_ptr()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Takes a string returned through `char **out`: copies it and frees it.
fn take(s: *mut c_char) -> String {
    assert!(!s.is_null());
    // SAFETY: the library returned `s` through an out-parameter: a live NUL-terminated string
    // it owns until `motcua_string_free`, called right after the copy.
    let copy = unsafe { CStr::from_ptr(s) }.to_str().unwrap().to_owned();
    // SAFETY: `s` came from the library and is freed once.
    unsafe { motcua_string_free(s) };
    copy
}

fn d(year: i32, month: u8, day: u8) -> motcua_date {
    motcua_date { year, month, day }
}

/// A marker address for out-parameters that must stay untouched (never dereferenced).
fn sentinel<T>() -> *mut T {
    ptr::NonNull::<T>::dangling().as_ptr()
}

fn civil_service() -> *mut motcua_calendar {
    let mut cal = ptr::null_mut();
    // SAFETY: `&mut cal` is a writable `motcua_calendar *`.
    let st = unsafe { motcua_calendar_new_civil_service(&mut cal) };
    assert_eq!(st, MOTCUA_STATUS_OK);
    assert!(!cal.is_null());
    cal
}

/// The civil-service calendar is built once (it covers 2000–2199 day by day: minutes under
/// Miri) and used by each part, then freed.
#[test]
fn calendar_clock_and_dossier_handles() {
    let cal = civil_service();
    calendar_strings_and_announcements(cal);
    shared_by_threads(cal);
    deadlines_and_a_clock_handle(cal);
    a_dossier_log_through_two_out_parameters(cal);
    // SAFETY: `cal` came from the library, nothing uses it any more, and it is freed once.
    unsafe {
        motcua_calendar_free(cal);
        motcua_calendar_free(ptr::null_mut());
    }
}

fn calendar_strings_and_announcements(cal: *mut motcua_calendar) {
    let mut w = 9u8;
    // SAFETY: in this part, `cal` is live (freed by the caller); every out-parameter points to
    // a local of the right type; documents are `Doc`s of exactly their length.
    unsafe {
        assert_eq!(
            motcua_calendar_is_working_day(cal, d(2026, 8, 22), &mut w),
            MOTCUA_STATUS_OK
        );
        assert_eq!(w, 1);
        let mut due = d(0, 0, 0);
        assert_eq!(
            motcua_calendar_add_working_days(cal, d(2026, 2, 13), 1, &mut due),
            MOTCUA_STATUS_OK
        );
        assert_eq!(due, d(2026, 2, 23));

        let mut s = ptr::null_mut();
        assert_eq!(
            motcua_calendar_explain(cal, d(2026, 8, 31), MOTCUA_LANG_EN, &mut s),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).starts_with("2026-08-31"));

        // A refused call writes nothing.
        let mut out: *mut c_char = sentinel();
        assert_eq!(
            motcua_calendar_why_json(cal, d(1999, 12, 31), &mut out),
            MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE
        );
        assert_eq!(out, sentinel());

        let doc = Doc::new(
            r#"{"year": 2030, "scope": "civil_service", "source": {"document": "t"},
               "days_off": [{"date": "2030-06-14", "kind": "swap", "swapped_with": "2030-06-22"}],
               "working_days": [{"date": "2030-06-22", "replaces": "2030-06-14"}]}"#,
        );
        let mut next = ptr::null_mut();
        assert_eq!(
            motcua_calendar_with_announcements_json(cal, doc.ptr(), doc.len(), &mut next),
            MOTCUA_STATUS_OK
        );
        assert_eq!(
            motcua_calendar_is_working_day(next, d(2030, 6, 22), &mut w),
            MOTCUA_STATUS_OK
        );
        assert_eq!(w, 1);
        motcua_calendar_free(next);

        // Invalid UTF-8 and a truncated document: refused, nothing written.
        let bad = Doc(vec![b'{', 0xc3, 0x28, b'}'].into_boxed_slice());
        let mut none: *mut motcua_calendar = sentinel();
        assert_eq!(
            motcua_calendar_with_announcements_json(cal, bad.ptr(), bad.len(), &mut none),
            MOTCUA_STATUS_INVALID_UTF8
        );
        assert_eq!(
            motcua_calendar_with_announcements_json(cal, doc.ptr(), doc.len() / 2, &mut none),
            MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_PARSE
        );
        assert_eq!(none, sentinel());
        assert_eq!(
            motcua_calendar_with_announcements_json(cal, ptr::null(), 0, &mut none),
            MOTCUA_STATUS_NULL_POINTER
        );
    }
}

/// A `const motcua_calendar *` used by two threads at once.
fn shared_by_threads(cal: *mut motcua_calendar) {
    struct Shared(*const motcua_calendar);
    // SAFETY: a calendar is immutable and documented as shareable across threads.
    unsafe impl Send for Shared {}
    // SAFETY: as above.
    unsafe impl Sync for Shared {}
    let shared = Shared(cal);
    std::thread::scope(|scope| {
        for day in [13u8, 23] {
            let shared = &shared;
            scope.spawn(move || {
                let mut out = d(0, 0, 0);
                // SAFETY: the calendar outlives the scope; `out` is a writable local.
                let st = unsafe {
                    motcua_calendar_add_working_days(shared.0, d(2026, 2, day), 1, &mut out)
                };
                assert_eq!(st, MOTCUA_STATUS_OK);
                assert_eq!(out, d(2026, 2, if day == 13 { 23 } else { 24 }));
            });
        }
    });
}

fn deadlines_and_a_clock_handle(cal: *mut motcua_calendar) {
    let received = Doc::new("2026-02-13T10:00");
    let limit = Doc::new(r#"{"working_days": 1}"#);
    let event = Doc::new(r#"{"type": "received", "at": "2026-03-02T09:00:00"}"#);
    let as_of = Doc::new("2026-03-03T09:00");
    // SAFETY: in this part, handles live until freed; documents are exact-length buffers;
    // out-parameters are locals.
    unsafe {
        let mut s = ptr::null_mut();
        assert_eq!(
            motcua_compute_due_json(
                cal,
                received.ptr(),
                received.len(),
                limit.ptr(),
                limit.len(),
                ptr::null(),
                0,
                MOTCUA_LANG_VI,
                &mut s
            ),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).contains(r#""legal_due_date":"2026-02-23""#));

        let mut clock = ptr::null_mut();
        assert_eq!(
            motcua_clock_new(limit.ptr(), limit.len(), ptr::null(), 0, &mut clock),
            MOTCUA_STATUS_OK
        );
        assert_eq!(
            motcua_clock_apply_json(clock, cal, event.ptr(), event.len()),
            MOTCUA_STATUS_OK
        );
        // A second `received` is not a transition the clock accepts; the clock is unchanged.
        assert_eq!(
            motcua_clock_apply_json(clock, cal, event.ptr(), event.len()),
            MOTCUA_STATUS_DEADLINE_INVALID_TRANSITION
        );
        let mut status = ptr::null_mut();
        assert_eq!(
            motcua_clock_status_json(clock, cal, as_of.ptr(), as_of.len(), &mut status),
            MOTCUA_STATUS_OK
        );
        assert!(take(status).contains(r#""legal_due_date":"2026-03-03""#));
        let mut events = ptr::null_mut();
        assert_eq!(
            motcua_clock_events_json(clock, &mut events),
            MOTCUA_STATUS_OK
        );
        let events = Doc::new(&take(events));
        let mut again = ptr::null_mut();
        assert_eq!(
            motcua_clock_replay_json(
                cal,
                limit.ptr(),
                limit.len(),
                ptr::null(),
                0,
                events.ptr(),
                events.len(),
                &mut again
            ),
            MOTCUA_STATUS_OK
        );
        let mut a = ptr::null_mut();
        assert_eq!(
            motcua_clock_assess_json(again, cal, as_of.ptr(), as_of.len(), &mut a),
            MOTCUA_STATUS_OK
        );
        assert!(take(a).contains("within_deadline"));
        motcua_clock_free(again);
        motcua_clock_free(clock);
        motcua_clock_free(ptr::null_mut());
    }
}

const CATALOGUE: &str = r#"{"version":"t1","procedures":[{"id":"1.000001","code":"1.000001",
"name":{"vi":"Thủ tục thử","en":"Test procedure"},"field":"thu_nghiem",
"authorities":[{"level":"commune","agency":{"vi":"UBND cấp xã"},
"basis":{"source":"test","confidence":"unverified"}}],"applicant_types":["citizen"],
"variants":[{"id":"v1","name":{"vi":"Chung"},"time_limit":{"working_days":3},
"time_limit_basis":{"source":"test","confidence":"unverified"},
"steps":[{"code":"b1","name":{"vi":"Thẩm định"},"budget":{"working_days":2}}]}],
"result":{"name":{"vi":"Kết quả"}}}]}"#;

#[test]
fn a_catalogue_handle_forms_and_identifiers() {
    let json = Doc::new(CATALOGUE);
    let code = Doc::new("1.000001");
    let filter = Doc::new(r#"{"field": "thu_nghiem"}"#);
    let spec = Doc::new(
        r#"{"id": "x", "fields": [{"name": "cccd", "type": "text", "format": "cccd", "required": true}]}"#,
    );
    let values = Doc::new(r#"{"cccd": "00109901234"}"#);
    let cccd = Doc::new("001099012345");
    // SAFETY: as in the tests above: live handles, exact-length buffers, writable locals.
    unsafe {
        let mut cat = ptr::null_mut();
        assert_eq!(
            motcua_catalogue_from_json(json.ptr(), json.len(), &mut cat),
            MOTCUA_STATUS_OK
        );
        let mut s = ptr::null_mut();
        assert_eq!(
            motcua_catalogue_procedure_json(cat, code.ptr(), code.len(), &mut s),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).contains("Thủ tục thử"));
        assert_eq!(
            motcua_catalogue_query_json(cat, filter.ptr(), filter.len(), &mut s),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).contains(r#""code":"1.000001""#));
        assert_eq!(motcua_catalogue_stats_json(cat, &mut s), MOTCUA_STATUS_OK);
        assert!(take(s).contains(r#""version":"t1""#));
        assert_eq!(
            motcua_catalogue_form_spec_json(cat, code.ptr(), code.len(), &mut s),
            MOTCUA_STATUS_OK
        );
        assert_eq!(take(s), "null");
        let mut none: *mut c_char = sentinel();
        assert_eq!(
            motcua_catalogue_form_validate_json(
                cat,
                code.ptr(),
                code.len(),
                values.ptr(),
                values.len(),
                &mut none
            ),
            MOTCUA_STATUS_PROCEDURE_QUERY_INVALID
        );
        assert_eq!(none, sentinel());
        assert_eq!(
            motcua_catalogue_problems_json(json.ptr(), json.len(), &mut s),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).contains(r#""valid":true"#));
        motcua_catalogue_free(cat);
        motcua_catalogue_free(ptr::null_mut());

        // Every violation is reported, in both languages.
        assert_eq!(
            motcua_form_validate_json(spec.ptr(), spec.len(), values.ptr(), values.len(), &mut s),
            MOTCUA_STATUS_OK
        );
        let report = take(s);
        assert!(report.contains(r#""valid":false"#), "{report}");
        assert!(report.contains(r#""code":4111"#), "{report}");
        assert!(report.contains(r#""message_en":"#), "{report}");

        assert_eq!(
            motcua_validate_cccd(cccd.ptr(), cccd.len(), &mut s),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).contains(r#""birth_year":1999"#));
        assert_eq!(
            motcua_validate_cccd(cccd.ptr(), cccd.len() - 1, &mut none),
            MOTCUA_STATUS_FORM_CCCD_FORMAT
        );
        assert_eq!(none, sentinel());
    }
}

fn a_dossier_log_through_two_out_parameters(cal: *mut motcua_calendar) {
    let id = Doc::new("hs-1");
    let context = Doc::new(
        r#"{"procedure":"1.001193","field":"ho_tich","time_limit":{"working_days":3},
           "required_documents":["tp1"],"receiving_agency":"000.00.01.H40",
           "resolving_agency":"000.00.01.H40"}"#,
    );
    let create = Doc::new(
        r#"{"at":"2026-03-02T08:00:00","actor":{"id":"cb01","role":"desk_officer",
           "agency":"000.00.01.H40"},"command":{"type":"create","channel":"desk",
           "applicant":{"id":"001099012345","name":"Nguyễn Văn A"}}}"#,
    );
    let params = Doc::new(r#"{"from":"2026-03-01","to":"2026-03-31"}"#);
    // SAFETY: as in the tests above: live handles, exact-length buffers, writable locals.
    unsafe {
        let mut log = ptr::null_mut();
        assert_eq!(
            motcua_dossier_new_json(id.ptr(), id.len(), &mut log),
            MOTCUA_STATUS_OK
        );
        let log = Doc::new(&take(log));
        let (mut new_log, mut event) = (ptr::null_mut(), ptr::null_mut());
        assert_eq!(
            motcua_dossier_apply_json(
                cal,
                context.ptr(),
                context.len(),
                log.ptr(),
                log.len(),
                create.ptr(),
                create.len(),
                &mut new_log,
                &mut event
            ),
            MOTCUA_STATUS_OK
        );
        assert!(take(event).contains(r#""type":"created""#));
        let created = Doc::new(&take(new_log));

        // The same command on the new log is refused (a dossier is created once): neither
        // out-parameter is written.
        let (mut l2, mut e2): (*mut c_char, *mut c_char) = (sentinel(), sentinel());
        assert_eq!(
            motcua_dossier_apply_json(
                cal,
                context.ptr(),
                context.len(),
                created.ptr(),
                created.len(),
                create.ptr(),
                create.len(),
                &mut l2,
                &mut e2
            ),
            MOTCUA_STATUS_DOSSIER_INVALID_TRANSITION
        );
        assert_eq!((l2, e2), (sentinel(), sentinel()));

        let mut s = ptr::null_mut();
        assert_eq!(
            motcua_dossier_state_json(cal, created.ptr(), created.len(), ptr::null(), 0, &mut s),
            MOTCUA_STATUS_OK
        );
        let view = take(s);
        assert!(view.contains(r#""status":"draft""#), "{view}");
        assert_eq!(
            motcua_dossier_verify_json(created.ptr(), created.len(), &mut s),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).contains(r#""valid":true"#));
        let input = Doc::new(&format!(
            r#"{{"logs": [{}]}}"#,
            std::str::from_utf8(&created.0).unwrap()
        ));
        assert_eq!(
            motcua_report_bieu06_json(
                cal,
                input.ptr(),
                input.len(),
                params.ptr(),
                params.len(),
                &mut s
            ),
            MOTCUA_STATUS_OK
        );
        assert!(take(s).contains(r#""bieu06""#));
    }
}

#[test]
fn messages_names_and_version() {
    let mut buf = [0 as c_char; 8];
    let mut len = 0usize;
    // SAFETY: `buf` has `buf.len()` writable bytes; `len` is a writable local; the names and
    // the version are static NUL-terminated strings.
    unsafe {
        assert_eq!(
            motcua_status_message(1101, MOTCUA_LANG_EN, buf.as_mut_ptr(), buf.len(), &mut len),
            MOTCUA_STATUS_BUFFER_TOO_SMALL
        );
        assert_eq!(buf, [0; 8]);
        let mut big = vec![0 as c_char; len + 1];
        assert_eq!(
            motcua_status_message(1101, MOTCUA_LANG_EN, big.as_mut_ptr(), big.len(), &mut len),
            MOTCUA_STATUS_OK
        );
        let text = CStr::from_ptr(big.as_ptr()).to_str().unwrap();
        assert_eq!(text.len(), len);
        assert!(text.contains("range"), "{text}");
        assert_eq!(
            CStr::from_ptr(motcua_status_name(9002)).to_str().unwrap(),
            "binding.invalid_utf8"
        );
        assert_eq!(
            CStr::from_ptr(motcua_version()).to_str().unwrap(),
            env!("CARGO_PKG_VERSION")
        );
    }
}
