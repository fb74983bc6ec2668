//! Compiling a [`FormSpec`] into a [`Form`] and validating documents against it.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};

use super::error::{FormError, SpecProblem};
use super::id::{self, IdError, IdWarning};
use super::limits::FormLimits;
use super::messages::ViolationCode;
use super::pattern::Pattern;
use super::spec::{Condition, Field, FieldType, FormSpec, IdFormat, Rule, Text};
use crate::error::{Lang, Localized};

/// How serious a violation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A soft check: shown to the applicant or officer, never blocks the dossier.
    Warning,
    /// The document is not valid.
    Error,
}

/// One violation of a form rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// JSON pointer (RFC 6901) to the value, e.g. `/thanh_vien/2/so_cccd`; `""` is the root.
    pub pointer: String,
    /// Stable numeric code (4001–4099 form rules, 4101–4199 identifiers, 4201–4299 warnings).
    pub code: u32,
    /// Machine-readable name of the code, e.g. `"form.required"`.
    pub name: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Message in Vietnamese.
    pub message: String,
    /// Message in English.
    pub message_en: String,
}

impl Violation {
    /// The message in a language.
    ///
    /// ```
    /// use motcua::{form::Form, Lang};
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "text", "required": true}]}"#)?;
    /// let r = form.validate(&serde_json::json!({}))?;
    /// assert_eq!(r.violations[0].message(Lang::En), "«a» is required");
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn message(&self, lang: Lang) -> &str {
        lang.pick(&self.message, &self.message_en)
    }
}

/// The result of validating a document: every violation, in document order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Report {
    /// No violation of severity [`Severity::Error`].
    pub valid: bool,
    /// Every violation and warning.
    pub violations: Vec<Violation>,
}

impl Report {
    /// The violations of severity error.
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "text", "format": "cccd"}]}"#)?;
    /// let r = form.validate(&serde_json::json!({"a": "123"}))?;
    /// assert_eq!(r.errors().count(), 1);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }

    /// The warnings.
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "text", "format": "cccd"}]}"#)?;
    /// let r = form.validate(&serde_json::json!({"a": "099099012345"}))?; // unknown province 099
    /// assert!(r.valid);
    /// assert_eq!(r.warnings().next().map(|w| w.code), Some(4201));
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Warning)
    }

    /// The codes of every violation, in order (handy in tests).
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "number", "max": 1}]}"#)?;
    /// assert_eq!(form.validate(&serde_json::json!({"a": 2, "b": 0}))?.codes(), [4007, 4016]);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn codes(&self) -> Vec<u32> {
        self.violations.iter().map(|v| v.code).collect()
    }

    /// The report as JSON text: exactly `serde_json::to_string(&report)` (same keys, order and
    /// escapes), written in one pass into a buffer sized up front. The bindings return this
    /// text (the C ABI as is, the WASM package through `JSON.parse`); it runs once per
    /// validation, so it avoids the generic serializer's per-byte work.
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "number", "max": 1}]}"#)?;
    /// let r = form.validate(&serde_json::json!({"a": 2}))?;
    /// assert_eq!(r.to_json(), serde_json::to_string(&r)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        let size: usize = self
            .violations
            .iter()
            .map(|v| 96 + v.pointer.len() + v.name.len() + v.message.len() + v.message_en.len())
            .sum();
        let mut out = String::with_capacity(32 + size + size / 8);
        out.push_str(if self.valid {
            r#"{"valid":true,"violations":["#
        } else {
            r#"{"valid":false,"violations":["#
        });
        for (i, v) in self.violations.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(r#"{"pointer":"#);
            crate::text::json_str(&mut out, &v.pointer);
            out.push_str(r#","code":"#);
            // Writing to a `String` cannot fail.
            let _ = write!(out, "{}", v.code);
            out.push_str(r#","name":"#);
            crate::text::json_str(&mut out, v.name);
            out.push_str(match v.severity {
                Severity::Warning => r#","severity":"warning","message":"#,
                Severity::Error => r#","severity":"error","message":"#,
            });
            crate::text::json_str(&mut out, &v.message);
            out.push_str(r#","message_en":"#);
            crate::text::json_str(&mut out, &v.message_en);
            out.push('}');
        }
        out.push_str("]}");
        out
    }
}

/// Escapes one reference token of a JSON pointer.
fn push_token(out: &mut String, t: &str) {
    out.push('/');
    // Field names rarely need escaping: copied whole when they do not.
    if !t.contains(['~', '/']) {
        out.push_str(t);
        return;
    }
    for c in t.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

pub(crate) fn pointer_of<'a>(tokens: impl Iterator<Item = &'a str>) -> String {
    let mut s = String::new();
    for t in tokens {
        push_token(&mut s, t);
    }
    s
}

#[derive(Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn pointer(path: &[Seg<'_>]) -> String {
    let mut s = String::with_capacity(path.len() * 16);
    for seg in path {
        match seg {
            Seg::Key(k) => push_token(&mut s, k),
            Seg::Index(i) => {
                s.push('/');
                s.push_str(&i.to_string());
            }
        }
    }
    s
}

