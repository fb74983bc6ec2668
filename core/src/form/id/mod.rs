//! Vietnamese identifiers: each validator is a plain function `fn(&str) -> Result<T, IdError>`
//! that returns the parsed parts when the value is valid.
//!
//! | Function | Accepts | Source |
//! |---|---|---|
//! | [`validate_cccd`] | 12-digit personal identification number (số định danh cá nhân, printed on the CCCD / Thẻ căn cước) | Law on Identification 26/2023/QH15 (12 digits); structure: Circular 07/2016/TT-BCA, 59/2021/TT-BCA |
//! | [`validate_cmnd`] | 9-digit legacy identity card (CMND) | Decree 05/1999/NĐ-CP [U] |
//! | [`validate_personal_id`] | either of the two | |
//! | [`validate_mst`] | tax code (mã số thuế): 10 digits with check digit, 13-digit branch form, 12-digit personal number | weights and check digit as specified in issue 4; personal number as tax code from 01/07/2025 (Circular 86/2024/TT-BTC [U]) |
//! | [`validate_mobile`], [`validate_fixed_phone`], [`validate_phone`] | phone numbers | numbering plan after the 2017–2018 conversions [U] |
//! | [`validate_email`] | e-mail address (pragmatic RFC 5321 subset) | |
//! | [`validate_dossier_code`] | `<agency code>-YYMMDD-NNNN` | Decree 61/2018 Art. 26; Circular 01/2018/TT-VPCP Art. 19 |
//! | [`validate_agency_code`] | both agency-code formats | QCVN 102:2016; Decision 20/2020/QĐ-TTg Art. 4 |
//!
//! Validators take the value as typed: no trimming, no separators (a frontend strips spaces
//! before sending). That keeps each rule expressible as a JSON Schema `pattern`.
//!
//! ## The personal number (CCCD): hard rule and soft checks
//! The law guarantees only that the number has 12 digits, so that is the only hard rule.
//! The structure of Circular 07/2016/TT-BCA (3-digit province of birth registration, one
//! century-and-gender digit, 2-digit year of birth, 6 random digits) gives **soft checks**:
//! [`Cccd::warnings`] reports an unknown province code, an implausible century, or a birth
//! year / gender that contradicts the one declared, as [`IdWarning`]s, never as errors.
//!
//! ```
//! use motcua::form::id::{validate_cccd, Gender};
//! let id = validate_cccd("001099012345")?;
//! assert_eq!(id.province().map(|p| p.name), Some("Hà Nội"));
//! assert_eq!((id.gender(), id.birth_year()), (Gender::Male, 1999));
//! // Only the shape is a hard rule:
//! assert_eq!(validate_cccd("00109901234").unwrap_err().code(), 4111);
//! # Ok::<(), motcua::Error>(())
//! ```
//!
//! ## The tax code (MST): derived from its definition
//! For a 10-digit code `d1…d10`: `Σ = 31·d1 + 29·d2 + 23·d3 + 19·d4 + 17·d5 + 13·d6 + 7·d7 +
//! 5·d8 + 3·d9`, and the check digit is `d10 = 10 − (Σ mod 11)`. Everything follows from that
//! definition alone:
//! - `Σ mod 11` runs over 0…10, so `10 − (Σ mod 11)` runs over 10…0. When `Σ mod 11 = 0` the
//!   "check digit" would be 10, which is not a digit: **no tax code starts with such a
//!   nine-digit prefix** ([`IdError::MstUnusablePrefix`], code 4103), whatever the 10th digit.
//! - Every other prefix has exactly one valid 10th digit, from 9 (`Σ mod 11 = 1`) down to 0
//!   (`Σ mod 11 = 10`). No special case for 1 is needed.
//! - The 13-digit form `XXXXXXXXXX-YYY` (branch, dependent unit) is valid when its first ten
//!   digits are a valid tax code and `YYY` is 001–999. The hyphen may be omitted (13 digits).
//! - Since 1 July 2025 the 12-digit personal number is an individual's tax code: any 12 digits
//!   are accepted ([`validate_mst`]); [`validate_mst_on`] rejects them for earlier dates.
//!
//! ```
//! use motcua::form::id::{validate_mst, MstKind};
//! assert_eq!(validate_mst("0100109106")?.kind, MstKind::Organisation);
//! assert_eq!(validate_mst("0100109106-001")?.branch, Some(1));
//! assert_eq!(validate_mst("0100109107").unwrap_err().code(), 4102); // wrong check digit
//! # Ok::<(), motcua::Error>(())
//! ```

