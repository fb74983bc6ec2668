//! Events: what happened, with the data of the forms it produced.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::types::{Actor, DossierContext, Status};
use crate::deadline::{Channel, TimeLimit, Timeliness};

/// The applicant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    /// Identifier (account, personal number, enterprise number): the applicant's commands
    /// must carry it as the actor's id.
    pub id: String,
    /// Name (chủ hồ sơ).
    pub name: String,
    /// An organisation rather than a citizen.
    #[serde(default)]
    pub organisation: bool,
}

/// How a payment was made (Decree 61/2018 Art. 22).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethod {
    /// Cash or card at the desk.
    Desk,
    /// Transfer to the agency's account.
    BankTransfer,
    /// Through the public postal service.
    Postal,
    /// Online, through the portal's payment function (DVCQG payment platform).
    Online,
}

/// The result document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultDoc {
    /// Document number or identifier (must not be empty).
    pub number: String,
    /// Kind, e.g. "Giấy khai sinh".
    pub name: String,
    /// An electronic result is attached.
    #[serde(default)]
    pub electronic: bool,
}

/// The due of the dossier after an event: current semantics (after any re-appointment)
/// and the national-index (pause) semantics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueSnapshot {
    /// The legal due date.
    pub legal_due_date: NaiveDate,
    /// The appointment.
    pub appointment_at: NaiveDateTime,
    /// The appointment under pause semantics (Decision 766 indicator 2.1).
    pub index_appointment_at: NaiveDateTime,
}

/// Form 01: receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptSlip {
    /// The dossier code.
    pub code: String,
    /// Procedure.
    pub procedure: String,
    /// The applicant's name.
    pub applicant: String,
    /// Documents received.
    pub documents: Vec<String>,
    /// Channel.
    pub channel: Channel,
    /// The instant the time limit counts from.
    pub counted_from: NaiveDateTime,
    /// When the desk hands a paper dossier to the resolving agency (Art. 18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_over_at: Option<NaiveDateTime>,
    /// The due.
    pub due: DueSnapshot,
}

/// Where a supplementation request was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// At the desk, before receipt.
    AtDesk,
    /// During processing.
    Processing,
}

/// Form 02: supplementation request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupplementRequest {
    /// Where.
    pub stage: Stage,
    /// Everything missing or to correct.
    pub missing: Vec<String>,
    /// Reason and guidance.
    pub reason: String,
    /// Sent within the notice period (processing only; Art. 19(4)).
    #[serde(default = "yes")]
    pub within_notice: bool,
}

fn yes() -> bool {
    true
}

/// Form 03: refusal (Phiếu từ chối tiếp nhận giải quyết hồ sơ).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refusal {
    /// At receipt or after appraisal.
    pub stage: Stage,
    /// Reason.
    pub reason: String,
}

/// Form 04: apology and new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Apology {
    /// Reason for the delay.
    pub reason: String,
    /// The appointment it replaces.
    pub previous_appointment: NaiveDateTime,
    /// The due after the re-appointment.
    pub due: DueSnapshot,
}

/// One line of the control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ: Form 05 of
/// Circular 01/2018, Form 06 of Circular 03/2025): a hand-over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handover {
    /// Giving unit (agency code or "applicant").
    pub from: String,
    /// Receiving unit.
    pub to: String,
    /// The step's due, when the hand-over ends or starts a step with a budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_at: Option<NaiveDateTime>,
    /// Whether the giving unit was on time (`None`: no due).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_time: Option<bool>,
}

/// Stop notice (Thông báo dừng giải quyết hồ sơ, Form 05 of Circular 03/2025).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StopNotice {
    /// Reason.
    pub reason: String,
    /// At the applicant's request (withdrawal) rather than the agency's decision.
    pub at_applicant_request: bool,
}

/// Timeliness of a finished dossier, three ways ([`crate::deadline::Assessment`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finish {
    /// Against the current appointment.
    pub against_current: Timeliness,
    /// Against the original appointment (ignoring the re-appointment).
    pub against_original: Timeliness,
    /// The national index view (pause semantics; more than one request = late).
    pub index_view: Timeliness,
}

