//! The Vietnamese working calendar: is a day a working day, and why.
//!
//! A [`WorkCalendar`] is built once from layers and is immutable afterwards (share it freely
//! across threads):
//!
//! 1. **weekly rest days**: Saturday and Sunday for the civil service (Decision 188/1999/QĐ-TTg);
//! 2. **statutory holidays by legal era** ([`rules`]): Labor Code 1994 (Tết 4 days), Hùng Kings
//!    from 2007, Labor Code 2012 (Tết 5 days from 2013), Labor Code 2019 (National Day 2 days
//!    from 2021), Vietnamese Culture Day (24 November) from 2026;
//! 3. **compensatory days off** (nghỉ bù) by the rules in force (Labor Code 2019 Art. 111(3));
//! 4. **official announcements** ([`Announcement`]): the Prime Minister's choice of Tết days and
//!    of the second National Day day, and the civil-service day swaps with their make-up
//!    Saturdays, each with its document number. The embedded default covers 2010–2027; later
//!    years are projected from the rules and marked `estimated`. Vendors load new notices at
//!    run time from JSON ([`WorkCalendar::with_announcements_json`]);
//! 5. **per-office overrides** ([`OfficeOverrides`]): a desk open on Saturdays, closed on a
//!    local day.
//!
//! Working-day arithmetic uses precomputed prefix counts: [`WorkCalendar::add_working_days`]
//! and [`WorkCalendar::working_days_between`] are O(1), whatever the distance.
//!
//! ```
//! use chrono::NaiveDate;
//! use motcua::calendar::WorkCalendar;
//! use motcua::Lang;
//!
//! let cal = WorkCalendar::vietnam_civil_service();
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! // Saturday 22 August 2026 is a make-up working day (swapped with Monday 31 August).
//! assert!(cal.is_working_day(d(2026, 8, 22)));
//! assert!(!cal.is_working_day(d(2026, 8, 31)));
//! let why = cal.why(d(2026, 8, 31))?;
//! assert!(why.explain(Lang::En).contains("2026-08-22"));
//! // Start excluded, end included (Civil Code Art. 147).
//! assert_eq!(cal.working_days_between(d(2026, 8, 28), d(2026, 9, 3))?, 1);
//! // Out of range is a typed error, never a panic.
//! assert_eq!(cal.add_working_days(d(2199, 12, 30), 10).unwrap_err().code(), 1102);
//! # Ok::<(), motcua::Error>(())
//! ```

pub(crate) mod announce;
mod error;
pub mod rules;
mod types;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub use announce::{
    DEFAULT_MAX_ANNOUNCEMENT_BYTES, embedded_announcements, parse_announcements,
    parse_announcements_with_limit, parse_announcements_with_limits,
};
pub use error::CalendarError;
pub use types::{
    AnnouncedDayOff, AnnouncedKind, AnnouncedWorkingDay, Announcement, Audience, DayInfo, DayOff,
    Holiday, Reason, ReasonKind, Scope, Source,
};

use crate::Error;

/// Per-office exceptions to the calendar: a desk that receives dossiers on Saturday mornings,
/// a local closure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficeOverrides {
    /// Name of the office (for explanations).
    pub office: String,
    /// Weekly rest days on which this office is nevertheless open (e.g. `["Sat"]`), except
    /// when the day is a holiday, a compensatory day or a swapped day off.
    #[serde(default)]
    pub open_weekdays: Vec<WeekdayName>,
    /// Dates on which the office is open whatever the calendar says.
    #[serde(default)]
    pub open_dates: Vec<NaiveDate>,
    /// Dates on which the office is closed whatever the calendar says.
    #[serde(default)]
    pub closed_dates: Vec<NaiveDate>,
}

