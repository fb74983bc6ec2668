//! The one table of stable codes: name and generic message of every code of the library.
//!
//! An error value carries a message about its own occurrence ([`crate::Error::message`]); a
//! binding that only has the number (the C ABI's `motcua_status`) describes it with
//! [`describe_code`]. The tests below hold the table to the error enums: every variant's
//! code is listed under the variant's name, and every listed code belongs to a variant.

use crate::error::Lang;

/// Name and generic messages of one code.
struct CodeInfo {
    code: u32,
    name: &'static str,
    vi: &'static str,
    en: &'static str,
}

const fn c(code: u32, name: &'static str, vi: &'static str, en: &'static str) -> CodeInfo {
    CodeInfo { code, name, vi, en }
}

/// Every stable error code, ascending. Retired codes stay (never reused). Codes of *findings* rather than errors (form rule
/// violations 4001–4099, identifier warnings 4201–4299, service-level issues 3021–3099) are
/// not statuses of any call: they are described by their own catalogues
/// ([`crate::form::catalogue`], [`crate::level::LevelIssue`], [`crate::form::id::IdWarning`]).
const CODES: &[CodeInfo] = &[
    // 1000–1099 lunar calendar
    c(
        1001,
        "lunar.out_of_range",
        "Ngày nằm ngoài phạm vi lịch âm được hỗ trợ (1900-01-01 đến 2199-12-31)",
        "The date is outside the supported lunar calendar range (1900-01-01 to 2199-12-31)",
    ),
    c(
        1002,
        "lunar.nonexistent_date",
        "Ngày âm lịch không tồn tại",
        "The lunar date does not exist",
    ),
    c(
        1003,
        "lunar.model_out_of_range",
        "Năm nằm ngoài phạm vi của mô hình thiên văn",
        "The year is outside the astronomical model's range",
    ),
    c(
        1004,
        "lunar.inconsistent",
        "Tính toán thiên văn không nhất quán (lỗi của thư viện)",
        "The astronomical computation is inconsistent (a library bug)",
    ),
    // 1100–1199 working calendar
    c(
        1101,
        "calendar.date_out_of_range",
        "Ngày nằm ngoài phạm vi của lịch làm việc",
        "The date is outside the working calendar's range",
    ),
    c(
        1102,
        "calendar.result_out_of_range",
        "Kết quả vượt ra ngoài phạm vi của lịch làm việc",
        "The result falls outside the working calendar's range",
    ),
    c(
        1103,
        "calendar.announcement_parse",
        "Tệp JSON thông báo lịch nghỉ không đúng định dạng",
        "The announcement JSON is malformed",
    ),
    c(
        1104,
        "calendar.announcement_conflict",
        "Thông báo lịch nghỉ mâu thuẫn với chính nó hoặc với lịch",
        "The announcement contradicts itself or the calendar",
    ),
    c(
        1105,
        "calendar.announcement_invalid",
        "Thông báo lịch nghỉ không hợp lệ",
        "The announcement is invalid",
    ),
    c(
        1106,
        "calendar.input_too_large",
        "Dữ liệu đầu vào vượt quá giới hạn kích thước",
        "The input exceeds the size limit",
    ),
    c(
        1107,
        "calendar.invalid_config",
        "Cấu hình lịch làm việc không hợp lệ",
        "Invalid calendar configuration",
    ),
    // 2000–2099 deadline engine
    c(
        2001,
        "deadline.invalid_limit",
        "Thời hạn giải quyết không hợp lệ (bằng 0, âm, không hữu hạn hoặc quá lớn)",
        "Invalid time limit (zero, negative, not finite or too large)",
    ),
    c(
        2002,
        "deadline.invalid_office_hours",
        "Giờ làm việc không hợp lệ",
        "Invalid office hours",
    ),
    c(
        2003,
        "deadline.date_out_of_range",
        "Thời điểm nằm ngoài phạm vi của lịch làm việc",
        "The instant is outside the working calendar's range",
    ),
    c(
        2004,
        "deadline.due_out_of_range",
        "Hạn giải quyết vượt quá ngày cuối cùng của lịch làm việc",
        "The due date falls after the working calendar's last date",
    ),
    c(
        2005,
        "deadline.invalid_policy",
        "Chính sách tính hạn không hợp lệ",
        "Invalid deadline policy",
    ),
    c(
        2006,
        "deadline.event_out_of_order",
        "Sự kiện sớm hơn sự kiện liền trước",
        "The event is earlier than the previous event",
    ),
    c(
        2007,
        "deadline.invalid_transition",
        "Sự kiện không được phép ở trạng thái hiện tại của hồ sơ",
        "The event is not allowed in the dossier's current state",
    ),
    c(
        2008,
        "deadline.extension_not_allowed",
        "Không được hẹn lại ngày trả kết quả",
        "The re-appointment (extension) is not allowed",
    ),
    c(
        2009,
        "deadline.step_budget_exceeded",
        "Tổng thời gian các bước vượt quá thời hạn giải quyết",
        "The step budgets exceed the time limit",
    ),
    c(
        2010,
        "deadline.invalid_step",
        "Bước xử lý không hợp lệ (kết thúc khi chưa bắt đầu, hoặc bắt đầu hai lần)",
        "Invalid step (finished without having started, or started twice)",
    ),
    c(
        2011,
        "deadline.before_receipt",
        "Thời điểm được hỏi trước khi hồ sơ được tiếp nhận",
        "The instant asked about is before the dossier was received",
    ),
    c(
        2012,
        "deadline.parse",
        "JSON (thời hạn, chính sách hoặc sự kiện) không đúng định dạng",
        "Malformed JSON (time limit, policy or event)",
    ),
    // 3000–3099 online service level
    c(
        3001,
        "level.unknown_level",
        "Mức độ dịch vụ công trực tuyến không hợp lệ (mức độ 1–4, một phần hoặc toàn trình)",
        "Unknown online service level (expected level_1..level_4, partial or full_process)",
    ),
    // 3100–3199 procedure catalogue
    c(
        3101,
        "procedure.code_format",
        "Mã thủ tục hành chính gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193",
        "A national procedure code (mã TTHC) is one digit, a dot and six digits, e.g. 1.001193",
    ),
    c(
        3102,
        "procedure.service_code_format",
        "Mã dịch vụ công không đúng dạng <mã TTHC>.<mã cơ quan theo QCVN 102:2016>[.<hậu tố>]",
        "A service code is <procedure code>.<agency code (QCVN 102:2016)>[.<suffix>]",
    ),
    c(
        3103,
        "procedure.catalogue_parse",
        "Tệp JSON danh mục thủ tục không đúng định dạng",
        "The catalogue JSON is malformed",
    ),
    c(
        3104,
        "procedure.catalogue_invalid",
        "Danh mục thủ tục có lỗi",
        "The catalogue has errors",
    ),
    c(
        3105,
        "procedure.catalogue_too_large",
        "Danh mục thủ tục vượt quá giới hạn kích thước",
        "The catalogue exceeds the size limit",
    ),
    c(
        3106,
        "procedure.query_invalid",
        "Truy vấn danh mục không hợp lệ hoặc nêu thủ tục, biểu mẫu không có trong danh mục",
        "The catalogue query is malformed or names a procedure or form the catalogue does not have",
    ),
    // 4100–4199 identifiers (form module)
    c(
        4101,
        "form.mst_format",
        "Mã số thuế gồm 10 chữ số, 13 chữ số (XXXXXXXXXX-YYY) hoặc, từ ngày 01/07/2025, là số định danh cá nhân 12 chữ số",
        "A tax code (MST) has 10 digits, 13 digits (XXXXXXXXXX-YYY) or, since 1 July 2025, the 12-digit personal number",
    ),
    c(
        4102,
        "form.mst_check_digit",
        "Chữ số kiểm tra của mã số thuế không đúng",
        "The tax code check digit is wrong",
    ),
    c(
        4103,
        "form.mst_unusable_prefix",
        "Không có mã số thuế nào bắt đầu bằng 9 chữ số này",
        "No tax code starts with these nine digits",
    ),
    c(
        4104,
        "form.mst_branch_zero",
        "Số thứ tự đơn vị phụ thuộc của mã số thuế 13 chữ số là từ 001 đến 999",
        "The branch number of a 13-digit tax code runs from 001 to 999",
    ),
    c(
        4105,
        "form.mst_personal_id_too_early",
        "Số định danh cá nhân 12 chữ số chỉ được dùng làm mã số thuế từ ngày 01/07/2025",
        "The 12-digit personal number is a tax code only from 2025-07-01",
    ),
    c(
        4111,
        "form.cccd_format",
        "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số",
        "A personal identification number (CCCD) has exactly 12 digits",
    ),
    c(
        4112,
        "form.cmnd_format",
        "Số chứng minh nhân dân (CMND) phải gồm đúng 9 chữ số",
        "A legacy identity card number (CMND) has exactly 9 digits",
    ),
    c(
        4113,
        "form.personal_id_format",
        "Số giấy tờ tùy thân phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)",
        "A personal identity number has 12 digits (CCCD) or 9 digits (legacy CMND)",
    ),
    c(
        4121,
        "form.mobile_format",
        "Số điện thoại di động không hợp lệ",
        "Not a Vietnamese mobile number",
    ),
    c(
        4122,
        "form.fixed_phone_format",
        "Số điện thoại cố định không hợp lệ",
        "Not a Vietnamese fixed-line number",
    ),
    c(
        4123,
        "form.phone_format",
        "Số điện thoại không hợp lệ",
        "Not a Vietnamese phone number",
    ),
    c(
        4131,
        "form.email_format",
        "Địa chỉ thư điện tử không hợp lệ",
        "Not a valid e-mail address",
    ),
    c(
        4141,
        "form.dossier_code_format",
        "Mã hồ sơ có dạng <mã cơ quan>-YYMMDD-NNNN (Điều 19 Thông tư 01/2018/TT-VPCP)",
        "A dossier code is <agency code>-YYMMDD-NNNN (Circular 01/2018/TT-VPCP Art. 19)",
    ),
    c(
        4142,
        "form.dossier_code_date",
        "Ngày hoặc số thứ tự trong mã hồ sơ không hợp lệ",
        "The date or the sequence number of the dossier code is not valid",
    ),
    c(
        4151,
        "form.agency_code_format",
        "Mã định danh cơ quan không đúng dạng (QCVN 102:2016 hoặc Quyết định 20/2020/QĐ-TTg)",
        "Not an agency code (QCVN 102:2016 or Decision 20/2020/QĐ-TTg)",
    ),
    // 4900–4999 form specifications and documents
    c(
        4901,
        "form.spec_parse",
        "Đặc tả biểu mẫu không đúng định dạng",
        "The form specification is malformed",
    ),
    c(
        4902,
        "form.spec_invalid",
        "Đặc tả biểu mẫu có lỗi",
        "The form specification has problems",
    ),
    c(
        4903,
        "form.document_parse",
        "Dữ liệu gửi lên không phải JSON hợp lệ",
        "The document is not valid JSON",
    ),
    c(
        4910,
        "form.too_many_bytes",
        "Dữ liệu vượt quá giới hạn kích thước",
        "The document exceeds the size limit",
    ),
    c(
        4911,
        "form.string_too_long",
        "Một chuỗi vượt quá giới hạn độ dài",
        "A string exceeds the length limit",
    ),
    c(
        4912,
        "form.array_too_long",
        "Một mảng vượt quá giới hạn số phần tử",
        "An array exceeds the item limit",
    ),
    c(
        4913,
        "form.too_deep",
        "Dữ liệu lồng nhau quá sâu",
        "The document is nested too deeply",
    ),
    c(
        4914,
        "form.too_many_fields",
        "Dữ liệu có quá nhiều trường",
        "The document has too many fields",
    ),
    // 5000–5099 dossier lifecycle; 6000–6099 reports
    c(
        5001,
        "dossier.invalid_transition",
        "Lệnh không được phép ở trạng thái hiện tại của hồ sơ",
        "The command is not allowed in the dossier's state",
    ),
    c(
        5002,
        "dossier.forbidden",
        "Vai trò của người thực hiện không được phép thực hiện lệnh này",
        "The actor's role may not give this command",
    ),
    c(
        5003,
        "dossier.wrong_agency",
        "Người thực hiện không thuộc cơ quan được giao hồ sơ",
        "The actor's agency is not the one the dossier is assigned to",
    ),
    c(
        5004,
        "dossier.guard",
        "Lệnh bị từ chối theo quy định pháp luật",
        "The command was rejected by a legal rule",
    ),
    c(
        5005,
        "dossier.timestamp_backwards",
        "Thời điểm sớm hơn sự kiện cuối cùng của hồ sơ",
        "The timestamp is earlier than the dossier's last event",
    ),
    c(
        5006,
        "dossier.parse",
        "Lệnh, sự kiện hoặc nhật ký hồ sơ không đúng định dạng",
        "Malformed command, event or dossier log",
    ),
    c(
        5007,
        "dossier.foreign_log",
        "Nhật ký thuộc hồ sơ khác",
        "The log belongs to another dossier",
    ),
    c(
        5008,
        "dossier.tampered",
        "Nhật ký hồ sơ đã bị can thiệp (sửa, xóa, chèn hoặc đổi thứ tự)",
        "The dossier log was tampered with (edited, removed, inserted or reordered)",
    ),
    c(
        5009,
        "dossier.sequence",
        "Số thứ tự hồ sơ trong ngày không hợp lệ",
        "Invalid daily dossier sequence number",
    ),
    c(
        5010,
        "dossier.invalid_config",
        "Cấu hình hồ sơ không hợp lệ",
        "Invalid dossier configuration",
    ),
    c(
        5011,
        "dossier.too_large",
        "Nhật ký hồ sơ vượt quá giới hạn",
        "The dossier log exceeds the limit",
    ),
    c(
        6001,
        "report.invalid_period",
        "Kỳ báo cáo không hợp lệ",
        "Invalid reporting period",
    ),
    c(
        6002,
        "report.invalid_parameter",
        "Tham số báo cáo không hợp lệ",
        "Invalid report parameter",
    ),
    // 9000–9099 binding-level
    c(
        9001,
        "binding.null_pointer",
        "Thiếu một tham số bắt buộc (con trỏ NULL trong C; undefined hoặc null trong JavaScript)",
        "A required argument is missing (a NULL pointer in C; undefined or null in JavaScript)",
    ),
    c(
        9002,
        "binding.invalid_utf8",
        "Chuỗi không phải UTF-8 hợp lệ",
        "The string is not valid UTF-8",
    ),
    c(
        9003,
        "binding.panic",
        "Lỗi nội bộ của thư viện (panic) đã được chặn lại",
        "An internal library error (panic) was caught",
    ),
    c(
        9004,
        "binding.buffer_too_small",
        "Bộ đệm quá nhỏ",
        "The buffer is too small",
    ),
    c(
        9005,
        "binding.invalid_argument",
        "Tham số không hợp lệ (ví dụ ngày không tồn tại, sai kiểu, chuỗi quá dài)",
        "Invalid argument (e.g. a date that does not exist, a wrong type, a string too long)",
    ),
    c(
        9006,
        "binding.internal",
        "Lỗi nội bộ của thư viện",
        "Internal library error",
    ),
];

