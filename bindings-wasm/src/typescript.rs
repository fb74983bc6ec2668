//! Hand-written TypeScript declarations of every export (the exports themselves are marked
//! `skip_typescript`, so these are the only ones). The node tests check that every export of
//! the package is declared here.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A Gregorian date as an ISO string "YYYY-MM-DD" (no time, no time zone). */
export type IsoDate = string;

/** Message language. */
export type Lang = "vi" | "en";

/** A date of the Vietnamese lunisolar calendar (âm lịch, UTC+7). */
export interface LunarDate {
  /** Lunar year: the solar year in which its month 1 begins. */
  year: number;
  /** Lunar month, 1–12. */
  month: number;
  /** Day of the lunar month, 1–30. */
  day: number;
  /** True in the intercalary (leap, "nhuận") month. */
  leap: boolean;
}

/** A lunar date given as input; `leap` defaults to false. */
export interface LunarDateInput {
  year: number;
  month: number;
  day: number;
  leap?: boolean;
}

/** A lunar date with what else the lunar table knows about its day. */
export interface LunarInfo {
  date: LunarDate;
  /** Length of its month: 29 or 30. */
  month_length: number;
  /** The leap month of its lunar year, or null when the year has none. */
  leap_month_of_year: number | null;
  /** True when the computation cannot vouch for this day's month (a new moon within minutes of midnight). */
  uncertain: boolean;
}

/** A statutory public holiday. */
export type Holiday =
  | "new_year"
  | "tet"
  | "hung_kings"
  | "reunification"
  | "labour_day"
  | "national_day"
  | "national_day_extra"
  | "culture_day";

/** Why a day has its status. */
export type ReasonKind =
  | "weekly_rest"
  | "holiday"
  | "compensatory"
  | "swap"
  | "extra_day_off"
  | "make_up_working_day"
  | "office_open"
  | "office_closed";

/** The document (or legal rule) a fact comes from. */
export interface Source {
  /** Document number, e.g. "8726/VPCP-KGVX", or a law and article. */
  document: string;
  /** Date the document was issued. */
  date?: IsoDate;
  /** Issuing body. */
  issuer?: string;
  /** How the fact was verified, or why it is uncertain. */
  note?: string;
}

/** One reason a day has its status (keys as in the core's JSON, identical to the C ABI's). */
export interface Reason {
  kind: ReasonKind;
  /** The holiday concerned. */
  holiday?: Holiday;
  /** The other date involved: the holiday a compensatory day makes up for, or the swapped date. */
  related_date?: IsoDate;
  /** Vietnamese text. */
  text_vi: string;
  /** English text. */
  text_en: string;
  source?: Source;
}

/** The status of one day, with every reason for it. */
export interface DayInfo {
  date: IsoDate;
  /** Is it a working day for this calendar. */
  working: boolean;
  /** True when the year has no official announcement loaded (projected from the rules). */
  estimated: boolean;
  /** Why; empty for an ordinary working day. */
  reasons: Reason[];
}

/**
 * Every error thrown by this package: a real `Error` with a stable numeric `code` (the core's:
 * 1001 lunar out of range, 1002 nonexistent lunar date, 1003 year outside the astronomical
 * model, 1004 inconsistent astronomical computation (a bug), 1101 date outside the calendar,
 * 1102 result outside the calendar, 1103 malformed announcement JSON, 1104 conflicting
 * announcement, 1105 invalid announcement, 1106 input too large, 2001 invalid time limit,
 * 2002 invalid office hours, 2003 instant outside the calendar, 2004 due after the calendar's
 * end, 2005 invalid policy, 2006 event out of order, 2007 event not allowed in the current
 * state, 2008 re-appointment not allowed, 2009 step budgets over the limit, 2010 invalid step,
 * 2011 instant before the receipt, 2012 malformed time limit/policy/event; 3001 unknown service
 * level, 3103 malformed catalogue, 3104 catalogue with errors, 3105 catalogue too large, 3106
 * malformed catalogue query or unknown procedure/form; 4101–4151 invalid identifiers, 4901/4902
 * malformed or invalid form specification, 4903 document not JSON, 4910–4914 document over a
 * limit; 5001 command not allowed in the state, 5002 wrong role, 5003 wrong agency, 5004 a legal
 * guard, 5005 timestamp backwards, 5006 malformed command/log/context, 5007 log of another
 * dossier, 5008 tampered log, 5010 invalid context or mapping, 5011 log too large; 6001 invalid
 * period, 6002 invalid report parameter or input; or the binding's:
 * 9001 missing argument ("binding.null_pointer", as the C ABI's NULL), 9005 invalid argument,
 * 9006 internal), a machine-readable `name` (e.g. "calendar.date_out_of_range"), the
 * Vietnamese `message` and the English `messageEn`. The same codes as the C library's
 * `motcua_status`, from one table in the core.
 */
export interface MotcuaError extends Error {
  readonly code: number;
  readonly name: string;
  readonly messageEn: string;
}

/**
 * A Vietnam-local instant (UTC+7, no zone) "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" as
 * input; results always carry the seconds ("2026-02-23T17:00:00"). Event timestamps (`at`)
 * need the seconds.
 */
export type IsoDateTime = string;
/** A time of day "HH:MM:SS". */
export type IsoTime = string;

/** A procedure's time limit: one key naming the unit. Counts are integers 1–100000. */
export type TimeLimit =
  | { working_days: number }
  | { working_hours: number }
  | { fractional_working_days: number }
  | { calendar_days: number }
  | { months: number }
  /** The same working day; after the cut-off (default "15:00:00") the next one. */
  | { same_day: { cutoff?: IsoTime } };

