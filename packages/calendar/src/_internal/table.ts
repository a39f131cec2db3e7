// Over 400 lines on purpose: one class, TableCalendar (the compiled calendar), whose build,
// overrides and O(1) queries share one private typed-array layout (a flag byte per day, session
// profiles); most of the length is the TSDoc of the CompiledCalendar methods it implements.
import {
  MS_PER_DAY,
  VIETNAM_UTC_OFFSET_MS,
  HccError,
  dayNumberToEpochMs,
  dayNumberToLocalDate,
  dayOfWeek,
  formatInstant,
  toDayNumber,
  toEpochMs,
  type DateInput,
  type Instant,
  type Label,
  type LocalDate,
} from "@hcc/core";
import * as z from "zod";
import type { CalendarOverride, CompiledCalendar, DayInfo, DayKind, WorkingSession } from "../types.js";
import { overrideSchema, parseOrThrow, resolveOverrides } from "./options.js";

/** Day number of 1900-01-01 and 2100-12-31: the range every compiled calendar covers. */
export const FIRST_DAY = -25_567;
export const LAST_DAY = 47_846;
export const DAY_COUNT = LAST_DAY - FIRST_DAY + 1;

const DAY_MS = MS_PER_DAY;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MS;

export const KINDS: readonly DayKind[] = ["weekday", "weekend", "holiday", "compensatory", "bridge_off", "makeup_workday"];
export const KIND_CODE: Readonly<Record<DayKind, number>> = {
  weekday: 0,
  weekend: 1,
  holiday: 2,
  compensatory: 3,
  bridge_off: 4,
  makeup_workday: 5,
};
/** flags: bits 0–2 kind code, bit 3 working, bit 4 estimated, bit 5 working by the weekly pattern. */
export const F_KIND = 0b111;
export const F_WORKING = 1 << 3;
export const F_ESTIMATED = 1 << 4;
export const F_PATTERN_WORKING = 1 << 5;

const WEEKDAY_NAMES: readonly Label[] = [
  { vi: "Chủ nhật", en: "Sunday" },
  { vi: "Thứ Hai", en: "Monday" },
  { vi: "Thứ Ba", en: "Tuesday" },
  { vi: "Thứ Tư", en: "Wednesday" },
  { vi: "Thứ Năm", en: "Thursday" },
  { vi: "Thứ Sáu", en: "Friday" },
  { vi: "Thứ Bảy", en: "Saturday" },
];

/** The raw material of a compiled calendar (mutable only while it is being built). */
export interface TableSource {
  id: string;
  /** One byte of flags per day from FIRST_DAY. */
  flags: Uint8Array;
  /** Sessions profile index per day (into `profiles`); meaningful on working days. */
  profile: Uint8Array;
  /** Distinct session lists; profile 0 is the default sessions. */
  profiles: (readonly WorkingSession[])[];
  /** Names of the non-ordinary days, by table index. */
  names: Map<number, Label>;
  /** Profile index of each weekday (Sunday first) under the weekly pattern; -1 when closed. */
  weekProfile: readonly number[];
}

/** One runtime override of a day (already validated). */
export interface ResolvedOverride {
  readonly day: number;
  readonly working: boolean;
  readonly kind?: DayKind | undefined;
  readonly name?: Label | undefined;
  readonly sessions?: readonly WorkingSession[] | undefined;
}

export function outOfRange(value: unknown, what = "date"): HccError {
  return new HccError(
    "out_of_range",
    `The ${what} ${value instanceof Date ? value.toISOString() : JSON.stringify(value)} is outside the calendar's range 1900-01-01 – 2100-12-31`,
    { value },
  );
}

function checkInteger(n: unknown, what: string): number {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new HccError("invalid_input", `${what} must be an integer, got ${String(n)}`, { value: n });
  }
  return n;
}

function checkFinite(n: unknown, what: string): number {
  if (typeof n !== "number" || !Number.isFinite(n)) {
    throw new HccError("invalid_input", `${what} must be a finite number, got ${String(n)}`, { value: n });
  }
  return n;
}

function sessionsEqual(a: readonly WorkingSession[], b: readonly WorkingSession[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);
}

/** Index of a session list in the profiles (added when new; at most 255). */
export function profileIndex(profiles: (readonly WorkingSession[])[], sessions: readonly WorkingSession[]): number {
  const found = profiles.findIndex((p) => sessionsEqual(p, sessions));
  if (found >= 0) return found;
  if (profiles.length >= 255) throw new HccError("invalid_calendar", "Too many distinct session lists (at most 255)");
  profiles.push(Object.freeze(sessions.map((s) => Object.freeze({ start: s.start, end: s.end }))));
  return profiles.length - 1;
}

