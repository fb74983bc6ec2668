//! Statutory holidays by legal era, the compensatory-day rules, and how announcements are
//! layered over them.
//!
//! | era | rule | source |
//! |---|---|---|
//! | until 2006 | New Year, Tết 4 days (lunar 30 Chạp – mùng 3), 30/4, 1/5, 2/9 | Labor Code 1994 Art. 73 |
//! | 2007–2012 | + Hùng Kings' day (10/3 lunar) | Labor Code 1994 Art. 73 as amended in 2007 |
//! | 2013–2020 | Tết 5 days (30 Chạp – mùng 4) | Labor Code 2012 Art. 115 |
//! | from 2021 | National Day 2 days: 2/9 and an adjacent day chosen by the Prime Minister | Labor Code 2019 Art. 112 |
//! | from 2026 | Vietnamese Culture Day, 24 November (effective 1 July 2026) | secondary sources (domain brief §4.3, unverified primary text) |
//!
//! Compensatory days (nghỉ bù, Labor Code 2019 Art. 111(3) and its predecessors): a holiday on a
//! weekly rest day gives the next working day off. For Tết, from 2014 a Tết day on Saturday is
//! moved to the previous working day and one on Sunday to the next working day after the
//! block; before 2014 both moved to the next working day. The projected second National Day
//! day follows the weekday of 2/9 (Mon→3/9, Tue→1/9, Wed→1/9, Thu→3/9, Fri→1/9, Sat→1/9,
//! Sun→3/9). These projections reproduce the official schedules 2016–2026 (see the tests);
//! the Prime Minister's annual decision is authoritative and, when loaded as an
//! [`Announcement`], replaces them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};

use super::types::{AnnouncedKind, Announcement, Audience, Holiday, Reason, ReasonKind, Source};
use super::{CalendarError, OfficeOverrides};
use crate::Error;
use crate::error::Lang;
use crate::lunar;

/// The statutory holidays of a year, as the law of that year gives them, before compensatory
/// days: `(date, holiday, source)`. Tết days are those of the lunar year that begins in `year`.
pub fn statutory_holidays(year: i32) -> Vec<(NaiveDate, Holiday, Source)> {
    let mut out = Vec::new();
    let law = labor_code_source(year);
    let mut push = |m: u32, d: u32, h: Holiday, src: &Source| {
        if let Some(date) = NaiveDate::from_ymd_opt(year, m, d) {
            out.push((date, h, src.clone()));
        }
    };
    push(1, 1, Holiday::NewYear, &law);
    push(4, 30, Holiday::Reunification, &law);
    push(5, 1, Holiday::LabourDay, &law);
    push(9, 2, Holiday::NationalDay, &law);
    if year >= 2021 {
        if let Some(d2) = NaiveDate::from_ymd_opt(year, 9, 2) {
            let extra_day = match d2.weekday() {
                Weekday::Mon | Weekday::Thu | Weekday::Sun => 3,
                _ => 1,
            };
            let mut src = law.clone();
            src.note = Some(
                "adjacent day projected from the weekday of 2/9; the Prime Minister's decision is authoritative"
                    .into(),
            );
            push(9, extra_day, Holiday::NationalDayExtra, &src);
        }
    }
    if year >= 2026 {
        let src = Source {
            document: "Ngày Văn hóa Việt Nam 24/11 (hiệu lực 01/07/2026)".into(),
            date: None,
            issuer: None,
            note: Some(
                "secondary sources (Báo Chính phủ; Nghị quyết 28/2026/QH16 as cited); primary text not read"
                    .into(),
            ),
        };
        push(11, 24, Holiday::CultureDay, &src);
    }
    if year >= 2007 {
        if let Ok(d) = lunar::hung_kings_day(year) {
            out.push((d, Holiday::HungKings, law.clone()));
        }
    }
    if let Ok(first) = lunar::tet(year) {
        let days: std::ops::RangeInclusive<i64> = if year >= 2013 { -1..=3 } else { -1..=2 };
        for k in days {
            if let Some(d) = first.checked_add_signed(chrono::Duration::days(k)) {
                out.push((d, Holiday::Tet, law.clone()));
            }
        }
    }
    // (`Holiday` derives `Ord`: its declaration order, which `as u8` keeps.)
    sort_by_date(&mut out, |(d, h, _)| (*d, *h as u8));
    out
}

