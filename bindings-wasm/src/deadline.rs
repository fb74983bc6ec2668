//! Deadlines: `computeDue`, and a dossier's clock as plain data — `clockStatus`,
//! `clockAssess`, `clockApply` on `{limit, policy, events}` — on the embedded civil-service
//! calendar (the same operations are methods of `WorkCalendar`).
//!
//! The clock is mutable in the core, so it is *not* a class here (convention 15: classes only
//! for immutable objects): the caller keeps `{limit, policy, events}` (plain, serialisable
//! data), each call replays the events (O(events)), and `clockApply` returns a new object,
//! leaving its input untouched. Objects go to the core's JSON parsers through
//! `JSON.stringify`, so JS and the C ABI accept the same documents with the same codes.

use motcua::calendar::WorkCalendar;
#[cfg(feature = "back-office")]
use motcua::deadline::{ClockEvent, DeadlineClock};
use motcua::deadline::{DeadlinePolicy, Due, ExplainedDay, TimeLimit, compute_due};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::args;
use crate::embedded::civil_service;
use crate::error::{Failure, JsResult};

/// The result of `computeDue`: the core's `Due` and its explanation (the same JSON as the C
/// ABI's `motcua_compute_due_json`).
#[derive(Serialize)]
struct DueJson<'a> {
    #[serde(flatten)]
    due: &'a Due,
    explanation: ExplanationJson<'a>,
}

#[derive(Serialize)]
struct ExplanationJson<'a> {
    days: &'a [ExplainedDay],
    text: String,
}

fn limit_arg(v: &JsValue, what: &str) -> Result<TimeLimit, Failure> {
    Ok(TimeLimit::from_json(&args::json_of(v, what, false)?)?)
}

fn policy_arg(v: &JsValue, what: &str) -> Result<DeadlinePolicy, Failure> {
    if v.is_undefined() || v.is_null() {
        return Ok(DeadlinePolicy::default());
    }
    Ok(DeadlinePolicy::from_json(&args::json_of(v, what, false)?)?)
}

#[cfg(feature = "back-office")]
/// The clock object `{limit, policy?, events?}` replayed on `cal`.
fn clock_arg(cal: &WorkCalendar, clock: &JsValue) -> Result<DeadlineClock, Failure> {
    if clock.is_undefined() || clock.is_null() {
        return Err(Failure::missing("clock"));
    }
    if !clock.is_object() || js_sys::Array::is_array(clock) {
        return Err(Failure::invalid(
            "clock phải là đối tượng {limit, policy, events}".to_owned(),
            "clock must be an object {limit, policy, events}".to_owned(),
        ));
    }
    let limit = limit_arg(&args::field(clock, "limit")?, "clock.limit")?;
    let policy = policy_arg(&args::field(clock, "policy")?, "clock.policy")?;
    let events = args::field(clock, "events")?;
    let events = if events.is_undefined() || events.is_null() {
        Vec::new()
    } else {
        ClockEvent::from_json(&args::json_of(&events, "clock.events", true)?)?
    };
    Ok(DeadlineClock::replay(limit, policy, events, cal)?)
}

pub(crate) fn compute(
    cal: &WorkCalendar,
    received_at: &JsValue,
    limit: &JsValue,
    policy: &JsValue,
    lang: &JsValue,
) -> Result<JsValue, Failure> {
    let at = args::instant(received_at, "receivedAt")?;
    let limit = limit_arg(limit, "limit")?;
    let policy = policy_arg(policy, "policy")?;
    let lang = args::lang(lang)?;
    let due = compute_due(at, &limit, cal, &policy)?;
    let explanation = due.explain(cal)?;
    args::json_value(&DueJson {
        due: &due,
        explanation: ExplanationJson {
            days: &explanation.days,
            text: explanation.text(lang),
        },
    })
}

