//! The procedure catalogue (danh mục thủ tục hành chính): procedures (TTHC) with their
//! variants, time limits ([`TimeLimit`](crate::deadline::TimeLimit)), documents, fees, steps
//! and publication decisions; online services (procedure × agency × variant) with their level
//! and channels; e-forms. A [`Catalogue`] is loaded from JSON and validated (every problem is
//! listed), then queried by code, field, level and agency.
//!
//! [`Catalogue::vietnam_default`] embeds `core/data/catalogue.json`: common procedures from
//! the project's research notes (`procedures-reference.md`), each value with its source and a
//! [`Confidence`] tag; values tagged [`Confidence::Unverified`] must be checked before they are
//! shown as fact. It is a convenience, not a hidden global: functions take the catalogue they
//! use, and deployers load their own province's catalogue with [`Catalogue::from_json`].
//!
//! ```
//! use motcua::procedure::Catalogue;
//! use motcua::level::ServiceLevel;
//!
//! let cat = Catalogue::vietnam_default();
//! let birth = cat.procedure("1.001193").unwrap();
//! assert_eq!(birth.name.vi, "Đăng ký khai sinh");
//! assert!(cat.form(&birth.forms[0]).is_some());
//! assert!(cat.by_field("chung_thuc").count() >= 3);
//! assert!(cat.services_by_level(ServiceLevel::FullProcess).count() >= 1);
//! let stats = cat.stats();
//! assert_eq!(stats.by_level.values().sum::<usize>(), stats.services);
//! // A broken catalogue is refused with every problem listed.
//! let err = Catalogue::from_json(r#"{"version": "x", "procedures": [{"id": "a", "code": "1.2",
//!   "name": {"vi": ""}, "field": "f", "authorities": [], "applicant_types": ["citizen"],
//!   "variants": [], "result": {"name": {"vi": "r"}}}]}"#).unwrap_err();
//! assert_eq!(err.code(), 3104);
//! assert!(err.message(motcua::Lang::En).contains("4 error(s)"));
//! ```

mod check;
mod codes;
mod embedded;
mod error;
mod model;
mod query;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

pub use check::NOMINAL_DAY_HOURS;
pub use codes::{ProcedureCode, ServiceCode};
pub use embedded::EmbeddedForms;
pub use error::{CatalogueProblem, ProcedureError};
pub use model::{
    ApplicantType, Authority, Basis, CatalogueDoc, Confidence, DocumentRequirement, Extension, Fee,
    FeeChannel, FeeKind, GovLevel, LegalBasis, OnlineService, Procedure, ProcedureResult,
    Publication, Step, Variant,
};
pub use query::{CatalogueCheck, CatalogueOverview, CatalogueQuery, ContextRequest, QueryResult};

use crate::form::id::validate_agency_code;
use crate::form::{Form, FormSpec, Severity};
use crate::level::{CheckContext, LevelIssue, ServiceLevel, check};
use crate::limits::InputLimits;

/// Largest catalogue text accepted by [`Catalogue::from_json`] (8 MiB, 70 times the embedded
/// catalogue; the default of [`InputLimits::catalogue_bytes`]).
pub const MAX_CATALOGUE_BYTES: usize = 8 << 20;

const DEFAULT_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"));
const DEFAULT_FORMS: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue-forms.json"));

/// A validated, immutable catalogue.
#[derive(Debug, Clone)]
pub struct Catalogue {
    doc: CatalogueDoc,
    forms: BTreeMap<String, Form>,
    warnings: Vec<CatalogueProblem>,
}

/// Counts of online services by level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct LevelStats {
    /// Procedures in the catalogue.
    pub procedures: usize,
    /// Procedures with at least one online service.
    pub procedures_online: usize,
    /// Online services.
    pub services: usize,
    /// Services by declared level.
    pub by_level: BTreeMap<ServiceLevel, usize>,
    /// Services by Decree 42/2022 class, classified from their capabilities (the decisive
    /// test; Decree 43 levels included).
    pub by_decree42: BTreeMap<ServiceLevel, usize>,
}