#[derive(Debug, Clone)]
struct CField {
    name: String,
    label_vi: String,
    label_en: String,
    required: bool,
    required_if: Option<(usize, Option<Value>)>,
    kind: CKind,
}

#[derive(Debug, Clone)]
enum CKind {
    Text {
        min: Option<u32>,
        max: Option<u32>,
        pattern: Option<Pattern>,
        format: Option<IdFormat>,
        birth: Option<usize>,
    },
    Number {
        min: Option<f64>,
        max: Option<f64>,
        integer: bool,
    },
    Date {
        min: Option<NaiveDate>,
        max: Option<NaiveDate>,
    },
    Select {
        options: Vec<String>,
        items: Option<Items>,
    },
    Checkbox,
    File {
        accept: Vec<String>,
        max_size: Option<u64>,
        items: Option<Items>,
    },
    Group {
        group: CGroup,
        items: Option<Items>,
    },
}

/// `Some` for the array forms (multiple select/file, repeating group).
#[derive(Debug, Clone, Copy)]
struct Items {
    min: Option<u32>,
    max: Option<u32>,
}

#[derive(Debug, Clone)]
struct CGroup {
    fields: Vec<CField>,
    sorted_names: Vec<String>,
    rules: Vec<(Vec<usize>, bool)>,
    additional: bool,
}

/// A compiled, immutable form: validates documents. Build it once per form and share it
/// across threads.
///
/// ```
/// use motcua::form::{Form, FormSpec};
/// use serde_json::json;
///
/// let spec: FormSpec = serde_json::from_value(json!({
///     "id": "demo",
///     "fields": [
///         {"name": "ho_ten", "type": "text", "label": {"vi": "Họ và tên", "en": "Full name"},
///          "required": true, "max_length": 100},
///         {"name": "so_cccd", "type": "text", "format": "cccd", "required": true},
///         {"name": "dien_thoai", "type": "text", "format": "mobile"}
///     ]
/// }))?;
/// let form = Form::new(spec)?;
/// let report = form.validate(&json!({"so_cccd": "12345", "dien_thoai": "0912345678"}))?;
/// assert!(!report.valid);
/// assert_eq!(report.codes(), [4001, 4111]); // every violation, not just the first
/// assert_eq!(report.violations[0].pointer, "/ho_ten");
/// assert_eq!(report.violations[0].message, "«Họ và tên» là thông tin bắt buộc");
/// // Malformed JSON text is a typed error, not a violation:
/// assert_eq!(form.validate_json("{").unwrap_err().code(), 4903);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Form {
    spec: FormSpec,
    root: CGroup,
    limits: FormLimits,
}

/// Deepest nesting of groups in a specification.
pub const MAX_GROUP_DEPTH: usize = 8;

struct Compiler {
    problems: Vec<SpecProblem>,
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

impl Compiler {
    fn problem(&mut self, pointer: String, detail: String, detail_vi: String) {
        self.problems.push(SpecProblem {
            pointer,
            detail,
            detail_vi,
        });
    }

