//! Limits on the documents the library reads from outside, with safe defaults.
//!
//! Every default size limit is below 10 MB, so a 10 MB document is refused before it is
//! parsed. Every JSON entry point checks its text's size **before** parsing, and the number of items
//! it will process one by one right after, so a hostile input is refused quickly with a typed
//! error (of [`crate::ErrorKind::LimitExceeded`] where the module has such a code). Nesting is
//! bounded everywhere by the JSON parser's own recursion limit (128 levels: deeper input is a
//! parse error, never a stack overflow), and string lengths by the size limit.
//!
//! | input | size | items | error |
//! | --- | --- | --- | --- |
//! | announcements ([`crate::calendar::parse_announcements_with_limits`]) | [`InputLimits::announcement_bytes`] | [`InputLimits::announcements`], 366 dates each | 1106 |
//! | catalogue ([`crate::procedure::Catalogue::from_json_with_limits`]) | [`InputLimits::catalogue_bytes`] | [`InputLimits::catalogue_items`] | 3105; 3104 for counts |
//! | form specification ([`crate::form::Form::from_json_with_limits`]) and documents | [`crate::form::FormLimits`] | depth, arrays, strings, members | 4910–4914 |
//! | dossier log ([`crate::dossier::Dossier::from_json_with_limits`]) | [`InputLimits::log_bytes`] | [`InputLimits::log_events`] | 5011 |
//! | dossier command ([`crate::dossier::Command::from_json_with_limits`]) | [`InputLimits::command_bytes`] | — | 5011 |
//! | time limit, policy ([`crate::deadline::TimeLimit::from_json`], [`crate::deadline::DeadlinePolicy::from_json`]) | [`InputLimits::deadline_bytes`] | — | 2012 |
//! | clock events ([`crate::deadline::ClockEvent::from_json_with_limits`]) | [`InputLimits::deadline_bytes`] | [`InputLimits::clock_events`] | 2012 |
//! | logs, events and commands of [`crate::dossier::Dossier::verify_json`], [`crate::dossier::Dossier::replay_json`], [`crate::dossier::Dossier::apply_json`] | [`InputLimits::log_bytes`], [`InputLimits::command_bytes`] (defaults) | [`InputLimits::log_events`] | 5011 |
//! | view options, status mappings ([`crate::dossier::ViewOptions::from_json`], [`crate::dossier::StatusMapping::from_json`]) | [`InputLimits::document_bytes`] (default) | — | 5011 |
//! | report parameters and input ([`crate::report::ReportParams::from_json`], [`crate::report::ReportInput::from_json`]) | [`InputLimits::document_bytes`], [`InputLimits::report_bytes`] (defaults) | — | 6002 |
//! | catalogue queries and context requests | 1 MiB | — | 3106 |
//!
//! The deadline module has no size code of its own (codes are stable, and a new one would
//! need a new C status): its limits are reported as its parse error, 2012, whose text names
//! the limit.
//!
//! ```
//! use motcua::limits::InputLimits;
//! use motcua::procedure::Catalogue;
//! let tight = InputLimits { catalogue_bytes: 10, ..InputLimits::default() };
//! let err = Catalogue::from_json_with_limits(r#"{"version": "1", "procedures": []}"#, &tight).unwrap_err();
//! assert_eq!(err.code(), 3105);
//! assert_eq!(err.kind(), motcua::ErrorKind::LimitExceeded);
//! ```

use serde::{Deserialize, Serialize};

/// Limits on input documents (see the [module docs](self) for where each applies). Every
/// field has a safe default; deserialises from JSON with every field optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InputLimits {
    /// Largest announcement document in bytes (default 1 MiB; the embedded 17 years take
    /// ~8 KB).
    pub announcement_bytes: usize,
    /// Most announcements in one document (default 1,000).
    pub announcements: usize,
    /// Largest catalogue document in bytes (default 8 MiB; the embedded one takes ~115 KB).
    pub catalogue_bytes: usize,
    /// Most procedures, most online services and most forms in one catalogue, each (default
    /// 20,000: the national catalogue lists about 6,000 procedures).
    pub catalogue_items: usize,
    /// Largest dossier log in bytes (default 8 MiB: ~10,000 events; a dossier has tens).
    pub log_bytes: usize,
    /// Most events in one dossier log (default 100,000, [`crate::dossier::MAX_EVENTS`]).
    pub log_events: usize,
    /// Largest dossier command in bytes (default 256 KiB).
    pub command_bytes: usize,
    /// Largest time limit, policy or clock event document in bytes (default 1 MiB, as the C
    /// ABI's `MOTCUA_MAX_JSON_BYTES`).
    pub deadline_bytes: usize,
    /// Most clock events in one document (default 100,000).
    pub clock_events: usize,
    /// Largest small document in bytes: view options, status mappings, report parameters
    /// (default 1 MiB; catalogue queries have the same fixed limit).
    pub document_bytes: usize,
    /// Largest report input (serialised logs and summaries) in bytes (default 8 MiB, as a
    /// log; pass summaries rather than logs for large periods).
    pub report_bytes: usize,
}

impl Default for InputLimits {
    fn default() -> Self {
        InputLimits {
            announcement_bytes: 1 << 20,
            announcements: 1_000,
            catalogue_bytes: 8 << 20,
            catalogue_items: 20_000,
            log_bytes: 8 << 20,
            log_events: crate::dossier::MAX_EVENTS,
            command_bytes: 256 << 10,
            deadline_bytes: 1 << 20,
            clock_events: 100_000,
            document_bytes: 1 << 20,
            report_bytes: 8 << 20,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_json() {
        let d = InputLimits::default();
        assert_eq!(
            d.announcement_bytes,
            crate::calendar::DEFAULT_MAX_ANNOUNCEMENT_BYTES
        );
        assert_eq!(d.catalogue_bytes, crate::procedure::MAX_CATALOGUE_BYTES);
        assert_eq!(d.log_events, crate::dossier::MAX_EVENTS);
        let l: InputLimits = serde_json::from_str(r#"{"log_events": 10}"#).unwrap();
        assert_eq!(
            l,
            InputLimits {
                log_events: 10,
                ..d
            }
        );
        assert!(serde_json::from_str::<InputLimits>(r#"{"nope": 1}"#).is_err());
    }
}
