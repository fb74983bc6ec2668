//! The catalogue's data model: procedures (TTHC) with their variants, documents, fees, steps
//! and publication decisions, and online services. Every value that comes from a source
//! carries a [`Basis`]: the source and how far it is verified.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::deadline::TimeLimit;
use crate::form::{FormSpec, Text};
use crate::level::{Capabilities, ServiceLevel};

/// How far a value is verified (the tags of the project's research notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// [V]: the provision itself was read.
    Verified,
    /// [S]: a secondary source states it (a province's published text, a dataset, several
    /// unrelated repositories).
    Secondary,
    /// [C]: seen in public source code (practice, not law).
    Practice,
    /// [U]: unverified (recollection or inference). Never show it as fact.
    Unverified,
}

/// Where a value comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Basis {
    /// The source: instrument and article, or the short name of a research source.
    pub source: String,
    /// How far it is verified.
    pub confidence: Confidence,
}

/// Level of government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GovLevel {
    /// Central (trung ương): a ministry or its department.
    Central,
    /// Province (cấp tỉnh).
    Province,
    /// District (cấp huyện), abolished on 2025-07-01.
    District,
    /// Commune (cấp xã).
    Commune,
    /// Another body (a notary office, a school, a hospital…).
    Other,
}

/// Who decides, at which level, during which period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// Level of government.
    pub level: GovLevel,
    /// The competent body, e.g. "UBND cấp xã".
    pub agency: Text,
    /// First day (inclusive), when the competence changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    /// Last day (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// Source.
    pub basis: Basis,
}

impl Authority {
    /// Is it the competent body on this date?
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let a = &cat.procedure("3.000333").unwrap().authorities[0]; // Sở Tư pháp, until 2026-06-30
    /// assert!(a.valid_on(NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()));
    /// assert!(!a.valid_on(NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()));
    /// ```
    pub fn valid_on(&self, d: NaiveDate) -> bool {
        self.valid_from.is_none_or(|f| f <= d) && self.valid_until.is_none_or(|u| d <= u)
    }
}

/// Who may apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicantType {
    /// A Vietnamese citizen (công dân).
    Citizen,
    /// A foreign national.
    Foreigner,
    /// An enterprise (doanh nghiệp).
    Enterprise,
    /// A household business (hộ kinh doanh).
    HouseholdBusiness,
    /// A cooperative (hợp tác xã).
    Cooperative,
    /// Another organisation, including state agencies.
    Organisation,
}

/// A legal instrument the procedure rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// Number, e.g. `"60/2014/QH13"` or `"23/2015/NĐ-CP"`.
    pub document: String,
    /// Articles relied on, e.g. `"Art. 16"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub articles: Option<String>,
    /// Date issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
    /// Date in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<NaiveDate>,
    /// How far verified.
    pub confidence: Confidence,
}

/// A publication decision (quyết định công bố) that published this version of the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// Decision number, e.g. `"2304/QĐ-BNNMT"`.
    pub decision: String,
    /// Date signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
    /// Date from which this version applies.
    pub effective: NaiveDate,
    /// Source.
    pub basis: Basis,
}

/// A conditional extension of the time limit (e.g. "+ up to 2 working days for bulk copies").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Extension {
    /// The extra time.
    pub limit: TimeLimit,
    /// When it applies.
    pub condition: Text,
    /// Source.
    pub basis: Basis,
}

/// A dossier component (thành phần hồ sơ).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DocumentRequirement {
    /// Name of the document.
    pub name: Text,
    /// Number of originals (bản chính).
    #[serde(default)]
    pub originals: u32,
    /// Number of copies (bản sao).
    #[serde(default)]
    pub copies: u32,
    /// Only shown, not filed (xuất trình).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_only: bool,
    /// Always required (false: only in some cases, described in the name).
    #[serde(default = "yes")]
    pub required: bool,
    /// The e-form that replaces it, by form id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// May be reused from the applicant's digital store or a national database.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reusable: bool,
    /// Source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

fn yes() -> bool {
    true
}

/// Kind of charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// Phí (a fee for a service).
    Phi,
    /// Lệ phí (a charge for a state act).
    LePhi,
    /// Another payment.
    Other,
}

/// The channel a fee amount applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeeChannel {
    /// Any channel.
    #[default]
    Any,
    /// At the desk or by post.
    Direct,
    /// Online.
    Online,
}

