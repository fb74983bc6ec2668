//! Online public-service levels (mức độ dịch vụ công trực tuyến), in both classifications,
//! as capability flags, with effective dates, a documented mapping and consistency checks.
//!
//! ## The two classifications
//! | Level | Instrument | Minimum capabilities (each level includes the one below) |
//! |---|---|---|
//! | [`Level1`](ServiceLevel::Level1) | Decree 43/2011/NĐ-CP Art. 3(4) [V] | information online |
//! | [`Level2`](ServiceLevel::Level2) | idem | + forms downloadable |
//! | [`Level3`](ServiceLevel::Level3) | idem | + online submission, online processing (payment and result in person) |
//! | [`Level4`](ServiceLevel::Level4) | idem | + online payment (result online, in person or by post) |
//! | [`Partial`](ServiceLevel::Partial) | Decree 42/2022/NĐ-CP Art. 11(1)(b) [S] | an online service that is not full-process: information online |
//! | [`FullProcess`](ServiceLevel::FullProcess) | Decree 42/2022/NĐ-CP Art. 11(1)(a) [S] | information online, online submission, online processing, result online **or** by public post; online payment is *not* part of the definition [S] |
//!
//! ## Effective dates ([`Regime`])
//! - Decree 43/2011: in force 01/10/2011 [V] until Decree 42/2022 took effect.
//! - Decree 42/2022 (24/06/2022 [V]): in force 01/08/2022 [U: effective date recalled, not
//!   read], until 30/06/2026: repealed by Decree 224/2026 Art. 90(2)(b) from 01/07/2026 [V].
//! - Decree 224/2026: from 01/07/2026, full-process is the default; a partial service must
//!   publish its reason (Art. 14) and a fee-bearing service must take payment online
//!   (Art. 15(1)(đ)) [V]. It keeps the toàn trình / một phần vocabulary without redefining it
//!   (the definitions may now sit in Law 148/2025/QH15 [U]); the "proactive levels 1–4" of
//!   its Art. 16 are a different attribute, not modelled here.
//!
//! ## Mapping between the classifications
//! The decisive test is always the capability flags ([`ServiceLevel::classify_decree42`],
//! [`ServiceLevel::classify_decree43`]). The level-to-level mapping is a **heuristic** for data
//! that carries only a level (domain brief §2.3):
//!
//! | Decree 43 | → Decree 42 ([`ServiceLevel::to_decree42`]) | why |
//! |---|---|---|
//! | 1, 2, 3 | Partial | no online result and (1–2) no online submission |
//! | 4 | FullProcess | submission, processing and payment online; **only** when the result is returned online or by post does a level-4 service really meet Art. 11(1)(a) |
//!
//! | Decree 42 | → Decree 43 ([`ServiceLevel::to_decree43`]) | why |
//! |---|---|---|
//! | FullProcess | Level 3 | what the definition guarantees (online submission and processing); Level 4 only with online payment |
//! | Partial | Level 1 | only information is guaranteed |
//!
//! ```
//! use motcua::level::{Capabilities, ServiceLevel, check};
//!
//! let caps = Capabilities { information_online: true, forms_downloadable: true,
//!     online_submission: true, online_processing: true, postal_result: true,
//!     ..Capabilities::default() };
//! assert_eq!(ServiceLevel::classify_decree42(&caps), Some(ServiceLevel::FullProcess));
//! assert_eq!(ServiceLevel::classify_decree43(&caps), Some(ServiceLevel::Level3));
//! // A full-process service without online submission contradicts its level:
//! let paper = Capabilities { online_submission: false, ..caps };
//! let issues = check(ServiceLevel::FullProcess, &paper, &Default::default());
//! assert_eq!(issues[0].code(), 3021);
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, Lang, Localized};
use crate::form::Severity;

/// What an online service actually offers (its configured channels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Capabilities {
    /// Full information on the procedure and its legal documents is published online.
    pub information_online: bool,
    /// Forms can be downloaded and filled in.
    pub forms_downloadable: bool,
    /// The dossier can be submitted online.
    pub online_submission: bool,
    /// The exchanges during processing happen online.
    pub online_processing: bool,
    /// Fees and charges can be paid online.
    pub online_payment: bool,
    /// The result is returned online (electronic result).
    pub online_result: bool,
    /// The result can be returned by public postal service.
    pub postal_result: bool,
}

