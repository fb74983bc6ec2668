//! Commands: what an actor asks the dossier to do.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::DossierError;
use super::event::{Applicant, PaymentMethod, ResultDoc};
use super::types::{Actor, DossierContext};
use crate::Error;
use crate::deadline::{Channel, TimeLimit};
use crate::limits::InputLimits;

crate::tagged::internally_tagged! {
    /// What is asked (JSON internally tagged by `type`, snake_case).
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
    pub enum CommandKind {
        /// Open a draft dossier for a procedure (applicant online; desk officer for paper or
        /// postal dossiers).
        Create {
            /// The procedure context (boxed: it is large).
            context: Box<DossierContext>,
            /// Channel of submission.
            channel: Channel,
            /// The applicant.
            applicant: Applicant,
        },
        /// Submit the dossier with the documents filed (Decree 61/2018 Art. 16).
        Submit {
            /// Identifiers of the documents filed.
            documents: Vec<String>,
        },
        /// The desk asks for supplementation before receipt, listing everything missing once
        /// (Form 02; Art. 15(3), 17).
        RequestSupplementAtDesk {
            /// Documents missing or to be corrected.
            missing: Vec<String>,
            /// Reason and guidance.
            reason: String,
        },
        /// The applicant resubmits after a desk supplementation request.
        Resubmit {
            /// Documents added.
            documents: Vec<String>,
        },
        /// The desk refuses the dossier (Form 03).
        RefuseAtReceipt {
            /// Reason.
            reason: String,
        },
        /// The desk receives the dossier: Form 01 with the code and the appointment.
        Accept {
            /// The dossier code, from the caller's [`super::CodeSequencer`].
            code: String,
        },
        /// The resolving agency assigns an officer (Art. 19(1)).
        Assign {
            /// The officer's identifier.
            officer: String,
        },
        /// Supplementation during processing (Form 02; Art. 19(4)).
        RequestSupplement {
            /// Documents missing or to be corrected.
            missing: Vec<String>,
            /// Reason.
            reason: String,
        },
        /// The complete supplement arrives.
        Supplement {
            /// Documents added.
            documents: Vec<String>,
        },
        /// Send the dossier to another agency for an inter-agency step (Art. 19(2)-(5)).
        Forward {
            /// The consulted agency's code.
            agency: String,
            /// Step identifier.
            step: String,
            /// The step's budget (working days or hours).
            budget: TimeLimit,
        },
        /// The consulted agency answers.
        ReplyFromAgency {
            /// Step identifier.
            step: String,
            /// The opinion or result.
            opinion: String,
        },
        /// Ask the applicant to pay (fees, charges, financial obligations).
        RequestPayment {
            /// Amount in đồng.
            amount: u64,
        },
        /// The applicant pays (Art. 22).
        Pay {
            /// Amount in đồng.
            amount: u64,
            /// How.
            method: PaymentMethod,
        },
        /// Apology and new appointment (Form 04; Art. 19(9)).
        Apologise {
            /// The new appointment.
            new_appointment: NaiveDateTime,
            /// Reason.
            reason: String,
        },
        /// The approver signs the result (processing finished; DVCQG 9).
        Approve {
            /// The result.
            result: ResultDoc,
        },
        /// Denied after appraisal (Form 03; Art. 19(8)).
        Deny {
            /// Reason.
            reason: String,
        },
        /// The agency stops processing (e.g. the applicant did not supplement in time).
        Stop {
            /// Reason.
            reason: String,
        },
        /// The desk returns the result (Art. 20).
        ReturnResult {
            /// Returned online (electronic result) rather than in person.
            #[serde(default)]
            online: bool,
        },
        /// The desk sends the result by public post.
        SendByPost {
            /// Postal tracking number.
            tracking: String,
        },
        /// The post delivered the result.
        ConfirmDelivery,
        /// The applicant asks to withdraw (stop) the dossier (Decree 118/2025 Art. 21).
        RequestWithdrawal {
            /// Reason.
            #[serde(default)]
            reason: String,
        },
        /// The withdrawal is accepted (stop notice, Form 05 of Circular 03/2025).
        ApproveWithdrawal,
        /// The withdrawal is refused (the result was already issued…).
        RejectWithdrawal {
            /// Reason.
            reason: String,
        },
    }
}

