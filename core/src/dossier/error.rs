//! Errors of the dossier module (codes 5001–5099).

use serde::Serialize;

use crate::error::{ErrorKind, Lang, Localized};

/// A legal or business rule that rejected a command ([`DossierError::Guard`]). Each rule
/// knows its source ([`Guard::source`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Guard {
    /// Acceptance needs every required document of the procedure.
    CompleteChecklist,
    /// The desk guides the applicant once, fully: a second request may not ask for
    /// anything new.
    GuideOnce,
    /// A supplementation request, refusal, denial, stop or withdrawal rejection without a
    /// reason or without the missing documents.
    ReasonRequired,
    /// A supplementation request during processing after the notice period.
    SupplementNoticePeriod,
    /// Apology and re-appointment at most once.
    ApologyAtMostOnce,
    /// Apology and re-appointment too late (or a new date not after the current one).
    ApologyTiming,
    /// Approval, return or posting without a result document.
    ResultRequired,
    /// Online submission of a procedure that has no online submission at its level.
    OnlineSubmission,
    /// Online payment at a level that does not offer it.
    OnlinePayment,
    /// Online return of a result at a level that does not offer it.
    OnlineResult,
    /// A payment that does not settle what was requested.
    PaymentAmount,
    /// Approval or denial while an inter-agency step is still open, or a reply for a step
    /// that is not open.
    InterAgencyStep,
    /// Withdrawal after the decision (the result) was issued.
    WithdrawalAfterDecision,
    /// A dossier code that does not belong to the receiving agency and the day of receipt.
    DossierCode,
    /// The applicant acting on someone else's dossier.
    Applicant,
}

impl Guard {
    /// Machine-readable name.
    pub fn name(self) -> &'static str {
        match self {
            Guard::CompleteChecklist => "complete_checklist",
            Guard::GuideOnce => "guide_once",
            Guard::ReasonRequired => "reason_required",
            Guard::SupplementNoticePeriod => "supplement_notice_period",
            Guard::ApologyAtMostOnce => "apology_at_most_once",
            Guard::ApologyTiming => "apology_timing",
            Guard::ResultRequired => "result_required",
            Guard::OnlineSubmission => "online_submission",
            Guard::OnlinePayment => "online_payment",
            Guard::OnlineResult => "online_result",
            Guard::PaymentAmount => "payment_amount",
            Guard::InterAgencyStep => "inter_agency_step",
            Guard::WithdrawalAfterDecision => "withdrawal_after_decision",
            Guard::DossierCode => "dossier_code",
            Guard::Applicant => "applicant",
        }
    }

    /// The legal source of the rule (or the convention, when the law is silent).
    ///
    /// ```
    /// use motcua::dossier::Guard;
    /// assert!(Guard::ApologyAtMostOnce.source().contains("Art. 19(9)"));
    /// ```
    pub fn source(self) -> &'static str {
        match self {
            Guard::CompleteChecklist => {
                "Decree 61/2018/NĐ-CP Art. 17(1)-(3) (complete dossier → Form 01); Circular 01/2018/TT-VPCP Form 01"
            }
            Guard::GuideOnce => {
                "Decree 61/2018/NĐ-CP Art. 15(3), Art. 17(2)(a): guide once, fully (Form 02); Decree 297/2025 Art. 6(4)(a) 'đầy đủ trong 01 lần'"
            }
            Guard::ReasonRequired => {
                "Decree 61/2018/NĐ-CP Art. 17 and 19(4), (8): Forms 02 and 03 state the reasons; Circular 03/2025 Art. 7 (stop notice)"
            }
            Guard::SupplementNoticePeriod => {
                "Decree 61/2018/NĐ-CP Art. 19(4): notify within 3 working days of receipt (Decree 118/2025 figure not read: policy)"
            }
            Guard::ApologyAtMostOnce => {
                "Decree 61/2018/NĐ-CP Art. 19(9): 'không quá một lần'; restated under Decree 118/2025 by provincial rules"
            }
            Guard::ApologyTiming => {
                "Decree 61/2018/NĐ-CP Art. 19(9): at least 1 day before the deadline (DeadlinePolicy.extension; Decree 297/2025 Art. 6(5) allows later)"
            }
            Guard::ResultRequired => {
                "Decree 61/2018/NĐ-CP Art. 20: the result returned must be complete"
            }
            Guard::OnlineSubmission => {
                "Decree 43/2011/NĐ-CP Art. 3(4)(c) (level 3+); Decree 42/2022/NĐ-CP Art. 11(1)"
            }
            Guard::OnlinePayment => {
                "Decree 43/2011/NĐ-CP Art. 3(4)(c)-(d): level 3 pays at the desk, level 4 online; Decree 61/2018 Art. 22"
            }
            Guard::OnlineResult => {
                "Decree 43/2011/NĐ-CP Art. 3(4)(d); Decree 42/2022/NĐ-CP Art. 11(1)(a)"
            }
            Guard::PaymentAmount => "Decree 61/2018/NĐ-CP Art. 22 (fees and charges)",
            Guard::InterAgencyStep => {
                "Decree 61/2018/NĐ-CP Art. 19(2)-(5): consulted agencies answer within their own deadlines"
            }
            Guard::WithdrawalAfterDecision => {
                "Decree 118/2025/NĐ-CP Art. 21, Circular 03/2025/TT-VPCP Art. 7 [S]: stop only before the decision; same default before 1 July 2025 (no rule in 61/2018)"
            }
            Guard::DossierCode => {
                "Decree 61/2018/NĐ-CP Art. 26; Circular 01/2018/TT-VPCP Art. 19: <receiving agency>-YYMMDD-NNNN"
            }
            Guard::Applicant => {
                "Decree 61/2018/NĐ-CP Art. 16: the applicant or an authorised person"
            }
        }
    }
}