    fn group(
        &mut self,
        fields: &[Field],
        rules: &[Rule],
        additional: bool,
        at: &str,
        depth: usize,
    ) -> CGroup {
        if fields.is_empty() {
            self.problem(
                format!("{at}/fields"),
                "a form or group needs at least one field".into(),
                "biểu mẫu hoặc nhóm phải có ít nhất một trường".into(),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, f) in fields.iter().enumerate() {
            if !is_name(&f.name) {
                self.problem(
                    format!("{at}/fields/{i}/name"),
                    format!(
                        "field name {:?} must be 1–64 ASCII letters, digits, _ or -",
                        f.name
                    ),
                    format!(
                        "tên trường {:?} phải gồm 1–64 chữ cái, chữ số ASCII, _ hoặc -",
                        f.name
                    ),
                );
            }
            if !seen.insert(f.name.as_str()) {
                self.problem(
                    format!("{at}/fields/{i}/name"),
                    format!("duplicate field name {:?}", f.name),
                    format!("tên trường {:?} bị trùng", f.name),
                );
            }
        }
        let index = |name: &str| fields.iter().position(|f| f.name == name);
        let compiled = fields
            .iter()
            .enumerate()
            .map(|(i, f)| self.field(f, fields, &format!("{at}/fields/{i}"), depth))
            .collect();
        let mut crules = Vec::new();
        for (r, rule) in rules.iter().enumerate() {
            let Rule::OneOf {
                fields: names,
                exclusive,
            } = rule;
            if names.len() < 2 {
                self.problem(
                    format!("{at}/rules/{r}/fields"),
                    "one_of needs at least two fields".into(),
                    "quy tắc one_of cần ít nhất hai trường".into(),
                );
            }
            let mut idx = Vec::new();
            for (k, n) in names.iter().enumerate() {
                match index(n) {
                    Some(i) => idx.push(i),
                    None => self.problem(
                        format!("{at}/rules/{r}/fields/{k}"),
                        format!("no field named {n:?} here"),
                        format!("không có trường tên {n:?} ở cấp này"),
                    ),
                }
            }
            crules.push((idx, *exclusive));
        }
        let mut sorted_names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
        sorted_names.sort_unstable();
        CGroup {
            fields: compiled,
            sorted_names,
            rules: crules,
            additional,
        }
    }

    fn field(&mut self, f: &Field, siblings: &[Field], at: &str, depth: usize) -> CField {
        let t = f.kind;
        // Properties that do not apply to the type.
        let mut stray = Vec::new();
        let mut check = |set: bool, name: &'static str, applies: bool| {
            if set && !applies {
                stray.push(name);
            }
        };
        use FieldType as T;
        let multi = matches!(t, T::Select | T::File) && f.multiple || t == T::Group && f.repeat;
        check(f.min_length.is_some(), "min_length", t == T::Text);
        check(f.max_length.is_some(), "max_length", t == T::Text);
        check(f.pattern.is_some(), "pattern", t == T::Text);
        check(f.format.is_some(), "format", t == T::Text);
        check(
            f.birth_date_field.is_some(),
            "birth_date_field",
            t == T::Text,
        );
        check(f.min.is_some(), "min", t == T::Number);
        check(f.max.is_some(), "max", t == T::Number);
        check(f.integer, "integer", t == T::Number);
        check(f.min_date.is_some(), "min_date", t == T::Date);
        check(f.max_date.is_some(), "max_date", t == T::Date);
        check(!f.options.is_empty(), "options", t == T::Select);
        check(f.multiple, "multiple", matches!(t, T::Select | T::File));
        check(f.min_items.is_some(), "min_items", multi);
        check(f.max_items.is_some(), "max_items", multi);
        check(!f.accept.is_empty(), "accept", t == T::File);
        check(f.max_size.is_some(), "max_size", t == T::File);
        check(!f.fields.is_empty(), "fields", t == T::Group);
        check(!f.rules.is_empty(), "rules", t == T::Group);
        check(f.repeat, "repeat", t == T::Group);
        for name in stray {
            self.problem(
                format!("{at}/{name}"),
                format!("{name} does not apply to a {t:?} field"),
                format!("thuộc tính {name} không áp dụng cho trường kiểu {t:?}"),
            );
        }
        let order = |c: &mut Compiler, lo: bool, name: &str| {
            if !lo {
                c.problem(
                    format!("{at}/{name}"),
                    format!("{name} is below its minimum counterpart"),
                    format!("{name} nhỏ hơn giá trị tối thiểu tương ứng"),
                );
            }
        };
        order(self, ordered(f.min_length, f.max_length), "max_length");
        order(self, ordered(f.min_items, f.max_items), "max_items");
        order(self, ordered(f.min_date, f.max_date), "max_date");
        match (f.min, f.max) {
            (Some(a), Some(b)) if a.partial_cmp(&b) != Some(std::cmp::Ordering::Less) && a != b => {
                order(self, false, "max")
            }
            _ => {}
        }
        for (name, v) in [("min", f.min), ("max", f.max)] {
            if v.is_some_and(|x| !x.is_finite()) {
                self.problem(
                    format!("{at}/{name}"),
                    "must be a finite number".into(),
                    "phải là số hữu hạn".into(),
                );
            }
        }
        let sibling = |c: &mut Compiler, name: &str, ptr: String| {
            let i = siblings.iter().position(|s| s.name == name);
            if i.is_none() || name == f.name {
                c.problem(
                    ptr,
                    format!("no other field named {name:?} at this level"),
                    format!("không có trường khác tên {name:?} ở cấp này"),
                );
                return None;
            }
            i
        };
        let required_if = f
            .required_if
            .as_ref()
            .and_then(|Condition { field, equals }| {
                sibling(self, field, format!("{at}/required_if/field")).map(|i| (i, equals.clone()))
            });
        let items = multi.then_some(Items {
            min: f.min_items,
            max: f.max_items,
        });
        let kind = match t {
            T::Text => {
                let pattern = f.pattern.as_deref().and_then(|p| match Pattern::new(p) {
                    Ok(p) => Some(p),
                    Err(e) => {
                        self.problem(
                            format!("{at}/pattern"),
                            format!("pattern rejected at character {}: {}", e.at, e.detail),
                            format!("mẫu không hợp lệ tại ký tự {}: {}", e.at, e.detail_vi),
                        );
                        None
                    }
                });
                let birth = f.birth_date_field.as_deref().and_then(|b| {
                    let i = sibling(self, b, format!("{at}/birth_date_field"))?;
                    let is_date = siblings.get(i).is_some_and(|s| s.kind == T::Date);
                    let is_cccd = matches!(f.format, Some(IdFormat::Cccd | IdFormat::PersonalId));
                    if !is_date || !is_cccd {
                        self.problem(
                            format!("{at}/birth_date_field"),
                            "birth_date_field needs format cccd or personal_id and a date sibling".into(),
                            "birth_date_field cần định dạng cccd hoặc personal_id và một trường ngày cùng cấp".into(),
                        );
                        return None;
                    }
                    Some(i)
                });
                CKind::Text {
                    min: f.min_length,
                    max: f.max_length,
                    pattern,
                    format: f.format,
                    birth,
                }
            }
            T::Number => CKind::Number {
                min: f.min,
                max: f.max,
                integer: f.integer,
            },
            T::Date => CKind::Date {
                min: f.min_date,
                max: f.max_date,
            },
            T::Select => {
                let mut seen = BTreeSet::new();
                if f.options.is_empty() {
                    self.problem(
                        format!("{at}/options"),
                        "a select needs options".into(),
                        "trường lựa chọn cần có danh sách lựa chọn".into(),
                    );
                }
                for (k, o) in f.options.iter().enumerate() {
                    if o.value.is_empty() || !seen.insert(o.value.as_str()) {
                        self.problem(
                            format!("{at}/options/{k}/value"),
                            "option values must be non-empty and distinct".into(),
                            "giá trị lựa chọn phải khác rỗng và không trùng nhau".into(),
                        );
                    }
                }
                CKind::Select {
                    options: f.options.iter().map(|o| o.value.clone()).collect(),
                    items,
                }
            }
            T::Checkbox => CKind::Checkbox,
            T::File => {
                for (k, a) in f.accept.iter().enumerate() {
                    let ok = a.split_once('/').is_some_and(|(x, y)| {
                        !x.is_empty()
                            && !y.is_empty()
                            && x != "*"
                            && !x.contains('*')
                            && (y == "*" || !y.contains('*'))
                    });
                    if !ok {
                        self.problem(
                            format!("{at}/accept/{k}"),
                            "a media type is type/subtype or type/*".into(),
                            "kiểu tệp có dạng type/subtype hoặc type/*".into(),
                        );
                    }
                }
                CKind::File {
                    accept: f.accept.clone(),
                    max_size: f.max_size,
                    items,
                }
            }
            T::Group => {
                if depth + 1 > MAX_GROUP_DEPTH {
                    self.problem(
                        format!("{at}/fields"),
                        format!("groups nest deeper than {MAX_GROUP_DEPTH}"),
                        format!("nhóm lồng nhau sâu hơn {MAX_GROUP_DEPTH} cấp"),
                    );
                    CKind::Group {
                        group: CGroup {
                            fields: Vec::new(),
                            sorted_names: Vec::new(),
                            rules: Vec::new(),
                            additional: true,
                        },
                        items,
                    }
                } else {
                    CKind::Group {
                        group: self.group(&f.fields, &f.rules, false, at, depth + 1),
                        items,
                    }
                }
            }
        };
        let label = f.label.clone().unwrap_or_else(|| Text {
            vi: f.name.clone(),
            en: None,
        });
        CField {
            name: f.name.clone(),
            label_vi: label.vi.clone(),
            label_en: label.get(Lang::En).to_owned(),
            required: f.required,
            required_if,
            kind,
        }
    }
}

fn ordered<T: PartialOrd>(lo: Option<T>, hi: Option<T>) -> bool {
    match (lo, hi) {
        (Some(a), Some(b)) => a <= b,
        _ => true,
    }
}

/// Parses exactly `YYYY-MM-DD` (RFC 3339 full-date) into a real calendar date.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = s.as_bytes() else {
        return None;
    };
    let mut n = [0u32; 8];
    for (o, c) in n.iter_mut().zip([y0, y1, y2, y3, m0, m1, d0, d1]) {
        if !c.is_ascii_digit() {
            return None;
        }
        *o = u32::from(c - b'0');
    }
    let [a, b, c, d, e, f, g, h] = n;
    let year = i32::try_from(a * 1000 + b * 100 + c * 10 + d).ok()?;
    NaiveDate::from_ymd_opt(year, e * 10 + f, g * 10 + h)
}