mod error;
mod parsed;
mod provinces;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub use error::{IdError, IdWarning};
pub use parsed::{CccdInfo, IdNote, Identifier, validate_as};
pub use provinces::{Province, province, provinces};

/// The weights of the first nine digits of a tax code.
pub const MST_WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// The date from which the 12-digit personal number is also the tax code of an individual.
///
/// ```
/// assert_eq!(motcua::form::id::personal_id_as_tax_code_from().to_string(), "2025-07-01");
/// ```
pub fn personal_id_as_tax_code_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or(NaiveDate::MIN)
}

/// The digits of `s` if it is exactly `N` ASCII digits.
fn digits<const N: usize>(s: &str) -> Option<[u8; N]> {
    let b: &[u8; N] = s.as_bytes().try_into().ok()?;
    let mut out = [0u8; N];
    for (o, c) in out.iter_mut().zip(b) {
        if !c.is_ascii_digit() {
            return None;
        }
        *o = c - b'0';
    }
    Some(out)
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

/// The check digit of a nine-digit tax-code prefix, or `None` when no check digit exists
/// (`Σ mod 11 = 0`).
///
/// ```
/// use motcua::form::id::mst_check_digit;
/// assert_eq!(mst_check_digit([0, 1, 0, 0, 1, 0, 9, 1, 0]), Some(6));
/// ```
pub fn mst_check_digit(prefix: [u8; 9]) -> Option<u8> {
    let sum: u32 = prefix
        .iter()
        .zip(MST_WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    match sum % 11 {
        0 => None,
        r => u8::try_from(10 - r).ok(),
    }
}

/// What kind of tax code a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MstKind {
    /// 10 digits: an enterprise, organisation or individual registered before 2025-07-01.
    Organisation,
    /// 13 digits: a branch or dependent unit of the 10-digit code.
    Branch,
    /// 12 digits: the personal identification number used as tax code (from 2025-07-01).
    PersonalId,
}

/// A valid tax code (mã số thuế).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Mst {
    /// Which form it has.
    pub kind: MstKind,
    /// The normalised code: 10 digits, `XXXXXXXXXX-YYY`, or 12 digits.
    pub normalized: String,
    /// The branch number (1–999) of a 13-digit code.
    pub branch: Option<u16>,
}

fn check_mst10(d: [u8; 10]) -> Result<(), IdError> {
    let [p0, p1, p2, p3, p4, p5, p6, p7, p8, check] = d;
    match mst_check_digit([p0, p1, p2, p3, p4, p5, p6, p7, p8]) {
        None => Err(IdError::MstUnusablePrefix),
        Some(c) if c == check => Ok(()),
        Some(c) => Err(IdError::MstCheckDigit {
            expected: c,
            found: check,
        }),
    }
}

/// Validates a tax code (mã số thuế) under the current rules (the 12-digit personal number is
/// accepted). See the [module docs](self) for the definition.
///
/// ```
/// use motcua::form::id::{validate_mst, MstKind};
/// assert_eq!(validate_mst("0100109106")?.kind, MstKind::Organisation);
/// assert_eq!(validate_mst("0100109106001")?.normalized, "0100109106-001");
/// assert_eq!(validate_mst("001099012345")?.kind, MstKind::PersonalId);
/// let e = validate_mst("0100109106-000").unwrap_err();
/// assert_eq!((e.code(), e.name()), (4104, "form.mst_branch_zero"));
/// assert_eq!(validate_mst("01001091").unwrap_err().code(), 4101);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_mst(s: &str) -> Result<Mst, crate::Error> {
    Ok(parse_mst(s)?)
}

