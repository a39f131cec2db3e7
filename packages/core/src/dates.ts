// The time model of @hcc: conversions between its forms (epoch ms, branded Instant / LocalDate
// strings, day numbers) and the strict writers. Reading is read-date.ts; the offset is offset.ts.
import { safely, type SafeParseResult } from "./errors.js";
import { MS_PER_DAY, VIETNAM_UTC_OFFSET_MS } from "./offset.js";
import { MAX_YEAR, MIN_YEAR, compactToEpochMs, invalidDate, toEpochMs, type LenientDateInput } from "./read-date.js";

export { VIETNAM_UTC_OFFSET_MINUTES, VIETNAM_UTC_OFFSET_MS, MS_PER_DAY } from "./offset.js";
export { compactToEpochMs, readEpochMs, readEpochMsFromBytes, toEpochMs } from "./read-date.js";
export type { DateInput, LenientDateInput } from "./read-date.js";

/**
 * An instant in the canonical `@hcc` form: an ISO 8601 string in Vietnam time with an explicit
 * `+07:00` offset, `YYYY-MM-DDTHH:mm:ss+07:00`, with `.sss` milliseconds only when they are not
 * zero. Canonical instants of the same precision sort correctly as plain strings and survive
 * JSON unchanged. Produced by {@link parseInstant} and {@link formatInstant}.
 *
 * The type is **branded**: a plain string, a {@link LocalDate} or a day number is not an
 * `Instant` until one of those functions has read it, so mixing the forms fails to compile.
 * At run time it is an ordinary string.
 *
 * @example
 * ```ts
 * import { parseInstant, type Instant } from "@hcc/core";
 * const at: Instant = parseInstant("2019-05-06T01:30:00Z"); //=> "2019-05-06T08:30:00+07:00"
 * // const wrong: Instant = "2019-05-06"; // does not compile: read it with parseInstant first
 * ```
 *
 * @category Dates and times
 */
export type Instant = string & { readonly __brand: "Instant" };

/**
 * A calendar date in Vietnam, `YYYY-MM-DD`, with no time and no zone. Produced by
 * {@link parseLocalDate} and {@link dayNumberToLocalDate}; the date of an instant is always its
 * date in Vietnam time. Branded like {@link Instant}: an `Instant` is not a `LocalDate`.
 *
 * @example
 * ```ts
 * import { parseLocalDate, type LocalDate } from "@hcc/core";
 * const day: LocalDate = parseLocalDate("2019-05-05T18:00:00Z"); //=> "2019-05-06"
 * ```
 *
 * @category Dates and times
 */
export type LocalDate = string & { readonly __brand: "LocalDate" };

/**
 * A Vietnam calendar date as an integer: whole days since 1970-01-01 (day 0 is 1 January 1970 in
 * Vietnam). The currency of bulk paths (typed arrays of the calendar, the SLA and the stats).
 * Branded: epoch milliseconds or a plain count are not a `DayNumber`; functions that take one
 * accept any `number` (so `day + 1` works), the ones that give one return `DayNumber`.
 *
 * @example
 * ```ts
 * import { localDateToDayNumber, type DayNumber } from "@hcc/core";
 * const day: DayNumber = localDateToDayNumber("2019-05-06"); //=> 18022
 * ```
 *
 * @category Dates and times
 */
export type DayNumber = number & { readonly __brand: "DayNumber" };

const OFFSET_MS = VIETNAM_UTC_OFFSET_MS;
const DAY_MS = MS_PER_DAY;