/** One office session. */
export interface Session { start: IsoTime; end: IsoTime; }
/** The sessions of a working day. */
export interface DayHours { morning?: Session | null; afternoon?: Session | null; }
/** Office hours: the default working day, and weekdays that differ. */
export interface OfficeHours {
  default: DayHours;
  by_weekday?: Array<{ weekday: "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun"; morning?: Session | null; afternoon?: Session | null }>;
}

/**
 * Every choice the deadline engine makes that the law leaves open; every field is optional
 * and defaults as documented in core/schema/deadline_policy.schema.json (desk channel, office
 * hours 07:30–11:30 and 13:00–17:00, 15:00 paper cut-off dating the hand-over only, the
 * appointment at the closing time, restart after supplementation, one re-appointment at least
 * 1 day before the due date). Unknown fields are refused (2012).
 */
export interface DeadlinePolicy {
  regime?: "decree61_2018" | "decree118_2025";
  office_hours?: OfficeHours;
  channel?: "desk" | "postal" | "online";
  paper_cutoff?: { at?: IsoTime; effect?: "hand_over_only" | "defer_count" };
  online_outside_hours?: "as_submitted" | "next_working_session" | { next_working_day_in_last_hour: { minutes: number } };
  appointment?: "keep_time_of_day" | "end_of_office_day" | { working_hour_arithmetic: { round_to_minutes: number } };
  on_supplement?: "restart_full" | "pause_and_resume";
  pause_measure?: "working_time" | "elapsed";
  extension?: { max?: number; notice?: { before_deadline: { days: number } } | "anytime" };
  supplement_notice_working_days?: number;
  applicant_supplement_working_days?: number | null;
  granularity?: "timestamp" | "calendar_date";
}

/** A rule that moved the result. */
export type Adjustment =
  | { kind: "receipt_deferred"; to: IsoDateTime; reason: "outside_office_hours" | "last_hour_before_closing" | "after_paper_cutoff" }
  | { kind: "same_day_cutoff_passed"; cutoff: IsoTime }
  | { kind: "rolled_forward"; from: IsoDate; to: IsoDate }
  | { kind: "month_end_clamped"; day: number; to: IsoDate };

/** One calendar day of an explanation. */
export interface ExplainedDay {
  date: IsoDate;
  role: "receipt" | "before_count" | "counted" | "skipped";
  working: boolean;
  /** The k-th working day (working-day limits) or calendar day (calendar-day limits). */
  day_number?: number;
  is_due: boolean;
  estimated: boolean;
  reasons?: Reason[];
}

/** The result of `computeDue` (keys as in the core's JSON, identical to the C ABI's). */
export interface Due {
  received_at: IsoDateTime;
  /** The instant the period counts from (later than the receipt under after-hours rules). */
  counted_from: IsoDateTime;
  /** Paper dossiers: when the desk hands the dossier over (Decree 61/2018 Art. 18). */
  handed_over_at?: IsoDateTime;
  limit: TimeLimit;
  /** The period ends at the end of this day (Civil Code Art. 148). */
  legal_due_date: IsoDate;
  /** The appointment printed on the slip. */
  appointment_at: IsoDateTime;
  adjustments?: Adjustment[];
  /** Every day from receipt to due, and the same as text in the language asked for. */
  explanation: { days: ExplainedDay[]; text: string };
}

/** Something that happened to a dossier (timestamps with seconds). */
export type ClockEvent =
  | { type: "received"; at: IsoDateTime }
  | { type: "supplement_requested"; at: IsoDateTime; reason?: string }
  | { type: "supplement_fulfilled"; at: IsoDateTime }
  | { type: "paused"; at: IsoDateTime; reason?: string }
  | { type: "resumed"; at: IsoDateTime }
  | { type: "extended"; at: IsoDateTime; new_appointment: IsoDateTime; reason?: string }
  | { type: "step_started"; at: IsoDateTime; step: string; budget: TimeLimit }
  | { type: "step_finished"; at: IsoDateTime; step: string }
  | { type: "finished"; at: IsoDateTime };

/**
 * A dossier's clock as plain data, kept by the caller (there is no mutable clock class):
 * the limit, the policy (absent: the default) and the event log (absent: none).
 */
export interface Clock {
  limit: TimeLimit;
  policy?: DeadlinePolicy | null;
  events?: ClockEvent[] | null;
}

/** A due under one supplementation semantics, as of an instant. */
export interface DueView {
  semantics: "restart_full" | "pause_and_resume";
  legal_due_date: IsoDate;
  appointment_at: IsoDateTime;
  /** The clock is stopped (waiting for the applicant, or paused). */
  stopped: boolean;
  /** A re-appointment set it. */
  extended: boolean;
  overdue: boolean;
  remaining_working_seconds: number;
  remaining_working_days: number;
}

/** The status of a clock as of an instant (`clockStatus`). */
export interface ClockStatus {
  as_of: IsoDateTime;
  state: "not_received" | "running" | "waiting_for_applicant" | "paused" | "finished";
  /** Under the policy's semantics, after any re-appointment. */
  current: DueView;
  /** Under the other semantics. */
  alternative: DueView;
  /** Under the policy's semantics, ignoring the re-appointment. */
  without_extension: DueView;
  /** The due computed at receipt (without the explanation). */
  original: Omit<Due, "explanation">;
  supplements: Array<{ requested_at: IsoDateTime; fulfilled_at?: IsoDateTime; within_notice: boolean; applicant_deadline?: IsoDate }>;
  extension?: { at: IsoDateTime; previous_appointment: IsoDateTime; new_appointment: IsoDateTime; reason?: string };
  steps: Array<{ step: string; budget: TimeLimit; started_at: IsoDateTime; finished_at?: IsoDateTime; due_at: IsoDateTime; overdue: boolean; remaining_working_seconds: number }>;
  finished_at?: IsoDateTime;
}

/** Timeliness of a finished (early/on_time/late) or running (within_deadline/overdue) dossier. */
export type Timeliness = "early" | "on_time" | "late" | "within_deadline" | "overdue";

