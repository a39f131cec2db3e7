// The one lenient date reader of @hcc. Every package that reads a date from outside (CSV, NDJSON,
// the portal's wire records, the CLI, zod schemas) goes through here.
//
// Two layers:
// - fixed-position fast paths on char codes (strings) or bytes (CSV buffers): no regex, no
//   allocation; they return NaN when the text is not one of the common shapes or is not a real
//   date, and never decide an error;
// - the general parser (regex, trims, 1-digit day/month, error messages), which decides every
//   text the fast paths pass on.
// A property test (read-date.property.test.ts) checks that each fast path agrees with the
// general parser. The byte reader is the string reader with `b[i]` for `t.charCodeAt(i)`: keep
// the two in step. (Over 400 lines for that reason: the mirror stays beside its original.)
import { HccError } from "./errors.js";
import { describeValue } from "./_internal/describe.js";
import { MS_PER_DAY, VIETNAM_UTC_OFFSET_MINUTES } from "./offset.js";

/** Smallest and largest supported years (inclusive). */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** @internal Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** @internal Days since 1970-01-01 of a civil date (no `Date`, no time zone). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal `invalid_date` naming the value. */
export function invalidDate(value: unknown, why: string): HccError {
  return new HccError("invalid_date", `Invalid date ${describeValue(value)}: ${why}`, { value });
}

/** Epoch ms of a wall-clock time at `offset` minutes east of UTC; NaN when any part is out of range. */
function wall(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): number {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || ms < 0) {
    return Number.NaN;
  }
  if (d > 28 && d > daysInMonth(y, mo)) return Number.NaN;
  return daysFromCivil(y, mo, d) * MS_PER_DAY + h * 3_600_000 + mi * 60_000 + s * 1000 + ms - offset * 60_000;
}

// ---------------------------------------------------------------------------------------------
// Fast paths on strings

