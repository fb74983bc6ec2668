//! The form specification: plain serde data, so a procedure catalogue can carry its e-forms
//! as JSON.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Lang;

/// A text in Vietnamese, optionally with an English translation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Vietnamese.
    pub vi: String,
    /// English (falls back to the Vietnamese text when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    /// The text in a language (Vietnamese when no English is given).
    ///
    /// ```
    /// use motcua::{form::Text, Lang};
    /// let t = Text { vi: "Họ tên".into(), en: None };
    /// assert_eq!(t.get(Lang::En), "Họ tên"); // falls back to Vietnamese
    /// ```
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) => en,
            _ => &self.vi,
        }
    }
}

/// The type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    /// A JSON string. Rules: `min_length`, `max_length` (in characters), `pattern`, `format`.
    Text,
    /// A JSON number. Rules: `min`, `max` (inclusive), `integer`.
    Number,
    /// A `YYYY-MM-DD` string that is a real calendar date. Rules: `min_date`, `max_date`.
    Date,
    /// One of `options` (a string), or with `multiple` an array of distinct options
    /// (`min_items`, `max_items`).
    Select,
    /// A JSON boolean. `required` means it must be ticked (`true`), as in HTML.
    Checkbox,
    /// A file reference `{"id", "name", "mime"?, "size"?}` (the file itself is uploaded
    /// elsewhere), or with `multiple` an array of them. Rules: `accept`, `max_size`.
    File,
    /// A nested object of `fields` (with its own `rules`), or with `repeat` an array of such
    /// objects (`min_items`, `max_items`): e.g. the household members moving with the applicant.
    Group,
}

/// Identifier formats a text field can require (see [`crate::form::id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IdFormat {
    /// 12-digit personal number ([`validate_cccd`](crate::form::id::validate_cccd)), with the
    /// soft checks as warnings.
    Cccd,
    /// 9-digit legacy identity card.
    Cmnd,
    /// CCCD or CMND.
    PersonalId,
    /// Tax code ([`validate_mst`](crate::form::id::validate_mst)).
    Mst,
    /// Mobile number.
    Mobile,
    /// Fixed-line number.
    FixedPhone,
    /// Mobile or fixed-line number.
    Phone,
    /// E-mail address.
    Email,
    /// Dossier code `<agency code>-YYMMDD-NNNN`.
    DossierCode,
    /// Agency code (either format).
    AgencyCode,
}

impl IdFormat {
    /// The snake_case name used in JSON.
    ///
    /// ```
    /// use motcua::form::IdFormat;
    /// assert_eq!(IdFormat::DossierCode.as_str(), "dossier_code");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            IdFormat::Cccd => "cccd",
            IdFormat::Cmnd => "cmnd",
            IdFormat::PersonalId => "personal_id",
            IdFormat::Mst => "mst",
            IdFormat::Mobile => "mobile",
            IdFormat::FixedPhone => "fixed_phone",
            IdFormat::Phone => "phone",
            IdFormat::Email => "email",
            IdFormat::DossierCode => "dossier_code",
            IdFormat::AgencyCode => "agency_code",
        }
    }
}

/// One option of a select field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SelectOption {
    /// The value sent in the document.
    pub value: String,
    /// What the applicant sees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

/// A condition on a sibling field (same object): "has a value", or "equals this value".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Name of a sibling field.
    pub field: String,
    /// When given, the condition holds when the sibling equals this value; otherwise when the
    /// sibling has a value (present, not `null`, `""`, `[]` or, for a checkbox, `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<serde_json::Value>,
}

/// A rule on several fields of the same object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// At least one of `fields` has a value; with `exclusive`, exactly one.
    OneOf {
        /// Names of sibling fields.
        fields: Vec<String>,
        /// Exactly one instead of at least one.
        #[serde(default)]
        exclusive: bool,
    },
}

/// One field of a form (or of a group). Which properties apply depends on `type`; a property
/// that does not apply is a specification problem, reported when the form is compiled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Key in the document: letters, digits and `_` (`ho_ten`, `so_cccd`).
    pub name: String,
    /// The field type.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Label shown to the applicant and used in messages (the name when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Must have a value.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Must have a value when the condition holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_if: Option<Condition>,
    /// Text: minimum length in characters (Unicode code points, as JSON Schema counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    /// Text: maximum length in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// Text: a regular expression (ECMA-262 subset, not anchored; see
    /// [`Pattern`](crate::form::Pattern)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Text: an identifier format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<IdFormat>,
    /// Text with format `cccd`: a sibling date field holding the birth date, for the soft check
    /// of the birth year encoded in the number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date_field: Option<String>,
    /// Number: minimum (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Number: maximum (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Number: must be a whole number.
    #[serde(default, skip_serializing_if = "is_false")]
    pub integer: bool,
    /// Date: earliest date allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_date: Option<NaiveDate>,
    /// Date: latest date allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_date: Option<NaiveDate>,
    /// Select: the options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<SelectOption>,
    /// Select or file: an array of values instead of one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub multiple: bool,
    /// Multiple select, multiple file, repeating group: fewest items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u32>,
    /// Multiple select, multiple file, repeating group: most items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u32>,
    /// File: accepted media types, exact (`application/pdf`) or by family (`image/*`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    /// File: largest size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size: Option<u64>,
    /// Group: the nested fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    /// Group: rules on the nested fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Group: an array of objects instead of one object.
    #[serde(default, skip_serializing_if = "is_false")]
    pub repeat: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Field {
    /// A field of the given name and type with no rules (a starting point for builders).
    ///
    /// ```
    /// use motcua::form::{Field, FieldType};
    /// let f = Field::new("ho_ten", FieldType::Text);
    /// assert!(!f.required);
    /// ```
    pub fn new(name: &str, kind: FieldType) -> Field {
        Field {
            name: name.to_owned(),
            kind,
            label: None,
            required: false,
            required_if: None,
            min_length: None,
            max_length: None,
            pattern: None,
            format: None,
            birth_date_field: None,
            min: None,
            max: None,
            integer: false,
            min_date: None,
            max_date: None,
            options: Vec::new(),
            multiple: false,
            min_items: None,
            max_items: None,
            accept: Vec::new(),
            max_size: None,
            fields: Vec::new(),
            rules: Vec::new(),
            repeat: false,
        }
    }
}

/// A form: the e-form (tờ khai điện tử) of a procedure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormSpec {
    /// Identifier, e.g. `"1.001193/to-khai-khai-sinh"`.
    pub id: String,
    /// Title shown to the applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// Version of the form (e.g. the circular that prescribes it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The top-level fields.
    pub fields: Vec<Field>,
    /// Rules on the top-level fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Accept members that no field describes (default: each is a violation).
    #[serde(default, skip_serializing_if = "is_false")]
    pub additional_fields: bool,
}
