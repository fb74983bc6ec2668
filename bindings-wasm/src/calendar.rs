//! `WorkCalendar`: an immutable working calendar (`&self` methods only), and the operations the
//! free functions of [`crate::embedded`] share with it.

use motcua::calendar::WorkCalendar;
use wasm_bindgen::prelude::*;

use crate::embedded::civil_service;
use crate::error::{Failure, JsResult};
use crate::{args, deadline};
#[cfg(feature = "back-office")]
use crate::{dossier, report};

// ---------------------------------------------------------------- shared operations

pub(crate) fn is_working_day(cal: &WorkCalendar, date: &JsValue) -> Result<JsValue, Failure> {
    let d = args::date(date, "date")?;
    Ok(JsValue::from_bool(cal.check_working_day(d)?))
}

pub(crate) fn add_working_days(
    cal: &WorkCalendar,
    date: &JsValue,
    n: &JsValue,
) -> Result<JsValue, Failure> {
    let d = args::date(date, "date")?;
    let n = args::count(n, "n")?;
    Ok(args::date_out(cal.add_working_days(d, n)?))
}

pub(crate) fn working_days_between(
    cal: &WorkCalendar,
    from: &JsValue,
    to: &JsValue,
) -> Result<JsValue, Failure> {
    let a = args::date(from, "from")?;
    let b = args::date(to, "to")?;
    // |result| <= 73,000 days: exact as a JS number.
    Ok(JsValue::from_f64(cal.working_days_between(a, b)? as f64))
}

pub(crate) fn working_day_on_or_after(
    cal: &WorkCalendar,
    date: &JsValue,
) -> Result<JsValue, Failure> {
    let d = args::date(date, "date")?;
    Ok(args::date_out(cal.working_day_on_or_after(d)?))
}

pub(crate) fn days_off(cal: &WorkCalendar, year: &JsValue) -> Result<JsValue, Failure> {
    let y = args::year(year, "year")?;
    args::json_value(&cal.days_off(y))
}

pub(crate) fn make_up_days(cal: &WorkCalendar, year: &JsValue) -> Result<JsValue, Failure> {
    let y = args::year(year, "year")?;
    args::json_value(&cal.make_up_days(y))
}

pub(crate) fn why(cal: &WorkCalendar, date: &JsValue) -> Result<JsValue, Failure> {
    let d = args::date(date, "date")?;
    args::json_value(&cal.why(d)?)
}

pub(crate) fn explain(
    cal: &WorkCalendar,
    date: &JsValue,
    lang: &JsValue,
) -> Result<JsValue, Failure> {
    let d = args::date(date, "date")?;
    let lang = args::lang(lang)?;
    Ok(JsValue::from_str(&cal.why(d)?.explain(lang)))
}

pub(crate) fn is_estimated(cal: &WorkCalendar, year: &JsValue) -> Result<JsValue, Failure> {
    let y = args::year(year, "year")?;
    Ok(JsValue::from_bool(cal.is_estimated(y)))
}

fn with_announcements(cal: &WorkCalendar, json: &JsValue) -> Result<WorkCalendar, Failure> {
    let text = args::json_text(json, "json")?;
    Ok(cal.with_announcements_json(&text)?)
}

// ---------------------------------------------------------------- the class

/// An immutable working calendar. Build one with `WorkCalendar.civilService()`,
/// `WorkCalendar.enterprise()` or `WorkCalendar.withAnnouncements(json)`; every method takes
/// `&self`, so an instance can never be left half-modified or borrowed twice, and an error in
/// one call does not affect the next.
#[wasm_bindgen(js_name = WorkCalendar, skip_typescript)]
pub struct JsWorkCalendar {
    inner: WorkCalendar,
}

#[wasm_bindgen(js_class = WorkCalendar)]
impl JsWorkCalendar {
    /// The Vietnamese civil-service calendar (the one-stop desks) with the embedded official
    /// announcements.
    #[wasm_bindgen(js_name = civilService, skip_typescript)]
    pub fn civil_service() -> JsWorkCalendar {
        JsWorkCalendar {
            inner: civil_service().clone(),
        }
    }

