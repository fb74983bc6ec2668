//! Validation of a catalogue document: every problem, with a JSON pointer.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::codes::{ServiceCode, parse_procedure_code};
use super::error::CatalogueProblem;
use super::model::{CatalogueDoc, OnlineService, Procedure, Variant};
use crate::deadline::TimeLimit;
use crate::form::id::validate_agency_code;
use crate::form::{Form, FormError, Severity};
use crate::level::{CheckContext, check};

/// Nominal hours of a working day for adding up step budgets (one-stop systems store
/// durations in hours with 1 day = 8 h [C]).
pub const NOMINAL_DAY_HOURS: f64 = 8.0;

/// A time limit in nominal working hours, when it is one: working days and hours, fractional
/// working days, same day (one working day). Calendar days and months give an upper bound
/// (`n` calendar days hold at most `n` working days).
fn nominal_hours(l: &TimeLimit) -> (Option<f64>, f64) {
    match *l {
        TimeLimit::WorkingDays(n) => (
            Some(f64::from(n) * NOMINAL_DAY_HOURS),
            f64::from(n) * NOMINAL_DAY_HOURS,
        ),
        TimeLimit::WorkingHours(h) => (Some(f64::from(h)), f64::from(h)),
        TimeLimit::FractionalWorkingDays(x) => (Some(x * NOMINAL_DAY_HOURS), x * NOMINAL_DAY_HOURS),
        TimeLimit::SameDay { .. } => (Some(NOMINAL_DAY_HOURS), NOMINAL_DAY_HOURS),
        TimeLimit::CalendarDays(n) => (None, f64::from(n) * NOMINAL_DAY_HOURS),
        TimeLimit::Months(m) => (None, f64::from(m) * 31.0 * NOMINAL_DAY_HOURS),
    }
}

pub(crate) struct Checker {
    pub problems: Vec<CatalogueProblem>,
}

impl Checker {
    fn push(&mut self, sev: Severity, pointer: String, name: &'static str, en: String, vi: String) {
        self.problems.push(CatalogueProblem {
            pointer,
            name,
            severity: sev,
            detail: en,
            detail_vi: vi,
        });
    }

    fn err(
        &mut self,
        pointer: String,
        name: &'static str,
        en: impl Into<String>,
        vi: impl Into<String>,
    ) {
        self.push(Severity::Error, pointer, name, en.into(), vi.into());
    }

    fn warn(
        &mut self,
        pointer: String,
        name: &'static str,
        en: impl Into<String>,
        vi: impl Into<String>,
    ) {
        self.push(Severity::Warning, pointer, name, en.into(), vi.into());
    }

    fn range(&mut self, at: &str, from: Option<NaiveDate>, until: Option<NaiveDate>) {
        if let (Some(f), Some(u)) = (from, until) {
            if u < f {
                self.err(
                    format!("{at}/valid_until"),
                    "procedure.bad_period",
                    "valid_until is before valid_from",
                    "valid_until trước valid_from",
                );
            }
        }
    }

    fn limit(&mut self, at: String, l: &TimeLimit) {
        if let Err(e) = l.validate() {
            self.err(
                at,
                "procedure.bad_time_limit",
                e.message(crate::Lang::En),
                e.message(crate::Lang::Vi),
            );
        }
    }

    pub(crate) fn doc(&mut self, doc: &CatalogueDoc, forms: &BTreeMap<String, Form>) {
        if doc.version.trim().is_empty() {
            self.err(
                "/version".into(),
                "procedure.no_version",
                "the catalogue needs a version",
                "danh mục cần có phiên bản",
            );
        }
        let mut ids = BTreeSet::new();
        let mut codes = BTreeSet::new();
        for (i, p) in doc.procedures.iter().enumerate() {
            let at = format!("/procedures/{i}");
            if p.id.trim().is_empty() || !ids.insert(p.id.as_str()) {
                self.err(
                    format!("{at}/id"),
                    "procedure.duplicate_id",
                    format!("empty or duplicate id {:?}", p.id),
                    format!("mã định danh {:?} rỗng hoặc bị trùng", p.id),
                );
            }
            if let Some(c) = &p.code {
                if parse_procedure_code(c).is_none() {
                    self.err(
                        format!("{at}/code"),
                        "procedure.code_format",
                        format!("{c:?} is not a national code d.dddddd"),
                        format!("{c:?} không phải mã TTHC dạng d.dddddd"),
                    );
                } else if !codes.insert(c.as_str()) {
                    self.err(
                        format!("{at}/code"),
                        "procedure.duplicate_code",
                        format!("code {c} appears twice"),
                        format!("mã {c} bị trùng"),
                    );
                }
                if p.code_basis.is_none() {
                    self.warn(
                        format!("{at}/code_basis"),
                        "procedure.unsourced",
                        "the code has no source",
                        "mã thủ tục chưa có nguồn",
                    );
                }
            }
            self.procedure(&at, p, forms);
        }
        // Inserted one by one rather than collected (the same map, the last of equal ids
        // kept): `collect` into a BTreeMap adds a stable sort instantiation to the WASM module.
        let mut procs: BTreeMap<&str, &Procedure> = BTreeMap::new();
        for p in &doc.procedures {
            procs.insert(p.id.as_str(), p);
        }
        let mut service_codes = BTreeSet::new();
        for (i, s) in doc.services.iter().enumerate() {
            let at = format!("/services/{i}");
            if let Some(c) = &s.code {
                if !service_codes.insert(c.as_str()) {
                    self.err(
                        format!("{at}/code"),
                        "procedure.duplicate_service_code",
                        format!("service code {c} appears twice"),
                        format!("mã dịch vụ {c} bị trùng"),
                    );
                }
            }
            self.service(&at, s, procs.get(s.procedure.as_str()).copied());
        }
    }

