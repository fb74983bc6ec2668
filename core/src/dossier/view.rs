//! The dossier as a serialised log, the way the C ABI and the WASM package handle it: apply a
//! command to a log and get the new log and the event; what a log says as of an instant
//! ([`DossierView`]); verify a log without a calendar ([`VerifyReport`]); what a command
//! would do, or why it is rejected ([`CheckReport`]); replay a list of events into a log. Defined once here so every surface answers alike.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::hash::verify_chain;
use super::log::{check_bytes, read_log};
use super::{
    Command, Dossier, DossierContext, DossierError, DossierState, Event, Status, StatusMapping,
    SyncRecord, Tamper,
};
use crate::calendar::WorkCalendar;
use crate::deadline::{Assessment, ClockStatus, parse_instant};
use crate::limits::InputLimits;
use crate::report::DossierSummary;
use crate::{Error, Lang};

/// Options of [`Dossier::view`] as JSON: `{"as_of"?: "YYYY-MM-DDTHH:MM[:SS]",
/// "status_mapping"?: {"withdrawn": 8, …}}` (unknown keys refused).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ViewOptions {
    /// The instant of the clock's status and timeliness; absent: the last event's.
    pub as_of: Option<String>,
    /// Overrides of the default national-portal status mapping ([`StatusMapping`]).
    pub status_mapping: Option<BTreeMap<Status, Option<u8>>>,
}

impl ViewOptions {
    /// Parses options (malformed JSON, an unknown key or state, a malformed instant: 5006; a
    /// portal code outside 1–10: 5010).
    ///
    /// ```
    /// use motcua::dossier::ViewOptions;
    /// assert!(ViewOptions::from_json(r#"{"as_of": "2026-03-02T09:00"}"#).is_ok());
    /// assert_eq!(ViewOptions::from_json(r#"{"as_of": "yesterday"}"#).unwrap_err().code(), 5006);
    /// assert_eq!(ViewOptions::from_json(r#"{"status_mapping": {"withdrawn": 11}}"#).unwrap_err().code(), 5010);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<ViewOptions, Error> {
        check_bytes("view options", json, InputLimits::default().document_bytes)?;
        // serde reads a struct from an array too: only an object is accepted.
        if !json.trim_start().starts_with('{') {
            return Err(DossierError::parse("view options", "expected a JSON object").into());
        }
        let o: ViewOptions =
            serde_json::from_str(json).map_err(|e| DossierError::parse("view options", e))?;
        o.as_of()?;
        o.mapping()?;
        Ok(o)
    }

    fn as_of(&self) -> Result<Option<NaiveDateTime>, Error> {
        self.as_of
            .as_deref()
            .map(|s| {
                parse_instant(s).ok_or_else(|| {
                    DossierError::parse(
                        "view options",
                        format!("as_of {s:?} is not an instant YYYY-MM-DDTHH:MM[:SS]"),
                    )
                    .into()
                })
            })
            .transpose()
    }

    fn mapping(&self) -> Result<StatusMapping, Error> {
        let mut m = StatusMapping::default();
        for (s, c) in self.status_mapping.iter().flatten() {
            m.set(*s, *c)?;
        }
        Ok(m)
    }
}

/// What a dossier's log says as of an instant: its state, the national-portal status, the
/// clock (deadlines, steps, supplements) and the timeliness once received, the report
/// summary and the portal sync record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DossierView<'a> {
    /// The dossier's identifier.
    pub dossier: &'a str,
    /// Events in the log.
    pub length: usize,
    /// Hash of the last event.
    pub head: &'a str,
    /// The instant of `clock` and `timeliness` (absent for an empty log).
    pub as_of: Option<NaiveDateTime>,
    /// The state (fold of the events).
    pub state: &'a DossierState,
    /// The state's Vietnamese label ("đang xử lý"…).
    pub status_label: &'static str,
    /// The national-portal status code (1–10), `None` when not synced (a draft).
    pub portal_status: Option<u8>,
    /// The clock's status as of `as_of`, from receipt on.
    pub clock: Option<ClockStatus>,
    /// Timeliness as of `as_of`, from receipt on.
    pub timeliness: Option<Assessment>,
    /// What the reports read of the dossier (from creation on).
    pub summary: Option<DossierSummary>,
    /// The national-portal sync record (from receipt on, when the dossier has a code).
    pub sync: Option<SyncRecord>,
}

/// The first problem [`Dossier::verify_json`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LogProblem {
    /// 5008 (tampered) or 5007 (the events belong to another dossier).
    pub code: u32,
    /// Machine-readable name of the code.
    pub name: &'static str,
    /// Position (0-based) of the first bad event.
    pub index: usize,
    /// What was done to it (absent for 5007).
    pub tamper: Option<Tamper>,
    /// Message in Vietnamese.
    pub message: String,
    /// Message in English.
    pub message_en: String,
}