    /// The Labor Code calendar of employees in general (no civil-service swaps).
    #[wasm_bindgen(skip_typescript)]
    pub fn enterprise() -> JsWorkCalendar {
        JsWorkCalendar {
            inner: WorkCalendar::vietnam_enterprise(),
        }
    }

    /// The civil-service calendar with announcements (a JSON string: one object or an array)
    /// layered on top. Errors: 1103 malformed, 1104 conflicting, 1105 invalid, 1106 too large.
    #[wasm_bindgen(js_name = withAnnouncements, skip_typescript)]
    pub fn with_announcements(json: JsValue) -> JsResult<JsWorkCalendar> {
        let inner = with_announcements(civil_service(), &json)?;
        Ok(JsWorkCalendar { inner })
    }

    /// A new calendar: this one with announcements layered on top (this one is unchanged).
    #[wasm_bindgen(js_name = layerAnnouncements, skip_typescript)]
    pub fn layer_announcements(&self, json: JsValue) -> JsResult<JsWorkCalendar> {
        let inner = with_announcements(&self.inner, &json)?;
        Ok(JsWorkCalendar { inner })
    }

    /// Is `date` a working day (1101 outside the calendar's range).
    #[wasm_bindgen(js_name = isWorkingDay, skip_typescript)]
    pub fn is_working_day(&self, date: JsValue) -> JsResult<JsValue> {
        Ok(is_working_day(&self.inner, &date)?)
    }

    /// `date` plus `n` working days, the start not counted.
    #[wasm_bindgen(js_name = addWorkingDays, skip_typescript)]
    pub fn add_working_days(&self, date: JsValue, n: JsValue) -> JsResult<JsValue> {
        Ok(add_working_days(&self.inner, &date, &n)?)
    }

    /// Working days in `(from, to]`.
    #[wasm_bindgen(js_name = workingDaysBetween, skip_typescript)]
    pub fn working_days_between(&self, from: JsValue, to: JsValue) -> JsResult<JsValue> {
        Ok(working_days_between(&self.inner, &from, &to)?)
    }

    /// The first working day on or after `date`.
    #[wasm_bindgen(js_name = workingDayOnOrAfter, skip_typescript)]
    pub fn working_day_on_or_after(&self, date: JsValue) -> JsResult<JsValue> {
        Ok(working_day_on_or_after(&self.inner, &date)?)
    }

    /// The days off of `year` (other than ordinary weekly rest days).
    #[wasm_bindgen(js_name = daysOff, skip_typescript)]
    pub fn days_off(&self, year: JsValue) -> JsResult<JsValue> {
        Ok(days_off(&self.inner, &year)?)
    }

    /// The make-up working days of `year`.
    #[wasm_bindgen(js_name = makeUpDays, skip_typescript)]
    pub fn make_up_days(&self, year: JsValue) -> JsResult<JsValue> {
        Ok(make_up_days(&self.inner, &year)?)
    }

    /// Why `date` has its status.
    #[wasm_bindgen(skip_typescript)]
    pub fn why(&self, date: JsValue) -> JsResult<JsValue> {
        Ok(why(&self.inner, &date)?)
    }

    /// One-line explanation of `date` in `"vi"` (default) or `"en"`.
    #[wasm_bindgen(skip_typescript)]
    pub fn explain(&self, date: JsValue, lang: JsValue) -> JsResult<JsValue> {
        Ok(explain(&self.inner, &date, &lang)?)
    }

    /// Is `year` projected from the rules (no official announcement loaded for it).
    #[wasm_bindgen(js_name = isEstimated, skip_typescript)]
    pub fn is_estimated(&self, year: JsValue) -> JsResult<JsValue> {
        Ok(is_estimated(&self.inner, &year)?)
    }

