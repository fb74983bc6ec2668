//! Errors as JS `Error` objects: `code`, `name`, Vietnamese `message`, `messageEn`.
//!
//! Every error is a `motcua::Error`: the core's, or a `motcua::BindingError` (9001 missing
//! argument, 9005 invalid argument, 9006 internal) raised here. Codes, names and messages
//! all come from the core, so the C ABI and this package share one table.

use motcua::{BindingError, Lang};
use wasm_bindgen::JsValue;

/// An error on its way to JS (a newtype: `From<motcua::Error> for JsValue` would be an
/// orphan impl).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure(pub motcua::Error);

impl Failure {
    /// An invalid argument (9005).
    pub(crate) fn invalid(vi: String, en: String) -> Failure {
        BindingError::InvalidArgument {
            detail: en,
            detail_vi: vi,
        }
        .into()
    }

    /// A missing argument: `undefined` or `null` (9001, the C ABI's null pointer).
    pub(crate) fn missing(what: &str) -> Failure {
        BindingError::NullPointer { what: what.into() }.into()
    }

    /// A result that could not be converted (9006).
    pub(crate) fn internal(detail: &str) -> Failure {
        BindingError::Internal {
            detail: detail.into(),
        }
        .into()
    }

    /// The stable numeric code.
    pub fn code(&self) -> u32 {
        self.0.code()
    }

    /// The machine-readable name, e.g. `"calendar.date_out_of_range"`.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The message in one language.
    pub fn message(&self, lang: Lang) -> String {
        self.0.message(lang)
    }
}

impl From<motcua::Error> for Failure {
    fn from(e: motcua::Error) -> Failure {
        Failure(e)
    }
}

impl From<BindingError> for Failure {
    fn from(e: BindingError) -> Failure {
        Failure(e.into())
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
    fn binding_errors_are_the_core_binding_errors() {
        assert_eq!(Failure::missing("date").code(), 9001);
        assert_eq!(Failure::missing("date").name(), "binding.null_pointer");
        assert_eq!(
            Failure::missing("date").message(Lang::En),
            "missing argument date"
        );
        assert_eq!(Failure::invalid("a".into(), "b".into()).code(), 9005);
        assert_eq!(Failure::internal("x").code(), 9006);
        assert_eq!(
            Failure::invalid("a".into(), "b".into()).message(Lang::En),
            "b"
        );
        assert_eq!(
            Failure::invalid("a".into(), "b".into()).message(Lang::Vi),
            "a"
        );
    }
}