    fn procedure(&mut self, at: &str, p: &Procedure, forms: &BTreeMap<String, Form>) {
        if p.name.vi.trim().is_empty() {
            self.err(
                format!("{at}/name/vi"),
                "procedure.no_name",
                "the procedure needs a Vietnamese name",
                "thủ tục cần có tên tiếng Việt",
            );
        }
        if p.field.trim().is_empty() {
            self.err(
                format!("{at}/field"),
                "procedure.no_field",
                "the procedure needs a field (lĩnh vực)",
                "thủ tục cần có lĩnh vực",
            );
        }
        if p.authorities.is_empty() {
            self.err(
                format!("{at}/authorities"),
                "procedure.no_authority",
                "at least one competent authority is needed",
                "cần ít nhất một cơ quan có thẩm quyền",
            );
        }
        for (k, a) in p.authorities.iter().enumerate() {
            self.range(
                &format!("{at}/authorities/{k}"),
                a.valid_from,
                a.valid_until,
            );
        }
        if p.applicant_types.is_empty() {
            self.err(
                format!("{at}/applicant_types"),
                "procedure.no_applicant_type",
                "at least one applicant type is needed",
                "cần ít nhất một đối tượng thực hiện",
            );
        }
        let mut dates = BTreeSet::new();
        for (k, pub_) in p.publications.iter().enumerate() {
            if pub_.issued.is_some_and(|i| pub_.effective < i) {
                self.err(
                    format!("{at}/publications/{k}/effective"),
                    "procedure.bad_publication",
                    "effective before issued",
                    "ngày hiệu lực trước ngày ban hành",
                );
            }
            if !dates.insert(pub_.effective) {
                self.err(
                    format!("{at}/publications/{k}/effective"),
                    "procedure.bad_publication",
                    "two publications take effect the same day",
                    "hai quyết định công bố có cùng ngày hiệu lực",
                );
            }
        }
        if p.variants.is_empty() {
            self.err(
                format!("{at}/variants"),
                "procedure.no_variant",
                "at least one variant (case) is needed",
                "cần ít nhất một trường hợp thực hiện",
            );
        }
        let mut vids = BTreeSet::new();
        for (k, v) in p.variants.iter().enumerate() {
            let vat = format!("{at}/variants/{k}");
            if v.id.trim().is_empty() || !vids.insert(v.id.as_str()) {
                self.err(
                    format!("{vat}/id"),
                    "procedure.duplicate_variant",
                    format!("empty or duplicate variant id {:?}", v.id),
                    format!("mã trường hợp {:?} rỗng hoặc bị trùng", v.id),
                );
            }
            self.variant(&vat, v, forms);
        }
        for (k, f) in p.forms.iter().enumerate() {
            if !forms.contains_key(f) {
                self.err(
                    format!("{at}/forms/{k}"),
                    "procedure.unknown_form",
                    format!("no form with id {f:?}"),
                    format!("không có biểu mẫu mã {f:?}"),
                );
            }
        }
    }