impl CommandKind {
    /// The JSON `type` name.
    pub fn name(&self) -> &'static str {
        match self {
            CommandKind::Create { .. } => "create",
            CommandKind::Submit { .. } => "submit",
            CommandKind::RequestSupplementAtDesk { .. } => "request_supplement_at_desk",
            CommandKind::Resubmit { .. } => "resubmit",
            CommandKind::RefuseAtReceipt { .. } => "refuse_at_receipt",
            CommandKind::Accept { .. } => "accept",
            CommandKind::Assign { .. } => "assign",
            CommandKind::RequestSupplement { .. } => "request_supplement",
            CommandKind::Supplement { .. } => "supplement",
            CommandKind::Forward { .. } => "forward",
            CommandKind::ReplyFromAgency { .. } => "reply_from_agency",
            CommandKind::RequestPayment { .. } => "request_payment",
            CommandKind::Pay { .. } => "pay",
            CommandKind::Apologise { .. } => "apologise",
            CommandKind::Approve { .. } => "approve",
            CommandKind::Deny { .. } => "deny",
            CommandKind::Stop { .. } => "stop",
            CommandKind::ReturnResult { .. } => "return_result",
            CommandKind::SendByPost { .. } => "send_by_post",
            CommandKind::ConfirmDelivery => "confirm_delivery",
            CommandKind::RequestWithdrawal { .. } => "request_withdrawal",
            CommandKind::ApproveWithdrawal => "approve_withdrawal",
            CommandKind::RejectWithdrawal { .. } => "reject_withdrawal",
        }
    }

    /// Every command name (for messages about unknown commands).
    pub const NAMES: [&'static str; 23] = [
        "create",
        "submit",
        "request_supplement_at_desk",
        "resubmit",
        "refuse_at_receipt",
        "accept",
        "assign",
        "request_supplement",
        "supplement",
        "forward",
        "reply_from_agency",
        "request_payment",
        "pay",
        "apologise",
        "approve",
        "deny",
        "stop",
        "return_result",
        "send_by_post",
        "confirm_delivery",
        "request_withdrawal",
        "approve_withdrawal",
        "reject_withdrawal",
    ];
}

/// A command: when, who, what.
///
/// JSON: `{"at": "2026-03-02T09:00:00", "actor": {"id": "cb01", "role": "desk_officer",
/// "agency": "000.00.01.H40"}, "command": {"type": "accept", "code": "000.00.01.H40-260302-0001"}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Command {
    /// When (Vietnam local time). Never earlier than the dossier's last event.
    pub at: NaiveDateTime,
    /// Who.
    pub actor: Actor,
    /// What.
    pub command: CommandKind,
}

impl Command {
    /// A command.
    pub fn new(at: NaiveDateTime, actor: Actor, command: CommandKind) -> Command {
        Command { at, actor, command }
    }

    /// Parses a command from JSON. An unknown command type, a missing field or malformed
    /// JSON is [`DossierError::Parse`] (5006), naming the problem.
    ///
    /// ```
    /// use motcua::dossier::Command;
    /// let c = Command::from_json(r#"{"at": "2026-03-02T09:00:00", "actor": {"id": "a", "role": "applicant"},
    ///                                "command": {"type": "confirm_delivery"}}"#)?;
    /// assert_eq!(c.command.name(), "confirm_delivery");
    /// let e = Command::from_json(r#"{"at": "2026-03-02T09:00:00", "actor": {"id": "a", "role": "applicant"},
    ///                                "command": {"type": "teleport"}}"#).unwrap_err();
    /// assert_eq!(e.code(), 5006);
    /// assert!(e.to_string().contains("unknown command \"teleport\""));
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Command, Error> {
        Command::from_json_with_limits(json, &InputLimits::default())
    }

    /// [`Command::from_json`] under [`InputLimits::command_bytes`] (5011, checked before
    /// parsing).
    ///
    /// ```
    /// use motcua::dossier::Command;
    /// use motcua::limits::InputLimits;
    /// let json = r#"{"at": "2026-03-02T09:00:00", "actor": {"id": "a", "role": "applicant"},
    ///                "command": {"type": "confirm_delivery"}}"#;
    /// let tight = InputLimits { command_bytes: 16, ..InputLimits::default() };
    /// assert_eq!(Command::from_json_with_limits(json, &tight).unwrap_err().code(), 5011);
    /// ```
    pub fn from_json_with_limits(json: &str, limits: &InputLimits) -> Result<Command, Error> {
        if json.len() > limits.command_bytes {
            return Err(DossierError::TooLarge {
                what: "command",
                len: json.len(),
                unit: "bytes",
                max: limits.command_bytes,
            }
            .into());
        }
        let v: serde_json::Value =
            serde_json::from_str(json).map_err(|e| DossierError::parse("command JSON", e))?;
        if let Some(t) = v
            .get("command")
            .and_then(|c| c.get("type"))
            .and_then(|t| t.as_str())
        {
            if !CommandKind::NAMES.contains(&t) {
                return Err(DossierError::parse(
                    "command",
                    format!(
                        "unknown command {t:?}; expected one of {}",
                        CommandKind::NAMES.join(", ")
                    ),
                )
                .into());
            }
        }
        serde_json::from_value(v).map_err(|e| DossierError::parse("command", e).into())
    }
}