/** Applies overrides in place (later ones win). */
export function applyOverrides(source: TableSource, overrides: readonly ResolvedOverride[]): void {
  for (const o of overrides) {
    const i = o.day - FIRST_DAY;
    if (i < 0 || i >= DAY_COUNT) throw outOfRange(dayNumberToLocalDate(o.day), "override date");
    const old = source.flags[i]!;
    const patternWorking = (old & F_PATTERN_WORKING) !== 0;
    const kind: DayKind =
      o.kind ?? (o.working ? (patternWorking ? "weekday" : "makeup_workday") : patternWorking ? "bridge_off" : "weekend");
    source.flags[i] = KIND_CODE[kind] | (o.working ? F_WORKING : 0) | (old & F_PATTERN_WORKING);
    if (o.name !== undefined) source.names.set(i, o.name);
    else if (kind === "weekday" || kind === "weekend") source.names.delete(i);
    else if (!source.names.has(i) || kind !== KINDS[old & F_KIND]) {
      source.names.set(i, o.working ? { vi: "Ngày làm việc bổ sung", en: "Additional working day" } : { vi: "Ngày nghỉ bổ sung", en: "Additional day off" });
    }
    if (o.working) {
      const dow = dayOfWeek(o.day);
      const weekly = source.weekProfile[dow]!;
      source.profile[i] = o.sessions !== undefined ? profileIndex(source.profiles, o.sessions) : weekly >= 0 ? weekly : 0;
    }
  }
}

/**
 * A calendar compiled into typed arrays over 1900–2100: per day a flags byte (kind, working,
 * estimated) and the working-day rank (working days up to and including the day); per working
 * day its day number. Every day operation is a few array reads.
 */
export class TableCalendar implements CompiledCalendar {
  readonly id: string;
  readonly sessions: readonly WorkingSession[];
  readonly range: { readonly first: number; readonly last: number };
  /** @internal */ readonly source: TableSource;
  /** @internal Working days in [FIRST_DAY, day] by table index. */ readonly rank: Int32Array;
  /** @internal Table index of the k-th working day (0-based). */ readonly work: Int32Array;
  /** @internal Session minutes of the days before each index (built on first use). */ private cumMinutes: Float64Array | undefined;

  constructor(source: TableSource) {
    this.id = source.id;
    this.source = source;
    this.sessions = source.profiles[0]!;
    this.range = Object.freeze({ first: FIRST_DAY, last: LAST_DAY });
    const flags = source.flags;
    const rank = new Int32Array(DAY_COUNT);
    const all = new Int32Array(DAY_COUNT);
    let count = 0;
    for (let i = 0; i < DAY_COUNT; i++) {
      // Branch-free: write i at position `count`, advance only on a working day.
      all[count] = i;
      count += (flags[i]! >> 3) & 1;
      rank[i] = count;
    }
    this.rank = rank;
    this.work = all.slice(0, count);
  }

  /** Bytes held by the compiled arrays (the minutes index only once built). */
  get byteLength(): number {
    return (
      this.source.flags.byteLength +
      this.source.profile.byteLength +
      this.rank.byteLength +
      this.work.byteLength +
      (this.cumMinutes?.byteLength ?? 0)
    );
  }

  /** A new calendar with the overrides applied on top of this one. */
  withOverrides(overrides: readonly CalendarOverride[]): TableCalendar {
    const parsed = parseOrThrow(z.array(overrideSchema), overrides, "calendar overrides");
    return this.withResolved(resolveOverrides(parsed));
  }

  /** @internal {@link TableCalendar.withOverrides} with validated overrides. */
  withResolved(overrides: readonly ResolvedOverride[], id = this.id.endsWith("+overrides") ? this.id : `${this.id}+overrides`): TableCalendar {
    const source: TableSource = {
      id,
      flags: this.source.flags.slice(),
      profile: this.source.profile.slice(),
      profiles: [...this.source.profiles],
      names: new Map(this.source.names),
      weekProfile: this.source.weekProfile,
    };
    applyOverrides(source, overrides);
    return new TableCalendar(source);
  }

  // ---- input conversion --------------------------------------------------------------------