/// One capability flag (for messages and findings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Capability {
    /// [`Capabilities::information_online`].
    InformationOnline,
    /// [`Capabilities::forms_downloadable`].
    FormsDownloadable,
    /// [`Capabilities::online_submission`].
    OnlineSubmission,
    /// [`Capabilities::online_processing`].
    OnlineProcessing,
    /// [`Capabilities::online_payment`].
    OnlinePayment,
    /// [`Capabilities::online_result`].
    OnlineResult,
    /// [`Capabilities::postal_result`].
    PostalResult,
}

impl Capability {
    /// All capabilities, in order.
    pub const ALL: [Capability; 7] = [
        Capability::InformationOnline,
        Capability::FormsDownloadable,
        Capability::OnlineSubmission,
        Capability::OnlineProcessing,
        Capability::OnlinePayment,
        Capability::OnlineResult,
        Capability::PostalResult,
    ];

    /// Name in Vietnamese or English.
    ///
    /// ```
    /// use motcua::{level::Capability, Lang};
    /// assert_eq!(Capability::OnlinePayment.name(Lang::Vi), "thanh toán trực tuyến");
    /// ```
    pub fn name(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            Capability::InformationOnline => {
                ("cung cấp thông tin trực tuyến", "information online")
            }
            Capability::FormsDownloadable => ("tải mẫu đơn, tờ khai", "downloadable forms"),
            Capability::OnlineSubmission => ("nộp hồ sơ trực tuyến", "online submission"),
            Capability::OnlineProcessing => ("giải quyết trực tuyến", "online processing"),
            Capability::OnlinePayment => ("thanh toán trực tuyến", "online payment"),
            Capability::OnlineResult => ("trả kết quả trực tuyến", "online result"),
            Capability::PostalResult => (
                "trả kết quả qua bưu chính công ích",
                "result by public post",
            ),
        };
        lang.pick(vi, en)
    }
}

impl Capabilities {
    /// Is this capability offered?
    ///
    /// ```
    /// use motcua::level::{Capabilities, Capability};
    /// let c = Capabilities { online_result: true, ..Default::default() };
    /// assert!(c.has(Capability::OnlineResult) && !c.has(Capability::PostalResult));
    /// ```
    pub fn has(&self, c: Capability) -> bool {
        match c {
            Capability::InformationOnline => self.information_online,
            Capability::FormsDownloadable => self.forms_downloadable,
            Capability::OnlineSubmission => self.online_submission,
            Capability::OnlineProcessing => self.online_processing,
            Capability::OnlinePayment => self.online_payment,
            Capability::OnlineResult => self.online_result,
            Capability::PostalResult => self.postal_result,
        }
    }

    /// Every capability of `other` is offered here too.
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// assert!(ServiceLevel::Level4.required().includes(&ServiceLevel::Level3.required()));
    /// assert!(!ServiceLevel::Level2.required().includes(&ServiceLevel::Level3.required()));
    /// ```
    pub fn includes(&self, other: &Capabilities) -> bool {
        Capability::ALL
            .iter()
            .all(|&c| !other.has(c) || self.has(c))
    }

    fn of(list: &[Capability]) -> Capabilities {
        let mut c = Capabilities::default();
        for x in list {
            match x {
                Capability::InformationOnline => c.information_online = true,
                Capability::FormsDownloadable => c.forms_downloadable = true,
                Capability::OnlineSubmission => c.online_submission = true,
                Capability::OnlineProcessing => c.online_processing = true,
                Capability::OnlinePayment => c.online_payment = true,
                Capability::OnlineResult => c.online_result = true,
                Capability::PostalResult => c.postal_result = true,
            }
        }
        c
    }
}

/// Which classification a level belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// Levels 1–4 of Decree 43/2011/NĐ-CP.
    Decree43,
    /// Toàn trình / một phần of Decree 42/2022/NĐ-CP (vocabulary kept by Decree 224/2026).
    Decree42,
}

/// An online service level, in either classification. JSON: `"level_1"` … `"level_4"`,
/// `"partial"`, `"full_process"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ServiceLevel {
    /// Mức độ 1.
    #[serde(rename = "level_1")]
    Level1,
    /// Mức độ 2.
    #[serde(rename = "level_2")]
    Level2,
    /// Mức độ 3.
    #[serde(rename = "level_3")]
    Level3,
    /// Mức độ 4.
    #[serde(rename = "level_4")]
    Level4,
    /// Dịch vụ công trực tuyến một phần.
    Partial,
    /// Dịch vụ công trực tuyến toàn trình.
    FullProcess,
}

