//! Deadline policies: the choices the law leaves open, each with a documented default and
//! its source, keyed by the regime in force.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::limit::{DEFAULT_CUTOFF, MAX_LIMIT, parse_error};
use super::{DeadlineError, OfficeHours};
use crate::Error;

/// The one-stop regime in force on a date.
///
/// As far as the texts read show (regime note §Q2–Q4 and its change table), the deadline
/// rules modelled here did **not** change value on 1 July 2025: the 15:00 hand-over cut-off,
/// restart-from-zero after supplementation and the once-only re-appointment are restated by
/// provincial and sectoral texts adopted under Decree 118/2025, whose own text was not read.
/// The regime is kept so callers key policies by date ([`DeadlinePolicy::in_force_on`]) and
/// so that a confirmed difference changes one place; today it changes the cited sources
/// ([`DeadlinePolicy::notes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Decree 61/2018/NĐ-CP (effective 21/06/2018; amended by Decree 107/2021), with Circular
    /// 01/2018/TT-VPCP. Also used for earlier dates, the earliest regime modelled.
    Decree61_2018,
    /// Decree 118/2025/NĐ-CP, effective 01/07/2025, with Circular 03/2025/TT-VPCP.
    #[default]
    Decree118_2025,
}

impl Regime {
    /// The regime in force on `date` (Decree 118/2025 from 1 July 2025).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::deadline::Regime;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(Regime::in_force_on(d(2025, 6, 30)), Regime::Decree61_2018);
    /// assert_eq!(Regime::in_force_on(d(2025, 7, 1)), Regime::Decree118_2025);
    /// ```
    pub fn in_force_on(date: NaiveDate) -> Regime {
        if date >= Regime::Decree118_2025.effective_from() {
            Regime::Decree118_2025
        } else {
            Regime::Decree61_2018
        }
    }

    /// First day of the regime.
    ///
    /// ```
    /// use motcua::deadline::Regime;
    /// assert_eq!(Regime::Decree118_2025.effective_from().to_string(), "2025-07-01");
    /// ```
    pub fn effective_from(self) -> NaiveDate {
        let (y, m, d) = match self {
            Regime::Decree61_2018 => (2018, 6, 21),
            Regime::Decree118_2025 => (2025, 7, 1),
        };
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// The governing decree's number.
    ///
    /// ```
    /// use motcua::deadline::Regime;
    /// assert_eq!(Regime::Decree61_2018.document(), "Nghị định 61/2018/NĐ-CP");
    /// ```
    pub fn document(self) -> &'static str {
        match self {
            Regime::Decree61_2018 => "Nghị định 61/2018/NĐ-CP",
            Regime::Decree118_2025 => "Nghị định 118/2025/NĐ-CP",
        }
    }
}

/// How the dossier reached the desk. It selects which receipt rule applies: the paper
/// cut-off ([`DeadlinePolicy::paper_cutoff`]) for `Desk` and `Postal`, the after-hours rule
/// ([`DeadlinePolicy::online_outside_hours`]) for `Online`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// In person at the one-stop desk (the default).
    #[default]
    Desk,
    /// By post (public postal service).
    Postal,
    /// Online, through the national portal (DVCQG) or a provincial system.
    Online,
}

/// What the 15:00 cut-off for paper dossiers does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CutoffEffect {
    /// Default. The cut-off only dates the hand-over to the resolving authority
    /// ([`super::Due::handed_over_at`]): the same day, or the start of the next working day
    /// when received after it (Decree 61/2018 Art. 18 [V]). The time limit still counts
    /// from the day of receipt, which is what Art. 18 and Civil Code Art. 147 say.
    #[default]
    HandOverOnly,
    /// A dossier received after the cut-off is *counted* as received at the start of the
    /// next working day (a practice of some systems; no legal text requires it).
    DeferCount,
}

/// The receipt cut-off for paper dossiers (desk and postal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PaperCutoff {
    /// The cut-off (default 15:00, Decree 61/2018 Art. 18; still applied by provincial
    /// procedures under Decree 118/2025, e.g. Cao Bằng 2028/QĐ-UBND of 28/11/2025).
    #[serde(default = "default_cutoff")]
    pub at: NaiveTime,
    /// What it does (default [`CutoffEffect::HandOverOnly`]).
    #[serde(default)]
    pub effect: CutoffEffect,
}

