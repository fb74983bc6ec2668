//! The procedure catalogue: free functions on the embedded default (`procedure`,
//! `procedures`, `services`, `catalogueStats`, `formSpec`, `dossierContext`,
//! `catalogueProblems`), and the immutable class `Catalogue` for a catalogue loaded at run
//! time. Results are the core's JSON (the C ABI's), parsed into plain objects.

#[cfg(feature = "back-office")]
use motcua::procedure::ContextRequest;
use motcua::procedure::{Catalogue, CatalogueQuery, QueryResult};
use wasm_bindgen::prelude::*;

use crate::args::{self, MAX_KEY_UNITS};
use crate::embedded::default_catalogue;
use crate::error::{Failure, JsResult};
use crate::form;

/// Longest catalogue text looked at (UTF-16 units): beyond the core's 8 MiB limit, so the
/// core reports 3105 like the C ABI up to this much.
const MAX_CATALOGUE_UNITS: u32 = 32 << 20;

fn query_of(filter: &JsValue) -> Result<CatalogueQuery, Failure> {
    Ok(match args::opt_object(filter, "filter")? {
        Some(text) => CatalogueQuery::from_json(&text)?,
        None => CatalogueQuery::default(),
    })
}

fn run_query<'a>(cat: &'a Catalogue, filter: &JsValue) -> Result<QueryResult<'a>, Failure> {
    Ok(cat.query(&query_of(filter)?)?)
}

pub(crate) fn procedure(cat: &Catalogue, code: &JsValue) -> Result<JsValue, Failure> {
    let code = args::text(code, "code", MAX_KEY_UNITS)?;
    args::json_value(&cat.procedure(&code))
}

pub(crate) fn procedures(cat: &Catalogue, filter: &JsValue) -> Result<JsValue, Failure> {
    args::json_value(&run_query(cat, filter)?.procedures)
}

pub(crate) fn services(cat: &Catalogue, filter: &JsValue) -> Result<JsValue, Failure> {
    args::json_value(&run_query(cat, filter)?.services)
}

pub(crate) fn stats(cat: &Catalogue) -> Result<JsValue, Failure> {
    args::json_value(&cat.overview())
}

pub(crate) fn form_spec(cat: &Catalogue, key: &JsValue) -> Result<JsValue, Failure> {
    let key = args::text(key, "key", MAX_KEY_UNITS)?;
    args::json_value(&cat.form_for(&key).map(|f| f.spec()))
}

#[cfg(feature = "back-office")]
pub(crate) fn dossier_context(cat: &Catalogue, request: &JsValue) -> Result<JsValue, Failure> {
    let req = ContextRequest::from_json(&args::json_of(request, "request", false)?)?;
    args::json_value(&cat.dossier_context(&req)?)
}

/// `procedure("1.001193")` → the procedure (name, field, authorities, variants with time
/// limits, documents, fees, steps, result, e-forms, sources) of the embedded catalogue, or
/// `null`.
#[wasm_bindgen(js_name = procedure, skip_typescript)]
pub fn procedure_js(code: JsValue) -> JsResult<JsValue> {
    Ok(procedure(default_catalogue()?, &code)?)
}

/// `procedures({field: "ho_tich"})` → the procedures a filter selects (every criterion
/// optional: `procedure`, `field`, `gov_level`, `on`, `level`, `agency`).
#[wasm_bindgen(js_name = procedures, skip_typescript)]
pub fn procedures_js(filter: JsValue) -> JsResult<JsValue> {
    Ok(procedures(default_catalogue()?, &filter)?)
}

/// `services({level: "full_process"})` → the online services of the procedures a filter
/// selects that satisfy its service criteria.
#[wasm_bindgen(js_name = services, skip_typescript)]
pub fn services_js(filter: JsValue) -> JsResult<JsValue> {
    Ok(services(default_catalogue()?, &filter)?)
}

/// `catalogueStats()` → version, counts by service level, fields, forms, warnings.
#[wasm_bindgen(js_name = catalogueStats, skip_typescript)]
pub fn catalogue_stats() -> JsResult<JsValue> {
    Ok(stats(default_catalogue()?)?)
}

