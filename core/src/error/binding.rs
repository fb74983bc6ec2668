//! Errors raised by a binding rather than the core (codes 9001–9099).

use crate::error::{ErrorKind, Lang, Localized};

/// Errors raised by a binding (the C ABI, the WASM package) rather than by the rules: a
/// missing argument, a string that is not UTF-8, a panic caught at the boundary… (codes
/// 9001–9099, the same numbers in C and JavaScript).
///
/// The core never returns them; they live here so that every surface shares one table of
/// codes, names and messages ([`crate::describe_code`]).
///
/// ```
/// use motcua::{BindingError, Error, Lang};
/// let e = Error::from(BindingError::NullPointer { what: "date".into() });
/// assert_eq!((e.code(), e.name()), (9001, "binding.null_pointer"));
/// assert_eq!(e.message(Lang::En), "missing argument date");
/// let e = Error::from(BindingError::InvalidArgument {
///     detail: "n must be an integer".into(),
///     detail_vi: "n phải là số nguyên".into(),
/// });
/// assert_eq!((e.code(), e.message(Lang::Vi).as_str()), (9005, "n phải là số nguyên"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BindingError {
    /// A required argument is missing: a NULL pointer in C, `undefined` or `null` in
    /// JavaScript (code 9001).
    #[error("missing argument {what}")]
    NullPointer {
        /// The argument's name.
        what: String,
    },
    /// A string argument is not valid UTF-8 (code 9002).
    #[error("{what} is not valid UTF-8")]
    InvalidUtf8 {
        /// The argument's name.
        what: String,
    },
    /// A bug inside the library (a Rust panic) was caught at the boundary (code 9003).
    #[error("an internal library error (panic) was caught")]
    Panic,
    /// The caller's buffer is too small (code 9004).
    #[error("the buffer is too small: {needed} bytes needed")]
    BufferTooSmall {
        /// Bytes needed, terminating NUL included.
        needed: usize,
    },
    /// An argument is invalid: an impossible date, a malformed date string, a wrong type, a
    /// flag other than 0/1, a string too long (code 9005).
    #[error("{detail}")]
    InvalidArgument {
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
    /// An internal error that should not happen, e.g. a result that could not be encoded
    /// (code 9006).
    #[error("internal library error: {detail}")]
    Internal {
        /// What went wrong (English, technical).
        detail: String,
    },
}

impl BindingError {
    /// Machine-readable name of the code, `"binding.…"`.
    ///
    /// ```
    /// use motcua::BindingError;
    /// assert_eq!(BindingError::Panic.name(), "binding.panic");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            BindingError::NullPointer { .. } => "binding.null_pointer",
            BindingError::InvalidUtf8 { .. } => "binding.invalid_utf8",
            BindingError::Panic => "binding.panic",
            BindingError::BufferTooSmall { .. } => "binding.buffer_too_small",
            BindingError::InvalidArgument { .. } => "binding.invalid_argument",
            BindingError::Internal { .. } => "binding.internal",
        }
    }
}

impl Localized for BindingError {
    fn code(&self) -> u32 {
        match self {
            BindingError::NullPointer { .. } => 9001,
            BindingError::InvalidUtf8 { .. } => 9002,
            BindingError::Panic => 9003,
            BindingError::BufferTooSmall { .. } => 9004,
            BindingError::InvalidArgument { .. } => 9005,
            BindingError::Internal { .. } => 9006,
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            BindingError::NullPointer { .. }
            | BindingError::InvalidUtf8 { .. }
            | BindingError::InvalidArgument { .. } => ErrorKind::InvalidInput,
            BindingError::BufferTooSmall { .. } => ErrorKind::LimitExceeded,
            BindingError::Panic | BindingError::Internal { .. } => ErrorKind::Internal,
        }
    }

    fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            BindingError::NullPointer { what } => format!("Thiếu tham số {what}"),
            BindingError::InvalidUtf8 { what } => format!("{what} không phải UTF-8 hợp lệ"),
            BindingError::Panic => "Lỗi nội bộ của thư viện (panic) đã được chặn lại".into(),
            BindingError::BufferTooSmall { needed } => {
                format!("Bộ đệm quá nhỏ: cần {needed} byte")
            }
            BindingError::InvalidArgument { detail_vi, .. } => detail_vi.clone(),
            BindingError::Internal { detail } => format!("Lỗi nội bộ của thư viện: {detail}"),
        }
    }
}
