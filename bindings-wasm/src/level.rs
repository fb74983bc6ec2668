//! `serviceLevels()`: the online service levels and the regimes that define them.

use wasm_bindgen::prelude::*;

use crate::args;
use crate::error::JsResult;

/// `serviceLevels()` → `{levels: [{level, scheme, name, name_en, required, decree42,
/// decree43}], regimes: [{regime, instrument, scheme, effective_from, effective_until}]}`.
#[wasm_bindgen(js_name = serviceLevels, skip_typescript)]
pub fn service_levels() -> JsResult<JsValue> {
    Ok(args::json_value(&motcua::level::levels_info())?)
}
