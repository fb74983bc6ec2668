//! Free functions on the embedded civil-service calendar (the one-stop desks' calendar), built
//! lazily once and immutable afterwards; the embedded default procedure catalogue, likewise.

use std::sync::OnceLock;

use motcua::calendar::WorkCalendar;
use motcua::procedure::Catalogue;
use wasm_bindgen::prelude::*;

use crate::calendar;
use crate::error::{Failure, JsResult};

static CIVIL_SERVICE: OnceLock<WorkCalendar> = OnceLock::new();
static CATALOGUE: OnceLock<Result<Catalogue, motcua::Error>> = OnceLock::new();

/// The embedded civil-service calendar, built on first use.
pub(crate) fn civil_service() -> &'static WorkCalendar {
    CIVIL_SERVICE.get_or_init(WorkCalendar::vietnam_civil_service)
}

/// The embedded default procedure catalogue, loaded on first use (its error, should the
/// embedded data ever be broken, on every use).
pub(crate) fn default_catalogue() -> Result<&'static Catalogue, Failure> {
    CATALOGUE
        .get_or_init(Catalogue::try_vietnam_default)
        .as_ref()
        .map_err(|e| Failure(e.clone()))
}

/// `isWorkingDay("2026-08-22")` → `true` (a make-up Saturday).
#[wasm_bindgen(js_name = isWorkingDay, skip_typescript)]
pub fn is_working_day(date: JsValue) -> JsResult<JsValue> {
    Ok(calendar::is_working_day(civil_service(), &date)?)
}

/// `addWorkingDays("2026-02-13", 1)` → `"2026-02-23"`.
#[wasm_bindgen(js_name = addWorkingDays, skip_typescript)]
pub fn add_working_days(date: JsValue, n: JsValue) -> JsResult<JsValue> {
    Ok(calendar::add_working_days(civil_service(), &date, &n)?)
}

/// `workingDaysBetween("2026-08-28", "2026-09-03")` → `1` (start excluded, end included).
#[wasm_bindgen(js_name = workingDaysBetween, skip_typescript)]
pub fn working_days_between(from: JsValue, to: JsValue) -> JsResult<JsValue> {
    Ok(calendar::working_days_between(civil_service(), &from, &to)?)
}

/// `workingDayOnOrAfter("2026-02-14")` → `"2026-02-23"`.
#[wasm_bindgen(js_name = workingDayOnOrAfter, skip_typescript)]
pub fn working_day_on_or_after(date: JsValue) -> JsResult<JsValue> {
    Ok(calendar::working_day_on_or_after(civil_service(), &date)?)
}

/// `daysOff(2026)` → the days off of 2026 with their reasons.
#[wasm_bindgen(js_name = daysOff, skip_typescript)]
pub fn days_off(year: JsValue) -> JsResult<JsValue> {
    Ok(calendar::days_off(civil_service(), &year)?)
}

/// `makeUpDays(2026)` → the make-up working days of 2026.
#[wasm_bindgen(js_name = makeUpDays, skip_typescript)]
pub fn make_up_days(year: JsValue) -> JsResult<JsValue> {
    Ok(calendar::make_up_days(civil_service(), &year)?)
}

/// `why("2026-08-31")` → `{ date, working: false, estimated, reasons: [...] }`.
#[wasm_bindgen(skip_typescript)]
pub fn why(date: JsValue) -> JsResult<JsValue> {
    Ok(calendar::why(civil_service(), &date)?)
}

/// `explain("2026-08-31", "en")` → a one-line explanation.
#[wasm_bindgen(skip_typescript)]
pub fn explain(date: JsValue, lang: JsValue) -> JsResult<JsValue> {
    Ok(calendar::explain(civil_service(), &date, &lang)?)
}