/// [`validate_mst`] as of a date: before 2025-07-01 a 12-digit personal number is not a tax
/// code ([`IdError::MstPersonalIdTooEarly`], code 4105).
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::form::id::validate_mst_on;
/// let d = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
/// assert_eq!(validate_mst_on("001099012345", d).unwrap_err().code(), 4105);
/// assert!(validate_mst_on("001099012345", d.succ_opt().unwrap()).is_ok());
/// ```
pub fn validate_mst_on(s: &str, on: NaiveDate) -> Result<Mst, crate::Error> {
    let m = parse_mst(s)?;
    if m.kind == MstKind::PersonalId && on < personal_id_as_tax_code_from() {
        return Err(IdError::MstPersonalIdTooEarly {
            date: on.to_string(),
        }
        .into());
    }
    Ok(m)
}

pub(crate) fn parse_mst(s: &str) -> Result<Mst, IdError> {
    if let Some(d) = digits::<10>(s) {
        check_mst10(d)?;
        return Ok(Mst {
            kind: MstKind::Organisation,
            normalized: s.to_owned(),
            branch: None,
        });
    }
    if digits::<12>(s).is_some() {
        return Ok(Mst {
            kind: MstKind::PersonalId,
            normalized: s.to_owned(),
            branch: None,
        });
    }
    let (head, tail) = match (s.len(), s.get(..10), s.get(10..)) {
        (13, Some(h), Some(t)) => (h, t),
        (14, Some(h), Some(t)) => match t.strip_prefix('-') {
            Some(t) => (h, t),
            None => return Err(IdError::MstFormat),
        },
        _ => return Err(IdError::MstFormat),
    };
    let (Some(d), Some(b)) = (digits::<10>(head), digits::<3>(tail)) else {
        return Err(IdError::MstFormat);
    };
    check_mst10(d)?;
    let [b0, b1, b2] = b;
    let branch = u16::from(b0) * 100 + u16::from(b1) * 10 + u16::from(b2);
    if branch == 0 {
        return Err(IdError::MstBranchZero);
    }
    Ok(Mst {
        kind: MstKind::Branch,
        normalized: format!("{head}-{tail}"),
        branch: Some(branch),
    })
}

/// Gender as encoded in the personal number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Nam (even century digit).
    Male,
    /// Nữ (odd century digit).
    Female,
}

/// A 12-digit personal identification number, with the parts Circular 07/2016/TT-BCA gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Cccd {
    digits: [u8; 12],
}

