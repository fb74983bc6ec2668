//! Office hours (giờ làm việc) and working-time arithmetic.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use super::DeadlineError;
use crate::Error;
use crate::calendar::{ReasonKind, WeekdayName, WorkCalendar};

/// One session of a working day, `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Opening time, e.g. `"07:30:00"`.
    pub start: NaiveTime,
    /// Closing time, e.g. `"11:30:00"`; must be after `start`.
    pub end: NaiveTime,
}

impl Session {
    /// A session from `h1:m1` to `h2:m2`; `None` for an impossible time.
    ///
    /// ```
    /// use motcua::deadline::Session;
    /// let s = Session::hm(7, 30, 11, 30).unwrap();
    /// assert_eq!(s.start.to_string(), "07:30:00");
    /// assert!(Session::hm(25, 0, 11, 30).is_none()); // no 25th hour
    /// ```
    pub fn hm(h1: u32, m1: u32, h2: u32, m2: u32) -> Option<Session> {
        Some(Session {
            start: NaiveTime::from_hms_opt(h1, m1, 0)?,
            end: NaiveTime::from_hms_opt(h2, m2, 0)?,
        })
    }
}

/// The sessions of one working day: a morning and an afternoon session, either of which may
/// be absent (a Saturday-morning desk), not both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DayHours {
    /// Morning session (buổi sáng).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub morning: Option<Session>,
    /// Afternoon session (buổi chiều); must start at or after the morning session's end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afternoon: Option<Session>,
}

/// Hours of one weekday that differ from [`OfficeHours::default`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WeekdayHours {
    /// The weekday (`"Mon"` … `"Sun"`).
    pub weekday: WeekdayName,
    /// Morning session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub morning: Option<Session>,
    /// Afternoon session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afternoon: Option<Session>,
}

/// The office hours of a desk or a province: the sessions of an ordinary working day, and
/// the weekdays that differ.
///
/// *Which* days are working days is the [`WorkCalendar`]'s business; office hours only say
/// when, within a working day, the desk is open. A working day uses the hours of its weekday
/// if [`OfficeHours::by_weekday`] lists it, else [`OfficeHours::default`]. **A make-up working
/// Saturday (làm bù) uses the default hours — those of a normal weekday —** even when
/// Saturday has hours of its own (a Saturday-morning desk), because the make-up day replaces
/// a full weekday.
///
/// **Default** ([`OfficeHours::default`]): 07:30–11:30 and 13:00–17:00 every working day
/// (8 hours). There is no national rule on daily hours (Decision 188/1999/QĐ-TTg only fixes
/// 40 hours over Monday–Friday); provinces set them. This default is the common pattern, and
/// the hard-coded fallback of the OpenCPS one-stop system (domain brief §4.2) [C]. An example
/// of another configuration ("Nghệ An-style"; also the defaults of the Thanh Hóa-style TDDVC
/// system [C]), 07:00–11:30 / 13:30–17:00, is [`OfficeHours::split`]`(7,0,11,30,13,30,17,0)`;
/// check the province's or office's own decision before using it. A make-up Saturday's
/// hours and the weekday overrides are the only per-day differences; when every day has the
/// same length (the usual case) all working-time arithmetic is O(1), otherwise
/// [`super::TimeLimit::WorkingHours`] walks the days it spans.
///
/// JSON: `{"default": {"morning": {"start": "07:30:00", "end": "11:30:00"},
/// "afternoon": {"start": "13:00:00", "end": "17:00:00"}}, "by_weekday": [{"weekday": "Sat",
/// "morning": {"start": "07:30:00", "end": "11:30:00"}}]}`.
///
/// ```
/// use motcua::deadline::OfficeHours;
/// let h = OfficeHours::default();
/// assert_eq!(h.reference_day_seconds()?, 8 * 3600);
/// // 07:00–11:30 and 13:30–17:00: also 8 hours.
/// let other = OfficeHours::split(7, 0, 11, 30, 13, 30, 17, 0).unwrap();
/// assert_eq!(other.reference_day_seconds()?, 8 * 3600);
/// // An afternoon that starts before the morning ends is a typed error.
/// let bad = OfficeHours::split(7, 30, 12, 0, 11, 0, 17, 0).unwrap();
/// assert_eq!(bad.validate().unwrap_err().code(), 2002);
/// # Ok::<(), motcua::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficeHours {
    /// Hours of an ordinary working day, and of a make-up working day.
    pub default: DayHours,
    /// Weekdays with other hours (a shorter Friday, a Saturday-morning desk).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_weekday: Vec<WeekdayHours>,
}

