//! Errors (codes 4101–4199) and soft-check warnings (codes 4201–4299) of the identifier
//! validators.
//!
//! Messages never repeat the identifier itself: a personal number or tax code is personal
//! data and must not end up in logs through an error message.

use crate::error::{ErrorKind, Lang, Localized};

/// Why an identifier is not valid (codes 4101–4199).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// Not a tax code shape: 10 digits, 10 digits + `-` + 3 digits, 13 digits, or the 12-digit
    /// personal number (code 4101).
    #[error(
        "a tax code (MST) has 10 digits, 13 digits (XXXXXXXXXX-YYY) or, since 1 July 2025, the 12-digit personal number"
    )]
    MstFormat,
    /// The 10th digit is not the check digit of the first nine (code 4102).
    #[error("the tax code check digit is wrong: expected {expected}, found {found}")]
    MstCheckDigit {
        /// The check digit the first nine digits call for.
        expected: u8,
        /// The 10th digit given.
        found: u8,
    },
    /// The first nine digits have a weighted sum divisible by 11: no check digit exists, so no
    /// tax code starts this way (code 4103).
    #[error("no tax code starts with these nine digits (weighted sum divisible by 11)")]
    MstUnusablePrefix,
    /// The branch suffix of a 13-digit tax code is `000` (code 4104).
    #[error("the branch number of a 13-digit tax code runs from 001 to 999")]
    MstBranchZero,
    /// A 12-digit personal number used as a tax code on a date before 1 July 2025 (code 4105).
    #[error("the 12-digit personal number is a tax code only from 2025-07-01 (date given: {date})")]
    MstPersonalIdTooEarly {
        /// The date the check was made for.
        date: String,
    },
    /// Not 12 digits (code 4111).
    #[error("a personal identification number (CCCD) has exactly 12 digits")]
    CccdFormat,
    /// Not 9 digits (code 4112).
    #[error("a legacy identity card number (CMND) has exactly 9 digits")]
    CmndFormat,
    /// Neither 12 nor 9 digits (code 4113).
    #[error("a personal identity number has 12 digits (CCCD) or 9 digits (legacy CMND)")]
    PersonalIdFormat,
    /// Not a Vietnamese mobile number (code 4121).
    #[error(
        "a mobile number has 10 digits starting with 03, 05, 07, 08 or 09 (or +84 followed by 9 digits)"
    )]
    MobileFormat,
    /// Not a Vietnamese fixed-line number (code 4122).
    #[error("a fixed-line number has 11 digits starting with 02 (or +84 followed by 10 digits)")]
    FixedPhoneFormat,
    /// Neither a mobile nor a fixed-line number (code 4123).
    #[error(
        "not a Vietnamese phone number (mobile 0[35789]xxxxxxxx or fixed 02xxxxxxxxx, or the +84 forms)"
    )]
    PhoneFormat,
    /// Not an e-mail address (code 4131).
    #[error("not a valid e-mail address: {detail}")]
    EmailFormat {
        /// What is wrong (English).
        detail: &'static str,
        /// What is wrong (Vietnamese).
        detail_vi: &'static str,
    },
    /// Not `<agency code>-YYMMDD-NNNN` (code 4141).
    #[error("a dossier code is <agency code>-YYMMDD-NNNN (Circular 01/2018/TT-VPCP Art. 19)")]
    DossierCodeFormat,
    /// The `YYMMDD` part is not a calendar date, or the sequence is 0000 (code 4142).
    #[error("the date or the sequence number of the dossier code is not valid")]
    DossierCodeDate,
    /// Neither a QCVN 102:2016 agency code nor a Decision 20/2020 one (code 4151).
    #[error(
        "an agency code is 000.00.00.H00 (QCVN 102:2016) or H00.xxx… (Decision 20/2020/QĐ-TTg, at most 35 characters)"
    )]
    AgencyCodeFormat,
}

