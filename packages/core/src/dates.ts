import { HccError, safely, type SafeParseResult } from "./errors.js";
import { describeValue } from "./_internal/describe.js";

/**
 * Vietnam's offset from UTC in minutes (UTC+7, Indochina Time, no daylight saving since 1975).
 *
 * @example
 * ```ts
 * import { VIETNAM_UTC_OFFSET_MINUTES } from "@hcc/core";
 * VIETNAM_UTC_OFFSET_MINUTES; //=> 420
 * ```
 */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;

const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/**
 * What every `@hcc` function accepts as a date or a moment:
 * - a JavaScript `Date` (an absolute instant);
 * - an ISO 8601 / RFC 3339 string with an offset (`2019-05-06T08:00:00Z`,
 *   `2019-05-06T15:00:00+07:00`);
 * - an ISO 8601 string **without** an offset (`2019-05-06T15:00`, `2019-05-06 15:00:00`), read
 *   as **Vietnam time**;
 * - a plain calendar date `YYYY-MM-DD`, read as midnight (00:00) Vietnam time.
 *
 * Nothing is ever read in the process's own time zone.
 *
 * @example
 * ```ts
 * import { parseInstant, type DateInput } from "@hcc/core";
 * const inputs: DateInput[] = [new Date(0), "2019-05-06", "2019-05-06T08:00", "2019-05-06T01:00:00Z"];
 * inputs.map(parseInstant)[2]; //=> "2019-05-06T08:00:00+07:00"
 * ```
 */
export type DateInput = Date | string;

/**
 * An instant in the canonical `@hcc` form: an ISO 8601 string in Vietnam time with an explicit
 * `+07:00` offset, `YYYY-MM-DDTHH:mm:ss+07:00`, with `.sss` milliseconds only when they are not
 * zero. Canonical instants of the same precision sort correctly as plain strings and survive
 * JSON unchanged. Produced by {@link parseInstant} and {@link formatInstant}.
 *
 * @example
 * ```ts
 * import { parseInstant, type Instant } from "@hcc/core";
 * const at: Instant = parseInstant("2019-05-06T01:30:00Z"); //=> "2019-05-06T08:30:00+07:00"
 * ```
 */
export type Instant = string;

/**
 * A calendar date in Vietnam, `YYYY-MM-DD`, with no time and no zone. Produced by
 * {@link parseLocalDate}; the date of an instant is always its date in Vietnam time.
 *
 * @example
 * ```ts
 * import { parseLocalDate, type LocalDate } from "@hcc/core";
 * const day: LocalDate = parseLocalDate("2019-05-05T18:00:00Z"); //=> "2019-05-06"
 * ```
 */
export type LocalDate = string;

/** Smallest and largest supported years (inclusive). */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalidDate(value: unknown, why: string): HccError {
  return new HccError("invalid_date", `Invalid date ${describeValue(value)}: ${why}`, { value });
}

/** The UTC date of `ms`, or an `invalid_date` error when it is outside years 1000–9999. */
function supportedDate(value: unknown, ms: number): Date {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw invalidDate(value, `year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  return d;
}

/** UTC epoch milliseconds of a wall-clock time at the given offset (minutes east of UTC). */
function wallToEpoch(
  value: unknown,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offsetMinutes: number,
): number {
  if (y < MIN_YEAR || y > MAX_YEAR) throw invalidDate(value, `year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  if (mo < 1 || mo > 12) throw invalidDate(value, "month must be 01–12");
  if (d < 1 || d > daysInMonth(y, mo)) throw invalidDate(value, `day ${d} does not exist in ${y}-${String(mo).padStart(2, "0")}`);
  if (h > 23) throw invalidDate(value, "hour must be 00–23");
  if (mi > 59) throw invalidDate(value, "minute must be 00–59");
  if (s > 59) throw invalidDate(value, "second must be 00–59");
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMinutes * 60_000;
}

function parseOffset(value: unknown, raw: string | undefined): number {
  if (raw === undefined) return VIETNAM_UTC_OFFSET_MINUTES;
  if (raw === "Z" || raw === "z") return 0;
  const sign = raw[0] === "-" ? -1 : 1;
  const digits = raw.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) throw invalidDate(value, `bad UTC offset ${raw}`);
  return sign * (hours * 60 + minutes);
}