/// A weekday, spelled as in chrono (`"Mon"` … `"Sun"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(missing_docs)]
pub enum WeekdayName {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl From<WeekdayName> for Weekday {
    fn from(w: WeekdayName) -> Weekday {
        match w {
            WeekdayName::Mon => Weekday::Mon,
            WeekdayName::Tue => Weekday::Tue,
            WeekdayName::Wed => Weekday::Wed,
            WeekdayName::Thu => Weekday::Thu,
            WeekdayName::Fri => Weekday::Fri,
            WeekdayName::Sat => Weekday::Sat,
            WeekdayName::Sun => Weekday::Sun,
        }
    }
}

/// Weekly rest days Saturday and Sunday, indexed from Monday (Decision 188/1999/QĐ-TTg).
pub(crate) const SAT_SUN_REST: [bool; 7] = [false, false, false, false, false, true, true];

/// Builder of a [`WorkCalendar`].
#[derive(Debug, Clone)]
pub struct WorkCalendarBuilder {
    audience: Audience,
    first: NaiveDate,
    last: NaiveDate,
    weekly_rest: [bool; 7],
    announcements: Vec<Announcement>,
    office: Option<OfficeOverrides>,
    rules: RulePolicy,
}

/// Choices where the law is not settled, each with a documented default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RulePolicy {
    /// Whether Vietnamese Culture Day (24 November, from 2026) falling on a weekly rest day
    /// gives a compensatory day like the Labor Code holidays. Default `true`: it is reported
    /// as a paid public holiday, and Labor Code 2019 Art. 111(3) compensates every such
    /// holiday; the primary text was not read (domain brief §4.3, UNVERIFIED). The first
    /// weekend occurrence is Saturday 24 November 2029.
    pub compensate_culture_day: bool,
}

impl Default for RulePolicy {
    fn default() -> Self {
        RulePolicy {
            compensate_culture_day: true,
        }
    }
}

/// First date of the default range.
pub const DEFAULT_FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
/// Last date of the default range (the end of the lunar table).
pub const DEFAULT_LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

impl WorkCalendarBuilder {
    /// A builder for `audience` with Saturday/Sunday rest, the default range 2000–2199 and no
    /// announcements. Call [`Self::embedded_announcements`] for the embedded official data.
    pub fn new(audience: Audience) -> Self {
        WorkCalendarBuilder {
            audience,
            first: DEFAULT_FIRST_DATE,
            last: DEFAULT_LAST_DATE,
            weekly_rest: SAT_SUN_REST,
            announcements: Vec::new(),
            office: None,
            rules: RulePolicy::default(),
        }
    }

    /// Adds the embedded official announcements (2010–2027).
    pub fn embedded_announcements(self) -> Result<Self, Error> {
        let anns = embedded_announcements()?;
        Ok(self.announcements(anns))
    }

    /// Adds announcements. One for a `(year, scope)` already present replaces it.
    pub fn announcements(mut self, anns: impl IntoIterator<Item = Announcement>) -> Self {
        for a in anns {
            self.announcements
                .retain(|b| !(b.year == a.year && b.scope == a.scope));
            self.announcements.push(a);
        }
        self
    }

    /// Parses announcements from JSON (one object or an array) and adds them.
    pub fn announcements_json(self, json: &str) -> Result<Self, Error> {
        let anns = parse_announcements(json)?;
        Ok(self.announcements(anns))
    }

    /// [`WorkCalendarBuilder::announcements_json`] under other limits
    /// ([`parse_announcements_with_limits`]).
    pub fn announcements_json_with_limits(
        self,
        json: &str,
        limits: &crate::limits::InputLimits,
    ) -> Result<Self, Error> {
        let anns = parse_announcements_with_limits(json, limits)?;
        Ok(self.announcements(anns))
    }

    /// Sets the weekly rest days (default Saturday and Sunday).
    pub fn weekly_rest(mut self, days: &[Weekday]) -> Self {
        self.weekly_rest = [false; 7];
        for d in days {
            if let Some(slot) = self.weekly_rest.get_mut(d.num_days_from_monday() as usize) {
                *slot = true;
            }
        }
        self
    }

    /// Sets per-office overrides.
    pub fn office(mut self, office: OfficeOverrides) -> Self {
        self.office = Some(office);
        self
    }

    /// Sets the policies for unsettled rules (see [`RulePolicy`]).
    pub fn rule_policy(mut self, rules: RulePolicy) -> Self {
        self.rules = rules;
        self
    }

