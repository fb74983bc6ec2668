//! Shared conformance vectors (`tests/vectors/*.json`): input → expected output, with the
//! independent source of each expectation in its `note`. The same files run through the Rust
//! core (here), the WASM package in node and the C library; all must agree exactly.
#![forbid(unsafe_code)]

use chrono::{NaiveDate, NaiveDateTime};
use motcua::calendar::WorkCalendar;
use motcua::deadline::{
    ClockEvent, DeadlineClock, DeadlinePolicy, TimeLimit, compute_due, parse_instant,
};
use motcua::lunar::{self, LunarDate};
use serde::Deserialize;
use serde_json::Value;

/// The calendar vector file.
#[derive(Debug, Deserialize)]
pub struct CalendarVectors {
    /// Solar → lunar (and back) cases.
    pub lunar: Vec<LunarCase>,
    /// Solar dates whose conversion fails, with the error code.
    pub lunar_errors: Vec<LunarErrorCase>,
    /// Working-calendar cases.
    pub calendar: Vec<CalendarCase>,
}

/// One lunar case.
#[derive(Debug, Deserialize)]
pub struct LunarCase {
    /// Solar date.
    pub solar: NaiveDate,
    /// Lunar date.
    pub lunar: LunarDate,
    /// Source of the expectation.
    #[serde(default)]
    pub note: String,
}

/// One lunar error case.
#[derive(Debug, Deserialize)]
pub struct LunarErrorCase {
    /// Solar date.
    pub solar: NaiveDate,
    /// Expected error code.
    pub code: u32,
}

/// One working-calendar case.
#[derive(Debug, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum CalendarCase {
    /// `add_working_days(date, n)`.
    AddWorkingDays {
        /// `civil_service` or `enterprise`.
        audience: String,
        /// Start date.
        date: NaiveDate,
        /// Working days to add.
        n: i64,
        /// Expected result.
        expect: Option<NaiveDate>,
        /// Expected error code.
        error: Option<u32>,
        /// Source.
        #[serde(default)]
        note: String,
    },
    /// `is_working_day(date)`.
    IsWorkingDay {
        /// Audience.
        audience: String,
        /// Date.
        date: NaiveDate,
        /// Expected.
        expect: bool,
        /// Source.
        #[serde(default)]
        note: String,
    },
    /// `working_days_between(from, to)`.
    WorkingDaysBetween {
        /// Audience.
        audience: String,
        /// From (excluded).
        from: NaiveDate,
        /// To (included).
        to: NaiveDate,
        /// Expected.
        expect: Option<i64>,
        /// Expected error code.
        error: Option<u32>,
        /// Source.
        #[serde(default)]
        note: String,
    },
}

/// The calendar vectors, embedded.
pub const CALENDAR_VECTORS: &str = include_str!("../vectors/calendar.json");

