//! Roles, actors, states, the procedure context a dossier is checked against, and forms.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::DossierError;
use crate::Error;
use crate::deadline::{Channel, DeadlinePolicy, Regime, TimeLimit};
use crate::level::{Capabilities, ServiceLevel};

/// Who gives a command (domain brief §5.3: A, D, P, X, S; P split into officer and approver).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The applicant (citizen or organisation) or an authorised person.
    Applicant,
    /// An officer of the one-stop desk (Bộ phận Một cửa) of the receiving agency.
    DeskOfficer,
    /// An officer of the resolving (competent) agency.
    ProcessingOfficer,
    /// The head (or deputy) of the resolving agency, who signs decisions.
    Approver,
    /// An officer of an agency consulted in an inter-agency step.
    OtherAgency,
    /// The system itself (timers, payment gateway, national portal).
    System,
}

impl Role {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Applicant => "applicant",
            Role::DeskOfficer => "desk_officer",
            Role::ProcessingOfficer => "processing_officer",
            Role::Approver => "approver",
            Role::OtherAgency => "other_agency",
            Role::System => "system",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who gives a command: an identifier, a role and (for officers) an agency code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// The person's or system's identifier (account, personal number…).
    pub id: String,
    /// The role.
    pub role: Role,
    /// The agency code of an officer; `None` for the applicant and the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

impl Actor {
    /// An actor.
    pub fn new(id: impl Into<String>, role: Role, agency: Option<&str>) -> Actor {
        Actor {
            id: id.into(),
            role,
            agency: agency.map(str::to_owned),
        }
    }
}

/// The state of a dossier (domain brief §5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being prepared; not submitted.
    Draft,
    /// Submitted, waiting for the desk's check (DVCQG 1).
    Submitted,
    /// The desk asked for supplementation before receipt (Form 02).
    SupplementRequestedAtDesk,
    /// Refused at receipt (Form 03). Terminal.
    RefusedAtReceipt,
    /// Received with a code and an appointment (Form 01).
    Received,
    /// Being processed by the resolving agency.
    Processing,
    /// At another agency for an inter-agency step.
    AtOtherAgency,
    /// Waiting for the applicant to pay fees or fulfil a financial obligation.
    AwaitingPayment,
    /// Supplementation requested during processing (Form 02).
    SupplementRequested,
    /// Denied after appraisal (Form 03; the result is the refusal letter). Terminal.
    Denied,
    /// The result is ready at the desk (DVCQG 9).
    ResultReady,
    /// The result is on its way by post.
    InTransit,
    /// The result was returned. Terminal.
    Returned,
    /// The applicant asked to withdraw; the previous state is kept.
    WithdrawalRequested,
    /// Withdrawn at the applicant's request. Terminal.
    Withdrawn,
    /// Processing stopped by the agency. Terminal.
    Stopped,
}

impl Status {
    /// Every state.
    pub const ALL: [Status; 16] = [
        Status::Draft,
        Status::Submitted,
        Status::SupplementRequestedAtDesk,
        Status::RefusedAtReceipt,
        Status::Received,
        Status::Processing,
        Status::AtOtherAgency,
        Status::AwaitingPayment,
        Status::SupplementRequested,
        Status::Denied,
        Status::ResultReady,
        Status::InTransit,
        Status::Returned,
        Status::WithdrawalRequested,
        Status::Withdrawn,
        Status::Stopped,
    ];