/// Sorts `v` by `key` stably: the order `v.sort_by_key(key)` gives (equal keys keep their
/// order), obtained by one `sort_unstable` of `(key, index)` pairs, all distinct. Both sorts of
/// this module share that one instantiation; two `sort_by_key` calls on their element types
/// added two stable sorts (~3.5 KB each) to the WASM module.
fn sort_by_date<T>(v: &mut Vec<T>, key: impl Fn(&T) -> (NaiveDate, u8)) {
    let mut order: Vec<(NaiveDate, u8, usize)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let (d, k) = key(x);
            (d, k, i)
        })
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&(_, _, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

fn labor_code_source(year: i32) -> Source {
    let (doc, note) = if year >= 2021 {
        ("Bộ luật Lao động 2019 (45/2019/QH14), Điều 112", None)
    } else if year >= 2013 {
        ("Bộ luật Lao động 2012 (10/2012/QH13), Điều 115", None)
    } else {
        (
            "Bộ luật Lao động 1994, Điều 73 (sửa đổi 2007)",
            Some("era rules as encoded in python-holidays; primary text not read"),
        )
    };
    Source {
        document: doc.into(),
        date: None,
        issuer: Some("Quốc hội".into()),
        note: note.map(Into::into),
    }
}

fn compensatory_source(year: i32, tet: bool) -> Source {
    let doc = if year >= 2021 {
        "Bộ luật Lao động 2019, Điều 111(3)"
    } else if year >= 2013 {
        "Bộ luật Lao động 2012, Điều 110(3)"
    } else {
        "Bộ luật Lao động 1994, Điều 72"
    };
    Source {
        document: doc.into(),
        date: None,
        issuer: Some("Quốc hội".into()),
        note: tet.then(|| {
            "Tết rule: from 2014 a Tết day on Saturday moves to the previous working day, one on Sunday to the next (practice of the annual decisions; projection)"
                .into()
        }),
    }
}

/// The reason of a plain weekly rest day.
pub fn weekly_rest_reason(date: NaiveDate) -> Reason {
    Reason {
        kind: ReasonKind::WeeklyRest,
        holiday: None,
        related_date: None,
        text_vi: format!("{}: ngày nghỉ hằng tuần", weekday_vi(date.weekday())),
        text_en: format!("{}: weekly rest day", weekday_en(date.weekday())),
        source: Some(Source {
            document: "Quyết định 188/1999/QĐ-TTg".into(),
            date: NaiveDate::from_ymd_opt(1999, 9, 17),
            issuer: Some("Thủ tướng Chính phủ".into()),
            note: None,
        }),
    }
}

/// Vietnamese weekday name ("Thứ Hai" … "Chủ nhật").
pub fn weekday_vi(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Thứ Hai",
        Weekday::Tue => "Thứ Ba",
        Weekday::Wed => "Thứ Tư",
        Weekday::Thu => "Thứ Năm",
        Weekday::Fri => "Thứ Sáu",
        Weekday::Sat => "Thứ Bảy",
        Weekday::Sun => "Chủ nhật",
    }
}

/// English weekday name.
pub fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn dmy(d: NaiveDate) -> String {
    crate::text::dmy(d)
}

/// The lunar name of a Tết day, e.g. ("mùng 2 Tết", "2nd day of Tết") or ("29 tháng Chạp", …).
fn tet_day_name(date: NaiveDate) -> (String, String) {
    match lunar::solar_to_lunar(date) {
        Ok(l) if l.month == 1 && !l.leap => (
            format!("mùng {} Tết", l.day),
            format!("day {} of the lunar new year", l.day),
        ),
        Ok(l) if l.month == 12 => (
            format!("{} tháng Chạp", l.day),
            format!("day {} of the 12th lunar month", l.day),
        ),
        Ok(l) => (
            format!("ngày {}/{} âm lịch", l.day, l.month),
            format!("lunar {}/{}", l.day, l.month),
        ),
        Err(_) => (String::new(), String::new()),
    }
}

