//! Errors as JS `Error` objects: `code`, `name`, Vietnamese `message`, `messageEn`.

use motcua::Lang;
use wasm_bindgen::JsValue;

/// A value given from JS has the wrong type or is missing (binding code 9001, as the C ABI's
/// null pointer).
pub const CODE_MISSING_ARGUMENT: u32 = 9001;
/// An argument is invalid: an impossible date, a malformed date string, a non-integer count,
/// a string too long (binding code 9005, as in the C ABI).
pub const CODE_INVALID_ARGUMENT: u32 = 9005;
/// A result could not be converted to JS (binding code 9006, should not happen).
pub const CODE_INTERNAL: u32 = 9006;

/// An error on its way to JS: from the core, or raised by the binding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// An error of the core, passed through with its stable code.
    Core(motcua::Error),
    /// An error of this binding (9000s).
    Binding {
        /// The code.
        code: u32,
        /// Machine-readable name.
        name: &'static str,
        /// Vietnamese text.
        vi: String,
        /// English text.
        en: String,
    },
}

impl Failure {
    /// An invalid argument (9005).
    pub(crate) fn invalid(vi: String, en: String) -> Failure {
        Failure::Binding {
            code: CODE_INVALID_ARGUMENT,
            name: "binding.invalid_argument",
            vi,
            en,
        }
    }

    /// A missing argument (9001).
    pub(crate) fn missing(what: &str) -> Failure {
        Failure::Binding {
            code: CODE_MISSING_ARGUMENT,
            name: "binding.missing_argument",
            vi: format!("Thiếu tham số {what}"),
            en: format!("missing argument {what}"),
        }
    }

    /// A result that could not be converted (9006).
    pub(crate) fn internal(detail: &str) -> Failure {
        Failure::Binding {
            code: CODE_INTERNAL,
            name: "binding.internal",
            vi: format!("Lỗi nội bộ của thư viện: {detail}"),
            en: format!("internal library error: {detail}"),
        }
    }

    /// The stable numeric code.
    pub fn code(&self) -> u32 {
        match self {
            Failure::Core(e) => e.code(),
            Failure::Binding { code, .. } => *code,
        }
    }

    /// The machine-readable name, e.g. `"calendar.date_out_of_range"`.
    pub fn name(&self) -> &'static str {
        match self {
            Failure::Core(e) => e.name(),
            Failure::Binding { name, .. } => name,
        }
    }

    /// The message in one language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Core(e) => e.message(lang),
            Failure::Binding { vi, en, .. } => lang.pick(vi, en).to_owned(),
        }
    }
}

impl From<motcua::Error> for Failure {
    fn from(e: motcua::Error) -> Failure {
        Failure::Core(e)
    }
}

impl From<Failure> for JsValue {
    /// A real `Error` with `code`, `name`, `message` (Vietnamese) and `messageEn`.
    fn from(f: Failure) -> JsValue {
        let err = js_sys::Error::new(&f.message(Lang::Vi));
        err.set_name(f.name());
        let obj: &JsValue = err.as_ref();
        // Setting a property on a fresh Error cannot fail; ignore the impossible error rather
        // than panic.
        let _ = js_sys::Reflect::set(obj, &"code".into(), &f64::from(f.code()).into());
        let _ = js_sys::Reflect::set(obj, &"messageEn".into(), &f.message(Lang::En).into());
        err.into()
    }
}

/// Result of the functions exported to JS.
pub type JsResult<T> = Result<T, JsValue>;

#[cfg(test)]
mod tests {
    use motcua::calendar::CalendarError;

    use super::*;

    #[test]
    fn core_errors_keep_code_and_name() {
        let f: Failure =
            motcua::Error::from(CalendarError::AnnouncementParse { detail: "x".into() }).into();
        assert_eq!(f.code(), 1103);
        assert_eq!(f.name(), "calendar.announcement_parse");
        assert!(f.message(Lang::Vi).contains("JSON"));
    }

    #[test]
    fn binding_errors_are_9000s() {
        assert_eq!(Failure::missing("date").code(), 9001);
        assert_eq!(Failure::invalid("a".into(), "b".into()).code(), 9005);
        assert_eq!(Failure::internal("x").code(), 9006);
        assert_eq!(
            Failure::invalid("a".into(), "b".into()).message(Lang::En),
            "b"
        );
    }
}
