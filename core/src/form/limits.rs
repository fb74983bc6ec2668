//! Limits against hostile input, and a JSON parser that enforces them while it parses.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::error::{FormError, Limit};

/// Limits on a document to validate. Every limit is checked before or while the document is
/// read, so an oversized input fails fast with [`FormError::LimitExceeded`] (codes 4910–4914).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct FormLimits {
    /// Largest JSON text in bytes, checked before parsing (default 1 MiB). Not applied to an
    /// already parsed `serde_json::Value`.
    pub max_bytes: usize,
    /// Longest string (value or member name) in bytes of UTF-8 (default 64 KiB).
    pub max_string_len: usize,
    /// Longest array (default 1,000).
    pub max_array_len: usize,
    /// Deepest nesting of arrays and objects; the root object is depth 1 (default 32;
    /// serde_json alone would allow 128).
    pub max_depth: usize,
    /// Most object members in the whole document (default 10,000).
    pub max_fields: usize,
}

impl Default for FormLimits {
    fn default() -> Self {
        FormLimits {
            max_bytes: 1 << 20,
            max_string_len: 64 << 10,
            max_array_len: 1_000,
            max_depth: 32,
            max_fields: 10_000,
        }
    }
}

fn exceeded(limit: Limit, max: usize, at: Option<String>) -> FormError {
    FormError::LimitExceeded { limit, max, at }
}

impl FormLimits {
    /// Checks an already parsed value against every limit but `max_bytes`.
    ///
    /// ```
    /// use motcua::form::FormLimits;
    /// let limits = FormLimits { max_depth: 2, ..FormLimits::default() };
    /// assert!(limits.check_value(&serde_json::json!({"a": [1]})).is_ok());
    /// assert_eq!(limits.check_value(&serde_json::json!({"a": [[1]]})).unwrap_err().code(), 4913);
    /// ```
    pub fn check_value(&self, v: &Value) -> Result<(), crate::Error> {
        let mut fields = 0usize;
        let mut path = Vec::new();
        self.walk(v, 1, &mut fields, &mut path).map_err(Into::into)
    }