impl Default for OfficeHours {
    fn default() -> Self {
        OfficeHours::split(7, 30, 11, 30, 13, 0, 17, 0).unwrap_or(OfficeHours {
            default: DayHours {
                morning: None,
                afternoon: None,
            },
            by_weekday: Vec::new(),
        })
    }
}

impl OfficeHours {
    /// Same hours every working day: morning `h1:m1–h2:m2`, afternoon `h3:m3–h4:m4`.
    /// `None` for an impossible time of day (not validated otherwise: see [`Self::validate`]).
    ///
    /// ```
    /// use motcua::deadline::OfficeHours;
    /// let h = OfficeHours::split(7, 0, 11, 30, 13, 30, 17, 0).unwrap();
    /// assert_eq!(h.default.afternoon.unwrap().start.to_string(), "13:30:00");
    /// assert!(OfficeHours::split(7, 0, 11, 60, 13, 30, 17, 0).is_none()); // minute 60
    /// ```
    #[allow(clippy::too_many_arguments)]
    pub fn split(
        h1: u32,
        m1: u32,
        h2: u32,
        m2: u32,
        h3: u32,
        m3: u32,
        h4: u32,
        m4: u32,
    ) -> Option<OfficeHours> {
        Some(OfficeHours {
            default: DayHours {
                morning: Some(Session::hm(h1, m1, h2, m2)?),
                afternoon: Some(Session::hm(h3, m3, h4, m4)?),
            },
            by_weekday: Vec::new(),
        })
    }

    /// Checks every day: each session ends after it starts, the afternoon starts at or after
    /// the morning's end, a day has at least one session, and a weekday is listed once.
    ///
    /// ```
    /// use motcua::deadline::OfficeHours;
    /// assert!(OfficeHours::default().validate().is_ok());
    /// // A session that ends before it starts.
    /// let bad = OfficeHours::split(11, 30, 7, 30, 13, 0, 17, 0).unwrap();
    /// let err = bad.validate().unwrap_err();
    /// assert_eq!(err.name(), "deadline.invalid_office_hours");
    /// assert!(err.message(motcua::Lang::Vi).contains("Giờ làm việc không hợp lệ"));
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        Compiled::new(self).map(|_| ())
    }

    /// Length of the default working day in seconds (8 h = 28 800 by default): the unit of
    /// fractional days and of step budgets given in days.
    ///
    /// ```
    /// use motcua::deadline::OfficeHours;
    /// assert_eq!(OfficeHours::default().reference_day_seconds()?, 28_800);
    /// let empty = OfficeHours { default: Default::default(), by_weekday: vec![] };
    /// assert_eq!(empty.reference_day_seconds().unwrap_err().code(), 2002);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn reference_day_seconds(&self) -> Result<u32, Error> {
        Ok(Compiled::new(self)?.default.len)
    }

    /// The hours used on `date` (see the type's docs for make-up days). Does not check that
    /// `date` is a working day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::calendar::{WeekdayName, WorkCalendar};
    /// use motcua::deadline::{OfficeHours, Session, WeekdayHours};
    /// let cal = WorkCalendar::vietnam_civil_service();
    /// let mut h = OfficeHours::default();
    /// h.by_weekday.push(WeekdayHours { weekday: WeekdayName::Sat, morning: Session::hm(7, 30, 11, 30), afternoon: None });
    /// // An ordinary Saturday desk: morning only. The make-up Saturday 22/08/2026: weekday hours.
    /// assert!(h.hours_on(&cal, NaiveDate::from_ymd_opt(2026, 8, 15).unwrap()).afternoon.is_none());
    /// assert!(h.hours_on(&cal, NaiveDate::from_ymd_opt(2026, 8, 22).unwrap()).afternoon.is_some());
    /// ```
    pub fn hours_on(&self, cal: &WorkCalendar, date: NaiveDate) -> DayHours {
        let idx = date.weekday();
        match self
            .by_weekday
            .iter()
            .find(|w| Weekday::from(w.weekday) == idx)
        {
            Some(w) if !is_make_up(cal, date) => DayHours {
                morning: w.morning,
                afternoon: w.afternoon,
            },
            _ => self.default,
        }
    }
}

