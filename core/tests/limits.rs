//! Hostile inputs at every surface: a ~10 MB document is refused with a typed error before it
//! is parsed, and attack-shaped documents under raised size limits (deep nesting, huge
//! arrays of tiny items) are refused by the other limits. No timing is asserted: each call
//! must simply return.

use chrono::NaiveDateTime;
use motcua::ErrorKind;
use motcua::calendar::{WorkCalendar, parse_announcements, parse_announcements_with_limits};
use motcua::deadline::{ClockEvent, DeadlineClock, DeadlinePolicy, TimeLimit};
use motcua::dossier::{Command, Dossier};
use motcua::form::{Form, FormLimits};
use motcua::limits::InputLimits;
use motcua::procedure::Catalogue;

const TEN_MB: usize = 10 * 1000 * 1000;

/// A 10 MB JSON text: an array of `item` repeated, wrapped in `prefix`/`suffix`.
fn big(prefix: &str, item: &str, suffix: &str) -> String {
    let mut s = String::with_capacity(TEN_MB + item.len() + prefix.len() + suffix.len() + 16);
    s.push_str(prefix);
    s.push_str(item);
    while s.len() < TEN_MB {
        s.push(',');
        s.push_str(item);
    }
    s.push_str(suffix);
    s
}

fn deep(n: usize) -> String {
    format!("{}{}", "[".repeat(n), "]".repeat(n))
}

fn raised() -> InputLimits {
    InputLimits {
        announcement_bytes: usize::MAX,
        catalogue_bytes: usize::MAX,
        log_bytes: usize::MAX,
        command_bytes: usize::MAX,
        deadline_bytes: usize::MAX,
        ..InputLimits::default()
    }
}

fn code_kind(r: Result<impl std::fmt::Debug, motcua::Error>) -> (u32, ErrorKind) {
    let e = r.expect_err("a hostile input must be refused");
    assert!(!e.message(motcua::Lang::Vi).is_empty() && !e.message(motcua::Lang::En).is_empty());
    (e.code(), e.kind())
}

const ANN: &str = r#"{"year": 2026, "source": {"document": "x"}, "days_off": []}"#;

#[test]
fn announcements() {
    let hostile = big("[", ANN, "]");
    assert!(hostile.len() >= TEN_MB);
    assert_eq!(
        code_kind(parse_announcements(&hostile)),
        (1106, ErrorKind::LimitExceeded)
    );
    let cal = WorkCalendar::vietnam_civil_service();
    assert_eq!(
        cal.with_announcements_json(&hostile).unwrap_err().code(),
        1106
    );
    // Past the size limit: the count limit, then the parser's depth limit.
    assert_eq!(
        code_kind(parse_announcements_with_limits(&hostile, &raised())),
        (1106, ErrorKind::LimitExceeded)
    );
    assert_eq!(
        code_kind(parse_announcements_with_limits(
            &deep(TEN_MB / 2),
            &raised()
        ))
        .0,
        1103
    );
    let many_dates = big(
        r#"{"year": 2026, "source": {"document": "x"}, "days_off": ["#,
        r#"{"date": "2026-08-31", "kind": "extra"}"#,
        "]}",
    );
    assert!(parse_announcements_with_limits(&many_dates, &raised()).is_err());
}

#[test]
fn catalogue() {
    let form = r#"{"id": "f", "fields": []}"#;
    let hostile = big(
        r#"{"version": "1", "procedures": [], "forms": ["#,
        form,
        "]}",
    );
    assert_eq!(
        code_kind(Catalogue::from_json(&hostile)),
        (3105, ErrorKind::LimitExceeded)
    );
    // Past the size limit: 400,000 forms are over the item limit (3104, naming the list).
    let e = Catalogue::from_json_with_limits(&hostile, &raised()).unwrap_err();
    assert_eq!(e.code(), 3104);
    assert!(e.to_string().contains("/forms"), "{e}");
    assert_eq!(
        code_kind(Catalogue::from_json_with_limits(
            &deep(TEN_MB / 2),
            &raised()
        ))
        .0,
        3103
    );
}