    /// True for the states that accept no command.
    ///
    /// ```
    /// use motcua::dossier::Status;
    /// assert!(Status::Returned.is_terminal() && !Status::ResultReady.is_terminal());
    /// ```
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Status::RefusedAtReceipt
                | Status::Denied
                | Status::Returned
                | Status::Withdrawn
                | Status::Stopped
        )
    }

    /// True once the dossier was received (Form 01) and not yet finished or ended.
    pub fn is_in_processing(self) -> bool {
        matches!(
            self,
            Status::Received
                | Status::Processing
                | Status::AtOtherAgency
                | Status::AwaitingPayment
                | Status::SupplementRequested
        )
    }

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::SupplementRequestedAtDesk => "supplement_requested_at_desk",
            Status::RefusedAtReceipt => "refused_at_receipt",
            Status::Received => "received",
            Status::Processing => "processing",
            Status::AtOtherAgency => "at_other_agency",
            Status::AwaitingPayment => "awaiting_payment",
            Status::SupplementRequested => "supplement_requested",
            Status::Denied => "denied",
            Status::ResultReady => "result_ready",
            Status::InTransit => "in_transit",
            Status::Returned => "returned",
            Status::WithdrawalRequested => "withdrawal_requested",
            Status::Withdrawn => "withdrawn",
            Status::Stopped => "stopped",
        }
    }

    /// Name in Vietnamese.
    pub fn label_vi(self) -> &'static str {
        match self {
            Status::Draft => "đang soạn",
            Status::Submitted => "mới đăng ký",
            Status::SupplementRequestedAtDesk => "yêu cầu bổ sung khi tiếp nhận",
            Status::RefusedAtReceipt => "không được tiếp nhận",
            Status::Received => "được tiếp nhận",
            Status::Processing => "đang xử lý",
            Status::AtOtherAgency => "đang xử lý liên thông",
            Status::AwaitingPayment => "chờ thực hiện nghĩa vụ tài chính",
            Status::SupplementRequested => "yêu cầu bổ sung giấy tờ",
            Status::Denied => "từ chối giải quyết",
            Status::ResultReady => "đã xử lý xong",
            Status::InTransit => "đang chuyển phát kết quả",
            Status::Returned => "đã trả kết quả",
            Status::WithdrawalRequested => "công dân yêu cầu rút hồ sơ",
            Status::Withdrawn => "đã rút hồ sơ",
            Status::Stopped => "dừng xử lý",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Guard choices the law leaves open, each with a documented default.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DossierRules {
    /// Reject a supplementation request during processing sent after
    /// [`DeadlinePolicy::supplement_notice_working_days`] (default `true`: Decree 61/2018
    /// Art. 19(4) sets the period; `false` records it as late instead).
    pub reject_late_supplement_request: bool,
    /// Stop the clock while waiting for a payment (default `true`: the time the applicant
    /// takes to fulfil a financial obligation is not the agency's; sectoral practice
    /// (e.g. land) [U], OpenCPS "paying" steps [C]).
    pub payment_pauses_clock: bool,
    /// Allow withdrawal after the result was issued (default `false`: Decree 118/2025
    /// Art. 21, Circular 03/2025 Art. 7 [S]).
    pub withdrawal_after_decision: bool,
    /// Check actors' agencies against the dossier's (default `true`).
    pub check_agency: bool,
}

impl Default for DossierRules {
    fn default() -> Self {
        DossierRules {
            reject_late_supplement_request: true,
            payment_pauses_clock: true,
            withdrawal_after_decision: false,
            check_agency: true,
        }
    }
}

/// Which dossier-code structure the receiving agency uses ([`super::CodeFormat`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CodeScheme {
    /// Circular 01/2018/TT-VPCP Art. 19: `<receiving agency>-YYMMDD-NNNN`, checked with
    /// [`crate::form::id::validate_dossier_code`] against the receiving agency and the day of
    /// receipt (the default).
    #[default]
    Circular01,
    /// Any non-empty code (a scheme this library does not know, e.g. Circular 03/2025
    /// Art. 13(1)–(2), not read).
    Opaque,
}

/// What a dossier is checked against: the procedure's parts the guards need, the agencies,
/// the deadline policy and the guard choices. Built by the caller, from
/// [`crate::procedure`] data or by hand; recorded in the dossier's first event so a replay
/// needs only the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierContext {
    /// Procedure identifier (national code `d.dddddd` when known).
    pub procedure: String,
    /// Variant (case) identifier, when the procedure has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Field (lĩnh vực) key, for reports.
    pub field: String,
    /// The legal time limit.
    pub time_limit: TimeLimit,
    /// Identifiers of the documents that must be filed (the checklist of acceptance).
    #[serde(default)]
    pub required_documents: Vec<String>,
    /// The online service level, when the procedure is offered online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_level: Option<ServiceLevel>,
    /// The service's configured channels (when all false, those of `service_level`).
    #[serde(default)]
    pub capabilities: Capabilities,
    /// Fees or charges are due.
    #[serde(default)]
    pub fee_bearing: bool,
    /// Agency code of the receiving desk's agency (QCVN 102:2016 or Decision 20/2020
    /// style).
    pub receiving_agency: String,
    /// Agency code of the resolving (competent) agency.
    pub resolving_agency: String,
    /// Dossier-code structure.
    #[serde(default)]
    pub code_scheme: CodeScheme,
    /// Deadline policy (its channel is set from the dossier's channel).
    #[serde(default)]
    pub policy: DeadlinePolicy,
    /// Guard choices.
    #[serde(default)]
    pub rules: DossierRules,
}