/// Runs every calendar vector through the Rust core; returns the failures (empty = all pass)
/// and the number of cases run.
pub fn run_calendar_vectors(json: &str) -> Result<(usize, Vec<String>), serde_json::Error> {
    let v: CalendarVectors = serde_json::from_str(json)?;
    let civil = WorkCalendar::vietnam_civil_service();
    let ent = WorkCalendar::vietnam_enterprise();
    let cal = |a: &str| if a == "enterprise" { &ent } else { &civil };
    let mut fails = Vec::new();
    let mut n = 0;
    for c in &v.lunar {
        n += 1;
        match lunar::solar_to_lunar(c.solar) {
            Ok(l) if l == c.lunar => {}
            other => fails.push(format!(
                "solar_to_lunar({}) = {other:?}, want {:?} ({})",
                c.solar, c.lunar, c.note
            )),
        }
        n += 1;
        match lunar::lunar_to_solar(c.lunar) {
            Ok(d) if d == c.solar => {}
            other => fails.push(format!(
                "lunar_to_solar({:?}) = {other:?}, want {}",
                c.lunar, c.solar
            )),
        }
    }
    for c in &v.lunar_errors {
        n += 1;
        match lunar::solar_to_lunar(c.solar) {
            Err(e) if e.code() == c.code => {}
            other => fails.push(format!(
                "solar_to_lunar({}) = {other:?}, want error {}",
                c.solar, c.code
            )),
        }
    }
    for c in &v.calendar {
        n += 1;
        match c {
            CalendarCase::AddWorkingDays {
                audience,
                date,
                n: k,
                expect,
                error,
                note,
            } => {
                let got = cal(audience).add_working_days(*date, *k);
                let ok = match (&got, expect, error) {
                    (Ok(d), Some(e), _) => d == e,
                    (Err(err), _, Some(code)) => err.code() == *code,
                    _ => false,
                };
                if !ok {
                    fails.push(format!("add_working_days({date}, {k}) [{audience}] = {got:?}, want {expect:?}/{error:?} ({note})"));
                }
            }
            CalendarCase::IsWorkingDay {
                audience,
                date,
                expect,
                note,
            } => {
                let got = cal(audience).is_working_day(*date);
                if got != *expect {
                    fails.push(format!(
                        "is_working_day({date}) [{audience}] = {got}, want {expect} ({note})"
                    ));
                }
            }
            CalendarCase::WorkingDaysBetween {
                audience,
                from,
                to,
                expect,
                error,
                note,
            } => {
                let got = cal(audience).working_days_between(*from, *to);
                let ok = match (&got, expect, error) {
                    (Ok(d), Some(e), _) => d == e,
                    (Err(err), _, Some(code)) => err.code() == *code,
                    _ => false,
                };
                if !ok {
                    fails.push(format!("working_days_between({from}, {to}) [{audience}] = {got:?}, want {expect:?}/{error:?} ({note})"));
                }
            }
        }
    }
    Ok((n, fails))
}

// ------------------------------------------------------------------------------ deadlines

/// The deadline vector file (`tests/vectors/deadline.json`).
#[derive(Debug, Deserialize)]
pub struct DeadlineVectors {
    /// `compute_due` cases.
    pub compute_due: Vec<DueCase>,
    /// Clock cases: replay the events, then the status (and the assessment) as of an instant.
    pub clock: Vec<ClockCase>,
}

fn civil_service() -> String {
    "civil_service".to_owned()
}

/// One `compute_due` case.
#[derive(Debug, Deserialize)]
pub struct DueCase {
    /// Identifier.
    pub name: String,
    /// `civil_service` (default) or `enterprise`.
    #[serde(default = "civil_service")]
    pub audience: String,
    /// `YYYY-MM-DDTHH:MM[:SS]`.
    pub received_at: String,
    /// The time limit JSON.
    pub limit: Value,
    /// The policy JSON (absent: the default policy).
    #[serde(default)]
    pub policy: Option<Value>,
    /// Expected subset of the result (the `Due` JSON).
    #[serde(default)]
    pub expect: Option<Value>,
    /// Expected error code.
    #[serde(default)]
    pub error: Option<u32>,
    /// The derivation.
    #[serde(default)]
    pub note: String,
}

/// One clock case.
#[derive(Debug, Deserialize)]
pub struct ClockCase {
    /// Identifier.
    pub name: String,
    /// `civil_service` (default) or `enterprise`.
    #[serde(default = "civil_service")]
    pub audience: String,
    /// The time limit JSON.
    pub limit: Value,
    /// The policy JSON (absent: the default policy).
    #[serde(default)]
    pub policy: Option<Value>,
    /// The event log (JSON array).
    pub events: Value,
    /// The instant of the status, `YYYY-MM-DDTHH:MM[:SS]`.
    pub as_of: String,
    /// Expected subset of the status JSON.
    #[serde(default)]
    pub expect: Option<Value>,
    /// Expected subset of the assessment JSON.
    #[serde(default)]
    pub assess: Option<Value>,
    /// Expected error code (of the replay or the status).
    #[serde(default)]
    pub error: Option<u32>,
    /// The derivation.
    #[serde(default)]
    pub note: String,
}

/// The deadline vectors, embedded.
pub const DEADLINE_VECTORS: &str = include_str!("../vectors/deadline.json");

