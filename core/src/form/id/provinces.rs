//! Province codes of the 12-digit personal identification number (số định danh cá nhân, the
//! number printed on the CCCD / Thẻ căn cước).
//!
//! **Facts, not code**: the list of 63 three-digit codes is the one annexed to Circular
//! 07/2016/TT-BCA (codes of the place of birth registration), kept by Circular 59/2021/TT-BCA.
//! The numbers are the 2004 administrative-unit codes of the 63 provinces padded to three
//! digits. The list was written down from those instruments' well-known annex, not re-read
//! against the official text in this project's sources: **[U] until re-verified**. After the
//! 2025 merger into 34 provinces, numbers already issued keep their codes; whether new numbers
//! use new codes is unknown [U]. That is why an unknown code is a warning, never an error.

/// A province (tỉnh, thành phố trực thuộc trung ương) as coded in the personal number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Province {
    /// The three-digit code, e.g. `1` for `001` (Hà Nội).
    pub code: u16,
    /// Name in Vietnamese (before the 2025 merger).
    pub name: &'static str,
}

/// The 63 codes, sorted (binary search).
pub(crate) const PROVINCES: [Province; 63] = [
    p(1, "Hà Nội"),
    p(2, "Hà Giang"),
    p(4, "Cao Bằng"),
    p(6, "Bắc Kạn"),
    p(8, "Tuyên Quang"),
    p(10, "Lào Cai"),
    p(11, "Điện Biên"),
    p(12, "Lai Châu"),
    p(14, "Sơn La"),
    p(15, "Yên Bái"),
    p(17, "Hòa Bình"),
    p(19, "Thái Nguyên"),
    p(20, "Lạng Sơn"),
    p(22, "Quảng Ninh"),
    p(24, "Bắc Giang"),
    p(25, "Phú Thọ"),
    p(26, "Vĩnh Phúc"),
    p(27, "Bắc Ninh"),
    p(30, "Hải Dương"),
    p(31, "Hải Phòng"),
    p(33, "Hưng Yên"),
    p(34, "Thái Bình"),
    p(35, "Hà Nam"),
    p(36, "Nam Định"),
    p(37, "Ninh Bình"),
    p(38, "Thanh Hóa"),
    p(40, "Nghệ An"),
    p(42, "Hà Tĩnh"),
    p(44, "Quảng Bình"),
    p(45, "Quảng Trị"),
    p(46, "Thừa Thiên Huế"),
    p(48, "Đà Nẵng"),
    p(49, "Quảng Nam"),
    p(51, "Quảng Ngãi"),
    p(52, "Bình Định"),
    p(54, "Phú Yên"),
    p(56, "Khánh Hòa"),
    p(58, "Ninh Thuận"),
    p(60, "Bình Thuận"),
    p(62, "Kon Tum"),
    p(64, "Gia Lai"),
    p(66, "Đắk Lắk"),
    p(67, "Đắk Nông"),
    p(68, "Lâm Đồng"),
    p(70, "Bình Phước"),
    p(72, "Tây Ninh"),
    p(74, "Bình Dương"),
    p(75, "Đồng Nai"),
    p(77, "Bà Rịa - Vũng Tàu"),
    p(79, "Hồ Chí Minh"),
    p(80, "Long An"),
    p(82, "Tiền Giang"),
    p(83, "Bến Tre"),
    p(84, "Trà Vinh"),
    p(86, "Vĩnh Long"),
    p(87, "Đồng Tháp"),
    p(89, "An Giang"),
    p(91, "Kiên Giang"),
    p(92, "Cần Thơ"),
    p(93, "Hậu Giang"),
    p(94, "Sóc Trăng"),
    p(95, "Bạc Liêu"),
    p(96, "Cà Mau"),
];

const fn p(code: u16, name: &'static str) -> Province {
    Province { code, name }
}

/// The province of a three-digit code, if it is one of the 63.
///
/// ```
/// use motcua::form::id::province;
/// assert_eq!(province(1).map(|p| p.name), Some("Hà Nội"));
/// assert_eq!(province(79).map(|p| p.name), Some("Hồ Chí Minh"));
/// assert!(province(3).is_none()); // not a province code
/// ```
pub fn province(code: u16) -> Option<&'static Province> {
    PROVINCES
        .binary_search_by_key(&code, |p| p.code)
        .ok()
        .and_then(|i| PROVINCES.get(i))
}

/// All 63 province codes, sorted by code.
///
/// ```
/// assert_eq!(motcua::form::id::provinces().len(), 63);
/// ```
pub fn provinces() -> &'static [Province] {
    &PROVINCES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_unique() {
        assert!(PROVINCES.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(PROVINCES.len(), 63);
        assert_eq!(PROVINCES.last().map(|p| p.code), Some(96));
    }
}