impl LevelStats {
    /// Share of services that are full-process by their capabilities (0 when there is none).
    ///
    /// ```
    /// let s = motcua::procedure::LevelStats::default();
    /// assert_eq!(s.full_process_share(), 0.0); // no service, no division by zero
    /// ```
    pub fn full_process_share(&self) -> f64 {
        match self.services {
            0 => 0.0,
            n => {
                self.by_decree42
                    .get(&ServiceLevel::FullProcess)
                    .copied()
                    .unwrap_or(0) as f64
                    / n as f64
            }
        }
    }
}

impl Catalogue {
    /// Builds a catalogue from a parsed document, refusing it when it has errors
    /// ([`ProcedureError::CatalogueInvalid`], code 3104, with every problem).
    ///
    /// ```
    /// use motcua::procedure::{Catalogue, CatalogueDoc};
    /// let doc = CatalogueDoc { version: "t".into(), description: None, procedures: vec![],
    ///     services: vec![], forms: vec![] };
    /// assert_eq!(Catalogue::new(doc)?.procedures().len(), 0);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn new(doc: CatalogueDoc) -> Result<Catalogue, crate::Error> {
        let mut c = check::Checker {
            problems: Vec::new(),
        };
        let forms = c.forms(&doc);
        c.doc(&doc, &forms);
        if c.problems.iter().any(|p| p.severity == Severity::Error) {
            return Err(ProcedureError::CatalogueInvalid {
                problems: c.problems,
            }
            .into());
        }
        Ok(Catalogue {
            doc,
            forms,
            warnings: c.problems,
        })
    }

    /// Parses and validates a JSON catalogue (at most [`MAX_CATALOGUE_BYTES`]).
    ///
    /// ```
    /// use motcua::procedure::Catalogue;
    /// assert_eq!(Catalogue::from_json("{").unwrap_err().code(), 3103);
    /// let ok = Catalogue::from_json(r#"{"version": "1", "procedures": []}"#)?;
    /// assert!(ok.procedures().is_empty());
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Catalogue, crate::Error> {
        Catalogue::from_json_with_limits(text, &InputLimits::default())
    }

    /// [`Catalogue::from_json`] under [`InputLimits::catalogue_bytes`] (3105, checked before
    /// parsing) and [`InputLimits::catalogue_items`] (3104 naming the list, checked before
    /// the procedures are validated).
    ///
    /// ```
    /// use motcua::limits::InputLimits;
    /// use motcua::procedure::Catalogue;
    /// let limits = InputLimits { catalogue_items: 1, ..InputLimits::default() };
    /// let two = r#"{"version": "1", "procedures": [], "services": [], "forms": [
    ///     {"id": "a", "fields": []}, {"id": "b", "fields": []}]}"#;
    /// let err = Catalogue::from_json_with_limits(two, &limits).unwrap_err();
    /// assert_eq!(err.code(), 3104);
    /// assert!(err.to_string().contains("/forms"));
    /// ```
    pub fn from_json_with_limits(
        text: &str,
        limits: &InputLimits,
    ) -> Result<Catalogue, crate::Error> {
        if text.len() > limits.catalogue_bytes {
            return Err(ProcedureError::CatalogueTooLarge {
                size: text.len(),
                limit: limits.catalogue_bytes,
            }
            .into());
        }
        let doc: CatalogueDoc =
            serde_json::from_str(text).map_err(|e| ProcedureError::CatalogueParse {
                detail: e.to_string(),
            })?;
        let max = limits.catalogue_items;
        let counts = [
            ("/procedures", "procedures", "thủ tục", doc.procedures.len()),
            (
                "/services",
                "online services",
                "dịch vụ công",
                doc.services.len(),
            ),
            ("/forms", "forms", "biểu mẫu", doc.forms.len()),
        ];
        let problems: Vec<CatalogueProblem> = counts
            .iter()
            .filter(|c| c.3 > max)
            .map(|&(pointer, en, vi, n)| CatalogueProblem {
                pointer: pointer.into(),
                name: "procedure.too_many_items",
                severity: Severity::Error,
                detail: format!("{n} {en}, more than the limit of {max}"),
                detail_vi: format!("{n} {vi}, vượt giới hạn {max}"),
            })
            .collect();
        if !problems.is_empty() {
            return Err(ProcedureError::CatalogueInvalid { problems }.into());
        }
        Catalogue::new(doc)
    }

    /// Lists every problem of a document without building a catalogue (errors and warnings).
    ///
    /// ```
    /// use motcua::procedure::{Catalogue, CatalogueDoc};
    /// let doc: CatalogueDoc = serde_json::from_str(r#"{"version": "", "procedures": []}"#).unwrap();
    /// assert_eq!(Catalogue::problems(&doc)[0].pointer, "/version");
    /// ```
    pub fn problems(doc: &CatalogueDoc) -> Vec<CatalogueProblem> {
        let mut c = check::Checker {
            problems: Vec::new(),
        };
        let forms = c.forms(doc);
        c.doc(doc, &forms);
        c.problems
    }

    /// The embedded default catalogue (`core/data/catalogue.json` with the e-forms of
    /// `core/data/catalogue-forms.json`). Its validity is checked by the test suite; should it
    /// ever fail to load, the result is an empty catalogue rather than a panic.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.procedures().len() >= 20);
    /// ```
    pub fn vietnam_default() -> Catalogue {
        Catalogue::try_vietnam_default().unwrap_or_else(|_| Catalogue {
            doc: CatalogueDoc {
                version: String::new(),
                description: None,
                procedures: Vec::new(),
                services: Vec::new(),
                forms: Vec::new(),
            },
            forms: BTreeMap::new(),
            warnings: Vec::new(),
        })
    }

    /// The embedded default catalogue, or the error that prevents loading it.
    ///
    /// ```
    /// assert!(motcua::procedure::Catalogue::try_vietnam_default().is_ok());
    /// ```
    pub fn try_vietnam_default() -> Result<Catalogue, crate::Error> {
        let mut doc: CatalogueDoc = serde_json::from_str(DEFAULT_CATALOGUE).map_err(|e| {
            ProcedureError::CatalogueParse {
                detail: e.to_string(),
            }
        })?;
        let forms: Vec<FormSpec> =
            serde_json::from_str(DEFAULT_FORMS).map_err(|e| ProcedureError::CatalogueParse {
                detail: e.to_string(),
            })?;
        doc.forms.extend(forms);
        Catalogue::new(doc)
    }

    /// The document the catalogue was built from.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert_eq!(cat.doc().version, "2026-11-28");
    /// ```
    pub fn doc(&self) -> &CatalogueDoc {
        &self.doc
    }

    /// Warnings found while loading (unknown fee amounts, unsourced codes, under-declared
    /// levels…).
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.warnings().iter().all(|w| w.severity == motcua::form::Severity::Warning));
    /// ```
    pub fn warnings(&self) -> &[CatalogueProblem] {
        &self.warnings
    }

    /// All procedures.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.procedures().iter().any(|p| p.id == "chung-thuc-hop-dong-giao-dich"));
    /// ```
    pub fn procedures(&self) -> &[Procedure] {
        &self.doc.procedures
    }

    /// All online services.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.services().iter().all(|s| cat.procedure(&s.procedure).is_some()));
    /// ```
    pub fn services(&self) -> &[OnlineService] {
        &self.doc.services
    }

    /// A procedure by national code or catalogue id.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert_eq!(cat.procedure("2.000815").map(|p| p.field.as_str()), Some("chung_thuc"));
    /// assert!(cat.procedure("9.999999").is_none());
    /// ```
    pub fn procedure(&self, code_or_id: &str) -> Option<&Procedure> {
        find_procedure(
            &self.doc.procedures,
            code_or_id,
            |p| p.code.as_deref(),
            |p| &p.id,
        )
    }

    /// A compiled e-form by id.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.form("1.001193/to-khai-dang-ky-khai-sinh").is_some());
    /// assert!(cat.form("khong-co").is_none());
    /// ```
    pub fn form(&self, id: &str) -> Option<&Form> {
        self.forms.get(id)
    }

    /// Procedures of a field (lĩnh vực).
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.by_field("cu_tru").any(|p| p.code.as_deref() == Some("1.004222")));
    /// assert_eq!(cat.by_field("khong-co").count(), 0);
    /// ```
    pub fn by_field<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Procedure> + 'a {
        self.doc.procedures.iter().filter(move |p| p.field == field)
    }

    /// The fields present, sorted.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.fields().contains(&"dat_dai"));
    /// ```
    pub fn fields(&self) -> Vec<&str> {
        let mut f: Vec<&str> = self
            .doc
            .procedures
            .iter()
            .map(|p| p.field.as_str())
            .collect();
        f.sort_unstable();
        f.dedup();
        f
    }

    /// Procedures handled at a level of government on a date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::procedure::{Catalogue, GovLevel};
    /// let cat = Catalogue::vietnam_default();
    /// let on = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
    /// assert!(cat.by_gov_level(GovLevel::Commune, on).any(|p| p.code.as_deref() == Some("1.001193")));
    /// assert_eq!(cat.by_gov_level(GovLevel::District, on).count(), 0); // abolished 2025-07-01
    /// ```
    pub fn by_gov_level(&self, level: GovLevel, on: NaiveDate) -> impl Iterator<Item = &Procedure> {
        self.doc
            .procedures
            .iter()
            .filter(move |p| p.authorities_on(on).any(|a| a.level == level))
    }

    /// Online services of a declared level.
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert_eq!(cat.services_by_level(ServiceLevel::Level4).count(), 0);
    /// assert!(cat.services_by_level(ServiceLevel::Partial).count() >= 1);
    /// ```
    pub fn services_by_level(&self, level: ServiceLevel) -> impl Iterator<Item = &OnlineService> {
        self.doc.services.iter().filter(move |s| s.level == level)
    }

    /// Online services of an agency: the exact code, or every agency under a level-1 code
    /// (`"H55"` matches `000.00.00.H55` and `H55.242`).
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert!(cat.services_by_agency("H55").count() >= 1);
    /// assert!(cat.services_by_agency("000.00.00.H55").count() >= 1);
    /// ```
    pub fn services_by_agency<'a>(
        &'a self,
        agency: &'a str,
    ) -> impl Iterator<Item = &'a OnlineService> + 'a {
        self.doc.services.iter().filter(move |s| {
            s.agency.as_deref().is_some_and(|a| {
                a == agency || validate_agency_code(a).is_ok_and(|c| c.level1 == agency)
            })
        })
    }

    /// Online services of a procedure (by id or code).
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// assert_eq!(cat.services_of("3.000333").count(), 1);
    /// assert_eq!(cat.services_of("9.999999").count(), 0);
    /// ```
    pub fn services_of<'a>(
        &'a self,
        code_or_id: &'a str,
    ) -> impl Iterator<Item = &'a OnlineService> + 'a {
        let id = self.procedure(code_or_id).map(|p| p.id.as_str());
        self.doc
            .services
            .iter()
            .filter(move |s| Some(s.procedure.as_str()) == id)
    }

    /// Statistics by service level.
    ///
    /// ```
    /// use motcua::level::ServiceLevel;
    /// let s = motcua::procedure::Catalogue::vietnam_default().stats();
    /// assert!(s.by_decree42.get(&ServiceLevel::FullProcess).is_some());
    /// assert!(s.procedures_online <= s.procedures);
    /// ```
    pub fn stats(&self) -> LevelStats {
        let mut s = LevelStats {
            procedures: self.doc.procedures.len(),
            services: self.doc.services.len(),
            ..LevelStats::default()
        };
        let mut online = std::collections::BTreeSet::new();
        for svc in &self.doc.services {
            *s.by_level.entry(svc.level).or_default() += 1;
            if let Some(l) = ServiceLevel::classify_decree42(&svc.capabilities) {
                *s.by_decree42.entry(l).or_default() += 1;
            }
            online.insert(svc.procedure.as_str());
        }
        s.procedures_online = online.len();
        s
    }

    /// The level issues of every service on a date, including the date-dependent rules
    /// (Decree 224/2026 from 2026-07-01: reasons for partial services, online payment for
    /// fee-bearing ones). Returns `(service index, issue)` pairs.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let issues = cat.level_issues_on(NaiveDate::from_ymd_opt(2026, 8, 1).unwrap());
    /// assert!(issues.iter().all(|(i, _)| *i < cat.services().len()));
    /// ```
    pub fn level_issues_on(&self, on: NaiveDate) -> Vec<(usize, LevelIssue)> {
        let mut out = Vec::new();
        for (i, svc) in self.doc.services.iter().enumerate() {
            let has_fee = self.procedure(&svc.procedure).is_some_and(|p| {
                p.variants.iter().any(|v| {
                    v.fees
                        .iter()
                        .any(|f| f.set_by_province || f.amount.is_some_and(|a| a > 0))
                })
            });
            let ctx = CheckContext {
                on: Some(on),
                has_fee,
                partial_reason_published: svc.partial_reason.is_some(),
            };
            out.extend(
                check(svc.level, &svc.capabilities, &ctx)
                    .into_iter()
                    .map(|x| (i, x)),
            );
        }
        out
    }
}