    /// Restricts the range (must lie within 2000-01-01..=2199-12-31).
    pub fn range(mut self, first: NaiveDate, last: NaiveDate) -> Self {
        self.first = first;
        self.last = last;
        self
    }

    /// Builds the calendar: computes every day's status and the prefix counts.
    pub fn build(self) -> Result<WorkCalendar, Error> {
        WorkCalendar::build(self)
    }
}

/// A working calendar for one audience: immutable, cheap to query, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct WorkCalendar {
    audience: Audience,
    first: NaiveDate,
    last: NaiveDate,
    /// `cum[i]` = number of working days among the first `i` days of the range.
    cum: Vec<u32>,
    /// Offsets (from `first`) of the working days, in order.
    working: Vec<u32>,
    /// Every day with at least one reason other than a plain weekly rest day.
    special: BTreeMap<NaiveDate, Vec<Reason>>,
    weekly_rest: [bool; 7],
    /// Years (holiday years) covered by an official announcement for this audience.
    confirmed_years: BTreeSet<i32>,
    announcements: Vec<Announcement>,
    office: Option<OfficeOverrides>,
    rules: RulePolicy,
}

impl WorkCalendar {
    /// The civil-service calendar with the embedded official announcements: the calendar of
    /// the one-stop desks.
    pub fn vietnam_civil_service() -> WorkCalendar {
        Self::embedded_or_rules(Audience::CivilService)
    }

    /// The Labor Code calendar of employees in general: statutory holidays, the Prime
    /// Minister's Tết and National Day days and compensatory days, without civil-service swaps.
    pub fn vietnam_enterprise() -> WorkCalendar {
        Self::embedded_or_rules(Audience::Enterprise)
    }

    fn embedded_or_rules(audience: Audience) -> WorkCalendar {
        // The embedded data is checked by the test suite, so the first branch is the one taken;
        // the fallback keeps the constructor infallible without a panic path.
        match WorkCalendarBuilder::new(audience)
            .embedded_announcements()
            .and_then(WorkCalendarBuilder::build)
        {
            Ok(c) => c,
            Err(_) => WorkCalendar::rules_only(audience),
        }
    }

    fn rules_only(audience: Audience) -> WorkCalendar {
        match WorkCalendarBuilder::new(audience).build() {
            Ok(c) => c,
            Err(_) => WorkCalendar {
                audience,
                first: DEFAULT_FIRST_DATE,
                last: DEFAULT_FIRST_DATE,
                cum: vec![0, 0],
                working: Vec::new(),
                special: BTreeMap::new(),
                weekly_rest: [false; 7],
                confirmed_years: BTreeSet::new(),
                announcements: Vec::new(),
                office: None,
                rules: RulePolicy::default(),
            },
        }
    }

    /// A builder (see [`WorkCalendarBuilder`]).
    pub fn builder(audience: Audience) -> WorkCalendarBuilder {
        WorkCalendarBuilder::new(audience)
    }

    /// A new calendar with these announcements (JSON: one object or an array) layered on top
    /// of this one's; an announcement for a `(year, scope)` already loaded replaces it.
    ///
    /// ```
    /// use motcua::calendar::WorkCalendar;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let err = cal.with_announcements_json("{not json").unwrap_err();
    /// assert_eq!(err.code(), 1103);
    /// ```
    pub fn with_announcements_json(&self, json: &str) -> Result<WorkCalendar, Error> {
        let anns = parse_announcements(json)?;
        self.to_builder().announcements(anns).build()
    }

    /// A builder holding this calendar's configuration.
    pub fn to_builder(&self) -> WorkCalendarBuilder {
        WorkCalendarBuilder {
            audience: self.audience,
            first: self.first,
            last: self.last,
            weekly_rest: self.weekly_rest,
            announcements: self.announcements.clone(),
            office: self.office.clone(),
            rules: self.rules,
        }
    }

    /// The audience.
    pub fn audience(&self) -> Audience {
        self.audience
    }

    /// First date of the range.
    pub fn first_date(&self) -> NaiveDate {
        self.first
    }

