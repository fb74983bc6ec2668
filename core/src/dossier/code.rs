//! Dossier codes: `<agency code>-YYMMDD-NNNN` with a daily sequence per receiving agency
//! (Decree 61/2018 Art. 26; Circular 01/2018/TT-VPCP Art. 19), pluggable formats.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::DossierError;
use crate::Error;
use crate::form::id::validate_agency_code;

/// How a code is written from its parts. Implement it for a scheme this library does not
/// ship (Circular 03/2025 Art. 13(1)–(2) was not read).
pub trait CodeFormat {
    /// The code of sequence number `seq` (from 1) received on `date` by `agency`; an error
    /// when `seq` does not fit.
    fn format(&self, agency: &str, date: NaiveDate, seq: u32) -> Result<String, Error>;
}

/// Circular 01/2018/TT-VPCP Art. 19: `<agency>-YYMMDD-NNNN`, four digits, 0001–9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Circular01Format;

impl CodeFormat for Circular01Format {
    fn format(&self, agency: &str, date: NaiveDate, seq: u32) -> Result<String, Error> {
        if seq == 0 || seq > 9999 {
            return Err(exhausted(seq, 9999));
        }
        Ok(format!("{agency}-{}-{seq:04}", crate::text::yymmdd(date)))
    }
}

/// Circular 04/2025/TT-VPCP Art. 23(2) (adding Art. 13(3) to Circular 03/2025; in force
/// 25/01/2026 [S]), for centrally provided services: `<resolving agency>-YYMMDD-AA<seq>`,
/// `AA` two digits from the central system owner's identifier, the sequence at least four
/// digits, longer as volume requires.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CentralServiceFormat {
    /// The two digits `AA`.
    pub system: String,
}

impl CodeFormat for CentralServiceFormat {
    fn format(&self, agency: &str, date: NaiveDate, seq: u32) -> Result<String, Error> {
        let ok = self.system.len() == 2 && self.system.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            return Err(DossierError::config(
                "code format",
                format!("AA must be two digits, not {:?}", self.system),
                format!("AA phải gồm hai chữ số, không phải {:?}", self.system),
            )
            .into());
        }
        if seq == 0 {
            return Err(exhausted(seq, u32::MAX));
        }
        Ok(format!(
            "{agency}-{}-{}{seq:04}",
            crate::text::yymmdd(date),
            self.system
        ))
    }
}

fn exhausted(seq: u32, max: u32) -> Error {
    DossierError::Sequence {
        detail: format!("sequence number {seq} outside 1..={max}"),
        detail_vi: format!("số thứ tự {seq} nằm ngoài 1..={max}"),
    }
    .into()
}

/// The daily sequence of one receiving agency: a value the caller persists (no global
/// state, no clock). `next(date)` returns the next code of that day; a new day starts again
/// at 1; an earlier day than the last one used is refused.
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::dossier::CodeSequencer;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut s = CodeSequencer::new("000.00.01.H40")?;
/// assert_eq!(s.next(d(3, 2))?, "000.00.01.H40-260302-0001");
/// assert_eq!(s.next(d(3, 2))?, "000.00.01.H40-260302-0002");
/// assert_eq!(s.next(d(3, 3))?, "000.00.01.H40-260303-0001");
/// assert_eq!(s.next(d(3, 2)).unwrap_err().code(), 5009); // backwards
/// // The state is plain data to store between requests.
/// let saved = serde_json::to_string(&s).unwrap();
/// let mut again: CodeSequencer = serde_json::from_str(&saved).unwrap();
/// assert_eq!(again.next(d(3, 3))?, "000.00.01.H40-260303-0002");
/// assert_eq!(CodeSequencer::new("h40").unwrap_err().code(), 4151);
/// # Ok::<(), motcua::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CodeSequencer {
    agency: String,
    day: Option<NaiveDate>,
    last: u32,
}

impl CodeSequencer {
    /// A sequencer for an agency code in either format (checked with
    /// [`validate_agency_code`]).
    pub fn new(agency: &str) -> Result<CodeSequencer, Error> {
        validate_agency_code(agency)?;
        Ok(CodeSequencer {
            agency: agency.into(),
            day: None,
            last: 0,
        })
    }

    /// The agency.
    pub fn agency(&self) -> &str {
        &self.agency
    }

    /// The last number used on the current day.
    pub fn last(&self) -> (Option<NaiveDate>, u32) {
        (self.day, self.last)
    }

    /// The next code in the Circular 01/2018 format.
    pub fn next(&mut self, date: NaiveDate) -> Result<String, Error> {
        self.next_with(date, &Circular01Format)
    }

    /// The next code in a given format. On error the sequencer is unchanged.
    pub fn next_with(&mut self, date: NaiveDate, format: &dyn CodeFormat) -> Result<String, Error> {
        let seq = match self.day {
            Some(d) if d > date => {
                return Err(DossierError::Sequence {
                    detail: format!("day {date} is before the last day used, {d}"),
                    detail_vi: format!("ngày {date} trước ngày đã dùng gần nhất {d}"),
                }
                .into());
            }
            Some(d) if d == date => self.last.saturating_add(1),
            _ => 1,
        };
        let code = format.format(&self.agency, date, seq)?;
        self.day = Some(date);
        self.last = seq;
        Ok(code)
    }
}
