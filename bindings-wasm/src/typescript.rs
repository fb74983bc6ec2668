//! Hand-written TypeScript declarations of every export (the exports themselves are marked
//! `skip_typescript`, so these are the only ones). The node tests check that every export of
//! the package is declared here.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_DECLARATIONS: &'static str = r#"
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
 * 2011 instant before the receipt, 2012 malformed time limit/policy/event; or the binding's:
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
/** The version of the package, e.g. "0.1.0". */
export function version(): string;

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
  /** `clockStatus` on this calendar. */
  clockStatus(clock: Clock, asOf: IsoDateTime): ClockStatus;
  /** `clockAssess` on this calendar. */
  clockAssess(clock: Clock, asOf: IsoDateTime): Assessment;
  /** `clockApply` on this calendar. */
  clockApply(clock: Clock, event: ClockEvent): Clock;
  /** First date of the range, "2000-01-01". */
  readonly firstDate: IsoDate;
  /** Last date of the range, "2199-12-31". */
  readonly lastDate: IsoDate;
}
"#;