impl ServiceLevel {
    /// All levels.
    pub const ALL: [ServiceLevel; 6] = [
        ServiceLevel::Level1,
        ServiceLevel::Level2,
        ServiceLevel::Level3,
        ServiceLevel::Level4,
        ServiceLevel::Partial,
        ServiceLevel::FullProcess,
    ];

    /// The classification it belongs to.
    ///
    /// ```
    /// use motcua::level::{Scheme, ServiceLevel};
    /// assert_eq!(ServiceLevel::Partial.scheme(), Scheme::Decree42);
    /// ```
    pub fn scheme(self) -> Scheme {
        match self {
            ServiceLevel::Partial | ServiceLevel::FullProcess => Scheme::Decree42,
            _ => Scheme::Decree43,
        }
    }

    /// The JSON name (`"level_3"`, `"full_process"`…).
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// assert_eq!(ServiceLevel::Level2.as_str(), "level_2");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceLevel::Level1 => "level_1",
            ServiceLevel::Level2 => "level_2",
            ServiceLevel::Level3 => "level_3",
            ServiceLevel::Level4 => "level_4",
            ServiceLevel::Partial => "partial",
            ServiceLevel::FullProcess => "full_process",
        }
    }

    /// Name in Vietnamese or English.
    ///
    /// ```
    /// use motcua::{level::ServiceLevel, Lang};
    /// assert_eq!(ServiceLevel::FullProcess.name(Lang::Vi), "Dịch vụ công trực tuyến toàn trình");
    /// ```
    pub fn name(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            ServiceLevel::Level1 => ("Dịch vụ công trực tuyến mức độ 1", "Online service level 1"),
            ServiceLevel::Level2 => ("Dịch vụ công trực tuyến mức độ 2", "Online service level 2"),
            ServiceLevel::Level3 => ("Dịch vụ công trực tuyến mức độ 3", "Online service level 3"),
            ServiceLevel::Level4 => ("Dịch vụ công trực tuyến mức độ 4", "Online service level 4"),
            ServiceLevel::Partial => ("Dịch vụ công trực tuyến một phần", "Partial online service"),
            ServiceLevel::FullProcess => (
                "Dịch vụ công trực tuyến toàn trình",
                "Full-process online service",
            ),
        };
        lang.pick(vi, en)
    }

    /// The capabilities the level's definition requires (all of them). A full-process service
    /// also needs a result channel, online **or** postal: see [`ServiceLevel::satisfied_by`].
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// let l3 = ServiceLevel::Level3.required();
    /// assert!(l3.online_submission && l3.online_processing && !l3.online_payment);
    /// ```
    pub fn required(self) -> Capabilities {
        use Capability as C;
        Capabilities::of(match self {
            ServiceLevel::Level1 | ServiceLevel::Partial => &[C::InformationOnline],
            ServiceLevel::Level2 => &[C::InformationOnline, C::FormsDownloadable],
            ServiceLevel::Level3 => &[
                C::InformationOnline,
                C::FormsDownloadable,
                C::OnlineSubmission,
                C::OnlineProcessing,
            ],
            ServiceLevel::Level4 => &[
                C::InformationOnline,
                C::FormsDownloadable,
                C::OnlineSubmission,
                C::OnlineProcessing,
                C::OnlinePayment,
            ],
            ServiceLevel::FullProcess => &[
                C::InformationOnline,
                C::OnlineSubmission,
                C::OnlineProcessing,
            ],
        })
    }

    /// Do these capabilities meet the level's definition?
    ///
    /// ```
    /// use motcua::level::{Capabilities, ServiceLevel};
    /// let mut c = ServiceLevel::FullProcess.required();
    /// assert!(!ServiceLevel::FullProcess.satisfied_by(&c)); // no result channel yet
    /// c.online_result = true;
    /// assert!(ServiceLevel::FullProcess.satisfied_by(&c));
    /// ```
    pub fn satisfied_by(self, caps: &Capabilities) -> bool {
        caps.includes(&self.required())
            && (self != ServiceLevel::FullProcess || caps.online_result || caps.postal_result)
    }

    /// The highest Decree 43/2011 level the capabilities meet (`None`: not even level 1).
    ///
    /// ```
    /// use motcua::level::{Capabilities, ServiceLevel};
    /// assert_eq!(ServiceLevel::classify_decree43(&Capabilities::default()), None);
    /// ```
    pub fn classify_decree43(caps: &Capabilities) -> Option<ServiceLevel> {
        [
            ServiceLevel::Level4,
            ServiceLevel::Level3,
            ServiceLevel::Level2,
            ServiceLevel::Level1,
        ]
        .into_iter()
        .find(|l| l.satisfied_by(caps))
    }

    /// The Decree 42/2022 class of the capabilities (`None`: not even the information is
    /// online).
    ///
    /// ```
    /// use motcua::level::{Capabilities, ServiceLevel};
    /// let info = Capabilities { information_online: true, ..Default::default() };
    /// assert_eq!(ServiceLevel::classify_decree42(&info), Some(ServiceLevel::Partial));
    /// ```
    pub fn classify_decree42(caps: &Capabilities) -> Option<ServiceLevel> {
        if ServiceLevel::FullProcess.satisfied_by(caps) {
            Some(ServiceLevel::FullProcess)
        } else if ServiceLevel::Partial.satisfied_by(caps) {
            Some(ServiceLevel::Partial)
        } else {
            None
        }
    }

    /// Heuristic mapping to Decree 42/2022 (see the [module docs](self)); identity on a
    /// Decree 42 level.
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// assert_eq!(ServiceLevel::Level3.to_decree42(), ServiceLevel::Partial);
    /// assert_eq!(ServiceLevel::Level4.to_decree42(), ServiceLevel::FullProcess);
    /// ```
    pub fn to_decree42(self) -> ServiceLevel {
        match self {
            ServiceLevel::Level4 | ServiceLevel::FullProcess => ServiceLevel::FullProcess,
            _ => ServiceLevel::Partial,
        }
    }

    /// The Decree 43/2011 level a Decree 42/2022 level guarantees by definition (see the
    /// [module docs](self)); identity on a Decree 43 level.
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// assert_eq!(ServiceLevel::FullProcess.to_decree43(), ServiceLevel::Level3);
    /// assert_eq!(ServiceLevel::Partial.to_decree43(), ServiceLevel::Level1);
    /// ```
    pub fn to_decree43(self) -> ServiceLevel {
        match self {
            ServiceLevel::FullProcess => ServiceLevel::Level3,
            ServiceLevel::Partial => ServiceLevel::Level1,
            l => l,
        }
    }
}

