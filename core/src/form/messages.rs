//! The message catalogue of form violations: one stable code per rule, with a Vietnamese and
//! an English template. Identifier violations use the codes of
//! [`IdError`](super::id::IdError) (4101–4199) and [`IdWarning`](super::id::IdWarning)
//! (4201–4299), with their own messages prefixed by the field label.
//!
//! Placeholders: `{label}` the field's label (or name), `{n}` the rule's parameter (a number,
//! a date, a type, a list of fields), `{other}` the label of the field a condition looks at.

use serde::Serialize;

/// A generic form-rule violation code (4001–4099).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ViolationCode {
    /// 4001: no value for a required field.
    Required,
    /// 4002: text shorter than `min_length`.
    TooShort,
    /// 4003: text longer than `max_length`.
    TooLong,
    /// 4004: text does not match `pattern`.
    PatternMismatch,
    /// 4005: a value of the wrong JSON type.
    WrongType,
    /// 4006: number below `min`.
    BelowMinimum,
    /// 4007: number above `max`.
    AboveMaximum,
    /// 4008: number not whole when `integer`.
    NotInteger,
    /// 4009: not a `YYYY-MM-DD` calendar date.
    InvalidDate,
    /// 4010: date before `min_date`.
    DateTooEarly,
    /// 4011: date after `max_date`.
    DateTooLate,
    /// 4012: not one of the select options.
    NotAnOption,
    /// 4013: fewer items than `min_items`.
    TooFewItems,
    /// 4014: more items than `max_items`.
    TooManyItems,
    /// 4015: the same option twice in a multiple select.
    DuplicateItem,
    /// 4016: a member that no field describes.
    UnknownField,
    /// 4017: no value although `required_if` holds.
    RequiredIf,
    /// 4018: none of a `one_of` group has a value.
    OneOfNone,
    /// 4019: more than one of an exclusive `one_of` group has a value.
    OneOfMany,
    /// 4020: a required checkbox is not ticked.
    MustBeChecked,
    /// 4021: a file of a media type not in `accept`.
    FileTypeNotAccepted,
    /// 4022: a file larger than `max_size` (or of unknown size when `max_size` is set).
    FileTooLarge,
    /// 4023: not a file reference `{"id", "name", "mime"?, "size"?}`.
    InvalidFileReference,
}

/// One entry of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CatalogueEntry {
    /// The violation.
    pub violation: ViolationCode,
    /// Stable numeric code.
    pub code: u32,
    /// Machine-readable name.
    pub name: &'static str,
    /// Vietnamese template.
    pub vi: &'static str,
    /// English template.
    pub en: &'static str,
}

const fn e(
    violation: ViolationCode,
    code: u32,
    name: &'static str,
    vi: &'static str,
    en: &'static str,
) -> CatalogueEntry {
    CatalogueEntry {
        violation,
        code,
        name,
        vi,
        en,
    }
}

use ViolationCode as V;

const CATALOGUE: [CatalogueEntry; 23] = [
    e(
        V::Required,
        4001,
        "form.required",
        "«{label}» là thông tin bắt buộc",
        "«{label}» is required",
    ),
    e(
        V::TooShort,
        4002,
        "form.too_short",
        "«{label}» phải có ít nhất {n} ký tự",
        "«{label}» must have at least {n} characters",
    ),
    e(
        V::TooLong,
        4003,
        "form.too_long",
        "«{label}» chỉ được có tối đa {n} ký tự",
        "«{label}» must have at most {n} characters",
    ),
    e(
        V::PatternMismatch,
        4004,
        "form.pattern_mismatch",
        "«{label}» không đúng định dạng yêu cầu",
        "«{label}» does not have the required format",
    ),
    e(
        V::WrongType,
        4005,
        "form.wrong_type",
        "«{label}» phải là {n}",
        "«{label}» must be {n}",
    ),
    e(
        V::BelowMinimum,
        4006,
        "form.below_minimum",
        "«{label}» phải lớn hơn hoặc bằng {n}",
        "«{label}» must be at least {n}",
    ),
    e(
        V::AboveMaximum,
        4007,
        "form.above_maximum",
        "«{label}» phải nhỏ hơn hoặc bằng {n}",
        "«{label}» must be at most {n}",
    ),
    e(
        V::NotInteger,
        4008,
        "form.not_integer",
        "«{label}» phải là số nguyên",
        "«{label}» must be a whole number",
    ),
    e(
        V::InvalidDate,
        4009,
        "form.invalid_date",
        "«{label}» phải là một ngày có thật, viết dạng YYYY-MM-DD",
        "«{label}» must be a real date written YYYY-MM-DD",
    ),
    e(
        V::DateTooEarly,
        4010,
        "form.date_too_early",
        "«{label}» không được trước ngày {n}",
        "«{label}» must not be before {n}",
    ),
    e(
        V::DateTooLate,
        4011,
        "form.date_too_late",
        "«{label}» không được sau ngày {n}",
        "«{label}» must not be after {n}",
    ),
    e(
        V::NotAnOption,
        4012,
        "form.not_an_option",
        "Giá trị của «{label}» không có trong danh sách lựa chọn",
        "«{label}» is not one of the options",
    ),
    e(
        V::TooFewItems,
        4013,
        "form.too_few_items",
        "«{label}» phải có ít nhất {n} mục",
        "«{label}» must have at least {n} items",
    ),
    e(
        V::TooManyItems,
        4014,
        "form.too_many_items",
        "«{label}» chỉ được có tối đa {n} mục",
        "«{label}» must have at most {n} items",
    ),
    e(
        V::DuplicateItem,
        4015,
        "form.duplicate_item",
        "«{label}» có lựa chọn bị trùng",
        "«{label}» has the same option twice",
    ),
    e(
        V::UnknownField,
        4016,
        "form.unknown_field",
        "Biểu mẫu không có trường «{label}»",
        "«{label}» is not a field of this form",
    ),
    e(
        V::RequiredIf,
        4017,
        "form.required_if",
        "«{label}» là thông tin bắt buộc khi đã khai «{other}»",
        "«{label}» is required given «{other}»",
    ),
    e(
        V::OneOfNone,
        4018,
        "form.one_of_none",
        "Phải khai ít nhất một trong các thông tin: {n}",
        "At least one of these is required: {n}",
    ),
    e(
        V::OneOfMany,
        4019,
        "form.one_of_many",
        "Chỉ được khai một trong các thông tin: {n}",
        "Only one of these may be given: {n}",
    ),
    e(
        V::MustBeChecked,
        4020,
        "form.must_be_checked",
        "Phải đánh dấu «{label}»",
        "«{label}» must be ticked",
    ),
    e(
        V::FileTypeNotAccepted,
        4021,
        "form.file_type_not_accepted",
        "Tệp «{label}» không thuộc loại được chấp nhận ({n})",
        "File «{label}» is not of an accepted type ({n})",
    ),
    e(
        V::FileTooLarge,
        4022,
        "form.file_too_large",
        "Tệp «{label}» vượt quá dung lượng tối đa {n} byte (hoặc không ghi dung lượng)",
        "File «{label}» exceeds the maximum size of {n} bytes (or gives no size)",
    ),
    e(
        V::InvalidFileReference,
        4023,
        "form.invalid_file_reference",
        "«{label}» phải là tham chiếu tệp {\"id\", \"name\", \"mime\", \"size\"}",
        "«{label}» must be a file reference {\"id\", \"name\", \"mime\", \"size\"}",
    ),
];