/** Timeliness as of an instant, three ways (`clockAssess`). */
export interface Assessment {
  as_of: IsoDateTime;
  finished_at?: IsoDateTime;
  granularity: "timestamp" | "calendar_date";
  against_current: Timeliness;
  against_original: Timeliness;
  /** The national service index's view (pause semantics; late after two supplementation requests). */
  index_view: Timeliness;
  supplement_requests: number;
}

// ------------------------------------------------------------------ procedure catalogue

/** A text in Vietnamese, optionally with an English translation. */
export interface Text { vi: string; en?: string; }
/** How far a value is verified. "unverified" values must not be shown as fact. */
export type Confidence = "verified" | "secondary" | "practice" | "unverified";
/** Where a value comes from. */
export interface Basis { source: string; confidence: Confidence; }
/** Level of government. */
export type GovLevel = "central" | "province" | "district" | "commune" | "other";
/** Who may apply. */
export type ApplicantType = "citizen" | "foreigner" | "enterprise" | "household_business" | "cooperative" | "organisation";
/** An online service level: Decree 43/2011 levels 1–4 or Decree 42/2022 partial / full process. */
export type ServiceLevel = "level_1" | "level_2" | "level_3" | "level_4" | "partial" | "full_process";
/** What an online service offers (its configured channels). */
export interface Capabilities {
  information_online?: boolean;
  forms_downloadable?: boolean;
  online_submission?: boolean;
  online_processing?: boolean;
  online_payment?: boolean;
  online_result?: boolean;
  postal_result?: boolean;
}
/** A competent body during a period. */
export interface Authority { level: GovLevel; agency: Text; valid_from?: IsoDate; valid_until?: IsoDate; basis: Basis; }
/** A legal instrument the procedure rests on. */
export interface LegalBasis { document: string; articles?: string; issued?: IsoDate; effective?: IsoDate; confidence: Confidence; }
/** A publication decision. */
export interface Publication { decision: string; issued?: IsoDate; effective: IsoDate; basis: Basis; }
/** A dossier component (thành phần hồ sơ). */
export interface DocumentRequirement {
  name: Text; originals?: number; copies?: number; show_only?: boolean; required?: boolean;
  form?: string; reusable?: boolean; basis?: Basis;
}
/** A fee or charge. */
export interface Fee {
  kind: "phi" | "le_phi" | "other"; name: Text; amount?: number; set_by_province?: boolean;
  channel?: "any" | "direct" | "online"; valid_from?: IsoDate; valid_until?: IsoDate;
  exemptions?: Text[]; basis: Basis;
}
/** An internal step with its time budget. */
export interface Step { code: string; name: Text; unit?: string; budget: TimeLimit; basis?: Basis; }
/** A case of a procedure with its own time limit, documents, fees and steps. */
export interface Variant {
  id: string; name: Text; time_limit: TimeLimit; time_limit_basis: Basis;
  extensions?: Array<{ limit: TimeLimit; condition: Text; basis: Basis }>;
  valid_from?: IsoDate; valid_until?: IsoDate;
  documents?: DocumentRequirement[]; fees?: Fee[]; steps?: Step[];
}
/** An administrative procedure (TTHC). */
export interface Procedure {
  id: string;
  /** National code "d.dddddd", when known. */
  code?: string;
  code_basis?: Basis;
  name: Text;
  /** Field (lĩnh vực) key, e.g. "ho_tich". */
  field: string;
  authorities: Authority[];
  applicant_types: ApplicantType[];
  legal_basis?: LegalBasis[];
  publications?: Publication[];
  variants: Variant[];
  result: { name: Text; electronic?: boolean };
  /** E-form ids. */
  forms?: string[];
  notes?: string;
}
/** An online service: a procedure offered by an agency, with its level and channels. */
export interface OnlineService {
  code?: string; procedure: string; variant?: string; agency?: string;
  level: ServiceLevel; capabilities: Capabilities; valid_from?: IsoDate;
  partial_reason?: Text; basis: Basis;
}
/**
 * A filter of procedures and services; every criterion optional, all given ones must hold.
 * `level` takes any spelling ("level_3", "full_process", "toàn trình"…); with `level` or
 * `agency` only procedures with a matching service are kept. Unknown keys throw 3106.
 */
export interface CatalogueQuery {
  procedure?: string; field?: string; gov_level?: GovLevel; on?: IsoDate; level?: string; agency?: string;
}
/** A catalogue's overview (`catalogueStats`). */
export interface CatalogueStats {
  version: string;
  procedures: number;
  procedures_online: number;
  services: number;
  /** Services by declared level. */
  by_level: Partial<Record<ServiceLevel, number>>;
  /** Services by Decree 42/2022 class, classified from their capabilities. */
  by_decree42: Partial<Record<ServiceLevel, number>>;
  /** Share (0–1) of services full-process by their capabilities. */
  full_process_share: number;
  fields: string[];
  forms: number;
  warnings: number;
}
/** One problem of a catalogue document. */
export interface CatalogueProblem { pointer: string; name: string; severity: Severity; detail: string; detail_vi: string; }
/** Every problem of a catalogue document (`catalogueProblems`). */
export interface CatalogueCheck { valid: boolean; problems: CatalogueProblem[]; }
/** A request for the dossier context of a catalogue procedure (`dossierContext`). */
export interface ContextRequest {
  procedure: string; variant?: string; service?: string;
  receiving_agency: string; resolving_agency?: string; on: IsoDate;
}
/** One online service level as data. */
export interface LevelInfo {
  level: ServiceLevel; scheme: "decree43" | "decree42"; name: string; name_en: string;
  required: Required<Capabilities>; decree42: ServiceLevel; decree43: ServiceLevel;
}
/** The levels and the regimes that define them (`serviceLevels`). */
export interface LevelsInfo {
  levels: LevelInfo[];
  regimes: Array<{ regime: "decree43of2011" | "decree42of2022" | "decree224of2026"; instrument: string; scheme: "decree43" | "decree42"; effective_from: IsoDate; effective_until: IsoDate | null }>;
}