impl fmt::Display for ServiceLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ServiceLevel {
    type Err = crate::Error;

    /// Parses the JSON names and common spellings: `"4"`, `"level_4"`, `"muc_do_4"`,
    /// `"mức độ 4"`, `"full_process"`, `"toan_trinh"`, `"toàn trình"`, `"partial"`,
    /// `"mot_phan"`, `"một phần"` (case-insensitive).
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// assert_eq!("Toàn trình".parse::<ServiceLevel>()?, ServiceLevel::FullProcess);
    /// assert_eq!("muc_do_3".parse::<ServiceLevel>()?, ServiceLevel::Level3);
    /// assert_eq!("level 5".parse::<ServiceLevel>().unwrap_err().code(), 3001);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k: String = s
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c == ' ' || c == '-' { '_' } else { c })
            .collect();
        let l = match k.as_str() {
            "1" | "level_1" | "level1" | "muc_do_1" | "mức_độ_1" => ServiceLevel::Level1,
            "2" | "level_2" | "level2" | "muc_do_2" | "mức_độ_2" => ServiceLevel::Level2,
            "3" | "level_3" | "level3" | "muc_do_3" | "mức_độ_3" => ServiceLevel::Level3,
            "4" | "level_4" | "level4" | "muc_do_4" | "mức_độ_4" => ServiceLevel::Level4,
            "partial" | "mot_phan" | "một_phần" => ServiceLevel::Partial,
            "full_process" | "full" | "toan_trinh" | "toàn_trình" => ServiceLevel::FullProcess,
            _ => {
                return Err(LevelError::UnknownLevel {
                    input: s.chars().take(40).collect(),
                }
                .into());
            }
        };
        Ok(l)
    }
}

/// The legal regime of online-service levels in force on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Decree 43/2011/NĐ-CP: levels 1–4.
    Decree43of2011,
    /// Decree 42/2022/NĐ-CP: toàn trình / một phần.
    Decree42of2022,
    /// Decree 224/2026/NĐ-CP: toàn trình by default; reasons for một phần; online payment for
    /// fee-bearing services.
    Decree224of2026,
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