/// Does the value count as "no value" for this field?
fn is_empty(kind: &CKind, v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Bool(false)) => matches!(kind, CKind::Checkbox),
        _ => false,
    }
}

fn mime_accepted(accept: &[String], mime: &str) -> bool {
    accept.iter().any(|a| match a.strip_suffix("/*") {
        Some(family) => mime
            .strip_prefix(family)
            .is_some_and(|rest| rest.starts_with('/') && rest.len() > 1),
        None => a == mime,
    })
}

/// `«label»: message`, the message of an identifier check on a field.
fn labelled(label: &str, message: &str) -> String {
    let mut s = String::with_capacity(label.len() + message.len() + 6);
    s.push('«');
    s.push_str(label);
    s.push_str("»: ");
    s.push_str(message);
    s
}

struct Run<'a> {
    out: Vec<Violation>,
    path: Vec<Seg<'a>>,
}

impl<'a> Run<'a> {
    fn push(&mut self, f: &CField, code: ViolationCode, n: (&str, &str), other: (&str, &str)) {
        let (message, message_en) = code.render((&f.label_vi, &f.label_en), n, other);
        self.out.push(Violation {
            pointer: pointer(&self.path),
            code: code.code(),
            name: code.name(),
            severity: Severity::Error,
            message,
            message_en,
        });
    }