impl Cccd {
    /// The three-digit province code (digits 1–3), e.g. `1` for `001`.
    ///
    /// ```
    /// assert_eq!(motcua::form::id::validate_cccd("079203001234")?.province_code(), 79);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn province_code(&self) -> u16 {
        let [a, b, c, ..] = self.digits;
        u16::from(a) * 100 + u16::from(b) * 10 + u16::from(c)
    }

    /// The province of birth registration, when the code is one of the 63.
    ///
    /// ```
    /// let id = motcua::form::id::validate_cccd("079203001234")?;
    /// assert_eq!(id.province().map(|p| p.name), Some("Hồ Chí Minh"));
    /// assert!(motcua::form::id::validate_cccd("000203001234")?.province().is_none());
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn province(&self) -> Option<&'static Province> {
        province(self.province_code())
    }

    /// Gender (digit 4: even male, odd female).
    ///
    /// ```
    /// use motcua::form::id::{validate_cccd, Gender};
    /// assert_eq!(validate_cccd("079303001234")?.gender(), Gender::Female);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn gender(&self) -> Gender {
        let [_, _, _, g, ..] = self.digits;
        if g % 2 == 0 {
            Gender::Male
        } else {
            Gender::Female
        }
    }

    /// Year of birth: century from digit 4 (0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, …) plus
    /// digits 5–6.
    ///
    /// ```
    /// assert_eq!(motcua::form::id::validate_cccd("079103001234")?.birth_year(), 1903);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn birth_year(&self) -> i32 {
        let [_, _, _, g, y1, y0, ..] = self.digits;
        1900 + 100 * i32::from(g / 2) + i32::from(y1) * 10 + i32::from(y0)
    }

    /// The number as a string of 12 digits.
    ///
    /// ```
    /// assert_eq!(motcua::form::id::validate_cccd("001099012345")?.as_string(), "001099012345");
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn as_string(&self) -> String {
        self.digits.iter().map(|d| char::from(b'0' + d)).collect()
    }

    /// Soft checks (never errors): unknown province code, implausible century, and, where
    /// given, a birth date or gender that contradicts the number.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::form::id::{validate_cccd, Gender, IdWarning};
    /// let id = validate_cccd("001199012345")?; // Hà Nội, female, 1999
    /// assert!(id.warnings(None, None).is_empty());
    /// let born = NaiveDate::from_ymd_opt(2001, 5, 2);
    /// let w = id.warnings(born, Some(Gender::Male));
    /// assert_eq!(w.iter().map(|w| w.code()).collect::<Vec<_>>(), [4202, 4204]);
    /// assert_eq!(validate_cccd("003099012345")?.warnings(None, None),
    ///            [IdWarning::CccdUnknownProvince { code: 3 }]);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn warnings(
        &self,
        birth_date: Option<NaiveDate>,
        gender: Option<Gender>,
    ) -> Vec<IdWarning> {
        let mut w = Vec::new();
        if self.province().is_none() {
            w.push(IdWarning::CccdUnknownProvince {
                code: self.province_code(),
            });
        }
        let encoded = self.birth_year();
        if encoded >= 2200 {
            w.push(IdWarning::CccdImplausibleCentury { encoded });
        }
        if let Some(b) = birth_date {
            if b.year() != encoded {
                w.push(IdWarning::CccdBirthYearMismatch {
                    encoded,
                    given: b.year(),
                });
            }
        }
        if let Some(g) = gender {
            if g != self.gender() {
                w.push(IdWarning::CccdGenderMismatch);
            }
        }
        w
    }
}

/// Validates a 12-digit personal identification number (CCCD / Thẻ căn cước). Only the shape
/// is a hard rule; see [`Cccd::warnings`] for the soft checks.
///
/// ```
/// use motcua::form::id::validate_cccd;
/// assert_eq!(validate_cccd("079203001234")?.birth_year(), 2003);
/// let e = validate_cccd("07920300123A").unwrap_err();
/// assert_eq!((e.code(), e.name()), (4111, "form.cccd_format"));
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_cccd(s: &str) -> Result<Cccd, crate::Error> {
    Ok(parse_cccd(s)?)
}

pub(crate) fn parse_cccd(s: &str) -> Result<Cccd, IdError> {
    digits::<12>(s)
        .map(|digits| Cccd { digits })
        .ok_or(IdError::CccdFormat)
}

/// Validates a legacy 9-digit identity card number (chứng minh nhân dân). Returns the number.
///
/// ```
/// use motcua::form::id::validate_cmnd;
/// assert_eq!(validate_cmnd("012345678")?, "012345678");
/// assert_eq!(validate_cmnd("0123456789").unwrap_err().code(), 4112);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_cmnd(s: &str) -> Result<String, crate::Error> {
    match digits::<9>(s) {
        Some(_) => Ok(s.to_owned()),
        None => Err(IdError::CmndFormat.into()),
    }
}

/// A personal identity document number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PersonalId {
    /// 12-digit personal number.
    Cccd {
        /// The number.
        number: String,
    },
    /// 9-digit legacy card.
    Cmnd {
        /// The number.
        number: String,
    },
}

/// Validates a personal identity number: 12 digits (CCCD) or 9 digits (CMND).
///
/// ```
/// use motcua::form::id::{validate_personal_id, PersonalId};
/// assert!(matches!(validate_personal_id("012345678")?, PersonalId::Cmnd { .. }));
/// assert_eq!(validate_personal_id("1234").unwrap_err().code(), 4113);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_personal_id(s: &str) -> Result<PersonalId, crate::Error> {
    Ok(parse_personal_id(s)?)
}

