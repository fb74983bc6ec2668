//! Export of a [`FormSpec`] as a JSON Schema (draft 2020-12) for frontends that use JSON
//! Schema tooling.
//!
//! The schema accepts every document the Rust validator accepts, and rejects every document
//! it rejects **wherever JSON Schema can express the rule**. What it cannot express is left to
//! the server (the schema is then weaker, never stricter), and marked with an `x-motcua-*`
//! annotation so a frontend can call the same check through the bindings:
//!
//! | Rule | In the schema |
//! |---|---|
//! | required, `required_if`, `one_of`, unknown fields | exact (`required`, `if`/`then`, `anyOf`/`not`, `additionalProperties`) |
//! | text length, `pattern`, number range, `integer`, options, items, file references | exact |
//! | date shape and validity | exact with format assertion on (`"format": "date"`); a pattern otherwise |
//! | `min_date` / `max_date` | not expressible: `x-motcua-min-date` / `x-motcua-max-date` |
//! | CCCD, CMND, personal id, phones, agency code | exact (`pattern`, `maxLength`) |
//! | tax code check digit, dossier-code date, e-mail details | weaker: the shape only (`pattern`, `"format": "email"`), plus `x-motcua-format` |
//! | CCCD soft checks | warnings, not validity: absent |
//!
//! "No value" (`null`, `""`, `[]`, and `false` for a checkbox) counts as absent, as in the Rust
//! validator.

use serde_json::{Map, Value, json};

use super::spec::{Condition, Field, FieldType, FormSpec, IdFormat, Rule};

const AGENCY: &str = r"([0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}|[A-Z][0-9]{2}(\.[0-9A-Z]+)*)";

/// The `pattern` that expresses an identifier format, and whether it is exact.
fn format_pattern(f: IdFormat) -> (String, bool) {
    let (p, exact) = match f {
        IdFormat::Cccd => ("^[0-9]{12}$".to_owned(), true),
        IdFormat::Cmnd => ("^[0-9]{9}$".to_owned(), true),
        IdFormat::PersonalId => ("^([0-9]{9}|[0-9]{12})$".to_owned(), true),
        IdFormat::Mst => (
            "^([0-9]{10}|[0-9]{12}|[0-9]{10}-?[0-9]{3})$".to_owned(),
            false,
        ),
        IdFormat::Mobile => (r"^(0|\+84)[35789][0-9]{8}$".to_owned(), true),
        IdFormat::FixedPhone => (r"^(0|\+84)2[0-9]{9}$".to_owned(), true),
        IdFormat::Phone => (r"^(0|\+84)([35789][0-9]{8}|2[0-9]{9})$".to_owned(), true),
        IdFormat::Email => (r"^[^@\s]+@[^@\s]+\.[^@\s]+$".to_owned(), false),
        IdFormat::DossierCode => (format!("^{AGENCY}-[0-9]{{6}}-[0-9]{{4}}$"), false),
        IdFormat::AgencyCode => (format!("^{AGENCY}$"), true),
    };
    (p, exact)
}

fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\^$.|?*+()[]{}/-".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The values that count as "no value" for a field.
fn empty(f: &Field) -> Value {
    match f.kind {
        FieldType::Checkbox => json!({"enum": [null, false]}),
        _ => json!({"enum": [null, "", []]}),
    }
}

fn present(f: &Field) -> Value {
    json!({"required": [f.name], "properties": {(f.name.clone()): {"not": empty(f)}}})
}

fn put(m: &mut Map<String, Value>, k: &str, v: impl Into<Value>) {
    m.insert(k.to_owned(), v.into());
}

fn items_bounds(m: &mut Map<String, Value>, f: &Field) {
    if let Some(n) = f.min_items {
        put(m, "minItems", n);
    }
    if let Some(n) = f.max_items {
        put(m, "maxItems", n);
    }
}

fn file_ref(f: &Field) -> Value {
    let mut mime = Map::new();
    put(&mut mime, "type", "string");
    if !f.accept.is_empty() {
        let alts: Vec<Value> = f
            .accept
            .iter()
            .map(|a| match a.strip_suffix("/*") {
                Some(family) => json!({"pattern": format!("^{}/[\\s\\S]", regex_escape(family))}),
                None => json!({"const": a}),
            })
            .collect();
        put(&mut mime, "anyOf", alts);
    }
    let mut size = Map::new();
    put(&mut size, "type", "integer");
    put(&mut size, "minimum", 0);
    if let Some(max) = f.max_size {
        put(&mut size, "maximum", max);
    }
    let mut required = vec!["id", "name"];
    if !f.accept.is_empty() {
        required.push("mime");
    }
    if f.max_size.is_some() {
        required.push("size");
    }
    json!({
        "type": "object",
        "properties": {
            "id": {"type": "string", "minLength": 1},
            "name": {"type": "string", "minLength": 1},
            "mime": mime,
            "size": size
        },
        "required": required,
        "additionalProperties": false
    })
}