fn is_make_up(cal: &WorkCalendar, date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && cal
            .why(date)
            .map(|i| {
                i.reasons
                    .iter()
                    .any(|r| r.kind == ReasonKind::MakeUpWorkingDay)
            })
            .unwrap_or(false)
}

/// A day's sessions in seconds from midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sched {
    s: [(u32, u32); 2],
    n: usize,
    pub(crate) len: u32,
}

impl Sched {
    fn sessions(&self) -> &[(u32, u32)] {
        self.s.get(..self.n).unwrap_or(&[])
    }
    pub(crate) fn open(&self) -> u32 {
        self.sessions().first().map(|s| s.0).unwrap_or(0)
    }
    pub(crate) fn close(&self) -> u32 {
        self.sessions().last().map(|s| s.1).unwrap_or(0)
    }
    /// Working seconds elapsed in the day at second `t` (clamped to `[0, len]`).
    fn worked_at(&self, t: u32) -> u32 {
        self.sessions()
            .iter()
            .map(|&(a, b)| t.clamp(a, b) - a)
            .sum()
    }
    /// The earliest second of the day at which `off` seconds have been worked (`0 < off ≤
    /// len`); `off == 0` is the opening.
    fn time_at(&self, off: u32) -> u32 {
        if off == 0 {
            return self.open();
        }
        let mut left = off;
        for &(a, b) in self.sessions() {
            if left <= b - a {
                return a + left;
            }
            left -= b - a;
        }
        self.close()
    }
    /// The next moment the office is open at or after second `t` on this day, if any.
    fn next_open(&self, t: u32) -> Option<u32> {
        self.sessions().iter().find_map(|&(a, b)| {
            if t < a {
                Some(a)
            } else if t < b {
                Some(t)
            } else {
                None
            }
        })
    }
    /// Clamps second `t` into the day's opening hours (before → opening, lunch → afternoon
    /// start, after → closing).
    pub(crate) fn clamp_into(&self, t: u32) -> u32 {
        self.next_open(t).unwrap_or(self.close())
    }
    /// End of the session containing second `t` (or the closing time).
    fn session_end(&self, t: u32) -> u32 {
        self.sessions()
            .iter()
            .find(|&&(a, b)| t >= a && t <= b)
            .map(|s| s.1)
            .unwrap_or(self.close())
    }
}

fn secs(t: NaiveTime) -> u32 {
    t.num_seconds_from_midnight()
}

pub(crate) fn at(d: NaiveDate, s: u32) -> NaiveDateTime {
    let t =
        NaiveTime::from_num_seconds_from_midnight_opt(s.min(86_399), 0).unwrap_or(NaiveTime::MIN);
    d.and_time(t)
}

fn compile_day(
    label: &str,
    label_vi: &str,
    m: Option<Session>,
    a: Option<Session>,
) -> Result<Sched, Error> {
    let mut s = [(0u32, 0u32); 2];
    let mut n = 0usize;
    for (sess, en, vi) in [(m, "morning", "buổi sáng"), (a, "afternoon", "buổi chiều")] {
        if let Some(x) = sess {
            let (st, en_) = (secs(x.start), secs(x.end));
            if en_ <= st {
                return Err(DeadlineError::hours(
                    format!(
                        "{label}: the {en} session ends ({}) at or before it starts ({})",
                        x.end, x.start
                    ),
                    format!(
                        "{label_vi}: {vi} kết thúc ({}) không sau giờ bắt đầu ({})",
                        x.end, x.start
                    ),
                )
                .into());
            }
            if let Some(slot) = s.get_mut(n) {
                *slot = (st, en_);
            }
            n += 1;
        }
    }
    if n == 0 {
        return Err(DeadlineError::hours(
            format!("{label}: a working day needs at least one session (close whole days in the calendar instead)"),
            format!("{label_vi}: ngày làm việc phải có ít nhất một buổi (ngày nghỉ khai báo trong lịch làm việc)"),
        )
        .into());
    }
    if let (Some(x), Some(y)) = (m, a) {
        if secs(y.start) < secs(x.end) {
            return Err(DeadlineError::hours(
                format!(
                    "{label}: the afternoon session ({}–{}) overlaps the morning session ({}–{})",
                    y.start, y.end, x.start, x.end
                ),
                format!(
                    "{label_vi}: buổi chiều ({}–{}) chồng lấn buổi sáng ({}–{})",
                    y.start, y.end, x.start, x.end
                ),
            )
            .into());
        }
    }
    let len = s.iter().take(n).map(|&(a, b)| b - a).sum();
    Ok(Sched { s, n, len })
}

