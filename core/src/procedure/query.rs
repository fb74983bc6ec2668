//! Queries of a catalogue as data: the filter, overview, form lookup and dossier-context
//! request that the C ABI and the WASM package take and give as JSON, defined once here so
//! every surface answers alike.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::{CatalogueProblem, ProcedureError};
use super::model::CatalogueDoc;
use super::model::{GovLevel, OnlineService, Procedure};
use super::{Catalogue, LevelStats};
use crate::dossier::DossierContext;
use crate::form::id::validate_agency_code;
use crate::form::{Form, Severity};
use crate::level::ServiceLevel;

/// A filter of procedures and their online services. Every criterion is optional and all the
/// given ones must hold; `{}` selects everything.
///
/// JSON: `{"procedure"?, "field"?, "gov_level"?, "on"?, "level"?, "agency"?}`, unknown keys
/// refused.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CatalogueQuery {
    /// One procedure, by national code or catalogue id.
    pub procedure: Option<String>,
    /// Field (lĩnh vực) key, e.g. `"ho_tich"`.
    pub field: Option<String>,
    /// Level of government of a competent body (`"commune"`, `"province"`…), on `on` when
    /// given, else on any date.
    pub gov_level: Option<GovLevel>,
    /// The date the competence and the services must be in force on.
    pub on: Option<NaiveDate>,
    /// Declared online service level of a service (`"level_3"`, `"full_process"`, `"toàn
    /// trình"`…: any spelling [`ServiceLevel`]'s `FromStr` reads). Procedures without such a
    /// service are left out.
    pub level: Option<String>,
    /// Agency code of a service: exact, or a level-1 code (`"H55"`) matching every agency
    /// under it ([`Catalogue::services_by_agency`]). Procedures without such a service are
    /// left out.
    pub agency: Option<String>,
}

/// The answer to a [`CatalogueQuery`]: the procedures, and the online services of those
/// procedures that satisfy the service criteria (`level`, `agency`, `on`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueryResult<'a> {
    /// The procedures, in catalogue order.
    pub procedures: Vec<&'a Procedure>,
    /// Their online services, in catalogue order.
    pub services: Vec<&'a OnlineService>,
}

/// What [`Catalogue::overview`] gives: the data version, the statistics by service level and
/// the fields present.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CatalogueOverview<'a> {
    /// Version or snapshot date of the data.
    pub version: &'a str,
    /// Counts by level.
    #[serde(flatten)]
    pub stats: LevelStats,
    /// Share of services full-process by their capabilities (0–1).
    pub full_process_share: f64,
    /// The fields (lĩnh vực) present, sorted.
    pub fields: Vec<&'a str>,
    /// E-forms.
    pub forms: usize,
    /// Warnings found while loading.
    pub warnings: usize,
}

/// Every problem of a catalogue document ([`Catalogue::check_json`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogueCheck {
    /// No problem of severity error: [`Catalogue::from_json`] accepts it.
    pub valid: bool,
    /// Every problem, errors and warnings, each with a JSON pointer.
    pub problems: Vec<CatalogueProblem>,
}

/// A request for the [`DossierContext`] of a catalogue procedure, as an agency receives it.
///
/// JSON: `{"procedure", "variant"?, "service"?, "receiving_agency", "resolving_agency"?,
/// "on"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextRequest {
    /// The procedure, by national code or catalogue id.
    pub procedure: String,
    /// The variant (case); absent: the one in force on `on` (else the first).
    #[serde(default)]
    pub variant: Option<String>,
    /// The online service, by service code; absent: chosen by [`Catalogue::service_for`].
    #[serde(default)]
    pub service: Option<String>,
    /// Agency code of the receiving desk.
    pub receiving_agency: String,
    /// Agency code of the resolving agency; absent: the receiving one.
    #[serde(default)]
    pub resolving_agency: Option<String>,
    /// The date of submission: the variant, fees, services and deadline regime in force then.
    pub on: NaiveDate,
}

fn invalid(en: String, vi: String) -> crate::Error {
    ProcedureError::QueryInvalid {
        detail: en,
        detail_vi: vi,
    }
    .into()
}