impl IdError {
    /// Machine-readable name of the code.
    ///
    /// ```
    /// let e = motcua::form::id::validate_mobile("123").unwrap_err();
    /// assert_eq!(e.name(), "form.mobile_format");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            IdError::MstFormat => "form.mst_format",
            IdError::MstCheckDigit { .. } => "form.mst_check_digit",
            IdError::MstUnusablePrefix => "form.mst_unusable_prefix",
            IdError::MstBranchZero => "form.mst_branch_zero",
            IdError::MstPersonalIdTooEarly { .. } => "form.mst_personal_id_too_early",
            IdError::CccdFormat => "form.cccd_format",
            IdError::CmndFormat => "form.cmnd_format",
            IdError::PersonalIdFormat => "form.personal_id_format",
            IdError::MobileFormat => "form.mobile_format",
            IdError::FixedPhoneFormat => "form.fixed_phone_format",
            IdError::PhoneFormat => "form.phone_format",
            IdError::EmailFormat { .. } => "form.email_format",
            IdError::DossierCodeFormat => "form.dossier_code_format",
            IdError::DossierCodeDate => "form.dossier_code_date",
            IdError::AgencyCodeFormat => "form.agency_code_format",
        }
    }
}

impl Localized for IdError {
    fn code(&self) -> u32 {
        match self {
            IdError::MstFormat => 4101,
            IdError::MstCheckDigit { .. } => 4102,
            IdError::MstUnusablePrefix => 4103,
            IdError::MstBranchZero => 4104,
            IdError::MstPersonalIdTooEarly { .. } => 4105,
            IdError::CccdFormat => 4111,
            IdError::CmndFormat => 4112,
            IdError::PersonalIdFormat => 4113,
            IdError::MobileFormat => 4121,
            IdError::FixedPhoneFormat => 4122,
            IdError::PhoneFormat => 4123,
            IdError::EmailFormat { .. } => 4131,
            IdError::DossierCodeFormat => 4141,
            IdError::DossierCodeDate => 4142,
            IdError::AgencyCodeFormat => 4151,
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }

    fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            IdError::MstFormat => "Mã số thuế gồm 10 chữ số, 13 chữ số (XXXXXXXXXX-YYY) hoặc, từ ngày 01/07/2025, là số định danh cá nhân 12 chữ số".into(),
            IdError::MstCheckDigit { expected, found } => format!("Chữ số kiểm tra của mã số thuế không đúng: phải là {expected}, nhận được {found}"),
            IdError::MstUnusablePrefix => "Không có mã số thuế nào bắt đầu bằng 9 chữ số này (tổng có trọng số chia hết cho 11)".into(),
            IdError::MstBranchZero => "Số thứ tự đơn vị phụ thuộc của mã số thuế 13 chữ số là từ 001 đến 999".into(),
            IdError::MstPersonalIdTooEarly { date } => format!("Số định danh cá nhân 12 chữ số chỉ được dùng làm mã số thuế từ ngày 01/07/2025 (ngày kiểm tra: {date})"),
            IdError::CccdFormat => "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số".into(),
            IdError::CmndFormat => "Số chứng minh nhân dân (CMND) phải gồm đúng 9 chữ số".into(),
            IdError::PersonalIdFormat => "Số giấy tờ tùy thân phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)".into(),
            IdError::MobileFormat => "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84 và 9 chữ số)".into(),
            IdError::FixedPhoneFormat => "Số điện thoại cố định gồm 11 chữ số, bắt đầu bằng 02 (hoặc +84 và 10 chữ số)".into(),
            IdError::PhoneFormat => "Số điện thoại không hợp lệ (di động 0[35789]xxxxxxxx hoặc cố định 02xxxxxxxxx, hoặc dạng +84)".into(),
            IdError::EmailFormat { detail_vi, .. } => format!("Địa chỉ thư điện tử không hợp lệ: {detail_vi}"),
            IdError::DossierCodeFormat => "Mã hồ sơ có dạng <mã cơ quan>-YYMMDD-NNNN (Điều 19 Thông tư 01/2018/TT-VPCP)".into(),
            IdError::DossierCodeDate => "Ngày hoặc số thứ tự trong mã hồ sơ không hợp lệ".into(),
            IdError::AgencyCodeFormat => "Mã định danh cơ quan có dạng 000.00.00.H00 (QCVN 102:2016) hoặc H00.xxx… (Quyết định 20/2020/QĐ-TTg, tối đa 35 ký tự)".into(),
        }
    }
}

