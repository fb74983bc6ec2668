//! Typed errors of the form module (codes 4101–4199 through [`IdError`], 4900–4999 here).
//!
//! A *violation* of a form rule is not an error: validation returns every violation in a
//! [`Report`](super::Report). Errors are for what stops validation itself: a malformed or
//! inconsistent [`FormSpec`](super::FormSpec), a document that is not JSON, or an input over
//! a [`FormLimits`](super::FormLimits) limit.

use serde::Serialize;

use super::id::IdError;
use crate::error::{ErrorKind, Lang, Localized};

/// One problem found in a form specification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpecProblem {
    /// JSON pointer into the specification, e.g. `/fields/3/pattern`.
    pub pointer: String,
    /// What is wrong (English).
    pub detail: String,
    /// What is wrong (Vietnamese).
    pub detail_vi: String,
}

/// Which limit of [`FormLimits`](super::FormLimits) an input exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// `max_bytes` (code 4910).
    Bytes,
    /// `max_string_len`, in bytes of UTF-8 (code 4911).
    StringLength,
    /// `max_array_len` (code 4912).
    ArrayLength,
    /// `max_depth` (code 4913).
    Depth,
    /// `max_fields`: object members in the whole document (code 4914).
    Fields,
}

/// Errors of the form module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FormError {
    /// An identifier is not valid (codes 4101–4199).
    #[error(transparent)]
    Id(#[from] IdError),
    /// A form specification is not well-formed JSON of the expected shape (code 4901).
    #[error("form specification is malformed: {detail}")]
    SpecParse {
        /// Parser message (line and column).
        detail: String,
    },
    /// A form specification is well-formed but inconsistent; every problem is listed
    /// (code 4902).
    #[error("form specification {form:?} has {} problem(s): {}", problems.len(), problems.iter().map(|p| format!("{}: {}", p.pointer, p.detail)).collect::<Vec<_>>().join("; "))]
    SpecInvalid {
        /// The form's `id`.
        form: String,
        /// Every problem found.
        problems: Vec<SpecProblem>,
    },
    /// A document to validate is not well-formed JSON (code 4903).
    #[error("document is not valid JSON: {detail}")]
    DocumentParse {
        /// Parser message (line and column).
        detail: String,
    },
    /// A document exceeds a limit (codes 4910–4914).
    #[error("document exceeds the {limit:?} limit of {max}{}", at.as_ref().map(|p| format!(" at {p}")).unwrap_or_default())]
    LimitExceeded {
        /// Which limit.
        limit: Limit,
        /// The configured maximum.
        max: usize,
        /// JSON pointer where it was exceeded, when known (not for the byte size).
        at: Option<String>,
    },
}

impl FormError {
    /// Machine-readable name of the code.
    ///
    /// ```
    /// use motcua::form::Form;
    /// let e = Form::from_json("{").unwrap_err();
    /// assert_eq!(e.name(), "form.spec_parse");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            FormError::Id(e) => e.name(),
            FormError::SpecParse { .. } => "form.spec_parse",
            FormError::SpecInvalid { .. } => "form.spec_invalid",
            FormError::DocumentParse { .. } => "form.document_parse",
            FormError::LimitExceeded { limit, .. } => match limit {
                Limit::Bytes => "form.too_many_bytes",
                Limit::StringLength => "form.string_too_long",
                Limit::ArrayLength => "form.array_too_long",
                Limit::Depth => "form.too_deep",
                Limit::Fields => "form.too_many_fields",
            },
        }
    }
}

impl Localized for FormError {
    fn code(&self) -> u32 {
        match self {
            FormError::Id(e) => e.code(),
            FormError::SpecParse { .. } => 4901,
            FormError::SpecInvalid { .. } => 4902,
            FormError::DocumentParse { .. } => 4903,
            FormError::LimitExceeded { limit, .. } => match limit {
                Limit::Bytes => 4910,
                Limit::StringLength => 4911,
                Limit::ArrayLength => 4912,
                Limit::Depth => 4913,
                Limit::Fields => 4914,
            },
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            FormError::Id(e) => e.kind(),
            FormError::SpecParse { .. } | FormError::DocumentParse { .. } => ErrorKind::Parse,
            FormError::SpecInvalid { .. } => ErrorKind::InvalidInput,
            FormError::LimitExceeded { .. } => ErrorKind::LimitExceeded,
        }
    }

    fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            FormError::Id(e) => e.message(lang),
            FormError::SpecParse { detail } => {
                format!("Đặc tả biểu mẫu không đúng định dạng: {detail}")
            }
            FormError::SpecInvalid { form, problems } => format!(
                "Đặc tả biểu mẫu {form:?} có {} lỗi: {}",
                problems.len(),
                problems
                    .iter()
                    .map(|p| format!("{}: {}", p.pointer, p.detail_vi))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            FormError::DocumentParse { detail } => {
                format!("Dữ liệu gửi lên không phải JSON hợp lệ: {detail}")
            }
            FormError::LimitExceeded { limit, max, at } => {
                let what = match limit {
                    Limit::Bytes => "kích thước (byte)",
                    Limit::StringLength => "độ dài chuỗi (byte)",
                    Limit::ArrayLength => "số phần tử của mảng",
                    Limit::Depth => "độ sâu lồng nhau",
                    Limit::Fields => "số trường",
                };
                let at = at.as_ref().map(|p| format!(" tại {p}")).unwrap_or_default();
                format!("Dữ liệu vượt quá giới hạn {what} là {max}{at}")
            }
        }
    }
}

impl From<IdError> for crate::Error {
    fn from(e: IdError) -> Self {
        crate::Error::Form(FormError::Id(e))
    }
}