fn parse<T: for<'de> Deserialize<'de>>(
    json: &str,
    what: &str,
    what_vi: &str,
) -> Result<T, crate::Error> {
    // A filter or a request is small: anything over 1 MiB is not one.
    if json.len() > 1 << 20 {
        return Err(invalid(
            format!("{what} of {} bytes is over 1 MiB", json.len()),
            format!("{what_vi} dài {} byte, vượt quá 1 MiB", json.len()),
        ));
    }
    // serde reads a struct from an array too: only an object is a filter or a request.
    if !json.trim_start().starts_with('{') {
        return Err(invalid(
            format!("{what} must be a JSON object"),
            format!("{what_vi} phải là một đối tượng JSON"),
        ));
    }
    serde_json::from_str(json).map_err(|e| {
        invalid(
            format!("malformed {what}: {e}"),
            format!("{what_vi} không đúng định dạng: {e}"),
        )
    })
}

impl CatalogueQuery {
    /// Parses a filter (malformed JSON or an unknown key: [`ProcedureError::QueryInvalid`],
    /// 3106).
    ///
    /// ```
    /// use motcua::procedure::CatalogueQuery;
    /// let q = CatalogueQuery::from_json(r#"{"field": "ho_tich"}"#)?;
    /// assert_eq!(q.field.as_deref(), Some("ho_tich"));
    /// assert_eq!(CatalogueQuery::from_json(r#"{"feild": "x"}"#).unwrap_err().code(), 3106);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<CatalogueQuery, crate::Error> {
        parse(json, "catalogue query", "truy vấn danh mục")
    }
}

impl ContextRequest {
    /// Parses a request (malformed JSON or an unknown key: 3106).
    ///
    /// ```
    /// use motcua::procedure::ContextRequest;
    /// let r = ContextRequest::from_json(r#"{"procedure": "1.001193",
    ///     "receiving_agency": "000.01.21.H40", "on": "2026-03-02"}"#)?;
    /// assert!(r.resolving_agency.is_none());
    /// assert_eq!(ContextRequest::from_json(r#"{"procedure": "1.001193"}"#).unwrap_err().code(), 3106);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<ContextRequest, crate::Error> {
        parse(json, "dossier-context request", "yêu cầu ngữ cảnh hồ sơ")
    }
}

fn in_force_on(svc: &OnlineService, on: Option<NaiveDate>) -> bool {
    match (svc.valid_from, on) {
        (Some(from), Some(on)) => from <= on,
        _ => true,
    }
}

fn agency_matches(svc: &OnlineService, agency: &str) -> bool {
    svc.agency
        .as_deref()
        .is_some_and(|a| a == agency || validate_agency_code(a).is_ok_and(|c| c.level1 == agency))
}

