//! Forms compiled once: the immutable class `CompiledForm` (the parsed and checked
//! specification, so each validation costs only the values) and `formJsonSchema` (the JSON
//! Schema, draft 2020-12, of the documents a form accepts, for JSON Schema tooling).
//!
//! ```js
//! const form = CompiledForm.compile({ procedure: "1.001193" });   // or a spec, or its JSON
//! form.validate(values);      // { valid, violations }, as validateForm(spec, values)
//! form.jsonSchema();          // = formJsonSchema({ procedure: "1.001193" })
//! ```

use std::borrow::Cow;

use motcua::form::Form;
use wasm_bindgen::prelude::*;

use crate::args::{self, MAX_KEY_UNITS};
use crate::embedded::default_forms;
use crate::error::{Failure, JsResult};

/// `{form: id}` / `{procedure: code}` (without `fields`): an e-form of the embedded catalogue.
fn catalogue_key(spec: &JsValue) -> Result<Option<String>, Failure> {
    if !spec.is_object() || !args::field(spec, "fields")?.is_undefined() {
        return Ok(None);
    }
    for name in ["form", "procedure"] {
        let v = args::field(spec, name)?;
        if !v.is_undefined() {
            return args::text(&v, name, MAX_KEY_UNITS).map(Some);
        }
    }
    Ok(None)
}

/// The form a `validateForm`-style first argument designates: a specification (object or
/// JSON text), or an e-form of the embedded catalogue (borrowed, already compiled).
pub(crate) fn resolve(spec: &JsValue) -> Result<Cow<'static, Form>, Failure> {
    if let Some(key) = catalogue_key(spec)? {
        return default_forms()?
            .form_for(&key)
            .map(Cow::Borrowed)
            .ok_or_else(|| crate::form::no_eform(&key));
    }
    let text = args::doc(spec, "spec", crate::form::MAX_DOC_UNITS)?;
    Ok(Cow::Owned(Form::from_json(&text).map_err(Failure)?))
}

/// `formJsonSchema({procedure: "1.001193"})` → the JSON Schema (draft 2020-12) of the
/// documents the form accepts. Same first argument and errors as `validateForm`.
#[wasm_bindgen(js_name = formJsonSchema, skip_typescript)]
pub fn form_json_schema(spec: JsValue) -> JsResult<JsValue> {
    Ok(args::json_value(&resolve(&spec)?.json_schema())?)
}

/// A compiled, immutable form: the specification parsed and checked once.
#[wasm_bindgen(js_name = CompiledForm, skip_typescript)]
pub struct JsCompiledForm {
    form: Form,
}

#[wasm_bindgen(js_class = CompiledForm)]
impl JsCompiledForm {
    /// Compiles a form: a specification (object or JSON text) or `{form}` / `{procedure}`
    /// naming an e-form of the embedded catalogue. Errors as `validateForm`'s specification
    /// errors (4901, 4902, 4910, 3106, 9001, 9005).
    #[wasm_bindgen(skip_typescript)]
    pub fn compile(spec: JsValue) -> JsResult<JsCompiledForm> {
        Ok(JsCompiledForm {
            form: resolve(&spec)?.into_owned(),
        })
    }

    /// The form's id.
    #[wasm_bindgen(getter, skip_typescript)]
    pub fn id(&self) -> String {
        self.form.spec().id.clone()
    }

    /// `{valid, violations}` of a document (an object, or its JSON text), as `validateForm`.
    #[wasm_bindgen(skip_typescript)]
    pub fn validate(&self, values: JsValue) -> JsResult<JsValue> {
        Ok(crate::form::report(&self.form, &values)?)
    }

    /// The JSON Schema (draft 2020-12) of the documents this form accepts.
    #[wasm_bindgen(js_name = jsonSchema, skip_typescript)]
    pub fn json_schema(&self) -> JsResult<JsValue> {
        Ok(args::json_value(&self.form.json_schema())?)
    }
}
