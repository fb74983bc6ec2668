//! The dossier lifecycle (hồ sơ): an event-sourced state machine with roles and legal
//! guards, a tamper-evident log, dossier codes and the national portal's status codes.
//!
//! ## States and commands (domain brief §5.3; Decree 61/2018 Art. 15–22)
//!
//! | Command ([`CommandKind`]) | Roles ([`Role`]) | From → to ([`Status`]) | Form / clock |
//! |---|---|---|---|
//! | `create` | applicant (online), desk officer (desk, postal) | – → draft | |
//! | `submit` | applicant, desk | draft → submitted | |
//! | `request_supplement_at_desk` | desk | submitted → supplement requested at desk | Form 02 |
//! | `resubmit` | applicant, desk | supplement requested at desk → submitted | |
//! | `refuse_at_receipt` | desk | submitted → refused at receipt (terminal) | Form 03 |
//! | `accept` | desk | submitted → received | Form 01; clock `received` |
//! | `assign` | processing officer, approver | received/processing → processing | |
//! | `request_supplement` | processing officer, approver | processing → supplement requested | Form 02; clock stops |
//! | `supplement` | applicant, desk | supplement requested → processing | clock restarts (policy) |
//! | `forward` | processing officer, approver | processing → at other agency | Form 05/06 line; step starts |
//! | `reply_from_agency` | other agency (of the step) | at other agency → processing | Form 05/06 line, on time/late; step ends |
//! | `request_payment` | processing officer, approver | processing → awaiting payment | clock pauses (rule) |
//! | `pay` | applicant, desk, system | awaiting payment → processing | clock resumes |
//! | `apologise` | approver | received, processing, at other agency, awaiting payment (same state) | Form 04; clock extension |
//! | `approve` | approver | processing → result ready | clock finished |
//! | `deny` | approver | processing → denied (terminal) | Form 03; clock finished |
//! | `stop` | approver | received, processing, supplement requested, awaiting payment → stopped (terminal) | stop notice |
//! | `return_result` | desk, system | result ready → returned (terminal) | |
//! | `send_by_post` / `confirm_delivery` | desk / desk, system | result ready → in transit → returned | |
//! | `request_withdrawal` | applicant, desk | any non-terminal → withdrawal requested | |
//! | `approve_withdrawal` / `reject_withdrawal` | desk, approver (+ system) | → withdrawn (terminal) / back | Form 05 (03/2025) |
//!
//! Officers are checked against the dossier's agencies: desk officers against the
//! receiving agency, processing officers and approvers against the resolving agency, the
//! other agency against the step's agency; the applicant by identifier.
//!
//! ## Guards ([`Guard`], each with [`Guard::source`])
//! complete checklist at acceptance; guide once at the desk; reasons on Forms 02/03 and stop
//! notices; supplementation during processing within 3 working days of receipt; apology at
//! most once and at least 1 day before the due date (via the deadline clock's policy);
//! online submission, payment and return only at levels that offer them; payment of what was
//! requested; replies only for the step under way; withdrawal only before the decision; a
//! dossier code of the receiving agency and day; terminal states accept nothing.
//!
//! ## The log
//! A [`Dossier`] is its events; its [`DossierState`] is their fold and its
//! [`crate::deadline::DeadlineClock`] is driven by them. Each [`Event`] carries the hash of
//! the one before and its own: SHA-256 over [`canonical_json`] of the event without its
//! `hash` (keys sorted, no whitespace). [`Dossier::verify`] names the first bad event and
//! whether it was edited, removed, inserted or reordered.

mod code;
mod command;
mod error;
mod event;
mod hash;
mod log;
mod machine;
mod portal;
mod types;
mod view;

pub use code::{CentralServiceFormat, Circular01Format, CodeFormat, CodeSequencer};
pub use command::{Command, CommandKind};
pub use error::{DossierError, Guard, Tamper};
pub use event::{
    Apology, Applicant, DueSnapshot, Event, EventKind, Finish, Handover, PaymentMethod,
    ReceiptSlip, Refusal, ResultDoc, Stage, StopNotice, SupplementRequest,
};
pub use hash::{GENESIS, canonical_json, event_hash};
pub use log::{Dossier, LOG_FORMAT, MAX_EVENTS};
pub use machine::{DossierState, OpenStep};
pub use portal::{PORTAL_STATUS_NAMES, StatusMapping, SyncRecord, SyncSupplement, portal_datetime};
pub use types::{
    Actor, CodeScheme, DossierChannel, DossierContext, DossierRules, FormKind, Role, Status,
};
pub use view::{CheckReport, DossierView, LogProblem, Rejection, VerifyReport, ViewOptions};
