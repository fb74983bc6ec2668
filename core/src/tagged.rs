//! Internally tagged enums (`{"type": "…", …fields}`) read without serde's buffering.
//!
//! serde's derived `Deserialize` for `#[serde(tag = "type")]` buffers the object into its
//! private `Content` and reads every variant again through a `ContentDeserializer`: a second
//! copy of every payload type's deserializer. [`internally_tagged!`] keeps the derived
//! `Serialize` (and JSON Schema) of the enum as written, and reads it instead through a private
//! externally tagged shadow enum: the object's fields are read as `serde_json` [`Value`]s (code
//! the crate has anyway), `"type"` is taken out, and `{tag: {…rest}}` is read as the shadow.
//! In WASM it is written back as text ([`crate::dossier::canonical_json`]) and read by
//! `serde_json::from_str`, the deserializer every payload type is instantiated with already: a
//! second reading of each event's text instead of a second copy of the code, 143 KB less WASM
//! for the three enums (raw, after wasm-opt). Natively, where size does not count, it is read
//! from the `Value` directly (`serde_json::from_value`); the two readings give the same values
//! and messages (`both_readings_agree`). Reading 1,000 dossiers' event logs natively (bench
//! `dossier/parse_1000_dossiers`): 7.7 ms with serde's buffering, 13.4 ms through text,
//! 10.3 ms through the `Value` (the last two measured one after the other).

use std::fmt;

use serde::Deserializer;
use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde_json::{Map, Value};

