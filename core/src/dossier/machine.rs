//! The state (a fold over the events) and the rules every event must satisfy.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::event::{Applicant, DueSnapshot, Event, EventKind, Finish, ResultDoc, Stage};
use super::types::{Actor, CodeScheme, DossierContext, Role, Status};
use super::{DossierError, Guard};
use crate::Error;
use crate::calendar::WorkCalendar;
use crate::deadline::{Channel, ClockEvent, TimeLimit};
use crate::form::id::{validate_agency_code, validate_dossier_code};

/// An inter-agency step under way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenStep {
    /// Step identifier.
    pub step: String,
    /// The consulted agency.
    pub agency: String,
    /// Budget.
    pub budget: TimeLimit,
    /// Started at.
    pub started_at: NaiveDateTime,
}

/// The state of a dossier: the fold of its events. Every field is derived from the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DossierState {
    /// The dossier's identifier.
    pub id: String,
    /// False until the `created` event.
    pub created: bool,
    /// The state (`Draft` before creation too; see `created`).
    pub status: Status,
    /// The procedure context.
    pub context: Option<Box<DossierContext>>,
    /// Channel.
    pub channel: Channel,
    /// The applicant.
    pub applicant: Option<Applicant>,
    /// Documents filed so far.
    pub documents: Vec<String>,
    /// Everything the desk asked for before receipt (guide once).
    pub desk_requested: Vec<String>,
    /// Supplementation requests at the desk.
    pub desk_requests: u32,
    /// Dossier code (from receipt).
    pub code: Option<String>,
    /// When submitted (first submission).
    pub submitted_at: Option<NaiveDateTime>,
    /// When received (Form 01).
    pub received_at: Option<NaiveDateTime>,
    /// Start of the current count: the receipt or the last complete supplement.
    pub count_start: Option<NaiveDateTime>,
    /// The due now.
    pub due: Option<DueSnapshot>,
    /// The due at receipt.
    pub original_due: Option<DueSnapshot>,
    /// The assigned officer.
    pub officer: Option<String>,
    /// Supplementation requests during processing.
    pub supplement_requests: u32,
    /// Since when the dossier waits for the applicant (supplement or payment), if it does.
    pub waiting_since: Option<NaiveDateTime>,
    /// The inter-agency step under way.
    pub open_step: Option<OpenStep>,
    /// Inter-agency steps finished: how many, how many late.
    pub steps_done: u32,
    /// Of which late.
    pub steps_late: u32,
    /// Amount requested (đồng).
    pub payment_requested: u64,
    /// Amount paid (đồng).
    pub paid: u64,
    /// Paid online.
    pub paid_online: bool,
    /// The payment wait stopped the clock.
    pub payment_paused: bool,
    /// Apologies (re-appointments).
    pub apologies: u32,
    /// When the last apology was sent.
    pub apologised_at: Option<NaiveDateTime>,
    /// The result.
    pub result: Option<ResultDoc>,
    /// When processing finished (approved or denied).
    pub finished_at: Option<NaiveDateTime>,
    /// Timeliness at the finish.
    pub finish: Option<Finish>,
    /// When the result reached the applicant (returned or delivered).
    pub returned_at: Option<NaiveDateTime>,
    /// Returned online.
    pub returned_online: bool,
    /// Sent by post.
    pub posted: bool,
    /// When the dossier ended without a result (refused, withdrawn, stopped).
    pub ended_at: Option<NaiveDateTime>,
    /// The state before a withdrawal request.
    pub previous: Option<Status>,
    /// Timestamp of the last event.
    pub last_at: Option<NaiveDateTime>,
    /// Number of events.
    pub len: u64,
    /// Hash of the last event.
    pub head: String,
}