/// A fee or charge, as a schedule entry with a date range and a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// Phí or lệ phí.
    pub kind: FeeKind,
    /// What it is for, e.g. "per page, pages 1–2".
    pub name: Text,
    /// Amount in đồng; `None` when set by the province (HĐND) or unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<u64>,
    /// Set by each province's People's Council (HĐND): deployers fill in the amount.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub set_by_province: bool,
    /// Channel the amount applies to.
    #[serde(default)]
    pub channel: FeeChannel,
    /// First day (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    /// Last day (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// Who is exempt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemptions: Vec<Text>,
    /// Source.
    pub basis: Basis,
}

/// An internal step with its time budget (the budgets add up to at most the time limit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Step code, unique within the variant.
    pub code: String,
    /// What happens.
    pub name: Text,
    /// Unit or role in charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Time allotted: working hours, working days or a fraction of working days.
    pub budget: TimeLimit,
    /// Source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

/// A case (trường hợp) of a procedure with its own time limit, documents and fees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Identifier, unique within the procedure.
    pub id: String,
    /// Name of the case.
    pub name: Text,
    /// The legal time limit.
    pub time_limit: TimeLimit,
    /// Source of the time limit.
    pub time_limit_basis: Basis,
    /// Conditional extensions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<Extension>,
    /// First day (inclusive) of this case's rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    /// Last day (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// Dossier components.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentRequirement>,
    /// Fees and charges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fees: Vec<Fee>,
    /// Internal steps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

/// The result of a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProcedureResult {
    /// The result document, e.g. "Giấy khai sinh".
    pub name: Text,
    /// An electronic result exists (kết quả điện tử); `None`: unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub electronic: Option<bool>,
}

/// An administrative procedure (thủ tục hành chính, TTHC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Identifier in the catalogue: the national code when known, else a stable slug.
    pub id: String,
    /// National code `d.dddddd`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Source of the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_basis: Option<Basis>,
    /// Official name (vi) and translation (en).
    pub name: Text,
    /// Field (lĩnh vực) key, e.g. `"ho_tich"`.
    pub field: String,
    /// Competent bodies, versioned by date.
    pub authorities: Vec<Authority>,
    /// Who may apply.
    pub applicant_types: Vec<ApplicantType>,
    /// Legal basis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis: Vec<LegalBasis>,
    /// Publication decisions, versioned by effective date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
    /// The cases.
    pub variants: Vec<Variant>,
    /// The result.
    pub result: ProcedureResult,
    /// E-forms (form ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<String>,
    /// Free notes (what is unverified, what may have changed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl Procedure {
    /// The authorities competent on a date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let p = cat.procedure("2.000806").unwrap();
    /// let on = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// assert_eq!(p.authorities_on(on).map(|a| a.agency.vi.as_str()).collect::<Vec<_>>(), ["Ủy ban nhân dân cấp xã"]);
    /// ```
    pub fn authorities_on(&self, d: NaiveDate) -> impl Iterator<Item = &Authority> {
        self.authorities.iter().filter(move |a| a.valid_on(d))
    }

    /// The publication in force on a date: the one with the latest effective date not after it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let p = cat.procedure("1.013978").unwrap();
    /// assert!(p.publication_on(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()).is_none());
    /// ```
    pub fn publication_on(&self, d: NaiveDate) -> Option<&Publication> {
        self.publications
            .iter()
            .filter(|p| p.effective <= d)
            .max_by_key(|p| p.effective)
    }

    /// A variant by id.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let p = cat.procedure("1.013225").unwrap();
    /// assert!(p.variant("tu-2026-07").is_some());
    /// assert!(p.variant("khong-co").is_none());
    /// ```
    pub fn variant(&self, id: &str) -> Option<&Variant> {
        self.variants.iter().find(|v| v.id == id)
    }
}

/// An online public service: a procedure offered by an agency (optionally for one variant),
/// with its level and configured channels. The level is checked against the channels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OnlineService {
    /// Service code `<procedure code>.<agency code>[.<suffix>]`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Procedure id in this catalogue.
    pub procedure: String,
    /// Variant id, when the service covers one case only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Offering agency's code; `None`: the service as listed nationally (any competent agency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// Declared level.
    pub level: ServiceLevel,
    /// Configured channels.
    pub capabilities: Capabilities,
    /// First day (inclusive) of this configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    /// Published reason for offering only a partial service (Decree 224/2026 Art. 14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_reason: Option<Text>,
    /// Source of the level.
    pub basis: Basis,
}

/// A catalogue document as stored in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogueDoc {
    /// Version or snapshot date of the data.
    pub version: String,
    /// What the catalogue is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The procedures.
    pub procedures: Vec<Procedure>,
    /// The online services.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<OnlineService>,
    /// E-forms referenced by the procedures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<FormSpec>,
}
