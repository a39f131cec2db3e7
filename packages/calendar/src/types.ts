import type { DateInput, Instant, Label, LocalDate } from "@hcc/core";

/**
 * What kind of day a date is for a state agency:
 * - `weekday` — an ordinary working Monday–Friday;
 * - `weekend` — Saturday or Sunday (or another day the weekly pattern closes);
 * - `holiday` — a statutory public holiday (Labour Code 2019 Art. 112);
 * - `compensatory` — a day off in lieu of a holiday that fell on a weekend (nghỉ bù);
 * - `bridge_off` — a weekday made a day off by a swap (nghỉ hoán đổi);
 * - `makeup_workday` — a Saturday (or Sunday) worked to make up for a bridge day (làm bù).
 *
 * @example
 * ```ts
 * import type { DayKind } from "@hcc/calendar";
 * const kind: DayKind = "makeup_workday";
 * ```
 *
 * @category Calendars
 */
export type DayKind = "weekday" | "weekend" | "holiday" | "compensatory" | "bridge_off" | "makeup_workday";

/**
 * Whether a day's status comes from published official data (`official`) or from the rules and
 * heuristics for years without published data (`estimated`). Days fixed by law alone (1/1, 30/4,
 * 1/5, 2/9, Hùng Kings' day, Tết days 1–3) and ordinary days are `official`.
 *
 * @example
 * ```ts
 * import type { DayStatus } from "@hcc/calendar";
 * const status: DayStatus = "estimated";
 * ```
 *
 * @category Calendars
 */
export type DayStatus = "official" | "estimated";

/**
 * Everything the calendar knows about one date.
 *
 * @example
 * ```ts
 * import type { DayInfo } from "@hcc/calendar";
 * import { parseLocalDate } from "@hcc/core";
 * const info: DayInfo = { date: parseLocalDate("2025-05-02"), working: false, kind: "bridge_off", name: { vi: "Nghỉ hoán đổi", en: "Swapped day off" }, status: "official" };
 * ```
 *
 * @category Calendars
 */
export interface DayInfo {
  /** The date, `YYYY-MM-DD` (Vietnam). */
  readonly date: LocalDate;
  /** Whether state agencies work that day (counts toward deadlines). */
  readonly working: boolean;
  readonly kind: DayKind;
  /** Name of the holiday or swap; for ordinary days the weekday name. */
  readonly name: Label;
  readonly status: DayStatus;
}

/**
 * A working session of a working day, in minutes after 00:00 Vietnam time
 * (the default sessions are 07:00–11:30 = `{ start: 420, end: 690 }` and 13:30–17:00 =
 * `{ start: 810, end: 1020 }`: 8 hours).
 *
 * @example
 * ```ts
 * import type { WorkingSession } from "@hcc/calendar";
 * const morning: WorkingSession = { start: 7 * 60, end: 11 * 60 + 30 };
 * ```
 *
 * @category Calendars
 */
export interface WorkingSession {
  readonly start: number;
  readonly end: number;
}

/**
 * The plug-in interface of a working-day calendar. `vietnamCalendar()` returns the official
 * Vietnamese one; a province or ministry can supply its own implementation and every `@hcc`
 * package (due dates, statistics) will use it.
 *
 * Conventions (the same in every implementation):
 * - Dates are read in **Vietnam time** (UTC+7), never the process's zone. A `Date` or ISO instant
 *   denotes the Vietnam calendar date it falls on.
 * - Functions returning a **day** return a `Date` (00:00 Vietnam time of that day) when given a
 *   `Date`, and a `YYYY-MM-DD` string when given a string.
 * - `addWorkingDays(d, n)` with `n > 0` is the n-th working day **strictly after** `d` (whether
 *   or not `d` is itself a working day); with `n < 0` the |n|-th working day strictly before `d`;
 *   with `n = 0`, `d` itself.
 * - `workingDaysBetween(a, b)` counts working days in `(a, b]`, and is negative when `b < a`
 *   (`workingDaysBetween(b, a) === -workingDaysBetween(a, b)`), so that
 *   `workingDaysBetween(a, addWorkingDays(a, n)) === n` for every date `a` when `n >= 0`, and for
 *   every working day `a` when `n < 0` (from a day off, n working days back land one short:
 *   Sunday − 1 is Friday, and (Friday, Sunday] holds no working day).
 * - Day numbers are whole days since 1970-01-01 (Vietnam date), as in `@hcc/core`'s
 *   `toDayNumber`.
 *
 * @example
 * ```ts
 * import { type WorkingCalendar } from "@hcc/calendar";
 * function dueDate(calendar: WorkingCalendar, received: string, days: number): string {
 *   return calendar.addWorkingDays(received, days);
 * }
 * ```
 *
 * @category Calendars
 */