/// JSON Schema (draft 2020-12) of a catalogue document ([`CatalogueDoc`]), generated with
/// schemars.
///
/// ```
/// let s = motcua::procedure::catalogue_json_schema();
/// assert_eq!(s["title"], "motcua procedure catalogue");
/// ```
#[cfg(feature = "schema")]
pub fn catalogue_json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(CatalogueDoc))
        .unwrap_or(serde_json::Value::Null);
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("title".into(), "motcua procedure catalogue".into());
    }
    schema
}

/// The first item whose code is `key`, else the first whose id is: how a procedure is found by
/// "national code or catalogue id" ([`Catalogue::procedure`], [`EmbeddedForms`]).
fn find_procedure<'a, T>(
    items: &'a [T],
    key: &str,
    code: impl Fn(&T) -> Option<&str>,
    id: impl Fn(&T) -> &str,
) -> Option<&'a T> {
    items
        .iter()
        .find(|p| code(p) == Some(key))
        .or_else(|| items.iter().find(|p| id(p) == key))
}

#[cfg(test)]
mod embedded_data_tests {
    use serde_json::Value;

    fn same_document(embedded: &str, source: &str) {
        let a: Value = serde_json::from_str(embedded).expect("embedded JSON parses");
        let b: Value = serde_json::from_str(source).expect("source JSON parses");
        assert_eq!(a, b);
        assert!(embedded.len() < source.len(), "the build script minifies");
        assert!(!embedded.contains('\n'));
    }

    /// The build script only drops whitespace: the embedded documents equal their sources.
    #[test]
    fn embedded_data_is_the_minified_source() {
        same_document(
            super::DEFAULT_CATALOGUE,
            include_str!("../../data/catalogue.json"),
        );
        same_document(
            super::DEFAULT_FORMS,
            include_str!("../../data/catalogue-forms.json"),
        );
        same_document(
            crate::calendar::announce::EMBEDDED,
            include_str!("../../data/announcements.json"),
        );
    }
}
