//! Errors shared by every surface (Rust, C, JS).
//!
//! Each module has its own error enum; [`Error`] folds them together. Every error has
//! - a stable numeric [`Error::code`], in blocks: 1000–1099 lunar calendar, 1100–1199 working
//!   calendar, 2000s deadline, 3000s procedure and service level, 4000s form, 5000s dossier,
//!   6000s report, 9000s binding-level (null pointer, invalid UTF-8, panic). A code is never
//!   reused once retired;
//! - a coarse [`ErrorKind`] for callers that only branch on the category;
//! - a message in Vietnamese and in English ([`Error::message`]). `Display` is the English one.
//!
//! [`describe_code`] gives the name and a generic message of any stable code without an error
//! value (what the C ABI's `motcua_status_message` and the JS package print); [`all_codes`]
//! lists them. It is the one table of codes of every surface: the bindings keep none of
//! their own.

use std::fmt;

mod binding;
mod codes;

pub use binding::BindingError;
pub use codes::{all_codes, describe_code};

use crate::calendar::CalendarError;
use crate::deadline::DeadlineError;
use crate::dossier::DossierError;
use crate::form::FormError;
use crate::level::LevelError;
use crate::lunar::LunarError;
use crate::procedure::ProcedureError;
use crate::report::ReportError;

/// Language of a human-readable message.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Tiếng Việt (the default: the citizens and officers of the portals read Vietnamese).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Parses `"vi"` / `"en"` (case-insensitive); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" | "vie" | "vi-vn" => Some(Lang::Vi),
            "en" | "eng" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the Vietnamese or the English text.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// Coarse category of an error, stable across releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A date or value outside the range the data covers.
    OutOfRange,
    /// A value that is well-formed but not valid (a lunar date that does not exist, a make-up
    /// day on a weekday…).
    InvalidInput,
    /// A document that could not be parsed (malformed JSON, wrong field types).
    Parse,
    /// Two pieces of data contradict each other.
    Conflict,
    /// An input larger than the configured limit.
    LimitExceeded,
    /// A bug of the library caught at a binding's boundary, or a result it could not encode.
    Internal,
}

/// The behaviour every module error has: a stable code and a bilingual message.
pub trait Localized {
    /// Stable numeric code (see the module docs for the blocks).
    fn code(&self) -> u32;
    /// Coarse category.
    fn kind(&self) -> ErrorKind;
    /// Human-readable message in the given language.
    fn message(&self, lang: Lang) -> String;
}

/// Any error of the library.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Lunar calendar error (codes 1000–1099).
    #[error(transparent)]
    Lunar(#[from] LunarError),
    /// Working calendar error (codes 1100–1199).
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// Deadline engine error (codes 2000–2099).
    #[error(transparent)]
    Deadline(#[from] DeadlineError),
    /// Online service level error (codes 3000–3099).
    #[error(transparent)]
    Level(#[from] LevelError),
    /// Form or identifier error (codes 4000s).
    #[error(transparent)]
    Form(#[from] FormError),
    /// Procedure catalogue error (codes 3100–3199).
    #[error(transparent)]
    Procedure(#[from] ProcedureError),
    /// Dossier lifecycle error (codes 5000s).
    #[error(transparent)]
    Dossier(#[from] DossierError),
    /// Report error (codes 6000s).
    #[error(transparent)]
    Report(#[from] ReportError),
    /// Error raised by a binding (C ABI, WASM) rather than the core (codes 9000–9099).
    #[error(transparent)]
    Binding(#[from] BindingError),
}

impl Error {
    fn inner(&self) -> &dyn Localized {
        match self {
            Error::Lunar(e) => e,
            Error::Calendar(e) => e,
            Error::Deadline(e) => e,
            Error::Level(e) => e,
            Error::Form(e) => e,
            Error::Procedure(e) => e,
            Error::Dossier(e) => e,
            Error::Report(e) => e,
            Error::Binding(e) => e,
        }
    }

    /// Stable numeric code; equal to the C ABI's `motcua_status` and the JS `Error.code`.
    pub fn code(&self) -> u32 {
        self.inner().code()
    }

    /// Coarse category.
    pub fn kind(&self) -> ErrorKind {
        self.inner().kind()
    }

    /// Message in Vietnamese or English.
    pub fn message(&self, lang: Lang) -> String {
        self.inner().message(lang)
    }

    /// True for [`ErrorKind::OutOfRange`].
    pub fn is_out_of_range(&self) -> bool {
        self.kind() == ErrorKind::OutOfRange
    }

    /// A short machine-readable name of the code, such as `"calendar.date_out_of_range"`.
    pub fn name(&self) -> &'static str {
        match self {
            Error::Lunar(e) => e.name(),
            Error::Calendar(e) => e.name(),
            Error::Deadline(e) => e.name(),
            Error::Level(e) => e.name(),
            Error::Form(e) => e.name(),
            Error::Procedure(e) => e.name(),
            Error::Dossier(e) => e.name(),
            Error::Report(e) => e.name(),
            Error::Binding(e) => e.name(),
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            ErrorKind::OutOfRange => "out of range",
            ErrorKind::InvalidInput => "invalid input",
            ErrorKind::Parse => "parse error",
            ErrorKind::Conflict => "conflict",
            ErrorKind::LimitExceeded => "limit exceeded",
            ErrorKind::Internal => "internal error",
        };
        f.write_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parse() {
        assert_eq!(Lang::parse("VI"), Some(Lang::Vi));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::En.pick("a", "b"), "b");
    }
}