/// What kind of tampering [`super::Dossier::verify`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tamper {
    /// The event's content no longer matches its hash, or the chain link to it was
    /// recomputed.
    Edited,
    /// An event is missing (a gap in the sequence, or a log shorter than its head says).
    Removed,
    /// An event that does not belong at this position was added.
    Inserted,
    /// Events were swapped.
    Reordered,
}

impl Tamper {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Tamper::Edited => ("edited", "bị sửa"),
            Tamper::Removed => ("removed", "bị xóa"),
            Tamper::Inserted => ("inserted", "bị chèn"),
            Tamper::Reordered => ("reordered", "bị đổi thứ tự"),
        }
    }
}

/// Errors of the dossier module (codes 5001–5099).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DossierError {
    /// The command is not allowed in the dossier's state (terminal states accept nothing)
    /// (code 5001).
    #[error("command {command} is not allowed while the dossier is {state}")]
    InvalidTransition {
        /// The command's name.
        command: String,
        /// The state's name.
        state: String,
    },
    /// The actor's role may not give this command (code 5002).
    #[error("a {role} may not give the command {command}")]
    Forbidden {
        /// The command's name.
        command: String,
        /// The actor's role.
        role: String,
    },
    /// The actor's agency is not the one the dossier is assigned to (code 5003).
    #[error(
        "command {command}: actor of agency {agency:?} but the dossier is assigned to {expected:?}"
    )]
    WrongAgency {
        /// The command's name.
        command: String,
        /// The actor's agency.
        agency: String,
        /// The agency expected.
        expected: String,
    },
    /// A legal or business rule rejected the command (code 5004).
    #[error("command {command} rejected by rule {} ({}): {detail}", guard.name(), guard.source())]
    Guard {
        /// The command's name.
        command: String,
        /// The rule.
        guard: Guard,
        /// Why (English).
        detail: String,
        /// Why (Vietnamese).
        detail_vi: String,
    },
    /// A timestamp earlier than the last event's (code 5005).
    #[error("timestamp {at} is earlier than the last event at {previous}")]
    TimestampBackwards {
        /// The new timestamp.
        at: String,
        /// The last event's timestamp.
        previous: String,
    },
    /// A JSON document (command, event, log) that could not be read; an unknown command
    /// (code 5006).
    #[error("malformed {what}: {detail}")]
    Parse {
        /// What was being read.
        what: String,
        /// The parser's message.
        detail: String,
    },
    /// A log (or an event) that belongs to another dossier (code 5007).
    #[error("the log belongs to dossier {found:?}, not {expected:?}")]
    ForeignLog {
        /// The dossier expected.
        expected: String,
        /// The dossier found.
        found: String,
    },
    /// The hash chain is broken: the first bad event and the kind of tampering (code 5008).
    #[error("the log was tampered with: event #{index} {}: {detail}", tamper.texts().0)]
    Tampered {
        /// Position of the first bad event (0-based).
        index: usize,
        /// What was done.
        tamper: Tamper,
        /// Details (English).
        detail: String,
    },
    /// A daily dossier sequence past its last number, or a sequencer asked for an earlier
    /// day (code 5009).
    #[error("dossier code sequence: {detail}")]
    Sequence {
        /// Why (English).
        detail: String,
        /// Why (Vietnamese).
        detail_vi: String,
    },
    /// An invalid dossier context, status mapping or other configuration (code 5010).
    #[error("invalid {what}: {detail}")]
    InvalidConfig {
        /// What.
        what: String,
        /// Why (English).
        detail: String,
        /// Why (Vietnamese).
        detail_vi: String,
    },
    /// An input over a configured limit (code 5011; see [`crate::limits::InputLimits`]): a
    /// log of more events than allowed, or a log or command text of more bytes (refused
    /// before parsing).
    #[error("{what} of {len} {unit} exceeds the limit of {max}")]
    TooLarge {
        /// What was read: `"log"`, `"events"`, `"command"`, `"dossier context"`,
        /// `"view options"` or `"status mapping"`.
        what: &'static str,
        /// Its size.
        len: usize,
        /// The unit of `len` and `max`: `"events"` or `"bytes"`.
        unit: &'static str,
        /// The limit.
        max: usize,
    },
}