    /// `computeDue(receivedAt, limit, policy?, lang?)` on this calendar (see the free
    /// function).
    #[wasm_bindgen(js_name = computeDue, skip_typescript)]
    pub fn compute_due(
        &self,
        received_at: JsValue,
        limit: JsValue,
        policy: JsValue,
        lang: JsValue,
    ) -> JsResult<JsValue> {
        Ok(deadline::compute(
            &self.inner,
            &received_at,
            &limit,
            &policy,
            &lang,
        )?)
    }

    #[cfg(feature = "back-office")]
    /// `clockStatus({limit, policy, events}, asOf)` on this calendar.
    #[wasm_bindgen(js_name = clockStatus, skip_typescript)]
    pub fn clock_status(&self, clock: JsValue, as_of: JsValue) -> JsResult<JsValue> {
        Ok(deadline::status(&self.inner, &clock, &as_of)?)
    }

    #[cfg(feature = "back-office")]
    /// `clockAssess({limit, policy, events}, asOf)` on this calendar.
    #[wasm_bindgen(js_name = clockAssess, skip_typescript)]
    pub fn clock_assess(&self, clock: JsValue, as_of: JsValue) -> JsResult<JsValue> {
        Ok(deadline::assess(&self.inner, &clock, &as_of)?)
    }

    #[cfg(feature = "back-office")]
    /// `clockApply({limit, policy, events}, event)` on this calendar: a new clock object.
    #[wasm_bindgen(js_name = clockApply, skip_typescript)]
    pub fn clock_apply(&self, clock: JsValue, event: JsValue) -> JsResult<JsValue> {
        Ok(deadline::apply(&self.inner, &clock, &event)?)
    }

    #[cfg(feature = "back-office")]
    /// `dossierApply(log, command, context?)` on this calendar: `{log, event}`.
    #[wasm_bindgen(js_name = dossierApply, skip_typescript)]
    pub fn dossier_apply(
        &self,
        log: JsValue,
        command: JsValue,
        context: JsValue,
    ) -> JsResult<JsValue> {
        Ok(dossier::apply(&self.inner, &log, &command, &context)?)
    }

    #[cfg(feature = "back-office")]
    /// `dossierCheck(log, command, context?)` on this calendar.
    #[wasm_bindgen(js_name = dossierCheck, skip_typescript)]
    pub fn dossier_check(
        &self,
        log: JsValue,
        command: JsValue,
        context: JsValue,
    ) -> JsResult<JsValue> {
        Ok(dossier::check(&self.inner, &log, &command, &context)?)
    }

    #[cfg(feature = "back-office")]
    /// `dossierState(log, options?)` on this calendar.
    #[wasm_bindgen(js_name = dossierState, skip_typescript)]
    pub fn dossier_state(&self, log: JsValue, options: JsValue) -> JsResult<JsValue> {
        Ok(dossier::state(&self.inner, &log, &options)?)
    }

    #[cfg(feature = "back-office")]
    /// `dossierReplay(id, events)` on this calendar.
    #[wasm_bindgen(js_name = dossierReplay, skip_typescript)]
    pub fn dossier_replay(&self, id: JsValue, events: JsValue) -> JsResult<JsValue> {
        Ok(dossier::replay(&self.inner, &id, &events)?)
    }

    #[cfg(feature = "back-office")]
    /// `reportBieu06(input, params)` on this calendar.
    #[wasm_bindgen(js_name = reportBieu06, skip_typescript)]
    pub fn report_bieu06(&self, input: JsValue, params: JsValue) -> JsResult<JsValue> {
        Ok(report::bieu06(&self.inner, &input, &params)?)
    }

    /// First date of the calendar's range, `"2000-01-01"`.
    #[wasm_bindgen(getter, js_name = firstDate, skip_typescript)]
    pub fn first_date(&self) -> JsValue {
        args::date_out(self.inner.first_date())
    }

    /// Last date of the calendar's range, `"2199-12-31"`.
    #[wasm_bindgen(getter, js_name = lastDate, skip_typescript)]
    pub fn last_date(&self) -> JsValue {
        args::date_out(self.inner.last_date())
    }
}