    fn simple(&mut self, f: &CField, code: ViolationCode) {
        self.push(f, code, ("", ""), ("", ""));
    }

    fn num(&mut self, f: &CField, code: ViolationCode, n: impl ToString) {
        let n = n.to_string();
        self.push(f, code, (&n, &n), ("", ""));
    }

    fn id_error(&mut self, f: &CField, e: &IdError) {
        self.out.push(Violation {
            pointer: pointer(&self.path),
            code: e.code(),
            name: e.name(),
            severity: Severity::Error,
            message: labelled(&f.label_vi, &e.message(Lang::Vi)),
            message_en: labelled(&f.label_en, &e.message(Lang::En)),
        });
    }

    fn id_warning(&mut self, f: &CField, w: &IdWarning) {
        self.out.push(Violation {
            pointer: pointer(&self.path),
            code: w.code(),
            name: w.name(),
            severity: Severity::Warning,
            message: labelled(&f.label_vi, &w.message(Lang::Vi)),
            message_en: labelled(&f.label_en, &w.message(Lang::En)),
        });
    }

    fn wrong_type(&mut self, f: &CField, vi: &str, en: &str) {
        self.push(f, ViolationCode::WrongType, (vi, en), ("", ""));
    }

    fn group(&mut self, g: &'a CGroup, v: &'a Value, owner: Option<&CField>) {
        let Some(obj) = v.as_object() else {
            match owner {
                Some(f) => self.wrong_type(f, "một đối tượng", "an object"),
                None => {
                    let root = CField {
                        name: String::new(),
                        label_vi: "Tờ khai".into(),
                        label_en: "The form".into(),
                        required: false,
                        required_if: None,
                        kind: CKind::Checkbox,
                    };
                    self.wrong_type(&root, "một đối tượng JSON", "a JSON object");
                }
            }
            return;
        };
        for f in &g.fields {
            let value = obj.get(&f.name);
            self.path.push(Seg::Key(&f.name));
            if is_empty(&f.kind, value) {
                self.empty(g, f, obj);
            } else if let Some(value) = value {
                self.value(g, f, value, obj);
            }
            self.path.pop();
        }
        if !g.additional {
            for k in obj.keys() {
                if g.sorted_names.binary_search(k).is_err() {
                    self.path.push(Seg::Key(k));
                    let (message, message_en) =
                        ViolationCode::UnknownField.render((k, k), ("", ""), ("", ""));
                    self.out.push(Violation {
                        pointer: pointer(&self.path),
                        code: ViolationCode::UnknownField.code(),
                        name: ViolationCode::UnknownField.name(),
                        severity: Severity::Error,
                        message,
                        message_en,
                    });
                    self.path.pop();
                }
            }
        }
        for (fields, exclusive) in &g.rules {
            let present = fields
                .iter()
                .filter_map(|&i| g.fields.get(i))
                .filter(|f| !is_empty(&f.kind, obj.get(&f.name)))
                .count();
            let code = match (present, exclusive) {
                (0, _) => ViolationCode::OneOfNone,
                (1, _) | (_, false) => continue,
                _ => ViolationCode::OneOfMany,
            };
            let names = |vi: bool| {
                fields
                    .iter()
                    .filter_map(|&i| g.fields.get(i))
                    .map(|f| format!("«{}»", if vi { &f.label_vi } else { &f.label_en }))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let (nv, ne) = (names(true), names(false));
            let (message, message_en) = code.render(("", ""), (&nv, &ne), ("", ""));
            self.out.push(Violation {
                pointer: pointer(&self.path),
                code: code.code(),
                name: code.name(),
                severity: Severity::Error,
                message,
                message_en,
            });
        }
    }

    fn empty(&mut self, g: &CGroup, f: &CField, obj: &Map<String, Value>) {
        if f.required {
            let code = match f.kind {
                CKind::Checkbox => ViolationCode::MustBeChecked,
                _ => ViolationCode::Required,
            };
            self.simple(f, code);
            return;
        }
        let Some((i, equals)) = &f.required_if else {
            return;
        };
        let Some(other) = g.fields.get(*i) else {
            return;
        };
        let ov = obj.get(&other.name);
        let holds = match equals {
            Some(e) => ov == Some(e),
            None => !is_empty(&other.kind, ov),
        };
        if holds {
            self.push(
                f,
                ViolationCode::RequiredIf,
                ("", ""),
                (&other.label_vi, &other.label_en),
            );
        }
    }

    fn items(&mut self, f: &CField, items: &Items, len: usize) {
        if let Some(min) = items.min {
            if len < min as usize {
                self.num(f, ViolationCode::TooFewItems, min);
            }
        }
        if let Some(max) = items.max {
            if len > max as usize {
                self.num(f, ViolationCode::TooManyItems, max);
            }
        }
    }

    fn value(&mut self, g: &CGroup, f: &'a CField, v: &'a Value, obj: &Map<String, Value>) {
        match &f.kind {
            CKind::Text {
                min,
                max,
                pattern,
                format,
                birth,
            } => {
                let Some(s) = v.as_str() else {
                    return self.wrong_type(f, "một chuỗi ký tự", "a string");
                };
                if min.is_some() || max.is_some() {
                    let n = s.chars().count();
                    if let Some(m) = min.filter(|&m| n < m as usize) {
                        self.num(f, ViolationCode::TooShort, m);
                    }
                    if let Some(m) = max.filter(|&m| n > m as usize) {
                        self.num(f, ViolationCode::TooLong, m);
                    }
                }
                if pattern.as_ref().is_some_and(|p| !p.is_match(s)) {
                    self.simple(f, ViolationCode::PatternMismatch);
                }
                if let Some(fmt) = format {
                    self.format(g, f, *fmt, s, *birth, obj);
                }
            }
            CKind::Number { min, max, integer } => {
                let Some(x) = v.as_f64() else {
                    return self.wrong_type(f, "một số", "a number");
                };
                if *integer && x.fract() != 0.0 {
                    self.simple(f, ViolationCode::NotInteger);
                }
                if let Some(m) = min.filter(|&m| x < m) {
                    self.num(f, ViolationCode::BelowMinimum, crate::text::number(m));
                }
                if let Some(m) = max.filter(|&m| x > m) {
                    self.num(f, ViolationCode::AboveMaximum, crate::text::number(m));
                }
            }
            CKind::Date { min, max } => {
                let Some(d) = v.as_str().and_then(parse_date) else {
                    return self.simple(f, ViolationCode::InvalidDate);
                };
                if let Some(m) = min.filter(|&m| d < m) {
                    self.num(f, ViolationCode::DateTooEarly, m);
                }
                if let Some(m) = max.filter(|&m| d > m) {
                    self.num(f, ViolationCode::DateTooLate, m);
                }
            }
            CKind::Select { options, items } => match (items, v) {
                (None, Value::String(s)) => {
                    if !options.contains(s) {
                        self.simple(f, ViolationCode::NotAnOption);
                    }
                }
                (None, _) => self.wrong_type(f, "một chuỗi ký tự", "a string"),
                (Some(items), Value::Array(a)) => {
                    self.items(f, items, a.len());
                    let mut seen: Vec<&str> = Vec::with_capacity(a.len());
                    let mut dup = false;
                    for (k, x) in a.iter().enumerate() {
                        self.path.push(Seg::Index(k));
                        match x.as_str() {
                            Some(s) if options.iter().any(|o| o == s) => {
                                dup |= seen.contains(&s);
                                seen.push(s);
                            }
                            Some(_) => self.simple(f, ViolationCode::NotAnOption),
                            None => self.wrong_type(f, "một chuỗi ký tự", "a string"),
                        }
                        self.path.pop();
                    }
                    if dup {
                        self.simple(f, ViolationCode::DuplicateItem);
                    }
                }
                (Some(_), _) => self.wrong_type(f, "một mảng", "an array"),
            },
            CKind::Checkbox => {
                if !v.is_boolean() {
                    self.wrong_type(f, "true hoặc false", "true or false");
                }
            }
            CKind::File {
                accept,
                max_size,
                items,
            } => match (items, v) {
                (None, _) => self.file(f, accept, *max_size, v),
                (Some(items), Value::Array(a)) => {
                    self.items(f, items, a.len());
                    for (k, x) in a.iter().enumerate() {
                        self.path.push(Seg::Index(k));
                        self.file(f, accept, *max_size, x);
                        self.path.pop();
                    }
                }
                (Some(_), _) => self.wrong_type(f, "một mảng", "an array"),
            },
            CKind::Group { group, items } => match (items, v) {
                (None, _) => self.group(group, v, Some(f)),
                (Some(items), Value::Array(a)) => {
                    self.items(f, items, a.len());
                    for (k, x) in a.iter().enumerate() {
                        self.path.push(Seg::Index(k));
                        self.group(group, x, Some(f));
                        self.path.pop();
                    }
                }
                (Some(_), _) => self.wrong_type(f, "một mảng", "an array"),
            },
        }
    }

    fn file(&mut self, f: &CField, accept: &[String], max_size: Option<u64>, v: &Value) {
        let Some(o) = v.as_object() else {
            return self.simple(f, ViolationCode::InvalidFileReference);
        };
        let non_empty_str = |k: &str| {
            o.get(k)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty())
        };
        let mime = o.get("mime");
        let size = o.get("size");
        let well_formed = non_empty_str("id")
            && non_empty_str("name")
            && mime.is_none_or(Value::is_string)
            && size.is_none_or(|s| {
                s.as_u64().is_some() || s.as_f64().is_some_and(|x| x >= 0.0 && x.fract() == 0.0)
            })
            && o.keys()
                .all(|k| matches!(k.as_str(), "id" | "name" | "mime" | "size"));
        if !well_formed {
            return self.simple(f, ViolationCode::InvalidFileReference);
        }
        if !accept.is_empty()
            && !mime
                .and_then(Value::as_str)
                .is_some_and(|m| mime_accepted(accept, m))
        {
            let list = accept.join(", ");
            self.push(
                f,
                ViolationCode::FileTypeNotAccepted,
                (&list, &list),
                ("", ""),
            );
        }
        if let Some(max) = max_size {
            if !size
                .and_then(Value::as_f64)
                .is_some_and(|s| s <= max as f64)
            {
                self.num(f, ViolationCode::FileTooLarge, max);
            }
        }
    }