// ------------------------------------------------------------------ forms and identifiers

/** An identifier format of a text field. */
export type IdFormat = "cccd" | "cmnd" | "personal_id" | "mst" | "mobile" | "fixed_phone" | "phone" | "email" | "dossier_code" | "agency_code";
/** One field of a form specification (which properties apply depends on `type`). */
export interface Field {
  name: string;
  type: "text" | "number" | "date" | "select" | "checkbox" | "file" | "group";
  label?: Text;
  required?: boolean;
  required_if?: { field: string; equals?: unknown };
  min_length?: number; max_length?: number; pattern?: string; format?: IdFormat; birth_date_field?: string;
  min?: number; max?: number; integer?: boolean;
  min_date?: IsoDate; max_date?: IsoDate;
  options?: Array<{ value: string; label?: Text }>;
  multiple?: boolean; min_items?: number; max_items?: number;
  accept?: string[]; max_size?: number;
  fields?: Field[]; rules?: FormRule[]; repeat?: boolean;
}
/** A rule on several fields of one object. */
export type FormRule = { rule: "one_of"; fields: string[]; exclusive?: boolean };
/** A form specification (e-form). */
export interface FormSpec {
  id: string; title?: Text; version?: string; fields: Field[]; rules?: FormRule[]; additional_fields?: boolean;
}
/** An e-form of the embedded catalogue, by form id or procedure code. */
export type FormRef = { form: string } | { procedure: string };
/** Error or warning. */
export type Severity = "warning" | "error";
/** One violation of a form rule (keys as in the core's JSON, identical to the C ABI's). */
export interface Violation {
  /** JSON pointer (RFC 6901) to the value, "" for the root. */
  pointer: string;
  /** 4001–4099 form rules, 4101–4199 identifiers, 4201–4299 soft-check warnings. */
  code: number;
  name: string;
  severity: Severity;
  /** Vietnamese. */
  message: string;
  /** English. */
  message_en: string;
}
/** Every violation of a document, in order; `valid` unless one has severity "error". */
export interface FormReport { valid: boolean; violations: Violation[]; }

/** A soft-check warning on a valid identifier. */
export interface IdNote { code: number; name: string; message: string; message_en: string; }
/** A valid personal identification number and its parts (Circular 07/2016/TT-BCA). */
export interface CccdInfo {
  number: string; province_code: number; province: string | null;
  gender: "male" | "female"; birth_year: number; warnings: IdNote[];
}
/** A valid tax code. */
export interface MstInfo { kind: "organisation" | "branch" | "personal_id"; normalized: string; branch: number | null; }
/** A valid phone number. */
export interface PhoneInfo { kind: "mobile" | "fixed"; national: string; e164: string; }
/** A valid agency code. */
export interface AgencyCodeInfo { format: "qcvn102" | "decision20"; level1: string; code: string; }
/** A valid dossier code. */
export interface DossierCodeInfo { agency: AgencyCodeInfo; date: IsoDate; sequence: number; }

// ------------------------------------------------------------------ dossiers

/** Who gives a command. */
export type Role = "applicant" | "desk_officer" | "processing_officer" | "approver" | "other_agency" | "system";
/** An actor: an identifier, a role and (for officers) an agency code. */
export interface Actor { id: string; role: Role; agency?: string; }
/** The state of a dossier. */
export type DossierStatus =
  | "draft" | "submitted" | "supplement_requested_at_desk" | "refused_at_receipt" | "received"
  | "processing" | "at_other_agency" | "awaiting_payment" | "supplement_requested" | "denied"
  | "result_ready" | "in_transit" | "returned" | "withdrawal_requested" | "withdrawn" | "stopped";
/** How the dossier reached the desk. */
export type Channel = "desk" | "postal" | "online";
/** What a dossier is checked against (the `context` of `create`, or from `dossierContext`). */
export interface DossierContext {
  procedure: string; variant?: string; field: string; time_limit: TimeLimit;
  required_documents?: string[]; service_level?: ServiceLevel; capabilities?: Capabilities;
  fee_bearing?: boolean; receiving_agency: string; resolving_agency: string;
  code_scheme?: "circular01" | "opaque"; policy?: DeadlinePolicy;
  rules?: { reject_late_supplement_request?: boolean; payment_pauses_clock?: boolean; withdrawal_after_decision?: boolean; check_agency?: boolean };
}
/** The applicant. */
export interface Applicant { id: string; name: string; organisation?: boolean; }
/** The result document. */
export interface ResultDoc { number: string; name: string; electronic?: boolean; }
/** What is asked (internally tagged by `type`). */
export type CommandKind =
  | { type: "create"; context?: DossierContext; channel: Channel; applicant: Applicant }
  | { type: "submit"; documents: string[] }
  | { type: "request_supplement_at_desk"; missing: string[]; reason: string }
  | { type: "resubmit"; documents: string[] }
  | { type: "refuse_at_receipt"; reason: string }
  | { type: "accept"; code: string }
  | { type: "assign"; officer: string }
  | { type: "request_supplement"; missing: string[]; reason: string }
  | { type: "supplement"; documents: string[] }
  | { type: "forward"; agency: string; step: string; budget: TimeLimit }
  | { type: "reply_from_agency"; step: string; opinion: string }
  | { type: "request_payment"; amount: number }
  | { type: "pay"; amount: number; method: "desk" | "bank_transfer" | "postal" | "online" }
  | { type: "apologise"; new_appointment: IsoDateTime; reason: string }
  | { type: "approve"; result: ResultDoc }
  | { type: "deny"; reason: string }
  | { type: "stop"; reason: string }
  | { type: "return_result"; online?: boolean }
  | { type: "send_by_post"; tracking: string }
  | { type: "confirm_delivery" }
  | { type: "request_withdrawal"; reason?: string }
  | { type: "approve_withdrawal" }
  | { type: "reject_withdrawal"; reason: string };