function d2s(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function d4s(t: string, i: number): number {
  const a = d2s(t, i);
  const b = d2s(t, i + 2);
  return a < 0 || b < 0 ? -1 : a * 100 + b;
}

function isoS(t: string, s: number, e: number): number {
  if (t.charCodeAt(s + 7) !== 45) return Number.NaN;
  const y = d4s(t, s);
  const mo = d2s(t, s + 5);
  const d = d2s(t, s + 8);
  if (e - s === 10) return wall(y, mo, d, 0, 0, 0, 0, VIETNAM_UTC_OFFSET_MINUTES);
  const sep = t.charCodeAt(s + 10);
  if ((sep !== 84 && sep !== 32) || e - s < 16 || t.charCodeAt(s + 13) !== 58) return Number.NaN;
  const h = d2s(t, s + 11);
  const mi = d2s(t, s + 14);
  let p = s + 16;
  let sec = 0;
  let ms = 0;
  if (p < e && t.charCodeAt(p) === 58) {
    sec = d2s(t, p + 1);
    p += 3;
    if (p < e) {
      const c = t.charCodeAt(p);
      if (c === 46 || c === 44) {
        p++;
        let k = 0;
        for (; p < e; p++, k++) {
          const x = t.charCodeAt(p) - 48;
          if (x < 0 || x > 9) break;
          if (k < 3) ms = ms * 10 + x;
        }
        if (k === 0 || k > 9) return Number.NaN;
        for (; k < 3; k++) ms *= 10;
      }
    }
  }
  let offset = VIETNAM_UTC_OFFSET_MINUTES;
  if (p < e) {
    const c = t.charCodeAt(p);
    if (c === 90 || c === 122) {
      offset = 0;
      p++;
    } else if (c === 43 || c === 45) {
      const oh = d2s(t, p + 1);
      p += 3;
      let om = 0;
      if (p < e) {
        if (t.charCodeAt(p) === 58) p++;
        om = d2s(t, p);
        p += 2;
      }
      if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
      offset = c === 45 ? -(oh * 60 + om) : oh * 60 + om;
    } else return Number.NaN;
  }
  if (p !== e) return Number.NaN;
  return wall(y, mo, d, h, mi, sec, ms, offset);
}

function compactS(t: string, s: number, n: number): number {
  if (n !== 8 && n !== 10 && n !== 12 && n !== 14) return Number.NaN;
  const h = n >= 10 ? d2s(t, s + 8) : 0;
  const mi = n >= 12 ? d2s(t, s + 10) : 0;
  const sec = n === 14 ? d2s(t, s + 12) : 0;
  return wall(d4s(t, s), d2s(t, s + 4), d2s(t, s + 6), h, mi, sec, 0, VIETNAM_UTC_OFFSET_MINUTES);
}

function dmyS(t: string, s: number, n: number): number {
  if ((n !== 10 && n !== 16 && n !== 19) || t.charCodeAt(s + 5) !== 47) return Number.NaN;
  let h = 0;
  let mi = 0;
  let sec = 0;
  if (n > 10) {
    const sep = t.charCodeAt(s + 10);
    if ((sep !== 32 && sep !== 84) || t.charCodeAt(s + 13) !== 58) return Number.NaN;
    h = d2s(t, s + 11);
    mi = d2s(t, s + 14);
    if (n === 19) {
      if (t.charCodeAt(s + 16) !== 58) return Number.NaN;
      sec = d2s(t, s + 17);
    }
  }
  return wall(d4s(t, s + 6), d2s(t, s + 3), d2s(t, s), h, mi, sec, 0, VIETNAM_UTC_OFFSET_MINUTES);
}

/**
 * The fast, allocation-free reader of the common date shapes, on a range of a string: ISO 8601
 * (`YYYY-MM-DD`, `YYYY-MM-DD[T ]HH:mm[:ss[.fff]]`, with `Z`, `±HH:mm`, `±HHmm`, `±HH` or no
 * offset = Vietnam time), `yyyyMMdd[HH[mm[ss]]]` and `dd/MM/yyyy[ HH:mm[:ss]]` (Vietnam time).
 * Returns `NaN` (never throws) when the range is not one of those shapes written exactly (no
 * spaces around, two-digit day and month) or is not a real date: pass such text to
 * {@link toEpochMs}, which reads the rest and names the problem.
 *
 * @param text - the text holding the date
 * @param start - index of the first character (default 0)
 * @param end - index after the last character (default `text.length`)
 * @returns UTC epoch milliseconds, or `NaN`
 * @example
 * ```ts
 * import { readEpochMs } from "@hcc/core";
 * readEpochMs("2024-03-31T23:30:00+07:00"); //=> 1711902600000
 * readEpochMs("x,20240331233000,y", 2, 16); //=> 1711902600000
 * readEpochMs("31/02/2024"); //=> NaN
 * ```
 *
 * @category Dates and times
 */
export function readEpochMs(text: string, start = 0, end: number = text.length): number {
  const n = end - start;
  if (n < 8) return Number.NaN;
  if (n >= 10 && text.charCodeAt(start + 4) === 45) return isoS(text, start, end);
  if (text.charCodeAt(start + 2) === 47) return dmyS(text, start, n);
  return compactS(text, start, n);
}

// ---------------------------------------------------------------------------------------------
// Fast paths on bytes (ASCII / UTF-8): the same code with `b[i]` for `t.charCodeAt(i)`.

function d2b(b: Uint8Array, i: number): number {
  const a = (b[i] as number) - 48;
  const c = (b[i + 1] as number) - 48;
  return a >= 0 && a <= 9 && c >= 0 && c <= 9 ? a * 10 + c : -1;
}

function d4b(b: Uint8Array, i: number): number {
  const a = d2b(b, i);
  const c = d2b(b, i + 2);
  return a < 0 || c < 0 ? -1 : a * 100 + c;
}

function isoB(t: Uint8Array, s: number, e: number): number {
  if (t[s + 7] !== 45) return Number.NaN;
  const y = d4b(t, s);
  const mo = d2b(t, s + 5);
  const d = d2b(t, s + 8);
  if (e - s === 10) return wall(y, mo, d, 0, 0, 0, 0, VIETNAM_UTC_OFFSET_MINUTES);
  const sep = t[s + 10];
  if ((sep !== 84 && sep !== 32) || e - s < 16 || t[s + 13] !== 58) return Number.NaN;
  const h = d2b(t, s + 11);
  const mi = d2b(t, s + 14);
  let p = s + 16;
  let sec = 0;
  let ms = 0;
  if (p < e && t[p] === 58) {
    sec = d2b(t, p + 1);
    p += 3;
    if (p < e) {
      const c = t[p];
      if (c === 46 || c === 44) {
        p++;
        let k = 0;
        for (; p < e; p++, k++) {
          const x = (t[p] as number) - 48;
          if (x < 0 || x > 9) break;
          if (k < 3) ms = ms * 10 + x;
        }
        if (k === 0 || k > 9) return Number.NaN;
        for (; k < 3; k++) ms *= 10;
      }
    }
  }
  let offset = VIETNAM_UTC_OFFSET_MINUTES;
  if (p < e) {
    const c = t[p];
    if (c === 90 || c === 122) {
      offset = 0;
      p++;
    } else if (c === 43 || c === 45) {
      const oh = d2b(t, p + 1);
      p += 3;
      let om = 0;
      if (p < e) {
        if (t[p] === 58) p++;
        om = d2b(t, p);
        p += 2;
      }
      if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
      offset = c === 45 ? -(oh * 60 + om) : oh * 60 + om;
    } else return Number.NaN;
  }
  if (p !== e) return Number.NaN;
  return wall(y, mo, d, h, mi, sec, ms, offset);
}

function compactB(t: Uint8Array, s: number, n: number): number {
  if (n !== 8 && n !== 10 && n !== 12 && n !== 14) return Number.NaN;
  const h = n >= 10 ? d2b(t, s + 8) : 0;
  const mi = n >= 12 ? d2b(t, s + 10) : 0;
  const sec = n === 14 ? d2b(t, s + 12) : 0;
  return wall(d4b(t, s), d2b(t, s + 4), d2b(t, s + 6), h, mi, sec, 0, VIETNAM_UTC_OFFSET_MINUTES);
}

function dmyB(t: Uint8Array, s: number, n: number): number {
  if ((n !== 10 && n !== 16 && n !== 19) || t[s + 5] !== 47) return Number.NaN;
  let h = 0;
  let mi = 0;
  let sec = 0;
  if (n > 10) {
    const sep = t[s + 10];
    if ((sep !== 32 && sep !== 84) || t[s + 13] !== 58) return Number.NaN;
    h = d2b(t, s + 11);
    mi = d2b(t, s + 14);
    if (n === 19) {
      if (t[s + 16] !== 58) return Number.NaN;
      sec = d2b(t, s + 17);
    }
  }
  return wall(d4b(t, s + 6), d2b(t, s + 3), d2b(t, s), h, mi, sec, 0, VIETNAM_UTC_OFFSET_MINUTES);
}

/**
 * {@link readEpochMs} on a range of bytes (ASCII or UTF-8, e.g. a CSV buffer), so a bulk reader
 * never decodes a string per value. Same shapes, same results; `NaN` when the bytes need the
 * general reader ({@link toEpochMs} on the decoded text).
 *
 * @param bytes - the buffer
 * @param start - index of the first byte
 * @param end - index after the last byte
 * @returns UTC epoch milliseconds, or `NaN`
 * @example
 * ```ts
 * import { readEpochMsFromBytes } from "@hcc/core";
 * const line = new TextEncoder().encode("a,2024-03-31T16:30:00Z,b");
 * readEpochMsFromBytes(line, 2, 22); //=> 1711902600000
 * ```
 *
 * @category Dates and times
 */
export function readEpochMsFromBytes(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n < 8) return Number.NaN;
  if (n >= 10 && bytes[start + 4] === 45) return isoB(bytes, start, end);
  if (bytes[start + 2] === 47) return dmyB(bytes, start, n);
  return compactB(bytes, start, n);
}