impl Regime {
    /// All regimes, oldest first.
    pub const ALL: [Regime; 3] = [
        Regime::Decree43of2011,
        Regime::Decree42of2022,
        Regime::Decree224of2026,
    ];

    /// First day in force (Decree 42/2022: 2022-08-01 [U]).
    ///
    /// ```
    /// use motcua::level::Regime;
    /// assert_eq!(Regime::Decree224of2026.effective_from().to_string(), "2026-07-01");
    /// ```
    pub fn effective_from(self) -> NaiveDate {
        match self {
            Regime::Decree43of2011 => ymd(2011, 10, 1),
            Regime::Decree42of2022 => ymd(2022, 8, 1),
            Regime::Decree224of2026 => ymd(2026, 7, 1),
        }
    }

    /// Last day in force, if it has ended.
    ///
    /// ```
    /// use motcua::level::Regime;
    /// assert_eq!(Regime::Decree42of2022.effective_until().map(|d| d.to_string()), Some("2026-06-30".into()));
    /// assert_eq!(Regime::Decree224of2026.effective_until(), None);
    /// ```
    pub fn effective_until(self) -> Option<NaiveDate> {
        match self {
            Regime::Decree43of2011 => Some(ymd(2022, 7, 31)),
            Regime::Decree42of2022 => Some(ymd(2026, 6, 30)),
            Regime::Decree224of2026 => None,
        }
    }

    /// The instrument's number.
    ///
    /// ```
    /// assert_eq!(motcua::level::Regime::Decree43of2011.instrument(), "43/2011/NĐ-CP");
    /// ```
    pub fn instrument(self) -> &'static str {
        match self {
            Regime::Decree43of2011 => "43/2011/NĐ-CP",
            Regime::Decree42of2022 => "42/2022/NĐ-CP",
            Regime::Decree224of2026 => "224/2026/NĐ-CP",
        }
    }

    /// The classification used under this regime.
    ///
    /// ```
    /// use motcua::level::{Regime, Scheme};
    /// assert_eq!(Regime::Decree224of2026.scheme(), Scheme::Decree42);
    /// ```
    pub fn scheme(self) -> Scheme {
        match self {
            Regime::Decree43of2011 => Scheme::Decree43,
            _ => Scheme::Decree42,
        }
    }

    /// The regime in force on a date (`None` before 2011-10-01).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::level::Regime;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(Regime::on(d(2020, 1, 1)), Some(Regime::Decree43of2011));
    /// assert_eq!(Regime::on(d(2026, 6, 30)), Some(Regime::Decree42of2022));
    /// assert_eq!(Regime::on(d(2026, 7, 1)), Some(Regime::Decree224of2026));
    /// assert_eq!(Regime::on(d(2010, 1, 1)), None);
    /// ```
    pub fn on(date: NaiveDate) -> Option<Regime> {
        Regime::ALL
            .into_iter()
            .rev()
            .find(|r| r.effective_from() <= date)
    }
}

/// Errors of the level module (codes 3001–3019).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LevelError {
    /// A level name that is not known (code 3001).
    #[error(
        "unknown online service level {input:?} (expected level_1..level_4, partial or full_process)"
    )]
    UnknownLevel {
        /// The text given (at most 40 characters).
        input: String,
    },
}

impl LevelError {
    /// Machine-readable name of the code.
    ///
    /// ```
    /// let e = "mức 9".parse::<motcua::level::ServiceLevel>().unwrap_err();
    /// assert_eq!(e.name(), "level.unknown_level");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            LevelError::UnknownLevel { .. } => "level.unknown_level",
        }
    }
}

impl Localized for LevelError {
    fn code(&self) -> u32 {
        match self {
            LevelError::UnknownLevel { .. } => 3001,
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (LevelError::UnknownLevel { input }, Lang::Vi) => format!(
                "Mức độ dịch vụ công trực tuyến {input:?} không hợp lệ (mức độ 1–4, một phần hoặc toàn trình)"
            ),
        }
    }
}

/// Context of a consistency check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct CheckContext {
    /// The date the configuration applies on; enables the date-dependent checks.
    pub on: Option<NaiveDate>,
    /// The procedure charges a fee (phí, lệ phí).
    pub has_fee: bool,
    /// A reason for offering only a partial service is published (Decree 224/2026 Art. 14).
    pub partial_reason_published: bool,
}

