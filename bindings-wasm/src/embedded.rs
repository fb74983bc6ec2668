//! The embedded data, each built lazily once and immutable afterwards: the civil-service
//! calendar (the one-stop desks') with the free functions on it, the default procedure
//! catalogue, and its e-forms alone (for a build without the catalogue's exports).

#[cfg(any(feature = "deadlines", feature = "catalogue", feature = "forms"))]
use std::sync::OnceLock;

#[cfg(feature = "deadlines")]
use motcua::calendar::WorkCalendar;
#[cfg(feature = "catalogue")]
use motcua::procedure::Catalogue;
#[cfg(feature = "forms")]
use motcua::procedure::EmbeddedForms;
#[cfg(feature = "deadlines")]
use wasm_bindgen::prelude::*;

#[cfg(feature = "deadlines")]
use crate::calendar;
#[cfg(any(feature = "catalogue", feature = "forms"))]
use crate::error::Failure;
#[cfg(feature = "deadlines")]
use crate::error::JsResult;

#[cfg(feature = "deadlines")]
static CIVIL_SERVICE: OnceLock<WorkCalendar> = OnceLock::new();
#[cfg(feature = "catalogue")]
static CATALOGUE: OnceLock<Result<Catalogue, motcua::Error>> = OnceLock::new();
#[cfg(feature = "forms")]
static FORMS: OnceLock<Result<EmbeddedForms, motcua::Error>> = OnceLock::new();

/// The embedded civil-service calendar, built on first use.
#[cfg(feature = "deadlines")]
pub(crate) fn civil_service() -> &'static WorkCalendar {
    CIVIL_SERVICE.get_or_init(WorkCalendar::vietnam_civil_service)
}

/// The value `cell` holds, loaded by `load` on first use (an error is kept and given again).
#[cfg(any(feature = "catalogue", feature = "forms"))]
fn loaded<T>(
    cell: &'static OnceLock<Result<T, motcua::Error>>,
    load: fn() -> Result<T, motcua::Error>,
) -> Result<&'static T, Failure> {
    cell.get_or_init(load)
        .as_ref()
        .map_err(|e| Failure(e.clone()))
}

/// The embedded default procedure catalogue, loaded on first use (its error, should the
/// embedded data ever be broken, on every use).
#[cfg(feature = "catalogue")]
pub(crate) fn default_catalogue() -> Result<&'static Catalogue, Failure> {
    loaded(&CATALOGUE, Catalogue::try_vietnam_default)
}

/// The embedded catalogue's e-forms (`{form}` / `{procedure}` of `validateForm`), the same
/// forms as the catalogue's (`EmbeddedForms` is tested against it in the core).
#[cfg(feature = "forms")]
pub(crate) fn default_forms() -> Result<&'static EmbeddedForms, Failure> {
    loaded(&FORMS, EmbeddedForms::try_load)
}

/// `isWorkingDay("2026-08-22")` → `true` (a make-up Saturday).
#[cfg(feature = "deadlines")]
#[wasm_bindgen(js_name = isWorkingDay, skip_typescript)]
pub fn is_working_day(date: JsValue) -> JsResult<JsValue> {
    Ok(calendar::is_working_day(civil_service(), &date)?)
}

/// `addWorkingDays("2026-02-13", 1)` → `"2026-02-23"`.
#[cfg(feature = "deadlines")]
#[wasm_bindgen(js_name = addWorkingDays, skip_typescript)]
pub fn add_working_days(date: JsValue, n: JsValue) -> JsResult<JsValue> {
    Ok(calendar::add_working_days(civil_service(), &date, &n)?)
}

/// `workingDaysBetween("2026-08-28", "2026-09-03")` → `1` (start excluded, end included).
#[cfg(feature = "deadlines")]
#[wasm_bindgen(js_name = workingDaysBetween, skip_typescript)]
pub fn working_days_between(from: JsValue, to: JsValue) -> JsResult<JsValue> {
    Ok(calendar::working_days_between(civil_service(), &from, &to)?)
}

/// `workingDayOnOrAfter("2026-02-14")` → `"2026-02-23"`.
#[cfg(feature = "deadlines")]
#[wasm_bindgen(js_name = workingDayOnOrAfter, skip_typescript)]
pub fn working_day_on_or_after(date: JsValue) -> JsResult<JsValue> {
    Ok(calendar::working_day_on_or_after(civil_service(), &date)?)
}

/// `daysOff(2026)` → the days off of 2026 with their reasons.
#[cfg(feature = "deadlines")]
#[wasm_bindgen(js_name = daysOff, skip_typescript)]
pub fn days_off(year: JsValue) -> JsResult<JsValue> {
    Ok(calendar::days_off(civil_service(), &year)?)
}

/// `makeUpDays(2026)` → the make-up working days of 2026.
#[cfg(feature = "deadlines")]
#[wasm_bindgen(js_name = makeUpDays, skip_typescript)]
pub fn make_up_days(year: JsValue) -> JsResult<JsValue> {
    Ok(calendar::make_up_days(civil_service(), &year)?)
}

/// `why("2026-08-31")` → `{ date, working: false, estimated, reasons: [...] }`.
#[cfg(feature = "deadlines")]
#[wasm_bindgen(skip_typescript)]
pub fn why(date: JsValue) -> JsResult<JsValue> {
    Ok(calendar::why(civil_service(), &date)?)
}

/// `explain("2026-08-31", "en")` → a one-line explanation.
#[cfg(feature = "deadlines")]
#[wasm_bindgen(skip_typescript)]
pub fn explain(date: JsValue, lang: JsValue) -> JsResult<JsValue> {
    Ok(calendar::explain(civil_service(), &date, &lang)?)
}
