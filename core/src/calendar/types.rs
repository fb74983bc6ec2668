//! Public data types of the working calendar: who a calendar is for, why a day is (not) a
//! working day, and the official announcements that a vendor can load at run time.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Lang;

/// Whom a calendar is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Officials, civil servants and public employees (cán bộ, công chức, viên chức) of state
    /// agencies: the one-stop desks. Follows the Government's day swaps (hoán đổi ngày làm việc).
    CivilService,
    /// Employees under the Labor Code in general (người lao động): statutory holidays and
    /// compensatory days, without the civil-service swaps.
    Enterprise,
}

/// Which audiences an announcement or one of its entries applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Civil service only (the usual scope of a day swap).
    #[default]
    CivilService,
    /// Every employee (the Prime Minister's choice of Tết days and of the second National Day
    /// day, Labor Code 2019 Art. 112(3)).
    All,
}

impl Scope {
    /// Does this scope cover the audience.
    pub fn covers(self, audience: Audience) -> bool {
        matches!(
            (self, audience),
            (Scope::All, _) | (Scope::CivilService, Audience::CivilService)
        )
    }
}

/// A statutory public holiday (Labor Code 2019 Art. 112; Labor Code 2012 Art. 115; Culture Day
/// from 2026).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Holiday {
    /// Tết Dương lịch, 1 January.
    NewYear,
    /// Tết Âm lịch (Tết Nguyên đán): the days the Prime Minister fixes around lunar new year.
    Tet,
    /// Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month (from 2007).
    HungKings,
    /// Ngày Chiến thắng, 30 April.
    Reunification,
    /// Ngày Quốc tế Lao động, 1 May.
    LabourDay,
    /// Quốc khánh, 2 September.
    NationalDay,
    /// The second National Day day, adjacent to 2 September (from 2021).
    NationalDayExtra,
    /// Ngày Văn hóa Việt Nam, 24 November (from 2026).
    CultureDay,
}

impl Holiday {
    /// Name in Vietnamese or English.
    pub fn name(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            Holiday::NewYear => ("Tết Dương lịch", "New Year's Day"),
            Holiday::Tet => ("Tết Âm lịch", "Lunar New Year (Tết)"),
            Holiday::HungKings => ("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
            Holiday::Reunification => ("Ngày Chiến thắng", "Reunification Day"),
            Holiday::LabourDay => ("Ngày Quốc tế Lao động", "International Labour Day"),
            Holiday::NationalDay => ("Quốc khánh", "National Day"),
            Holiday::NationalDayExtra => {
                ("Quốc khánh (ngày liền kề)", "National Day (adjacent day)")
            }
            Holiday::CultureDay => ("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day"),
        };
        lang.pick(vi, en)
    }
}

/// Why a day is, or is not, a working day. One day may have several reasons (a holiday that
/// falls on a Sunday is both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// A weekly rest day (Saturday or Sunday for the civil service, Decision 188/1999/QĐ-TTg).
    WeeklyRest,
    /// A statutory public holiday.
    Holiday,
    /// A compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day
    /// (Labor Code 2019 Art. 111(3)).
    Compensatory,
    /// A working day given as a day off in exchange for a make-up Saturday (hoán đổi).
    Swap,
    /// An extra day off announced without a make-up day.
    ExtraDayOff,
    /// A weekly rest day declared a working day (làm bù) in exchange for a swapped day off.
    MakeUpWorkingDay,
    /// A per-office override opening the desk on this day.
    OfficeOpen,
    /// A per-office override closing the desk on this day.
    OfficeClosed,
}