/// A contradiction between a service's declared level and its configuration (codes
/// 3021–3049).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
#[non_exhaustive]
pub enum LevelIssue {
    /// The declared level requires a capability that is not configured (code 3021, error).
    MissingCapability {
        /// The declared level.
        level: ServiceLevel,
        /// The missing capability.
        capability: Capability,
    },
    /// A full-process service returns its result neither online nor by post (code 3022,
    /// error).
    NoResultChannel,
    /// The configuration meets a higher level than the one declared (code 3023, warning).
    UnderDeclared {
        /// The declared level.
        declared: ServiceLevel,
        /// The level the capabilities meet.
        meets: ServiceLevel,
    },
    /// The declared level belongs to a classification not in force on the date (code 3024,
    /// warning).
    SchemeNotInForce {
        /// The declared level.
        level: ServiceLevel,
        /// The regime in force.
        regime: Regime,
    },
    /// From 2026-07-01 a partial service must publish its reason (code 3025, warning).
    PartialWithoutReason,
    /// From 2026-07-01 a fee-bearing online service must take payment online (code 3026,
    /// error).
    FeeWithoutOnlinePayment,
}

impl LevelIssue {
    /// Stable numeric code.
    ///
    /// ```
    /// use motcua::level::LevelIssue;
    /// assert_eq!(LevelIssue::FeeWithoutOnlinePayment.code(), 3026);
    /// ```
    pub fn code(&self) -> u32 {
        match self {
            LevelIssue::MissingCapability { .. } => 3021,
            LevelIssue::NoResultChannel => 3022,
            LevelIssue::UnderDeclared { .. } => 3023,
            LevelIssue::SchemeNotInForce { .. } => 3024,
            LevelIssue::PartialWithoutReason => 3025,
            LevelIssue::FeeWithoutOnlinePayment => 3026,
        }
    }

    /// Machine-readable name of the code.
    ///
    /// ```
    /// use motcua::level::LevelIssue;
    /// assert_eq!(LevelIssue::PartialWithoutReason.name(), "level.partial_without_reason");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            LevelIssue::MissingCapability { .. } => "level.missing_capability",
            LevelIssue::NoResultChannel => "level.no_result_channel",
            LevelIssue::UnderDeclared { .. } => "level.under_declared",
            LevelIssue::SchemeNotInForce { .. } => "level.scheme_not_in_force",
            LevelIssue::PartialWithoutReason => "level.partial_without_reason",
            LevelIssue::FeeWithoutOnlinePayment => "level.fee_without_online_payment",
        }
    }

    /// Error (the configuration contradicts the level or the law) or warning.
    ///
    /// ```
    /// use motcua::{form::Severity, level::LevelIssue};
    /// assert_eq!(LevelIssue::PartialWithoutReason.severity(), Severity::Warning);
    /// assert_eq!(LevelIssue::NoResultChannel.severity(), Severity::Error);
    /// ```
    pub fn severity(&self) -> Severity {
        match self {
            LevelIssue::MissingCapability { .. }
            | LevelIssue::NoResultChannel
            | LevelIssue::FeeWithoutOnlinePayment => Severity::Error,
            _ => Severity::Warning,
        }
    }

    /// Message in Vietnamese or English.
    ///
    /// ```
    /// use motcua::{level::{LevelIssue, ServiceLevel, Capability}, Lang};
    /// let i = LevelIssue::MissingCapability { level: ServiceLevel::Level4, capability: Capability::OnlineSubmission };
    /// assert_eq!(i.message(Lang::En), "Online service level 4 requires online submission, which is not configured");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (LevelIssue::MissingCapability { level, capability }, Lang::Vi) => format!(
                "{} yêu cầu {}, nhưng cấu hình không có",
                level.name(lang),
                capability.name(lang)
            ),
            (LevelIssue::MissingCapability { level, capability }, Lang::En) => format!(
                "{} requires {}, which is not configured",
                level.name(lang),
                capability.name(lang)
            ),
            (LevelIssue::NoResultChannel, Lang::Vi) => "Dịch vụ toàn trình phải trả kết quả trực tuyến hoặc qua bưu chính công ích (Điều 11 Nghị định 42/2022/NĐ-CP)".into(),
            (LevelIssue::NoResultChannel, Lang::En) => "a full-process service returns its result online or by public post (Decree 42/2022 Art. 11)".into(),
            (LevelIssue::UnderDeclared { declared, meets }, _) => match lang {
                Lang::Vi => format!("Cấu hình đạt {} nhưng chỉ công bố là {}", meets.name(lang), declared.name(lang)),
                Lang::En => format!("the configuration meets {} but is declared as {}", meets.name(lang), declared.name(lang)),
            },
            (LevelIssue::SchemeNotInForce { level, regime }, Lang::Vi) => format!(
                "{} không thuộc cách phân loại đang áp dụng (Nghị định {})",
                level.name(lang),
                regime.instrument()
            ),
            (LevelIssue::SchemeNotInForce { level, regime }, Lang::En) => format!(
                "{} is not in the classification in force (Decree {})",
                level.name(lang),
                regime.instrument()
            ),
            (LevelIssue::PartialWithoutReason, Lang::Vi) => "Từ ngày 01/07/2026, dịch vụ một phần phải công khai lý do và căn cứ (Điều 14 Nghị định 224/2026/NĐ-CP)".into(),
            (LevelIssue::PartialWithoutReason, Lang::En) => "from 2026-07-01 a partial service publishes its reason and legal basis (Decree 224/2026 Art. 14)".into(),
            (LevelIssue::FeeWithoutOnlinePayment, Lang::Vi) => "Từ ngày 01/07/2026, dịch vụ có thu phí, lệ phí phải cho phép thanh toán trực tuyến (điểm đ khoản 1 Điều 15 Nghị định 224/2026/NĐ-CP)".into(),
            (LevelIssue::FeeWithoutOnlinePayment, Lang::En) => "from 2026-07-01 a fee-bearing online service takes payment online (Decree 224/2026 Art. 15(1)(đ))".into(),
        }
    }
}