fn holiday_reason(date: NaiveDate, h: Holiday, source: Source) -> Reason {
    let (mut vi, mut en) = (h.name(Lang::Vi).to_string(), h.name(Lang::En).to_string());
    if h == Holiday::Tet {
        let (lv, le) = tet_day_name(date);
        if !lv.is_empty() {
            vi = format!("{vi} ({lv})");
            en = format!("{en} ({le})");
        }
    }
    Reason {
        kind: ReasonKind::Holiday,
        holiday: Some(h),
        related_date: None,
        text_vi: format!("{vi} — {}", source.document),
        text_en: format!("{en} — {}", source.document),
        source: Some(source),
    }
}

fn compensatory_reason(holiday_date: NaiveDate, h: Holiday, source: Source) -> Reason {
    let w = holiday_date.weekday();
    Reason {
        kind: ReasonKind::Compensatory,
        holiday: Some(h),
        related_date: Some(holiday_date),
        text_vi: format!(
            "Nghỉ bù {} ({} {} trùng ngày nghỉ hằng tuần) — {}",
            h.name(Lang::Vi),
            weekday_vi(w),
            dmy(holiday_date),
            source.document
        ),
        text_en: format!(
            "Compensatory day off for {} ({} {} fell on a weekly rest day) — {}",
            h.name(Lang::En),
            weekday_en(w),
            holiday_date,
            source.document
        ),
        source: Some(source),
    }
}

/// One computed day-off entry, with the holiday year it belongs to.
#[derive(Debug, Clone)]
struct Entry {
    date: NaiveDate,
    year: i32,
    reason: Reason,
}

/// The layers of a calendar, computed once at build time.
pub(crate) struct Layers {
    pub(crate) special: BTreeMap<NaiveDate, Vec<Reason>>,
    pub(crate) confirmed_years: BTreeSet<i32>,
    off: BTreeSet<NaiveDate>,
    make_up: BTreeSet<NaiveDate>,
    open: BTreeSet<NaiveDate>,
    closed: BTreeSet<NaiveDate>,
    open_weekdays: [bool; 7],
    weekly_rest: [bool; 7],
}

fn conflict(year: i32, date: NaiveDate, en: String, vi: String) -> Error {
    CalendarError::AnnouncementConflict {
        year,
        date: date.to_string(),
        detail: en,
        detail_vi: vi,
    }
    .into()
}

fn invalid(year: i32, en: String, vi: String) -> Error {
    CalendarError::invalid_announcement(year, en, vi)
}