/// `None` when every key of `expected` (recursively; arrays element by element, same length)
/// equals the one of `actual`; otherwise where and how they differ. The C and node runners
/// use the same rule.
pub fn json_subset_mismatch(expected: &Value, actual: &Value) -> Option<String> {
    fn walk(e: &Value, a: &Value, path: &str) -> Option<String> {
        match (e, a) {
            (Value::Object(eo), Value::Object(ao)) => {
                eo.iter().find_map(|(k, ev)| match ao.get(k) {
                    Some(av) => walk(ev, av, &format!("{path}/{k}")),
                    None => Some(format!("{path}/{k}: missing, want {ev}")),
                })
            }
            (Value::Array(ea), Value::Array(aa)) if ea.len() == aa.len() => ea
                .iter()
                .zip(aa)
                .enumerate()
                .find_map(|(i, (ev, av))| walk(ev, av, &format!("{path}/{i}"))),
            _ if e == a => None,
            _ => Some(format!("{path}: got {a}, want {e}")),
        }
    }
    walk(expected, actual, "")
}

fn policy_of(p: &Option<Value>) -> Result<DeadlinePolicy, motcua::Error> {
    match p {
        Some(v) => DeadlinePolicy::from_json(&v.to_string()),
        None => Ok(DeadlinePolicy::default()),
    }
}

fn instant(s: &str) -> Result<NaiveDateTime, String> {
    parse_instant(s).ok_or_else(|| format!("unparsable instant {s:?}"))
}

/// The `compute_due` of one case through the Rust core, as the bindings do it (JSON in, the
/// `Due` as JSON out, the explanation built too).
pub fn run_due_case(c: &DueCase, cal: &WorkCalendar) -> Result<Result<Value, u32>, String> {
    let at = instant(&c.received_at)?;
    let run = || -> Result<Value, motcua::Error> {
        let limit = TimeLimit::from_json(&c.limit.to_string())?;
        let policy = policy_of(&c.policy)?;
        let due = compute_due(at, &limit, cal, &policy)?;
        due.explain(cal)?;
        Ok(serde_json::to_value(&due).unwrap_or_default())
    };
    Ok(run().map_err(|e| e.code()))
}

/// The status and assessment of one clock case through the Rust core.
#[allow(clippy::type_complexity)]
pub fn run_clock_case(
    c: &ClockCase,
    cal: &WorkCalendar,
) -> Result<Result<(Value, Value), u32>, String> {
    let as_of = instant(&c.as_of)?;
    let run = || -> Result<(Value, Value), motcua::Error> {
        let limit = TimeLimit::from_json(&c.limit.to_string())?;
        let policy = policy_of(&c.policy)?;
        let events = ClockEvent::from_json(&c.events.to_string())?;
        let clock = DeadlineClock::replay(limit, policy, events, cal)?;
        let status = clock.status(as_of, cal)?;
        let assess = clock.assess(as_of, cal)?;
        Ok((
            serde_json::to_value(&status).unwrap_or_default(),
            serde_json::to_value(&assess).unwrap_or_default(),
        ))
    };
    Ok(run().map_err(|e| e.code()))
}

/// Checks one outcome against `expect`/`error`; `None` when it passes.
pub fn check_outcome(
    what: &str,
    outcome: &Result<Vec<Value>, u32>,
    expects: &[Option<&Value>],
    error: Option<u32>,
) -> Option<String> {
    match (outcome, error) {
        (Err(code), Some(want)) if *code == want => None,
        (Err(code), _) => Some(format!("{what}: error {code}, want {error:?}/{expects:?}")),
        (Ok(_), Some(want)) => Some(format!("{what}: succeeded, want error {want}")),
        (Ok(values), None) => expects
            .iter()
            .zip(values)
            .find_map(|(e, v)| e.and_then(|e| json_subset_mismatch(e, v)))
            .map(|m| format!("{what}: {m}")),
    }
}

