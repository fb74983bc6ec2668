//! The dossier: its append-only, hash-chained log, the state folded from it, and its clock.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::command::{Command, CommandKind};
use super::event::{
    Apology, DueSnapshot, Event, EventKind, Finish, Handover, ReceiptSlip, Refusal, Stage,
    StopNotice, SupplementRequest,
};
use super::hash::{event_hash, verify_chain};
use super::machine::DossierState;
use super::types::Status;
use super::{DossierError, Guard};
use crate::Error;
use crate::calendar::WorkCalendar;
use crate::deadline::{
    ClockEvent, ClockStatus, DeadlineClock, DeadlineError, OnSupplement, compute_due,
};
use crate::limits::InputLimits;

/// The format name of a serialised log.
pub const LOG_FORMAT: &str = "motcua.dossier.v1";

/// Largest log accepted by [`Dossier::from_json`] (events; the default of
/// [`InputLimits::log_events`]).
pub const MAX_EVENTS: usize = 100_000;

/// A dossier: an append-only log of [`Event`]s chained by SHA-256, the [`DossierState`]
/// folded from it, and the [`DeadlineClock`] its transitions drive.
///
/// - [`Dossier::apply`] turns a [`Command`] into a new event, or a typed rejection that
///   changes nothing.
/// - [`Dossier::replay`] rebuilds a dossier from its events (checking every transition
///   again); [`Dossier::verify`] checks the hash chain and names the first bad event.
/// - [`Dossier::to_json`] / [`Dossier::from_json`]: the exchange format
///   `{"format": "motcua.dossier.v1", "dossier": id, "length": n, "head": hash, "events": […]}`.
///
/// ```
/// use chrono::NaiveDateTime;
/// use motcua::calendar::WorkCalendar;
/// use motcua::deadline::{Channel, TimeLimit};
/// use motcua::dossier::*;
///
/// let cal = WorkCalendar::vietnam_civil_service();
/// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
/// let agency = "000.00.01.H40";
/// let desk = Actor::new("cb01", Role::DeskOfficer, Some(agency));
/// let ctx = Box::new(DossierContext::new("2.000815", "chung_thuc", TimeLimit::WorkingDays(2), agency, agency)
///     .with_documents(["ban_chinh"]));
/// let applicant = Applicant { id: "001099012345".into(), name: "Nguyễn Văn A".into(), organisation: false };
/// let mut d = Dossier::new("hs-1");
/// d.apply(&Command::new(t("2026-03-02 08:00"), desk.clone(),
///     CommandKind::Create { context: ctx, channel: Channel::Desk, applicant }), &cal)?;
/// d.apply(&Command::new(t("2026-03-02 08:05"), desk.clone(),
///     CommandKind::Submit { documents: vec!["ban_chinh".into()] }), &cal)?;
/// let mut seq = CodeSequencer::new(agency)?;
/// let code = seq.next(t("2026-03-02 08:10").date())?;
/// let e = d.apply(&Command::new(t("2026-03-02 08:10"), desk.clone(), CommandKind::Accept { code }), &cal)?;
/// assert_eq!(e.event.name(), "accepted");
/// assert_eq!(d.state().status, Status::Received);
/// assert_eq!(d.state().due.unwrap().legal_due_date.to_string(), "2026-03-04");
/// // A command from the wrong role changes nothing.
/// let before = d.clone();
/// let err = d.apply(&Command::new(t("2026-03-02 09:00"), desk, CommandKind::Approve {
///     result: ResultDoc { number: "1".into(), name: "Bản sao".into(), electronic: false } }), &cal).unwrap_err();
/// assert_eq!(err.code(), 5001); // not allowed while received
/// assert_eq!(d, before);
/// d.verify()?;
/// let back = Dossier::from_json(&d.to_json(), &cal)?;
/// assert_eq!(back, d);
/// # Ok::<(), motcua::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Dossier {
    state: DossierState,
    clock: Option<DeadlineClock>,
    events: Vec<Event>,
}

