//! Dossiers as plain data: the caller keeps the log (`{format, dossier, length, head,
//! events}`, as an object or its JSON text); each call reads it, checking the hash chain and
//! every transition again, and `dossierApply` returns a **new** log with the event, never
//! touching its input (convention 15: no mutable class). A rejected command throws a coded
//! `Error` (5001 state, 5002 role, 5003 agency, 5004 a legal guard…); the log stays usable.
//! The functions use the embedded civil-service calendar; the same are methods of
//! `WorkCalendar` for other calendars.

use motcua::calendar::WorkCalendar;
use motcua::dossier::{Dossier, ViewOptions};
use wasm_bindgen::prelude::*;

use crate::args::{self, MAX_KEY_UNITS};
use crate::embedded::civil_service;
use crate::error::{Failure, JsResult};

/// Largest log or events document (UTF-16 units): the C ABI's `MOTCUA_MAX_JSON_BYTES`.
const MAX_LOG_UNITS: u32 = 1 << 20;

fn log_arg(log: &JsValue) -> Result<String, Failure> {
    args::doc(log, "log", MAX_LOG_UNITS)
}

/// The log, command and context arguments of `dossierApply` and `dossierCheck`, as text.
fn command_args(
    log: &JsValue,
    command: &JsValue,
    context: &JsValue,
) -> Result<(String, String, Option<String>), Failure> {
    Ok((
        log_arg(log)?,
        args::json_of(command, "command", false)?,
        args::opt_object(context, "context")?,
    ))
}

pub(crate) fn apply(
    cal: &WorkCalendar,
    log: &JsValue,
    command: &JsValue,
    context: &JsValue,
) -> Result<JsValue, Failure> {
    let (log, command, context) = command_args(log, command, context)?;
    let (new_log, event) = Dossier::apply_json(&log, &command, context.as_deref(), cal)?;
    let out = js_sys::Object::new();
    let set = |key: &str, text: &str| -> Result<(), Failure> {
        js_sys::Reflect::set(&out, &JsValue::from_str(key), &args::parse_json(text)?)
            .map(|_| ())
            .map_err(|_| Failure::internal("cannot build the result object"))
    };
    set("log", &new_log)?;
    set("event", &event)?;
    Ok(out.into())
}

pub(crate) fn check(
    cal: &WorkCalendar,
    log: &JsValue,
    command: &JsValue,
    context: &JsValue,
) -> Result<JsValue, Failure> {
    let (log, command, context) = command_args(log, command, context)?;
    args::json_value(&Dossier::check_json(
        &log,
        &command,
        context.as_deref(),
        cal,
    )?)
}

pub(crate) fn state(
    cal: &WorkCalendar,
    log: &JsValue,
    options: &JsValue,
) -> Result<JsValue, Failure> {
    let log = log_arg(log)?;
    let options = match args::opt_object(options, "options")? {
        Some(text) => ViewOptions::from_json(&text)?,
        None => ViewOptions::default(),
    };
    let d = Dossier::from_json(&log, cal)?;
    args::json_value(&d.view(&options, cal)?)
}

pub(crate) fn replay(
    cal: &WorkCalendar,
    id: &JsValue,
    events: &JsValue,
) -> Result<JsValue, Failure> {
    let id = args::text(id, "id", MAX_KEY_UNITS)?;
    let events = args::doc(events, "events", MAX_LOG_UNITS)?;
    args::parse_json(&Dossier::replay_json(&id, &events, cal)?)
}

/// `dossierNew("hs-1")` → the log of a new, empty dossier (its first command is `create`).
#[wasm_bindgen(js_name = dossierNew, skip_typescript)]
pub fn dossier_new(id: JsValue) -> JsResult<JsValue> {
    let id = args::text(&id, "id", MAX_KEY_UNITS)?;
    Ok(args::parse_json(&Dossier::new(id).to_json())?)
}

/// `dossierApply(log, command, context?)` → `{log, event}`: a new log with the command's event
/// appended; `log` is never modified. `context` (a dossier context, e.g. from
/// `dossierContext`) is recorded by a `create` command without its own and ignored by other
/// commands.
#[wasm_bindgen(js_name = dossierApply, skip_typescript)]
pub fn dossier_apply(log: JsValue, command: JsValue, context: JsValue) -> JsResult<JsValue> {
    Ok(apply(civil_service(), &log, &command, &context)?)
}

/// `dossierCheck(log, command, context?)` → `{allowed, status, next_status, event,
/// rejection}`: what `dossierApply` would do, without doing it; a rejection (5001–5005,
/// 5010) is a finding with its guard and legal basis, not an exception.
#[wasm_bindgen(js_name = dossierCheck, skip_typescript)]
pub fn dossier_check(log: JsValue, command: JsValue, context: JsValue) -> JsResult<JsValue> {
    Ok(check(civil_service(), &log, &command, &context)?)
}

/// `dossierState(log, {as_of?, status_mapping?}?)` → state, portal status, clock, timeliness,
/// summary and sync record.
#[wasm_bindgen(js_name = dossierState, skip_typescript)]
pub fn dossier_state(log: JsValue, options: JsValue) -> JsResult<JsValue> {
    Ok(state(civil_service(), &log, &options)?)
}

/// `dossierVerify(log)` → `{valid, dossier, length, head, problem}`: the hash chain, without a
/// calendar; a tampered log is a report naming the first bad event, not an error.
#[wasm_bindgen(js_name = dossierVerify, skip_typescript)]
pub fn dossier_verify(log: JsValue) -> JsResult<JsValue> {
    let log = log_arg(&log)?;
    Ok(args::json_value(
        &Dossier::verify_json(&log).map_err(Failure)?,
    )?)
}

/// `dossierReplay(id, events)` → the log rebuilt from its events (chain and transitions
/// checked again).
#[wasm_bindgen(js_name = dossierReplay, skip_typescript)]
pub fn dossier_replay(id: JsValue, events: JsValue) -> JsResult<JsValue> {
    Ok(replay(civil_service(), &id, &events)?)
}