/** A command: when (with seconds), who, what. */
export interface Command { at: IsoDateTime; actor: Actor; command: CommandKind; }
/** One event of the log, with the Form 01–05 data it produced in `event`. */
export interface DossierEvent {
  seq: number; dossier: string; at: IsoDateTime; actor: Actor;
  event: { type: string; [key: string]: unknown };
  /** SHA-256 of the previous event (64 zeros for the first). */
  prev: string;
  /** SHA-256 of this event's canonical JSON without `hash`. */
  hash: string;
}
/** A dossier's serialised, hash-chained log: what the caller stores. */
export interface DossierLog { format: "motcua.dossier.v1"; dossier: string; length: number; head: string; events: DossierEvent[]; }
/** The result of `dossierApply`. */
export interface ApplyResult { log: DossierLog; event: DossierEvent; }
/** Why a command is rejected (`dossierCheck`). */
export interface Rejection {
  /** 5001 state, 5002 role, 5003 agency, 5004 legal guard, 5005 timestamp backwards, 5010 context. */
  code: number; name: string;
  /** For 5004: the guard, e.g. "complete_checklist". */
  guard: "complete_checklist" | "guide_once" | "reason_required" | "supplement_notice_period" | "apology_at_most_once" | "apology_timing" | "result_required" | "online_submission" | "online_payment" | "online_result" | "payment_amount" | "inter_agency_step" | "withdrawal_after_decision" | "dossier_code" | "applicant" | null;
  /** For 5004: the guard's legal basis. */
  legal_basis: string | null;
  /** Vietnamese, with the details (which document, which date). */
  message: string; message_en: string;
}
/** The result of `dossierCheck`: what `dossierApply` would do, without doing it. */
export interface CheckReport {
  allowed: boolean; status: DossierStatus; next_status: DossierStatus | null;
  event: DossierEvent | null; rejection: Rejection | null;
}
/** The due of a dossier after an event. */
export interface DueSnapshot { legal_due_date: IsoDate; appointment_at: IsoDateTime; index_appointment_at: IsoDateTime; }
/** The state: the fold of the events. */
export interface DossierState {
  id: string; created: boolean; status: DossierStatus; context: DossierContext | null; channel: Channel;
  applicant: Applicant | null; documents: string[]; desk_requested: string[]; desk_requests: number;
  code: string | null; submitted_at: IsoDateTime | null; received_at: IsoDateTime | null;
  count_start: IsoDateTime | null; due: DueSnapshot | null; original_due: DueSnapshot | null;
  officer: string | null; supplement_requests: number; waiting_since: IsoDateTime | null;
  open_step: { step: string; agency: string; budget: TimeLimit; started_at: IsoDateTime } | null;
  steps_done: number; steps_late: number; payment_requested: number; paid: number;
  paid_online: boolean; payment_paused: boolean; apologies: number; apologised_at: IsoDateTime | null;
  result: ResultDoc | null; finished_at: IsoDateTime | null;
  finish: { against_current: Timeliness; against_original: Timeliness; index_view: Timeliness } | null;
  returned_at: IsoDateTime | null; returned_online: boolean; posted: boolean;
  ended_at: IsoDateTime | null; previous: DossierStatus | null; last_at: IsoDateTime | null;
  len: number; head: string;
}
/** What a report reads of one dossier (storable; `reportBieu06({summaries})`). */
export interface DossierSummary {
  procedure: string; field: string; agency: string; channel: Channel; status: DossierStatus;
  submitted_at: IsoDateTime | null; received_at: IsoDateTime | null; finished_at: IsoDateTime | null;
  denied: boolean; returned_at: IsoDateTime | null; ended_at: IsoDateTime | null;
  due: DueSnapshot | null; original_due: DueSnapshot | null; apologised_at: IsoDateTime | null;
  supplement_requests: number; desk_requests: number; waiting_since: IsoDateTime | null;
  steps_done: number; steps_late: number; fee_bearing: boolean; paid: boolean; paid_online: boolean;
  returned_online: boolean; posted: boolean;
}
/** Options of `dossierState`. */
export interface StateOptions { as_of?: IsoDateTime; status_mapping?: Partial<Record<DossierStatus, number | null>>; }
/** What a log says as of an instant (`dossierState`). */
export interface DossierView {
  dossier: string; length: number; head: string; as_of: IsoDateTime | null;
  state: DossierState; status_label: string;
  /** National portal status 1–10 (null: not synced, a draft). */
  portal_status: number | null;
  /** From receipt on. */
  clock: ClockStatus | null;
  timeliness: Assessment | null;
  summary: DossierSummary | null;
  /** The national portal's sync record (dates yyyyMMddHHmmss), once the dossier has a code. */
  sync: Record<string, unknown> | null;
}
/** The result of `dossierVerify`: a broken chain is a finding, not an exception. */
export interface VerifyReport {
  valid: boolean; dossier: string; length: number; head: string;
  problem: { code: number; name: string; index: number; tamper: "edited" | "removed" | "inserted" | "reordered" | null; message: string; message_en: string } | null;
}

// ------------------------------------------------------------------ reports