/// The schema of a field's value when it has one.
fn real(f: &Field) -> Value {
    let mut m = Map::new();
    match f.kind {
        FieldType::Text => {
            put(&mut m, "type", "string");
            if let Some(n) = f.min_length {
                put(&mut m, "minLength", n);
            }
            let mut max = f.max_length;
            let mut all = Vec::new();
            if let Some(p) = &f.pattern {
                all.push(json!({"pattern": p}));
            }
            if let Some(fmt) = f.format {
                let (p, exact) = format_pattern(fmt);
                all.push(json!({"pattern": p}));
                put(&mut m, "x-motcua-format", fmt.as_str());
                if !exact {
                    put(&mut m, "x-motcua-server-check", true);
                }
                if fmt == IdFormat::Email {
                    put(&mut m, "format", "email");
                }
                if fmt == IdFormat::AgencyCode {
                    max = Some(max.map_or(35, |x| x.min(35)));
                }
            }
            if let Some(n) = max {
                put(&mut m, "maxLength", n);
            }
            match all.len() {
                0 => {}
                1 => {
                    if let Some(Value::Object(p)) = all.pop() {
                        m.extend(p);
                    }
                }
                _ => put(&mut m, "allOf", all),
            }
        }
        FieldType::Number => {
            put(&mut m, "type", if f.integer { "integer" } else { "number" });
            if let Some(x) = f.min {
                put(&mut m, "minimum", x);
            }
            if let Some(x) = f.max {
                put(&mut m, "maximum", x);
            }
        }
        FieldType::Date => {
            put(&mut m, "type", "string");
            put(&mut m, "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            put(&mut m, "format", "date");
            if let Some(d) = f.min_date {
                put(&mut m, "x-motcua-min-date", d.to_string());
            }
            if let Some(d) = f.max_date {
                put(&mut m, "x-motcua-max-date", d.to_string());
            }
        }
        FieldType::Select => {
            let values: Vec<&str> = f.options.iter().map(|o| o.value.as_str()).collect();
            if f.multiple {
                put(&mut m, "type", "array");
                put(&mut m, "items", json!({"type": "string", "enum": values}));
                put(&mut m, "uniqueItems", true);
                items_bounds(&mut m, f);
            } else {
                put(&mut m, "type", "string");
                put(&mut m, "enum", values);
            }
        }
        FieldType::Checkbox => put(&mut m, "type", "boolean"),
        FieldType::File => {
            if f.multiple {
                put(&mut m, "type", "array");
                put(&mut m, "items", file_ref(f));
                items_bounds(&mut m, f);
            } else {
                return file_ref(f);
            }
        }
        FieldType::Group => {
            let obj = object(&f.fields, &f.rules, false);
            if f.repeat {
                put(&mut m, "type", "array");
                put(&mut m, "items", obj);
                items_bounds(&mut m, f);
            } else {
                return obj;
            }
        }
    }
    Value::Object(m)
}

fn object(fields: &[Field], rules: &[Rule], additional: bool) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    let mut all = Vec::new();
    for f in fields {
        let mut p = Map::new();
        if let Some(l) = &f.label {
            put(&mut p, "title", l.vi.clone());
        }
        if f.required {
            required.push(f.name.clone());
            put(&mut p, "allOf", json!([{"not": empty(f)}, real(f)]));
        } else {
            put(&mut p, "anyOf", json!([empty(f), real(f)]));
        }
        props.insert(f.name.clone(), Value::Object(p));
        if let (false, Some(Condition { field, equals })) = (f.required, &f.required_if) {
            let Some(other) = fields.iter().find(|o| &o.name == field) else {
                continue;
            };
            let cond = match equals {
                Some(v) => {
                    json!({"required": [field], "properties": {(field.clone()): {"const": v}}})
                }
                None => present(other),
            };
            all.push(json!({"if": cond, "then": present(f)}));
        }
    }
    for Rule::OneOf {
        fields: names,
        exclusive,
    } in rules
    {
        let members: Vec<&Field> = names
            .iter()
            .filter_map(|n| fields.iter().find(|f| &f.name == n))
            .collect();
        all.push(json!({"anyOf": members.iter().map(|f| present(f)).collect::<Vec<_>>()}));
        if *exclusive {
            let mut pairs = Vec::new();
            for (i, a) in members.iter().enumerate() {
                for b in members.iter().skip(i + 1) {
                    pairs.push(json!({"allOf": [present(a), present(b)]}));
                }
            }
            all.push(json!({"not": {"anyOf": pairs}}));
        }
    }
    let mut m = Map::new();
    put(&mut m, "type", "object");
    put(&mut m, "properties", props);
    if !required.is_empty() {
        put(&mut m, "required", required);
    }
    if !additional {
        put(&mut m, "additionalProperties", false);
    }
    if !all.is_empty() {
        put(&mut m, "allOf", all);
    }
    Value::Object(m)
}

impl FormSpec {
    /// The JSON Schema (draft 2020-12) of the documents this form accepts. See the
    /// [module docs](crate::form::schema) for what it expresses exactly.
    ///
    /// ```
    /// use motcua::form::FormSpec;
    /// let spec: FormSpec = serde_json::from_str(r#"{"id": "demo", "fields": [
    ///     {"name": "so_cccd", "type": "text", "format": "cccd", "required": true}]}"#)?;
    /// let schema = spec.json_schema();
    /// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    /// assert_eq!(schema["required"][0], "so_cccd");
    /// assert_eq!(schema["properties"]["so_cccd"]["allOf"][1]["pattern"], "^[0-9]{12}$");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn json_schema(&self) -> Value {
        let mut root = match object(&self.fields, &self.rules, self.additional_fields) {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        let mut head = Map::new();
        put(
            &mut head,
            "$schema",
            "https://json-schema.org/draft/2020-12/schema",
        );
        put(&mut head, "$id", format!("urn:motcua:form:{}", self.id));
        if let Some(t) = &self.title {
            put(&mut head, "title", t.vi.clone());
        }
        head.append(&mut root);
        Value::Object(head)
    }
}