    /// Last date of the range.
    pub fn last_date(&self) -> NaiveDate {
        self.last
    }

    /// The announcements loaded.
    pub fn announcements(&self) -> &[Announcement] {
        &self.announcements
    }

    /// The policies for unsettled rules.
    pub fn rule_policy(&self) -> RulePolicy {
        self.rules
    }

    /// The per-office overrides, if any.
    pub fn office(&self) -> Option<&OfficeOverrides> {
        self.office.as_ref()
    }

    /// True when `year` lies outside the years covered by the loaded official announcements
    /// (before the first or after the last), so its days off are projected from the rules.
    /// Years between two announced years whose schedules needed no notice of their own are
    /// not estimated: the rules reproduce their official schedules (checked by the tests).
    pub fn is_estimated(&self, year: i32) -> bool {
        !self.confirmed_years.contains(&year)
    }

    fn offset(&self, date: NaiveDate) -> Result<usize, Error> {
        if date < self.first || date > self.last {
            return Err(CalendarError::DateOutOfRange {
                date: date.to_string(),
                min: self.first.to_string(),
                max: self.last.to_string(),
            }
            .into());
        }
        Ok((date - self.first).num_days() as usize)
    }

    fn date_at(&self, offset: u32) -> NaiveDate {
        self.first + chrono::Days::new(u64::from(offset))
    }

    fn cum_at(&self, i: usize) -> u32 {
        self.cum.get(i).copied().unwrap_or(0)
    }