fn default_cutoff() -> NaiveTime {
    DEFAULT_CUTOFF
}

impl Default for PaperCutoff {
    fn default() -> Self {
        PaperCutoff {
            at: DEFAULT_CUTOFF,
            effect: CutoffEffect::HandOverOnly,
        }
    }
}

/// When an online dossier submitted outside office hours counts as received. No national
/// rule was read (Decree 45/2020 Art. 11 and Decree 118/2025 Art. 17(2) not read); these are
/// the variants found in sectoral texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OutsideHours {
    /// At the moment of submission, whatever the hour.
    AsSubmitted,
    /// Default. From the start of the next working session: before opening → opening,
    /// lunch → afternoon start, after closing or on a day off → the next working day's
    /// opening ("nộp ngoài giờ được tính từ đầu giờ làm việc kế tiếp", MoET Decision
    /// 3142/QĐ-BGDĐT Art. 11 [S]; Decree 297/2025 Art. 3(5): after 17:00 or on a day off →
    /// the next working day's opening [V, sectoral]).
    #[default]
    NextWorkingSession,
    /// As `NextWorkingSession`, and a submission in the last `minutes` before the day's
    /// closing also counts from the next working day (Decree 297/2025 Art. 6(3): the last
    /// hour, `minutes = 60` [V, sectoral]).
    NextWorkingDayInLastHour {
        /// Minutes before closing (at most 240).
        minutes: u32,
    },
}

/// The time of day printed on the appointment slip (giấy hẹn trả kết quả). The legal due
/// *date* is the same whatever this says; only the time (and, for arithmetic, sometimes the
/// date) of the appointment differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AppointmentTime {
    /// The legal due date at the (normalised) time of day of receipt, clamped into that
    /// day's office hours (TDDVC-style day arithmetic [C]).
    KeepTimeOfDay,
    /// Default. The legal due date at the office's closing time. The legal period ends at
    /// 24:00 of that date (Civil Code Art. 148(6)); the closing time is the last moment a
    /// result can be handed over, and the appointment then never differs from the legal
    /// date.
    #[default]
    EndOfOfficeDay,
    /// Working-hour arithmetic (OpenCPS-style [C]): `n` working days later at the same
    /// position in the working day; the earliest instant at which the limit's working time
    /// has elapsed. May fall on the working day before the legal due date when receipt is at
    /// the opening (the whole receipt day counts). Rounded *up* to `round_to_minutes`
    /// (0 = no rounding; OpenCPS uses 15), never past the end of the session.
    WorkingHourArithmetic {
        /// Rounding step in minutes (0–60).
        round_to_minutes: u32,
    },
}

/// What supplementation during processing does to the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OnSupplement {
    /// Default. The time limit restarts from zero once the complete dossier is received:
    /// "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ" (Decree 61/2018
    /// Art. 19(4) [V]; same wording in Decree 297/2025 Art. 6(4)(a) [V, sectoral]).
    #[default]
    RestartFull,
    /// The clock stops while waiting for the applicant and resumes afterwards: the view of
    /// the national service index (Decision 766/QĐ-TTg indicator 2.1, per F766 [C/S]).
    PauseAndResume,
}

impl OnSupplement {
    /// The other semantics.
    ///
    /// ```
    /// use motcua::deadline::OnSupplement;
    /// assert_eq!(OnSupplement::RestartFull.other(), OnSupplement::PauseAndResume);
    /// ```
    pub fn other(self) -> OnSupplement {
        match self {
            OnSupplement::RestartFull => OnSupplement::PauseAndResume,
            OnSupplement::PauseAndResume => OnSupplement::RestartFull,
        }
    }
}

/// How a stop of the clock (a pause, or a supplementation wait under pause semantics) moves
/// the due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PauseMeasure {
    /// Default. The count resumes after the stop with what was left of the limit: whole
    /// working days for working-day limits (the day of resumption not counted, as for a new
    /// receipt), working time for working-hour appointments and hour-based limits (OpenCPS
    /// "extend by the working hours spent waiting" [C]), calendar days for calendar-based
    /// limits. Never later than a restart.
    #[default]
    WorkingTime,
    /// The due moves by the elapsed wall-clock time of the stops, nights and days off
    /// included (F766 subtracts requested→fulfilled timestamps from the end time [C]); the
    /// legal due date then rolls to a working day. Plain pauses after an extension are
    /// always measured this way when chosen.
    Elapsed,
}