/// The whole catalogue, in code order.
///
/// ```
/// use motcua::form::{catalogue, ViolationCode};
/// let first = catalogue()[0];
/// assert_eq!((first.code, first.name), (4001, "form.required"));
/// assert_eq!(ViolationCode::TooShort.code(), 4002);
/// ```
pub fn catalogue() -> &'static [CatalogueEntry] {
    &CATALOGUE
}

impl ViolationCode {
    fn entry(self) -> CatalogueEntry {
        // The catalogue is in declaration order (checked by a unit test).
        CATALOGUE
            .get(self as usize)
            .copied()
            .unwrap_or(e(self, 4000, "form.unknown", "", ""))
    }

    /// Stable numeric code.
    ///
    /// ```
    /// use motcua::form::ViolationCode;
    /// assert_eq!(ViolationCode::Required.code(), 4001);
    /// ```
    pub fn code(self) -> u32 {
        self.entry().code
    }

    /// Machine-readable name.
    ///
    /// ```
    /// use motcua::form::ViolationCode;
    /// assert_eq!(ViolationCode::UnknownField.name(), "form.unknown_field");
    /// ```
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    /// Fills the templates: `(vietnamese, english)`.
    pub(crate) fn render(
        self,
        label: (&str, &str),
        n: (&str, &str),
        other: (&str, &str),
    ) -> (String, String) {
        let e = self.entry();
        (
            fill(e.vi, label.0, n.0, other.0),
            fill(e.en, label.1, n.1, other.1),
        )
    }
}

/// The message template `t` with `{label}`, `{n}` and `{other}` filled in, in one pass (a
/// placeholder inside a filled-in value, e.g. a label written with braces, stays as it is).
/// One allocation; this runs for every violation of every validation.
fn fill(t: &str, label: &str, n: &str, other: &str) -> String {
    let mut out = String::with_capacity(t.len() + label.len() + n.len() + other.len());
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let at = &rest[i..];
        let (value, len) = if at.starts_with("{label}") {
            (label, "{label}".len())
        } else if at.starts_with("{n}") {
            (n, "{n}".len())
        } else if at.starts_with("{other}") {
            (other, "{other}".len())
        } else {
            ("{", 1)
        };
        out.push_str(value);
        rest = &at[len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_once() {
        assert_eq!(fill("«{label}» ≥ {n}", "Tuổi", "18", ""), "«Tuổi» ≥ 18");
        assert_eq!(fill("{label}/{other}/{n}/{x}", "a", "b", "c"), "a/c/b/{x}");
        // A value with a placeholder in it is not filled again.
        assert_eq!(fill("{label}: {n}", "Số {n}", "3", ""), "Số {n}: 3");
        assert_eq!(fill("no placeholder {", "a", "b", "c"), "no placeholder {");
        for e in CATALOGUE {
            for t in [e.vi, e.en] {
                let filled = fill(t, "L", "N", "O");
                assert!(
                    !filled.contains("{label}") && !filled.contains("{n}"),
                    "{t}"
                );
                assert!(!filled.contains("{other}"), "{t}");
            }
        }
    }

    #[test]
    fn codes_are_unique_and_ordered() {
        assert!(CATALOGUE.windows(2).all(|w| w[0].code < w[1].code));
        for (i, e) in CATALOGUE.iter().enumerate() {
            assert_eq!(e.violation.entry().code, e.code);
            assert_eq!(e.code, 4001 + i as u32);
            assert!(e.name.starts_with("form."));
        }
    }
}