#[derive(Serialize)]
struct LogOut<'a> {
    format: &'a str,
    dossier: &'a str,
    length: usize,
    head: &'a str,
    events: &'a [Event],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LogIn {
    format: String,
    pub(super) dossier: String,
    pub(super) length: usize,
    pub(super) head: String,
    pub(super) events: Vec<Event>,
}

/// Refuses a text over `max` bytes before it is parsed (5011).
pub(super) fn check_bytes(what: &'static str, text: &str, max: usize) -> Result<(), Error> {
    if text.len() > max {
        return Err(DossierError::TooLarge {
            what,
            len: text.len(),
            unit: "bytes",
            max,
        }
        .into());
    }
    Ok(())
}

/// Parses a serialised log under the default limits: size (5011, before parsing), JSON
/// (5006), format name (5006), events (5011). No chain check.
pub(super) fn read_log(json: &str) -> Result<LogIn, Error> {
    read_log_with_limits(json, &InputLimits::default())
}

/// [`read_log`] under `limits` (`log_bytes`, `log_events`).
fn read_log_with_limits(json: &str, limits: &InputLimits) -> Result<LogIn, Error> {
    check_bytes("log", json, limits.log_bytes)?;
    let log: LogIn =
        serde_json::from_str(json).map_err(|e| DossierError::parse("dossier log JSON", e))?;
    if log.format != LOG_FORMAT {
        return Err(DossierError::parse(
            "dossier log",
            format!("format {:?}, expected {LOG_FORMAT:?}", log.format),
        )
        .into());
    }
    if log.events.len() > limits.log_events {
        return Err(DossierError::TooLarge {
            what: "log",
            len: log.events.len(),
            unit: "events",
            max: limits.log_events,
        }
        .into());
    }
    Ok(log)
}

fn map_clock_error(command: &str, e: Error) -> Error {
    match e {
        Error::Deadline(DeadlineError::ExtensionNotAllowed { detail, detail_vi }) => {
            DossierError::guard_err(command, Guard::ApologyTiming, detail, detail_vi).into()
        }
        other => other,
    }
}

impl Dossier {
    /// An empty dossier (no event yet) with a caller-chosen identifier (a submission number,
    /// a UUID…); the dossier code is assigned at receipt.
    pub fn new(id: impl Into<String>) -> Dossier {
        let id = id.into();
        Dossier {
            state: DossierState::new(&id),
            clock: None,
            events: Vec::new(),
        }
    }

    /// The identifier.
    pub fn id(&self) -> &str {
        &self.state.id
    }

    /// The state (fold of the events).
    pub fn state(&self) -> &DossierState {
        &self.state
    }

    /// The events.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The clock (from receipt on).
    pub fn clock(&self) -> Option<&DeadlineClock> {
        self.clock.as_ref()
    }

    /// Hash of the last event (64 zeros when empty): persist it apart from the log to
    /// detect a truncated log.
    pub fn head(&self) -> &str {
        &self.state.head
    }

    /// The clock's status as of an instant (deadlines, steps, supplements). Errors: not
    /// received yet (2007), `as_of` before receipt (2011) or outside the calendar (2003).
    pub fn clock_status(
        &self,
        as_of: NaiveDateTime,
        cal: &WorkCalendar,
    ) -> Result<ClockStatus, Error> {
        match &self.clock {
            Some(c) => c.status(as_of, cal),
            None => Err(DossierError::InvalidTransition {
                command: "clock_status".into(),
                state: self.state.status.as_str().into(),
            }
            .into()),
        }
    }