export interface WorkingCalendar {
  /** Identifier, e.g. `"vn"` or `"vn+overrides"`. */
  readonly id: string;
  /** Working sessions of a working day, sorted, non-overlapping (minutes after midnight). */
  readonly sessions: readonly WorkingSession[];
  /** First and last day numbers the calendar covers (inclusive). */
  readonly range: { readonly first: number; readonly last: number };

  /**
   * Whether the date is a working day.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().isWorkingDay("2025-09-01"); //=> false (National Day, adjacent day)
   * vietnamCalendar().isWorkingDay("2025-09-03"); //=> true
   * ```
   */
  isWorkingDay(date: DateInput): boolean;
  /**
   * Everything known about the date.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * const day = vietnamCalendar().dayInfo("2025-09-02");
   * day.kind; //=> "holiday"
   * day.name?.vi; //=> "Quốc khánh 2/9"
   * ```
   */
  dayInfo(date: DateInput): DayInfo;
  /**
   * The n-th working day after (n > 0) or before (n < 0) the date.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * const calendar = vietnamCalendar();
   * calendar.addWorkingDays("2025-08-29", 1); //=> "2025-09-03" (30/8–2/9 are off)
   * calendar.addWorkingDays("2025-09-03", -1); //=> "2025-08-29"
   * calendar.addWorkingDays(new Date("2025-08-29T03:00:00Z"), 1).toISOString(); //=> "2025-09-02T17:00:00.000Z" (00:00 on 3/9 in Vietnam)
   * ```
   */
  addWorkingDays(date: Date, n: number): Date;
  /** The n-th working day after (n > 0) or before (n < 0) a `YYYY-MM-DD` date, as `YYYY-MM-DD`. */
  addWorkingDays(date: string, n: number): LocalDate;
  /** The n-th working day after (n > 0) or before (n < 0) the date: a `Date` for a `Date`, else `YYYY-MM-DD`. */
  addWorkingDays(date: DateInput, n: number): Date | LocalDate;
  /**
   * Working days in `(from, to]`; negative when `to < from` (minus the working days in `(to, from]`).
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().workingDaysBetween("2025-08-29", "2025-09-05"); //=> 3
   * vietnamCalendar().workingDaysBetween("2025-09-05", "2025-08-29"); //=> -3
   * ```
   */
  workingDaysBetween(from: DateInput, to: DateInput): number;
  /**
   * The first working day strictly after the date.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().nextWorkingDay("2025-08-29"); //=> "2025-09-03"
   * ```
   */
  nextWorkingDay(date: Date): Date;
  /** The first working day strictly after a `YYYY-MM-DD` date, as `YYYY-MM-DD`. */
  nextWorkingDay(date: string): LocalDate;
  /** The first working day strictly after the date: a `Date` for a `Date`, else `YYYY-MM-DD`. */
  nextWorkingDay(date: DateInput): Date | LocalDate;
  /**
   * The last working day strictly before the date.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().previousWorkingDay("2025-09-03"); //=> "2025-08-29"
   * ```
   */
  previousWorkingDay(date: Date): Date;
  /** The last working day strictly before a `YYYY-MM-DD` date, as `YYYY-MM-DD`. */
  previousWorkingDay(date: string): LocalDate;
  /** The last working day strictly before the date: a `Date` for a `Date`, else `YYYY-MM-DD`. */
  previousWorkingDay(date: DateInput): Date | LocalDate;
  /**
   * Every non-working weekday and every make-up working day in `[from, to]`, in date order.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().daysOff("2025-08-29", "2025-09-05").map((d) => d.date); //=> ["2025-09-01", "2025-09-02"]
   * ```
   */
  daysOff(from: DateInput, to: DateInput): DayInfo[];
  /**
   * Holidays, compensatory and swapped days of a year (the days a citizen asks about).
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * const days = vietnamCalendar().holidays(2025);
   * days.length; //=> 13
   * days.filter((d) => d.kind === "makeup_workday").map((d) => d.date); //=> ["2025-04-26"]
   * ```
   */
  holidays(year: number): DayInfo[];

