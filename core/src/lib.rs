//! # motcua
//!
//! The rules of Vietnam's one-stop online public services ("một cửa", "dịch vụ công trực
//! tuyến"), written once: the Vietnamese lunisolar calendar ([`lunar`]), the civil-service
//! working calendar with its holidays, compensatory days and official day swaps
//! ([`calendar`]), online service levels ([`level`]), forms and Vietnamese identifiers
//! ([`form`]), the procedure catalogue ([`procedure`]), and the errors every surface shares
//! ([`Error`]).
//!
//! The core does no I/O, reads no clock and has no global state: every function takes the
//! calendar (or catalogue) it uses, and "now" is always a parameter.
//!
//! ```
//! use chrono::NaiveDate;
//! use motcua::calendar::WorkCalendar;
//! use motcua::lunar::{solar_to_lunar, LunarDate};
//!
//! let cal = WorkCalendar::vietnam_civil_service();
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! // Tết 2026 (mùng 1 tháng Giêng) is 17 February 2026.
//! assert_eq!(solar_to_lunar(d(2026, 2, 17))?, LunarDate { year: 2026, month: 1, day: 1, leap: false });
//! // Friday 13 February 2026 + 1 working day skips the nine-day Tết break.
//! assert_eq!(cal.add_working_days(d(2026, 2, 13), 1)?, d(2026, 2, 23));
//! # Ok::<(), motcua::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod calendar;
pub mod deadline;
pub mod dossier;
pub mod error;
pub mod form;
pub mod level;
pub mod limits;
pub mod lunar;
pub mod procedure;
pub mod report;
mod tagged;
mod text;

pub use error::{BindingError, Error, ErrorKind, Lang, all_codes, describe_code};