#[cfg(feature = "back-office")]
pub(crate) fn status(
    cal: &WorkCalendar,
    clock: &JsValue,
    as_of: &JsValue,
) -> Result<JsValue, Failure> {
    let c = clock_arg(cal, clock)?;
    let at = args::instant(as_of, "asOf")?;
    args::json_value(&c.status(at, cal)?)
}

#[cfg(feature = "back-office")]
pub(crate) fn assess(
    cal: &WorkCalendar,
    clock: &JsValue,
    as_of: &JsValue,
) -> Result<JsValue, Failure> {
    let c = clock_arg(cal, clock)?;
    let at = args::instant(as_of, "asOf")?;
    args::json_value(&c.assess(at, cal)?)
}

#[cfg(feature = "back-office")]
pub(crate) fn apply(
    cal: &WorkCalendar,
    clock: &JsValue,
    event: &JsValue,
) -> Result<JsValue, Failure> {
    let mut c = clock_arg(cal, clock)?;
    let event = ClockEvent::from_json(&args::json_of(event, "event", false)?)?;
    for e in event {
        c.apply(e, cal)?;
    }
    // A new object: the same limit and policy values, the new event log.
    let out = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        js_sys::Reflect::set(&out, &JsValue::from_str(key), value)
            .map(|_| ())
            .map_err(|_| Failure::internal("cannot build the clock object"))
    };
    set("limit", &args::field(clock, "limit")?)?;
    let policy = args::field(clock, "policy")?;
    if !policy.is_undefined() {
        set("policy", &policy)?;
    }
    set("events", &args::json_value(c.events())?)?;
    Ok(out.into())
}

/// `computeDue("2026-02-13T10:00", {working_days: 1})` → `{legal_due_date: "2026-02-23",
/// appointment_at: "2026-02-23T17:00:00", …, explanation: {days, text}}` on the
/// civil-service calendar. Errors: 2001–2005, 2012, 9001, 9005.
#[wasm_bindgen(js_name = computeDue, skip_typescript)]
pub fn compute_due_js(
    received_at: JsValue,
    limit: JsValue,
    policy: JsValue,
    lang: JsValue,
) -> JsResult<JsValue> {
    Ok(compute(
        civil_service(),
        &received_at,
        &limit,
        &policy,
        &lang,
    )?)
}

/// `timeLimitText({working_days: 5}, "en")` → `"5 working day(s)"`: a time limit as the
/// library writes it in explanations and receipts (Vietnamese by default). Errors: 2001,
/// 9001, 9005.
#[wasm_bindgen(js_name = timeLimitText, skip_typescript)]
pub fn time_limit_text(limit: JsValue, lang: JsValue) -> JsResult<JsValue> {
    let limit = limit_arg(&limit, "limit")?;
    let lang = args::lang(&lang)?;
    Ok(JsValue::from_str(&limit.text(lang)))
}

#[cfg(feature = "back-office")]
/// `clockStatus({limit, policy, events}, "2026-03-05T12:00")` → the clock's status.
#[wasm_bindgen(js_name = clockStatus, skip_typescript)]
pub fn clock_status(clock: JsValue, as_of: JsValue) -> JsResult<JsValue> {
    Ok(status(civil_service(), &clock, &as_of)?)
}

#[cfg(feature = "back-office")]
/// `clockAssess({limit, policy, events}, asOf)` → early / on time / late, three ways.
#[wasm_bindgen(js_name = clockAssess, skip_typescript)]
pub fn clock_assess(clock: JsValue, as_of: JsValue) -> JsResult<JsValue> {
    Ok(assess(civil_service(), &clock, &as_of)?)
}

#[cfg(feature = "back-office")]
/// `clockApply({limit, policy, events}, event)` → a new `{limit, policy, events}` with the
/// event appended; throws a coded error for a refused event (the input is never modified).
#[wasm_bindgen(js_name = clockApply, skip_typescript)]
pub fn clock_apply(clock: JsValue, event: JsValue) -> JsResult<JsValue> {
    Ok(apply(civil_service(), &clock, &event)?)
}