/// Validated office hours in seconds.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub(crate) default: Sched,
    by: [Option<Sched>; 7],
    /// Some(len) when every possible working day has the same length.
    pub(crate) uniform: Option<u32>,
    any_override: bool,
}

impl Compiled {
    pub(crate) fn new(h: &OfficeHours) -> Result<Compiled, Error> {
        let default = compile_day(
            "default hours",
            "giờ mặc định",
            h.default.morning,
            h.default.afternoon,
        )?;
        let mut by = [None; 7];
        let mut uniform = Some(default.len);
        for w in &h.by_weekday {
            let wd = Weekday::from(w.weekday);
            let label = format!("{wd}");
            let sched = compile_day(&label, &label, w.morning, w.afternoon)?;
            let slot = by.get_mut(wd.num_days_from_monday() as usize);
            match slot {
                Some(Some(_)) => {
                    return Err(DeadlineError::hours(
                        format!("{wd} is listed more than once"),
                        format!("{wd} được khai báo nhiều lần"),
                    )
                    .into());
                }
                Some(slot) => *slot = Some(sched),
                None => {}
            }
            if sched.len != default.len {
                uniform = None;
            }
        }
        Ok(Compiled {
            default,
            by,
            uniform,
            any_override: !h.by_weekday.is_empty(),
        })
    }

    pub(crate) fn sched(&self, cal: &WorkCalendar, d: NaiveDate) -> Sched {
        if !self.any_override {
            return self.default;
        }
        match self
            .by
            .get(d.weekday().num_days_from_monday() as usize)
            .copied()
            .flatten()
        {
            Some(s) if !is_make_up(cal, d) => s,
            _ => self.default,
        }
    }
}

/// Working-time arithmetic over a calendar and office hours. A *position* `(d, o)` is a
/// working day `d` and `o` working seconds into it (`0 ≤ o ≤ len(d)`).
pub(crate) struct Clock<'a> {
    pub(crate) cal: &'a WorkCalendar,
    pub(crate) h: Compiled,
}

pub(crate) type Pos = (NaiveDate, u32);