impl Layers {
    pub(crate) fn compute(
        audience: Audience,
        first: NaiveDate,
        last: NaiveDate,
        weekly_rest: &[bool; 7],
        announcements: &[Announcement],
        office: Option<&OfficeOverrides>,
        policy: super::RulePolicy,
    ) -> Result<Layers, Error> {
        let rest = |d: NaiveDate| {
            weekly_rest
                .get(d.weekday().num_days_from_monday() as usize)
                .copied()
                .unwrap_or(false)
        };
        let applicable: Vec<&Announcement> = announcements
            .iter()
            .filter(|a| a.scope.covers(audience))
            .collect();
        for a in &applicable {
            super::announce::validate(a, weekly_rest)?;
        }
        // Which parts of which years the announcements fix.
        let fixed = |year: i32, kind: AnnouncedKind| {
            applicable.iter().any(|a| {
                a.year == year
                    && a.days_off
                        .iter()
                        .any(|e| e.kind == kind && e.scope.unwrap_or(a.scope).covers(audience))
            })
        };

        // 1. Statutory holidays, minus the parts announcements fix.
        let mut holidays: Vec<Entry> = Vec::new();
        for year in (first.year() - 1)..=(last.year() + 1) {
            for (date, h, src) in statutory_holidays(year) {
                let replaced = (h == Holiday::Tet && fixed(year, AnnouncedKind::Tet))
                    || (h == Holiday::NationalDayExtra
                        && fixed(year, AnnouncedKind::NationalDayExtra));
                if !replaced {
                    holidays.push(Entry {
                        date,
                        year,
                        reason: holiday_reason(date, h, src),
                    });
                }
            }
        }
        // Announced Tết and National Day days.
        let mut announced: Vec<Entry> = Vec::new();
        let mut announced_comp: Vec<Entry> = Vec::new();
        let mut extra_off: Vec<Entry> = Vec::new();
        let mut make_up: BTreeMap<NaiveDate, Reason> = BTreeMap::new();
        for a in &applicable {
            for e in &a.days_off {
                if !e.scope.unwrap_or(a.scope).covers(audience) {
                    continue;
                }
                let src = e.source.clone().unwrap_or_else(|| a.source.clone());
                let entry = |reason| Entry {
                    date: e.date,
                    year: a.year,
                    reason,
                };
                match e.kind {
                    AnnouncedKind::Tet => {
                        announced.push(entry(holiday_reason(e.date, Holiday::Tet, src)))
                    }
                    AnnouncedKind::NationalDayExtra => announced.push(entry(holiday_reason(
                        e.date,
                        Holiday::NationalDayExtra,
                        src,
                    ))),
                    AnnouncedKind::Compensatory => {
                        let for_date = e.for_date.unwrap_or(e.date);
                        let h = holidays
                            .iter()
                            .find(|x| x.date == for_date)
                            .and_then(|x| x.reason.holiday)
                            .unwrap_or(Holiday::NewYear);
                        announced_comp.push(entry(compensatory_reason(for_date, h, src)))
                    }
                    AnnouncedKind::Swap => {
                        extra_off.push(entry(swap_reason(e.date, e.swapped_with, &src)))
                    }
                    AnnouncedKind::Extra => extra_off.push(entry(Reason {
                        kind: ReasonKind::ExtraDayOff,
                        holiday: None,
                        related_date: None,
                        text_vi: format!("Ngày nghỉ thêm theo {}", src.document),
                        text_en: format!("Extra day off announced by {}", src.document),
                        source: Some(src),
                    })),
                }
            }
            for w in &a.working_days {
                if !w.scope.unwrap_or(a.scope).covers(audience) {
                    continue;
                }
                let src = w.source.clone().unwrap_or_else(|| a.source.clone());
                if make_up.contains_key(&w.date) {
                    return Err(conflict(
                        a.year,
                        w.date,
                        "the make-up working day is announced twice".into(),
                        "ngày làm bù được công bố hai lần".into(),
                    ));
                }
                make_up.insert(w.date, make_up_reason(w.date, w.replaces, &src));
            }
        }
        holidays.extend(announced);
        sort_by_date(&mut holidays, |e| (e.date, 0));

        // 2. Compensatory days, in date order, skipping days already taken.
        // (Sets filled by `extend`/`insert` rather than `collect`, here and below: `collect`
        // into a BTreeSet adds a stable sort instantiation per element type to the WASM module.)
        let mut taken: BTreeSet<NaiveDate> = BTreeSet::new();
        taken.extend(holidays.iter().map(|e| e.date));
        taken.extend(extra_off.iter().map(|e| e.date));
        taken.extend(announced_comp.iter().map(|e| e.date));
        let free = |d: NaiveDate, taken: &BTreeSet<NaiveDate>| {
            !rest(d) && !taken.contains(&d) && !make_up.contains_key(&d)
        };
        let mut comps: Vec<Entry> = Vec::new();
        for e in &holidays {
            let Some(h) = e.reason.holiday else { continue };
            if !rest(e.date) || h == Holiday::NationalDayExtra {
                continue;
            }
            if h == Holiday::CultureDay && !policy.compensate_culture_day {
                continue;
            }
            if fixed(e.year, AnnouncedKind::Compensatory) {
                continue;
            }
            let is_tet = h == Holiday::Tet;
            if is_tet && fixed(e.year, AnnouncedKind::Tet) {
                // The announced Tết days are the days off; no projection on top of them.
                continue;
            }
            let backwards = is_tet && e.year >= 2014 && e.date.weekday() == Weekday::Sat;
            let mut d = e.date;
            let found = loop {
                let next = if backwards {
                    d.pred_opt()
                } else {
                    d.succ_opt()
                };
                let Some(n) = next else { break None };
                d = n;
                if (d - e.date).num_days().abs() > 40 {
                    break None;
                }
                if free(d, &taken) {
                    break Some(d);
                }
            };
            if let Some(d) = found {
                taken.insert(d);
                comps.push(Entry {
                    date: d,
                    year: e.year,
                    reason: compensatory_reason(e.date, h, compensatory_source(e.year, is_tet)),
                });
            }
        }

        // 3. Assemble, checking announcements against each other and the rules.
        let mut special: BTreeMap<NaiveDate, Vec<Reason>> = BTreeMap::new();
        let mut off: BTreeSet<NaiveDate> = BTreeSet::new();
        for e in holidays
            .into_iter()
            .chain(comps)
            .chain(announced_comp)
            .chain(extra_off)
        {
            if let Some(r) = make_up.get(&e.date) {
                let _ = r;
                return Err(conflict(
                    e.year,
                    e.date,
                    format!(
                        "the date is both a day off ({}) and a make-up working day",
                        e.reason.text_en
                    ),
                    format!(
                        "ngày này vừa là ngày nghỉ ({}) vừa là ngày làm bù",
                        e.reason.text_vi
                    ),
                ));
            }
            off.insert(e.date);
            if e.date >= first && e.date <= last {
                special.entry(e.date).or_default().push(e.reason);
            }
        }
        for (d, r) in &make_up {
            if *d >= first && *d <= last {
                special.entry(*d).or_default().push(r.clone());
            }
        }
        let mut open_weekdays = [false; 7];
        let (mut open, mut closed) = (BTreeSet::new(), BTreeSet::new());
        if let Some(o) = office {
            for w in &o.open_weekdays {
                let wd: Weekday = (*w).into();
                if let Some(slot) = open_weekdays.get_mut(wd.num_days_from_monday() as usize) {
                    *slot = true;
                }
            }
            for d in &o.open_dates {
                if o.closed_dates.contains(d) {
                    return Err(CalendarError::InvalidConfig {
                        detail: format!("office {}: {d} is both open and closed", o.office),
                        detail_vi: format!(
                            "cơ quan {}: ngày {d} vừa mở cửa vừa đóng cửa",
                            o.office
                        ),
                    }
                    .into());
                }
                open.insert(*d);
            }
            closed.extend(o.closed_dates.iter().copied());
            let mut d = first;
            // Explain the office's own days (open weekdays only on rest days that stay free).
            while d <= last {
                let wd_open = open_weekdays
                    .get(d.weekday().num_days_from_monday() as usize)
                    .copied()
                    .unwrap_or(false);
                let reason = if closed.contains(&d) {
                    Some(office_reason(ReasonKind::OfficeClosed, &o.office))
                } else if open.contains(&d)
                    || (wd_open && rest(d) && !off.contains(&d) && !make_up.contains_key(&d))
                {
                    Some(office_reason(ReasonKind::OfficeOpen, &o.office))
                } else {
                    None
                };
                if let Some(r) = reason {
                    special.entry(d).or_default().push(r);
                }
                match d.succ_opt() {
                    Some(n) => d = n,
                    None => break,
                }
            }
        }
        // Coverage of the loaded data, whatever the scope: an enterprise calendar built from the
        // same notices is as settled as the civil-service one for those years.
        let confirmed_years = match (
            announcements.iter().map(|a| a.year).min(),
            announcements.iter().map(|a| a.year).max(),
        ) {
            (Some(a), Some(b)) => {
                let mut years = BTreeSet::new();
                years.extend(a..=b);
                years
            }
            _ => BTreeSet::new(),
        };
        let mut make_up_days = BTreeSet::new();
        make_up_days.extend(make_up.keys().copied());
        Ok(Layers {
            special,
            confirmed_years,
            off,
            make_up: make_up_days,
            open,
            closed,
            open_weekdays,
            weekly_rest: *weekly_rest,
        })
    }

