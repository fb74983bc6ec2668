//! The hash chain: canonical serialisation, SHA-256, and the classification of tampering.

use std::fmt::Write as _;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::event::Event;
use super::{DossierError, Tamper};

/// The `prev` of the first event: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The canonical serialisation of a JSON value: object keys sorted by their UTF-8 bytes,
/// no whitespace, strings escaped as `serde_json` does (only `"`, `\` and control
/// characters), numbers as `serde_json` prints them (integers in decimal, floats in their
/// shortest round-trip form).
///
/// ```
/// use motcua::dossier::canonical_json;
/// let v = serde_json::json!({"b": [1, {"d": true, "c": null}], "a": "x\"y"});
/// assert_eq!(canonical_json(&v), r#"{"a":"x\"y","b":[1,{"c":null,"d":true}]}"#);
/// ```
pub fn canonical_json(v: &Value) -> String {
    let mut out = String::with_capacity(256);
    write_canonical(v, &mut out);
    out
}

fn write_canonical(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => crate::text::json_str(out, s),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(x, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            // `str`'s order is the byte order; `Vec<&str>::sort_unstable` is the instantiation
            // `Catalogue::fields` uses too.
            let mut keys: Vec<&str> = m.keys().map(String::as_str).collect();
            keys.sort_unstable();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                crate::text::json_str(out, k);
                out.push(':');
                if let Some(x) = m.get(k) {
                    write_canonical(x, out);
                }
            }
            out.push('}');
        }
    }
}

/// Lower-case hex of bytes.
fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The hash of an event: SHA-256 of the canonical serialisation of the event without its
/// `hash` field (so `prev`, the previous event's hash, is part of what is hashed).
///
/// ```
/// # // see Dossier::verify for a full example
/// ```
pub fn event_hash(e: &Event) -> String {
    let mut v = match serde_json::to_value(e) {
        Ok(v) => v,
        Err(_) => return String::new(),
    };
    if let Value::Object(m) = &mut v {
        m.remove("hash");
    }
    hex(&Sha256::digest(canonical_json(&v).as_bytes()))
}

fn tampered(index: usize, tamper: Tamper, detail: String) -> DossierError {
    DossierError::Tampered {
        index,
        tamper,
        detail,
    }
}

/// Checks a chain: every event of `dossier`, `seq` = position, each `prev` the hash before,
/// each `hash` its content's, and (when given) the log's declared length and head hash.
/// Names the first bad event and the kind of tampering.
pub(crate) fn verify_chain(
    dossier: &str,
    events: &[Event],
    declared: Option<(usize, &str)>,
) -> Result<(), DossierError> {
    // 1. Events of another dossier.
    for (i, e) in events.iter().enumerate() {
        if e.dossier != dossier {
            if i == 0 {
                return Err(DossierError::ForeignLog {
                    expected: dossier.into(),
                    found: e.dossier.clone(),
                });
            }
            return Err(tampered(
                i,
                Tamper::Inserted,
                format!("event of dossier {:?} in the log of {dossier:?}", e.dossier),
            ));
        }
    }
    // 2. Sequence numbers: gaps, duplicates, swaps.
    let n = events.len();
    if let Some(i) = events
        .iter()
        .enumerate()
        .position(|(i, e)| e.seq != i as u64)
    {
        // A permutation of 0..n: every number below n, none twice (a mark per number rather
        // than sorting them: one u64 sort instantiation less in the WASM module).
        let mut seen = vec![false; n];
        let permutation = events.iter().all(|e| {
            usize::try_from(e.seq)
                .ok()
                .and_then(|s| seen.get_mut(s))
                .is_some_and(|b| !std::mem::replace(b, true))
        });
        let found = events.get(i).map(|e| e.seq).unwrap_or(0);
        let declared_len = declared.map(|d| d.0);
        let kind = if permutation && declared_len.is_none_or(|d| d == n) {
            Tamper::Reordered
        } else if found < i as u64 || declared_len.is_some_and(|d| n > d) {
            Tamper::Inserted
        } else {
            Tamper::Removed
        };
        let detail = match kind {
            Tamper::Reordered => format!("event #{i} carries sequence number {found}"),
            Tamper::Inserted => {
                format!("event #{i} carries sequence number {found}, already used or out of place")
            }
            _ => format!("event #{i} missing: the next one carries sequence number {found}"),
        };
        return Err(tampered(i, kind, detail));
    }
    // 3. Links and contents.
    let mut prev = GENESIS.to_string();
    for (i, e) in events.iter().enumerate() {
        let h = event_hash(e);
        if h != e.hash {
            return Err(tampered(
                i,
                Tamper::Edited,
                format!("its content hashes to {h}, not to the recorded {}", e.hash),
            ));
        }
        if e.prev != prev {
            // The content of the event before was changed and its hash recomputed.
            let at = i.saturating_sub(1);
            return Err(tampered(
                at,
                Tamper::Edited,
                format!(
                    "event #{i} links to {} but event #{at} now hashes to {prev}",
                    e.prev
                ),
            ));
        }
        prev = h;
    }
    // 4. Declared length and head.
    if let Some((len, head)) = declared {
        if n < len {
            return Err(tampered(
                n,
                Tamper::Removed,
                format!("the log declares {len} events but holds {n}"),
            ));
        }
        if n > len {
            return Err(tampered(
                len,
                Tamper::Inserted,
                format!("the log declares {len} events but holds {n}"),
            ));
        }
        if head != prev {
            return Err(tampered(
                n.saturating_sub(1),
                Tamper::Edited,
                format!("the declared head {head} is not the last event's hash {prev}"),
            ));
        }
    }
    Ok(())
}