/// When a late dossier may be re-appointed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExtensionNotice {
    /// Default (`days = 1`). The apology and new date are sent at least `days` calendar days
    /// before the due date (Decree 61/2018 Art. 19(9) [V]; restated by provincial rules under
    /// Decree 118/2025, e.g. Lai Châu 88/2025, Đồng Tháp 138/2025 [V, provincial]).
    BeforeDeadline {
        /// Calendar days before the due date.
        days: u32,
    },
    /// At any time, also after the deadline has passed (Decree 297/2025 Art. 6(5) [V,
    /// sectoral]).
    Anytime,
}

/// Rules on apology and re-appointment (extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExtensionRule {
    /// Most re-appointments (default 1: "không quá một lần", Decree 61/2018 Art. 19(9) [V];
    /// kept under Decree 118/2025 by provincial rules [V, provincial]).
    #[serde(default = "one")]
    pub max: u32,
    /// When the notice may be sent.
    #[serde(default = "default_notice")]
    pub notice: ExtensionNotice,
}

fn one() -> u32 {
    1
}
fn default_notice() -> ExtensionNotice {
    ExtensionNotice::BeforeDeadline { days: 1 }
}

impl Default for ExtensionRule {
    fn default() -> Self {
        ExtensionRule {
            max: 1,
            notice: default_notice(),
        }
    }
}

/// Comparison granularity of timeliness (systems differ, domain brief §7.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// Default. Compare instants: early if finished before the appointment, on time if at
    /// it, late if after (national F766 "≤ NgayHenTra"; TDDVC report 06; OpenCPS [C]).
    #[default]
    Timestamp,
    /// Compare calendar dates: early on an earlier date, on time on the same date, late on a
    /// later date (TDDVC report 06b [C]).
    CalendarDate,
}

/// Every choice the deadline engine makes that the law leaves open. Each field has a
/// documented default and source; [`DeadlinePolicy::notes`] lists them at run time.
///
/// [`OfficeHours`] are part of the policy rather than a separate argument: they are
/// per-office configuration exactly like the cut-off and the appointment convention, they
/// travel together as one JSON document through the bindings, and the contract signature of
/// [`super::compute_due`] has four arguments. The [`super::WorkCalendar`] stays separate: it
/// is large, shared and built once.
///
/// The channel of the dossier at hand is a field too ([`DeadlinePolicy::with_channel`]).
///
/// JSON: every field is optional and defaults as documented, e.g.
/// `{"channel": "online", "appointment": {"working_hour_arithmetic": {"round_to_minutes": 15}}}`.
///
/// ```
/// use motcua::deadline::{AppointmentTime, DeadlinePolicy, OnSupplement};
/// let p = DeadlinePolicy::default();
/// assert_eq!(p.appointment, AppointmentTime::EndOfOfficeDay);
/// assert_eq!(p.on_supplement, OnSupplement::RestartFull);
/// let q = DeadlinePolicy::from_json(r#"{"appointment": {"working_hour_arithmetic": {"round_to_minutes": 15}}}"#)?;
/// assert_eq!(q.appointment, AppointmentTime::WorkingHourArithmetic { round_to_minutes: 15 });
/// // An unusable value is a typed error.
/// let err = DeadlinePolicy::from_json(r#"{"appointment": {"working_hour_arithmetic": {"round_to_minutes": 90}}}"#).unwrap_err();
/// assert_eq!(err.code(), 2005);
/// # Ok::<(), motcua::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct DeadlinePolicy {
    /// The regime whose sources the defaults cite (default: Decree 118/2025).
    pub regime: Regime,
    /// Office hours (default 07:30–11:30, 13:00–17:00).
    pub office_hours: OfficeHours,
    /// Channel of the dossier (default [`Channel::Desk`]).
    pub channel: Channel,
    /// Paper-dossier cut-off (default 15:00, hand-over only).
    pub paper_cutoff: PaperCutoff,
    /// Online submissions outside office hours (default: the next working session).
    pub online_outside_hours: OutsideHours,
    /// Time of the appointment (default: closing time of the legal due date).
    pub appointment: AppointmentTime,
    /// Supplementation semantics (default: restart from zero).
    pub on_supplement: OnSupplement,
    /// How pauses move the due date (default: by working time).
    pub pause_measure: PauseMeasure,
    /// Apology and re-appointment rules (default: once, at least 1 day before).
    pub extension: ExtensionRule,
    /// Working days after receipt within which a supplementation request must be sent
    /// during processing (default 3: Decree 61/2018 Art. 19(4) [V]; Decree 118/2025 figure
    /// not read [U]). A later request is flagged, not refused.
    pub supplement_notice_working_days: u32,
    /// Working days the applicant has to supplement before the dossier may be closed
    /// (default none nationally; Decree 297/2025 uses 15 [V, sectoral]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicant_supplement_working_days: Option<u32>,
    /// Timeliness comparison granularity (default: timestamps).
    pub granularity: Granularity,
}