pub(crate) fn parse_personal_id(s: &str) -> Result<PersonalId, IdError> {
    let number = s.to_owned();
    if digits::<12>(s).is_some() {
        Ok(PersonalId::Cccd { number })
    } else if digits::<9>(s).is_some() {
        Ok(PersonalId::Cmnd { number })
    } else {
        Err(IdError::PersonalIdFormat)
    }
}

/// What kind of phone number a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    /// Mobile (di động).
    Mobile,
    /// Fixed line (cố định).
    Fixed,
}

/// A valid Vietnamese phone number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Phone {
    /// Mobile or fixed.
    pub kind: PhoneKind,
    /// The national form, starting with `0`.
    pub national: String,
    /// The E.164 form, starting with `+84`.
    pub e164: String,
}

/// The national significant number (without `0` or `+84`) of a phone number.
fn national_significant(s: &str) -> Option<&str> {
    let rest = s.strip_prefix("+84").or_else(|| s.strip_prefix('0'))?;
    all_digits(rest).then_some(rest)
}

pub(crate) fn parse_mobile(s: &str) -> Result<Phone, IdError> {
    match national_significant(s) {
        Some(n)
            if n.len() == 9
                && matches!(n.as_bytes().first(), Some(b'3' | b'5' | b'7' | b'8' | b'9')) =>
        {
            Ok(Phone {
                kind: PhoneKind::Mobile,
                national: format!("0{n}"),
                e164: format!("+84{n}"),
            })
        }
        _ => Err(IdError::MobileFormat),
    }
}

pub(crate) fn parse_fixed(s: &str) -> Result<Phone, IdError> {
    match national_significant(s) {
        Some(n) if n.len() == 10 && n.as_bytes().first() == Some(&b'2') => Ok(Phone {
            kind: PhoneKind::Fixed,
            national: format!("0{n}"),
            e164: format!("+84{n}"),
        }),
        _ => Err(IdError::FixedPhoneFormat),
    }
}

/// Validates a Vietnamese mobile number: `0` + 9 digits whose first is 3, 5, 7, 8 or 9
/// (the prefixes 03x, 05x, 07x, 08x, 09x in use since the 2018 conversion of 11-digit numbers),
/// or `+84` + the same 9 digits. Which sub-prefixes are allocated to carriers changes over time
/// and is not checked [U].
///
/// ```
/// use motcua::form::id::validate_mobile;
/// assert_eq!(validate_mobile("0912345678")?.e164, "+84912345678");
/// assert_eq!(validate_mobile("+84386123456")?.national, "0386123456");
/// assert_eq!(validate_mobile("01689123456").unwrap_err().code(), 4121); // pre-2018 number
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_mobile(s: &str) -> Result<Phone, crate::Error> {
    Ok(parse_mobile(s)?)
}

/// Validates a Vietnamese fixed-line number: 11 digits starting `02` (area code 2x or 2xx
/// after the 2017 conversion, then the subscriber number), or `+84` + 10 digits starting 2.
/// The list of area codes is not checked [U].
///
/// ```
/// use motcua::form::id::validate_fixed_phone;
/// assert_eq!(validate_fixed_phone("02438251234")?.e164, "+842438251234");
/// assert_eq!(validate_fixed_phone("0438251234").unwrap_err().code(), 4122); // pre-2017 form
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_fixed_phone(s: &str) -> Result<Phone, crate::Error> {
    Ok(parse_fixed(s)?)
}

/// Validates a mobile or fixed-line number.
///
/// ```
/// use motcua::form::id::{validate_phone, PhoneKind};
/// assert_eq!(validate_phone("02363821234")?.kind, PhoneKind::Fixed);
/// assert_eq!(validate_phone("0987654321")?.kind, PhoneKind::Mobile);
/// assert_eq!(validate_phone("0123").unwrap_err().code(), 4123);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_phone(s: &str) -> Result<Phone, crate::Error> {
    Ok(parse_phone(s)?)
}

