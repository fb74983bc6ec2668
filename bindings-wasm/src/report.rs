//! `reportBieu06(input, params)`: the Biểu 06 table, its rates and the indicators over
//! dossier logs and/or stored summaries.

use motcua::calendar::WorkCalendar;
use motcua::report::{Report, ReportInput, ReportParams};
use wasm_bindgen::prelude::*;

use crate::args;
use crate::embedded::civil_service;
use crate::error::{Failure, JsResult};

/// Largest input looked at (UTF-16 units): the C ABI's `MOTCUA_MAX_REPORT_JSON_BYTES`, 64 MiB;
/// the core refuses a report input over 8 MiB first (6002), as through the C ABI.
const MAX_INPUT_UNITS: u32 = 64 << 20;

pub(crate) fn bieu06(
    cal: &WorkCalendar,
    input: &JsValue,
    params: &JsValue,
) -> Result<JsValue, Failure> {
    let input = args::doc(input, "input", MAX_INPUT_UNITS)?;
    let params = ReportParams::from_json(&args::json_of(params, "params", false)?)?;
    let summaries = ReportInput::from_json(&input)?.into_summaries(cal)?;
    args::json_value(&Report::compute(&summaries, &params)?)
}

/// `reportBieu06({logs?, summaries?}, {from, to, group_by?, …})` → `{bieu06, rates,
/// indicators}` on the civil-service calendar.
#[wasm_bindgen(js_name = reportBieu06, skip_typescript)]
pub fn report_bieu06(input: JsValue, params: JsValue) -> JsResult<JsValue> {
    Ok(bieu06(civil_service(), &input, &params)?)
}
