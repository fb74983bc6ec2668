//! # motcua-wasm: motcua for web frontends
//!
//! A wasm-bindgen package: free camelCase functions on plain data (dates are `"YYYY-MM-DD"`
//! strings, instants `"YYYY-MM-DDTHH:MM[:SS]"`, results are plain objects), and one immutable
//! class, `WorkCalendar`, for a calendar with run-time announcements. Deadlines:
//! `computeDue`, and a dossier's clock kept by the caller as plain data `{limit, policy,
//! events}` (`clockStatus`, `clockAssess`, `clockApply`; no mutable class). Immutable classes
//! also for a catalogue (`Catalogue`) and a compiled form (`CompiledForm`). The TypeScript
//! declarations are hand-written ([`typescript`]). Every rule lives in the `motcua` core; this
//! crate only translates.
//!
//! The exports come in groups, one cargo feature each (`deadlines`, `forms`, `catalogue`;
//! `portal` = the first three, `back-office` = everything, the default); a build exports
//! exactly the groups it enables (README, "Modules").
//!
//! ```js
//! import { solarToLunar, addWorkingDays, WorkCalendar } from "motcua-wasm";
//! solarToLunar("2026-02-17");            // { year: 2026, month: 1, day: 1, leap: false }
//! addWorkingDays("2026-02-13", 1);       // "2026-02-23" (over the Tết break)
//! try { addWorkingDays("2199-12-30", 10) } catch (e) { e.code === 1102 }
//! const cal = WorkCalendar.withAnnouncements(json);   // civil service + a new notice
//! computeDue("2026-02-13T10:00", { working_days: 1 }).legal_due_date;   // "2026-02-23"
//! let clock = { limit: { working_days: 5 }, events: [] };
//! clock = clockApply(clock, { type: "received", at: "2026-03-02T09:00:00" });
//! clockStatus(clock, "2026-03-05T12:00").current.legal_due_date;        // "2026-03-09"
//! ```
//!
//! Errors are real JS `Error` objects with a numeric `code` (the core's stable code, or a
//! 9000s binding code), `name` (e.g. `"calendar.date_out_of_range"`), the Vietnamese `message`
//! and `messageEn`. Bad input (wrong types, impossible dates, huge strings) is an error, never a
//! trap: nothing panics, so the module and every instance keep working.
#![deny(missing_docs)]
// Only the C ABI (`bindings-c`) has unsafe code; the code wasm-bindgen generates is its own.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]
// A build without every group leaves helpers of the others unused.
#![cfg_attr(not(feature = "back-office"), allow(dead_code, unused_imports))]

mod args;
#[cfg(feature = "deadlines")]
pub mod batch;
#[cfg(feature = "deadlines")]
pub mod calendar;
#[cfg(feature = "deadlines")]
pub mod deadline;
#[cfg(feature = "back-office")]
pub mod dossier;
pub mod embedded;
pub mod error;
#[cfg(feature = "forms")]
pub mod form;
#[cfg(feature = "forms")]
pub mod form_compiled;
#[cfg(feature = "catalogue")]
pub mod level;
#[cfg(feature = "deadlines")]
pub mod lunar;
#[cfg(feature = "catalogue")]
pub mod procedure;
#[cfg(feature = "back-office")]
pub mod report;
mod typescript;
pub mod version;
