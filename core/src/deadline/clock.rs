//! The clock of one dossier, driven by timestamped events.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::hours::{self, Clock};
use super::limit::{check_size, parse_error};
use super::timeliness::{Assessment, Timeliness, classify};
use super::{
    AppointmentTime, DeadlineError, DeadlinePolicy, Due, ExtensionNotice, OnSupplement,
    PauseMeasure, TimeLimit, check_in_range, compute_with, fmt_dt,
};
use crate::Error;
use crate::calendar::WorkCalendar;
use crate::limits::InputLimits;

crate::tagged::internally_tagged! {
    /// Something that happened to a dossier, with its timestamp (Vietnam local time).
    ///
    /// JSON (internally tagged): `{"type": "received", "at": "2026-03-09T10:00:00"}`,
    /// `{"type": "supplement_requested", "at": "…"}`, `{"type": "extended", "at": "…",
    /// "new_appointment": "…", "reason": "…"}`, `{"type": "step_started", "at": "…", "step":
    /// "appraisal", "budget": {"working_hours": 3}}`.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
    pub enum ClockEvent {
        /// The complete dossier is received (Form 01 issued). Must be the first event.
        Received {
            /// When.
            at: NaiveDateTime,
        },
        /// The authority asks the applicant to supplement the dossier (Form 02); the clock stops.
        SupplementRequested {
            /// When.
            at: NaiveDateTime,
            /// What is missing.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            reason: Option<String>,
        },
        /// The complete supplemented dossier is received; the clock restarts or resumes.
        SupplementFulfilled {
            /// When.
            at: NaiveDateTime,
        },
        /// Processing is suspended for another reason (e.g. sectoral law); the clock stops.
        Paused {
            /// When.
            at: NaiveDateTime,
            /// Why.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            reason: Option<String>,
        },
        /// Processing resumes after a pause; the due date moves by the time paused.
        Resumed {
            /// When.
            at: NaiveDateTime,
        },
        /// Apology and re-appointment (Form 04): a new appointment replaces the current one; the
        /// original is kept.
        Extended {
            /// When the apology was sent.
            at: NaiveDateTime,
            /// The new appointment.
            new_appointment: NaiveDateTime,
            /// The reason given.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            reason: Option<String>,
        },
        /// An (inter-agency) step starts with its budget in working time.
        StepStarted {
            /// When.
            at: NaiveDateTime,
            /// Step identifier (unique among running steps).
            step: String,
            /// Its budget: working days, working hours or fractional working days.
            budget: TimeLimit,
        },
        /// A step finishes.
        StepFinished {
            /// When.
            at: NaiveDateTime,
            /// Step identifier.
            step: String,
        },
        /// Processing is finished (result ready, status 9 on the national portal).
        Finished {
            /// When.
            at: NaiveDateTime,
        },
    }
}

impl ClockEvent {
    /// The timestamp.
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::deadline::ClockEvent;
    /// let at = NaiveDateTime::parse_from_str("2026-03-02 09:00", "%Y-%m-%d %H:%M").unwrap();
    /// assert_eq!(ClockEvent::Resumed { at }.at(), at);
    /// ```
    pub fn at(&self) -> NaiveDateTime {
        match self {
            ClockEvent::Received { at }
            | ClockEvent::SupplementRequested { at, .. }
            | ClockEvent::SupplementFulfilled { at }
            | ClockEvent::Paused { at, .. }
            | ClockEvent::Resumed { at }
            | ClockEvent::Extended { at, .. }
            | ClockEvent::StepStarted { at, .. }
            | ClockEvent::StepFinished { at, .. }
            | ClockEvent::Finished { at } => *at,
        }
    }

    /// The JSON `type` name.
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::deadline::ClockEvent;
    /// let at = NaiveDateTime::default();
    /// assert_eq!(ClockEvent::SupplementFulfilled { at }.name(), "supplement_fulfilled");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            ClockEvent::Received { .. } => "received",
            ClockEvent::SupplementRequested { .. } => "supplement_requested",
            ClockEvent::SupplementFulfilled { .. } => "supplement_fulfilled",
            ClockEvent::Paused { .. } => "paused",
            ClockEvent::Resumed { .. } => "resumed",
            ClockEvent::Extended { .. } => "extended",
            ClockEvent::StepStarted { .. } => "step_started",
            ClockEvent::StepFinished { .. } => "step_finished",
            ClockEvent::Finished { .. } => "finished",
        }
    }

    /// Parses events from JSON (one object or an array).
    ///
    /// ```
    /// use motcua::deadline::ClockEvent;
    /// let one = ClockEvent::from_json(r#"{"type": "finished", "at": "2026-03-02T09:00:00"}"#)?;
    /// assert_eq!(one[0].name(), "finished");
    /// assert_eq!(ClockEvent::from_json(r#"{"type": "finished"}"#).unwrap_err().code(), 2012);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Vec<ClockEvent>, Error> {
        ClockEvent::from_json_with_limits(json, &InputLimits::default())
    }

    /// [`ClockEvent::from_json`] under [`InputLimits::deadline_bytes`] (checked before
    /// parsing) and [`InputLimits::clock_events`]; both 2012, naming the limit.
    ///
    /// ```
    /// use motcua::deadline::ClockEvent;
    /// use motcua::limits::InputLimits;
    /// let two = r#"[{"type": "received", "at": "2026-03-02T09:00:00"},
    ///               {"type": "finished", "at": "2026-03-02T10:00:00"}]"#;
    /// let limits = InputLimits { clock_events: 1, ..InputLimits::default() };
    /// let err = ClockEvent::from_json_with_limits(two, &limits).unwrap_err();
    /// assert_eq!(err.code(), 2012);
    /// assert!(err.to_string().contains("limit of 1"));
    /// ```
    pub fn from_json_with_limits(
        json: &str,
        limits: &InputLimits,
    ) -> Result<Vec<ClockEvent>, Error> {
        check_size("event", json, limits)?;
        let v: serde_json::Value =
            serde_json::from_str(json).map_err(|e| parse_error("event", &e))?;
        if let Some(a) = v.as_array() {
            if a.len() > limits.clock_events {
                return Err(DeadlineError::Parse {
                    what: "event".into(),
                    detail: format!(
                        "{} events, more than the limit of {}",
                        a.len(),
                        limits.clock_events
                    ),
                }
                .into());
            }
            serde_json::from_value(v).map_err(|e| parse_error("event", &e))
        } else {
            serde_json::from_value(v)
                .map(|e| vec![e])
                .map_err(|e| parse_error("event", &e))
        }
    }
}