/// Runs every deadline vector through the Rust core; returns the number of cases and the
/// failures (empty = all pass).
pub fn run_deadline_vectors(json: &str) -> Result<(usize, Vec<String>), serde_json::Error> {
    let v: DeadlineVectors = serde_json::from_str(json)?;
    let civil = WorkCalendar::vietnam_civil_service();
    let ent = WorkCalendar::vietnam_enterprise();
    let cal = |a: &str| if a == "enterprise" { &ent } else { &civil };
    let mut fails = Vec::new();
    for c in &v.compute_due {
        let outcome = match run_due_case(c, cal(&c.audience)) {
            Ok(o) => o.map(|v| vec![v]),
            Err(e) => {
                fails.push(format!("{}: {e}", c.name));
                continue;
            }
        };
        if let Some(f) = check_outcome(&c.name, &outcome, &[c.expect.as_ref()], c.error) {
            fails.push(format!("{f} ({})", c.note));
        }
    }
    for c in &v.clock {
        let outcome = match run_clock_case(c, cal(&c.audience)) {
            Ok(o) => o.map(|(s, a)| vec![s, a]),
            Err(e) => {
                fails.push(format!("{}: {e}", c.name));
                continue;
            }
        };
        let expects = [c.expect.as_ref(), c.assess.as_ref()];
        if let Some(f) = check_outcome(&c.name, &outcome, &expects, c.error) {
            fails.push(format!("{f} ({})", c.note));
        }
    }
    Ok((v.compute_due.len() + v.clock.len(), fails))
}

// ------------------------------------------------------------------------------ forms

/// The form and identifier vector file (`tests/vectors/forms.json`).
#[derive(Debug, Deserialize)]
pub struct FormVectors {
    /// The specification the form cases name `"vec"`.
    pub spec: Value,
    /// Identifier cases.
    pub identifiers: Vec<IdCase>,
    /// Form cases.
    pub forms: Vec<FormCase>,
}

/// One identifier case: `format` as a form field's (`"cccd"`, `"mst"`…).
#[derive(Debug, Deserialize)]
pub struct IdCase {
    /// Identifier.
    pub name: String,
    /// The format.
    pub format: String,
    /// The value.
    pub input: String,
    /// Expected subset of the parsed JSON.
    #[serde(default)]
    pub expect: Option<Value>,
    /// Expected error code.
    #[serde(default)]
    pub error: Option<u32>,
    /// The derivation.
    #[serde(default)]
    pub note: String,
}

/// One form case: a document validated against a specification or a catalogue form.
#[derive(Debug, Deserialize)]
pub struct FormCase {
    /// Identifier.
    pub name: String,
    /// A specification object, or `"vec"` for the file's `spec`.
    #[serde(default)]
    pub spec: Option<Value>,
    /// A form of the embedded catalogue: form id or procedure code.
    #[serde(default)]
    pub catalogue_form: Option<String>,
    /// The document.
    #[serde(default)]
    pub values: Option<Value>,
    /// The document as raw text (for malformed ones).
    #[serde(default)]
    pub values_text: Option<String>,
    /// Expected subset of the report.
    #[serde(default)]
    pub expect: Option<Value>,
    /// Expected error code.
    #[serde(default)]
    pub error: Option<u32>,
    /// The derivation.
    #[serde(default)]
    pub note: String,
}

impl FormCase {
    /// The specification JSON text, when the case has one (`"vec"` resolved).
    pub fn spec_text(&self, shared: &Value) -> Option<String> {
        self.spec.as_ref().map(|s| match s {
            Value::String(name) if name == "vec" => shared.to_string(),
            other => other.to_string(),
        })
    }