impl Default for DeadlinePolicy {
    fn default() -> Self {
        DeadlinePolicy::for_regime(Regime::default())
    }
}

/// How firmly a default is established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Read in the legal text.
    Verified,
    /// Read in provincial or sectoral texts, or quoted by secondary sources.
    Secondary,
    /// Observed practice of existing systems.
    Practice,
    /// An inference or a convention of this library.
    Convention,
}

/// One policy, its value, its default and where the default comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PolicyNote {
    /// The field name in JSON.
    pub key: String,
    /// The value in force (JSON).
    pub value: serde_json::Value,
    /// True when the value is the regime's default.
    pub is_default: bool,
    /// Source of the default.
    pub source: String,
    /// How firm the default is.
    pub certainty: Certainty,
}

impl DeadlinePolicy {
    /// The defaults of a regime (see [`Regime`] for why they coincide today).
    ///
    /// ```
    /// use motcua::deadline::{DeadlinePolicy, Regime};
    /// let p = DeadlinePolicy::for_regime(Regime::Decree61_2018);
    /// assert_eq!(p.supplement_notice_working_days, 3);
    /// assert!(p.validate().is_ok());
    /// ```
    pub fn for_regime(regime: Regime) -> DeadlinePolicy {
        DeadlinePolicy {
            regime,
            office_hours: OfficeHours::default(),
            channel: Channel::Desk,
            paper_cutoff: PaperCutoff::default(),
            online_outside_hours: OutsideHours::NextWorkingSession,
            appointment: AppointmentTime::EndOfOfficeDay,
            on_supplement: OnSupplement::RestartFull,
            pause_measure: PauseMeasure::WorkingTime,
            extension: ExtensionRule::default(),
            supplement_notice_working_days: 3,
            applicant_supplement_working_days: None,
            granularity: Granularity::Timestamp,
        }
    }

    /// The defaults of the regime in force on `date` (key a dossier by its receipt date).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::deadline::{DeadlinePolicy, Regime};
    /// let p = DeadlinePolicy::in_force_on(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap());
    /// assert_eq!(p.regime, Regime::Decree61_2018);
    /// ```
    pub fn in_force_on(date: NaiveDate) -> DeadlinePolicy {
        DeadlinePolicy::for_regime(Regime::in_force_on(date))
    }

    /// This policy for a dossier of another channel.
    ///
    /// ```
    /// use motcua::deadline::{Channel, DeadlinePolicy};
    /// assert_eq!(DeadlinePolicy::default().with_channel(Channel::Online).channel, Channel::Online);
    /// ```
    pub fn with_channel(mut self, channel: Channel) -> DeadlinePolicy {
        self.channel = channel;
        self
    }

    /// This policy with another appointment convention.
    ///
    /// ```
    /// use motcua::deadline::{AppointmentTime, DeadlinePolicy};
    /// let p = DeadlinePolicy::default().with_appointment(AppointmentTime::KeepTimeOfDay);
    /// assert_eq!(p.appointment, AppointmentTime::KeepTimeOfDay);
    /// ```
    pub fn with_appointment(mut self, appointment: AppointmentTime) -> DeadlinePolicy {
        self.appointment = appointment;
        self
    }

    /// This policy with other office hours.
    ///
    /// ```
    /// use motcua::deadline::{DeadlinePolicy, OfficeHours};
    /// let h = OfficeHours::split(7, 0, 11, 30, 13, 30, 17, 0).unwrap();
    /// let p = DeadlinePolicy::default().with_office_hours(h.clone());
    /// assert_eq!(p.office_hours, h);
    /// ```
    pub fn with_office_hours(mut self, hours: OfficeHours) -> DeadlinePolicy {
        self.office_hours = hours;
        self
    }