impl DossierState {
    pub(crate) fn new(id: &str) -> DossierState {
        DossierState {
            id: id.into(),
            created: false,
            status: Status::Draft,
            context: None,
            channel: Channel::Desk,
            applicant: None,
            documents: Vec::new(),
            desk_requested: Vec::new(),
            desk_requests: 0,
            code: None,
            submitted_at: None,
            received_at: None,
            count_start: None,
            due: None,
            original_due: None,
            officer: None,
            supplement_requests: 0,
            waiting_since: None,
            open_step: None,
            steps_done: 0,
            steps_late: 0,
            payment_requested: 0,
            paid: 0,
            paid_online: false,
            payment_paused: false,
            apologies: 0,
            apologised_at: None,
            result: None,
            finished_at: None,
            finish: None,
            returned_at: None,
            returned_online: false,
            posted: false,
            ended_at: None,
            previous: None,
            last_at: None,
            len: 0,
            head: super::hash::GENESIS.into(),
        }
    }

    fn state_name(&self) -> String {
        if self.created {
            self.status.as_str().into()
        } else {
            "not_created".into()
        }
    }

    /// Checks that `kind`, given by `actor` at `at`, is allowed now: state, role, agency,
    /// and the legal guards that need no clock. Used by live commands and by replays.
    pub(crate) fn validate(
        &self,
        actor: &Actor,
        at: NaiveDateTime,
        kind: &EventKind,
        cal: &WorkCalendar,
    ) -> Result<(), Error> {
        // Messages name the command the caller gave, not the event it would record.
        let name = kind.command_name();
        if let Some(prev) = self.last_at {
            if at < prev {
                return Err(DossierError::TimestampBackwards {
                    at: at.to_string(),
                    previous: prev.to_string(),
                }
                .into());
            }
        }
        let bad_state = || -> Error {
            DossierError::InvalidTransition {
                command: name.into(),
                state: self.state_name(),
            }
            .into()
        };
        let guard = |g: Guard, en: String, vi: String| -> Error {
            DossierError::guard_err(name, g, en, vi).into()
        };
        // Creation.
        let ctx = match (&self.context, kind) {
            (
                None,
                EventKind::Created {
                    context,
                    channel,
                    applicant,
                },
            ) => {
                if self.created {
                    return Err(bad_state());
                }
                context.validate()?;
                match (actor.role, channel) {
                    (Role::Applicant, Channel::Online)
                    | (Role::DeskOfficer, Channel::Desk | Channel::Postal) => {}
                    _ => {
                        return Err(DossierError::Forbidden {
                            command: format!("{name} ({channel:?} channel)"),
                            role: actor.role.to_string(),
                        }
                        .into());
                    }
                }
                if actor.role == Role::Applicant && actor.id != applicant.id {
                    return Err(guard(
                        Guard::Applicant,
                        format!(
                            "actor {:?} is not the applicant {:?}",
                            actor.id, applicant.id
                        ),
                        format!(
                            "người thực hiện {:?} không phải người nộp hồ sơ {:?}",
                            actor.id, applicant.id
                        ),
                    ));
                }
                if actor.role == Role::DeskOfficer && context.rules.check_agency {
                    check_agency(name, actor, &context.receiving_agency)?;
                }
                // Online submission needs a level that offers it (Decree 43/2011 Art. 3(4)(c);
                // Decree 42/2022 Art. 11(1)).
                if *channel == Channel::Online
                    && !context.effective_capabilities().online_submission
                {
                    return Err(guard(
                        Guard::OnlineSubmission,
                        format!(
                            "procedure {} is not offered for online submission",
                            context.procedure
                        ),
                        format!(
                            "thủ tục {} không cung cấp nộp hồ sơ trực tuyến",
                            context.procedure
                        ),
                    ));
                }
                return Ok(());
            }
            (None, _) | (Some(_), EventKind::Created { .. }) => return Err(bad_state()),
            (Some(c), _) => c,
        };
        if self.status.is_terminal() {
            return Err(bad_state());
        }
        // State.
        use Status as S;
        let state_ok = match kind {
            EventKind::Created { .. } => false,
            EventKind::Submitted { .. } => self.status == S::Draft,
            EventKind::SupplementRequestedAtDesk { .. }
            | EventKind::RefusedAtReceipt { .. }
            | EventKind::Accepted { .. } => self.status == S::Submitted,
            EventKind::Resubmitted { .. } => self.status == S::SupplementRequestedAtDesk,
            EventKind::Assigned { .. } => matches!(self.status, S::Received | S::Processing),
            EventKind::SupplementRequested { .. }
            | EventKind::Forwarded { .. }
            | EventKind::PaymentRequested { .. }
            | EventKind::Approved { .. }
            | EventKind::Denied { .. } => self.status == S::Processing,
            EventKind::Supplemented { .. } => self.status == S::SupplementRequested,
            EventKind::AgencyReplied { .. } => self.status == S::AtOtherAgency,
            EventKind::Paid { .. } => self.status == S::AwaitingPayment,
            EventKind::Apologised { .. } => matches!(
                self.status,
                S::Received | S::Processing | S::AtOtherAgency | S::AwaitingPayment
            ),
            EventKind::Stopped { .. } => matches!(
                self.status,
                S::Received | S::Processing | S::SupplementRequested | S::AwaitingPayment
            ),
            EventKind::ResultReturned { .. } | EventKind::Posted { .. } => {
                self.status == S::ResultReady
            }
            EventKind::Delivered => self.status == S::InTransit,
            EventKind::WithdrawalRequested { .. } => self.status != S::WithdrawalRequested,
            EventKind::Withdrawn { .. } | EventKind::WithdrawalRejected { .. } => {
                self.status == S::WithdrawalRequested
            }
        };
        if !state_ok {
            return Err(bad_state());
        }
        // Role.
        use Role as R;
        let roles: &[Role] = match kind {
            EventKind::Created { .. } => &[],
            EventKind::Submitted { .. }
            | EventKind::Resubmitted { .. }
            | EventKind::Supplemented { .. } => &[R::Applicant, R::DeskOfficer],
            EventKind::SupplementRequestedAtDesk { .. }
            | EventKind::RefusedAtReceipt { .. }
            | EventKind::Accepted { .. }
            | EventKind::Posted { .. } => &[R::DeskOfficer],
            EventKind::ResultReturned { .. } => &[R::DeskOfficer, R::System],
            EventKind::Assigned { .. }
            | EventKind::SupplementRequested { .. }
            | EventKind::Forwarded { .. }
            | EventKind::PaymentRequested { .. } => &[R::ProcessingOfficer, R::Approver],
            EventKind::AgencyReplied { .. } => &[R::OtherAgency],
            EventKind::Paid { .. } => &[R::Applicant, R::DeskOfficer, R::System],
            EventKind::Apologised { .. }
            | EventKind::Approved { .. }
            | EventKind::Denied { .. }
            | EventKind::Stopped { .. } => &[R::Approver],
            EventKind::Delivered => &[R::DeskOfficer, R::System],
            EventKind::WithdrawalRequested { .. } => &[R::Applicant, R::DeskOfficer],
            EventKind::Withdrawn { .. } => &[R::DeskOfficer, R::Approver, R::System],
            EventKind::WithdrawalRejected { .. } => &[R::DeskOfficer, R::Approver],
        };
        if !roles.contains(&actor.role) {
            return Err(DossierError::Forbidden {
                command: name.into(),
                role: actor.role.to_string(),
            }
            .into());
        }
        // Agency (or, for the applicant, identity).
        match actor.role {
            R::Applicant => {
                let id = self.applicant.as_ref().map(|a| a.id.as_str()).unwrap_or("");
                if actor.id != id {
                    return Err(guard(
                        Guard::Applicant,
                        format!("actor {:?} is not the applicant {id:?}", actor.id),
                        format!(
                            "người thực hiện {:?} không phải người nộp hồ sơ {id:?}",
                            actor.id
                        ),
                    ));
                }
            }
            _ if !ctx.rules.check_agency => {}
            R::DeskOfficer => check_agency(name, actor, &ctx.receiving_agency)?,
            R::ProcessingOfficer | R::Approver => check_agency(name, actor, &ctx.resolving_agency)?,
            R::OtherAgency => {
                let expected = self
                    .open_step
                    .as_ref()
                    .map(|s| s.agency.as_str())
                    .unwrap_or("");
                check_agency(name, actor, expected)?;
            }
            R::System => {}
        }
        // Legal guards.
        let need_text = |s: &str, what: &str, what_vi: &str| -> Result<(), Error> {
            if s.trim().is_empty() {
                Err(guard(
                    Guard::ReasonRequired,
                    format!("{what} must not be empty"),
                    format!("{what_vi} không được để trống"),
                ))
            } else {
                Ok(())
            }
        };
        match kind {
            EventKind::SupplementRequestedAtDesk { form } => {
                need_text(&form.reason, "the reason", "lý do")?;
                if form.missing.is_empty() {
                    return Err(guard(
                        Guard::ReasonRequired,
                        "the request must list what is missing".into(),
                        "phiếu yêu cầu phải liệt kê giấy tờ cần bổ sung".into(),
                    ));
                }
                // Guide once, fully (Decree 61/2018 Art. 15(3)): a further request may only
                // repeat what was already asked for.
                if self.desk_requests > 0 {
                    let new: Vec<&str> = form
                        .missing
                        .iter()
                        .filter(|m| !self.desk_requested.contains(m))
                        .map(String::as_str)
                        .collect();
                    if !new.is_empty() {
                        return Err(guard(
                            Guard::GuideOnce,
                            format!("the first request did not ask for {}", new.join(", ")),
                            format!("lần hướng dẫn đầu chưa yêu cầu {}", new.join(", ")),
                        ));
                    }
                }
            }
            EventKind::RefusedAtReceipt { form } | EventKind::Denied { form, .. } => {
                need_text(&form.reason, "the reason", "lý do")?;
            }
            EventKind::Accepted { form, .. } => {
                // Complete checklist (Decree 61/2018 Art. 17).
                let missing: Vec<&str> = ctx
                    .required_documents
                    .iter()
                    .filter(|d| !self.documents.contains(d))
                    .map(String::as_str)
                    .collect();
                if !missing.is_empty() {
                    return Err(guard(
                        Guard::CompleteChecklist,
                        format!("missing required documents: {}", missing.join(", ")),
                        format!("thiếu thành phần hồ sơ bắt buộc: {}", missing.join(", ")),
                    ));
                }
                self.check_code(name, ctx, &form.code, at)?;
            }
            EventKind::SupplementRequested { form } => {
                need_text(&form.reason, "the reason", "lý do")?;
                if form.missing.is_empty() || form.stage != Stage::Processing {
                    return Err(guard(
                        Guard::ReasonRequired,
                        "the request must list what is missing".into(),
                        "phiếu yêu cầu phải liệt kê giấy tờ cần bổ sung".into(),
                    ));
                }
                // Within 3 working days of receipt (Decree 61/2018 Art. 19(4)).
                let start = self.count_start.unwrap_or(at);
                let n = ctx.policy.supplement_notice_working_days;
                let last = cal.add_working_days(start.date(), i64::from(n))?;
                let within = at.date() <= last;
                if within != form.within_notice {
                    return Err(DossierError::parse(
                        "event",
                        format!(
                            "within_notice is {} but the request is {}within the notice period",
                            form.within_notice,
                            if within { "" } else { "not " }
                        ),
                    )
                    .into());
                }
                if !within && ctx.rules.reject_late_supplement_request {
                    return Err(guard(
                        Guard::SupplementNoticePeriod,
                        format!(
                            "the request must be sent by {last} ({n} working days after {})",
                            start.date()
                        ),
                        format!(
                            "phải thông báo chậm nhất ngày {last} ({n} ngày làm việc kể từ {})",
                            start.date()
                        ),
                    ));
                }
            }
            EventKind::Forwarded { step, handover, .. } => {
                need_text(step, "the step", "bước")?;
                validate_agency_code(&handover.to)?;
            }
            EventKind::AgencyReplied { step, .. }
                if self.open_step.as_ref().is_none_or(|s| &s.step != step) =>
            {
                return Err(guard(
                    Guard::InterAgencyStep,
                    format!("step {step:?} is not under way"),
                    format!("bước {step:?} không đang thực hiện"),
                ));
            }
            EventKind::PaymentRequested { amount } if *amount == 0 => {
                return Err(guard(
                    Guard::PaymentAmount,
                    "the amount must be positive".into(),
                    "số tiền phải lớn hơn 0".into(),
                ));
            }
            EventKind::Paid { amount, method, .. } => {
                if *amount < self.payment_requested {
                    return Err(guard(
                        Guard::PaymentAmount,
                        format!(
                            "paid {amount} đồng of the {} requested",
                            self.payment_requested
                        ),
                        format!(
                            "đã nộp {amount} đồng trên {} đồng phải nộp",
                            self.payment_requested
                        ),
                    ));
                }
                // Level 3 pays at the desk, level 4 online (Decree 43/2011 Art. 3(4)).
                if *method == super::event::PaymentMethod::Online
                    && !ctx.effective_capabilities().online_payment
                {
                    return Err(guard(
                        Guard::OnlinePayment,
                        "this service level does not offer online payment".into(),
                        "mức độ dịch vụ này không cho phép thanh toán trực tuyến".into(),
                    ));
                }
            }
            EventKind::Apologised { form } => {
                need_text(&form.reason, "the reason", "lý do")?;
                // At most once (Decree 61/2018 Art. 19(9)); timing is the clock's rule.
                if self.apologies >= ctx.policy.extension.max {
                    return Err(guard(
                        Guard::ApologyAtMostOnce,
                        format!("already re-appointed {} time(s)", self.apologies),
                        format!("đã hẹn lại {} lần", self.apologies),
                    ));
                }
            }
            EventKind::Approved { result, .. } if result.number.trim().is_empty() => {
                return Err(guard(
                    Guard::ResultRequired,
                    "the result has no number".into(),
                    "kết quả chưa có số".into(),
                ));
            }
            EventKind::Stopped { notice } => need_text(&notice.reason, "the reason", "lý do")?,
            EventKind::WithdrawalRejected { reason } => need_text(reason, "the reason", "lý do")?,
            EventKind::ResultReturned { online } => {
                let Some(r) = &self.result else {
                    return Err(guard(
                        Guard::ResultRequired,
                        "no result to return".into(),
                        "chưa có kết quả để trả".into(),
                    ));
                };
                if *online && (!r.electronic || !ctx.effective_capabilities().online_result) {
                    return Err(guard(
                        Guard::OnlineResult,
                        "online return needs an electronic result and a level that returns online"
                            .into(),
                        "trả kết quả trực tuyến cần kết quả điện tử và mức độ dịch vụ cho phép"
                            .into(),
                    ));
                }
            }
            EventKind::Posted { tracking } => {
                need_text(tracking, "the tracking number", "số hiệu bưu gửi")?;
                if self.result.is_none() {
                    return Err(guard(
                        Guard::ResultRequired,
                        "no result to send".into(),
                        "chưa có kết quả để gửi".into(),
                    ));
                }
            }
            EventKind::WithdrawalRequested { previous, .. } => {
                if *previous != self.status {
                    return Err(DossierError::parse(
                        "event",
                        format!("withdrawal_requested records previous state {previous}, the dossier is {}", self.status),
                    )
                    .into());
                }
                // Only before the decision (Decree 118/2025 Art. 21; Circular 03/2025 Art. 7).
                if matches!(self.status, S::ResultReady | S::InTransit)
                    && !ctx.rules.withdrawal_after_decision
                {
                    return Err(guard(
                        Guard::WithdrawalAfterDecision,
                        "the result was already issued".into(),
                        "đã có kết quả giải quyết".into(),
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn check_code(
        &self,
        name: &str,
        ctx: &DossierContext,
        code: &str,
        at: NaiveDateTime,
    ) -> Result<(), Error> {
        let bad = |en: String, vi: String| -> Error {
            DossierError::guard_err(name, Guard::DossierCode, en, vi).into()
        };
        match ctx.code_scheme {
            CodeScheme::Opaque => {
                if code.trim().is_empty() {
                    return Err(bad("empty dossier code".into(), "mã hồ sơ trống".into()));
                }
            }
            CodeScheme::Circular01 => {
                let c = validate_dossier_code(code)?;
                if c.agency.code != ctx.receiving_agency || c.date != at.date() {
                    return Err(bad(
                        format!(
                            "code {code} must start with the receiving agency {} and the day of receipt {}",
                            ctx.receiving_agency,
                            crate::text::yymmdd(at.date())
                        ),
                        format!(
                            "mã {code} phải gồm mã cơ quan tiếp nhận {} và ngày tiếp nhận {}",
                            ctx.receiving_agency,
                            crate::text::yymmdd(at.date())
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The clock event an event drives, if any (before `evolve`).
    pub(crate) fn clock_event(&self, at: NaiveDateTime, kind: &EventKind) -> Option<ClockEvent> {
        let payment_pauses = self
            .context
            .as_ref()
            .is_some_and(|c| c.rules.payment_pauses_clock);
        match kind {
            EventKind::Accepted { .. } => Some(ClockEvent::Received { at }),
            EventKind::SupplementRequested { form } => Some(ClockEvent::SupplementRequested {
                at,
                reason: Some(form.reason.clone()),
            }),
            EventKind::Supplemented { .. } => Some(ClockEvent::SupplementFulfilled { at }),
            EventKind::Forwarded { step, budget, .. } => Some(ClockEvent::StepStarted {
                at,
                step: step.clone(),
                budget: *budget,
            }),
            EventKind::AgencyReplied { step, .. } => Some(ClockEvent::StepFinished {
                at,
                step: step.clone(),
            }),
            EventKind::PaymentRequested { .. } if payment_pauses => Some(ClockEvent::Paused {
                at,
                reason: Some("payment".into()),
            }),
            EventKind::Paid { .. } if self.payment_paused => Some(ClockEvent::Resumed { at }),
            EventKind::Apologised { form } => Some(ClockEvent::Extended {
                at,
                new_appointment: form.due.appointment_at,
                reason: Some(form.reason.clone()),
            }),
            EventKind::Approved { .. } | EventKind::Denied { .. } => {
                Some(ClockEvent::Finished { at })
            }
            EventKind::Stopped { .. } | EventKind::Withdrawn { .. }
                if self.received_at.is_some() && self.finished_at.is_none() =>
            {
                Some(ClockEvent::Finished { at })
            }
            _ => None,
        }
    }

    /// Applies an event already validated.
    pub(crate) fn evolve(&mut self, e: &Event) {
        let at = e.at;
        use Status as S;
        match &e.event {
            EventKind::Created {
                context,
                channel,
                applicant,
            } => {
                self.created = true;
                self.context = Some(context.clone());
                self.channel = *channel;
                self.applicant = Some(applicant.clone());
                self.status = S::Draft;
            }
            EventKind::Submitted { documents } => {
                self.documents.extend(documents.iter().cloned());
                self.submitted_at = Some(at);
                self.status = S::Submitted;
            }
            EventKind::SupplementRequestedAtDesk { form } => {
                for m in &form.missing {
                    if !self.desk_requested.contains(m) {
                        self.desk_requested.push(m.clone());
                    }
                }
                self.desk_requests += 1;
                self.status = S::SupplementRequestedAtDesk;
            }
            EventKind::Resubmitted { documents } => {
                self.documents.extend(documents.iter().cloned());
                self.status = S::Submitted;
            }
            EventKind::RefusedAtReceipt { .. } => {
                self.ended_at = Some(at);
                self.status = S::RefusedAtReceipt;
            }
            EventKind::Accepted { form, .. } => {
                self.code = Some(form.code.clone());
                self.received_at = Some(at);
                self.count_start = Some(at);
                self.due = Some(form.due);
                self.original_due = Some(form.due);
                self.status = S::Received;
            }
            EventKind::Assigned { officer } => {
                self.officer = Some(officer.clone());
                self.status = S::Processing;
            }
            EventKind::SupplementRequested { .. } => {
                self.supplement_requests += 1;
                self.waiting_since = Some(at);
                self.status = S::SupplementRequested;
            }
            EventKind::Supplemented { documents, due } => {
                self.documents.extend(documents.iter().cloned());
                self.count_start = Some(at);
                self.waiting_since = None;
                self.due = Some(*due);
                self.status = S::Processing;
            }
            EventKind::Forwarded {
                step,
                budget,
                handover,
            } => {
                self.open_step = Some(OpenStep {
                    step: step.clone(),
                    agency: handover.to.clone(),
                    budget: *budget,
                    started_at: at,
                });
                self.status = S::AtOtherAgency;
            }
            EventKind::AgencyReplied { handover, .. } => {
                self.open_step = None;
                self.steps_done += 1;
                if handover.on_time == Some(false) {
                    self.steps_late += 1;
                }
                self.status = S::Processing;
            }
            EventKind::PaymentRequested { amount } => {
                self.payment_requested = *amount;
                self.payment_paused = self
                    .context
                    .as_ref()
                    .is_some_and(|c| c.rules.payment_pauses_clock);
                self.waiting_since = Some(at);
                self.status = S::AwaitingPayment;
            }
            EventKind::Paid {
                amount,
                method,
                due,
            } => {
                self.paid += amount;
                self.paid_online |= *method == super::event::PaymentMethod::Online;
                self.payment_paused = false;
                self.waiting_since = None;
                self.due = Some(*due);
                self.status = S::Processing;
            }
            EventKind::Apologised { form } => {
                self.apologies += 1;
                self.apologised_at = Some(at);
                self.due = Some(form.due);
            }
            EventKind::Approved { result, finish, .. } => {
                self.result = Some(result.clone());
                self.finished_at = Some(at);
                self.finish = Some(*finish);
                self.status = S::ResultReady;
            }
            EventKind::Denied { finish, .. } => {
                self.finished_at = Some(at);
                self.finish = Some(*finish);
                self.ended_at = Some(at);
                self.status = S::Denied;
            }
            EventKind::Stopped { .. } => {
                self.ended_at = Some(at);
                self.waiting_since = None;
                self.status = S::Stopped;
            }
            EventKind::ResultReturned { online } => {
                self.returned_at = Some(at);
                self.returned_online = *online;
                self.status = S::Returned;
            }
            EventKind::Posted { .. } => {
                self.posted = true;
                self.status = S::InTransit;
            }
            EventKind::Delivered => {
                self.returned_at = Some(at);
                self.status = S::Returned;
            }
            EventKind::WithdrawalRequested { previous, .. } => {
                self.previous = Some(*previous);
                self.status = S::WithdrawalRequested;
            }
            EventKind::Withdrawn { .. } => {
                self.ended_at = Some(at);
                self.waiting_since = None;
                self.open_step = None;
                self.status = S::Withdrawn;
            }
            EventKind::WithdrawalRejected { .. } => {
                self.status = self.previous.take().unwrap_or(S::Draft);
            }
        }
        self.last_at = Some(at);
        self.len += 1;
        self.head.clone_from(&e.hash);
    }
}

fn check_agency(command: &str, actor: &Actor, expected: &str) -> Result<(), Error> {
    let agency = actor.agency.as_deref().unwrap_or("");
    if agency != expected {
        return Err(DossierError::WrongAgency {
            command: command.into(),
            agency: agency.into(),
            expected: expected.into(),
        }
        .into());
    }
    Ok(())
}