impl DossierError {
    /// Machine-readable name of the code.
    ///
    /// ```
    /// use motcua::dossier::DossierError;
    /// use motcua::error::Localized;
    /// let e = DossierError::TimestampBackwards { at: "a".into(), previous: "b".into() };
    /// assert_eq!((e.code(), e.name()), (5005, "dossier.timestamp_backwards"));
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            DossierError::InvalidTransition { .. } => "dossier.invalid_transition",
            DossierError::Forbidden { .. } => "dossier.forbidden",
            DossierError::WrongAgency { .. } => "dossier.wrong_agency",
            DossierError::Guard { .. } => "dossier.guard",
            DossierError::TimestampBackwards { .. } => "dossier.timestamp_backwards",
            DossierError::Parse { .. } => "dossier.parse",
            DossierError::ForeignLog { .. } => "dossier.foreign_log",
            DossierError::Tampered { .. } => "dossier.tampered",
            DossierError::Sequence { .. } => "dossier.sequence",
            DossierError::InvalidConfig { .. } => "dossier.invalid_config",
            DossierError::TooLarge { .. } => "dossier.too_large",
        }
    }

    /// The guard that rejected a command, if that is what happened.
    pub fn guard(&self) -> Option<Guard> {
        match self {
            DossierError::Guard { guard, .. } => Some(*guard),
            _ => None,
        }
    }

    /// The tampering found, if that is what happened: `(index, kind)`.
    pub fn tamper(&self) -> Option<(usize, Tamper)> {
        match self {
            DossierError::Tampered { index, tamper, .. } => Some((*index, *tamper)),
            _ => None,
        }
    }

    pub(crate) fn guard_err(command: &str, guard: Guard, en: String, vi: String) -> Self {
        DossierError::Guard {
            command: command.into(),
            guard,
            detail: en,
            detail_vi: vi,
        }
    }

    pub(crate) fn parse(what: &str, detail: impl ToString) -> Self {
        DossierError::Parse {
            what: what.into(),
            detail: detail.to_string(),
        }
    }

    pub(crate) fn config(what: &str, en: String, vi: String) -> Self {
        DossierError::InvalidConfig {
            what: what.into(),
            detail: en,
            detail_vi: vi,
        }
    }
}