    fn format(
        &mut self,
        g: &CGroup,
        f: &CField,
        fmt: IdFormat,
        s: &str,
        birth: Option<usize>,
        obj: &Map<String, Value>,
    ) {
        let r: Result<Option<id::Cccd>, IdError> = match fmt {
            IdFormat::Cccd => id::parse_cccd(s).map(Some),
            IdFormat::PersonalId => id::parse_personal_id(s).map(|_| id::parse_cccd(s).ok()),
            IdFormat::Cmnd => match s.len() == 9 && s.bytes().all(|c| c.is_ascii_digit()) {
                true => Ok(None),
                false => Err(IdError::CmndFormat),
            },
            IdFormat::Mst => id::parse_mst(s).map(|_| None),
            IdFormat::Mobile => id::parse_mobile(s).map(|_| None),
            IdFormat::FixedPhone => id::parse_fixed(s).map(|_| None),
            IdFormat::Phone => id::parse_phone(s).map(|_| None),
            IdFormat::Email => id::parse_email(s).map(|_| None),
            IdFormat::DossierCode => id::parse_dossier_code(s).map(|_| None),
            IdFormat::AgencyCode => id::parse_agency_code(s).map(|_| None),
        };
        match r {
            Err(e) => self.id_error(f, &e),
            Ok(Some(cccd)) => {
                let born = birth
                    .and_then(|i| g.fields.get(i))
                    .and_then(|b| obj.get(&b.name))
                    .and_then(Value::as_str)
                    .and_then(parse_date);
                for w in cccd.warnings(born, None) {
                    self.id_warning(f, &w);
                }
            }
            Ok(None) => {}
        }
    }
}