/// A soft-check finding on a valid identifier (codes 4201–4299). The law guarantees only the
/// shape (12 digits for the personal number), so these never make a value invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
#[non_exhaustive]
pub enum IdWarning {
    /// The first three digits are not one of the 63 province codes (code 4201).
    CccdUnknownProvince {
        /// The three-digit code found.
        code: u16,
    },
    /// The birth year encoded in the number differs from the birth date given (code 4202).
    CccdBirthYearMismatch {
        /// Year encoded in digits 4–6.
        encoded: i32,
        /// Year of the birth date given.
        given: i32,
    },
    /// The century digit says the holder is born in or after 2200 (code 4203).
    CccdImplausibleCentury {
        /// Year encoded in digits 4–6.
        encoded: i32,
    },
    /// The gender encoded in the number differs from the gender given (code 4204).
    CccdGenderMismatch,
}

impl IdWarning {
    /// Stable numeric code.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let id = motcua::form::id::validate_cccd("001099012345")?;
    /// let w = id.warnings(NaiveDate::from_ymd_opt(1998, 1, 1), None);
    /// assert_eq!(w[0].code(), 4202);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn code(&self) -> u32 {
        match self {
            IdWarning::CccdUnknownProvince { .. } => 4201,
            IdWarning::CccdBirthYearMismatch { .. } => 4202,
            IdWarning::CccdImplausibleCentury { .. } => 4203,
            IdWarning::CccdGenderMismatch => 4204,
        }
    }

    /// Machine-readable name of the code.
    ///
    /// ```
    /// use motcua::form::id::IdWarning;
    /// assert_eq!(IdWarning::CccdGenderMismatch.name(), "form.cccd_gender_mismatch");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            IdWarning::CccdUnknownProvince { .. } => "form.cccd_unknown_province",
            IdWarning::CccdBirthYearMismatch { .. } => "form.cccd_birth_year_mismatch",
            IdWarning::CccdImplausibleCentury { .. } => "form.cccd_implausible_century",
            IdWarning::CccdGenderMismatch => "form.cccd_gender_mismatch",
        }
    }

    /// Message in Vietnamese or English.
    ///
    /// ```
    /// use motcua::{form::id::IdWarning, Lang};
    /// let w = IdWarning::CccdUnknownProvince { code: 99 };
    /// assert!(w.message(Lang::Vi).contains("099"));
    /// assert!(w.message(Lang::En).contains("not one of the 63"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (IdWarning::CccdUnknownProvince { code }, Lang::Vi) => format!(
                "Mã tỉnh {code:03} trong số định danh cá nhân không thuộc danh sách 63 mã tỉnh (Thông tư 07/2016/TT-BCA); cần kiểm tra lại"
            ),
            (IdWarning::CccdUnknownProvince { code }, Lang::En) => format!(
                "province code {code:03} of the personal number is not one of the 63 codes of Circular 07/2016/TT-BCA; please double-check"
            ),
            (IdWarning::CccdBirthYearMismatch { encoded, given }, Lang::Vi) => format!(
                "Năm sinh mã hóa trong số định danh cá nhân ({encoded}) khác năm sinh đã khai ({given})"
            ),
            (IdWarning::CccdBirthYearMismatch { encoded, given }, Lang::En) => format!(
                "the birth year encoded in the personal number ({encoded}) differs from the birth date given ({given})"
            ),
            (IdWarning::CccdImplausibleCentury { encoded }, Lang::Vi) => {
                format!("Mã thế kỷ trong số định danh cá nhân cho năm sinh {encoded}, không hợp lý")
            }
            (IdWarning::CccdImplausibleCentury { encoded }, Lang::En) => format!(
                "the century digit of the personal number gives birth year {encoded}, which is implausible"
            ),
            (IdWarning::CccdGenderMismatch, Lang::Vi) => {
                "Giới tính mã hóa trong số định danh cá nhân khác giới tính đã khai".into()
            }
            (IdWarning::CccdGenderMismatch, Lang::En) => {
                "the gender encoded in the personal number differs from the gender given".into()
            }
        }
    }
}