impl<'a> Clock<'a> {
    pub(crate) fn new(cal: &'a WorkCalendar, hours: &OfficeHours) -> Result<Clock<'a>, Error> {
        Ok(Clock {
            cal,
            h: Compiled::new(hours)?,
        })
    }

    pub(crate) fn sched(&self, d: NaiveDate) -> Sched {
        self.h.sched(self.cal, d)
    }

    fn next_working_day(&self, d: NaiveDate) -> Result<NaiveDate, Error> {
        self.cal.add_working_days(d, 1)
    }

    /// The first moment at or after `t` when the office is open (receipt normalisation):
    /// before opening → opening; lunch → afternoon start; after closing or on a day off →
    /// the next working day's opening.
    pub(crate) fn normalize(&self, t: NaiveDateTime) -> Result<NaiveDateTime, Error> {
        let d = t.date();
        if self.cal.check_working_day(d)? {
            if let Some(s) = self.sched(d).next_open(secs(t.time())) {
                return Ok(if s == secs(t.time()) { t } else { at(d, s) });
            }
        }
        let n = self.next_working_day(d)?;
        Ok(at(n, self.sched(n).open()))
    }

    /// Working position of an instant: within a working day, the seconds worked so far that
    /// day; on a day off, the start of the next working day.
    pub(crate) fn position(&self, t: NaiveDateTime) -> Result<Pos, Error> {
        let d = t.date();
        if self.cal.check_working_day(d)? {
            return Ok((d, self.sched(d).worked_at(secs(t.time()))));
        }
        Ok((self.next_working_day(d)?, 0))
    }

    /// The wall-clock instant of a position (the earliest one: an offset equal to a
    /// session's length is that session's end, not the next session's start).
    pub(crate) fn instant(&self, p: Pos) -> NaiveDateTime {
        at(p.0, self.sched(p.0).time_at(p.1))
    }

    pub(crate) fn len(&self, d: NaiveDate) -> u32 {
        self.sched(d).len
    }

    /// `p` plus `w` working seconds. For `w > 0` the result's offset is in `(0, len]`.
    /// O(1) when every day has the same length; otherwise linear in the days spanned.
    pub(crate) fn add(&self, p: Pos, w: u64) -> Result<Pos, Error> {
        if w == 0 {
            return Ok(p);
        }
        let (d, o) = p;
        let len = self.len(d);
        let room = u64::from(len.saturating_sub(o));
        if w <= room {
            return Ok((d, o + w as u32));
        }
        let mut r = w - room; // > 0, to consume from the start of the following days
        if let Some(l) = self.h.uniform {
            let l = u64::from(l.max(1));
            let k = (r - 1) / l;
            let off = r - k * l;
            let nd = self
                .cal
                .add_working_days(d, i64::try_from(k + 1).unwrap_or(i64::MAX))?;
            return Ok((nd, off as u32));
        }
        let mut day = d;
        loop {
            day = self.next_working_day(day)?;
            let l = u64::from(self.len(day));
            if r <= l {
                return Ok((day, r as u32));
            }
            r -= l;
        }
    }

    /// `n ≥ 1` whole working days after `p`, at the same offset into the day (clamped to the
    /// target day's length). An offset of 0 (the opening) gives the end of the previous
    /// working day: the earliest instant at which `n` days' work has elapsed.
    pub(crate) fn add_days(&self, p: Pos, n: u32) -> Result<Pos, Error> {
        let (d, o) = p;
        if n == 0 {
            return Ok(p);
        }
        if o == 0 {
            let t = self.cal.add_working_days(d, i64::from(n) - 1)?;
            return Ok((t, self.len(t)));
        }
        let t = self.cal.add_working_days(d, i64::from(n))?;
        Ok((t, o.min(self.len(t))))
    }

    /// Working seconds from `a` to `b` (`a ≤ b` as positions; 0 otherwise).
    pub(crate) fn between(&self, a: Pos, b: Pos) -> Result<u64, Error> {
        if b <= a {
            return Ok(0);
        }
        if a.0 == b.0 {
            return Ok(u64::from(b.1 - a.1));
        }
        let head = u64::from(self.len(a.0).saturating_sub(a.1));
        let full_days = self.cal.working_days_between(a.0, b.0)? - 1; // strictly between
        let middle = if let Some(l) = self.h.uniform {
            u64::try_from(full_days).unwrap_or(0) * u64::from(l)
        } else {
            let mut sum = 0u64;
            let mut day = a.0;
            for _ in 0..full_days.max(0) {
                day = self.next_working_day(day)?;
                sum += u64::from(self.len(day));
            }
            sum
        };
        Ok(head + middle + u64::from(b.1))
    }

    /// Working seconds between two instants, negative when `b < a`.
    pub(crate) fn signed_between(&self, a: NaiveDateTime, b: NaiveDateTime) -> Result<i64, Error> {
        let (pa, pb) = (self.position(a)?, self.position(b)?);
        if pa <= pb {
            Ok(i64::try_from(self.between(pa, pb)?).unwrap_or(i64::MAX))
        } else {
            Ok(-i64::try_from(self.between(pb, pa)?).unwrap_or(i64::MAX))
        }
    }

    pub(crate) fn closing(&self, d: NaiveDate) -> NaiveDateTime {
        at(d, self.sched(d).close())
    }

    /// Rounds `t` up to a multiple of `minutes` past midnight, but not past the end of the
    /// session it lies in.
    pub(crate) fn round_up(&self, t: NaiveDateTime, minutes: u32) -> NaiveDateTime {
        if minutes == 0 {
            return t;
        }
        let step = minutes * 60;
        let s = secs(t.time());
        let up = s.div_ceil(step) * step;
        let d = t.date();
        let cap = self.sched(d).session_end(s);
        at(d, up.min(cap.max(s)))
    }
}
