//! Reports over JSON, the way the C ABI and the WASM package take them: dossier logs and/or
//! stored summaries in, the Biểu 06 table, its rates and the indicators out.

use serde::{Deserialize, Serialize};

use super::{
    Bieu06, DossierSummary, Indicators, ReportError, ReportParams, Row, bieu06, indicators,
};
use crate::calendar::WorkCalendar;
use crate::dossier::Dossier;
use crate::limits::InputLimits;

fn invalid(name: &str, detail: impl ToString) -> crate::Error {
    ReportError::InvalidParameter {
        name: name.into(),
        detail: detail.to_string(),
    }
    .into()
}

/// serde reads a struct from an array too: only an object is accepted.
fn object(json: &str, name: &str, max: usize) -> Result<(), crate::Error> {
    if json.len() > max {
        return Err(invalid(
            name,
            format!("{} bytes, more than the limit of {max} bytes", json.len()),
        ));
    }
    if json.trim_start().starts_with('{') {
        Ok(())
    } else {
        Err(invalid(name, "expected a JSON object"))
    }
}

impl ReportParams {
    /// Parses the period and counting choices: `{"from": "2017-01-01", "to":
    /// "2017-01-11", "group_by"?, "end_point"?, "due_view"?, "granularity"?, "denied"?,
    /// "waiting"?}`. Malformed JSON or an unknown key: [`ReportError::InvalidParameter`]
    /// (6002); a period ending before it starts is 6001 when the report runs.
    ///
    /// ```
    /// use motcua::report::ReportParams;
    /// let p = ReportParams::from_json(r#"{"from": "2017-01-01", "to": "2017-01-11", "group_by": "agency"}"#)?;
    /// assert_eq!(p.to.to_string(), "2017-01-11");
    /// assert_eq!(ReportParams::from_json(r#"{"from": "2017-01-01"}"#).unwrap_err().code(), 6002);
    /// assert_eq!(ReportParams::from_json(r#"["2017-01-01", "2017-01-11"]"#).unwrap_err().code(), 6002);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<ReportParams, crate::Error> {
        object(json, "params", InputLimits::default().document_bytes)?;
        serde_json::from_str(json).map_err(|e| invalid("params", e))
    }
}

/// The dossiers of a report as JSON: `{"logs"?: [<log>, …], "summaries"?: [<summary>, …]}`,
/// serialised logs ([`Dossier::to_json`]) replayed and verified here, or the
/// [`DossierSummary`] values a system stored (e.g. from `DossierView::summary`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportInput {
    /// Serialised logs.
    pub logs: Vec<serde_json::Value>,
    /// Stored summaries.
    pub summaries: Vec<DossierSummary>,
}

impl ReportInput {
    /// Parses the input (malformed JSON, an unknown key or a malformed summary: 6002).
    ///
    /// ```
    /// use motcua::report::ReportInput;
    /// assert!(ReportInput::from_json(r#"{"summaries": []}"#)?.logs.is_empty());
    /// assert_eq!(ReportInput::from_json(r#"{"dossiers": []}"#).unwrap_err().code(), 6002);
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<ReportInput, crate::Error> {
        object(json, "input", InputLimits::default().report_bytes)?;
        serde_json::from_str(json).map_err(|e| invalid("input", e))
    }

    /// Every summary: the stored ones, then one per log that has a created dossier (each log
    /// read with [`Dossier::from_json`]; its error, e.g. 5006 or 5008, stops the report).
    pub fn into_summaries(self, cal: &WorkCalendar) -> Result<Vec<DossierSummary>, crate::Error> {
        let mut out = self.summaries;
        out.reserve(self.logs.len());
        for log in self.logs {
            let d = Dossier::from_json(&log.to_string(), cal)?;
            out.extend(DossierSummary::of(&d));
        }
        Ok(out)
    }
}

/// The rates of one row, in percent (`None` without a denominator).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowRates {
    /// The group's key (empty for the total).
    pub key: String,
    /// [`Row::on_time_rate`].
    pub on_time_rate: Option<f64>,
    /// [`Row::early_rate`].
    pub early_rate: Option<f64>,
    /// [`Row::online_rate`].
    pub online_rate: Option<f64>,
    /// [`Row::processed_on_time_rate`].
    pub processed_on_time_rate: Option<f64>,
}

impl RowRates {
    fn of(r: &Row) -> RowRates {
        RowRates {
            key: r.key.clone(),
            on_time_rate: r.on_time_rate(),
            early_rate: r.early_rate(),
            online_rate: r.online_rate(),
            processed_on_time_rate: r.processed_on_time_rate(),
        }
    }
}

/// The rates of every row and of the total.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rates {
    /// Per row, in the table's order.
    pub rows: Vec<RowRates>,
    /// Of the total.
    pub total: RowRates,
}

/// The Biểu 06 table with its rates and the indicators, for one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The table.
    pub bieu06: Bieu06,
    /// Its rates.
    pub rates: Rates,
    /// Circular 01/2018 and Decision 766 indicators.
    pub indicators: Indicators,
}

impl Report {
    /// Counts the table and the indicators ([`bieu06`], [`indicators`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use motcua::report::{Report, ReportParams};
    /// let d = |day| NaiveDate::from_ymd_opt(2017, 1, day).unwrap();
    /// let r = Report::compute(&[], &ReportParams::new(d(1), d(11)))?;
    /// assert_eq!(r.bieu06.total.received.total, 0);
    /// assert!(r.rates.total.on_time_rate.is_none());
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn compute(
        summaries: &[DossierSummary],
        params: &ReportParams,
    ) -> Result<Report, crate::Error> {
        let table = bieu06(summaries, params)?;
        let ind = indicators(summaries, params)?;
        let rates = Rates {
            rows: table.rows.iter().map(RowRates::of).collect(),
            total: RowRates::of(&table.total),
        };
        Ok(Report {
            bieu06: table,
            rates,
            indicators: ind,
        })
    }
}