impl DossierContext {
    /// A context with default policy and rules.
    ///
    /// ```
    /// use motcua::deadline::TimeLimit;
    /// use motcua::dossier::DossierContext;
    /// let ctx = DossierContext::new("2.000815", "chung_thuc", TimeLimit::same_day(), "000.00.01.H40", "000.00.01.H40")
    ///     .with_documents(["giay_to_goc"]);
    /// assert!(ctx.validate().is_ok());
    /// assert_eq!(ctx.clone().with_documents([""]).validate().unwrap_err().code(), 5010);
    /// ```
    pub fn new(
        procedure: impl Into<String>,
        field: impl Into<String>,
        time_limit: TimeLimit,
        receiving_agency: impl Into<String>,
        resolving_agency: impl Into<String>,
    ) -> DossierContext {
        DossierContext {
            procedure: procedure.into(),
            variant: None,
            field: field.into(),
            time_limit,
            required_documents: Vec::new(),
            service_level: None,
            capabilities: Capabilities::default(),
            fee_bearing: false,
            receiving_agency: receiving_agency.into(),
            resolving_agency: resolving_agency.into(),
            code_scheme: CodeScheme::default(),
            policy: DeadlinePolicy::default(),
            rules: DossierRules::default(),
        }
    }

    /// The context of a catalogue procedure's variant, as offered (optionally) by an online
    /// service, on a date: the variant valid on `on` (or the first), its time limit, its
    /// required documents (filed, not only shown) as ids `tp1`, `tp2`… by position in the
    /// variant's list ([`DossierContext::document_id`]), fee-bearing when a fee in force on
    /// `on` has a non-zero or province-set amount, the service's level and channels, and the
    /// policy regime in force on `on`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::dossier::DossierContext;
    /// use motcua::procedure::Catalogue;
    /// let cat = Catalogue::vietnam_default();
    /// let p = cat.procedure("1.001193").unwrap();
    /// let svc = cat.services_of("1.001193").next();
    /// let on = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    /// let ctx = DossierContext::from_catalogue(p, None, svc, "000.01.21.H40", "000.01.21.H40", on)?;
    /// assert_eq!(ctx.field, "ho_tich");
    /// assert!(!ctx.required_documents.is_empty());
    /// assert!(ctx.effective_capabilities().online_submission);
    /// // Unknown variant: a typed error.
    /// assert_eq!(DossierContext::from_catalogue(p, Some("x"), None, "000.01.21.H40", "000.01.21.H40", on).unwrap_err().code(), 5010);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_catalogue(
        procedure: &crate::procedure::Procedure,
        variant: Option<&str>,
        service: Option<&crate::procedure::OnlineService>,
        receiving_agency: &str,
        resolving_agency: &str,
        on: chrono::NaiveDate,
    ) -> Result<DossierContext, Error> {
        let in_force = |from: Option<chrono::NaiveDate>, until: Option<chrono::NaiveDate>| {
            from.is_none_or(|f| f <= on) && until.is_none_or(|u| on <= u)
        };
        let v = match variant {
            Some(id) => procedure.variant(id).ok_or_else(|| {
                Error::from(DossierError::config(
                    "dossier context",
                    format!("procedure {} has no variant {id:?}", procedure.id),
                    format!("thủ tục {} không có trường hợp {id:?}", procedure.id),
                ))
            })?,
            None => procedure
                .variants
                .iter()
                .find(|v| in_force(v.valid_from, v.valid_until))
                .or_else(|| procedure.variants.first())
                .ok_or_else(|| {
                    Error::from(DossierError::config(
                        "dossier context",
                        format!("procedure {} has no variant", procedure.id),
                        format!("thủ tục {} không có trường hợp nào", procedure.id),
                    ))
                })?,
        };
        let required_documents = v
            .documents
            .iter()
            .enumerate()
            .filter(|(_, d)| d.required && !d.show_only)
            .map(|(i, _)| DossierContext::document_id(i))
            .collect();
        let fee_bearing = v.fees.iter().any(|f| {
            in_force(f.valid_from, f.valid_until)
                && (f.set_by_province || f.amount.is_some_and(|a| a > 0))
        });
        let mut ctx = DossierContext::new(
            procedure
                .code
                .clone()
                .unwrap_or_else(|| procedure.id.clone()),
            procedure.field.clone(),
            v.time_limit,
            receiving_agency,
            resolving_agency,
        );
        ctx.variant = Some(v.id.clone());
        ctx.required_documents = required_documents;
        ctx.fee_bearing = fee_bearing;
        if let Some(s) = service {
            ctx.service_level = Some(s.level);
            ctx.capabilities = s.capabilities;
        }
        ctx.policy.regime = Regime::in_force_on(on);
        ctx.validate()?;
        Ok(ctx)
    }

    /// The identifier of the document at `index` (from 0) of a variant's list: `tp1`, `tp2`…
    /// (thành phần hồ sơ).
    pub fn document_id(index: usize) -> String {
        format!("tp{}", index + 1)
    }

    /// Sets the required documents.
    pub fn with_documents<S: Into<String>>(mut self, docs: impl IntoIterator<Item = S>) -> Self {
        self.required_documents = docs.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the online service level.
    pub fn with_level(mut self, level: ServiceLevel) -> Self {
        self.service_level = Some(level);
        self
    }

    /// Sets whether fees are due.
    pub fn with_fee(mut self, fee_bearing: bool) -> Self {
        self.fee_bearing = fee_bearing;
        self
    }

    /// Sets the deadline policy.
    pub fn with_policy(mut self, policy: DeadlinePolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Sets the guard choices.
    pub fn with_rules(mut self, rules: DossierRules) -> Self {
        self.rules = rules;
        self
    }

    /// The policy keyed by the date of submission: the regime in force on that date
    /// (Decree 61/2018 before 1 July 2025, Decree 118/2025 from then), other fields kept.
    pub fn with_regime_on(mut self, date: chrono::NaiveDate) -> Self {
        self.policy.regime = Regime::in_force_on(date);
        self
    }

    /// The capabilities in force: the configured ones, or the level's when none is set.
    pub fn effective_capabilities(&self) -> Capabilities {
        if self.capabilities != Capabilities::default() {
            return self.capabilities;
        }
        let mut c = self.service_level.map(|l| l.required()).unwrap_or_default();
        if matches!(self.service_level, Some(ServiceLevel::FullProcess)) {
            // A full-process service returns its result online or by post (Decree 42/2022
            // Art. 11(1)(a)); online payment is allowed (issue brief: level 4 / full process).
            c.online_result = true;
            c.postal_result = true;
            c.online_payment = true;
        }
        if matches!(self.service_level, Some(ServiceLevel::Level4)) {
            c.online_result = true;
        }
        c
    }

    /// Checks the context: non-empty identifiers, valid agency codes
    /// ([`crate::form::id::validate_agency_code`]), a valid time limit and policy.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |en: String, vi: String| -> Error {
            DossierError::config("dossier context", en, vi).into()
        };
        if self.procedure.trim().is_empty() || self.field.trim().is_empty() {
            return Err(bad(
                "procedure and field must not be empty".into(),
                "mã thủ tục và lĩnh vực không được để trống".into(),
            ));
        }
        if self.required_documents.iter().any(|d| d.trim().is_empty()) {
            return Err(bad(
                "a required document identifier is empty".into(),
                "mã thành phần hồ sơ không được để trống".into(),
            ));
        }
        for a in [&self.receiving_agency, &self.resolving_agency] {
            crate::form::id::validate_agency_code(a).map_err(|_| {
                bad(
                    format!("agency code {a:?} is not valid"),
                    format!("mã định danh cơ quan {a:?} không hợp lệ"),
                )
            })?;
        }
        self.time_limit.validate()?;
        self.policy.validate()?;
        Ok(())
    }
}