/**
 * Converts any {@link DateInput} to UTC epoch milliseconds, reading strings without an offset as
 * Vietnam time. This is the fast path the other date functions build on.
 *
 * @param input - a `Date`, an ISO 8601 string or `YYYY-MM-DD`
 * @returns milliseconds since 1970-01-01T00:00:00Z
 * @throws {HccError} `invalid_date` when the input is not a real date
 * @example
 * ```ts
 * import { toEpochMs } from "@hcc/core";
 * toEpochMs("1970-01-01T07:00:00"); //=> 0
 * ```
 */
export function toEpochMs(input: DateInput): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw invalidDate(input, "the Date object is invalid");
    supportedDate(input, ms + OFFSET_MS);
    return ms;
  }
  if (typeof input !== "string") throw invalidDate(input, "expected a Date or an ISO 8601 string");
  const m = ISO_RE.exec(input.trim());
  if (m === null) throw invalidDate(input, "expected ISO 8601 (YYYY-MM-DD, YYYY-MM-DDTHH:mm[:ss][offset])");
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  return wallToEpoch(
    input,
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    m[4] === undefined ? 0 : Number(m[4]),
    m[5] === undefined ? 0 : Number(m[5]),
    m[6] === undefined ? 0 : Number(m[6]),
    fraction,
    parseOffset(input, m[8]),
  );
}

/**
 * Reads the compact wire form `yyyyMMddHHmmss` used by the national portal's legacy sync (also
 * `yyyyMMddHHmm`, `yyyyMMddHH` and `yyyyMMdd`), always in Vietnam time.
 *
 * @param input - the digits
 * @returns the canonical {@link Instant}
 * @throws {HccError} `invalid_date` for anything else
 * @example
 * ```ts
 * import { parseCompactInstant } from "@hcc/core";
 * parseCompactInstant("20190506143000"); //=> "2019-05-06T14:30:00+07:00"
 * ```
 */
export function parseCompactInstant(input: string): Instant {
  return formatInstant(compactToEpochMs(input));
}

/**
 * Like {@link parseCompactInstant} but returns epoch milliseconds (no string allocation).
 *
 * @param input - `yyyyMMdd[HH[mm[ss]]]` in Vietnam time
 * @returns milliseconds since the Unix epoch
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { compactToEpochMs } from "@hcc/core";
 * compactToEpochMs("19700101070000"); //=> 0
 * ```
 */
export function compactToEpochMs(input: string): number {
  const m = typeof input === "string" ? COMPACT_RE.exec(input.trim()) : null;
  if (m === null) throw invalidDate(input, "expected yyyyMMddHHmmss");
  return wallToEpoch(
    input,
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    m[4] === undefined ? 0 : Number(m[4]),
    m[5] === undefined ? 0 : Number(m[5]),
    m[6] === undefined ? 0 : Number(m[6]),
    0,
    VIETNAM_UTC_OFFSET_MINUTES,
  );
}

/**
 * Formats epoch milliseconds as `yyyyMMddHHmmss` in Vietnam time (the national portal's wire form).
 *
 * @param epochMs - milliseconds since the Unix epoch
 * @returns fourteen digits
 * @example
 * ```ts
 * import { formatCompactInstant } from "@hcc/core";
 * formatCompactInstant(0); //=> "19700101070000"
 * ```
 */