    /// Applies a command: checks it (timestamp, state, role, agency, legal guards), drives
    /// the clock, appends the event and returns it. On any error nothing changes.
    pub fn apply(&mut self, cmd: &Command, cal: &WorkCalendar) -> Result<&Event, Error> {
        let at = cmd.at;
        let name = cmd.command.name();
        if let Some(prev) = self.state.last_at {
            if at < prev {
                return Err(DossierError::TimestampBackwards {
                    at: at.to_string(),
                    previous: prev.to_string(),
                }
                .into());
            }
        }
        // 1. The event, with what can be known before the clock moves.
        let mut kind = self.draft_event(cmd, cal)?;
        // 2. The rules every event must satisfy (shared with replay).
        self.state.validate(&cmd.actor, at, &kind, cal)?;
        // 3. The clock, on a copy.
        let mut clock = self.clock.clone();
        if let Some(ce) = self.state.clock_event(at, &kind) {
            let c = match (&mut clock, &ce) {
                (Some(c), _) => c,
                (None, ClockEvent::Received { .. }) => {
                    let ctx = self.context_or_err(name)?;
                    let mut policy = ctx.policy.clone();
                    policy.channel = self.state.channel;
                    clock.insert(DeadlineClock::new(ctx.time_limit, policy)?)
                }
                (None, _) => {
                    return Err(DossierError::InvalidTransition {
                        command: name.into(),
                        state: self.state.status.as_str().into(),
                    }
                    .into());
                }
            };
            c.apply(ce, cal).map_err(|e| map_clock_error(name, e))?;
            // 4. What the clock now says, recorded in the event.
            self.fill_from_clock(&mut kind, c, at, cal)?;
        }
        // 5. Append.
        let mut event = Event {
            seq: self.state.len,
            dossier: self.state.id.clone(),
            at,
            actor: cmd.actor.clone(),
            event: kind,
            prev: self.state.head.clone(),
            hash: String::new(),
        };
        event.hash = event_hash(&event);
        self.clock = clock;
        self.state.evolve(&event);
        self.events.push(event);
        self.events.last().ok_or_else(|| {
            DossierError::InvalidTransition {
                command: name.into(),
                state: "empty".into(),
            }
            .into()
        })
    }

    fn context_or_err(&self, name: &str) -> Result<&super::DossierContext, Error> {
        self.state.context.as_deref().ok_or_else(|| {
            DossierError::InvalidTransition {
                command: name.into(),
                state: "not_created".into(),
            }
            .into()
        })
    }