/// Where the dossier stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClockState {
    /// No event yet.
    NotReceived,
    /// The clock runs.
    Running,
    /// Waiting for the applicant's supplement; the clock is stopped.
    WaitingForApplicant,
    /// Paused; the clock is stopped.
    Paused,
    /// Processing finished.
    Finished,
}

impl ClockState {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            ClockState::NotReceived => ("not yet received", "chưa được tiếp nhận"),
            ClockState::Running => ("being processed", "đang được giải quyết"),
            ClockState::WaitingForApplicant => (
                "waiting for the applicant's supplement",
                "đang chờ bổ sung hồ sơ",
            ),
            ClockState::Paused => ("paused", "đang tạm dừng"),
            ClockState::Finished => ("finished", "đã giải quyết xong"),
        }
    }
}

/// A supplementation request and its fulfilment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SupplementRecord {
    /// When it was requested.
    pub requested_at: NaiveDateTime,
    /// When the complete dossier came back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_at: Option<NaiveDateTime>,
    /// Whether the request was sent within [`DeadlinePolicy::supplement_notice_working_days`]
    /// of the start of the count (Decree 61/2018 Art. 19(4): 3 working days).
    pub within_notice: bool,
    /// The applicant's deadline to supplement, when the policy sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_deadline: Option<NaiveDate>,
}

/// A re-appointment, with the appointment it replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ExtensionRecord {
    /// When the apology was sent.
    pub at: NaiveDateTime,
    /// The appointment in force before (chosen semantics).
    pub previous_appointment: NaiveDateTime,
    /// The new appointment.
    pub new_appointment: NaiveDateTime,
    /// The reason given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum WaitKind {
    Supplement,
    Pause,
}

/// A stop of the clock; `work`/`elapsed` are measured once, when it closes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Wait {
    kind: WaitKind,
    from: NaiveDateTime,
    to: Option<NaiveDateTime>,
    work: u64,
    elapsed: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StepRecord {
    step: String,
    budget: TimeLimit,
    budget_secs: u64,
    started_at: NaiveDateTime,
    finished_at: Option<NaiveDateTime>,
}

/// A due date under one supplementation semantics, as of an instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DueView {
    /// The semantics.
    pub semantics: OnSupplement,
    /// The legal due date.
    pub legal_due_date: NaiveDate,
    /// The appointment.
    pub appointment_at: NaiveDateTime,
    /// True when the clock is stopped as of the instant (waiting or paused): the due moves
    /// with time until it runs again (under restart semantics it is "if the complete dossier
    /// arrived now").
    pub stopped: bool,
    /// True when a re-appointment set it.
    pub extended: bool,
    /// True when the appointment had passed at the instant (or, once finished, at the finish).
    pub overdue: bool,
    /// Working seconds from the instant (or the finish) to the appointment; negative once
    /// past.
    pub remaining_working_seconds: i64,
    /// Working days from the instant's date to the legal due date (start excluded, end
    /// included); negative once past.
    pub remaining_working_days: i64,
}

/// One step's status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StepStatus {
    /// Step identifier.
    pub step: String,
    /// Its budget.
    pub budget: TimeLimit,
    /// Started at.
    pub started_at: NaiveDateTime,
    /// Finished at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<NaiveDateTime>,
    /// Its due instant: start + budget in working time, moved by the stops of the dossier
    /// while the step ran.
    pub due_at: NaiveDateTime,
    /// Finished after its due, or unfinished and past it.
    pub overdue: bool,
    /// Working seconds from the instant (or its finish) to its due; negative once past.
    pub remaining_working_seconds: i64,
}

/// The state of a dossier's clock as of an instant ([`DeadlineClock::status`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ClockStatus {
    /// The instant.
    pub as_of: NaiveDateTime,
    /// The state at that instant.
    pub state: ClockState,
    /// The due under the policy's semantics, after any extension.
    pub current: DueView,
    /// The due under the other semantics, after any extension.
    pub alternative: DueView,
    /// The due under the policy's semantics, ignoring the extension (the original
    /// appointment, moved only by supplementation and pauses).
    pub without_extension: DueView,
    /// The due computed at receipt.
    pub original: Due,
    /// Supplementation requests (their count is `supplements.len()`).
    pub supplements: Vec<SupplementRecord>,
    /// The re-appointment, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<ExtensionRecord>,
    /// The steps.
    pub steps: Vec<StepStatus>,
    /// When processing finished, if it had.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<NaiveDateTime>,
}