impl Form {
    /// Compiles a specification with the default [`FormLimits`]. Every problem of the
    /// specification is listed in one [`FormError::SpecInvalid`] (code 4902).
    ///
    /// ```
    /// use motcua::form::{Form, FormSpec};
    /// let spec: FormSpec = serde_json::from_str(r#"{"id": "x", "fields": [
    ///     {"name": "a", "type": "text", "min": 3},
    ///     {"name": "a", "type": "text", "pattern": "("}]}"#)?;
    /// let err = Form::new(spec).unwrap_err();
    /// assert_eq!(err.code(), 4902);
    /// assert!(err.message(motcua::Lang::En).contains("3 problem(s)"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(spec: FormSpec) -> Result<Form, crate::Error> {
        Form::with_limits(spec, FormLimits::default())
    }

    /// Compiles a specification with the given limits.
    ///
    /// ```
    /// use motcua::form::{Form, FormLimits, FormSpec};
    /// let spec: FormSpec = serde_json::from_str(r#"{"id": "x", "fields": [{"name": "a", "type": "text"}]}"#)?;
    /// let form = Form::with_limits(spec, FormLimits { max_bytes: 10, ..FormLimits::default() })?;
    /// assert_eq!(form.validate_json(r#"{"a": "0123456789"}"#).unwrap_err().code(), 4910);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_limits(spec: FormSpec, limits: FormLimits) -> Result<Form, crate::Error> {
        let mut c = Compiler {
            problems: Vec::new(),
        };
        let root = c.group(&spec.fields, &spec.rules, spec.additional_fields, "", 0);
        if !c.problems.is_empty() {
            return Err(FormError::SpecInvalid {
                form: spec.id.clone(),
                problems: c.problems,
            }
            .into());
        }
        Ok(Form { spec, root, limits })
    }

    /// Parses and compiles a JSON specification (at most [`FormLimits::max_bytes`] of the
    /// default limits).
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "checkbox", "required": true}]}"#)?;
    /// assert_eq!(form.validate(&serde_json::json!({"a": false}))?.codes(), [4020]);
    /// assert_eq!(Form::from_json(r#"{"id": "x"}"#).unwrap_err().code(), 4901);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Form, crate::Error> {
        Form::from_json_with_limits(text, FormLimits::default())
    }

    /// Parses and compiles a JSON specification of at most `limits.max_bytes` (4910,
    /// checked before parsing); the form then validates documents under `limits`.
    ///
    /// ```
    /// use motcua::form::{Form, FormLimits};
    /// let spec = r#"{"id": "x", "fields": [{"name": "a", "type": "text"}]}"#;
    /// let small = FormLimits { max_bytes: 16, ..FormLimits::default() };
    /// assert_eq!(Form::from_json_with_limits(spec, small).unwrap_err().code(), 4910);
    /// let form = Form::from_json_with_limits(spec, FormLimits { max_bytes: 100, ..small })?;
    /// assert_eq!(form.limits().max_bytes, 100);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json_with_limits(text: &str, limits: FormLimits) -> Result<Form, crate::Error> {
        if text.len() > limits.max_bytes {
            return Err(FormError::LimitExceeded {
                limit: super::error::Limit::Bytes,
                max: limits.max_bytes,
                at: None,
            }
            .into());
        }
        let spec: FormSpec = serde_json::from_str(text).map_err(|e| FormError::SpecParse {
            detail: e.to_string(),
        })?;
        Form::with_limits(spec, limits)
    }

    /// The specification this form was compiled from.
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "text"}]}"#)?;
    /// assert_eq!(form.spec().id, "x");
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn spec(&self) -> &FormSpec {
        &self.spec
    }

    /// The limits applied to documents.
    ///
    /// ```
    /// use motcua::form::{Form, FormLimits};
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "text"}]}"#)?;
    /// assert_eq!(*form.limits(), FormLimits::default());
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn limits(&self) -> &FormLimits {
        &self.limits
    }

    /// Validates a parsed document: first the limits (a typed error, fast), then every rule.
    /// Returns every violation, each with a JSON pointer, a stable code and vi/en messages.
    ///
    /// ```
    /// use motcua::form::Form;
    /// use serde_json::json;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [
    ///     {"name": "so_ban_sao", "type": "number", "integer": true, "min": 1, "max": 10},
    ///     {"name": "cap_ban_sao", "type": "checkbox"},
    ///     {"name": "so_luong", "type": "number", "required_if": {"field": "cap_ban_sao", "equals": true}}]}"#)?;
    /// let r = form.validate(&json!({"so_ban_sao": 11.5, "cap_ban_sao": true, "khac": 1}))?;
    /// assert_eq!(r.codes(), [4008, 4007, 4017, 4016]);
    /// assert_eq!(r.violations[3].pointer, "/khac");
    /// assert_eq!(form.validate(&json!([1]))?.codes(), [4005]); // the root must be an object
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn validate(&self, doc: &Value) -> Result<Report, crate::Error> {
        self.limits.check_value(doc)?;
        Ok(self.validate_unchecked(doc))
    }

    /// Validates JSON text: its size is checked before parsing, and the other limits while
    /// parsing.
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "email", "type": "text", "format": "email"}]}"#)?;
    /// assert!(form.validate_json(r#"{"email": "a@b.vn"}"#)?.valid);
    /// assert_eq!(form.validate_json(r#"{"email": "a@b"}"#)?.codes(), [4131]);
    /// assert_eq!(form.validate_json("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]").unwrap_err().code(), 4913);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn validate_json(&self, text: &str) -> Result<Report, crate::Error> {
        let doc = self.limits.parse_inner(text)?;
        Ok(self.validate_unchecked(&doc))
    }

    fn validate_unchecked(&self, doc: &Value) -> Report {
        let mut run = Run {
            out: Vec::new(),
            path: Vec::with_capacity(8),
        };
        run.group(&self.root, doc, None);
        Report {
            valid: run.out.iter().all(|v| v.severity != Severity::Error),
            violations: run.out,
        }
    }

    /// The JSON Schema (draft 2020-12) of the documents this form accepts; see
    /// [`FormSpec::json_schema`].
    ///
    /// ```
    /// use motcua::form::Form;
    /// let form = Form::from_json(r#"{"id": "x", "fields": [{"name": "a", "type": "checkbox", "required": true}]}"#)?;
    /// assert_eq!(form.json_schema()["required"][0], "a");
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn json_schema(&self) -> Value {
        self.spec.json_schema()
    }
}

