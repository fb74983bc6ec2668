//! National procedure codes (`d.dddddd`) and online-service codes
//! (`<procedure code>.<agency code>[.<suffix>]`), domain brief §6.3.

use serde::Serialize;

use super::ProcedureError;
use crate::form::id::{AgencyCodeFormat, validate_agency_code};

/// A national procedure code (mã TTHC in the National TTHC Database), e.g. `1.001193`. Whether
/// the first digit means something is unverified; it is kept as part of the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ProcedureCode {
    /// The first digit.
    pub group: u8,
    /// The six-digit number.
    pub number: u32,
}

impl std::fmt::Display for ProcedureCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:06}", self.group, self.number)
    }
}

impl ProcedureCode {
    /// Parses `d.dddddd`.
    ///
    /// ```
    /// use motcua::procedure::ProcedureCode;
    /// let c = ProcedureCode::parse("2.000815")?;
    /// assert_eq!((c.group, c.number, c.to_string()), (2, 815, "2.000815".to_string()));
    /// assert_eq!(ProcedureCode::parse("2.00815").unwrap_err().code(), 3101);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn parse(s: &str) -> Result<ProcedureCode, crate::Error> {
        parse_procedure_code(s).ok_or_else(|| ProcedureError::ProcedureCodeFormat.into())
    }
}

pub(crate) fn parse_procedure_code(s: &str) -> Option<ProcedureCode> {
    let (g, n) = s.split_once('.')?;
    let ok = g.len() == 1
        && n.len() == 6
        && s.bytes().filter(|&c| c != b'.').all(|c| c.is_ascii_digit());
    if !ok {
        return None;
    }
    Some(ProcedureCode {
        group: g.parse().ok()?,
        number: n.parse().ok()?,
    })
}

/// A local procedure or online-service code: the national code, the agency code in QCVN
/// 102:2016 form, and an optional suffix for an online-service variant, e.g.
/// `2.000815.000.00.00.H55.02` [C: observed on a provincial portal]. Treat the suffix as
/// opaque.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ServiceCode {
    /// The national procedure code.
    pub procedure: ProcedureCode,
    /// The agency code, e.g. `000.00.00.H55`.
    pub agency: String,
    /// The suffix after the agency code, e.g. `02`.
    pub suffix: Option<String>,
}

impl ServiceCode {
    /// Parses a service code.
    ///
    /// ```
    /// use motcua::procedure::ServiceCode;
    /// let c = ServiceCode::parse("2.000815.000.00.00.H55.02")?;
    /// assert_eq!((c.procedure.to_string().as_str(), c.agency.as_str(), c.suffix.as_deref()),
    ///            ("2.000815", "000.00.00.H55", Some("02")));
    /// assert!(ServiceCode::parse("3.000181.000.00.00.H22")?.suffix.is_none());
    /// assert_eq!(ServiceCode::parse("2.000815.H55").unwrap_err().code(), 3102);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn parse(s: &str) -> Result<ServiceCode, crate::Error> {
        let err = || crate::Error::from(ProcedureError::ServiceCodeFormat);
        let procedure = s.get(..8).and_then(parse_procedure_code).ok_or_else(err)?;
        let rest = s
            .get(8..)
            .and_then(|r| r.strip_prefix('.'))
            .ok_or_else(err)?;
        let agency = rest.get(..13).ok_or_else(err)?;
        let suffix = match rest.get(13..) {
            Some("") => None,
            Some(t) => {
                let t = t.strip_prefix('.').ok_or_else(err)?;
                if t.is_empty() || !t.bytes().all(|c| c.is_ascii_alphanumeric()) {
                    return Err(err());
                }
                Some(t.to_owned())
            }
            None => return Err(err()),
        };
        match validate_agency_code(agency) {
            Ok(a) if a.format == AgencyCodeFormat::Qcvn102 => Ok(ServiceCode {
                procedure,
                agency: agency.to_owned(),
                suffix,
            }),
            _ => Err(err()),
        }
    }
}