    /// Builds the event for a command; snapshots the clock fills later are placeholders.
    fn draft_event(&self, cmd: &Command, cal: &WorkCalendar) -> Result<EventKind, Error> {
        let at = cmd.at;
        let st = &self.state;
        let placeholder = DueSnapshot {
            legal_due_date: at.date(),
            appointment_at: at,
            index_appointment_at: at,
        };
        Ok(match &cmd.command {
            CommandKind::Create {
                context,
                channel,
                applicant,
            } => EventKind::Created {
                context: context.clone(),
                channel: *channel,
                applicant: applicant.clone(),
            },
            CommandKind::Submit { documents } => EventKind::Submitted {
                documents: documents.clone(),
            },
            CommandKind::RequestSupplementAtDesk { missing, reason } => {
                EventKind::SupplementRequestedAtDesk {
                    form: SupplementRequest {
                        stage: Stage::AtDesk,
                        missing: missing.clone(),
                        reason: reason.clone(),
                        within_notice: true,
                    },
                }
            }
            CommandKind::Resubmit { documents } => EventKind::Resubmitted {
                documents: documents.clone(),
            },
            CommandKind::RefuseAtReceipt { reason } => EventKind::RefusedAtReceipt {
                form: Refusal {
                    stage: Stage::AtDesk,
                    reason: reason.clone(),
                },
            },
            CommandKind::Accept { code } => {
                let ctx = self.context_or_err("accept")?;
                let mut policy = ctx.policy.clone();
                policy.channel = st.channel;
                let due = compute_due(at, &ctx.time_limit, cal, &policy)?;
                EventKind::Accepted {
                    form: ReceiptSlip {
                        code: code.clone(),
                        procedure: ctx.procedure.clone(),
                        applicant: st
                            .applicant
                            .as_ref()
                            .map(|a| a.name.clone())
                            .unwrap_or_default(),
                        documents: st.documents.clone(),
                        channel: st.channel,
                        counted_from: due.counted_from,
                        handed_over_at: due.handed_over_at,
                        due: placeholder,
                    },
                    handover: Handover {
                        from: ctx.receiving_agency.clone(),
                        to: ctx.resolving_agency.clone(),
                        due_at: due.handed_over_at,
                        on_time: None,
                    },
                }
            }
            CommandKind::Assign { officer } => EventKind::Assigned {
                officer: officer.clone(),
            },
            CommandKind::RequestSupplement { missing, reason } => {
                let within = match (st.context.as_deref(), st.count_start) {
                    (Some(ctx), Some(start)) => {
                        let n = i64::from(ctx.policy.supplement_notice_working_days);
                        at.date() <= cal.add_working_days(start.date(), n)?
                    }
                    _ => true,
                };
                EventKind::SupplementRequested {
                    form: SupplementRequest {
                        stage: Stage::Processing,
                        missing: missing.clone(),
                        reason: reason.clone(),
                        within_notice: within,
                    },
                }
            }
            CommandKind::Supplement { documents } => EventKind::Supplemented {
                documents: documents.clone(),
                due: placeholder,
            },
            CommandKind::Forward {
                agency,
                step,
                budget,
            } => EventKind::Forwarded {
                step: step.clone(),
                budget: *budget,
                handover: Handover {
                    from: self.context_or_err("forward")?.resolving_agency.clone(),
                    to: agency.clone(),
                    due_at: None,
                    on_time: None,
                },
            },
            CommandKind::ReplyFromAgency { step, opinion } => EventKind::AgencyReplied {
                step: step.clone(),
                opinion: opinion.clone(),
                handover: Handover {
                    from: st
                        .open_step
                        .as_ref()
                        .map(|s| s.agency.clone())
                        .unwrap_or_default(),
                    to: self
                        .context_or_err("reply_from_agency")?
                        .resolving_agency
                        .clone(),
                    due_at: None,
                    on_time: None,
                },
            },
            CommandKind::RequestPayment { amount } => {
                EventKind::PaymentRequested { amount: *amount }
            }
            CommandKind::Pay { amount, method } => EventKind::Paid {
                amount: *amount,
                method: *method,
                due: st.due.unwrap_or(placeholder),
            },
            CommandKind::Apologise {
                new_appointment,
                reason,
            } => {
                let previous = st.due.map(|d| d.appointment_at).unwrap_or(at);
                EventKind::Apologised {
                    form: Apology {
                        reason: reason.clone(),
                        previous_appointment: previous,
                        due: DueSnapshot {
                            legal_due_date: new_appointment.date(),
                            appointment_at: *new_appointment,
                            index_appointment_at: *new_appointment,
                        },
                    },
                }
            }
            CommandKind::Approve { result } => {
                let ctx = self.context_or_err("approve")?;
                EventKind::Approved {
                    result: result.clone(),
                    handover: Handover {
                        from: ctx.resolving_agency.clone(),
                        to: ctx.receiving_agency.clone(),
                        due_at: None,
                        on_time: None,
                    },
                    finish: placeholder_finish(),
                }
            }
            CommandKind::Deny { reason } => EventKind::Denied {
                form: Refusal {
                    stage: Stage::Processing,
                    reason: reason.clone(),
                },
                finish: placeholder_finish(),
            },
            CommandKind::Stop { reason } => EventKind::Stopped {
                notice: StopNotice {
                    reason: reason.clone(),
                    at_applicant_request: false,
                },
            },
            CommandKind::ReturnResult { online } => EventKind::ResultReturned { online: *online },
            CommandKind::SendByPost { tracking } => EventKind::Posted {
                tracking: tracking.clone(),
            },
            CommandKind::ConfirmDelivery => EventKind::Delivered,
            CommandKind::RequestWithdrawal { reason } => EventKind::WithdrawalRequested {
                reason: reason.clone(),
                previous: st.status,
            },
            CommandKind::ApproveWithdrawal => EventKind::Withdrawn {
                notice: StopNotice {
                    reason: "rút hồ sơ theo yêu cầu".into(),
                    at_applicant_request: true,
                },
            },
            CommandKind::RejectWithdrawal { reason } => EventKind::WithdrawalRejected {
                reason: reason.clone(),
            },
        })
    }