/// The result of [`Dossier::verify_json`]: a broken chain is a finding, not an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// The chain holds, and the log ends with its declared length and head.
    pub valid: bool,
    /// The dossier the log declares.
    pub dossier: String,
    /// The events it holds.
    pub length: usize,
    /// The head hash it declares.
    pub head: String,
    /// The first bad event, when not valid.
    pub problem: Option<LogProblem>,
}

/// Why a command was refused ([`Dossier::check_json`]): the rule, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejection {
    /// 5001 not allowed in this state, 5002 wrong role, 5003 wrong agency, 5004 a legal
    /// guard, 5005 a timestamp before the last event, 5010 an invalid context.
    pub code: u32,
    /// Machine-readable name of the code, e.g. `"dossier.guard"`.
    pub name: &'static str,
    /// For 5004: the guard ([`super::Guard::name`]), e.g. `"complete_checklist"`.
    pub guard: Option<&'static str>,
    /// For 5004: the guard's legal basis ([`super::Guard::source`]).
    pub legal_basis: Option<&'static str>,
    /// Message in Vietnamese, with the details (which document, which date…).
    pub message: String,
    /// Message in English.
    pub message_en: String,
}

impl Rejection {
    /// The rejection an error of [`Dossier::apply`] stands for, or `None` when the error is
    /// not a rule's rejection of a well-formed command (a calendar range, a limit…).
    pub fn of(e: &Error) -> Option<Rejection> {
        if !matches!(e.code(), 5001..=5005 | 5010) {
            return None;
        }
        let guard = match e {
            Error::Dossier(d) => d.guard(),
            _ => None,
        };
        Some(Rejection {
            code: e.code(),
            name: e.name(),
            guard: guard.map(|g| g.name()),
            legal_basis: guard.map(|g| g.source()),
            message: e.message(Lang::Vi),
            message_en: e.message(Lang::En),
        })
    }
}

/// The result of [`Dossier::check_json`]: what a command would do to a dossier, without
/// doing it. A rejection is a finding, not an error.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    /// The command would be accepted.
    pub allowed: bool,
    /// The dossier's status now.
    pub status: Status,
    /// Its status after the command, when allowed.
    pub next_status: Option<Status>,
    /// The event the command would append, when allowed (nothing is appended).
    pub event: Option<Event>,
    /// Why not, when refused.
    pub rejection: Option<Rejection>,
}

/// A command parsed from JSON, with `context` (a [`DossierContext`] as JSON) put into a
/// `create` command that has none of its own. Another command ignores `context`; a `create`
/// that has its own is 5006, as is a malformed context.
fn command_with_context(command: &str, context: Option<&str>) -> Result<Command, Error> {
    let Some(context) = context else {
        return Command::from_json(command);
    };
    let limits = InputLimits::default();
    check_bytes("command", command, limits.command_bytes)?;
    check_bytes("dossier context", context, limits.command_bytes)?;
    let mut v: serde_json::Value =
        serde_json::from_str(command).map_err(|e| DossierError::parse("command JSON", e))?;
    if let Some(kind) = v.get_mut("command").and_then(|c| c.as_object_mut()) {
        if kind.get("type").and_then(|t| t.as_str()) == Some("create") {
            if kind.contains_key("context") {
                return Err(DossierError::parse(
                    "command",
                    "a create command with its own context, and a context argument",
                )
                .into());
            }
            let ctx: DossierContext = serde_json::from_str(context)
                .map_err(|e| DossierError::parse("dossier context", e))?;
            let ctx =
                serde_json::to_value(ctx).map_err(|e| DossierError::parse("dossier context", e))?;
            kind.insert("context".into(), ctx);
        }
    }
    Command::from_json(&v.to_string())
}