/// Where a fact comes from: the document that announced it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// Document number, e.g. `"8726/VPCP-KGVX"`, or the name of a law and article.
    pub document: String,
    /// Date the document was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Issuing body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Free-text note: how the fact was verified, or why it is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One reason a day has its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reason {
    /// The kind of reason.
    pub kind: ReasonKind,
    /// The holiday concerned (for holidays, compensatory days and Tết swaps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holiday: Option<Holiday>,
    /// The other date involved: the holiday a compensatory day makes up for, or the date a
    /// swapped day is exchanged with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_date: Option<NaiveDate>,
    /// Vietnamese text.
    pub text_vi: String,
    /// English text.
    pub text_en: String,
    /// The document or legal rule behind it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Reason {
    /// Text in the language asked for.
    pub fn text(&self, lang: Lang) -> &str {
        lang.pick(&self.text_vi, &self.text_en)
    }
}

/// The status of one day, with every reason for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DayInfo {
    /// The date.
    pub date: NaiveDate,
    /// Is it a working day for this calendar.
    pub working: bool,
    /// True when the day's status comes from the rules alone because no official announcement
    /// for its year is loaded (a projection: the Government may still swap days).
    pub estimated: bool,
    /// Why; empty for an ordinary working day.
    pub reasons: Vec<Reason>,
}

/// A day off of [`super::WorkCalendar::days_off`]: same shape as [`DayInfo`].
pub type DayOff = DayInfo;

impl DayInfo {
    /// One-line explanation, e.g. `"2026-02-16: nghỉ — Tết Âm lịch (29 Chạp)"`.
    pub fn explain(&self, lang: Lang) -> String {
        let status = if self.working {
            lang.pick("ngày làm việc", "working day")
        } else {
            lang.pick("ngày nghỉ", "day off")
        };
        let mut s = format!("{}: {}", self.date, status);
        if self.reasons.is_empty() {
            return s;
        }
        s.push_str(" — ");
        let texts: Vec<&str> = self.reasons.iter().map(|r| r.text(lang)).collect();
        s.push_str(&texts.join("; "));
        if self.estimated {
            s.push_str(lang.pick(" (dự kiến)", " (estimated)"));
        }
        s
    }
}

/// What an announced day off is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AnnouncedKind {
    /// One of the Tết days fixed by the Prime Minister. When an announcement lists Tết days,
    /// they replace the Tết days the rules project for that year.
    Tet,
    /// The second National Day day fixed by the Prime Minister (from 2021); replaces the
    /// projected one.
    NationalDayExtra,
    /// A compensatory day off; when an announcement lists any, they replace the projected
    /// compensatory days of the holidays of that year.
    Compensatory,
    /// A working day given off in exchange for a make-up day (`swapped_with`).
    Swap,
    /// An extra day off without a make-up day.
    Extra,
}

/// A day off in an announcement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnnouncedDayOff {
    /// The date.
    pub date: NaiveDate,
    /// What it is.
    pub kind: AnnouncedKind,
    /// For a swap: the make-up working day it is exchanged with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swapped_with: Option<NaiveDate>,
    /// For a compensatory day: the holiday date it makes up for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_date: Option<NaiveDate>,
    /// Audience, when it differs from the announcement's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// Source, when it differs from the announcement's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// A make-up working day (a weekly rest day worked in exchange for a day off).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnnouncedWorkingDay {
    /// The date (a weekly rest day).
    pub date: NaiveDate,
    /// The day off it pays for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<NaiveDate>,
    /// Audience, when it differs from the announcement's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// Source, when it differs from the announcement's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// The official day-off schedule of one year for one scope: the Prime Minister's decision on
/// Tết and National Day, and the Government Office's swap notices, consolidated.
///
/// Loading an announcement for a `(year, scope)` that is already loaded **replaces** the
/// earlier one (a revised notice). Entries may fall in the neighbouring year (a swap across
/// 1 January): they are seen from both years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Announcement {
    /// The holiday year the schedule is for.
    pub year: i32,
    /// Who it applies to.
    #[serde(default)]
    pub scope: Scope,
    /// The main document.
    pub source: Source,
    /// Days off.
    #[serde(default)]
    pub days_off: Vec<AnnouncedDayOff>,
    /// Make-up working days.
    #[serde(default)]
    pub working_days: Vec<AnnouncedWorkingDay>,
}
