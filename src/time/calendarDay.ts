/**
 * Calendar days as integers: the number of days since 1970-01-01 (UTC). Policies speak in whole days,
 * and comparing integers is both exact and fast; no `Date` is created on any evaluation path, so the
 * host time zone can never leak into an answer.
 *
 * @internal
 * @module
 */

/** A day number: days since 1970-01-01. `-Infinity` and `Infinity` stand for open ends. */
export type DayNumber = number;

// Days from the civil date to 1970-01-01, after Howard Hinnant's `days_from_civil`; valid for the whole
// proleptic Gregorian calendar.
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  if (y >= 0) {
    // Every quantity is non-negative: truncating division is floor division, and cheaper.
    const era = (y / 400) | 0;
    const yoe = y - era * 400;
    const doy = (((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
    return era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468;
  }
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of {@link daysFromCivil}. */
export function civilFromDays(days: DayNumber): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether `day` is a day of `month` in `year` (so 2025-02-30 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= max;
}

/**
 * Parses `YYYY-MM-DD` into a day number, or `undefined` if the text is not a real calendar day.
 * Hand-rolled rather than a regular expression: it runs on every question's dates.
 */
export function parseIsoDay(text: string): DayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // One unsigned comparison per digit: anything outside 0-9 wraps to a large number.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) {
    return undefined;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const y = year - TABLE_FROM;
  if (y >= 0 && y < TABLE_YEARS) {
    // The years a question is asked about: from tables, without the divisions of the general rule,
    // which were a quarter of the fast path's time.
    if (month < 1 || month > 12 || day < 1) return undefined;
    yearTables ??= buildYearTables();
    const leap = yearTables.leaps[y] as number;
    if (day > (month === 2 ? 28 + leap : (DAYS_IN_MONTH[month - 1] as number))) return undefined;
    return (yearTables.starts[y] as number) + (MONTH_STARTS[month - 1] as number) + (month > 2 ? leap : 0) + day - 1;
  }
  if (!isRealDate(year, month, day)) return undefined;
  return daysFromCivil(year, month, day);
}

/** The years {@link parseIsoDay} reads from tables: 1900 to 2199. */
const TABLE_FROM = 1900;
const TABLE_YEARS = 300;
/** Days before the first of each month in a common year. */
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** The day number of each table year's 1 January, and whether it is a leap year; built on first use. */
let yearTables: YearTables | undefined;

/** @internal */
export interface YearTables {
  /** The day number of 1 January of each year from 1900. */
  readonly starts: Int32Array;
  /** 1 for a leap year, else 0. */
  readonly leaps: Uint8Array;
}

/**
 * The tables {@link parseIsoDay} reads the years 1900-2199 from.
 *
 * @internal
 */
export function buildYearTables(): YearTables {
  const starts = new Int32Array(TABLE_YEARS);
  const leaps = new Uint8Array(TABLE_YEARS);
  // Year by year from the first, rather than by the general rule each time: on a cold start (the
  // first question of a process) this runs before the engine has compiled it.
  let start = daysFromCivil(TABLE_FROM, 1, 1);
  for (let y = 0; y < TABLE_YEARS; y++) {
    const leap = isLeapYear(TABLE_FROM + y) ? 1 : 0;
    starts[y] = start;
    leaps[y] = leap;
    start += 365 + leap;
  }
  return { starts, leaps };
}

// RFC 3339 date-time: a real date, a real time, and a Z or numeric offset.
// Groups: 1 day, 2 hours, 3 minutes, 4 seconds, 5 fraction of a second, 6 Z, 7-9 offset sign, hours, minutes.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Whether a value is a `Date`, from this realm or another (an iframe's, a `vm` context's). */
function isDate(value: unknown): value is Date {
  if (value instanceof Date) return true;
  if (typeof value !== "object" || value === null) return false;
  // The brand check: getTime throws for anything that is not a Date, whatever its toStringTag says.
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns a date input into the UTC calendar day it falls on, or `undefined` if it is not a real date.
 *
 * @remarks Accepts `YYYY-MM-DD`, an RFC 3339 date-time with `Z` or an offset (converted to UTC), or a
 * valid `Date`. Anything else, including impossible dates such as `2025-02-30`, gives `undefined`.
 */
export function toDayNumber(input: unknown): DayNumber | undefined {
  if (typeof input === "string") {
    const day = parseIsoDay(input);
    if (day !== undefined) return day;
    const match = DATE_TIME.exec(input);
    if (!match) return undefined;
    const date = parseIsoDay(match[1] as string);
    const hours = Number(match[2]);
    const minutes = Number(match[3]);
    const seconds = match[4] === undefined ? 0 : Number(match[4]);
    if (date === undefined || hours > 23 || minutes > 59 || seconds > 60) return undefined;
    let offsetMinutes = 0;
    if (match[7] !== undefined) {
      const oh = Number(match[8]);
      const om = Number(match[9]);
      if (oh > 23 || om > 59) return undefined;
      offsetMinutes = (match[7] === "-" ? -1 : 1) * (oh * 60 + om);
    }
    const minuteOfDay = hours * 60 + minutes - offsetMinutes;
    return date + Math.floor(minuteOfDay / 1440);
  }
  if (isDate(input)) {
    const ms = Date.prototype.getTime.call(input);
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 86_400_000);
  }
  return undefined;
}

/**
 * The instant a date-time names, in milliseconds since 1970 (UTC), or `undefined` for a plain day (or
 * anything else): what orders two choices made on the same day, when their times are given.
 *
 * @internal
 */
export function toInstant(input: unknown): number | undefined {
  if (isDate(input)) {
    const ms = Date.prototype.getTime.call(input);
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (typeof input !== "string" || input.length <= 10) return undefined;
  const match = DATE_TIME.exec(input);
  if (!match) return undefined;
  const date = parseIsoDay(match[1] as string);
  if (date === undefined) return undefined;
  const offset = match[7] === undefined ? 0 : (match[7] === "-" ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]));
  // The fraction of a second counts: two choices a few hundred milliseconds apart are in that order.
  const seconds = match[4] === undefined ? 0 : Number(match[4]) + (match[5] === undefined ? 0 : Number(`0.${match[5]}`));
  return ((date * 1440 + Number(match[2]) * 60 + Number(match[3]) - offset) * 60 + seconds) * 1000;
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value));
  return (value < 0 ? "-" : "") + "0".repeat(Math.max(0, width - text.length)) + text;
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(day: DayNumber): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}