    /// Records in the event what the clock says after it moved.
    fn fill_from_clock(
        &self,
        kind: &mut EventKind,
        clock: &DeadlineClock,
        at: NaiveDateTime,
        cal: &WorkCalendar,
    ) -> Result<(), Error> {
        let snapshot = |s: &ClockStatus| {
            let index = if clock.policy().on_supplement == OnSupplement::PauseAndResume {
                &s.current
            } else {
                &s.alternative
            };
            DueSnapshot {
                legal_due_date: s.current.legal_due_date,
                appointment_at: s.current.appointment_at,
                index_appointment_at: index.appointment_at,
            }
        };
        match kind {
            EventKind::Accepted { form, .. } => {
                form.due = snapshot(&clock.status(at, cal)?);
            }
            EventKind::Supplemented { due, .. } | EventKind::Paid { due, .. } => {
                *due = snapshot(&clock.status(at, cal)?);
            }
            EventKind::Apologised { form } => form.due = snapshot(&clock.status(at, cal)?),
            EventKind::Forwarded { step, handover, .. } => {
                let s = clock.status(at, cal)?;
                handover.due_at = s
                    .steps
                    .iter()
                    .rev()
                    .find(|x| &x.step == step)
                    .map(|x| x.due_at);
            }
            EventKind::AgencyReplied { step, handover, .. } => {
                let s = clock.status(at, cal)?;
                if let Some(x) = s.steps.iter().rev().find(|x| &x.step == step) {
                    handover.due_at = Some(x.due_at);
                    handover.on_time = Some(!x.overdue);
                }
            }
            EventKind::Approved {
                handover, finish, ..
            } => {
                let a = clock.assess(at, cal)?;
                *finish = Finish {
                    against_current: a.against_current,
                    against_original: a.against_original,
                    index_view: a.index_view,
                };
                handover.due_at = self.state.due.map(|d| d.appointment_at);
                handover.on_time = Some(!a.against_current.is_late());
            }
            EventKind::Denied { finish, .. } => {
                let a = clock.assess(at, cal)?;
                *finish = Finish {
                    against_current: a.against_current,
                    against_original: a.against_original,
                    index_view: a.index_view,
                };
            }
            _ => {}
        }
        Ok(())
    }

    /// Rebuilds a dossier from its events, checking every transition again (state, role,
    /// agency, guards, timestamps, the clock's own rules). Does **not** check the hashes:
    /// see [`Dossier::verify`] and [`Dossier::from_json`].
    pub fn replay(
        id: impl Into<String>,
        events: Vec<Event>,
        cal: &WorkCalendar,
    ) -> Result<Dossier, Error> {
        let id = id.into();
        let mut state = DossierState::new(&id);
        let mut clock_events = Vec::with_capacity(events.len());
        for (i, e) in events.iter().enumerate() {
            if e.dossier != id {
                return Err(DossierError::ForeignLog {
                    expected: id,
                    found: e.dossier.clone(),
                }
                .into());
            }
            if e.seq != i as u64 {
                return Err(DossierError::Tampered {
                    index: i,
                    tamper: if e.seq > i as u64 {
                        super::Tamper::Removed
                    } else {
                        super::Tamper::Inserted
                    },
                    detail: format!("event #{i} carries sequence number {}", e.seq),
                }
                .into());
            }
            state.validate(&e.actor, e.at, &e.event, cal)?;
            if let Some(ce) = state.clock_event(e.at, &e.event) {
                clock_events.push(ce);
            }
            state.evolve(e);
        }
        let clock = match (&state.context, state.received_at) {
            (Some(ctx), Some(_)) => {
                let mut policy = ctx.policy.clone();
                policy.channel = state.channel;
                Some(
                    DeadlineClock::replay(ctx.time_limit, policy, clock_events, cal)
                        .map_err(|e| map_clock_error("replay", e))?,
                )
            }
            _ => None,
        };
        Ok(Dossier {
            state,
            clock,
            events,
        })
    }