#[cfg(feature = "back-office")]
/// `dossierContext({procedure, receiving_agency, on})` → the dossier context of a procedure
/// of the embedded catalogue (for `dossierApply`).
#[wasm_bindgen(js_name = dossierContext, skip_typescript)]
pub fn dossier_context_js(request: JsValue) -> JsResult<JsValue> {
    Ok(dossier_context(default_catalogue()?, &request)?)
}

/// `catalogueProblems(json)` → `{valid, problems}`: every problem of a catalogue document.
#[wasm_bindgen(js_name = catalogueProblems, skip_typescript)]
pub fn catalogue_problems(json: JsValue) -> JsResult<JsValue> {
    let text = args::doc(&json, "json", MAX_CATALOGUE_UNITS)?;
    Ok(args::json_value(
        &Catalogue::check_json(&text).map_err(Failure)?,
    )?)
}

/// An immutable procedure catalogue: the embedded default (`Catalogue.vietnamDefault()`) or
/// one loaded with `Catalogue.fromJson(json)`. Methods take `&self` only.
#[wasm_bindgen(js_name = Catalogue, skip_typescript)]
pub struct JsCatalogue {
    inner: Catalogue,
}

#[wasm_bindgen(js_class = Catalogue)]
impl JsCatalogue {
    /// Loads and checks a catalogue (a JSON string or the document as an object). Errors:
    /// 3103 malformed, 3104 with errors (see `catalogueProblems`), 3105 over 8 MiB.
    #[wasm_bindgen(js_name = fromJson, skip_typescript)]
    pub fn from_json(json: JsValue) -> JsResult<JsCatalogue> {
        let text = args::doc(&json, "json", MAX_CATALOGUE_UNITS)?;
        let inner = Catalogue::from_json(&text).map_err(Failure)?;
        Ok(JsCatalogue { inner })
    }

    /// A copy of the embedded default catalogue.
    #[wasm_bindgen(js_name = vietnamDefault, skip_typescript)]
    pub fn vietnam_default() -> JsResult<JsCatalogue> {
        Ok(JsCatalogue {
            inner: default_catalogue()?.clone(),
        })
    }

    /// The data version.
    #[wasm_bindgen(getter, skip_typescript)]
    pub fn version(&self) -> String {
        self.inner.doc().version.clone()
    }

    /// A procedure by code or id, or `null`.
    #[wasm_bindgen(skip_typescript)]
    pub fn procedure(&self, code: JsValue) -> JsResult<JsValue> {
        Ok(procedure(&self.inner, &code)?)
    }

    /// The procedures a filter selects.
    #[wasm_bindgen(skip_typescript)]
    pub fn procedures(&self, filter: JsValue) -> JsResult<JsValue> {
        Ok(procedures(&self.inner, &filter)?)
    }

    /// The online services a filter selects.
    #[wasm_bindgen(skip_typescript)]
    pub fn services(&self, filter: JsValue) -> JsResult<JsValue> {
        Ok(services(&self.inner, &filter)?)
    }

    /// Version, counts by level, fields, forms, warnings.
    #[wasm_bindgen(skip_typescript)]
    pub fn stats(&self) -> JsResult<JsValue> {
        Ok(stats(&self.inner)?)
    }

    /// An e-form specification by form id or procedure, or `null`.
    #[wasm_bindgen(js_name = formSpec, skip_typescript)]
    pub fn form_spec(&self, key: JsValue) -> JsResult<JsValue> {
        Ok(form_spec(&self.inner, &key)?)
    }

    #[cfg(feature = "back-office")]
    /// The dossier context of one of its procedures.
    #[wasm_bindgen(js_name = dossierContext, skip_typescript)]
    pub fn dossier_context(&self, request: JsValue) -> JsResult<JsValue> {
        Ok(dossier_context(&self.inner, &request)?)
    }

    /// Validates a document against one of its e-forms (form id or procedure).
    #[wasm_bindgen(js_name = validateForm, skip_typescript)]
    pub fn validate_form(&self, key: JsValue, values: JsValue) -> JsResult<JsValue> {
        let key = args::text(&key, "key", MAX_KEY_UNITS)?;
        Ok(form::validate_with_catalogue(&self.inner, &key, &values)?)
    }
}