/// Checks a service's declared level against its configured capabilities and, with a date,
/// against the regime in force. Returns every issue (empty when consistent).
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::level::{check, Capabilities, CheckContext, ServiceLevel};
///
/// // Declared level 4 but no online submission or payment:
/// let caps = Capabilities { information_online: true, forms_downloadable: true,
///     online_processing: true, ..Default::default() };
/// let codes: Vec<u32> = check(ServiceLevel::Level4, &caps, &CheckContext::default())
///     .iter().map(|i| i.code()).collect();
/// assert_eq!(codes, [3021, 3021]);
///
/// // After 2026-07-01: a fee-bearing partial service without online payment or reason.
/// let ctx = CheckContext { on: NaiveDate::from_ymd_opt(2026, 8, 1), has_fee: true,
///     ..Default::default() };
/// let info = Capabilities { information_online: true, online_submission: true, ..Default::default() };
/// let codes: Vec<u32> = check(ServiceLevel::Partial, &info, &ctx).iter().map(|i| i.code()).collect();
/// assert_eq!(codes, [3025, 3026]);
/// ```
pub fn check(declared: ServiceLevel, caps: &Capabilities, ctx: &CheckContext) -> Vec<LevelIssue> {
    let mut out = Vec::new();
    let required = declared.required();
    for c in Capability::ALL {
        if required.has(c) && !caps.has(c) {
            out.push(LevelIssue::MissingCapability {
                level: declared,
                capability: c,
            });
        }
    }
    if declared == ServiceLevel::FullProcess && !caps.online_result && !caps.postal_result {
        out.push(LevelIssue::NoResultChannel);
    }
    if out.is_empty() {
        let meets = match declared.scheme() {
            Scheme::Decree43 => ServiceLevel::classify_decree43(caps),
            Scheme::Decree42 => ServiceLevel::classify_decree42(caps),
        };
        if let Some(meets) = meets.filter(|&m| m > declared) {
            out.push(LevelIssue::UnderDeclared { declared, meets });
        }
    }
    if let Some(regime) = ctx.on.and_then(Regime::on) {
        if regime.scheme() != declared.scheme() {
            out.push(LevelIssue::SchemeNotInForce {
                level: declared,
                regime,
            });
        }
        if regime >= Regime::Decree224of2026 {
            let partial = declared == ServiceLevel::Partial
                || (declared.scheme() == Scheme::Decree43
                    && ServiceLevel::classify_decree42(caps) != Some(ServiceLevel::FullProcess));
            if partial && !ctx.partial_reason_published {
                out.push(LevelIssue::PartialWithoutReason);
            }
            if ctx.has_fee && caps.online_submission && !caps.online_payment {
                out.push(LevelIssue::FeeWithoutOnlinePayment);
            }
        }
    }
    out
}