crate::tagged::internally_tagged! {
    /// What happened (JSON internally tagged by `type`).
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
    pub enum EventKind {
        /// The dossier was opened.
        Created {
            /// The procedure context (boxed: it is large and read once).
            context: Box<DossierContext>,
            /// Channel.
            channel: Channel,
            /// The applicant.
            applicant: Applicant,
        },
        /// Submitted.
        Submitted {
            /// Documents filed.
            documents: Vec<String>,
        },
        /// Supplementation requested at the desk (Form 02).
        SupplementRequestedAtDesk {
            /// Form 02.
            form: SupplementRequest,
        },
        /// Resubmitted after a desk request.
        Resubmitted {
            /// Documents added.
            documents: Vec<String>,
        },
        /// Refused at receipt (Form 03).
        RefusedAtReceipt {
            /// Form 03.
            form: Refusal,
        },
        /// Received (Form 01).
        Accepted {
            /// Form 01.
            form: ReceiptSlip,
            /// Hand-over from the desk to the resolving agency.
            handover: Handover,
        },
        /// An officer was assigned.
        Assigned {
            /// Officer.
            officer: String,
        },
        /// Supplementation requested during processing (Form 02).
        SupplementRequested {
            /// Form 02.
            form: SupplementRequest,
        },
        /// The supplement arrived; the due after it.
        Supplemented {
            /// Documents added.
            documents: Vec<String>,
            /// The due after the supplement.
            due: DueSnapshot,
        },
        /// Sent to another agency.
        Forwarded {
            /// Step identifier.
            step: String,
            /// Budget.
            budget: TimeLimit,
            /// Control-slip line (to = the consulted agency, with the step's due).
            handover: Handover,
        },
        /// The consulted agency answered.
        AgencyReplied {
            /// Step identifier.
            step: String,
            /// Opinion.
            opinion: String,
            /// Control-slip line, with on-time/late.
            handover: Handover,
        },
        /// Payment requested.
        PaymentRequested {
            /// Amount in đồng.
            amount: u64,
        },
        /// Paid.
        Paid {
            /// Amount in đồng.
            amount: u64,
            /// How.
            method: PaymentMethod,
            /// The due after the payment (moved when the wait paused the clock).
            due: DueSnapshot,
        },
        /// Apology and re-appointment (Form 04).
        Apologised {
            /// Form 04.
            form: Apology,
        },
        /// The result is signed (processing finished).
        Approved {
            /// The result.
            result: ResultDoc,
            /// Control-slip line from the resolving agency to the desk.
            handover: Handover,
            /// Timeliness at the finish.
            finish: Finish,
        },
        /// Denied after appraisal (Form 03).
        Denied {
            /// Form 03.
            form: Refusal,
            /// Timeliness at the finish (Art. 19(8): within the time limit).
            finish: Finish,
        },
        /// Stopped by the agency.
        Stopped {
            /// Stop notice.
            notice: StopNotice,
        },
        /// The result was returned.
        ResultReturned {
            /// Online (electronic result).
            online: bool,
        },
        /// Sent by post.
        Posted {
            /// Tracking number.
            tracking: String,
        },
        /// Delivered by the post.
        Delivered,
        /// Withdrawal requested.
        WithdrawalRequested {
            /// Reason.
            reason: String,
            /// The state to go back to if refused.
            previous: Status,
        },
        /// Withdrawn (stop notice).
        Withdrawn {
            /// Stop notice.
            notice: StopNotice,
        },
        /// Withdrawal refused.
        WithdrawalRejected {
            /// Reason.
            reason: String,
        },
    }
}

impl EventKind {
    /// The JSON `type` name.
    pub fn name(&self) -> &'static str {
        self.names().0
    }

    /// The name of the command that records this event ([`super::CommandKind::name`]): what
    /// a rejection's message names, since the caller gave the command.
    pub fn command_name(&self) -> &'static str {
        self.names().1
    }

    /// `(event name, name of the command that records it)`: one table for both.
    fn names(&self) -> (&'static str, &'static str) {
        match self {
            EventKind::Created { .. } => ("created", "create"),
            EventKind::Submitted { .. } => ("submitted", "submit"),
            EventKind::SupplementRequestedAtDesk { .. } => {
                ("supplement_requested_at_desk", "request_supplement_at_desk")
            }
            EventKind::Resubmitted { .. } => ("resubmitted", "resubmit"),
            EventKind::RefusedAtReceipt { .. } => ("refused_at_receipt", "refuse_at_receipt"),
            EventKind::Accepted { .. } => ("accepted", "accept"),
            EventKind::Assigned { .. } => ("assigned", "assign"),
            EventKind::SupplementRequested { .. } => ("supplement_requested", "request_supplement"),
            EventKind::Supplemented { .. } => ("supplemented", "supplement"),
            EventKind::Forwarded { .. } => ("forwarded", "forward"),
            EventKind::AgencyReplied { .. } => ("agency_replied", "reply_from_agency"),
            EventKind::PaymentRequested { .. } => ("payment_requested", "request_payment"),
            EventKind::Paid { .. } => ("paid", "pay"),
            EventKind::Apologised { .. } => ("apologised", "apologise"),
            EventKind::Approved { .. } => ("approved", "approve"),
            EventKind::Denied { .. } => ("denied", "deny"),
            EventKind::Stopped { .. } => ("stopped", "stop"),
            EventKind::ResultReturned { .. } => ("result_returned", "return_result"),
            EventKind::Posted { .. } => ("posted", "send_by_post"),
            EventKind::Delivered => ("delivered", "confirm_delivery"),
            EventKind::WithdrawalRequested { .. } => ("withdrawal_requested", "request_withdrawal"),
            EventKind::Withdrawn { .. } => ("withdrawn", "approve_withdrawal"),
            EventKind::WithdrawalRejected { .. } => ("withdrawal_rejected", "reject_withdrawal"),
        }
    }
}

/// One entry of a dossier's log, chained to the one before by its hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Position in the log, from 0.
    pub seq: u64,
    /// The dossier's identifier.
    pub dossier: String,
    /// When (Vietnam local time).
    pub at: NaiveDateTime,
    /// Who.
    pub actor: Actor,
    /// What.
    pub event: EventKind,
    /// Hash of the previous event (64 zeros for the first).
    pub prev: String,
    /// SHA-256 of `prev` and the canonical serialisation of the other fields
    /// ([`super::canonical_json`]), lower-case hex.
    pub hash: String,
}