/// Defines an enum written with `#[serde(tag = "type", rename_all = "snake_case",
/// deny_unknown_fields)]` and its `Deserialize`.
///
/// The enum is emitted as written (attributes, docs, `derive(Serialize)`; it must not derive
/// `Deserialize`). A private shadow enum with the same variants and fields (field attributes
/// copied; unit variants become empty struct variants, so extra fields are refused there
/// too), `#[serde(rename_all = "snake_case", deny_unknown_fields)]` and externally tagged, is
/// read by [`deserialize`] and converted. The variant list is written once, so the two cannot
/// drift apart.
macro_rules! internally_tagged {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({
                    $(
                        $(#[$fmeta:meta])*
                        $field:ident : $ty:ty
                    ),* $(,)?
                })?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant $({ $( $(#[$fmeta])* $field: $ty ),* })?
            ),*
        }

        const _: () = {
            #[derive(serde::Deserialize)]
            #[serde(rename_all = "snake_case", deny_unknown_fields)]
            enum Shadow {
                $(
                    $variant { $($( $(#[$fmeta])* $field: $ty ),*)? }
                ),*
            }

            impl From<Shadow> for $name {
                fn from(s: Shadow) -> Self {
                    match s {
                        $(
                            Shadow::$variant { $($($field),*)? } =>
                                $name::$variant $({ $($field),* })?
                        ),*
                    }
                }
            }

            impl<'de> serde::Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $crate::tagged::deserialize::<D, Shadow, Self>(d, stringify!($name))
                }
            }
        };
    };
}

pub(crate) use internally_tagged;

/// Reads an internally tagged object of enum `name` as shadow `S` (externally tagged) and
/// converts it.
pub(crate) fn deserialize<'de, D, S, T>(d: D, name: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    S: DeserializeOwned,
    T: From<S>,
{
    let external = d.deserialize_map(Untag(name))?;
    read_shadow::<S>(external)
        .map(T::from)
        .map_err(|e| de::Error::custom(without_position(&e)))
}

// The second reading: in WASM, where code size counts, through the text deserializer every
// payload type already has; natively, where it does not, through the `Value` the first reading
// built (no text written and parsed again: log parsing as fast as before this module). Same
// shadow enum, same derived code, so the same answers and messages: `both_readings_agree`.
#[cfg(target_arch = "wasm32")]
use via_text as read_shadow;

#[cfg(not(target_arch = "wasm32"))]
fn read_shadow<S: DeserializeOwned>(external: Value) -> serde_json::Result<S> {
    #[cfg(test)]
    if tests::VIA_TEXT.with(std::cell::Cell::get) {
        return via_text(external);
    }
    via_value(external)
}

/// `{tag: {…rest}}` written as text and read by `serde_json::from_str`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn via_text<S: DeserializeOwned>(external: Value) -> serde_json::Result<S> {
    serde_json::from_str::<S>(&crate::dossier::canonical_json(&external))
}

/// `{tag: {…rest}}` read by `serde_json::from_value` (a second copy of the payload types'
/// deserializers: native builds only).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn via_value<S: DeserializeOwned>(external: Value) -> serde_json::Result<S> {
    serde_json::from_value::<S>(external)
}

/// The message of `e` without the position in the rebuilt text, meaningless to the caller
/// (the outer deserializer adds the position in the input).
fn without_position(e: &serde_json::Error) -> String {
    let mut msg = e.to_string();
    if e.line() != 0 {
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        if msg.ends_with(&suffix) {
            msg.truncate(msg.len() - suffix.len());
        }
    }
    msg
}

/// Reads `{"type": tag, …rest}` (any order; duplicates refused) into `{tag: {…rest}}`.
struct Untag(&'static str);

impl<'de> Visitor<'de> for Untag {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "internally tagged enum {}", self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut tag = None;
        let mut rest = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if key == "type" {
                if tag.is_some() {
                    return Err(de::Error::duplicate_field("type"));
                }
                tag = Some(access.next_value::<String>()?);
            } else {
                let value = access.next_value::<Value>()?;
                if rest.contains_key(&key) {
                    return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                }
                rest.insert(key, value);
            }
        }
        let tag = tag.ok_or_else(|| de::Error::missing_field("type"))?;
        let mut external = Map::new();
        external.insert(tag, Value::Object(rest));
        Ok(Value::Object(external))
    }
}

#[cfg(test)]
mod tests {
    use crate::deadline::ClockEvent;
    use crate::dossier::{CommandKind, Event, EventKind};

    fn err<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        serde_json::from_str::<T>(json).unwrap_err().to_string()
    }

    fn err_value<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        serde_json::from_value::<T>(v).unwrap_err().to_string()
    }

    thread_local! {
        /// Natively, the unit tests read through the WASM build's path too.
        pub(super) static VIA_TEXT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Runs `f` reading the shadow through `Value` (native builds) and through text (WASM).
    fn both_readings(f: fn()) {
        for text in [false, true] {
            VIA_TEXT.with(|t| t.set(text));
            f();
        }
        VIA_TEXT.with(|t| t.set(false));
    }

    #[test]
    fn both_readings_agree() {
        both_readings(the_tag_anywhere_and_defaults);
        both_readings(refused_with_a_sensible_message);
    }

    #[test]
    fn the_tag_anywhere_and_defaults() {
        let a: ClockEvent = serde_json::from_str(
            r#"{"at": "2026-03-02T09:00:00", "step": "s", "type": "step_finished"}"#,
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"type":"step_finished","at":"2026-03-02T09:00:00","step":"s"}"#
        );
        let p: ClockEvent =
            serde_json::from_str(r#"{"at": "2026-03-02T09:00:00", "type": "paused"}"#).unwrap();
        assert!(matches!(p, ClockEvent::Paused { reason: None, .. }));
        let c: CommandKind =
            serde_json::from_str(r#"{"online": true, "type": "return_result"}"#).unwrap();
        assert_eq!(c, CommandKind::ReturnResult { online: true });
        let c: CommandKind = serde_json::from_str(r#"{"type": "return_result"}"#).unwrap();
        assert_eq!(c, CommandKind::ReturnResult { online: false });
        let u: CommandKind = serde_json::from_str(r#"{"type": "confirm_delivery"}"#).unwrap();
        assert_eq!(u, CommandKind::ConfirmDelivery);
        let e: EventKind = serde_json::from_str(r#"{"type": "delivered"}"#).unwrap();
        assert_eq!(e, EventKind::Delivered);
        let e: EventKind =
            serde_json::from_value(serde_json::json!({"tracking": "t", "type": "posted"})).unwrap();
        assert_eq!(
            e,
            EventKind::Posted {
                tracking: "t".into()
            }
        );
    }

    #[test]
    fn refused_with_a_sensible_message() {
        let at = r#""at": "2026-03-02T09:00:00""#;
        // Missing tag.
        let m = err::<ClockEvent>(&format!("{{{at}}}"));
        assert!(m.starts_with("missing field `type`"), "{m}");
        let m = err::<CommandKind>(r#"{"code": "x"}"#);
        assert!(m.starts_with("missing field `type`"), "{m}");
        let m = err_value::<EventKind>(r#"{"officer": "x"}"#);
        assert_eq!(m, "missing field `type`");
        // Unknown tag.
        let m = err::<ClockEvent>(&format!(r#"{{"type": "nope", {at}}}"#));
        assert!(
            m.starts_with("unknown variant `nope`, expected one of `received`"),
            "{m}"
        );
        let m = err::<CommandKind>(r#"{"type": "nope"}"#);
        assert!(
            m.starts_with("unknown variant `nope`, expected one of `create`"),
            "{m}"
        );
        let m = err_value::<EventKind>(r#"{"type": "nope"}"#);
        assert!(
            m.starts_with("unknown variant `nope`, expected one of `created`"),
            "{m}"
        );
        // Unknown field, also on a unit variant.
        let m = err::<ClockEvent>(&format!(r#"{{"type": "received", {at}, "x": 1}}"#));
        assert!(m.starts_with("unknown field `x`, expected `at`"), "{m}");
        let m = err::<CommandKind>(r#"{"type": "assign", "officer": "a", "x": 1}"#);
        assert!(
            m.starts_with("unknown field `x`, expected `officer`"),
            "{m}"
        );
        let m = err::<CommandKind>(r#"{"type": "confirm_delivery", "x": 1}"#);
        assert!(
            m.starts_with("unknown field `x`, there are no fields"),
            "{m}"
        );
        let m = err_value::<EventKind>(r#"{"type": "posted", "tracking": "t", "x": 1}"#);
        assert_eq!(m, "unknown field `x`, expected `tracking`");
        // Missing or mistyped field.
        let m = err::<ClockEvent>(r#"{"type": "received"}"#);
        assert!(m.starts_with("missing field `at`"), "{m}");
        let m = err::<ClockEvent>(r#"{"type": "received", "at": 5}"#);
        assert!(m.starts_with("invalid type: integer `5`, expected"), "{m}");
        let m = err::<CommandKind>(r#"{"type": "pay", "amount": "ten", "method": "desk"}"#);
        assert!(
            m.starts_with(r#"invalid type: string "ten", expected u64"#),
            "{m}"
        );
        let m = err_value::<EventKind>(r#"{"type": "result_returned", "online": 1}"#);
        assert_eq!(m, "invalid type: integer `1`, expected a boolean");
        // Tag of the wrong type, duplicates, not an object.
        let m = err::<ClockEvent>(&format!(r#"{{"type": 1, {at}}}"#));
        assert!(
            m.starts_with("invalid type: integer `1`, expected a string"),
            "{m}"
        );
        let m = err::<CommandKind>(r#"{"type": "assign", "type": "assign", "officer": "a"}"#);
        assert!(m.starts_with("duplicate field `type`"), "{m}");
        let m = err::<CommandKind>(r#"{"type": "assign", "officer": "a", "officer": "b"}"#);
        assert!(m.starts_with("duplicate field `officer`"), "{m}");
        let m = err::<EventKind>(r#""delivered""#);
        assert!(
            m.starts_with(
                r#"invalid type: string "delivered", expected internally tagged enum EventKind"#
            ),
            "{m}"
        );
        let m = err_value::<ClockEvent>("[]");
        assert_eq!(
            m,
            "invalid type: sequence, expected internally tagged enum ClockEvent"
        );
        // Inside a larger document, the position is the input's.
        let m = err::<Vec<ClockEvent>>(&format!("[\n{{{at}}}]"));
        assert_eq!(m, "missing field `type` at line 2 column 29");
        let m = err::<Vec<Event>>(r#"[{"seq": 0, "event": {"type": "posted"}}]"#);
        assert!(
            m.starts_with("missing field `tracking` at line 1 column"),
            "{m}"
        );
    }
}