/** The period and the counting choices of a report (defaults first). */
export interface ReportParams {
  from: IsoDate; to: IsoDate;
  group_by?: "field" | "procedure" | "agency" | "total";
  end_point?: "processing_finished" | "result_returned";
  due_view?: "current" | "original" | "national_index";
  granularity?: "timestamp" | "calendar_date";
  denied?: "resolved" | "with_stopped";
  waiting?: "within_deadline" | "by_due";
}
/** The dossiers of a report: logs (verified and replayed) and/or stored summaries. */
export interface ReportInput { logs?: Array<DossierLog>; summaries?: DossierSummary[]; }
/** One row of Biểu 06. */
export interface Bieu06Row {
  key: string;
  received: { total: number; online: number; direct_postal: number; carried_over: number };
  resolved: { total: number; early: number; on_time: number; late: number };
  in_progress: { total: number; within_deadline: number; overdue: number };
  withdrawn_stopped: number; denied: number; refused_at_receipt: number;
}
/** Rates of one row, in percent (null without a denominator). */
export interface RowRates { key: string; on_time_rate: number | null; early_rate: number | null; online_rate: number | null; processed_on_time_rate: number | null; }
/** The Biểu 06 table, its rates and the indicators (`reportBieu06`). */
export interface Report {
  bieu06: { params: ReportParams; rows: Bieu06Row[]; total: Bieu06Row };
  rates: { rows: RowRates[]; total: RowRates };
  indicators: { evaluation: Array<Record<string, unknown>>; evaluation_total: Record<string, unknown>; index: Array<Record<string, unknown>>; index_total: Record<string, unknown> };
}

"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_COMMON: &'static str = r#"
// ------------------------------------------------------------------ every build
/** The version of the package, e.g. "0.1.0". */
export function version(): string;
"#;

#[cfg(feature = "deadlines")]
#[wasm_bindgen(typescript_custom_section)]
const TS_DEADLINES: &'static str = r#"
// ------------------------------------------------------------------ lunar, calendars, deadlines (feature "deadlines")
/** Solar → lunar: `solarToLunar("2026-02-17")` is `{year: 2026, month: 1, day: 1, leap: false}`. Throws 1001, 9001, 9005. */
export function solarToLunar(date: IsoDate): LunarDate;
/** Lunar → solar: `lunarToSolar({year: 2023, month: 2, day: 1, leap: true})` is "2023-03-22". Throws 1001, 1002, 9001, 9005. */
export function lunarToSolar(lunar: LunarDateInput): IsoDate;
/** Solar → lunar with the month's length, the year's leap month and the uncertainty flag. Throws 1001, 9001, 9005. */
export function lunarInfo(date: IsoDate): LunarInfo;
/** Solar date of Tết eve (the last day of the previous lunar year): `tetEve(2026)` is "2026-02-16". */
export function tetEve(lunarYear: number): IsoDate;
/** The leap month of a lunar year (1–12), or null: `leapMonth(2025)` is 6. Throws 1001. */
export function leapMonth(lunarYear: number): number | null;
/** Length (29 or 30) of a lunar month: `monthLength(2025, 12)` is 29. Throws 1001, 1002. */
export function monthLength(lunarYear: number, month: number, leap?: boolean): number;
/** The sexagenary (can chi) name of a lunar year: `yearName(2026)` is "Bính Ngọ". */
export function yearName(lunarYear: number): string;
/** Solar date of Tết (lunar new year's day): `tet(2026)` is "2026-02-17". */
export function tet(lunarYear: number): IsoDate;
/** Solar date of the Hùng Kings' Commemoration (10/3 lunar): `hungKingsDay(2026)` is "2026-04-26". */
export function hungKingsDay(lunarYear: number): IsoDate;
/**
 * Packed solar dates `yyyymmdd` (e.g. `20260217`) to packed lunar dates `yyyyLmmdd` =
 * `year * 100000 + leap * 10000 + month * 100 + day`, `leap` 1 for a leap month (e.g. `202600101`
 * is Tết 2026, `202310201` day 1 of the leap 2nd month of 2023). One copy in, one copy out; a new
 * array of the same length. An entry that cannot be converted (not a real date, outside
 * 1900-01-01..2199-12-31, zero, negative) is `0` there, the others are converted: no valid result
 * is 0, so `out.indexOf(0)` finds the first bad one. Throws only 9001 (missing) and 9005 (not an
 * Int32Array).
 */
export function solarToLunarBatch(dates: Int32Array): Int32Array;
/**
 * Packed lunar dates `yyyyLmmdd` to packed solar dates `yyyymmdd`; `0` for an entry that cannot
 * be converted (a malformed value, a nonexistent lunar date such as a leap month the year does
 * not have or day 30 of a 29-day month, a date outside the range). Throws only 9001 and 9005.
 */
export function lunarToSolarBatch(dates: Int32Array): Int32Array;
/** Civil-service calendar: is `date` a working day. Throws 1101 outside 2000–2199. */
export function isWorkingDay(date: IsoDate): boolean;
/** Civil-service calendar: `date` + `n` working days, the start not counted (`n` may be negative). Throws 1101, 1102. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate;
/** Civil-service calendar: working days in `(from, to]` (start excluded, end included). */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number;
/** Civil-service calendar: the first working day on or after `date`. */
export function workingDayOnOrAfter(date: IsoDate): IsoDate;
/** Civil-service calendar: the days off of `year` other than ordinary weekends, with reasons. */
export function daysOff(year: number): DayInfo[];
/** Civil-service calendar: the make-up working days of `year`. */
export function makeUpDays(year: number): DayInfo[];
/** Civil-service calendar: why `date` has its status. */
export function why(date: IsoDate): DayInfo;
/** Civil-service calendar: a one-line explanation of `date` in Vietnamese (default) or English. */
export function explain(date: IsoDate, lang?: Lang): string;
/**
 * Civil-service calendar: the legal due date and appointment of a dossier received at
 * `receivedAt` with `limit`, under `policy` (default: the default policy), explained day by day
 * in `lang` (default "vi"). `computeDue("2026-02-13T10:00", {working_days: 1})` is due
 * "2026-02-23" at "2026-02-23T17:00:00" (the Tết break). Throws 2001–2005, 2012, 9001, 9005.
 */