  /** Table index of a date input (Vietnam date), range-checked. */
  indexOf(input: DateInput): number {
    let day: number;
    if (input instanceof Date) {
      const ms = input.getTime();
      if (ms !== ms) toEpochMs(input); // throws invalid_date
      day = Math.floor((ms + OFFSET_MS) / DAY_MS);
    } else day = toDayNumber(input);
    const i = day - FIRST_DAY;
    if (i < 0 || i >= DAY_COUNT) throw outOfRange(input);
    return i;
  }

  private indexOfDay(day: unknown): number {
    const i = checkInteger(day, "A day number") - FIRST_DAY;
    if (i < 0 || i >= DAY_COUNT) throw outOfRange(day, "day number");
    return i;
  }

  private output(input: DateInput, index: number): Date | LocalDate {
    const day = index + FIRST_DAY;
    return input instanceof Date ? new Date(day * DAY_MS - OFFSET_MS) : dayNumberToLocalDate(day);
  }

  /** Table index of the n-th working day strictly after (n > 0) / before (n < 0) index i. */
  addIndex(i: number, n: number): number {
    if (n === 0) return i;
    const r = this.rank[i]!;
    const target = n > 0 ? r + n - 1 : r - ((this.source.flags[i]! >> 3) & 1) + n;
    const found = this.work[target];
    if (found === undefined || target < 0) throw outOfRange(dayNumberToLocalDate(i + FIRST_DAY) + (n > 0 ? ` + ${n}` : ` - ${-n}`), "result of");
    return found;
  }

  /** Working days in (a, b] for b ≥ a; minus those in (b, a] for b < a. */
  betweenIndex(a: number, b: number): number {
    return this.rank[b]! - this.rank[a]!;
  }

  // ---- days ----------------------------------------------------------------------------------

  isWorkingDay(date: DateInput): boolean {
    return (this.source.flags[this.indexOf(date)]! & F_WORKING) !== 0;
  }

  isWorkingDayNumber(day: number): boolean {
    return (this.source.flags[this.indexOfDay(day)]! & F_WORKING) !== 0;
  }

  infoAt(i: number): DayInfo {
    const f = this.source.flags[i]!;
    const day = i + FIRST_DAY;
    return Object.freeze({
      date: dayNumberToLocalDate(day),
      working: (f & F_WORKING) !== 0,
      kind: KINDS[f & F_KIND]!,
      name: this.source.names.get(i) ?? WEEKDAY_NAMES[dayOfWeek(day)]!,
      status: (f & F_ESTIMATED) !== 0 ? "estimated" : "official",
    });
  }

  dayInfo(date: DateInput): DayInfo {
    return this.infoAt(this.indexOf(date));
  }

  addWorkingDays(date: Date, n: number): Date;
  addWorkingDays(date: string, n: number): LocalDate;
  addWorkingDays(date: DateInput, n: number): Date | LocalDate;
  addWorkingDays(date: DateInput, n: number): Date | LocalDate {
    if (typeof n !== "number" || (n | 0) !== n) checkInteger(n, "The number of working days");
    return this.output(date, this.addIndex(this.indexOf(date), n));
  }

  addWorkingDayNumbers(day: number, n: number): number {
    checkInteger(n, "The number of working days");
    return this.addIndex(this.indexOfDay(day), n) + FIRST_DAY;
  }

  workingDaysBetween(from: DateInput, to: DateInput): number {
    return this.betweenIndex(this.indexOf(from), this.indexOf(to));
  }

  workingDaysBetweenDayNumbers(from: number, to: number): number {
    return this.betweenIndex(this.indexOfDay(from), this.indexOfDay(to));
  }

  nextWorkingDay(date: Date): Date;
  nextWorkingDay(date: string): LocalDate;
  nextWorkingDay(date: DateInput): Date | LocalDate;
  nextWorkingDay(date: DateInput): Date | LocalDate {
    return this.output(date, this.addIndex(this.indexOf(date), 1));
  }

  previousWorkingDay(date: Date): Date;
  previousWorkingDay(date: string): LocalDate;
  previousWorkingDay(date: DateInput): Date | LocalDate;
  previousWorkingDay(date: DateInput): Date | LocalDate {
    return this.output(date, this.addIndex(this.indexOf(date), -1));
  }

  daysOff(from: DateInput, to: DateInput): DayInfo[] {
    const a = this.indexOf(from);
    const b = this.indexOf(to);
    const flags = this.source.flags;
    const out: DayInfo[] = [];
    for (let i = a; i <= b; i++) {
      const f = flags[i]!;
      if (((f & F_WORKING) !== 0) !== ((f & F_PATTERN_WORKING) !== 0)) out.push(this.infoAt(i));
    }
    return out;
  }