/** The UTC date of `ms`, or an `invalid_date` error when it is outside years 1000–9999. */
function supportedDate(value: unknown, ms: number): Date {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw invalidDate(value, `year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  return d;
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
 *
 * @category Dates and times
 */
export function parseCompactInstant(input: string | number): Instant {
  return formatInstant(compactToEpochMs(input));
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
 *
 * @category Dates and times
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
 *
 * @category Dates and times
 */
export function formatInstant(epochMs: number): Instant {
  if (typeof epochMs !== "number" || !Number.isFinite(epochMs)) throw invalidDate(epochMs, "not a finite number of milliseconds");
  const d = supportedDate(epochMs, epochMs + OFFSET_MS);
  const ms = d.getUTCMilliseconds();
  const frac = ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`;
  return (
    `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}${frac}+07:00`
  ) as Instant;
}

/**
 * Normalises any {@link DateInput} to the canonical {@link Instant}. Strings without an offset
 * and plain dates are Vietnam time.
 *
 * @param input - a `Date`, a date text in any form of {@link DateInput}, or compact digits as a number
 * @returns the canonical instant, e.g. `"2019-05-06T08:00:00+07:00"`
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { parseInstant } from "@hcc/core";
 * parseInstant("2019-05-06"); //=> "2019-05-06T00:00:00+07:00"
 * parseInstant(new Date("2019-05-06T01:00:00Z")); //=> "2019-05-06T08:00:00+07:00"
 * ```
 *
 * @category Dates and times
 */
export function parseInstant(input: LenientDateInput): Instant {
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
 *
 * @category Dates and times
 */
export function safeParseInstant(input: unknown): SafeParseResult<Instant> {
  return safely(() => parseInstant(input as LenientDateInput));
}

/**
 * The Vietnam calendar date of any {@link DateInput}: a `YYYY-MM-DD` string is validated and
 * returned as is; an instant is converted to its date in Vietnam time (never the process's zone).
 *
 * @param input - a `Date`, a date text in any form of {@link DateInput}, or compact digits as a number
 * @returns `YYYY-MM-DD`
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { parseLocalDate } from "@hcc/core";
 * parseLocalDate("2019-05-05T17:00:00Z"); //=> "2019-05-06" (midnight in Vietnam)
 * ```
 *
 * @category Dates and times
 */
export function parseLocalDate(input: LenientDateInput): LocalDate {
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
 *
 * @category Dates and times
 */
export function safeParseLocalDate(input: unknown): SafeParseResult<LocalDate> {
  return safely(() => parseLocalDate(input as LenientDateInput));
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
 *
 * @category Dates and times
 */
export function epochMsToDayNumber(epochMs: number): DayNumber {
  return Math.floor((epochMs + OFFSET_MS) / DAY_MS) as DayNumber;
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
 *
 * @category Dates and times
 */
export function dayNumberToEpochMs(dayNumber: number, minuteOfDay = 0): number {
  return dayNumber * DAY_MS + minuteOfDay * 60_000 - OFFSET_MS;
}

/**
 * The Vietnam day number (days since 1970-01-01) of any {@link DateInput}.
 *
 * @param input - a `Date`, a date text in any form of {@link DateInput}, or compact digits as a number
 * @returns an integer day number
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { toDayNumber } from "@hcc/core";
 * toDayNumber("1970-01-02"); //=> 1
 * ```
 *
 * @category Dates and times
 */
export function toDayNumber(input: LenientDateInput): DayNumber {
  return epochMsToDayNumber(toEpochMs(input));
}

/**
 * Converts a `YYYY-MM-DD` string to its day number without going through `Date` parsing.
 *
 * @param date - a calendar date `YYYY-MM-DD` (any string: it is checked)
 * @returns days since 1970-01-01
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { localDateToDayNumber } from "@hcc/core";
 * localDateToDayNumber("2019-05-06"); //=> 18022
 * ```
 *
 * @category Dates and times
 */
export function localDateToDayNumber(date: LocalDate | string): DayNumber {
  if (typeof date !== "string" || date.length !== 10 || date[4] !== "-" || date[7] !== "-") {
    throw invalidDate(date, "expected YYYY-MM-DD");
  }
  const ms = toEpochMs(date); // fast path: no allocation; a bad date throws with the reason
  return epochMsToDayNumber(ms);
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
 *
 * @category Dates and times
 */
export function dayNumberToLocalDate(dayNumber: number): LocalDate {
  if (!Number.isSafeInteger(dayNumber)) throw invalidDate(dayNumber, "day number must be an integer");
  const d = supportedDate(dayNumber, dayNumber * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` as LocalDate;
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
 *
 * @category Dates and times
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
 *
 * @category Dates and times
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
  readonly dayNumber: DayNumber;
}

/**
 * Splits any {@link DateInput} into its Vietnam wall-clock parts.
 *
 * @param input - a `Date`, a date text in any form of {@link DateInput}, or compact digits as a number
 * @returns year, month, day, hour, minute, second, day of week, minute of day, day number
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { vietnamParts } from "@hcc/core";
 * vietnamParts("2019-05-05T23:30:00Z").day; //=> 6
 * ```
 *
 * @category Dates and times
 */
export function vietnamParts(input: LenientDateInput): VietnamParts {
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