pub(crate) fn parse_phone(s: &str) -> Result<Phone, IdError> {
    parse_mobile(s)
        .or_else(|_| parse_fixed(s))
        .map_err(|_| IdError::PhoneFormat)
}

fn email_err(detail: &'static str, detail_vi: &'static str) -> IdError {
    IdError::EmailFormat { detail, detail_vi }
}

fn is_atext(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~-".contains(&c)
}

/// Validates an e-mail address, a pragmatic subset of RFC 5321: `local@domain`, at most 254
/// characters; the local part (1–64) is dot-separated runs of letters, digits and
/// ``!#$%&'*+/=?^_`{|}~-`` (no quoted strings); the domain has at least two labels of letters,
/// digits and inner hyphens (1–63 each), and a top-level label that is not all digits.
/// Returns the address with the domain lower-cased.
///
/// ```
/// use motcua::form::id::validate_email;
/// assert_eq!(validate_email("Nguyen.Van.A@Example.GOV.vn")?, "Nguyen.Van.A@example.gov.vn");
/// let e = validate_email("a..b@example.vn").unwrap_err();
/// assert_eq!((e.code(), e.name()), (4131, "form.email_format"));
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_email(s: &str) -> Result<String, crate::Error> {
    Ok(parse_email(s)?)
}

pub(crate) fn parse_email(s: &str) -> Result<String, IdError> {
    if s.len() > 254 {
        return Err(email_err("longer than 254 characters", "dài hơn 254 ký tự"));
    }
    let Some((local, domain)) = s.rsplit_once('@') else {
        return Err(email_err("no @", "thiếu ký tự @"));
    };
    if local.is_empty() || local.len() > 64 {
        return Err(email_err(
            "the part before @ has 1 to 64 characters",
            "phần trước @ phải có từ 1 đến 64 ký tự",
        ));
    }
    if !local
        .split('.')
        .all(|run| !run.is_empty() && run.bytes().all(is_atext))
    {
        return Err(email_err(
            "invalid character or dot placement before @",
            "ký tự hoặc dấu chấm không hợp lệ ở phần trước @",
        ));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if labels.len() < 2 || !labels.iter().all(label_ok) {
        return Err(email_err("invalid domain", "tên miền không hợp lệ"));
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|c| c.is_ascii_digit()))
    {
        return Err(email_err(
            "the top-level domain is all digits",
            "tên miền cấp cao nhất chỉ gồm chữ số",
        ));
    }
    Ok(format!("{local}@{}", domain.to_ascii_lowercase()))
}

/// Which of the two agency-code formats a code has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyCodeFormat {
    /// `V1V2V3.Z1Z2.Y1Y2.MX1X2` (QCVN 102:2016; level-1 code rightmost), used in dossier
    /// codes and national-portal sync.
    Qcvn102,
    /// Decision 20/2020/QĐ-TTg Art. 4: level-1 code `MX1X2` leftmost, then dot-separated groups
    /// of `0–9A–Z`, at most 35 characters. `M` = `Z` is the scheme of other organisations
    /// (Art. 6) [U on its exact shape].
    Decision20,
}

/// A parsed agency code (mã định danh cơ quan).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct AgencyCode {
    /// Which format.
    pub format: AgencyCodeFormat,
    /// The level-1 code `MX1X2`, e.g. `H22` (provinces are observed as `Hxx`, ministries as
    /// `Gxx` [C]).
    pub level1: String,
    /// The code as given.
    pub code: String,
}

fn is_level1(g: &str) -> bool {
    let b = g.as_bytes();
    b.len() == 3
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.get(1..).is_some_and(|t| t.iter().all(u8::is_ascii_digit))
}