    /// This policy with other supplementation semantics.
    ///
    /// ```
    /// use motcua::deadline::{DeadlinePolicy, OnSupplement};
    /// let p = DeadlinePolicy::default().with_on_supplement(OnSupplement::PauseAndResume);
    /// assert_eq!(p.on_supplement, OnSupplement::PauseAndResume);
    /// ```
    pub fn with_on_supplement(mut self, s: OnSupplement) -> DeadlinePolicy {
        self.on_supplement = s;
        self
    }

    /// Parses a policy from JSON (missing fields take their defaults) and validates it.
    ///
    /// ```
    /// use motcua::deadline::{Channel, DeadlinePolicy};
    /// assert_eq!(DeadlinePolicy::from_json(r#"{"channel": "postal"}"#)?.channel, Channel::Postal);
    /// assert_eq!(DeadlinePolicy::from_json(r#"{"channel": "fax"}"#).unwrap_err().code(), 2012);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<DeadlinePolicy, Error> {
        super::limit::check_size("policy", json, &crate::limits::InputLimits::default())?;
        let p: DeadlinePolicy =
            serde_json::from_str(json).map_err(|e| parse_error("policy", &e))?;
        p.validate()?;
        Ok(p)
    }

    /// Checks the policy: office hours ([`OfficeHours::validate`], code 2002) and the
    /// numeric settings (code 2005).
    ///
    /// ```
    /// use motcua::deadline::{DeadlinePolicy, OutsideHours};
    /// let mut p = DeadlinePolicy::default();
    /// assert!(p.validate().is_ok());
    /// p.online_outside_hours = OutsideHours::NextWorkingDayInLastHour { minutes: 600 };
    /// assert_eq!(p.validate().unwrap_err().name(), "deadline.invalid_policy");
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        self.office_hours.validate()?;
        self.validate_settings()
    }

    /// The numeric checks of [`Self::validate`] (office hours are checked when compiled).
    pub(crate) fn validate_settings(&self) -> Result<(), Error> {
        if let AppointmentTime::WorkingHourArithmetic { round_to_minutes } = self.appointment {
            if round_to_minutes > 60 {
                return Err(DeadlineError::policy(
                    format!("round_to_minutes must be 0–60, not {round_to_minutes}"),
                    format!("round_to_minutes phải từ 0 đến 60, không phải {round_to_minutes}"),
                )
                .into());
            }
        }
        if let OutsideHours::NextWorkingDayInLastHour { minutes } = self.online_outside_hours {
            if minutes > 240 {
                return Err(DeadlineError::policy(
                    format!("the last-hour window must be 0–240 minutes, not {minutes}"),
                    format!("khoảng cuối giờ phải từ 0 đến 240 phút, không phải {minutes}"),
                )
                .into());
            }
        }
        if self.supplement_notice_working_days == 0
            || self.supplement_notice_working_days > MAX_LIMIT
        {
            return Err(DeadlineError::policy(
                "supplement_notice_working_days must be positive".into(),
                "supplement_notice_working_days phải lớn hơn 0".into(),
            )
            .into());
        }
        if matches!(self.applicant_supplement_working_days, Some(0))
            || self
                .applicant_supplement_working_days
                .is_some_and(|n| n > MAX_LIMIT)
        {
            return Err(DeadlineError::policy(
                "applicant_supplement_working_days must be positive".into(),
                "applicant_supplement_working_days phải lớn hơn 0".into(),
            )
            .into());
        }
        if let ExtensionNotice::BeforeDeadline { days } = self.extension.notice {
            if days > 365 {
                return Err(DeadlineError::policy(
                    format!("extension notice must be at most 365 days before, not {days}"),
                    format!("thông báo gia hạn không quá 365 ngày trước hạn, không phải {days}"),
                )
                .into());
            }
        }
        Ok(())
    }

    /// Every policy with its value, whether it is the default, and the default's source.
    ///
    /// ```
    /// use motcua::deadline::DeadlinePolicy;
    /// let notes = DeadlinePolicy::default().notes();
    /// let cutoff = notes.iter().find(|n| n.key == "paper_cutoff").unwrap();
    /// assert!(cutoff.source.contains("61/2018"));
    /// assert!(notes.iter().all(|n| n.is_default));
    /// ```
    pub fn notes(&self) -> Vec<PolicyNote> {
        let d = DeadlinePolicy::for_regime(self.regime);
        let r118 = self.regime == Regime::Decree118_2025;
        let v = |x: &dyn erased::Ser| x.json();
        let mut out = Vec::new();
        let mut push = |key: &str, value, is_default, source: &str, certainty| {
            out.push(PolicyNote {
                key: key.into(),
                value,
                is_default,
                source: source.into(),
                certainty,
            });
        };
        push(
            "office_hours",
            v(&self.office_hours),
            self.office_hours == d.office_hours,
            "No national rule (Decision 188/1999/QĐ-TTg: 40 h, Mon–Fri); 07:30–11:30/13:00–17:00 is the common pattern and OpenCPS's fallback",
            Certainty::Practice,
        );
        push(
            "channel",
            v(&self.channel),
            self.channel == d.channel,
            "Per dossier; desk by default",
            Certainty::Convention,
        );
        push(
            "paper_cutoff",
            v(&self.paper_cutoff),
            self.paper_cutoff == d.paper_cutoff,
            if r118 {
                "Decree 61/2018 Art. 18 (15:00 hand-over), restated under Decree 118/2025 by provincial procedures (Cao Bằng 2028/QĐ-UBND, 28/11/2025); 118's own Art. 18 not read"
            } else {
                "Decree 61/2018/NĐ-CP Art. 18: paper dossiers received after 15:00 are forwarded at the start of the next working day"
            },
            if r118 {
                Certainty::Secondary
            } else {
                Certainty::Verified
            },
        );
        push(
            "online_outside_hours",
            v(&self.online_outside_hours),
            self.online_outside_hours == d.online_outside_hours,
            "No national rule read (Decree 45/2020 Art. 11, Decree 118/2025 Art. 17(2)); MoET 3142/QĐ-BGDĐT Art. 11 and Decree 297/2025 Art. 3(5) count from the next working session",
            Certainty::Secondary,
        );
        push(
            "appointment",
            v(&self.appointment),
            self.appointment == d.appointment,
            "No legal formula for the time of day; Civil Code 2015 Art. 148(6) ends the day at 24:00; slips commonly print the closing time",
            Certainty::Convention,
        );
        push(
            "on_supplement",
            v(&self.on_supplement),
            self.on_supplement == d.on_supplement,
            if r118 {
                "Restart from zero: Decree 61/2018 Art. 19(4), same wording in Decree 297/2025 Art. 6(4)(a); Decree 118/2025 text not read"
            } else {
                "Decree 61/2018/NĐ-CP Art. 19(4): 'Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ'"
            },
            if r118 {
                Certainty::Secondary
            } else {
                Certainty::Verified
            },
        );
        push(
            "pause_measure",
            v(&self.pause_measure),
            self.pause_measure == d.pause_measure,
            "OpenCPS extends by the working hours waited; F766 subtracts elapsed time",
            Certainty::Practice,
        );
        push(
            "extension",
            v(&self.extension),
            self.extension == d.extension,
            if r118 {
                "Once, at least 1 day before: Decree 61/2018 Art. 19(9), restated by Lai Châu 88/2025 and Đồng Tháp 138/2025 under Decree 118/2025; Decree 297/2025 Art. 6(5) allows it after the deadline"
            } else {
                "Decree 61/2018/NĐ-CP Art. 19(9): at least 1 day before the deadline, 'không quá một lần'"
            },
            if r118 {
                Certainty::Secondary
            } else {
                Certainty::Verified
            },
        );
        push(
            "supplement_notice_working_days",
            v(&self.supplement_notice_working_days),
            self.supplement_notice_working_days == d.supplement_notice_working_days,
            "Decree 61/2018 Art. 19(4): within 3 working days of receipt; Decree 118/2025 figure not read",
            if r118 {
                Certainty::Convention
            } else {
                Certainty::Verified
            },
        );
        push(
            "applicant_supplement_working_days",
            v(&self.applicant_supplement_working_days),
            self.applicant_supplement_working_days == d.applicant_supplement_working_days,
            "No national figure found; Decree 297/2025 closes the dossier after 15 working days",
            Certainty::Secondary,
        );
        push(
            "granularity",
            v(&self.granularity),
            self.granularity == d.granularity,
            "Systems differ (domain brief §7.2); the national F766 formula compares instants",
            Certainty::Practice,
        );
        out
    }
}

mod erased {
    /// Serialises any policy field to JSON without generics in the caller's closure.
    pub(super) trait Ser {
        fn json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Ser for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}