    /// Is `date` a working day. Dates outside the calendar's range are not (use
    /// [`Self::check_working_day`] to get an error instead).
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.check_working_day(date).unwrap_or(false)
    }

    /// Is `date` a working day, with an error for a date outside the range.
    pub fn check_working_day(&self, date: NaiveDate) -> Result<bool, Error> {
        let i = self.offset(date)?;
        Ok(self.cum_at(i + 1) > self.cum_at(i))
    }

    /// The date `n` working days after `date` (before it when `n < 0`). The start date is not
    /// counted (Civil Code Art. 147): `add_working_days(d, 1)` is the first working day after
    /// `d`, whatever `d` is. `n = 0` returns `date` itself. O(1).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::calendar::WorkCalendar;
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // Friday 24 April 2026 + 1: Monday 27 April is the compensatory day for Hùng Kings
    /// // (Sunday 26 April), so the result is Tuesday 28 April.
    /// assert_eq!(cal.add_working_days(d(2026, 4, 24), 1)?, d(2026, 4, 28));
    /// assert_eq!(cal.add_working_days(d(2026, 4, 28), -1)?, d(2026, 4, 24));
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn add_working_days(&self, date: NaiveDate, n: i64) -> Result<NaiveDate, Error> {
        let i = self.offset(date)?;
        if n == 0 {
            return Ok(date);
        }
        let out_of_range = || -> Error {
            CalendarError::ResultOutOfRange {
                start: date.to_string(),
                days: n,
                min: self.first.to_string(),
                max: self.last.to_string(),
            }
            .into()
        };
        // Working days at offsets <= i.
        let upto = i64::from(self.cum_at(i + 1));
        let index = if n > 0 {
            upto.checked_add(n - 1)
        } else {
            // Working days strictly before `date`: cum[i]; the one just before has index cum[i]-1.
            i64::from(self.cum_at(i)).checked_add(n)
        }
        .ok_or_else(out_of_range)?;
        let index = usize::try_from(index).map_err(|_| out_of_range())?;
        let off = self.working.get(index).copied().ok_or_else(out_of_range)?;
        Ok(self.date_at(off))
    }

    /// Working days in `(from, to]`: the start excluded, the end included. Negative when
    /// `to < from`. O(1).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, Error> {
        let a = self.offset(from)?;
        let b = self.offset(to)?;
        Ok(i64::from(self.cum_at(b + 1)) - i64::from(self.cum_at(a + 1)))
    }

    /// The first working day on or after `date`.
    pub fn working_day_on_or_after(&self, date: NaiveDate) -> Result<NaiveDate, Error> {
        if self.check_working_day(date)? {
            Ok(date)
        } else {
            self.add_working_days(date, 1)
        }
    }

    /// Why `date` has its status: every reason, with its source.
    pub fn why(&self, date: NaiveDate) -> Result<DayInfo, Error> {
        let working = self.check_working_day(date)?;
        let mut reasons = Vec::new();
        if self.is_weekly_rest(date) && !working {
            reasons.push(rules::weekly_rest_reason(date));
        }
        if let Some(rs) = self.special.get(&date) {
            reasons.extend(rs.iter().cloned());
        }
        Ok(DayInfo {
            date,
            working,
            estimated: self.is_estimated(date.year()),
            reasons,
        })
    }

    fn is_weekly_rest(&self, date: NaiveDate) -> bool {
        self.weekly_rest
            .get(date.weekday().num_days_from_monday() as usize)
            .copied()
            .unwrap_or(false)
    }

    /// The days off of `year` other than ordinary weekly rest days (holidays, compensatory
    /// days, swapped days off, office closures), including holidays that fall on a weekly rest
    /// day. Empty for a year outside the range.
    pub fn days_off(&self, year: i32) -> Vec<DayOff> {
        self.special_days(year, false)
    }

    /// The make-up working days (and office openings) of `year`.
    pub fn make_up_days(&self, year: i32) -> Vec<DayInfo> {
        self.special_days(year, true)
    }

    fn special_days(&self, year: i32, working: bool) -> Vec<DayInfo> {
        let (Some(a), Some(b)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return Vec::new();
        };
        self.special
            .range(a..=b)
            .filter_map(|(d, _)| self.why(*d).ok())
            .filter(|info| info.working == working)
            .collect()
    }

    fn build(b: WorkCalendarBuilder) -> Result<WorkCalendar, Error> {
        if b.first > b.last || b.first < DEFAULT_FIRST_DATE || b.last > DEFAULT_LAST_DATE {
            return Err(CalendarError::InvalidConfig {
                detail: format!(
                    "range {}..={} must be non-empty and within {}..={}",
                    b.first, b.last, DEFAULT_FIRST_DATE, DEFAULT_LAST_DATE
                ),
                detail_vi: format!(
                    "phạm vi {}..={} phải khác rỗng và nằm trong {}..={}",
                    b.first, b.last, DEFAULT_FIRST_DATE, DEFAULT_LAST_DATE
                ),
            }
            .into());
        }
        let layers = rules::Layers::compute(
            b.audience,
            b.first,
            b.last,
            &b.weekly_rest,
            &b.announcements,
            b.office.as_ref(),
            b.rules,
        )?;
        let len = (b.last - b.first).num_days() as usize + 1;
        let mut cum = Vec::with_capacity(len + 1);
        let mut working = Vec::with_capacity(len);
        cum.push(0u32);
        let mut count = 0u32;
        let mut date = b.first;
        for off in 0..len as u32 {
            if layers.is_working(date) {
                working.push(off);
                count += 1;
            }
            cum.push(count);
            date = date.succ_opt().unwrap_or(date);
        }
        Ok(WorkCalendar {
            audience: b.audience,
            first: b.first,
            last: b.last,
            cum,
            working,
            special: layers.special,
            weekly_rest: b.weekly_rest,
            confirmed_years: layers.confirmed_years,
            announcements: b.announcements,
            office: b.office,
            rules: b.rules,
        })
    }
}

/// The shape of an announcements document: one [`Announcement`] or an array of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum AnnouncementsDocument {
    /// A single announcement.
    One(Announcement),
    /// Several announcements.
    Many(Vec<Announcement>),
}

/// JSON Schema (draft 2020-12) of an announcements document, generated with schemars. The
/// checked-in copy is `core/schema/announcements.schema.json`; a test keeps it in sync.
#[cfg(feature = "schema")]
pub fn announcements_json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(AnnouncementsDocument))
        .unwrap_or(serde_json::Value::Null);
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "title".into(),
            serde_json::Value::String("motcua announcements document".into()),
        );
    }
    schema
}