// ---------------------------------------------------------------------------------------------
// The general parser: every accepted form, with the reason of a refusal.

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/;
const DMY_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const FORMS = "ISO 8601 (YYYY-MM-DD[THH:mm[:ss]][offset]), yyyyMMdd[HHmmss] or dd/MM/yyyy[ HH:mm[:ss]]";

function checkedWall(value: unknown, y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): number {
  if (y < MIN_YEAR || y > MAX_YEAR) throw invalidDate(value, `year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  if (mo < 1 || mo > 12) throw invalidDate(value, "month must be 01–12");
  if (d < 1 || d > daysInMonth(y, mo)) throw invalidDate(value, `day ${d} does not exist in ${y}-${String(mo).padStart(2, "0")}`);
  if (h > 23) throw invalidDate(value, "hour must be 00–23");
  if (mi > 59) throw invalidDate(value, "minute must be 00–59");
  if (s > 59) throw invalidDate(value, "second must be 00–59");
  return wall(y, mo, d, h, mi, s, ms, offset);
}

function offsetMinutes(value: unknown, raw: string | undefined): number {
  if (raw === undefined) return VIETNAM_UTC_OFFSET_MINUTES;
  if (raw === "Z" || raw === "z") return 0;
  const sign = raw[0] === "-" ? -1 : 1;
  const digits = raw.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) throw invalidDate(value, `bad UTC offset ${raw}`);
  return sign * (hours * 60 + minutes);
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

/** @internal The general reader of a date text; throws `invalid_date` with the reason. */
export function parseDateText(value: string): number {
  const text = value.trim();
  let m = ISO_RE.exec(text);
  if (m !== null) {
    const fraction = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0").slice(0, 3));
    return checkedWall(value, num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]), fraction, offsetMinutes(value, m[8]));
  }
  m = COMPACT_RE.exec(text);
  if (m !== null) return checkedWall(value, num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]), 0, VIETNAM_UTC_OFFSET_MINUTES);
  m = DMY_RE.exec(text);
  if (m !== null) return checkedWall(value, num(m[3]), num(m[2]), num(m[1]), num(m[4]), num(m[5]), num(m[6]), 0, VIETNAM_UTC_OFFSET_MINUTES);
  throw invalidDate(value, `expected ${FORMS}`);
}

/**
 * What the lenient readers ({@link toEpochMs}, `parseInstant`, `parseLocalDate`…) accept: a
 * {@link DateInput}, or the compact form `yyyyMMdd[HH[mm[ss]]]` written as a **number**
 * (`20240331233000`), as the national portal's legacy records sometimes send it. A number is
 * never read as epoch milliseconds here (use `formatInstant` for those).
 *
 * @example
 * ```ts
 * import { parseInstant, type LenientDateInput } from "@hcc/core";
 * const wire: LenientDateInput = 20240331233000;
 * parseInstant(wire); //=> "2024-03-31T23:30:00+07:00"
 * ```
 *
 * @category Dates and times
 */
export type LenientDateInput = DateInput | number;

/**
 * What every `@hcc` function accepts as a date or a moment (read by {@link toEpochMs}):
 * - a JavaScript `Date` (an absolute instant);
 * - ISO 8601 / RFC 3339 with an offset or `Z` (`2019-05-06T08:00:00Z`, `2019-05-06T15:00:00+07:00`);
 * - ISO 8601 **without** an offset (`2019-05-06T15:00`, `2019-05-06 15:00:00`), read as
 *   **Vietnam time**; a plain date `YYYY-MM-DD` is 00:00 Vietnam time;
 * - the compact wire form `yyyyMMddHHmmss` (also `yyyyMMdd`, `yyyyMMddHH`, `yyyyMMddHHmm`),
 *   Vietnam time;
 * - the Vietnamese written form `dd/MM/yyyy[ HH:mm[:ss]]` (day first, one-digit day and month
 *   allowed), Vietnam time.
 *
 * Nothing is ever read in the process's own time zone.
 *
 * @example
 * ```ts
 * import { parseInstant, type DateInput } from "@hcc/core";
 * const inputs: DateInput[] = [new Date(0), "2019-05-06", "2019-05-06T08:00", "06/05/2019 08:00", "20190506080000"];
 * inputs.map(parseInstant)[3]; //=> "2019-05-06T08:00:00+07:00"
 * ```
 *
 * @category Dates and times
 */
export type DateInput = Date | string;

/**
 * Converts any accepted date to UTC epoch milliseconds, reading text without an offset as
 * Vietnam time (see {@link DateInput} for the forms; a number is the compact form, see
 * {@link LenientDateInput}). The fast paths of {@link readEpochMs} are tried first.
 *
 * @param input - a `Date`, a date text or compact digits as a number
 * @returns milliseconds since 1970-01-01T00:00:00Z
 * @throws {HccError} `invalid_date` with the value, when the input is not a real date in an accepted form
 * @example
 * ```ts
 * import { toEpochMs } from "@hcc/core";
 * toEpochMs("1970-01-01T07:00:00"); //=> 0
 * toEpochMs("01/01/1970 07:00"); //=> 0
 * toEpochMs(19700101070000); //=> 0
 * ```
 *
 * @category Dates and times
 */
export function toEpochMs(input: LenientDateInput): number {
  if (typeof input === "string") {
    const ms = readEpochMs(input);
    return ms === ms ? ms : parseDateText(input);
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw invalidDate(input, "the Date object is invalid");
    const year = new Date(ms + VIETNAM_UTC_OFFSET_MINUTES * 60_000).getUTCFullYear();
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw invalidDate(input, `year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
    return ms;
  }
  if (typeof input === "number") {
    if (!Number.isSafeInteger(input) || input <= 0) throw invalidDate(input, "a number is read as yyyyMMdd[HHmmss] digits");
    const digits = String(input);
    const ms = readEpochMs(digits);
    if (ms === ms) return ms;
    if (!COMPACT_RE.test(digits)) throw invalidDate(input, "a number is read as yyyyMMdd[HHmmss] digits (8, 10, 12 or 14 of them)");
    return parseDateText(digits);
  }
  throw invalidDate(input, `expected a Date, a number of yyyyMMddHHmmss digits or a text in ${FORMS}`);
}

/**
 * Reads only the compact wire form `yyyyMMdd[HH[mm[ss]]]` (string or number), always in Vietnam
 * time, and returns epoch milliseconds.
 *
 * @param input - the digits
 * @returns milliseconds since the Unix epoch
 * @throws {HccError} `invalid_date` for anything else
 * @example
 * ```ts
 * import { compactToEpochMs } from "@hcc/core";
 * compactToEpochMs("19700101070000"); //=> 0
 * ```
 *
 * @category Dates and times
 */
export function compactToEpochMs(input: string | number): number {
  const text = typeof input === "number" && Number.isSafeInteger(input) ? String(input) : input;
  if (typeof text !== "string" || !COMPACT_RE.test(text.trim())) throw invalidDate(input, "expected yyyyMMddHHmmss");
  return toEpochMs(text);
}