export function formatCompactInstant(epochMs: number): string {
  return formatInstant(epochMs).slice(0, 19).replace(/[-T:]/g, "");
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Formats epoch milliseconds as a canonical {@link Instant} (`YYYY-MM-DDTHH:mm:ss+07:00`).
 *
 * @param epochMs - milliseconds since the Unix epoch
 * @returns the instant in Vietnam time
 * @throws {HccError} `invalid_date` when `epochMs` is not a finite number or falls outside years 1000–9999
 * @example
 * ```ts
 * import { formatInstant } from "@hcc/core";
 * formatInstant(Date.UTC(2019, 4, 6, 1, 0)); //=> "2019-05-06T08:00:00+07:00"
 * ```
 */
export function formatInstant(epochMs: number): Instant {
  if (typeof epochMs !== "number" || !Number.isFinite(epochMs)) throw invalidDate(epochMs, "not a finite number of milliseconds");
  const d = supportedDate(epochMs, epochMs + OFFSET_MS);
  const ms = d.getUTCMilliseconds();
  const frac = ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`;
  return (
    `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}${frac}+07:00`
  );
}

/**
 * Normalises any {@link DateInput} to the canonical {@link Instant}. Strings without an offset
 * and plain dates are Vietnam time.
 *
 * @param input - a `Date`, an ISO 8601 string or `YYYY-MM-DD`
 * @returns the canonical instant, e.g. `"2019-05-06T08:00:00+07:00"`
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { parseInstant } from "@hcc/core";
 * parseInstant("2019-05-06"); //=> "2019-05-06T00:00:00+07:00"
 * parseInstant(new Date("2019-05-06T01:00:00Z")); //=> "2019-05-06T08:00:00+07:00"
 * ```
 */
export function parseInstant(input: DateInput): Instant {
  return formatInstant(toEpochMs(input));
}

/**
 * Non-throwing {@link parseInstant}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseInstant } from "@hcc/core";
 * safeParseInstant("2019-02-29").success; //=> false
 * ```
 */
export function safeParseInstant(input: unknown): SafeParseResult<Instant> {
  return safely(() => parseInstant(input as DateInput));
}

/**
 * The Vietnam calendar date of any {@link DateInput}: a `YYYY-MM-DD` string is validated and
 * returned as is; an instant is converted to its date in Vietnam time (never the process's zone).
 *
 * @param input - a `Date`, an ISO 8601 string or `YYYY-MM-DD`
 * @returns `YYYY-MM-DD`
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { parseLocalDate } from "@hcc/core";
 * parseLocalDate("2019-05-05T17:00:00Z"); //=> "2019-05-06" (midnight in Vietnam)
 * ```
 */
export function parseLocalDate(input: DateInput): LocalDate {
  return dayNumberToLocalDate(toDayNumber(input));
}

/**
 * Non-throwing {@link parseLocalDate}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseLocalDate } from "@hcc/core";
 * safeParseLocalDate("2019-05-06"); //=> { success: true, data: "2019-05-06" }
 * ```
 */
export function safeParseLocalDate(input: unknown): SafeParseResult<LocalDate> {
  return safely(() => parseLocalDate(input as DateInput));
}

/**
 * The day number of an epoch-millisecond instant: whole days since 1970-01-01 **in Vietnam
 * time**. Day numbers are the integer currency of the calendar's typed arrays.
 *
 * @param epochMs - milliseconds since the Unix epoch
 * @returns the Vietnam day number
 * @example
 * ```ts
 * import { epochMsToDayNumber } from "@hcc/core";
 * epochMsToDayNumber(Date.UTC(1970, 0, 1, 17, 0)); //=> 1 (already 2 January in Vietnam)
 * ```
 */
export function epochMsToDayNumber(epochMs: number): number {
  return Math.floor((epochMs + OFFSET_MS) / DAY_MS);
}

/**
 * Epoch milliseconds of a Vietnam wall-clock time on a given day number.
 *
 * @param dayNumber - days since 1970-01-01 (Vietnam date)
 * @param minuteOfDay - minutes after 00:00 Vietnam time (default 0)
 * @returns milliseconds since the Unix epoch
 * @example
 * ```ts
 * import { dayNumberToEpochMs } from "@hcc/core";
 * dayNumberToEpochMs(0, 7 * 60); //=> 0 (07:00 in Vietnam is midnight UTC)
 * ```
 */
export function dayNumberToEpochMs(dayNumber: number, minuteOfDay = 0): number {
  return dayNumber * DAY_MS + minuteOfDay * 60_000 - OFFSET_MS;
}

/**
 * The Vietnam day number (days since 1970-01-01) of any {@link DateInput}.
 *
 * @param input - a `Date`, an ISO 8601 string or `YYYY-MM-DD`
 * @returns an integer day number
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { toDayNumber } from "@hcc/core";
 * toDayNumber("1970-01-02"); //=> 1
 * ```
 */
export function toDayNumber(input: DateInput): number {
  return epochMsToDayNumber(toEpochMs(input));
}

/**
 * Converts a `YYYY-MM-DD` string to its day number without going through `Date` parsing.
 *
 * @param date - a calendar date `YYYY-MM-DD`
 * @returns days since 1970-01-01
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { localDateToDayNumber } from "@hcc/core";
 * localDateToDayNumber("2019-05-06"); //=> 18022
 * ```
 */
export function localDateToDayNumber(date: LocalDate): number {
  if (typeof date !== "string" || date.length !== 10 || date[4] !== "-" || date[7] !== "-") {
    throw invalidDate(date, "expected YYYY-MM-DD");
  }
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) throw invalidDate(date, "expected YYYY-MM-DD");
  return Math.floor((wallToEpoch(date, y, m, d, 0, 0, 0, 0, 0)) / DAY_MS);
}