/// Validates an agency code in either format (domain brief §6.2).
///
/// ```
/// use motcua::form::id::{validate_agency_code, AgencyCodeFormat};
/// let a = validate_agency_code("000.00.01.H22")?;
/// assert_eq!((a.format, a.level1.as_str()), (AgencyCodeFormat::Qcvn102, "H22"));
/// let b = validate_agency_code("H55.242")?;
/// assert_eq!((b.format, b.level1.as_str()), (AgencyCodeFormat::Decision20, "H55"));
/// assert_eq!(validate_agency_code("h55.242").unwrap_err().code(), 4151);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_agency_code(s: &str) -> Result<AgencyCode, crate::Error> {
    Ok(parse_agency_code(s)?)
}

pub(crate) fn parse_agency_code(s: &str) -> Result<AgencyCode, IdError> {
    let groups: Vec<&str> = s.split('.').collect();
    if let [v, z, y, m] = groups.as_slice() {
        let digits_n = |g: &str, n: usize| g.len() == n && all_digits(g);
        if digits_n(v, 3) && digits_n(z, 2) && digits_n(y, 2) && is_level1(m) {
            return Ok(AgencyCode {
                format: AgencyCodeFormat::Qcvn102,
                level1: (*m).to_owned(),
                code: s.to_owned(),
            });
        }
    }
    let ok = s.len() <= 35
        && groups.first().is_some_and(|g| is_level1(g))
        && groups.iter().skip(1).all(|g| {
            !g.is_empty()
                && g.bytes()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        });
    match (ok, groups.first()) {
        (true, Some(l1)) => Ok(AgencyCode {
            format: AgencyCodeFormat::Decision20,
            level1: (*l1).to_owned(),
            code: s.to_owned(),
        }),
        _ => Err(IdError::AgencyCodeFormat),
    }
}

/// A parsed dossier code (mã số hồ sơ).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct DossierCode {
    /// The receiving agency's code.
    pub agency: AgencyCode,
    /// The receipt date (`YYMMDD`, read as 20YY).
    pub date: NaiveDate,
    /// The sequence number within the day (1–9999).
    pub sequence: u16,
}

/// Validates a dossier code `<agency code>-YYMMDD-NNNN` (Circular 01/2018/TT-VPCP Art. 19;
/// domain brief §6.1): an agency code in either format, a real date (20YY), and a 4-digit
/// sequence from 0001 (0000 is rejected: daily counters start at 1 [U]). The 2025 variants
/// (Circular 03/2025, 04/2025) are not verified and not accepted yet.
///
/// ```
/// use motcua::form::id::validate_dossier_code;
/// let c = validate_dossier_code("000.00.01.H22-250315-0007")?;
/// assert_eq!((c.agency.level1.as_str(), c.date.to_string(), c.sequence), ("H22", "2025-03-15".into(), 7));
/// assert_eq!(validate_dossier_code("000.00.01.H22-250230-0007").unwrap_err().code(), 4142);
/// assert_eq!(validate_dossier_code("H22-250315-7").unwrap_err().code(), 4141);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn validate_dossier_code(s: &str) -> Result<DossierCode, crate::Error> {
    Ok(parse_dossier_code(s)?)
}

pub(crate) fn parse_dossier_code(s: &str) -> Result<DossierCode, IdError> {
    let mut parts = s.rsplitn(3, '-');
    let (Some(seq), Some(date), Some(agency)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(IdError::DossierCodeFormat);
    };
    let (Some(q), Some(d)) = (digits::<4>(seq), digits::<6>(date)) else {
        return Err(IdError::DossierCodeFormat);
    };
    let agency = parse_agency_code(agency).map_err(|_| IdError::DossierCodeFormat)?;
    let [y1, y0, m1, m0, d1, d0] = d.map(u32::from);
    let [q3, q2, q1, q0] = q.map(u16::from);
    let sequence = q3 * 1000 + q2 * 100 + q1 * 10 + q0;
    let date = i32::try_from(2000 + y1 * 10 + y0)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, m1 * 10 + m0, d1 * 10 + d0))
        .filter(|_| sequence > 0)
        .ok_or(IdError::DossierCodeDate)?;
    Ok(DossierCode {
        agency,
        date,
        sequence,
    })
}