    fn walk(
        &self,
        v: &Value,
        depth: usize,
        fields: &mut usize,
        path: &mut Vec<String>,
    ) -> Result<(), FormError> {
        let at =
            |path: &Vec<String>| Some(super::validate::pointer_of(path.iter().map(String::as_str)));
        match v {
            Value::String(s) if s.len() > self.max_string_len => {
                Err(exceeded(Limit::StringLength, self.max_string_len, at(path)))
            }
            Value::Array(_) | Value::Object(_) if depth > self.max_depth => {
                Err(exceeded(Limit::Depth, self.max_depth, at(path)))
            }
            Value::Array(a) => {
                if a.len() > self.max_array_len {
                    return Err(exceeded(Limit::ArrayLength, self.max_array_len, at(path)));
                }
                for (i, x) in a.iter().enumerate() {
                    path.push(i.to_string());
                    self.walk(x, depth + 1, fields, path)?;
                    path.pop();
                }
                Ok(())
            }
            Value::Object(o) => {
                *fields += o.len();
                if *fields > self.max_fields {
                    return Err(exceeded(Limit::Fields, self.max_fields, at(path)));
                }
                for (k, x) in o {
                    if k.len() > self.max_string_len {
                        return Err(exceeded(Limit::StringLength, self.max_string_len, at(path)));
                    }
                    path.push(k.clone());
                    self.walk(x, depth + 1, fields, path)?;
                    path.pop();
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Parses JSON text under these limits: the size is checked before parsing, and depth,
    /// string length, array length and member count while parsing (the parser stops at the
    /// first excess, without building the rest).
    ///
    /// ```
    /// use motcua::form::FormLimits;
    /// let limits = FormLimits::default();
    /// assert!(limits.parse(r#"{"ho_ten": "Nguyễn Văn A"}"#).is_ok());
    /// let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    /// assert_eq!(limits.parse(&deep).unwrap_err().code(), 4913);
    /// assert_eq!(limits.parse("{").unwrap_err().code(), 4903);
    /// ```
    pub fn parse(&self, text: &str) -> Result<Value, crate::Error> {
        self.parse_inner(text).map_err(Into::into)
    }

    pub(crate) fn parse_inner(&self, text: &str) -> Result<Value, FormError> {
        if text.len() > self.max_bytes {
            return Err(exceeded(Limit::Bytes, self.max_bytes, None));
        }
        let state = State {
            limits: *self,
            fields: Cell::new(0),
            hit: Cell::new(None),
        };
        let mut de = serde_json::Deserializer::from_str(text);
        let parsed = Bounded {
            state: &state,
            depth: 1,
        }
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v));
        match (parsed, state.hit.get()) {
            (_, Some(limit)) => Err(exceeded(limit, self.max_of(limit), None)),
            (Ok(v), None) => Ok(v),
            (Err(e), None) => Err(FormError::DocumentParse {
                detail: e.to_string(),
            }),
        }
    }

    fn max_of(&self, limit: Limit) -> usize {
        match limit {
            Limit::Bytes => self.max_bytes,
            Limit::StringLength => self.max_string_len,
            Limit::ArrayLength => self.max_array_len,
            Limit::Depth => self.max_depth,
            Limit::Fields => self.max_fields,
        }
    }
}

struct State {
    limits: FormLimits,
    fields: Cell<usize>,
    hit: Cell<Option<Limit>>,
}

impl State {
    fn fail<E: de::Error>(&self, limit: Limit) -> E {
        self.hit.set(Some(limit));
        E::custom("limit exceeded")
    }
}

#[derive(Clone, Copy)]
struct Bounded<'s> {
    state: &'s State,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Bounded<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Bounded<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.visit_string(v.to_owned())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        if v.len() > self.state.limits.max_string_len {
            return Err(self.state.fail(Limit::StringLength));
        }
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        if self.depth > self.state.limits.max_depth {
            return Err(self.state.fail(Limit::Depth));
        }
        let inner = Bounded {
            state: self.state,
            depth: self.depth + 1,
        };
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(inner)? {
            if out.len() >= self.state.limits.max_array_len {
                return Err(self.state.fail(Limit::ArrayLength));
            }
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        if self.depth > self.state.limits.max_depth {
            return Err(self.state.fail(Limit::Depth));
        }
        let inner = Bounded {
            state: self.state,
            depth: self.depth + 1,
        };
        let mut out = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            if k.len() > self.state.limits.max_string_len {
                return Err(self.state.fail(Limit::StringLength));
            }
            let n = self.state.fields.get() + 1;
            if n > self.state.limits.max_fields {
                return Err(self.state.fail(Limit::Fields));
            }
            self.state.fields.set(n);
            let v = map.next_value_seed(inner)?;
            out.insert(k, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_while_parsing() {
        let l = FormLimits {
            max_bytes: 100,
            max_string_len: 5,
            max_array_len: 3,
            max_depth: 3,
            max_fields: 4,
        };
        let code = |t: &str| l.parse(t).map(|_| 0).unwrap_or_else(|e| e.code());
        assert_eq!(code(r#"{"a":"12345"}"#), 0);
        assert_eq!(code(r#"{"a":"123456"}"#), 4911);
        assert_eq!(code(r#"{"abcdef":1}"#), 4911);
        assert_eq!(code("[1,2,3]"), 0);
        assert_eq!(code("[1,2,3,4]"), 4912);
        assert_eq!(code("[[[1]]]"), 0);
        assert_eq!(code("[[[[1]]]]"), 4913);
        assert_eq!(code(r#"{"a":1,"b":2,"c":3,"d":4}"#), 0);
        assert_eq!(code(r#"{"a":1,"b":2,"c":3,"d":4,"e":5}"#), 4914);
        assert_eq!(code(&" ".repeat(101)), 4910);
        assert_eq!(code("[1,]"), 4903);
        assert_eq!(code("{} x"), 4903);
        // the same limits on a parsed value
        let v: Value = serde_json::from_str("[[[[1]]]]").unwrap();
        assert_eq!(l.check_value(&v).unwrap_err().code(), 4913);
        let v: Value = serde_json::from_str(r#"{"a":"123456"}"#).unwrap();
        assert_eq!(l.check_value(&v).unwrap_err().code(), 4911);
    }

    #[test]
    fn deep_input_is_rejected_before_serde_recursion_limit() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(
            FormLimits {
                max_bytes: usize::MAX,
                ..FormLimits::default()
            }
            .parse(&deep)
            .unwrap_err()
            .code(),
            4913
        );
    }
}