/// A form of Circular 01/2018/TT-VPCP (to 30 June 2025) or Circular 03/2025/TT-VPCP (from
/// the regime of Decree 118/2025), by content. The number differs between the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormKind {
    /// Receipt and appointment slip.
    ReceiptSlip,
    /// Supplementation request.
    SupplementRequest,
    /// Refusal.
    Refusal,
    /// Apology and re-appointment (extension request under 03/2025).
    Apology,
    /// Stop notice (new in Circular 03/2025).
    StopNotice,
    /// Control slip (hand-overs).
    ControlSlip,
}

impl FormKind {
    /// The form's number under the regime's circular, `None` when it has none (the stop
    /// notice before 2025).
    ///
    /// ```
    /// use motcua::deadline::Regime;
    /// use motcua::dossier::FormKind;
    /// assert_eq!(FormKind::ControlSlip.number(Regime::Decree61_2018), Some("05"));
    /// assert_eq!(FormKind::ControlSlip.number(Regime::Decree118_2025), Some("06"));
    /// assert_eq!(FormKind::StopNotice.number(Regime::Decree61_2018), None);
    /// ```
    pub fn number(self, regime: Regime) -> Option<&'static str> {
        let old = regime == Regime::Decree61_2018;
        match self {
            FormKind::ReceiptSlip => Some("01"),
            FormKind::SupplementRequest => Some("02"),
            FormKind::Refusal => Some("03"),
            FormKind::Apology => Some("04"),
            FormKind::StopNotice => (!old).then_some("05"),
            FormKind::ControlSlip => Some(if old { "05" } else { "06" }),
        }
    }
}

/// How the dossier reached the desk (alias of the deadline engine's channel).
pub type DossierChannel = Channel;