impl Catalogue {
    /// Lists every problem of a catalogue document (errors and warnings) without building a
    /// catalogue. Malformed JSON is 3103 and a document over [`super::MAX_CATALOGUE_BYTES`]
    /// 3105, as in [`Catalogue::from_json`]; the problems are the report, not an error.
    ///
    /// ```
    /// use motcua::procedure::Catalogue;
    /// let c = Catalogue::check_json(r#"{"version": "", "procedures": []}"#)?;
    /// assert!(!c.valid);
    /// assert_eq!(c.problems[0].pointer, "/version");
    /// assert_eq!(Catalogue::check_json("{").unwrap_err().code(), 3103);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn check_json(text: &str) -> Result<CatalogueCheck, crate::Error> {
        if text.len() > super::MAX_CATALOGUE_BYTES {
            return Err(ProcedureError::CatalogueTooLarge {
                size: text.len(),
                limit: super::MAX_CATALOGUE_BYTES,
            }
            .into());
        }
        let doc: CatalogueDoc =
            serde_json::from_str(text).map_err(|e| ProcedureError::CatalogueParse {
                detail: e.to_string(),
            })?;
        let problems = Catalogue::problems(&doc);
        Ok(CatalogueCheck {
            valid: problems.iter().all(|p| p.severity != Severity::Error),
            problems,
        })
    }

    /// The procedures and services a filter selects.
    ///
    /// ```
    /// use motcua::procedure::{Catalogue, CatalogueQuery};
    /// let cat = Catalogue::vietnam_default();
    /// let q = CatalogueQuery { field: Some("ho_tich".into()), ..Default::default() };
    /// let r = cat.query(&q)?;
    /// assert!(r.procedures.iter().all(|p| p.field == "ho_tich"));
    /// assert!(r.procedures.iter().any(|p| p.code.as_deref() == Some("1.001193")));
    /// let full = cat.query(&CatalogueQuery { level: Some("toàn trình".into()), ..Default::default() })?;
    /// assert!(full.services.iter().all(|s| s.level.as_str() == "full_process"));
    /// let bad = CatalogueQuery { level: Some("level 9".into()), ..Default::default() };
    /// assert_eq!(cat.query(&bad).unwrap_err().code(), 3001);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn query(&self, q: &CatalogueQuery) -> Result<QueryResult<'_>, crate::Error> {
        let level: Option<ServiceLevel> = q.level.as_deref().map(str::parse).transpose()?;
        let service_filter = level.is_some() || q.agency.is_some();
        let svc_ok = |s: &OnlineService| {
            level.is_none_or(|l| s.level == l)
                && q.agency.as_deref().is_none_or(|a| agency_matches(s, a))
                && in_force_on(s, q.on)
        };
        let mut procedures = Vec::new();
        let mut services = Vec::new();
        for p in self.procedures() {
            let proc_ok = q
                .procedure
                .as_deref()
                .is_none_or(|c| p.code.as_deref() == Some(c) || p.id == c)
                && q.field.as_deref().is_none_or(|f| p.field == f)
                && q.gov_level.is_none_or(|g| match q.on {
                    Some(on) => p.authorities_on(on).any(|a| a.level == g),
                    None => p.authorities.iter().any(|a| a.level == g),
                });
            if !proc_ok {
                continue;
            }
            let before = services.len();
            services.extend(
                self.services()
                    .iter()
                    .filter(|s| s.procedure == p.id && svc_ok(s)),
            );
            if !service_filter || services.len() > before {
                procedures.push(p);
            }
        }
        Ok(QueryResult {
            procedures,
            services,
        })
    }

    /// The version, the statistics by level, the fields present and the counts of e-forms and
    /// warnings.
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let o = cat.overview();
    /// assert_eq!(o.stats.procedures, cat.procedures().len());
    /// assert!(o.fields.contains(&"ho_tich") && o.forms >= 1);
    /// ```
    pub fn overview(&self) -> CatalogueOverview<'_> {
        let stats = self.stats();
        CatalogueOverview {
            version: &self.doc().version,
            full_process_share: stats.full_process_share(),
            stats,
            fields: self.fields(),
            forms: self.forms.len(),
            warnings: self.warnings().len(),
        }
    }

    /// A compiled e-form by form id, or the first e-form of a procedure (by national code or
    /// id).
    ///
    /// ```
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let by_code = cat.form_for("1.001193").unwrap();
    /// assert_eq!(by_code.spec().id, "1.001193/to-khai-dang-ky-khai-sinh");
    /// assert!(cat.form_for("1.001193/to-khai-dang-ky-khai-sinh").is_some());
    /// assert!(cat.form_for("3.000333").is_none()); // no e-form in the catalogue
    /// ```
    pub fn form_for(&self, key: &str) -> Option<&Form> {
        self.form(key).or_else(|| {
            self.procedure(key)?
                .forms
                .iter()
                .find_map(|id| self.form(id))
        })
    }

    /// The online service a receiving agency offers a procedure (variant) through on a date:
    /// among the procedure's services in force on `on` and covering `variant` (or every
    /// variant), the one of exactly that agency, else one of an agency under the same level-1
    /// code (the province), else the nationally listed one (no agency).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let cat = motcua::procedure::Catalogue::vietnam_default();
    /// let on = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    /// let s = cat.service_for("2.000815", None, "000.00.07.H55", on).unwrap();
    /// assert_eq!(s.agency.as_deref(), Some("000.00.00.H55")); // same province
    /// assert!(cat.service_for("2.000815", None, "000.00.07.H40", on).is_none());
    /// ```
    pub fn service_for(
        &self,
        procedure: &str,
        variant: Option<&str>,
        receiving_agency: &str,
        on: NaiveDate,
    ) -> Option<&OnlineService> {
        let level1 = validate_agency_code(receiving_agency)
            .ok()
            .map(|c| c.level1);
        let id = self.procedure(procedure)?.id.as_str();
        let candidates: Vec<&OnlineService> = self
            .services()
            .iter()
            .filter(|s| s.procedure == id && in_force_on(s, Some(on)))
            .filter(|s| match (s.variant.as_deref(), variant) {
                (Some(sv), Some(v)) => sv == v,
                (Some(_), None) => false,
                (None, _) => true,
            })
            .collect();
        let exact = candidates
            .iter()
            .find(|s| s.agency.as_deref() == Some(receiving_agency));
        let province = || {
            candidates.iter().find(|s| {
                s.agency.as_deref().is_some_and(|a| {
                    validate_agency_code(a).is_ok_and(|c| Some(c.level1) == level1)
                })
            })
        };
        let national = || candidates.iter().find(|s| s.agency.is_none());
        exact.or_else(province).or_else(national).copied()
    }

    /// The [`DossierContext`] of a request: the procedure's variant, documents, fees and
    /// time limit ([`DossierContext::from_catalogue`]) with the online service named by code,
    /// or chosen by [`Catalogue::service_for`]. An unknown procedure or service code is
    /// [`ProcedureError::QueryInvalid`] (3106); an unknown variant or an invalid agency code
    /// 5010.
    ///
    /// ```
    /// use motcua::procedure::{Catalogue, ContextRequest};
    /// let cat = Catalogue::vietnam_default();
    /// let req = ContextRequest::from_json(r#"{"procedure": "1.001193",
    ///     "receiving_agency": "000.01.21.H40", "on": "2026-03-02"}"#)?;
    /// let ctx = cat.dossier_context(&req)?;
    /// assert_eq!((ctx.procedure.as_str(), ctx.field.as_str()), ("1.001193", "ho_tich"));
    /// assert_eq!(ctx.resolving_agency, "000.01.21.H40");
    /// assert!(ctx.service_level.is_some()); // the nationally listed online service
    /// let unknown = ContextRequest { procedure: "9.999999".into(), ..req };
    /// assert_eq!(cat.dossier_context(&unknown).unwrap_err().code(), 3106);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn dossier_context(&self, req: &ContextRequest) -> Result<DossierContext, crate::Error> {
        let p = self.procedure(&req.procedure).ok_or_else(|| {
            invalid(
                format!("the catalogue has no procedure {:?}", req.procedure),
                format!("danh mục không có thủ tục {:?}", req.procedure),
            )
        })?;
        let resolving = req
            .resolving_agency
            .as_deref()
            .unwrap_or(&req.receiving_agency);
        let service = match &req.service {
            Some(code) => Some(
                self.services_of(&p.id)
                    .find(|s| s.code.as_deref() == Some(code.as_str()))
                    .ok_or_else(|| {
                        invalid(
                            format!("procedure {} has no online service {code:?}", p.id),
                            format!("thủ tục {} không có dịch vụ công trực tuyến {code:?}", p.id),
                        )
                    })?,
            ),
            None => {
                // The variant decides which services cover the case: resolve it first.
                let plain = DossierContext::from_catalogue(
                    p,
                    req.variant.as_deref(),
                    None,
                    &req.receiving_agency,
                    resolving,
                    req.on,
                )?;
                self.service_for(
                    &p.id,
                    plain.variant.as_deref(),
                    &req.receiving_agency,
                    req.on,
                )
            }
        };
        DossierContext::from_catalogue(
            p,
            req.variant.as_deref(),
            service,
            &req.receiving_agency,
            resolving,
            req.on,
        )
    }
}