    /// Checks the hash chain: each event's hash is that of its content, each links to the
    /// one before, sequence numbers follow. Errors name the first bad event and the kind of
    /// tampering ([`DossierError::Tampered`], 5008). A log cut at its end passes: compare
    /// [`Dossier::head`] with a head kept elsewhere ([`Dossier::verify_head`]).
    pub fn verify(&self) -> Result<(), Error> {
        verify_chain(&self.state.id, &self.events, None).map_err(Into::into)
    }

    /// [`Dossier::verify`], and the log ends with `head` after `length` events.
    pub fn verify_head(&self, length: usize, head: &str) -> Result<(), Error> {
        verify_chain(&self.state.id, &self.events, Some((length, head))).map_err(Into::into)
    }

    /// Checks the chain of a list of events of dossier `id` (see [`Dossier::verify`]).
    pub fn verify_events(id: &str, events: &[Event]) -> Result<(), Error> {
        verify_chain(id, events, None).map_err(Into::into)
    }

    /// The log as JSON (see the type's docs).
    pub fn to_json(&self) -> String {
        let out = LogOut {
            format: LOG_FORMAT,
            dossier: &self.state.id,
            length: self.events.len(),
            head: &self.state.head,
            events: &self.events,
        };
        serde_json::to_string(&out).unwrap_or_default()
    }

    /// Reads a log: parses it (malformed or truncated JSON: 5006), checks the chain against
    /// the declared length and head (5008; another dossier's log: 5007), and replays it.
    pub fn from_json(json: &str, cal: &WorkCalendar) -> Result<Dossier, Error> {
        Dossier::from_json_with_limits(json, cal, &InputLimits::default())
    }

    /// [`Dossier::from_json`] under [`InputLimits::log_bytes`] (checked before parsing) and
    /// [`InputLimits::log_events`] (before the chain is checked); both 5011.
    ///
    /// ```
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::dossier::Dossier;
    /// use motcua::limits::InputLimits;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let log = Dossier::new("hs-1").to_json();
    /// let tight = InputLimits { log_bytes: 10, ..InputLimits::default() };
    /// let err = Dossier::from_json_with_limits(&log, &cal, &tight).unwrap_err();
    /// assert_eq!((err.code(), err.kind()), (5011, motcua::ErrorKind::LimitExceeded));
    /// assert!(Dossier::from_json_with_limits(&log, &cal, &InputLimits::default()).is_ok());
    /// ```
    pub fn from_json_with_limits(
        json: &str,
        cal: &WorkCalendar,
        limits: &InputLimits,
    ) -> Result<Dossier, Error> {
        let log = read_log_with_limits(json, limits)?;
        verify_chain(&log.dossier, &log.events, Some((log.length, &log.head)))?;
        Dossier::replay(log.dossier, log.events, cal)
    }

    /// [`Dossier::from_json`] for a log that must belong to dossier `expected`
    /// ([`DossierError::ForeignLog`], 5007, otherwise).
    pub fn from_json_for(expected: &str, json: &str, cal: &WorkCalendar) -> Result<Dossier, Error> {
        let d = Dossier::from_json(json, cal)?;
        if d.id() != expected {
            return Err(DossierError::ForeignLog {
                expected: expected.into(),
                found: d.id().into(),
            }
            .into());
        }
        Ok(d)
    }

    /// The status code on the national portal under `mapping` (`None`: not synced, e.g. a
    /// draft).
    pub fn portal_status(&self, mapping: &super::StatusMapping) -> Option<u8> {
        mapping.code(self.state.status)
    }
}

fn placeholder_finish() -> Finish {
    use crate::deadline::Timeliness;
    Finish {
        against_current: Timeliness::OnTime,
        against_original: Timeliness::OnTime,
        index_view: Timeliness::OnTime,
    }
}

impl Status {
    /// True in the states where the applicant is expected to act.
    pub fn waits_for_applicant(self) -> bool {
        matches!(
            self,
            Status::SupplementRequestedAtDesk
                | Status::SupplementRequested
                | Status::AwaitingPayment
        )
    }
}