/// The clock of one dossier: the time limit and policy, the event log, and what was derived
/// from it when each event was applied (so queries do O(1) calendar work per event, without
/// walking the calendar).
///
/// Serialisable as it stands; [`DeadlineClock::replay`] rebuilds one from
/// `(limit, policy, events)`, the form to exchange.
///
/// ```
/// use chrono::NaiveDateTime;
/// use motcua::calendar::WorkCalendar;
/// use motcua::deadline::{ClockEvent, DeadlineClock, DeadlinePolicy, OnSupplement, TimeLimit};
/// let cal = WorkCalendar::vietnam_civil_service();
/// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
/// let mut clock = DeadlineClock::new(TimeLimit::WorkingDays(5), DeadlinePolicy::default())?;
/// clock.apply(ClockEvent::Received { at: t("2026-03-02 09:00") }, &cal)?;           // Mon
/// clock.apply(ClockEvent::SupplementRequested { at: t("2026-03-03 09:00"), reason: None }, &cal)?;
/// clock.apply(ClockEvent::SupplementFulfilled { at: t("2026-03-05 09:00") }, &cal)?; // Thu
/// let s = clock.status(t("2026-03-05 12:00"), &cal)?;
/// assert_eq!(s.current.semantics, OnSupplement::RestartFull);
/// // Restart: 5 working days from Thu 5 March → Thu 12 March.
/// assert_eq!(s.current.legal_due_date.to_string(), "2026-03-12");
/// // Pause: Mon 9 March moved by the 2 working days waited → Wed 11 March.
/// assert_eq!(s.alternative.legal_due_date.to_string(), "2026-03-11");
/// // Events out of order are typed errors.
/// let err = clock.apply(ClockEvent::Finished { at: t("2026-03-01 09:00") }, &cal).unwrap_err();
/// assert_eq!(err.name(), "deadline.event_out_of_order");
/// # Ok::<(), motcua::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DeadlineClock {
    limit: TimeLimit,
    policy: DeadlinePolicy,
    events: Vec<ClockEvent>,
    #[cfg_attr(feature = "schema", schemars(skip))]
    derived: Derived,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
struct Derived {
    state: Option<ClockState>,
    original: Option<Due>,
    restart: Option<Due>,
    waits: Vec<Wait>,
    supplements: Vec<SupplementRecord>,
    extensions: Vec<ExtensionRecord>,
    steps: Vec<StepRecord>,
    finished_at: Option<NaiveDateTime>,
}

fn invalid(event: &ClockEvent, state: ClockState) -> Error {
    let (en, vi) = state.texts();
    DeadlineError::InvalidTransition {
        event: event.name().into(),
        state: en.into(),
        state_vi: vi.into(),
    }
    .into()
}

fn to_i64(x: u64) -> i64 {
    i64::try_from(x).unwrap_or(i64::MAX)
}

