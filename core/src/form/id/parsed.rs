//! One entry point for every identifier format: [`validate_as`] checks a value by its
//! [`IdFormat`] and returns the parsed parts as one serialisable [`Identifier`] (the JSON the
//! C ABI's `motcua_validate_*` and the WASM package's `validate*` functions return).

use serde::Serialize;

use super::{
    AgencyCode, DossierCode, Gender, IdWarning, Mst, PersonalId, Phone, parse_agency_code,
    parse_cccd, parse_dossier_code, parse_email, parse_fixed, parse_mobile, parse_mst,
    parse_personal_id, parse_phone, validate_cmnd,
};
use crate::Lang;
use crate::form::IdFormat;

/// A soft-check finding (warning) on a valid identifier, with both messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdNote {
    /// Stable code (4201–4299).
    pub code: u32,
    /// Machine-readable name, e.g. `"form.cccd_unknown_province"`.
    pub name: &'static str,
    /// Message in Vietnamese.
    pub message: String,
    /// Message in English.
    pub message_en: String,
}

impl From<IdWarning> for IdNote {
    fn from(w: IdWarning) -> IdNote {
        IdNote {
            code: w.code(),
            name: w.name(),
            message: w.message(Lang::Vi),
            message_en: w.message(Lang::En),
        }
    }
}

/// The parts of a valid personal identification number, with its soft checks (no birth date
/// or gender to compare with: only the unknown-province and implausible-century warnings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CccdInfo {
    /// The 12 digits.
    pub number: String,
    /// The three-digit province code as a number (`1` for `001`).
    pub province_code: u16,
    /// The province's name, when the code is one of the 63.
    pub province: Option<&'static str>,
    /// Gender (digit 4).
    pub gender: Gender,
    /// Year of birth (digits 4–6).
    pub birth_year: i32,
    /// Soft checks: never errors.
    pub warnings: Vec<IdNote>,
}

/// A valid identifier, as the format's parser reads it (JSON untagged: the shape tells the
/// format).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Identifier {
    /// `{"number", "province_code", "province", "gender", "birth_year", "warnings"}`.
    Cccd(CccdInfo),
    /// A legacy card: `{"number"}`.
    Cmnd {
        /// The 9 digits.
        number: String,
    },
    /// `{"type": "cccd" | "cmnd", "number"}`.
    PersonalId(PersonalId),
    /// `{"kind", "normalized", "branch"}`.
    Mst(Mst),
    /// `{"kind", "national", "e164"}`.
    Phone(Phone),
    /// `{"normalized"}`: the address with its domain lower-cased.
    Email {
        /// The normalised address.
        normalized: String,
    },
    /// `{"format", "level1", "code"}`.
    AgencyCode(AgencyCode),
    /// `{"agency": {…}, "date", "sequence"}`.
    DossierCode(DossierCode),
}

/// Validates `s` as an identifier of `format` (the same rules as a form field with that
/// `format`; the tax code under the current rules, the 12-digit personal number included).
///
/// ```
/// use motcua::form::IdFormat;
/// use motcua::form::id::{validate_as, Identifier};
/// let v = serde_json::to_value(validate_as(IdFormat::Cccd, "001099012345")?).unwrap();
/// assert_eq!(v["province"], "Hà Nội");
/// assert_eq!((v["gender"].as_str(), v["birth_year"].as_i64()), (Some("male"), Some(1999)));
/// let v = serde_json::to_value(validate_as(IdFormat::Mst, "0100109106-001")?).unwrap();
/// assert_eq!(v["normalized"], "0100109106-001");
/// assert_eq!(validate_as(IdFormat::Mst, "0100109107").unwrap_err().code(), 4102);
/// assert!(matches!(validate_as(IdFormat::Email, "A@B.VN")?, Identifier::Email { .. }));
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_as(format: IdFormat, s: &str) -> Result<Identifier, crate::Error> {
    Ok(match format {
        IdFormat::Cccd => {
            let c = parse_cccd(s)?;
            Identifier::Cccd(CccdInfo {
                number: c.as_string(),
                province_code: c.province_code(),
                province: c.province().map(|p| p.name),
                gender: c.gender(),
                birth_year: c.birth_year(),
                warnings: c
                    .warnings(None, None)
                    .into_iter()
                    .map(IdNote::from)
                    .collect(),
            })
        }
        IdFormat::Cmnd => Identifier::Cmnd {
            number: validate_cmnd(s)?,
        },
        IdFormat::PersonalId => Identifier::PersonalId(parse_personal_id(s)?),
        IdFormat::Mst => Identifier::Mst(parse_mst(s)?),
        IdFormat::Mobile => Identifier::Phone(parse_mobile(s)?),
        IdFormat::FixedPhone => Identifier::Phone(parse_fixed(s)?),
        IdFormat::Phone => Identifier::Phone(parse_phone(s)?),
        IdFormat::Email => Identifier::Email {
            normalized: parse_email(s)?,
        },
        IdFormat::AgencyCode => Identifier::AgencyCode(parse_agency_code(s)?),
        IdFormat::DossierCode => Identifier::DossierCode(parse_dossier_code(s)?),
    })
}