    pub(crate) fn is_working(&self, date: NaiveDate) -> bool {
        if self.closed.contains(&date) {
            return false;
        }
        if self.open.contains(&date) {
            return true;
        }
        if self.off.contains(&date) {
            return false;
        }
        if self.make_up.contains(&date) {
            return true;
        }
        let wd = date.weekday().num_days_from_monday() as usize;
        if self.weekly_rest.get(wd).copied().unwrap_or(false) {
            return self.open_weekdays.get(wd).copied().unwrap_or(false);
        }
        true
    }
}

fn office_reason(kind: ReasonKind, office: &str) -> Reason {
    let (vi, en) = if kind == ReasonKind::OfficeOpen {
        (
            format!("{office} mở cửa làm việc (quy định riêng của cơ quan)"),
            format!("{office} is open (office override)"),
        )
    } else {
        (
            format!("{office} nghỉ (quy định riêng của cơ quan)"),
            format!("{office} is closed (office override)"),
        )
    };
    Reason {
        kind,
        holiday: None,
        related_date: None,
        text_vi: vi,
        text_en: en,
        source: None,
    }
}

fn swap_reason(date: NaiveDate, with: Option<NaiveDate>, src: &Source) -> Reason {
    let _ = date;
    let (vi, en) = match with {
        Some(w) => (
            format!(
                "Nghỉ hoán đổi, làm bù vào {} {} — {}",
                weekday_vi(w.weekday()),
                dmy(w),
                src.document
            ),
            format!(
                "Swapped day off, made up on {} {} — {}",
                weekday_en(w.weekday()),
                w,
                src.document
            ),
        ),
        None => (
            format!("Nghỉ hoán đổi — {}", src.document),
            format!("Swapped day off — {}", src.document),
        ),
    };
    Reason {
        kind: ReasonKind::Swap,
        holiday: None,
        related_date: with,
        text_vi: vi,
        text_en: en,
        source: Some(src.clone()),
    }
}

