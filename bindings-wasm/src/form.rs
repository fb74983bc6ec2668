//! Forms: `validateForm` (a specification, or an e-form of the embedded catalogue) and the
//! Vietnamese identifier validators (`validateCccd`, `validateMst`…).
//!
//! Validation failures are a **report** (`{valid, violations}`, every violation with its JSON
//! `pointer`, stable `code`, `name`, `severity`, Vietnamese `message` and English
//! `message_en`: the core's keys, as the C ABI's JSON); only an input that cannot be used
//! (a malformed specification or document, a document over a limit, an unknown form) throws.

use motcua::form::id::validate_as;
use motcua::form::{Form, IdFormat};
#[cfg(feature = "catalogue")]
use motcua::procedure::Catalogue;
use motcua::procedure::ProcedureError;
use wasm_bindgen::prelude::*;

use crate::args::{self, MAX_KEY_UNITS};
use crate::error::{Failure, JsResult};

/// Longest specification or document looked at (UTF-16 units): beyond the core's 1 MiB
/// limit, so the core reports 4910 like the C ABI up to this much.
pub(crate) const MAX_DOC_UNITS: u32 = 4 << 20;
/// Longest identifier looked at.
const MAX_ID_UNITS: u32 = 1 << 20;

pub(crate) fn report(form: &Form, values: &JsValue) -> Result<JsValue, Failure> {
    let text = args::doc(values, "values", MAX_DOC_UNITS)?;
    args::parse_json(&form.validate_json(&text)?.to_json())
}

#[cfg(feature = "catalogue")]
pub(crate) fn validate_with_catalogue(
    cat: &Catalogue,
    key: &str,
    values: &JsValue,
) -> Result<JsValue, Failure> {
    let form = cat.form_for(key).ok_or_else(|| no_eform(key))?;
    report(form, values)
}

/// 3106: the catalogue has no e-form under `key` (form id or procedure code).
pub(crate) fn no_eform(key: &str) -> Failure {
    Failure(
        ProcedureError::QueryInvalid {
            detail: format!("no e-form {key:?}"),
            detail_vi: format!("không có biểu mẫu {key:?}"),
        }
        .into(),
    )
}

/// `formSpec("1.001193")` → the specification of an e-form of the embedded catalogue (by form
/// id or procedure code/id), or `null`: what a page needs to render the form it validates.
#[wasm_bindgen(js_name = formSpec, skip_typescript)]
pub fn form_spec(key: JsValue) -> JsResult<JsValue> {
    let key = args::text(&key, "key", MAX_KEY_UNITS)?;
    let forms = crate::embedded::default_forms()?;
    Ok(args::json_value(&forms.form_for(&key).map(|f| f.spec()))?)
}

/// `validateForm(spec, values)` → `{valid, violations}`. `spec` is a form specification (an
/// object with `fields`, or its JSON text), or `{form: id}` / `{procedure: code}` naming an
/// e-form of the embedded catalogue; `values` is the document (an object, or its JSON text).
/// Errors: 4901/4902 specification, 4903 document not JSON, 4910–4914 limits, 3106 unknown
/// e-form, 9001, 9005.
#[wasm_bindgen(js_name = validateForm, skip_typescript)]
pub fn validate_form(spec: JsValue, values: JsValue) -> JsResult<JsValue> {
    let form = crate::form_compiled::resolve(&spec)?;
    Ok(report(&form, &values)?)
}

fn id(format: IdFormat, value: &JsValue) -> JsResult<JsValue> {
    let s = args::text(value, "value", MAX_ID_UNITS)?;
    let parsed = validate_as(format, &s).map_err(Failure)?;
    Ok(args::json_value(&parsed)?)
}

/// `validateCccd("001099012345")` → `{number, province_code, province, gender, birth_year,
/// warnings}`; throws 4111 unless 12 digits.
#[wasm_bindgen(js_name = validateCccd, skip_typescript)]
pub fn validate_cccd(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::Cccd, &value)
}

/// `validateCmnd("012345678")` → `{number}`; throws 4112.
#[wasm_bindgen(js_name = validateCmnd, skip_typescript)]
pub fn validate_cmnd(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::Cmnd, &value)
}

/// `validatePersonalId(value)` → `{type: "cccd" | "cmnd", number}`; throws 4113.
#[wasm_bindgen(js_name = validatePersonalId, skip_typescript)]
pub fn validate_personal_id(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::PersonalId, &value)
}

/// `validateMst("0100109106-001")` → `{kind, normalized, branch}`; throws 4101–4104.
#[wasm_bindgen(js_name = validateMst, skip_typescript)]
pub fn validate_mst(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::Mst, &value)
}

/// `validateMobile("0912345678")` → `{kind, national, e164}`; throws 4121.
#[wasm_bindgen(js_name = validateMobile, skip_typescript)]
pub fn validate_mobile(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::Mobile, &value)
}

/// `validateFixedPhone("02438251234")` → `{kind, national, e164}`; throws 4122.
#[wasm_bindgen(js_name = validateFixedPhone, skip_typescript)]
pub fn validate_fixed_phone(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::FixedPhone, &value)
}

/// `validatePhone(value)` → `{kind, national, e164}`; throws 4123.
#[wasm_bindgen(js_name = validatePhone, skip_typescript)]
pub fn validate_phone(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::Phone, &value)
}

/// `validateEmail(value)` → `{normalized}`; throws 4131.
#[wasm_bindgen(js_name = validateEmail, skip_typescript)]
pub fn validate_email(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::Email, &value)
}

/// `validateAgencyCode("H55.242")` → `{format, level1, code}`; throws 4151.
#[wasm_bindgen(js_name = validateAgencyCode, skip_typescript)]
pub fn validate_agency_code(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::AgencyCode, &value)
}

/// `validateDossierCode("000.00.01.H22-250315-0007")` → `{agency, date, sequence}`; throws
/// 4141, 4142.
#[wasm_bindgen(js_name = validateDossierCode, skip_typescript)]
pub fn validate_dossier_code(value: JsValue) -> JsResult<JsValue> {
    id(IdFormat::DossierCode, &value)
}