    /// The document's JSON text.
    pub fn values_text(&self) -> String {
        match (&self.values_text, &self.values) {
            (Some(t), _) => t.clone(),
            (None, Some(v)) => v.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// The form vectors, embedded.
pub const FORM_VECTORS: &str = include_str!("../vectors/forms.json");

/// One identifier case through the Rust core, as the bindings do it.
pub fn run_id_case(c: &IdCase) -> Result<Result<Value, u32>, String> {
    let format: motcua::form::IdFormat = serde_json::from_value(Value::String(c.format.clone()))
        .map_err(|e| format!("unknown format {:?}: {e}", c.format))?;
    Ok(motcua::form::id::validate_as(format, &c.input)
        .map(|v| serde_json::to_value(v).unwrap_or_default())
        .map_err(|e| e.code()))
}

/// One form case through the Rust core, as the bindings do it.
pub fn run_form_case(
    c: &FormCase,
    shared: &Value,
    cat: &motcua::procedure::Catalogue,
) -> Result<Result<Value, u32>, String> {
    let values = c.values_text();
    let run = || -> Result<Value, motcua::Error> {
        let report = match (c.spec_text(shared), &c.catalogue_form) {
            (Some(spec), _) => motcua::form::Form::from_json(&spec)?.validate_json(&values)?,
            (None, Some(key)) => match cat.form_for(key) {
                Some(form) => form.validate_json(&values)?,
                None => {
                    return Err(motcua::procedure::ProcedureError::QueryInvalid {
                        detail: format!("no e-form {key:?}"),
                        detail_vi: format!("không có biểu mẫu {key:?}"),
                    }
                    .into());
                }
            },
            (None, None) => {
                return Err(motcua::BindingError::InvalidArgument {
                    detail: "no spec".into(),
                    detail_vi: "no spec".into(),
                }
                .into());
            }
        };
        Ok(serde_json::to_value(report).unwrap_or_default())
    };
    Ok(run().map_err(|e| e.code()))
}

/// Runs every form and identifier vector through the Rust core; returns the number of cases
/// and the failures (empty = all pass).
pub fn run_form_vectors(json: &str) -> Result<(usize, Vec<String>), serde_json::Error> {
    let v: FormVectors = serde_json::from_str(json)?;
    let cat = motcua::procedure::Catalogue::vietnam_default();
    let mut fails = Vec::new();
    for c in &v.identifiers {
        match run_id_case(c) {
            Ok(o) => {
                let outcome = o.map(|v| vec![v]);
                if let Some(f) = check_outcome(&c.name, &outcome, &[c.expect.as_ref()], c.error) {
                    fails.push(format!("{f} ({})", c.note));
                }
            }
            Err(e) => fails.push(format!("{}: {e}", c.name)),
        }
    }
    for c in &v.forms {
        match run_form_case(c, &v.spec, &cat) {
            Ok(o) => {
                let outcome = o.map(|v| vec![v]);
                if let Some(f) = check_outcome(&c.name, &outcome, &[c.expect.as_ref()], c.error) {
                    fails.push(format!("{f} ({})", c.note));
                }
            }
            Err(e) => fails.push(format!("{}: {e}", c.name)),
        }
    }
    Ok((v.identifiers.len() + v.forms.len(), fails))
}

// ------------------------------------------------------------------------------ dossiers

/// The dossier vector file (`tests/vectors/dossier.json`).
#[derive(Debug, Deserialize)]
pub struct DossierVectors {
    /// Named dossier contexts.
    pub contexts: serde_json::Map<String, Value>,
    /// Named actors.
    pub actors: serde_json::Map<String, Value>,
    /// The cases.
    pub cases: Vec<DossierCase>,
}

/// One command sequence.
#[derive(Debug, Deserialize)]
pub struct DossierCase {
    /// Identifier.
    pub name: String,
    /// The dossier's identifier.
    pub id: String,
    /// The name of the context passed with every command.
    pub context: String,
    /// The commands: `{at, actor (name or object), command}`.
    pub steps: Vec<Value>,
    /// The code the last step is rejected with.
    #[serde(default)]
    pub error: Option<u32>,
    /// Expected subset of the rejection `check` reports for the last step (its code, guard,
    /// legal basis).
    #[serde(default)]
    pub rejection: Option<Value>,
    /// The instant of the state (`YYYY-MM-DDTHH:MM[:SS]`).
    #[serde(default)]
    pub as_of: Option<String>,
    /// Expected subset of the state.
    pub expect: Value,
    /// The derivation.
    #[serde(default)]
    pub note: String,
}

impl DossierVectors {
    /// The command documents of a case (actor names resolved), as JSON texts.
    pub fn commands(&self, c: &DossierCase) -> Vec<String> {
        c.steps
            .iter()
            .map(|s| {
                let mut s = s.clone();
                if let Some(name) = s.get("actor").and_then(Value::as_str) {
                    let actor = self.actors.get(name).cloned().unwrap_or(Value::Null);
                    s["actor"] = actor;
                }
                s.to_string()
            })
            .collect()
    }

    /// The context JSON text of a case.
    pub fn context(&self, c: &DossierCase) -> String {
        self.contexts
            .get(&c.context)
            .map(Value::to_string)
            .unwrap_or_default()
    }

    /// The state options JSON text of a case (`None`: the defaults).
    pub fn options(c: &DossierCase) -> Option<String> {
        c.as_of
            .as_ref()
            .map(|a| serde_json::json!({ "as_of": a }).to_string())
    }
}

/// The dossier vectors, embedded.
pub const DOSSIER_VECTORS: &str = include_str!("../vectors/dossier.json");

/// Checks one case's outcome, as every runner reports it: the status of each step (0 =
/// accepted), the report of `check` on each step before it was applied (or its error code),
/// and the state JSON of the final log (or the code of the state call). `check` must agree
/// with the step: allowed when it was accepted, a rejection with its code when it was
/// rejected by a rule (5001–5005, 5010), the same error otherwise.
pub fn check_dossier_case(
    c: &DossierCase,
    statuses: &[u32],
    checks: &[Result<Value, u32>],
    state: &Result<Value, u32>,
) -> Option<String> {
    let n = c.steps.len();
    if statuses.len() != n || checks.len() != n {
        return Some(format!(
            "{}: {} step statuses and {} checks for {n} steps",
            c.name,
            statuses.len(),
            checks.len()
        ));
    }
    for (i, (s, check)) in statuses.iter().zip(checks).enumerate() {
        let want = if i + 1 == n { c.error.unwrap_or(0) } else { 0 };
        if *s != want {
            return Some(format!("{}: step {i} status {s}, want {want}", c.name));
        }
        let agrees = match (s, check) {
            (0, Ok(v)) => v["allowed"] == true && v["event"].is_object(),
            (5001..=5005 | 5010, Ok(v)) => v["allowed"] == false && v["rejection"]["code"] == *s,
            (_, Ok(_)) => false,
            (_, Err(code)) => code == s,
        };
        if !agrees {
            return Some(format!("{}: step {i} status {s}, check {check:?}", c.name));
        }
    }
    if let (Some(want), Some(Ok(v))) = (&c.rejection, checks.last()) {
        if let Some(m) = json_subset_mismatch(want, &v["rejection"]) {
            return Some(format!("{}: rejection {m}", c.name));
        }
    }
    match state {
        Err(code) => Some(format!("{}: state error {code}", c.name)),
        Ok(v) => json_subset_mismatch(&c.expect, v).map(|m| format!("{}: {m}", c.name)),
    }
}

/// The outcome of one dossier case: each step's status, each step's `check` report (or
/// error code), and the final state (or error code).
pub type DossierOutcome = (Vec<u32>, Vec<Result<Value, u32>>, Result<Value, u32>);

/// One case through the Rust core, as the bindings do it: the step statuses, the checks and
/// the state.
pub fn run_dossier_case(v: &DossierVectors, c: &DossierCase, cal: &WorkCalendar) -> DossierOutcome {
    use motcua::dossier::{Dossier, ViewOptions};
    let context = v.context(c);
    let mut log = Dossier::new(c.id.as_str()).to_json();
    let mut statuses = Vec::new();
    let mut checks = Vec::new();
    for cmd in v.commands(c) {
        checks.push(
            Dossier::check_json(&log, &cmd, Some(&context), cal)
                .map(|r| serde_json::to_value(r).unwrap_or_default())
                .map_err(|e| e.code()),
        );
        match Dossier::apply_json(&log, &cmd, Some(&context), cal) {
            Ok((next, _event)) => {
                log = next;
                statuses.push(0);
            }
            Err(e) => statuses.push(e.code()),
        }
    }
    let state = (|| -> Result<Value, motcua::Error> {
        let options = match DossierVectors::options(c) {
            Some(o) => ViewOptions::from_json(&o)?,
            None => ViewOptions::default(),
        };
        let d = Dossier::from_json(&log, cal)?;
        Ok(serde_json::to_value(d.view(&options, cal)?).unwrap_or_default())
    })()
    .map_err(|e| e.code());
    (statuses, checks, state)
}

/// Runs every dossier vector through the Rust core; returns the number of cases and the
/// failures (empty = all pass).
pub fn run_dossier_vectors(json: &str) -> Result<(usize, Vec<String>), serde_json::Error> {
    let v: DossierVectors = serde_json::from_str(json)?;
    let cal = WorkCalendar::vietnam_civil_service();
    let mut fails = Vec::new();
    for c in &v.cases {
        let (statuses, checks, state) = run_dossier_case(&v, c, &cal);
        if let Some(f) = check_dossier_case(c, &statuses, &checks, &state) {
            fails.push(format!("{f} ({})", c.note));
        }
    }
    Ok((v.cases.len(), fails))
}