impl Localized for DossierError {
    fn code(&self) -> u32 {
        match self {
            DossierError::InvalidTransition { .. } => 5001,
            DossierError::Forbidden { .. } => 5002,
            DossierError::WrongAgency { .. } => 5003,
            DossierError::Guard { .. } => 5004,
            DossierError::TimestampBackwards { .. } => 5005,
            DossierError::Parse { .. } => 5006,
            DossierError::ForeignLog { .. } => 5007,
            DossierError::Tampered { .. } => 5008,
            DossierError::Sequence { .. } => 5009,
            DossierError::InvalidConfig { .. } => 5010,
            DossierError::TooLarge { .. } => 5011,
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            DossierError::Parse { .. } => ErrorKind::Parse,
            DossierError::TooLarge { .. } => ErrorKind::LimitExceeded,
            DossierError::Sequence { .. } => ErrorKind::OutOfRange,
            DossierError::InvalidConfig { .. } | DossierError::Guard { .. } => {
                ErrorKind::InvalidInput
            }
            DossierError::InvalidTransition { .. }
            | DossierError::Forbidden { .. }
            | DossierError::WrongAgency { .. }
            | DossierError::TimestampBackwards { .. }
            | DossierError::ForeignLog { .. }
            | DossierError::Tampered { .. } => ErrorKind::Conflict,
        }
    }

    fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            DossierError::InvalidTransition { command, state } => {
                format!("Không được thực hiện lệnh {command} khi hồ sơ ở trạng thái {state}")
            }
            DossierError::Forbidden { command, role } => {
                format!("Vai trò {role} không được thực hiện lệnh {command}")
            }
            DossierError::WrongAgency {
                command,
                agency,
                expected,
            } => format!(
                "Lệnh {command}: người thực hiện thuộc cơ quan {agency} nhưng hồ sơ thuộc cơ quan {expected}"
            ),
            DossierError::Guard {
                command,
                guard,
                detail_vi,
                ..
            } => format!(
                "Lệnh {command} bị từ chối theo quy định {} ({}): {detail_vi}",
                guard.name(),
                guard.source()
            ),
            DossierError::TimestampBackwards { at, previous } => {
                format!("Thời điểm {at} sớm hơn sự kiện cuối cùng ({previous})")
            }
            DossierError::Parse { what, detail } => {
                format!("{what} không đúng định dạng: {detail}")
            }
            DossierError::ForeignLog { expected, found } => {
                format!("Nhật ký thuộc hồ sơ {found}, không phải hồ sơ {expected}")
            }
            DossierError::Tampered {
                index,
                tamper,
                detail,
            } => format!(
                "Nhật ký hồ sơ đã bị can thiệp: sự kiện số {index} {} ({detail})",
                tamper.texts().1
            ),
            DossierError::Sequence { detail_vi, .. } => {
                format!("Số thứ tự hồ sơ trong ngày: {detail_vi}")
            }
            DossierError::InvalidConfig {
                what, detail_vi, ..
            } => format!("Cấu hình {what} không hợp lệ: {detail_vi}"),
            DossierError::TooLarge {
                what,
                len,
                unit,
                max,
            } => {
                let what = match *what {
                    "command" => "Lệnh",
                    "dossier context" => "Ngữ cảnh hồ sơ",
                    "view options" => "Tùy chọn hiển thị",
                    "status mapping" => "Bảng ánh xạ trạng thái",
                    "events" => "Danh sách sự kiện",
                    _ => "Nhật ký",
                };
                let unit = if *unit == "bytes" {
                    "byte"
                } else {
                    "sự kiện"
                };
                format!("{what} có {len} {unit}, vượt giới hạn {max}")
            }
        }
    }
}