impl DeadlineClock {
    /// A clock with no events yet. Validates the limit (2001) and the policy (2002, 2005).
    ///
    /// ```
    /// use motcua::deadline::{ClockState, DeadlineClock, DeadlinePolicy, TimeLimit};
    /// let c = DeadlineClock::new(TimeLimit::WorkingDays(3), DeadlinePolicy::default())?;
    /// assert_eq!((c.state(), c.events().len()), (ClockState::NotReceived, 0));
    /// assert_eq!(c.limit(), &TimeLimit::WorkingDays(3));
    /// assert_eq!(c.policy(), &DeadlinePolicy::default());
    /// assert_eq!(DeadlineClock::new(TimeLimit::Months(0), DeadlinePolicy::default()).unwrap_err().code(), 2001);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn new(limit: TimeLimit, policy: DeadlinePolicy) -> Result<DeadlineClock, Error> {
        limit.validate()?;
        policy.validate()?;
        Ok(DeadlineClock {
            limit,
            policy,
            events: Vec::new(),
            derived: Derived::default(),
        })
    }

    /// A clock rebuilt from its event log.
    ///
    /// ```
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::deadline::{ClockEvent, DeadlineClock, DeadlinePolicy, TimeLimit};
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let events = ClockEvent::from_json(r#"[{"type": "received", "at": "2026-03-02T09:00:00"},
    ///                                         {"type": "paused", "at": "2026-03-02T10:00:00"}]"#)?;
    /// let clock = DeadlineClock::replay(TimeLimit::WorkingDays(5), DeadlinePolicy::default(), events, &cal)?;
    /// assert_eq!(clock.events().len(), 2);
    /// // "resumed" before any pause is refused.
    /// let bad = ClockEvent::from_json(r#"[{"type": "received", "at": "2026-03-02T09:00:00"},
    ///                                      {"type": "resumed", "at": "2026-03-02T10:00:00"}]"#)?;
    /// let err = DeadlineClock::replay(TimeLimit::WorkingDays(5), DeadlinePolicy::default(), bad, &cal).unwrap_err();
    /// assert_eq!(err.code(), 2007);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn replay(
        limit: TimeLimit,
        policy: DeadlinePolicy,
        events: impl IntoIterator<Item = ClockEvent>,
        cal: &WorkCalendar,
    ) -> Result<DeadlineClock, Error> {
        let mut c = DeadlineClock::new(limit, policy)?;
        for e in events {
            c.apply_in_place(e, cal)?;
        }
        Ok(c)
    }

    /// The limit.
    /// (Example: [`DeadlineClock::new`].)
    pub fn limit(&self) -> &TimeLimit {
        &self.limit
    }

    /// The policy.
    /// (Example: [`DeadlineClock::new`].)
    pub fn policy(&self) -> &DeadlinePolicy {
        &self.policy
    }

    /// The event log.
    /// (Example: [`DeadlineClock::replay`].)
    pub fn events(&self) -> &[ClockEvent] {
        &self.events
    }

    /// The state after the last event.
    /// (Example: [`DeadlineClock::new`].)
    pub fn state(&self) -> ClockState {
        self.derived.state.unwrap_or(ClockState::NotReceived)
    }

    /// Applies one event. On error the clock is unchanged. Errors: an instant outside the
    /// calendar (2003), earlier than the previous event (2006), not allowed in the current
    /// state (2007), a forbidden extension (2008), step budgets over the limit (2009), an
    /// unknown or duplicate step (2010).
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::deadline::{ClockEvent, DeadlineClock, DeadlinePolicy, TimeLimit};
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    /// let mut c = DeadlineClock::new(TimeLimit::WorkingDays(3), DeadlinePolicy::default())?;
    /// // The first event must be the receipt.
    /// assert_eq!(c.apply(ClockEvent::Finished { at: t("2026-03-02 09:00") }, &cal).unwrap_err().code(), 2007);
    /// c.apply(ClockEvent::Received { at: t("2026-03-02 09:00") }, &cal)?;
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn apply(&mut self, event: ClockEvent, cal: &WorkCalendar) -> Result<(), Error> {
        let mut next = self.clone();
        next.apply_in_place(event, cal)?;
        *self = next;
        Ok(())
    }

    fn clock<'a>(&self, cal: &'a WorkCalendar) -> Result<Clock<'a>, Error> {
        Clock::new(cal, &self.policy.office_hours)
    }

    fn apply_in_place(&mut self, event: ClockEvent, cal: &WorkCalendar) -> Result<(), Error> {
        let at = event.at();
        check_in_range(cal, at, event.name())?;
        if let Some(prev) = self.events.last() {
            if at < prev.at() {
                return Err(DeadlineError::EventOutOfOrder {
                    event: event.name().into(),
                    at: fmt_dt(at),
                    previous: fmt_dt(prev.at()),
                }
                .into());
            }
        }
        let clock = self.clock(cal)?;
        let state = self.state();
        match (&event, state) {
            (ClockEvent::Received { .. }, ClockState::NotReceived) => {
                let due = compute_with(&clock, at, &self.limit, &self.policy)?;
                self.derived.original = Some(due);
                self.derived.state = Some(ClockState::Running);
            }
            (_, ClockState::NotReceived | ClockState::Finished)
            | (ClockEvent::Received { .. }, _) => return Err(invalid(&event, state)),
            (ClockEvent::SupplementRequested { .. }, ClockState::Running) => {
                let start = self.count_start();
                let notice_end = cal.add_working_days(
                    start.date(),
                    i64::from(self.policy.supplement_notice_working_days),
                )?;
                let applicant_deadline = match self.policy.applicant_supplement_working_days {
                    Some(n) => Some(cal.add_working_days(at.date(), i64::from(n))?),
                    None => None,
                };
                self.derived.supplements.push(SupplementRecord {
                    requested_at: at,
                    fulfilled_at: None,
                    within_notice: at.date() <= notice_end,
                    applicant_deadline,
                });
                self.open_wait(WaitKind::Supplement, at);
                self.derived.state = Some(ClockState::WaitingForApplicant);
            }
            (ClockEvent::SupplementFulfilled { .. }, ClockState::WaitingForApplicant) => {
                let restart = compute_with(&clock, at, &self.limit, &self.policy)?;
                self.close_waits(&clock, at)?;
                if let Some(s) = self.derived.supplements.last_mut() {
                    s.fulfilled_at = Some(at);
                }
                self.derived.restart = Some(restart);
                self.derived.state = Some(ClockState::Running);
            }
            (ClockEvent::Paused { .. }, ClockState::Running) => {
                self.open_wait(WaitKind::Pause, at);
                self.derived.state = Some(ClockState::Paused);
            }
            (ClockEvent::Resumed { .. }, ClockState::Paused) => {
                self.close_waits(&clock, at)?;
                self.derived.state = Some(ClockState::Running);
            }
            (
                ClockEvent::Extended {
                    new_appointment,
                    reason,
                    ..
                },
                _,
            ) => {
                let max = self.policy.extension.max;
                if self.derived.extensions.len() >= max as usize {
                    return Err(DeadlineError::ExtensionNotAllowed {
                        detail: format!("at most {max} re-appointment(s) allowed (Decree 61/2018 Art. 19(9))"),
                        detail_vi: format!("chỉ được hẹn lại không quá {max} lần (Nghị định 61/2018, Điều 19 khoản 9)"),
                    }
                    .into());
                }
                let cur = self.view(&clock, at, self.policy.on_supplement, true)?;
                if *new_appointment <= cur.appointment_at {
                    return Err(DeadlineError::ExtensionNotAllowed {
                        detail: format!(
                            "the new appointment {} is not after the current one {}",
                            fmt_dt(*new_appointment),
                            fmt_dt(cur.appointment_at)
                        ),
                        detail_vi: format!(
                            "ngày hẹn mới {} không sau ngày hẹn hiện tại {}",
                            fmt_dt(*new_appointment),
                            fmt_dt(cur.appointment_at)
                        ),
                    }
                    .into());
                }
                if let ExtensionNotice::BeforeDeadline { days } = self.policy.extension.notice {
                    let latest = cur
                        .legal_due_date
                        .checked_sub_days(chrono::Days::new(u64::from(days)))
                        .unwrap_or(cur.legal_due_date);
                    if at.date() > latest {
                        return Err(DeadlineError::ExtensionNotAllowed {
                            detail: format!(
                                "the apology must be sent at least {days} day(s) before the due date {} (Decree 61/2018 Art. 19(9)); sent {}",
                                cur.legal_due_date,
                                fmt_dt(at)
                            ),
                            detail_vi: format!(
                                "văn bản xin lỗi phải gửi trước hạn {} ít nhất {days} ngày (Nghị định 61/2018, Điều 19 khoản 9); đã gửi {}",
                                cur.legal_due_date,
                                fmt_dt(at)
                            ),
                        }
                        .into());
                    }
                }
                self.derived.extensions.push(ExtensionRecord {
                    at,
                    previous_appointment: cur.appointment_at,
                    new_appointment: *new_appointment,
                    reason: reason.clone(),
                });
            }
            (ClockEvent::StepStarted { step, budget, .. }, _) => {
                if self
                    .derived
                    .steps
                    .iter()
                    .any(|s| &s.step == step && s.finished_at.is_none())
                {
                    return Err(DeadlineError::InvalidStep {
                        step: step.clone(),
                        detail: "already started and not finished".into(),
                        detail_vi: "đã bắt đầu và chưa kết thúc".into(),
                    }
                    .into());
                }
                let budget_secs = budget_seconds(&clock, budget)?;
                let capacity = self.capacity(&clock)?;
                let mut total = budget_secs;
                for s in &self.derived.steps {
                    if &s.step != step {
                        total += s.budget_secs;
                    }
                }
                if total > capacity {
                    return Err(DeadlineError::StepBudgetExceeded {
                        total_minutes: total / 60,
                        capacity_minutes: capacity / 60,
                    }
                    .into());
                }
                self.derived.steps.retain(|s| &s.step != step);
                self.derived.steps.push(StepRecord {
                    step: step.clone(),
                    budget: *budget,
                    budget_secs,
                    started_at: at,
                    finished_at: None,
                });
            }
            (ClockEvent::StepFinished { step, .. }, _) => {
                match self
                    .derived
                    .steps
                    .iter_mut()
                    .find(|s| &s.step == step && s.finished_at.is_none())
                {
                    Some(s) => s.finished_at = Some(at),
                    None => {
                        return Err(DeadlineError::InvalidStep {
                            step: step.clone(),
                            detail: "finished without having started".into(),
                            detail_vi: "kết thúc khi chưa bắt đầu".into(),
                        }
                        .into());
                    }
                }
            }
            (ClockEvent::Finished { .. }, _) => {
                self.close_waits(&clock, at)?;
                self.derived.finished_at = Some(at);
                self.derived.state = Some(ClockState::Finished);
            }
            _ => return Err(invalid(&event, state)),
        }
        self.events.push(event);
        Ok(())
    }

    /// Start of the current count: the last fulfilment's, else the receipt's.
    fn count_start(&self) -> NaiveDateTime {
        self.derived
            .restart
            .as_ref()
            .or(self.derived.original.as_ref())
            .map(|d| d.counted_from)
            .unwrap_or_default()
    }

    fn open_wait(&mut self, kind: WaitKind, at: NaiveDateTime) {
        self.derived.waits.push(Wait {
            kind,
            from: at,
            to: None,
            work: 0,
            elapsed: 0,
        });
    }

    fn close_waits(&mut self, clock: &Clock<'_>, at: NaiveDateTime) -> Result<(), Error> {
        for w in self.derived.waits.iter_mut().filter(|w| w.to.is_none()) {
            w.work = clock.between(clock.position(w.from)?, clock.position(at)?)?;
            w.elapsed = (at - w.from).num_seconds();
            w.to = Some(at);
        }
        Ok(())
    }

    /// What the dossier's limit allows in working seconds (the ceiling of the step budgets).
    fn capacity(&self, clock: &Clock<'_>) -> Result<u64, Error> {
        let day = u64::from(clock.h.default.len);
        Ok(match self.limit {
            TimeLimit::WorkingDays(n) => u64::from(n) * day,
            TimeLimit::WorkingHours(h) => u64::from(h) * 3600,
            TimeLimit::FractionalWorkingDays(x) => (x * day as f64).round() as u64,
            TimeLimit::SameDay { .. } => day,
            TimeLimit::CalendarDays(_) | TimeLimit::Months(_) => {
                let due = self.current_base_due();
                let n = match due {
                    Some(d) => clock
                        .cal
                        .working_days_between(d.counted_from.date(), d.legal_due_date)?,
                    None => 1,
                };
                u64::try_from(n.max(1)).unwrap_or(1) * day
            }
        })
    }

    fn current_base_due(&self) -> Option<&Due> {
        self.derived
            .restart
            .as_ref()
            .or(self.derived.original.as_ref())
    }

    /// Working or elapsed seconds of the stops matching `pred`, open ones measured to `as_of`.
    fn stopped_secs(
        &self,
        clock: &Clock<'_>,
        as_of: NaiveDateTime,
        pred: impl Fn(&Wait) -> bool,
    ) -> Result<u64, Error> {
        let mut sum = 0u64;
        for w in self.derived.waits.iter().filter(|w| pred(w)) {
            sum += match (w.to, self.policy.pause_measure) {
                (Some(_), PauseMeasure::WorkingTime) => w.work,
                (Some(_), PauseMeasure::Elapsed) => u64::try_from(w.elapsed).unwrap_or(0),
                (None, PauseMeasure::WorkingTime) => {
                    clock.between(clock.position(w.from)?, clock.position(as_of)?)?
                }
                (None, PauseMeasure::Elapsed) => {
                    u64::try_from((as_of - w.from).num_seconds()).unwrap_or(0)
                }
            };
        }
        Ok(sum)
    }

    /// Moves `(legal, appointment)` by `w` seconds of stop.
    fn shift(
        &self,
        clock: &Clock<'_>,
        legal: NaiveDate,
        appt: NaiveDateTime,
        w: u64,
    ) -> Result<(NaiveDate, NaiveDateTime), Error> {
        if w == 0 {
            return Ok((legal, appt));
        }
        match self.policy.pause_measure {
            PauseMeasure::WorkingTime => {
                let legal2 = clock.add((legal, clock.len(legal)), w)?.0;
                let appt2 = if self.policy.appointment == AppointmentTime::EndOfOfficeDay
                    && !self.limit.is_hour_based()
                {
                    clock.closing(legal2)
                } else {
                    clock.instant(clock.add(clock.position(appt)?, w)?)
                };
                Ok((legal2, appt2))
            }
            PauseMeasure::Elapsed => {
                let d = chrono::Duration::seconds(to_i64(w));
                let appt2 = appt + d;
                let end = legal.and_hms_opt(23, 59, 59).unwrap_or(appt) + d;
                let legal2 = clock.cal.working_day_on_or_after(end.date())?;
                Ok((legal2, appt2))
            }
        }
    }

    /// The due under `sem` as of `as_of` (≥ the last event), with or without the extension.
    ///
    /// The count starts at the receipt (pause semantics) or at the last fulfilment (restart
    /// semantics; while waiting for the applicant, "if the complete dossier came now"). The
    /// stops since then (every wait under pause semantics, plain pauses under restart) are
    /// subtracted: the count resumes after the last stop with what was left of the limit
    /// ([`Self::resume`]). An open stop is taken as ending at `as_of`.
    fn view(
        &self,
        clock: &Clock<'_>,
        as_of: NaiveDateTime,
        sem: OnSupplement,
        with_extension: bool,
    ) -> Result<DueView, Error> {
        let original =
            self.derived.original.as_ref().ok_or_else(|| {
                invalid(&ClockEvent::Finished { at: as_of }, ClockState::NotReceived)
            })?;
        let state = self.state();
        let waiting = state == ClockState::WaitingForApplicant;
        let restart_from = self.derived.restart.as_ref().map(|d| d.received_at);
        let provisional;
        let (base, since): (&Due, Option<NaiveDateTime>) = match sem {
            OnSupplement::PauseAndResume => (original, None),
            OnSupplement::RestartFull => {
                if waiting {
                    provisional = compute_with(clock, as_of, &self.limit, &self.policy)?;
                    (&provisional, Some(as_of))
                } else if let Some(r) = &self.derived.restart {
                    (r, Some(r.received_at))
                } else {
                    (original, None)
                }
            }
        };
        let kind_ok = |w: &Wait| match sem {
            OnSupplement::PauseAndResume => true,
            OnSupplement::RestartFull => w.kind == WaitKind::Pause,
        };
        let stops: Vec<(NaiveDateTime, NaiveDateTime)> = self
            .derived
            .waits
            .iter()
            .filter(|w| kind_ok(w) && since.is_none_or(|a| w.from >= a))
            .map(|w| (w.from, w.to.unwrap_or(as_of)))
            .collect();
        let (mut legal, mut appt) = if stops.is_empty() {
            (base.legal_due_date, base.appointment_at)
        } else if self.policy.pause_measure == PauseMeasure::Elapsed {
            let elapsed: i64 = stops
                .iter()
                .map(|(f, t)| (*t - *f).num_seconds().max(0))
                .sum();
            let w = u64::try_from(elapsed).unwrap_or(0);
            self.shift(clock, base.legal_due_date, base.appointment_at, w)?
        } else {
            self.resume(clock, base, &stops)?
        };
        let mut extended = false;
        if with_extension {
            if let Some(e) = self.derived.extensions.last() {
                let restarted_after = sem == OnSupplement::RestartFull
                    && (restart_from.is_some_and(|r| r > e.at)
                        || (waiting && self.derived.waits.last().is_some_and(|w| w.from >= e.at)));
                if !restarted_after {
                    // The authority fixed the new date; later stops move it in working time.
                    let w = self.stopped_secs(clock, as_of, |w| kind_ok(w) && w.from >= e.at)?;
                    (legal, appt) =
                        self.shift(clock, e.new_appointment.date(), e.new_appointment, w)?;
                    extended = true;
                }
            }
        }
        let reference = self
            .derived
            .finished_at
            .filter(|f| *f <= as_of)
            .unwrap_or(as_of);
        Ok(DueView {
            semantics: sem,
            legal_due_date: legal,
            appointment_at: appt,
            stopped: matches!(state, ClockState::WaitingForApplicant | ClockState::Paused),
            extended,
            overdue: reference > appt,
            remaining_working_seconds: clock.signed_between(reference, appt)?,
            remaining_working_days: clock.cal.working_days_between(reference.date(), legal)?,
        })
    }

    /// The due of a count that started at `base.counted_from` and was stopped during
    /// `stops` (ordered, disjoint): the running segments use up the limit, and the count
    /// resumes after the last stop with what is left, like a new receipt (the day of
    /// resumption is not counted, Civil Code Art. 147(2)). When the limit ran out before a
    /// stop, the due is where it ran out.
    ///
    /// Working days count whole days; working-hour appointments and hour-based limits count
    /// working seconds; calendar days and months move the start by the calendar days
    /// stopped; same-day limits restart.
    fn resume(
        &self,
        clock: &Clock<'_>,
        base: &Due,
        stops: &[(NaiveDateTime, NaiveDateTime)],
    ) -> Result<(NaiveDate, NaiveDateTime), Error> {
        let cal = clock.cal;
        let s0 = base.counted_from;
        let resume_at = stops.last().map(|s| s.1).unwrap_or(s0);
        let mut segments = Vec::with_capacity(stops.len());
        let mut a = s0;
        for &(from, to) in stops {
            segments.push((a, from.max(a)));
            a = to;
        }
        let round = match self.policy.appointment {
            AppointmentTime::WorkingHourArithmetic { round_to_minutes } => round_to_minutes,
            _ => 0,
        };
        let start_pos = clock.position(clock.normalize(s0)?)?;
        // Work-based: the instant at which `total` working seconds have run.
        let by_work = |total: u64| -> Result<(NaiveDate, NaiveDateTime), Error> {
            let mut used = 0u64;
            for &(x, y) in &segments {
                let (px, py) = (clock.position(x)?, clock.position(y)?);
                let seg = clock.between(px, py)?;
                if used + seg >= total {
                    let p = clock.add(px, total - used)?;
                    return Ok((p.0, clock.instant(p)));
                }
                used += seg;
            }
            let p = clock.add(clock.position(resume_at)?, total - used)?;
            Ok((p.0, clock.round_up(clock.instant(p), round)))
        };
        let resumed_time = clock.normalize(resume_at)?;
        let day_based = |legal: NaiveDate| -> NaiveDateTime {
            match self.policy.appointment {
                AppointmentTime::EndOfOfficeDay => clock.closing(legal),
                _ => {
                    let t =
                        hours::at(
                            legal,
                            clock.sched(legal).clamp_into(
                                chrono::Timelike::num_seconds_from_midnight(&resumed_time.time()),
                            ),
                        );
                    clock.round_up(t, round)
                }
            }
        };
        match self.limit {
            TimeLimit::WorkingDays(n) => {
                let n = i64::from(n);
                let mut used = 0i64;
                let mut legal = None;
                for &(x, y) in &segments {
                    let seg = cal.working_days_between(x.date(), y.date())?.max(0);
                    if used + seg >= n {
                        legal = Some(cal.add_working_days(x.date(), n - used)?);
                        break;
                    }
                    used += seg;
                }
                let legal = match legal {
                    Some(l) => l,
                    None => cal.add_working_days(resume_at.date(), n - used)?,
                };
                if let AppointmentTime::WorkingHourArithmetic { .. } = self.policy.appointment {
                    let total = clock.between(start_pos, clock.add_days(start_pos, n as u32)?)?;
                    let (_, appt) = by_work(total)?;
                    Ok((legal, appt.min(clock.closing(legal))))
                } else {
                    Ok((legal, day_based(legal)))
                }
            }
            TimeLimit::WorkingHours(h) => by_work(u64::from(h) * 3600),
            TimeLimit::FractionalWorkingDays(x) => {
                let whole = x.trunc();
                let frac = ((x - whole) * f64::from(clock.h.default.len)).round();
                let end = clock.add(clock.add_days(start_pos, whole as u32)?, frac as u64)?;
                by_work(clock.between(start_pos, end)?)
            }
            TimeLimit::CalendarDays(_) | TimeLimit::Months(_) => {
                let stopped: i64 = stops
                    .iter()
                    .map(|(f, t)| (t.date() - f.date()).num_days().max(0))
                    .sum();
                let start = s0
                    .date()
                    .checked_add_days(chrono::Days::new(u64::try_from(stopped).unwrap_or(0)))
                    .unwrap_or(s0.date());
                let raw = match self.limit {
                    TimeLimit::Months(n) => start.checked_add_months(chrono::Months::new(n)),
                    TimeLimit::CalendarDays(n) => {
                        start.checked_add_days(chrono::Days::new(u64::from(n)))
                    }
                    _ => None,
                }
                .unwrap_or(NaiveDate::MAX);
                let legal = cal.working_day_on_or_after(raw)?;
                Ok((legal, day_based(legal)))
            }
            TimeLimit::SameDay { .. } => {
                let d = compute_with(clock, resume_at, &self.limit, &self.policy)?;
                Ok((d.legal_due_date, d.appointment_at))
            }
        }
    }

    /// The clock as of `as_of`: only events at or before it count (an earlier instant
    /// replays the prefix of the log). Errors: `as_of` outside the calendar (2003), before
    /// the receipt (2011).
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::deadline::{ClockEvent, DeadlineClock, DeadlinePolicy, TimeLimit};
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    /// let mut c = DeadlineClock::new(TimeLimit::WorkingDays(2), DeadlinePolicy::default())?;
    /// c.apply(ClockEvent::Received { at: t("2026-03-02 09:00") }, &cal)?; // Mon → due Wed 4
    /// let s = c.status(t("2026-03-05 08:00"), &cal)?;
    /// assert!(s.current.overdue);
    /// assert_eq!(c.status(t("2026-03-01 08:00"), &cal).unwrap_err().code(), 2011);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn status(&self, as_of: NaiveDateTime, cal: &WorkCalendar) -> Result<ClockStatus, Error> {
        check_in_range(cal, as_of, "as_of")?;
        let received = match self.events.first() {
            Some(e) => e.at(),
            None => {
                return Err(invalid(
                    &ClockEvent::Finished { at: as_of },
                    ClockState::NotReceived,
                ));
            }
        };
        if as_of < received {
            return Err(DeadlineError::BeforeReceipt {
                as_of: fmt_dt(as_of),
                received_at: fmt_dt(received),
            }
            .into());
        }
        if self.events.last().is_some_and(|e| e.at() > as_of) {
            let prefix = self.events.iter().filter(|e| e.at() <= as_of).cloned();
            let past = DeadlineClock::replay(self.limit, self.policy.clone(), prefix, cal)?;
            return past.status(as_of, cal);
        }
        let clock = self.clock(cal)?;
        let sem = self.policy.on_supplement;
        let current = self.view(&clock, as_of, sem, true)?;
        let alternative = self.view(&clock, as_of, sem.other(), true)?;
        let without_extension = self.view(&clock, as_of, sem, false)?;
        let mut steps = Vec::with_capacity(self.derived.steps.len());
        for s in &self.derived.steps {
            let end = s.finished_at.unwrap_or(as_of);
            // Only the part of each stop inside the step counts.
            let mut overlap = 0u64;
            for wt in &self.derived.waits {
                let a = wt.from.max(s.started_at);
                let b = wt.to.unwrap_or(as_of).min(end);
                if a < b {
                    overlap += clock.between(clock.position(a)?, clock.position(b)?)?;
                }
            }
            let due_pos = clock.add(clock.position(s.started_at)?, s.budget_secs + overlap)?;
            let due_at = clock.instant(due_pos);
            let reference = s.finished_at.unwrap_or(as_of);
            steps.push(StepStatus {
                step: s.step.clone(),
                budget: s.budget,
                started_at: s.started_at,
                finished_at: s.finished_at,
                due_at,
                overdue: reference > due_at,
                remaining_working_seconds: clock.signed_between(reference, due_at)?,
            });
        }
        Ok(ClockStatus {
            as_of,
            state: self.state(),
            current,
            alternative,
            without_extension,
            original: self.derived.original.clone().ok_or_else(|| {
                invalid(&ClockEvent::Finished { at: as_of }, ClockState::NotReceived)
            })?,
            supplements: self.derived.supplements.clone(),
            extension: self.derived.extensions.last().cloned(),
            steps,
            finished_at: self.derived.finished_at,
        })
    }

    /// Timeliness as of `as_of`, three ways (see [`Assessment`]), with the policy's
    /// granularity.
    ///
    /// ```
    /// use chrono::NaiveDateTime;
    /// use motcua::calendar::WorkCalendar;
    /// use motcua::deadline::{ClockEvent, DeadlineClock, DeadlinePolicy, TimeLimit, Timeliness};
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    /// let mut c = DeadlineClock::new(TimeLimit::WorkingDays(2), DeadlinePolicy::default())?;
    /// c.apply(ClockEvent::Received { at: t("2026-03-02 09:00") }, &cal)?;
    /// c.apply(ClockEvent::Finished { at: t("2026-03-04 16:00") }, &cal)?; // due Wed 4 at 17:00
    /// let a = c.assess(t("2026-03-10 00:00"), &cal)?;
    /// assert_eq!(a.against_current, Timeliness::Early);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn assess(&self, as_of: NaiveDateTime, cal: &WorkCalendar) -> Result<Assessment, Error> {
        let s = self.status(as_of, cal)?;
        let g = self.policy.granularity;
        let finished = s.finished_at.filter(|f| *f <= as_of);
        let pause_view = if self.policy.on_supplement == OnSupplement::PauseAndResume {
            &s.current
        } else {
            &s.alternative
        };
        let n = u32::try_from(s.supplements.len()).unwrap_or(u32::MAX);
        let index_view = if n > 1 {
            if finished.is_some() {
                Timeliness::Late
            } else {
                Timeliness::Overdue
            }
        } else {
            classify(finished, as_of, pause_view.appointment_at, g)
        };
        Ok(Assessment {
            as_of,
            finished_at: finished,
            granularity: g,
            against_current: classify(finished, as_of, s.current.appointment_at, g),
            against_original: classify(finished, as_of, s.without_extension.appointment_at, g),
            index_view,
            supplement_requests: n,
        })
    }
}

fn budget_seconds(clock: &Clock<'_>, budget: &TimeLimit) -> Result<u64, Error> {
    budget.validate()?;
    let day = u64::from(clock.h.default.len);
    match *budget {
        TimeLimit::WorkingDays(n) => Ok(u64::from(n) * day),
        TimeLimit::WorkingHours(h) => Ok(u64::from(h) * 3600),
        TimeLimit::FractionalWorkingDays(x) => Ok((x * day as f64).round() as u64),
        _ => Err(DeadlineError::invalid_limit(
            budget.to_string(),
            "a step budget must be in working days or working hours",
            "thời gian của một bước phải tính bằng ngày làm việc hoặc giờ làm việc",
        )
        .into()),
    }
}
