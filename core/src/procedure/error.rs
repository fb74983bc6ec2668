//! Errors of the procedure catalogue (codes 3100–3199).

use serde::Serialize;

use crate::error::{ErrorKind, Lang, Localized};
use crate::form::Severity;

/// One problem found in a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogueProblem {
    /// JSON pointer into the catalogue document, e.g. `/procedures/3/variants/0/steps`.
    pub pointer: String,
    /// Machine-readable name, e.g. `"procedure.duplicate_id"`.
    pub name: &'static str,
    /// Error (the catalogue is refused) or warning (kept, reported).
    pub severity: Severity,
    /// What is wrong (English).
    pub detail: String,
    /// What is wrong (Vietnamese).
    pub detail_vi: String,
}

/// Errors of the procedure catalogue (codes 3100–3199).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProcedureError {
    /// Not a national procedure code `d.dddddd` (code 3101).
    #[error(
        "a national procedure code (mã TTHC) is one digit, a dot and six digits, e.g. 1.001193"
    )]
    ProcedureCodeFormat,
    /// Not a service code `<procedure code>.<agency code>[.<suffix>]` (code 3102).
    #[error(
        "a service code is <procedure code>.<agency code (QCVN 102:2016)>[.<suffix>], e.g. 2.000815.000.00.00.H55.02"
    )]
    ServiceCodeFormat,
    /// The catalogue is not well-formed JSON of the expected shape (code 3103).
    #[error("catalogue JSON is malformed: {detail}")]
    CatalogueParse {
        /// Parser message (line and column).
        detail: String,
    },
    /// The catalogue has errors; every problem is listed (code 3104).
    #[error("catalogue has {} error(s): {}", errors(problems).count(), errors(problems).map(|p| format!("{}: {}", p.pointer, p.detail)).collect::<Vec<_>>().join("; "))]
    CatalogueInvalid {
        /// Every problem found (errors and warnings).
        problems: Vec<CatalogueProblem>,
    },
    /// The catalogue text is larger than the limit (code 3105).
    #[error("catalogue of {size} bytes exceeds the limit of {limit} bytes")]
    CatalogueTooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A catalogue query or request (filter, form or procedure lookup, dossier-context
    /// request) that is malformed or names something the catalogue does not have (code 3106).
    #[error("invalid catalogue query: {detail}")]
    QueryInvalid {
        /// What is wrong (English).
        detail: String,
        /// What is wrong (Vietnamese).
        detail_vi: String,
    },
}

fn errors(p: &[CatalogueProblem]) -> impl Iterator<Item = &CatalogueProblem> {
    p.iter().filter(|p| p.severity == Severity::Error)
}

impl ProcedureError {
    /// Machine-readable name of the code.
    ///
    /// ```
    /// let e = motcua::procedure::Catalogue::from_json("[]").unwrap_err();
    /// assert_eq!((e.code(), e.name()), (3103, "procedure.catalogue_parse"));
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            ProcedureError::ProcedureCodeFormat => "procedure.code_format",
            ProcedureError::ServiceCodeFormat => "procedure.service_code_format",
            ProcedureError::CatalogueParse { .. } => "procedure.catalogue_parse",
            ProcedureError::CatalogueInvalid { .. } => "procedure.catalogue_invalid",
            ProcedureError::CatalogueTooLarge { .. } => "procedure.catalogue_too_large",
            ProcedureError::QueryInvalid { .. } => "procedure.query_invalid",
        }
    }
}

impl Localized for ProcedureError {
    fn code(&self) -> u32 {
        match self {
            ProcedureError::ProcedureCodeFormat => 3101,
            ProcedureError::ServiceCodeFormat => 3102,
            ProcedureError::CatalogueParse { .. } => 3103,
            ProcedureError::CatalogueInvalid { .. } => 3104,
            ProcedureError::CatalogueTooLarge { .. } => 3105,
            ProcedureError::QueryInvalid { .. } => 3106,
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            ProcedureError::CatalogueParse { .. } => ErrorKind::Parse,
            ProcedureError::CatalogueTooLarge { .. } => ErrorKind::LimitExceeded,
            _ => ErrorKind::InvalidInput,
        }
    }

    fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ProcedureError::ProcedureCodeFormat => {
                "Mã thủ tục hành chính gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193".into()
            }
            ProcedureError::ServiceCodeFormat => "Mã dịch vụ công có dạng <mã TTHC>.<mã cơ quan theo QCVN 102:2016>[.<hậu tố>], ví dụ 2.000815.000.00.00.H55.02".into(),
            ProcedureError::CatalogueParse { detail } => {
                format!("Tệp JSON danh mục thủ tục không đúng định dạng: {detail}")
            }
            ProcedureError::CatalogueInvalid { problems } => format!(
                "Danh mục thủ tục có {} lỗi: {}",
                errors(problems).count(),
                errors(problems)
                    .map(|p| format!("{}: {}", p.pointer, p.detail_vi))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            ProcedureError::CatalogueTooLarge { size, limit } => {
                format!("Danh mục {size} byte vượt quá giới hạn {limit} byte")
            }
            ProcedureError::QueryInvalid { detail_vi, .. } => {
                format!("Truy vấn danh mục không hợp lệ: {detail_vi}")
            }
        }
    }
}