  /**
   * The instant after adding working minutes (session time only) to a start instant. A start
   * outside a session first moves to the next session start; with `minutes > 0` a result on a
   * session boundary is that session's end (07:00 + 270 min = 11:30, not 13:30). Negative minutes
   * go backwards.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * const calendar = vietnamCalendar();
   * calendar.addWorkingMinutes("2024-03-08T07:00:00+07:00", 270); //=> "2024-03-08T11:30:00+07:00"
   * calendar.addWorkingMinutes("2024-03-08T16:30:00+07:00", 60); //=> "2024-03-11T07:30:00+07:00" (Friday to Monday)
   * ```
   */
  addWorkingMinutes(start: Date, minutes: number): Date;
  /** {@link WorkingCalendar.addWorkingMinutes} from an ISO string, returning a canonical {@link Instant}. */
  addWorkingMinutes(start: string, minutes: number): Instant;
  /** {@link WorkingCalendar.addWorkingMinutes}: a `Date` for a `Date`, else a canonical {@link Instant}. */
  addWorkingMinutes(start: DateInput, minutes: number): Date | Instant;
  /**
   * Session minutes in `[from, to)`; negative when `to < from`.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * // Friday 16:00 to Monday 08:00: one hour on Friday, one on Monday
   * vietnamCalendar().workingMinutesBetween("2024-03-08T16:00:00+07:00", "2024-03-11T08:00:00+07:00"); //=> 120
   * ```
   */
  workingMinutesBetween(from: DateInput, to: DateInput): number;

  /**
   * Fast path: is this day number a working day.
   *
   * @example
   * ```ts
   * import { localDateToDayNumber } from "@hcc/core";
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().isWorkingDayNumber(localDateToDayNumber("2025-09-02")); //=> false
   * ```
   */
  isWorkingDayNumber(day: number): boolean;
  /**
   * Fast path: {@link WorkingCalendar.addWorkingDays} on day numbers.
   *
   * @example
   * ```ts
   * import { dayNumberToLocalDate, localDateToDayNumber } from "@hcc/core";
   * import { vietnamCalendar } from "@hcc/calendar";
   * const day = vietnamCalendar().addWorkingDayNumbers(localDateToDayNumber("2025-08-29"), 1);
   * dayNumberToLocalDate(day); //=> "2025-09-03"
   * ```
   */
  addWorkingDayNumbers(day: number, n: number): number;
  /**
   * Fast path: {@link WorkingCalendar.workingDaysBetween} on day numbers.
   *
   * @example
   * ```ts
   * import { localDateToDayNumber } from "@hcc/core";
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().workingDaysBetweenDayNumbers(localDateToDayNumber("2025-08-29"), localDateToDayNumber("2025-09-05")); //=> 3
   * ```
   */
  workingDaysBetweenDayNumbers(from: number, to: number): number;
  /**
   * Fast path: {@link WorkingCalendar.addWorkingMinutes} on epoch milliseconds.
   *
   * @example
   * ```ts
   * import { formatInstant, toEpochMs } from "@hcc/core";
   * import { vietnamCalendar } from "@hcc/calendar";
   * const ms = vietnamCalendar().addWorkingMinutesMs(toEpochMs("2024-03-08T16:30:00+07:00"), 60);
   * formatInstant(ms); //=> "2024-03-11T07:30:00+07:00"
   * ```
   */
  addWorkingMinutesMs(startMs: number, minutes: number): number;
  /**
   * Fast path: {@link WorkingCalendar.workingMinutesBetween} on epoch milliseconds.
   *
   * @example
   * ```ts
   * import { toEpochMs } from "@hcc/core";
   * import { vietnamCalendar } from "@hcc/calendar";
   * vietnamCalendar().workingMinutesBetweenMs(toEpochMs("2024-03-08T16:00:00+07:00"), toEpochMs("2024-03-11T08:00:00+07:00")); //=> 120
   * ```
   */
  workingMinutesBetweenMs(fromMs: number, toMs: number): number;
}

/**
 * A runtime change to one day: a newly announced swap (a weekday off, a Saturday worked), a local
 * closure (a typhoon day), or a unit's own arrangement. Later overrides win over earlier ones and
 * over the built-in data.
 *
 * - `kind` defaults to `bridge_off` for a day off that the weekly pattern would work, `weekend`
 *   for a day off it would not, `makeup_workday` for a worked day the pattern closes, `weekday`
 *   otherwise. It must agree with `working`.
 * - `name` is a `{ vi, en }` label or one string used for both.
 * - `sessions` (working days only) replaces the day's working sessions.
 *
 * @example
 * ```ts
 * import { vietnamCalendar, type CalendarOverride } from "@hcc/calendar";
 * const typhoon: CalendarOverride = { date: "2025-07-22", working: false, name: "Nghỉ do bão số 3" };
 * vietnamCalendar({ overrides: [typhoon] }).isWorkingDay("2025-07-22"); //=> false
 * ```
 *
 * @category Calendars
 */