export function computeDue(receivedAt: IsoDateTime, limit: TimeLimit, policy?: DeadlinePolicy | null, lang?: Lang): Due;
/** A time limit as the library writes it (Vietnamese by default): `timeLimitText({working_days: 5}, "en")` is "5 working day(s)". Throws 2001, 9001, 9005. */
export function timeLimitText(limit: TimeLimit, lang?: Lang): string;
/**
 * An immutable working calendar. Methods never modify it; an error in one call does not affect
 * the next. Call `free()` (or use `using`) to release its memory early.
 */
export class WorkCalendar {
  private constructor();
  /** Releases the wasm memory of this calendar; the object is unusable afterwards. */
  free(): void;
  [Symbol.dispose](): void;
  /** The Vietnamese civil-service calendar (one-stop desks) with the embedded announcements. */
  static civilService(): WorkCalendar;
  /** The Labor Code calendar of employees in general (no civil-service swaps). */
  static enterprise(): WorkCalendar;
  /** The civil-service calendar with announcements (JSON: one object or an array) on top. Throws 1103–1106. */
  static withAnnouncements(json: string): WorkCalendar;
  /** A new calendar: this one with announcements on top (this one is unchanged). Throws 1103–1106. */
  layerAnnouncements(json: string): WorkCalendar;
  isWorkingDay(date: IsoDate): boolean;
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  workingDayOnOrAfter(date: IsoDate): IsoDate;
  daysOff(year: number): DayInfo[];
  makeUpDays(year: number): DayInfo[];
  why(date: IsoDate): DayInfo;
  explain(date: IsoDate, lang?: Lang): string;
  /** Is `year` projected from the rules (no official announcement loaded for it). */
  isEstimated(year: number): boolean;
  /** `computeDue` on this calendar. */
  computeDue(receivedAt: IsoDateTime, limit: TimeLimit, policy?: DeadlinePolicy | null, lang?: Lang): Due;
  /** First date of the range, "2000-01-01". */
  readonly firstDate: IsoDate;
  /** Last date of the range, "2199-12-31". */
  readonly lastDate: IsoDate;
}
"#;

#[cfg(feature = "catalogue")]
#[wasm_bindgen(typescript_custom_section)]
const TS_CATALOGUE: &'static str = r#"
// ------------------------------------------------------------------ catalogue (feature "catalogue")
/** A procedure of the embedded catalogue by national code or id, or null: `procedure("1.001193").name.vi` is "Đăng ký khai sinh". */
export function procedure(code: string): Procedure | null;
/** The procedures of the embedded catalogue a filter selects (all without one). Throws 3001, 3106. */
export function procedures(filter?: CatalogueQuery | null): Procedure[];
/** The online services of the embedded catalogue a filter selects. Throws 3001, 3106. */
export function services(filter?: CatalogueQuery | null): OnlineService[];
/** The embedded catalogue's overview: counts by service level, fields, forms. */
export function catalogueStats(): CatalogueStats;
/** Every problem of a catalogue document (object or JSON text). Throws 3103, 3105. */
export function catalogueProblems(json: string | object): CatalogueCheck;
/** The online service levels and their regimes. */
export function serviceLevels(): LevelsInfo;
/**
 * An immutable procedure catalogue: the embedded one or one loaded at run time. Methods never
 * modify it. Call `free()` (or use `using`) to release its memory early.
 */
export class Catalogue {
  private constructor();
  free(): void;
  [Symbol.dispose](): void;
  /** Loads and checks a catalogue (object or JSON text). Throws 3103, 3104 (see `catalogueProblems`), 3105. */
  static fromJson(json: string | object): Catalogue;
  /** A copy of the embedded default catalogue. */
  static vietnamDefault(): Catalogue;
  /** The data version. */
  readonly version: string;
  procedure(code: string): Procedure | null;
  procedures(filter?: CatalogueQuery | null): Procedure[];
  services(filter?: CatalogueQuery | null): OnlineService[];
  stats(): CatalogueStats;
  formSpec(key: string): FormSpec | null;
  /** `validateForm` with one of its e-forms (form id or procedure code). Throws 3106 for an unknown form. */
  validateForm(key: string, values: unknown): FormReport;
}
"#;

#[cfg(feature = "forms")]
#[wasm_bindgen(typescript_custom_section)]
const TS_FORMS: &'static str = r#"
// ------------------------------------------------------------------ forms and identifiers (feature "forms")
/**
 * Validates a document (an object, or its JSON text) against a form specification (an object
 * or its JSON text) or an e-form of the embedded catalogue (`{form}` / `{procedure}`), and
 * returns every violation. Invalid documents are a report, not an exception; throws 4901/4902
 * (specification), 4903 (document not JSON), 4910–4914 (limits), 3106 (unknown e-form), 9001, 9005.
 */
export function validateForm(spec: FormSpec | FormRef | string, values: unknown): FormReport;
/** An e-form specification of the embedded catalogue by form id or procedure code, or null (to render the form `validateForm` checks). */
export function formSpec(key: string): FormSpec | null;
/** The JSON Schema (draft 2020-12) of the documents a form accepts; same argument and errors as `validateForm`'s first. */
export function formJsonSchema(spec: FormSpec | FormRef | string): Record<string, unknown>;
/**
 * A form compiled once (the specification parsed and checked): `validate` then costs only the
 * values. Immutable; `free()` releases its wasm memory.
 */