fn make_up_reason(date: NaiveDate, replaces: Option<NaiveDate>, src: &Source) -> Reason {
    let (vi, en) = match replaces {
        Some(r) => (
            format!(
                "{} làm bù cho ngày nghỉ {} {} — {}",
                weekday_vi(date.weekday()),
                weekday_vi(r.weekday()),
                dmy(r),
                src.document
            ),
            format!(
                "{} make-up working day for the day off on {} {} — {}",
                weekday_en(date.weekday()),
                weekday_en(r.weekday()),
                r,
                src.document
            ),
        ),
        None => (
            format!("Ngày làm bù — {}", src.document),
            format!("Make-up working day — {}", src.document),
        ),
    };
    Reason {
        kind: ReasonKind::MakeUpWorkingDay,
        holiday: None,
        related_date: replaces,
        text_vi: vi,
        text_en: en,
        source: Some(src.clone()),
    }
}

/// Checks an announcement's Tết and National Day entries against the law (used by
/// validation): Tết days lie within 10 days of the lunar new year; the second National Day
/// day is 1 or 3 September (Labor Code 2019 Art. 112(1)(đ)).
pub(crate) fn check_entry_dates(a: &Announcement) -> Result<(), Error> {
    for e in &a.days_off {
        match e.kind {
            AnnouncedKind::Tet => {
                let ok = lunar::tet(a.year)
                    .map(|t| (e.date - t).num_days().abs() <= 10)
                    .unwrap_or(false);
                if !ok {
                    return Err(invalid(
                        a.year,
                        format!(
                            "{} is not within 10 days of the lunar new year of {}",
                            e.date, a.year
                        ),
                        format!(
                            "ngày {} không nằm trong khoảng 10 ngày quanh Tết năm {}",
                            e.date, a.year
                        ),
                    ));
                }
            }
            AnnouncedKind::NationalDayExtra => {
                let ok = e.date.year() == a.year
                    && e.date.month() == 9
                    && (e.date.day() == 1 || e.date.day() == 3)
                    && a.year >= 2021;
                if !ok {
                    return Err(invalid(
                        a.year,
                        format!(
                            "{} is not a day adjacent to 2 September (from 2021)",
                            e.date
                        ),
                        format!("ngày {} không phải ngày liền kề 2/9 (từ năm 2021)", e.date),
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sort_by_date` gives exactly the order of a stable `sort_by_key`, equal keys included.
    #[test]
    fn sort_by_date_is_a_stable_sort() {
        let day = |n: u32| NaiveDate::from_ymd_opt(2026, 1, 1 + n % 28).unwrap_or_default();
        for len in [0usize, 1, 2, 7, 20, 33, 200] {
            // Many equal keys (dates repeat, three sub-keys), in a scrambled order.
            let v: Vec<(NaiveDate, u8, usize)> = (0..len)
                .map(|i| (day((i as u32 * 7919) % 11), (i % 3) as u8, i))
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|&(d, k, _)| (d, k));
            let mut got = v;
            sort_by_date(&mut got, |&(d, k, _)| (d, k));
            assert_eq!(got, expected, "length {len}");
        }
        for year in 2000..=2199 {
            let mut expected = statutory_holidays(year);
            let mut got = expected.clone();
            expected.reverse();
            got.reverse();
            expected.sort_by_key(|(d, h, _)| (*d, *h));
            sort_by_date(&mut got, |(d, h, _)| (*d, *h as u8));
            assert_eq!(got, expected, "{year}");
        }
    }
}