    fn variant(&mut self, at: &str, v: &Variant, forms: &BTreeMap<String, Form>) {
        self.limit(format!("{at}/time_limit"), &v.time_limit);
        self.range(at, v.valid_from, v.valid_until);
        for (k, e) in v.extensions.iter().enumerate() {
            self.limit(format!("{at}/extensions/{k}/limit"), &e.limit);
        }
        for (k, d) in v.documents.iter().enumerate() {
            if d.name.vi.trim().is_empty() {
                self.err(
                    format!("{at}/documents/{k}/name"),
                    "procedure.no_name",
                    "a document needs a name",
                    "thành phần hồ sơ cần có tên",
                );
            }
            if let Some(f) = &d.form {
                if !forms.contains_key(f) {
                    self.err(
                        format!("{at}/documents/{k}/form"),
                        "procedure.unknown_form",
                        format!("no form with id {f:?}"),
                        format!("không có biểu mẫu mã {f:?}"),
                    );
                }
            }
        }
        for (k, f) in v.fees.iter().enumerate() {
            let fat = format!("{at}/fees/{k}");
            self.range(&fat, f.valid_from, f.valid_until);
            match (f.amount, f.set_by_province) {
                (Some(_), true) => self.err(
                    format!("{fat}/amount"),
                    "procedure.fee_conflict",
                    "a fee set by the province has no national amount",
                    "phí, lệ phí do HĐND tỉnh quyết định không có mức thu toàn quốc",
                ),
                (None, false) => self.warn(
                    format!("{fat}/amount"),
                    "procedure.fee_unknown",
                    "amount unknown",
                    "chưa rõ mức thu",
                ),
                _ => {}
            }
        }
        let mut codes = BTreeSet::new();
        let mut sum = 0.0;
        let mut comparable = true;
        for (k, s) in v.steps.iter().enumerate() {
            let sat = format!("{at}/steps/{k}");
            if !codes.insert(s.code.as_str()) {
                self.err(
                    format!("{sat}/code"),
                    "procedure.duplicate_step",
                    format!("duplicate step code {:?}", s.code),
                    format!("mã bước {:?} bị trùng", s.code),
                );
            }
            self.limit(format!("{sat}/budget"), &s.budget);
            match nominal_hours(&s.budget).0 {
                Some(h) => sum += h,
                None => {
                    comparable = false;
                    self.err(
                        format!("{sat}/budget"),
                        "procedure.bad_step_budget",
                        "a step budget is in working hours or working days",
                        "thời gian của bước tính bằng giờ làm việc hoặc ngày làm việc",
                    );
                }
            }
        }
        let total = nominal_hours(&v.time_limit).1;
        if comparable && !v.steps.is_empty() && sum > total + 1e-9 {
            self.err(format!("{at}/steps"), "procedure.steps_exceed_limit", format!("the steps take {sum} working hours, more than the time limit ({total} h at {NOMINAL_DAY_HOURS} h a day)"), format!("tổng thời gian các bước {sum} giờ làm việc vượt thời hạn giải quyết ({total} giờ, {NOMINAL_DAY_HOURS} giờ một ngày)"));
        }
    }

    fn service(&mut self, at: &str, s: &OnlineService, p: Option<&Procedure>) {
        let Some(p) = p else {
            self.err(
                format!("{at}/procedure"),
                "procedure.unknown_procedure",
                format!("no procedure with id {:?}", s.procedure),
                format!("không có thủ tục mã {:?}", s.procedure),
            );
            return;
        };
        if let Some(v) = &s.variant {
            if p.variant(v).is_none() {
                self.err(
                    format!("{at}/variant"),
                    "procedure.unknown_variant",
                    format!("procedure {} has no variant {v:?}", p.id),
                    format!("thủ tục {} không có trường hợp {v:?}", p.id),
                );
            }
        }
        if let Some(a) = &s.agency {
            if validate_agency_code(a).is_err() {
                self.err(
                    format!("{at}/agency"),
                    "procedure.agency_code_format",
                    format!("{a:?} is not an agency code"),
                    format!("{a:?} không phải mã định danh cơ quan"),
                );
            }
        }
        if let Some(c) = &s.code {
            match ServiceCode::parse(c) {
                Err(_) => self.err(
                    format!("{at}/code"),
                    "procedure.service_code_format",
                    format!("{c:?} is not a service code"),
                    format!("{c:?} không phải mã dịch vụ công"),
                ),
                Ok(sc) => {
                    if p.code.as_deref() != Some(sc.procedure.to_string().as_str()) {
                        self.err(
                            format!("{at}/code"),
                            "procedure.service_code_mismatch",
                            "the service code does not start with the procedure's code",
                            "mã dịch vụ không bắt đầu bằng mã thủ tục",
                        );
                    }
                    if s.agency.as_deref().is_some_and(|a| a != sc.agency) {
                        self.err(
                            format!("{at}/code"),
                            "procedure.service_code_mismatch",
                            "the service code names another agency",
                            "mã dịch vụ chứa mã cơ quan khác",
                        );
                    }
                }
            }
        }
        for issue in check(s.level, &s.capabilities, &CheckContext::default()) {
            self.push(
                issue.severity(),
                format!("{at}/capabilities"),
                issue.name(),
                issue.message(crate::Lang::En),
                issue.message(crate::Lang::Vi),
            );
        }
    }

    pub(crate) fn forms(&mut self, doc: &CatalogueDoc) -> BTreeMap<String, Form> {
        let mut out = BTreeMap::new();
        for (i, spec) in doc.forms.iter().enumerate() {
            let at = format!("/forms/{i}");
            if out.contains_key(&spec.id) {
                self.err(
                    format!("{at}/id"),
                    "procedure.duplicate_form",
                    format!("duplicate form id {:?}", spec.id),
                    format!("mã biểu mẫu {:?} bị trùng", spec.id),
                );
                continue;
            }
            match Form::new(spec.clone()) {
                Ok(f) => {
                    out.insert(spec.id.clone(), f);
                }
                Err(crate::Error::Form(FormError::SpecInvalid { problems, .. })) => {
                    for p in problems {
                        self.err(
                            format!("{at}{}", p.pointer),
                            "procedure.form_invalid",
                            p.detail,
                            p.detail_vi,
                        );
                    }
                }
                Err(e) => self.err(
                    at,
                    "procedure.form_invalid",
                    e.message(crate::Lang::En),
                    e.message(crate::Lang::Vi),
                ),
            }
        }
        out
    }
}