/// The machine-readable name and a generic message (describing the code, not one
/// occurrence) of any stable code of the library, or `None` for a number that is not one.
///
/// ```
/// use motcua::{describe_code, Lang};
/// let (name, msg) = describe_code(2001, Lang::En).unwrap();
/// assert_eq!(name, "deadline.invalid_limit");
/// assert!(msg.starts_with("Invalid time limit"));
/// assert_eq!(describe_code(9001, Lang::Vi).unwrap().0, "binding.null_pointer");
/// // 0 (success in C) and unassigned numbers are not codes.
/// assert_eq!(describe_code(0, Lang::En), None);
/// assert_eq!(describe_code(2999, Lang::En), None);
/// ```
pub fn describe_code(code: u32, lang: Lang) -> Option<(&'static str, String)> {
    CODES
        .iter()
        .find(|i| i.code == code)
        .map(|i| (i.name, lang.pick(i.vi, i.en).to_owned()))
}

/// Every stable code, ascending (for bindings that list them, e.g. the C header's
/// `MOTCUA_STATUS_*` macros, checked against this list).
///
/// ```
/// let codes: Vec<u32> = motcua::all_codes().collect();
/// assert!(codes.contains(&1101) && codes.contains(&2012) && codes.contains(&9003));
/// assert!(codes.windows(2).all(|w| w[0] < w[1]));
/// ```
pub fn all_codes() -> impl Iterator<Item = u32> {
    CODES.iter().map(|i| i.code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarError;
    use crate::deadline::DeadlineError;
    use crate::dossier::{DossierError, Guard, Tamper};
    use crate::error::BindingError;
    use crate::form::id::IdError;
    use crate::form::{FormError, Limit};
    use crate::level::LevelError;
    use crate::lunar::{LunarError, NonexistentReason};
    use crate::procedure::ProcedureError;
    use crate::report::ReportError;
    use crate::{Error, ErrorKind};

    /// One value of every variant of every error enum.
    ///
    /// Each list is checked by an exhaustive `match` (no wildcard; `#[non_exhaustive]` does
    /// not apply inside the crate): a new variant does not compile until it is added to the
    /// `match` below — add an instance to the list next to it at the same time, and its code
    /// to `CODES` (the tests then check the name).
    fn one_of_each() -> Vec<Error> {
        let s = String::new;
        let lunar = vec![
            LunarError::OutOfRange { date: s() },
            LunarError::NonexistentDate {
                date: s(),
                reason: NonexistentReason::MonthOutOfRange,
            },
            LunarError::ModelOutOfRange { year: 0 },
            LunarError::Inconsistent { detail: s() },
        ];
        let calendar = vec![
            CalendarError::DateOutOfRange {
                date: s(),
                min: s(),
                max: s(),
            },
            CalendarError::ResultOutOfRange {
                start: s(),
                days: 0,
                min: s(),
                max: s(),
            },
            CalendarError::AnnouncementParse { detail: s() },
            CalendarError::AnnouncementConflict {
                year: 0,
                date: s(),
                detail: s(),
                detail_vi: s(),
            },
            CalendarError::AnnouncementInvalid {
                year: 0,
                detail: s(),
                detail_vi: s(),
            },
            CalendarError::InputTooLarge { size: 0, limit: 0 },
            CalendarError::InvalidConfig {
                detail: s(),
                detail_vi: s(),
            },
        ];
        let deadline = vec![
            DeadlineError::InvalidLimit {
                limit: s(),
                detail: s(),
                detail_vi: s(),
            },
            DeadlineError::InvalidOfficeHours {
                detail: s(),
                detail_vi: s(),
            },
            DeadlineError::DateOutOfRange {
                what: s(),
                at: s(),
                min: s(),
                max: s(),
            },
            DeadlineError::DueOutOfRange {
                limit: s(),
                from: s(),
                max: s(),
            },
            DeadlineError::InvalidPolicy {
                detail: s(),
                detail_vi: s(),
            },
            DeadlineError::EventOutOfOrder {
                event: s(),
                at: s(),
                previous: s(),
            },
            DeadlineError::InvalidTransition {
                event: s(),
                state: s(),
                state_vi: s(),
            },
            DeadlineError::ExtensionNotAllowed {
                detail: s(),
                detail_vi: s(),
            },
            DeadlineError::StepBudgetExceeded {
                total_minutes: 0,
                capacity_minutes: 0,
            },
            DeadlineError::InvalidStep {
                step: s(),
                detail: s(),
                detail_vi: s(),
            },
            DeadlineError::BeforeReceipt {
                as_of: s(),
                received_at: s(),
            },
            DeadlineError::Parse {
                what: s(),
                detail: s(),
            },
        ];
        let level = vec![LevelError::UnknownLevel { input: s() }];
        let procedure = vec![
            ProcedureError::ProcedureCodeFormat,
            ProcedureError::ServiceCodeFormat,
            ProcedureError::CatalogueParse { detail: s() },
            ProcedureError::CatalogueInvalid {
                problems: Vec::new(),
            },
            ProcedureError::CatalogueTooLarge { size: 0, limit: 0 },
            ProcedureError::QueryInvalid {
                detail: "x".into(),
                detail_vi: "x".into(),
            },
        ];
        let limit = |limit| FormError::LimitExceeded {
            limit,
            max: 0,
            at: None,
        };
        let form = vec![
            FormError::Id(IdError::MstFormat),
            FormError::Id(IdError::MstCheckDigit {
                expected: 0,
                found: 0,
            }),
            FormError::Id(IdError::MstUnusablePrefix),
            FormError::Id(IdError::MstBranchZero),
            FormError::Id(IdError::MstPersonalIdTooEarly { date: s() }),
            FormError::Id(IdError::CccdFormat),
            FormError::Id(IdError::CmndFormat),
            FormError::Id(IdError::PersonalIdFormat),
            FormError::Id(IdError::MobileFormat),
            FormError::Id(IdError::FixedPhoneFormat),
            FormError::Id(IdError::PhoneFormat),
            FormError::Id(IdError::EmailFormat {
                detail: "",
                detail_vi: "",
            }),
            FormError::Id(IdError::DossierCodeFormat),
            FormError::Id(IdError::DossierCodeDate),
            FormError::Id(IdError::AgencyCodeFormat),
            FormError::SpecParse { detail: s() },
            FormError::SpecInvalid {
                form: s(),
                problems: Vec::new(),
            },
            FormError::DocumentParse { detail: s() },
            limit(Limit::Bytes),
            limit(Limit::StringLength),
            limit(Limit::ArrayLength),
            limit(Limit::Depth),
            limit(Limit::Fields),
        ];
        let dossier = vec![
            DossierError::InvalidTransition {
                command: s(),
                state: s(),
            },
            DossierError::Forbidden {
                command: s(),
                role: s(),
            },
            DossierError::WrongAgency {
                command: s(),
                agency: s(),
                expected: s(),
            },
            DossierError::Guard {
                command: s(),
                guard: Guard::GuideOnce,
                detail: s(),
                detail_vi: s(),
            },
            DossierError::TimestampBackwards {
                at: s(),
                previous: s(),
            },
            DossierError::Parse {
                what: s(),
                detail: s(),
            },
            DossierError::ForeignLog {
                expected: s(),
                found: s(),
            },
            DossierError::Tampered {
                index: 0,
                tamper: Tamper::Edited,
                detail: s(),
            },
            DossierError::Sequence {
                detail: s(),
                detail_vi: s(),
            },
            DossierError::InvalidConfig {
                what: s(),
                detail: s(),
                detail_vi: s(),
            },
            DossierError::TooLarge {
                what: "log",
                len: 0,
                unit: "events",
                max: 0,
            },
        ];
        let report = vec![
            ReportError::InvalidPeriod { from: s(), to: s() },
            ReportError::InvalidParameter {
                name: s(),
                detail: s(),
            },
        ];
        let binding = vec![
            BindingError::NullPointer { what: s() },
            BindingError::InvalidUtf8 { what: s() },
            BindingError::Panic,
            BindingError::BufferTooSmall { needed: 0 },
            BindingError::InvalidArgument {
                detail: s(),
                detail_vi: s(),
            },
            BindingError::Internal { detail: s() },
        ];
        let mut all: Vec<Error> = Vec::new();
        all.extend(lunar.into_iter().map(Error::from));
        all.extend(calendar.into_iter().map(Error::from));
        all.extend(deadline.into_iter().map(Error::from));
        all.extend(level.into_iter().map(Error::from));
        all.extend(procedure.into_iter().map(Error::from));
        all.extend(form.into_iter().map(Error::from));
        all.extend(binding.into_iter().map(Error::from));
        all.extend(dossier.into_iter().map(Error::from));
        all.extend(report.into_iter().map(Error::from));
        all
    }

    /// (enum, variant) of an error; the variant index is its position in the lists of
    /// [`one_of_each`] (checked by `every_variant_has_one_instance`). No wildcard anywhere: a
    /// new variant or enum is a compile error here — give its arm the next index and add
    /// its instance at that position.
    fn variant_of(e: &Error) -> (u8, u8) {
        match e {
            Error::Lunar(l) => (
                0,
                match l {
                    LunarError::OutOfRange { .. } => 0,
                    LunarError::NonexistentDate { .. } => 1,
                    LunarError::ModelOutOfRange { .. } => 2,
                    LunarError::Inconsistent { .. } => 3,
                },
            ),
            Error::Calendar(c) => (
                1,
                match c {
                    CalendarError::DateOutOfRange { .. } => 0,
                    CalendarError::ResultOutOfRange { .. } => 1,
                    CalendarError::AnnouncementParse { .. } => 2,
                    CalendarError::AnnouncementConflict { .. } => 3,
                    CalendarError::AnnouncementInvalid { .. } => 4,
                    CalendarError::InputTooLarge { .. } => 5,
                    CalendarError::InvalidConfig { .. } => 6,
                },
            ),
            Error::Deadline(d) => (
                2,
                match d {
                    DeadlineError::InvalidLimit { .. } => 0,
                    DeadlineError::InvalidOfficeHours { .. } => 1,
                    DeadlineError::DateOutOfRange { .. } => 2,
                    DeadlineError::DueOutOfRange { .. } => 3,
                    DeadlineError::InvalidPolicy { .. } => 4,
                    DeadlineError::EventOutOfOrder { .. } => 5,
                    DeadlineError::InvalidTransition { .. } => 6,
                    DeadlineError::ExtensionNotAllowed { .. } => 7,
                    DeadlineError::StepBudgetExceeded { .. } => 8,
                    DeadlineError::InvalidStep { .. } => 9,
                    DeadlineError::BeforeReceipt { .. } => 10,
                    DeadlineError::Parse { .. } => 11,
                },
            ),
            Error::Level(l) => (
                3,
                match l {
                    LevelError::UnknownLevel { .. } => 0,
                },
            ),
            Error::Procedure(p) => (
                4,
                match p {
                    ProcedureError::ProcedureCodeFormat => 0,
                    ProcedureError::ServiceCodeFormat => 1,
                    ProcedureError::CatalogueParse { .. } => 2,
                    ProcedureError::CatalogueInvalid { .. } => 3,
                    ProcedureError::CatalogueTooLarge { .. } => 4,
                    ProcedureError::QueryInvalid { .. } => 5,
                },
            ),
            Error::Form(f) => (
                5,
                match f {
                    FormError::Id(i) => match i {
                        IdError::MstFormat => 0,
                        IdError::MstCheckDigit { .. } => 1,
                        IdError::MstUnusablePrefix => 2,
                        IdError::MstBranchZero => 3,
                        IdError::MstPersonalIdTooEarly { .. } => 4,
                        IdError::CccdFormat => 5,
                        IdError::CmndFormat => 6,
                        IdError::PersonalIdFormat => 7,
                        IdError::MobileFormat => 8,
                        IdError::FixedPhoneFormat => 9,
                        IdError::PhoneFormat => 10,
                        IdError::EmailFormat { .. } => 11,
                        IdError::DossierCodeFormat => 12,
                        IdError::DossierCodeDate => 13,
                        IdError::AgencyCodeFormat => 14,
                    },
                    FormError::SpecParse { .. } => 15,
                    FormError::SpecInvalid { .. } => 16,
                    FormError::DocumentParse { .. } => 17,
                    FormError::LimitExceeded { limit, .. } => match limit {
                        Limit::Bytes => 18,
                        Limit::StringLength => 19,
                        Limit::ArrayLength => 20,
                        Limit::Depth => 21,
                        Limit::Fields => 22,
                    },
                },
            ),
            Error::Binding(b) => (
                6,
                match b {
                    BindingError::NullPointer { .. } => 0,
                    BindingError::InvalidUtf8 { .. } => 1,
                    BindingError::Panic => 2,
                    BindingError::BufferTooSmall { .. } => 3,
                    BindingError::InvalidArgument { .. } => 4,
                    BindingError::Internal { .. } => 5,
                },
            ),
            Error::Dossier(d) => (
                7,
                match d {
                    DossierError::InvalidTransition { .. } => 0,
                    DossierError::Forbidden { .. } => 1,
                    DossierError::WrongAgency { .. } => 2,
                    DossierError::Guard { .. } => 3,
                    DossierError::TimestampBackwards { .. } => 4,
                    DossierError::Parse { .. } => 5,
                    DossierError::ForeignLog { .. } => 6,
                    DossierError::Tampered { .. } => 7,
                    DossierError::Sequence { .. } => 8,
                    DossierError::InvalidConfig { .. } => 9,
                    DossierError::TooLarge { .. } => 10,
                },
            ),
            Error::Report(r) => (
                8,
                match r {
                    ReportError::InvalidPeriod { .. } => 0,
                    ReportError::InvalidParameter { .. } => 1,
                },
            ),
        }
    }

    #[test]
    fn every_variant_has_one_instance() {
        let all = one_of_each();
        let seen: Vec<(u8, u8)> = all.iter().map(variant_of).collect();
        // Per enum, the variants seen are exactly 0..n in order: no gap, no duplicate.
        for enum_idx in 0..9u8 {
            let v: Vec<u8> = seen
                .iter()
                .filter(|(e, _)| *e == enum_idx)
                .map(|(_, v)| *v)
                .collect();
            let expected: Vec<u8> = (0..v.len() as u8).collect();
            assert_eq!(v, expected, "enum #{enum_idx}");
            assert!(!v.is_empty(), "enum #{enum_idx} has no instance");
        }
    }

    #[test]
    fn every_code_of_the_library_is_described_under_its_name() {
        for e in one_of_each() {
            let (name, vi) = describe_code(e.code(), Lang::Vi)
                .unwrap_or_else(|| panic!("code {} ({}) has no entry", e.code(), e.name()));
            let (_, en) = describe_code(e.code(), Lang::En).unwrap();
            assert_eq!(name, e.name(), "code {}", e.code());
            assert!(
                !vi.is_empty() && !en.is_empty() && vi != en,
                "code {}",
                e.code()
            );
            // Each instance's own message exists in both languages too.
            assert!(!e.message(Lang::Vi).is_empty() || e.code() == 9005);
        }
    }

    #[test]
    fn every_entry_belongs_to_a_variant_and_codes_are_ordered_and_in_their_block() {
        let all = one_of_each();
        for i in CODES {
            assert!(
                all.iter().any(|e| e.code() == i.code),
                "stale code {} ({})",
                i.code,
                i.name
            );
            let block = i.name.split('.').next().unwrap();
            let range = match block {
                "lunar" => 1001..1100,
                "calendar" => 1101..1200,
                "deadline" => 2001..2100,
                "level" => 3001..3100,
                "procedure" => 3101..3200,
                "form" => 4101..5000,
                "dossier" => 5001..5100,
                "report" => 6001..6100,
                "binding" => 9001..9100,
                other => panic!("unknown block {other}"),
            };
            assert!(range.contains(&i.code), "{} in the wrong block", i.name);
        }
        assert!(CODES.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(all.len(), CODES.len());
    }

    #[test]
    fn binding_errors_have_kinds_and_bilingual_messages() {
        let e = Error::from(BindingError::BufferTooSmall { needed: 12 });
        assert_eq!(e.kind(), ErrorKind::LimitExceeded);
        assert!(e.message(Lang::En).contains("12"));
        assert!(e.message(Lang::Vi).contains("12"));
        assert_eq!(Error::from(BindingError::Panic).kind(), ErrorKind::Internal);
        assert_eq!(ErrorKind::Internal.to_string(), "internal error");
        let e = Error::from(BindingError::InvalidUtf8 {
            what: "json".into(),
        });
        assert_eq!(e.to_string(), "json is not valid UTF-8");
        assert!(e.message(Lang::Vi).contains("UTF-8"));
        let e = Error::from(BindingError::Internal { detail: "x".into() });
        assert!(e.message(Lang::Vi).ends_with(": x"));
    }
}