impl FormSpec {
    /// Compiles this specification ([`Form::new`]).
    ///
    /// ```
    /// use motcua::form::FormSpec;
    /// let spec: FormSpec = serde_json::from_str(r#"{"id": "x", "fields": []}"#)?;
    /// assert_eq!(spec.compile().unwrap_err().code(), 4902); // a form needs a field
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compile(&self) -> Result<Form, crate::Error> {
        Form::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2023-2-01"), None);
        assert_eq!(parse_date("2023-02-01 "), None);
    }

    #[test]
    fn pointers_escape() {
        assert_eq!(
            pointer(&[Seg::Key("a/b"), Seg::Index(2), Seg::Key("~")]),
            "/a~1b/2/~0"
        );
    }

    #[test]
    fn mime() {
        let acc = vec!["image/*".to_owned(), "application/pdf".to_owned()];
        assert!(mime_accepted(&acc, "image/png"));
        assert!(mime_accepted(&acc, "application/pdf"));
        assert!(!mime_accepted(&acc, "image/"));
        assert!(!mime_accepted(&acc, "imagex/png"));
        assert!(!mime_accepted(&acc, "text/plain"));
    }
}

#[cfg(test)]
mod number_tests {
    #[test]
    fn bounds_read_as_written() {
        assert_eq!(crate::text::number(18.0), "18");
        assert_eq!(crate::text::number(-3.0), "-3");
        assert_eq!(crate::text::number(0.5), "0.5");
        assert_eq!(crate::text::number(2.25), "2.25");
        assert_eq!(crate::text::number(1e300), "1e+300");
        assert_eq!(crate::text::number(f64::NAN), "NaN");
    }
}