  holidays(year: number): DayInfo[] {
    checkInteger(year, "The year");
    if (year < 1900 || year > 2100) throw outOfRange(year, "year");
    const a = Math.floor(Date.UTC(year, 0, 1) / DAY_MS) - FIRST_DAY;
    const b = Math.floor(Date.UTC(year + 1, 0, 1) / DAY_MS) - FIRST_DAY;
    const flags = this.source.flags;
    const out: DayInfo[] = [];
    for (let i = a; i < b; i++) if ((flags[i]! & F_KIND) > KIND_CODE.weekend) out.push(this.infoAt(i));
    return out;
  }

  // ---- minutes -------------------------------------------------------------------------------

  private sessionsAt(i: number): readonly WorkingSession[] {
    return (this.source.flags[i]! & F_WORKING) !== 0 ? this.source.profiles[this.source.profile[i]!]! : [];
  }

  private minutesIndex(): Float64Array {
    if (this.cumMinutes !== undefined) return this.cumMinutes;
    const totals = this.source.profiles.map((p) => p.reduce((sum, s) => sum + s.end - s.start, 0));
    const cum = new Float64Array(DAY_COUNT + 1);
    const flags = this.source.flags;
    const profile = this.source.profile;
    let sum = 0;
    for (let i = 0; i < DAY_COUNT; i++) {
      cum[i] = sum;
      if ((flags[i]! & F_WORKING) !== 0) sum += totals[profile[i]!]!;
    }
    cum[DAY_COUNT] = sum;
    this.cumMinutes = cum;
    return cum;
  }

  /** Session minutes from FIRST_DAY 00:00 up to an instant. */
  private position(ms: number): number {
    const day = Math.floor((ms + OFFSET_MS) / DAY_MS);
    const i = day - FIRST_DAY;
    if (i < 0 || i >= DAY_COUNT) throw outOfRange(formatInstant(ms), "instant");
    const minute = (ms + OFFSET_MS - day * DAY_MS) / 60_000;
    let pos = this.minutesIndex()[i]!;
    for (const s of this.sessionsAt(i)) {
      if (minute <= s.start) break;
      pos += Math.min(minute, s.end) - s.start;
    }
    return pos;
  }

  /** The instant at a session-minute position; at a boundary, a session end when `endOfWork`. */
  private instantAt(pos: number, endOfWork: boolean): number {
    const cum = this.minutesIndex();
    if (pos < 0 || pos > cum[DAY_COUNT]! || (pos === cum[DAY_COUNT]! && !endOfWork)) throw outOfRange(pos, "working-minute position");
    // Largest i with cum[i] < pos (end of work) or cum[i] <= pos (start of work).
    let lo = 0;
    let hi = DAY_COUNT - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (endOfWork ? cum[mid]! < pos : cum[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    let i = lo;
    // Skip non-working days (they have no minutes).
    while ((this.source.flags[i]! & F_WORKING) === 0) i++;
    let rest = pos - cum[i]!;
    for (const s of this.sessionsAt(i)) {
      const length = s.end - s.start;
      if (endOfWork ? rest <= length : rest < length) return Math.round(dayNumberToEpochMs(i + FIRST_DAY, s.start + rest));
      rest -= length;
    }
    /* c8 ignore next */
    throw new HccError("invariant_violation", `No session holds working minute ${pos}`);
  }

  addWorkingMinutes(start: Date, minutes: number): Date;
  addWorkingMinutes(start: string, minutes: number): Instant;
  addWorkingMinutes(start: DateInput, minutes: number): Date | Instant;
  addWorkingMinutes(start: DateInput, minutes: number): Date | Instant {
    const ms = this.addWorkingMinutesMs(toEpochMs(start), minutes);
    return start instanceof Date ? new Date(ms) : formatInstant(ms);
  }

  addWorkingMinutesMs(startMs: number, minutes: number): number {
    checkFinite(startMs, "The start (epoch ms)");
    checkFinite(minutes, "The number of working minutes");
    return this.instantAt(this.position(startMs) + minutes, minutes > 0);
  }

  workingMinutesBetween(from: DateInput, to: DateInput): number {
    return this.workingMinutesBetweenMs(toEpochMs(from), toEpochMs(to));
  }

  workingMinutesBetweenMs(fromMs: number, toMs: number): number {
    checkFinite(fromMs, "The start (epoch ms)");
    checkFinite(toMs, "The end (epoch ms)");
    return this.position(toMs) - this.position(fromMs);
  }
}