export class CompiledForm {
  private constructor();
  free(): void;
  [Symbol.dispose](): void;
  /** Compiles a specification (object or JSON text) or an e-form (`{form}` / `{procedure}`). Throws as `validateForm`'s specification: 4901, 4902, 4910, 3106, 9001, 9005. */
  static compile(spec: FormSpec | FormRef | string): CompiledForm;
  /** The form's id. */
  readonly id: string;
  /** `validateForm(spec, values)` with this form: every violation; throws 4903, 4910–4914, 9001, 9005. */
  validate(values: unknown): FormReport;
  /** The JSON Schema (draft 2020-12) of the documents this form accepts. */
  jsonSchema(): Record<string, unknown>;
}
/** A 12-digit personal identification number (only the 12 digits are a hard rule). Throws 4111. */
export function validateCccd(value: string): CccdInfo;
/** A legacy 9-digit identity card number. Throws 4112. */
export function validateCmnd(value: string): { number: string };
/** A CCCD (12 digits) or CMND (9 digits). Throws 4113. */
export function validatePersonalId(value: string): { type: "cccd" | "cmnd"; number: string };
/** A tax code: 10 digits with check digit, XXXXXXXXXX-YYY, or the 12-digit personal number. Throws 4101–4104. */
export function validateMst(value: string): MstInfo;
/** A mobile number. Throws 4121. */
export function validateMobile(value: string): PhoneInfo;
/** A fixed-line number. Throws 4122. */
export function validateFixedPhone(value: string): PhoneInfo;
/** A mobile or fixed-line number. Throws 4123. */
export function validatePhone(value: string): PhoneInfo;
/** An e-mail address (domain lower-cased). Throws 4131. */
export function validateEmail(value: string): { normalized: string };
/** An agency code, QCVN 102:2016 or Decision 20/2020 style. Throws 4151. */
export function validateAgencyCode(value: string): AgencyCodeInfo;
/** A dossier code <agency>-YYMMDD-NNNN. Throws 4141, 4142. */
export function validateDossierCode(value: string): DossierCodeInfo;
"#;

#[cfg(feature = "back-office")]
#[wasm_bindgen(typescript_custom_section)]
const TS_BACK_OFFICE: &'static str = r#"
// ------------------------------------------------------------------ back office
// (exports of the default build; a citizen-portal build, --no-default-features, has none of
// these: see the crate's `back-office` feature)

/** Civil-service calendar: the clock's status as of `asOf` (the events are replayed). Throws 2001–2012, 9001, 9005. */
export function clockStatus(clock: Clock, asOf: IsoDateTime): ClockStatus;
/** Civil-service calendar: the clock's timeliness as of `asOf`. Throws as `clockStatus`. */
export function clockAssess(clock: Clock, asOf: IsoDateTime): Assessment;
/**
 * Civil-service calendar: a new clock object with `event` appended (the same `limit` and
 * `policy` values, a new `events` array); `clock` is never modified. A refused event throws
 * its code (2003, 2006–2010, 2012; 9005 for an array or a non-object).
 */
export function clockApply(clock: Clock, event: ClockEvent): Clock;
/** The dossier context of a procedure of the embedded catalogue. Throws 3106, 5010. */
export function dossierContext(request: ContextRequest): DossierContext;
/** The log of a new, empty dossier. */
export function dossierNew(id: string): DossierLog;
/**
 * A new log with the command's event (`log` is never modified; it may be the object or its
 * JSON text). `context` is recorded by a `create` command without its own and ignored by other
 * commands. A rejection throws its code: 5001 state, 5002 role, 5003 agency, 5004 legal guard,
 * 5005 timestamp backwards, 5006 malformed, 5007 another dossier's log, 5008 tampered log, 5010.
 */
export function dossierApply(log: DossierLog | string, command: Command, context?: DossierContext | null): ApplyResult;
/**
 * What `dossierApply` would do with the same arguments, without doing it: the event and the
 * next status, or the rejection (code, guard, legal basis, messages) as a finding. Throws
 * only what `dossierApply` throws for bad input (5006–5008, 5011, 2003/2004).
 */
export function dossierCheck(log: DossierLog | string, command: Command, context?: DossierContext | null): CheckReport;
/** What the log says as of `options.as_of` (default: its last event). Throws 5006–5011, 2003, 2011. */
export function dossierState(log: DossierLog | string, options?: StateOptions | null): DossierView;
/** Checks the log's hash chain, length and head. Throws only for a malformed log (5006, 5011). */
export function dossierVerify(log: DossierLog | string): VerifyReport;
/** Rebuilds the log of dossier `id` from its events (chain and transitions checked). Throws 5001–5008. */
export function dossierReplay(id: string, events: DossierEvent[] | string): DossierLog;
/** The Biểu 06 table of a period over dossiers. Throws 6001, 6002, and a log's own error. */
export function reportBieu06(input: ReportInput | string, params: ReportParams): Report;

/** The back office's methods of `Catalogue`. */
export interface Catalogue {
  dossierContext(request: ContextRequest): DossierContext;
}

/** The back office's methods of `WorkCalendar`. */
export interface WorkCalendar {
  /** `clockStatus` on this calendar. */
  clockStatus(clock: Clock, asOf: IsoDateTime): ClockStatus;
  /** `clockAssess` on this calendar. */
  clockAssess(clock: Clock, asOf: IsoDateTime): Assessment;
  /** `clockApply` on this calendar. */
  clockApply(clock: Clock, event: ClockEvent): Clock;
  /** `dossierApply` on this calendar. */
  dossierApply(log: DossierLog | string, command: Command, context?: DossierContext | null): ApplyResult;
  /** `dossierCheck` on this calendar. */
  dossierCheck(log: DossierLog | string, command: Command, context?: DossierContext | null): CheckReport;
  /** `dossierState` on this calendar. */
  dossierState(log: DossierLog | string, options?: StateOptions | null): DossierView;
  /** `dossierReplay` on this calendar. */
  dossierReplay(id: string, events: DossierEvent[] | string): DossierLog;
  /** `reportBieu06` on this calendar. */
  reportBieu06(input: ReportInput | string, params: ReportParams): Report;
}
"#;