export interface CalendarOverride {
  /** The day (a `Date` or an ISO string, read in Vietnam time). */
  readonly date: DateInput;
  /** Whether the day is worked. */
  readonly working: boolean;
  /** The kind of day; derived from `working` and the weekly pattern when omitted. */
  readonly kind?: DayKind;
  /** Its name, `{ vi, en }` or one string. */
  readonly name?: Label | string;
  /** Working sessions of that day (working days only). */
  readonly sessions?: readonly WorkingSession[];
}

/**
 * What a day of the week is for a unit: `true` works the default sessions, `false` is closed, a
 * list of sessions works those (e.g. Saturday mornings).
 *
 * @example
 * ```ts
 * import type { WeekdayPattern } from "@hcc/calendar";
 * const saturdayMorning: WeekdayPattern = [{ start: 7 * 60 + 30, end: 11 * 60 + 30 }];
 * ```
 *
 * @category Calendars
 */
export type WeekdayPattern = boolean | readonly WorkingSession[];

/**
 * Options of {@link vietnamCalendar}. Every field is optional; invalid options throw
 * `HccError('invalid_calendar')`.
 *
 * @example
 * ```ts
 * import { vietnamCalendar, type VietnamCalendarOptions } from "@hcc/calendar";
 * const options: VietnamCalendarOptions = {
 *   week: { saturday: [{ start: 450, end: 690 }] },
 *   overrides: [{ date: "2030-05-03", working: false, kind: "bridge_off", name: "Nghỉ hoán đổi" }],
 * };
 * vietnamCalendar(options).isWorkingDay("2030-05-04"); //=> true (a Saturday morning)
 * ```
 *
 * @category Calendars
 */
export interface VietnamCalendarOptions {
  /** Identifier of the calendar (default `"vn"`, or `"vn+overrides"` with overrides). */
  readonly id?: string;
  /**
   * Opt-in days not enacted yet. `"culture-day"`: 24 November (Vietnamese Culture Day, proposed in
   * 2026, UNVERIFIED) as a holiday from 2026 on, status `estimated`.
   */
  readonly include?: readonly "culture-day"[];
  /**
   * Use the published data for 2015–2026 (default `true`). `false` computes every year from the
   * rules alone (for comparing the rules with the data).
   */
  readonly officialData?: boolean;
  /** Working sessions of an ordinary working day (default 07:00–11:30 and 13:30–17:00). */
  readonly sessions?: readonly WorkingSession[];
  /** The weekly pattern (default Monday–Friday working, Saturday and Sunday closed). */
  readonly week?: {
    readonly monday?: WeekdayPattern;
    readonly tuesday?: WeekdayPattern;
    readonly wednesday?: WeekdayPattern;
    readonly thursday?: WeekdayPattern;
    readonly friday?: WeekdayPattern;
    readonly saturday?: WeekdayPattern;
    readonly sunday?: WeekdayPattern;
  };
  /** Day overrides applied last (newly announced swaps, local closures). */
  readonly overrides?: readonly CalendarOverride[];
}

/**
 * A {@link WorkingCalendar} compiled into typed arrays (what {@link vietnamCalendar} and
 * {@link createWorkingCalendar} return): O(1) day operations over 1900–2100, bulk functions
 * ({@link addWorkingDaysBulk}) run on its arrays directly, and {@link CompiledCalendar.withOverrides}
 * derives a new calendar.
 *
 * @example
 * ```ts
 * import { vietnamCalendar, type CompiledCalendar } from "@hcc/calendar";
 * const calendar: CompiledCalendar = vietnamCalendar();
 * calendar.withOverrides([{ date: "2027-04-30", working: false }]).id; //=> "vn+overrides"
 * ```
 *
 * @category Calendars
 */
export interface CompiledCalendar extends WorkingCalendar {
  /**
   * A new calendar with these overrides applied on top (this one is unchanged).
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * const calendar = vietnamCalendar();
   * const typhoon = calendar.withOverrides([{ date: "2025-07-22", working: false, name: "Nghỉ do bão số 3" }]);
   * typhoon.isWorkingDay("2025-07-22"); //=> false
   * calendar.isWorkingDay("2025-07-22"); //=> true
   * ```
   */
  withOverrides(overrides: readonly CalendarOverride[]): CompiledCalendar;
  /** Bytes held by the compiled typed arrays. */
  readonly byteLength: number;
}
