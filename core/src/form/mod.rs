//! Forms (tờ khai điện tử): a serde [`FormSpec`] compiled into a [`Form`] that validates
//! documents and returns **every** violation, each with a JSON pointer, a stable code and a
//! message in Vietnamese and English; Vietnamese identifier validators ([`id`]); an
//! equivalent JSON Schema ([`FormSpec::json_schema`]); limits against hostile input
//! ([`FormLimits`]).
//!
//! ```
//! use motcua::form::{Form, Severity};
//! use serde_json::json;
//!
//! let form = Form::from_json(r#"{
//!   "id": "demo/to-khai",
//!   "fields": [
//!     {"name": "ho_ten", "type": "text", "label": {"vi": "Họ, chữ đệm, tên", "en": "Full name"},
//!      "required": true, "max_length": 100},
//!     {"name": "ngay_sinh", "type": "date", "required": true},
//!     {"name": "so_dinh_danh", "type": "text", "format": "cccd", "birth_date_field": "ngay_sinh"},
//!     {"name": "so_ho_chieu", "type": "text", "pattern": "^[A-Z][0-9]{7}$"},
//!     {"name": "mst", "type": "text", "format": "mst"},
//!     {"name": "thanh_vien", "type": "group", "repeat": true, "max_items": 10, "fields": [
//!       {"name": "ho_ten", "type": "text", "required": true}]}
//!   ],
//!   "rules": [{"rule": "one_of", "fields": ["so_dinh_danh", "so_ho_chieu"]}]
//! }"#)?;
//!
//! let r = form.validate(&json!({
//!     "ho_ten": "Nguyễn Văn A", "ngay_sinh": "1990-05-02",
//!     "so_dinh_danh": "001099012345",          // encodes 1999: a warning, not an error
//!     "mst": "0100109107",                     // wrong check digit
//!     "thanh_vien": [{"ho_ten": ""}]
//! }))?;
//! assert!(!r.valid);
//! let got: Vec<(&str, u32)> = r.violations.iter().map(|v| (v.pointer.as_str(), v.code)).collect();
//! assert_eq!(got, [("/so_dinh_danh", 4202), ("/mst", 4102), ("/thanh_vien/0/ho_ten", 4001)]);
//! assert_eq!(r.violations[0].severity, Severity::Warning);
//! # Ok::<(), motcua::Error>(())
//! ```
//!
//! Codes: 4001–4099 form rules ([`catalogue`]), 4101–4199 identifiers ([`id::IdError`]),
//! 4201–4299 soft-check warnings ([`id::IdWarning`]), 4900–4999 typed errors ([`FormError`]).

mod error;
pub mod id;
mod limits;
mod messages;
pub mod pattern;
pub mod schema;
mod spec;
mod validate;

pub use error::{FormError, Limit, SpecProblem};
pub use limits::FormLimits;
pub use messages::{CatalogueEntry, ViolationCode, catalogue};
pub use pattern::{Pattern, PatternError};
pub use spec::{Condition, Field, FieldType, FormSpec, IdFormat, Rule, SelectOption, Text};
pub use validate::{Form, MAX_GROUP_DEPTH, Report, Severity, Violation};

/// JSON Schema (draft 2020-12) of a [`FormSpec`] document (the e-form definition itself, as a
/// catalogue carries it), generated with schemars. Not to be confused with
/// [`FormSpec::json_schema`], the schema of the documents a form accepts.
///
/// ```
/// let s = motcua::form::form_spec_json_schema();
/// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
#[cfg(feature = "schema")]
pub fn form_spec_json_schema() -> serde_json::Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(FormSpec)).unwrap_or(serde_json::Value::Null);
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("title".into(), "motcua form specification".into());
    }
    schema
}