impl Dossier {
    /// Applies a command (JSON) to a serialised log and returns the new log and the new
    /// event, both as JSON. `context` (a [`DossierContext`] JSON) is recorded by a `create`
    /// command that carries none of its own and ignored by other commands (so a caller may
    /// pass the procedure's context with every command). The input log is read with
    /// [`Dossier::from_json`] (chain and transitions checked); a rejected command is its
    /// error, and nothing is produced.
    ///
    /// ```
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::dossier::{Dossier, ViewOptions};
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let ctx = r#"{"procedure": "2.000815", "field": "chung_thuc", "time_limit": {"working_days": 2},
    ///   "required_documents": ["ban_chinh"], "receiving_agency": "000.00.01.H40",
    ///   "resolving_agency": "000.00.01.H40"}"#;
    /// let desk = r#"{"id": "cb01", "role": "desk_officer", "agency": "000.00.01.H40"}"#;
    /// let cmd = |at: &str, c: &str| format!(r#"{{"at": "{at}", "actor": {desk}, "command": {c}}}"#);
    /// let log = Dossier::new("hs-1").to_json();
    /// let (log, _) = Dossier::apply_json(&log, &cmd("2026-03-02T08:00:00",
    ///     r#"{"type": "create", "channel": "desk", "applicant": {"id": "001099012345", "name": "Nguyễn Văn A"}}"#),
    ///     Some(ctx), &cal)?;
    /// let (log, _) = Dossier::apply_json(&log, &cmd("2026-03-02T08:05:00",
    ///     r#"{"type": "submit", "documents": ["ban_chinh"]}"#), Some(ctx), &cal)?;
    /// let (log, event) = Dossier::apply_json(&log, &cmd("2026-03-02T08:10:00",
    ///     r#"{"type": "accept", "code": "000.00.01.H40-260302-0001"}"#), Some(ctx), &cal)?;
    /// assert!(event.contains(r#""type":"accepted""#));
    /// // A rejected command is an error; the caller's log stays as it was.
    /// let wrong = cmd("2026-03-02T09:00:00", r#"{"type": "approve", "result": {"number": "1", "name": "Bản sao"}}"#);
    /// assert_eq!(Dossier::apply_json(&log, &wrong, None, &cal).unwrap_err().code(), 5001);
    /// // What the log says, as of its last event.
    /// let d = Dossier::from_json(&log, &cal)?;
    /// let v = d.view(&ViewOptions::default(), &cal)?;
    /// assert_eq!((v.state.status.as_str(), v.portal_status), ("received", Some(2)));
    /// assert_eq!(v.clock.unwrap().current.legal_due_date.to_string(), "2026-03-04");
    /// // An edited log is a finding of verify_json, naming the event.
    /// let edited = log.replace("Nguyễn Văn A", "Nguyễn Văn B");
    /// let r = Dossier::verify_json(&edited)?;
    /// assert!(!r.valid);
    /// assert_eq!(r.problem.map(|p| (p.code, p.index)), Some((5008, 0)));
    /// assert!(Dossier::verify_json(&log)?.valid);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn apply_json(
        log: &str,
        command: &str,
        context: Option<&str>,
        cal: &WorkCalendar,
    ) -> Result<(String, String), Error> {
        let mut d = Dossier::from_json(log, cal)?;
        let cmd = command_with_context(command, context)?;
        let event = d.apply(&cmd, cal)?;
        let event = serde_json::to_string(event)
            .map_err(|e| DossierError::parse("event", e.to_string()))?;
        Ok((d.to_json(), event))
    }

    /// What [`Dossier::apply_json`] would do, without doing it: whether the command is
    /// allowed now, the event it would append and the status it would lead to, or the rule
    /// that refuses it ([`Rejection`]: code, guard, legal basis, the detailed message in
    /// Vietnamese and English). For a portal that greys out what an officer may not do, and
    /// for the C ABI, whose statuses carry only a code: the same inputs give the reason.
    /// A malformed log, command or context, or a command outside the calendar, is an error,
    /// as for `apply_json`.
    ///
    /// ```
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::dossier::Dossier;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let ctx = r#"{"procedure": "2.000815", "field": "chung_thuc", "time_limit": {"working_days": 2},
    ///   "required_documents": ["ban_chinh", "to_khai"], "receiving_agency": "000.00.01.H40",
    ///   "resolving_agency": "000.00.01.H40"}"#;
    /// let desk = r#"{"id": "cb01", "role": "desk_officer", "agency": "000.00.01.H40"}"#;
    /// let cmd = |at: &str, c: &str| format!(r#"{{"at": "{at}", "actor": {desk}, "command": {c}}}"#);
    /// let log = Dossier::new("hs-1").to_json();
    /// let (log, _) = Dossier::apply_json(&log, &cmd("2026-03-02T08:00:00",
    ///     r#"{"type": "create", "channel": "desk", "applicant": {"id": "001099012345", "name": "Nguyễn Văn A"}}"#),
    ///     Some(ctx), &cal)?;
    /// let (log, _) = Dossier::apply_json(&log, &cmd("2026-03-02T08:05:00",
    ///     r#"{"type": "submit", "documents": ["ban_chinh"]}"#), None, &cal)?;
    /// // Accepting without the declaration: refused by the complete-checklist guard.
    /// let accept = cmd("2026-03-02T08:10:00", r#"{"type": "accept", "code": "000.00.01.H40-260302-0001"}"#);
    /// let r = Dossier::check_json(&log, &accept, None, &cal)?;
    /// assert!(!r.allowed);
    /// let rejection = r.rejection.unwrap();
    /// assert_eq!((rejection.code, rejection.guard), (5004, Some("complete_checklist")));
    /// assert!(rejection.message_en.contains("to_khai"), "{}", rejection.message_en);
    /// // Asking for the missing document instead is allowed; the log is unchanged.
    /// let ask = cmd("2026-03-02T08:10:00",
    ///     r#"{"type": "request_supplement_at_desk", "missing": ["to_khai"], "reason": "Thiếu tờ khai"}"#);
    /// let r = Dossier::check_json(&log, &ask, None, &cal)?;
    /// assert!(r.allowed && r.event.is_some());
    /// assert_eq!(r.next_status.map(|s| s.as_str()), Some("supplement_requested_at_desk"));
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn check_json(
        log: &str,
        command: &str,
        context: Option<&str>,
        cal: &WorkCalendar,
    ) -> Result<CheckReport, Error> {
        let mut d = Dossier::from_json(log, cal)?;
        let cmd = command_with_context(command, context)?;
        let status = d.state().status;
        match d.apply(&cmd, cal) {
            Ok(event) => {
                let event = event.clone();
                Ok(CheckReport {
                    allowed: true,
                    status,
                    next_status: Some(d.state().status),
                    event: Some(event),
                    rejection: None,
                })
            }
            Err(e) => {
                let rejection = Rejection::of(&e).ok_or(e)?;
                Ok(CheckReport {
                    allowed: false,
                    status,
                    next_status: None,
                    event: None,
                    rejection: Some(rejection),
                })
            }
        }
    }

    /// What the dossier says as of an instant (default: its last event) under a status
    /// mapping. Errors of the clock: `as_of` before the receipt (2011) or outside the
    /// calendar (2003).
    pub fn view(
        &self,
        options: &ViewOptions,
        cal: &WorkCalendar,
    ) -> Result<DossierView<'_>, Error> {
        let st = self.state();
        let mapping = options.mapping()?;
        let as_of = options.as_of()?.or(st.last_at);
        let (clock, timeliness) = match (self.clock(), as_of) {
            (Some(c), Some(at)) => (Some(c.status(at, cal)?), Some(c.assess(at, cal)?)),
            _ => (None, None),
        };
        Ok(DossierView {
            dossier: self.id(),
            length: self.events().len(),
            head: self.head(),
            as_of,
            state: st,
            status_label: st.status.label_vi(),
            portal_status: self.portal_status(&mapping),
            clock,
            timeliness,
            summary: DossierSummary::of(self),
            sync: st.code.is_some().then(|| self.sync_record(&mapping)),
        })
    }

    /// Checks a serialised log's hash chain, declared length and head, without a calendar
    /// and without replaying it. A malformed log is an error (5006, 5011); a broken chain is
    /// the report's `problem`: the first bad event and what was done to it.
    pub fn verify_json(log: &str) -> Result<VerifyReport, Error> {
        let l = read_log(log)?;
        let problem = verify_chain(&l.dossier, &l.events, Some((l.length, &l.head)))
            .err()
            .map(|e| {
                let (index, tamper) = match e.tamper() {
                    Some((i, t)) => (i, Some(t)),
                    None => (0, None),
                };
                let e = Error::from(e);
                LogProblem {
                    code: e.code(),
                    name: e.name(),
                    index,
                    tamper,
                    message: e.message(Lang::Vi),
                    message_en: e.message(Lang::En),
                }
            });
        Ok(VerifyReport {
            valid: problem.is_none(),
            length: l.events.len(),
            dossier: l.dossier,
            head: l.head,
            problem,
        })
    }

    /// Rebuilds the log of dossier `id` from its events (a JSON array, e.g. rows kept one by
    /// one): the chain is checked (5008; another dossier's events 5007), then every
    /// transition ([`Dossier::replay`]). Returns the log as JSON.
    ///
    /// ```
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::dossier::Dossier;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// assert_eq!(Dossier::replay_json("hs-1", "[]", &cal)?, Dossier::new("hs-1").to_json());
    /// assert_eq!(Dossier::replay_json("hs-1", "[{", &cal).unwrap_err().code(), 5006);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn replay_json(id: &str, events: &str, cal: &WorkCalendar) -> Result<String, Error> {
        check_bytes("events", events, InputLimits::default().log_bytes)?;
        let events: Vec<Event> =
            serde_json::from_str(events).map_err(|e| DossierError::parse("events JSON", e))?;
        if events.len() > super::MAX_EVENTS {
            return Err(DossierError::TooLarge {
                what: "log",
                len: events.len(),
                unit: "events",
                max: super::MAX_EVENTS,
            }
            .into());
        }
        verify_chain(id, &events, None)?;
        Ok(Dossier::replay(id, events, cal)?.to_json())
    }
}
