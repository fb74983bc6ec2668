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
 * announcement, 1105 invalid announcement, 1106 input too large; or the binding's: 9001 missing
 * argument, 9005 invalid argument, 9006 internal), a machine-readable `name`
 * (e.g. "calendar.date_out_of_range"), the Vietnamese `message` and the English `messageEn`.
 */
export interface MotcuaError extends Error {
  readonly code: number;
  readonly name: string;
  readonly messageEn: string;
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
  /** First date of the range, "2000-01-01". */
  readonly firstDate: IsoDate;
  /** Last date of the range, "2199-12-31". */
  readonly lastDate: IsoDate;
}
"#;
