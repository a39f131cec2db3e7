import { HccError, dayOfWeek, type DateInput, type Label } from "@hcc/core";
import * as z from "zod";
import { parseOrThrow, sessionsSchema } from "./_internal/options.js";
import { DAY_COUNT, FIRST_DAY, F_PATTERN_WORKING, F_WORKING, KIND_CODE, TableCalendar, profileIndex, type TableSource } from "./_internal/table.js";
import type { CompiledCalendar, WorkingSession } from "./types.js";
import { DEFAULT_SESSIONS } from "./vietnam-calendar.js";

/**
 * What {@link createWorkingCalendar} needs: an identifier and a rule saying which days are worked.
 *
 * @example
 * ```ts
 * import type { WorkingCalendarSpec } from "@hcc/calendar";
 * const spec: WorkingCalendarSpec = { id: "six-day-week", isWorkingDay: (_day, weekday) => weekday !== 0 };
 * ```
 *
 * @category Calendars
 */
export interface WorkingCalendarSpec {
  /** Identifier of the calendar, e.g. `"hcm-district-1"`. */
  readonly id: string;
  /**
   * Whether a day is worked, given its day number and weekday (0 Sunday … 6 Saturday).
   * Default: Monday–Friday.
   */
  readonly isWorkingDay?: (dayNumber: number, weekday: number) => boolean;
  /** Extra days off (applied after the predicate). */
  readonly daysOff?: readonly DateInput[];
  /** Extra working days (applied last). */
  readonly workingDays?: readonly DateInput[];
  /** Working sessions of a working day (default {@link DEFAULT_SESSIONS}). */
  readonly sessions?: readonly WorkingSession[];
  /** Names of special days, by `YYYY-MM-DD` (optional). */
  readonly names?: Readonly<Record<string, Label>>;
}

const specSchema = z
  .object({
    id: z.string().min(1),
    isWorkingDay: z.custom<(dayNumber: number, weekday: number) => boolean>((v) => typeof v === "function", { message: "expected a function" }).optional(),
    daysOff: z.array(z.union([z.date(), z.string()])).optional(),
    workingDays: z.array(z.union([z.date(), z.string()])).optional(),
    sessions: sessionsSchema.optional(),
    names: z.record(z.string(), z.object({ vi: z.string(), en: z.string() })).optional(),
  })
  .strict();

/**
 * Builds a compiled {@link WorkingCalendar} (O(1) operations, bulk functions, overrides) from a
 * simple rule: a predicate over day numbers and/or lists of days off and extra working days.
 * The plug-in route for a province or ministry whose calendar is not the national one; for the
 * national calendar plus a few local changes prefer `vietnamCalendar({ overrides })`.
 *
 * Kinds are inferred: a worked Monday–Friday is a `weekday`, a worked Saturday/Sunday a
 * `makeup_workday`, an unworked Saturday/Sunday a `weekend`, an unworked Monday–Friday a `holiday`.
 * Every day is `official`.
 *
 * @param spec - see {@link WorkingCalendarSpec}
 * @returns a {@link CompiledCalendar} over 1900–2100
 * @throws {HccError} `invalid_calendar` for a bad spec or a predicate that does not return a boolean
 * @example
 * ```ts
 * import { createWorkingCalendar } from "@hcc/calendar";
 * const sixDays = createWorkingCalendar({ id: "six-day-week", isWorkingDay: (_day, weekday) => weekday !== 0, daysOff: ["2030-01-01"] });
 * sixDays.addWorkingDays("2029-12-29", 2); //=> "2030-01-02"
 * ```
 *
 * @category Calendars
 */
export function createWorkingCalendar(spec: WorkingCalendarSpec): CompiledCalendar {
  const parsed = parseOrThrow(specSchema, spec, "working calendar spec");
  const profiles: (readonly WorkingSession[])[] = [];
  profileIndex(profiles, parsed.sessions ?? DEFAULT_SESSIONS);
  const flags = new Uint8Array(DAY_COUNT);
  const names = new Map<number, Label>();
  const predicate = parsed.isWorkingDay ?? ((_day: number, weekday: number) => weekday >= 1 && weekday <= 5);
  let dow = dayOfWeek(FIRST_DAY);
  const dayOff: Label = { vi: "Ngày nghỉ", en: "Day off" };
  const extra: Label = { vi: "Ngày làm việc", en: "Working day" };
  const mark = (i: number, working: boolean, weekday: number): void => {
    const weekendDay = weekday === 0 || weekday === 6;
    const kind = working ? (weekendDay ? KIND_CODE.makeup_workday : KIND_CODE.weekday) : weekendDay ? KIND_CODE.weekend : KIND_CODE.holiday;
    flags[i] = kind | (working ? F_WORKING : 0) | (weekendDay ? 0 : F_PATTERN_WORKING);
    if (kind === KIND_CODE.holiday) names.set(i, dayOff);
    else if (kind === KIND_CODE.makeup_workday) names.set(i, extra);
    else names.delete(i);
  };
  for (let i = 0; i < DAY_COUNT; i++) {
    const working = predicate(i + FIRST_DAY, dow);
    if (typeof working !== "boolean") {
      throw new HccError("invalid_calendar", `isWorkingDay(${i + FIRST_DAY}) returned ${String(working)}, not a boolean`, { value: working });
    }
    mark(i, working, dow);
    dow = dow === 6 ? 0 : dow + 1;
  }
  const source: TableSource = {
    id: parsed.id,
    flags,
    profile: new Uint8Array(DAY_COUNT),
    profiles,
    names,
    weekProfile: [0, 0, 0, 0, 0, 0, 0],
  };
  const calendar = new TableCalendar(source);
  const toIndex = (d: DateInput): number => calendar.indexOf(d);
  for (const d of parsed.daysOff ?? []) {
    const i = toIndex(d);
    mark(i, false, dayOfWeek(i + FIRST_DAY));
  }
  for (const d of parsed.workingDays ?? []) {
    const i = toIndex(d);
    mark(i, true, dayOfWeek(i + FIRST_DAY));
  }
  for (const [date, label] of Object.entries(parsed.names ?? {})) names.set(toIndex(date), Object.freeze({ ...label }));
  return parsed.daysOff === undefined && parsed.workingDays === undefined ? calendar : new TableCalendar(source);
}