/**
 * Converts a day number back to `YYYY-MM-DD`.
 *
 * @param dayNumber - days since 1970-01-01
 * @returns the calendar date
 * @throws {HccError} `invalid_date` when the day number is not an integer or falls outside years 1000–9999
 * @example
 * ```ts
 * import { dayNumberToLocalDate } from "@hcc/core";
 * dayNumberToLocalDate(18022); //=> "2019-05-06"
 * ```
 */
export function dayNumberToLocalDate(dayNumber: number): LocalDate {
  if (!Number.isSafeInteger(dayNumber)) throw invalidDate(dayNumber, "day number must be an integer");
  const d = supportedDate(dayNumber, dayNumber * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * Day of the week of a day number: 0 Sunday, 1 Monday … 6 Saturday (as `Date#getDay`).
 *
 * @param dayNumber - days since 1970-01-01
 * @returns 0–6
 * @example
 * ```ts
 * import { dayOfWeek, localDateToDayNumber } from "@hcc/core";
 * dayOfWeek(localDateToDayNumber("2019-05-06")); //=> 1 (Monday)
 * ```
 */
export function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The wall-clock parts of an instant in Vietnam time.
 *
 * @example
 * ```ts
 * import { vietnamParts, type VietnamParts } from "@hcc/core";
 * const parts: VietnamParts = vietnamParts("2019-05-06T08:30:00+07:00");
 * parts.minuteOfDay; //=> 510
 * ```
 */
export interface VietnamParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 Sunday … 6 Saturday */
  readonly dayOfWeek: number;
  /** Minutes since 00:00 Vietnam time, with seconds as a fraction. */
  readonly minuteOfDay: number;
  /** Days since 1970-01-01 (Vietnam date). */
  readonly dayNumber: number;
}

/**
 * Splits any {@link DateInput} into its Vietnam wall-clock parts.
 *
 * @param input - a `Date`, an ISO 8601 string or `YYYY-MM-DD`
 * @returns year, month, day, hour, minute, second, day of week, minute of day, day number
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { vietnamParts } from "@hcc/core";
 * vietnamParts("2019-05-05T23:30:00Z").day; //=> 6
 * ```
 */
export function vietnamParts(input: DateInput): VietnamParts {
  const ms = toEpochMs(input);
  const d = new Date(ms + OFFSET_MS);
  const dayNumber = epochMsToDayNumber(ms);
  const msOfDay = ms + OFFSET_MS - dayNumber * DAY_MS;
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    dayOfWeek: dayOfWeek(dayNumber),
    minuteOfDay: msOfDay / 60_000,
    dayNumber,
  };
}