#[test]
fn forms() {
    let spec = big(
        r#"{"id": "x", "fields": ["#,
        r#"{"name": "a", "type": "text"}"#,
        "]}",
    );
    assert_eq!(
        code_kind(Form::from_json(&spec)),
        (4910, ErrorKind::LimitExceeded)
    );
    let unbounded = FormLimits {
        max_bytes: usize::MAX,
        ..FormLimits::default()
    };
    // 300,000 fields of one name: refused by the compiler (duplicates), not accepted.
    assert!(Form::from_json_with_limits(&spec, unbounded).is_err());
    let form =
        Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "text"}]}"#).unwrap();
    let doc = big(r#"{"a": ["#, r#""x""#, "]}");
    assert_eq!(code_kind(form.validate_json(&doc)).0, 4910);
    let form = Form::from_json_with_limits(
        r#"{"id": "x", "fields": [{"name": "a", "type": "text"}]}"#,
        unbounded,
    )
    .unwrap();
    assert_eq!(code_kind(form.validate_json(&doc)).0, 4912); // array length
    assert_eq!(code_kind(form.validate_json(&deep(TEN_MB / 2))).0, 4913); // depth
    let long = format!(r#"{{"a": "{}"}}"#, "x".repeat(TEN_MB));
    assert_eq!(code_kind(form.validate_json(&long)).0, 4911); // string length
}

#[test]
fn dossier_log_and_commands() {
    let cal = WorkCalendar::vietnam_civil_service();
    let event = r#"{"seq": 0, "at": "2026-03-02T08:00:00", "actor": {"id": "a", "role": "system"}, "event": {"type": "created"}}"#;
    let log = big(
        r#"{"format": "motcua.dossier.v1", "dossier": "hs", "length": 1, "head": "x", "events": ["#,
        event,
        "]}",
    );
    assert_eq!(
        code_kind(Dossier::from_json(&log, &cal)),
        (5011, ErrorKind::LimitExceeded)
    );
    // Past the size limit: a malformed event is a parse error (5006), and an oversized
    // count of well-formed ones is 5011; either way nothing is replayed.
    let e = Dossier::from_json_with_limits(&log, &cal, &raised()).unwrap_err();
    assert!(matches!(e.code(), 5006 | 5011), "{e}");
    assert_eq!(
        code_kind(Dossier::from_json_with_limits(
            &deep(TEN_MB / 2),
            &cal,
            &raised()
        ))
        .0,
        5006
    );
    let cmd = format!(
        r#"{{"at": "2026-03-02T09:00:00", "actor": {{"id": "a", "role": "applicant"}}, "command": {{"type": "stop", "reason": "{}"}}}}"#,
        "x".repeat(TEN_MB)
    );
    assert_eq!(
        code_kind(Command::from_json(&cmd)),
        (5011, ErrorKind::LimitExceeded)
    );
    assert!(Command::from_json_with_limits(&cmd, &raised()).is_ok());
}

#[test]
fn deadline_documents() {
    let events = big(
        "[",
        r#"{"type": "paused", "at": "2026-03-02T09:00:00"}"#,
        "]",
    );
    for r in [
        code_kind(ClockEvent::from_json(&events)),
        code_kind(TimeLimit::from_json(&events)),
        code_kind(DeadlinePolicy::from_json(&events)),
    ] {
        assert_eq!(r.0, 2012);
    }
    let e = ClockEvent::from_json_with_limits(&events, &raised()).unwrap_err();
    assert_eq!(e.code(), 2012);
    assert!(e.to_string().contains("limit of 100000"), "{e}");
    assert_eq!(
        code_kind(ClockEvent::from_json_with_limits(
            &deep(TEN_MB / 2),
            &raised()
        ))
        .0,
        2012
    );
}

#[test]
fn a_long_clock_replays_in_linear_time() {
    // 20,000 pause/resume events (the most a default log could hold of them is 100,000):
    // replay must not be quadratic. No time is asserted; a quadratic replay would hang.
    let cal = WorkCalendar::vietnam_civil_service();
    let t0 = NaiveDateTime::parse_from_str("2026-03-02 09:00", "%Y-%m-%d %H:%M").unwrap();
    let mut events = vec![ClockEvent::Received { at: t0 }];
    for i in 0..10_000i64 {
        let at = t0 + chrono::Duration::seconds(60 * (2 * i + 1));
        events.push(ClockEvent::Paused { at, reason: None });
        let at = t0 + chrono::Duration::seconds(60 * (2 * i + 2));
        events.push(ClockEvent::Resumed { at });
    }
    let clock = DeadlineClock::replay(
        TimeLimit::WorkingDays(5),
        DeadlinePolicy::default(),
        events,
        &cal,
    )
    .unwrap();
    assert!(clock.status(t0 + chrono::Duration::days(30), &cal).is_ok());
}

#[test]
fn json_entry_points_of_the_bindings() {
    // The whole-document entry points the C and JS bindings call.
    use motcua::dossier::{StatusMapping, ViewOptions};
    use motcua::procedure::{CatalogueQuery, ContextRequest};
    use motcua::report::{ReportInput, ReportParams};
    let cal = WorkCalendar::vietnam_civil_service();
    let junk = big("[", r#"{"a": 1}"#, "]");
    let object = big(r#"{"a": ["#, "1", "]}");
    assert_eq!(
        code_kind(Dossier::verify_json(&junk)),
        (5011, ErrorKind::LimitExceeded)
    );
    assert_eq!(code_kind(Dossier::replay_json("hs", &junk, &cal)).0, 5011);
    let log = Dossier::new("hs").to_json();
    assert_eq!(
        code_kind(Dossier::apply_json(&log, &object, None, &cal)).0,
        5011
    );
    assert_eq!(
        code_kind(Dossier::apply_json(&log, &object, Some("{}"), &cal)).0,
        5011
    );
    assert_eq!(
        code_kind(Dossier::apply_json(&log, "{}", Some(&object), &cal)).0,
        5011
    );
    assert_eq!(
        code_kind(Dossier::apply_json(&junk, "{}", None, &cal)).0,
        5011
    );
    assert_eq!(code_kind(ViewOptions::from_json(&object)).0, 5011);
    assert_eq!(code_kind(StatusMapping::from_json(&object)).0, 5011);
    assert_eq!(code_kind(ReportParams::from_json(&object)).0, 6002);
    assert_eq!(code_kind(ReportInput::from_json(&object)).0, 6002);
    assert_eq!(code_kind(Catalogue::check_json(&object)).0, 3105);
    assert_eq!(code_kind(CatalogueQuery::from_json(&object)).0, 3106);
    assert_eq!(code_kind(ContextRequest::from_json(&object)).0, 3106);
}