/// What is known of one level, for a frontend or a report: names, classification, the
/// minimum capabilities and the heuristic mapping to the other classification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LevelInfo {
    /// The level.
    pub level: ServiceLevel,
    /// Its classification.
    pub scheme: Scheme,
    /// Name in Vietnamese.
    pub name: &'static str,
    /// Name in English.
    pub name_en: &'static str,
    /// The minimum capabilities ([`ServiceLevel::required`]).
    pub required: Capabilities,
    /// [`ServiceLevel::to_decree42`].
    pub decree42: ServiceLevel,
    /// [`ServiceLevel::to_decree43`].
    pub decree43: ServiceLevel,
}

/// One classification regime and its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RegimeInfo {
    /// The regime.
    pub regime: Regime,
    /// The decree, e.g. `"42/2022/NĐ-CP"`.
    pub instrument: &'static str,
    /// Its classification.
    pub scheme: Scheme,
    /// First day in force.
    pub effective_from: NaiveDate,
    /// Last day in force, if repealed.
    pub effective_until: Option<NaiveDate>,
}

/// Every level and every regime ([`levels_info`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelsInfo {
    /// The six levels.
    pub levels: Vec<LevelInfo>,
    /// The three regimes, oldest first.
    pub regimes: Vec<RegimeInfo>,
}

/// The levels and regimes as data (what the C ABI's `motcua_service_levels_json` and the
/// WASM package's `serviceLevels()` return).
///
/// ```
/// let info = motcua::level::levels_info();
/// assert_eq!(info.levels.len(), 6);
/// assert_eq!(info.levels[3].name_en, "Online service level 4");
/// assert!(info.levels[3].required.online_payment);
/// assert_eq!(info.regimes[2].instrument, "224/2026/NĐ-CP");
/// ```
pub fn levels_info() -> LevelsInfo {
    LevelsInfo {
        levels: ServiceLevel::ALL
            .iter()
            .map(|&l| LevelInfo {
                level: l,
                scheme: l.scheme(),
                name: l.name(Lang::Vi),
                name_en: l.name(Lang::En),
                required: l.required(),
                decree42: l.to_decree42(),
                decree43: l.to_decree43(),
            })
            .collect(),
        regimes: Regime::ALL
            .iter()
            .map(|&r| RegimeInfo {
                regime: r,
                instrument: r.instrument(),
                scheme: r.scheme(),
                effective_from: r.effective_from(),
                effective_until: r.effective_until(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_caps() -> impl Iterator<Item = Capabilities> {
        (0u8..128).map(|bits| {
            let list: Vec<Capability> = Capability::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, &c)| c)
                .collect();
            Capabilities::of(&list)
        })
    }

    #[test]
    fn levels_nest() {
        let l = [
            ServiceLevel::Level1,
            ServiceLevel::Level2,
            ServiceLevel::Level3,
            ServiceLevel::Level4,
        ];
        for w in l.windows(2) {
            assert!(w[1].required().includes(&w[0].required()));
        }
    }

    #[test]
    fn classification_is_consistent_with_check() {
        for caps in all_caps() {
            for scheme in [Scheme::Decree43, Scheme::Decree42] {
                let c = match scheme {
                    Scheme::Decree43 => ServiceLevel::classify_decree43(&caps),
                    Scheme::Decree42 => ServiceLevel::classify_decree42(&caps),
                };
                if let Some(level) = c {
                    // The classified level has no contradiction and is not under-declared.
                    assert!(
                        check(level, &caps, &CheckContext::default()).is_empty(),
                        "{caps:?} {level:?}"
                    );
                }
            }
            // The heuristic mapping never claims full process for capabilities that are not.
            if let Some(l43) = ServiceLevel::classify_decree43(&caps) {
                if l43.to_decree42() == ServiceLevel::FullProcess
                    && !ServiceLevel::FullProcess.satisfied_by(&caps)
                {
                    assert!(!caps.online_result && !caps.postal_result);
                }
            }
            // Full process always guarantees level 3.
            if ServiceLevel::FullProcess.satisfied_by(&caps) {
                assert!(caps.online_submission && caps.online_processing);
            }
        }
    }

    #[test]
    fn mapping_round_trip() {
        for l in ServiceLevel::ALL {
            assert_eq!(l.to_decree42().scheme(), Scheme::Decree42);
            assert_eq!(l.to_decree43().scheme(), Scheme::Decree43);
            assert_eq!(l.as_str().parse::<ServiceLevel>().ok(), Some(l));
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.as_str()));
        }
        assert_eq!(
            ServiceLevel::FullProcess.to_decree43().to_decree42(),
            ServiceLevel::Partial
        );
    }
}
