import { dayOfWeek } from "@hcc/core";
import { OFFICIAL_DAYS, OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR } from "./generated/official-days.js";
import { optionsSchema, parseOrThrow, resolveOverrides } from "./_internal/options.js";
import { ruleDays, type RuleDay } from "./_internal/rules.js";
import {
  DAY_COUNT,
  FIRST_DAY,
  F_ESTIMATED,
  F_PATTERN_WORKING,
  F_WORKING,
  KIND_CODE,
  TableCalendar,
  applyOverrides,
  profileIndex,
  type TableSource,
} from "./_internal/table.js";
import type { CompiledCalendar, DayKind, VietnamCalendarOptions, WorkingSession } from "./types.js";
import type { Label } from "@hcc/core";

/**
 * The default working sessions of a state agency: 07:00–11:30 and 13:30–17:00 (8 hours), in
 * minutes after midnight, Vietnam time.
 *
 * @example
 * ```ts
 * import { DEFAULT_SESSIONS } from "@hcc/calendar";
 * DEFAULT_SESSIONS[1]; //=> { start: 810, end: 1020 }
 * ```
 *
 * @category Calendars
 */
export const DEFAULT_SESSIONS: readonly WorkingSession[] = Object.freeze([
  Object.freeze({ start: 420, end: 690 }),
  Object.freeze({ start: 810, end: 1020 }),
]);

const WEEK_KEYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

let defaultCalendar: TableCalendar | undefined;
const ruleCache = new Map<number, readonly RuleDay[]>();

/** {@link ruleDays} is pure: compute each year once per process. */
function cachedRuleDays(year: number, cultureDay: boolean): readonly RuleDay[] {
  const key = year * 2 + (cultureDay ? 1 : 0);
  let days = ruleCache.get(key);
  if (days === undefined) {
    days = Object.freeze(ruleDays(year, cultureDay));
    ruleCache.set(key, days);
  }
  return days;
}

/**
 * The official Vietnamese working-day calendar for state agencies, compiled once into typed arrays
 * over 1900-01-01 – 2100-12-31.
 *
 * - 2015–2026 (and 2014-12-27, 2027-01-01) come from the published decisions
 *   (`status: "official"`), including every swapped day off and make-up Saturday.
 * - Other years are computed from the Labour Code of their period — Tết 4 days until 2012 and
 *   5 days from 2013, Hùng Kings' day from 2007, a second National Day day from 2021, the
 *   compensatory rule — and the observed yearly choices; days that depend on a choice are
 *   `status: "estimated"`.
 * - Runtime `overrides` add newly announced swaps or local closures; `week` and `sessions` adapt
 *   the weekly pattern and working hours of a unit.
 *
 * The calendar without options is built once and shared.
 *
 * @param options - see {@link VietnamCalendarOptions}
 * @returns a {@link CompiledCalendar}
 * @throws {HccError} `invalid_calendar` when the options are invalid
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * const vn = vietnamCalendar();
 * vn.addWorkingDays("2025-04-29", 1); //=> "2025-05-05" (30/4, 1/5 holidays, 2/5 swapped off)
 * vn.dayInfo("2025-04-26").kind; //=> "makeup_workday"
 * vn.workingDaysBetween("2025-04-29", "2025-05-05"); //=> 1
 * ```
 *
 * @category Calendars
 */
export function vietnamCalendar(options?: VietnamCalendarOptions): CompiledCalendar {
  if (options === undefined || (typeof options === "object" && options !== null && Object.keys(options).length === 0)) {
    defaultCalendar ??= buildVietnamCalendar({});
    return defaultCalendar;
  }
  return buildVietnamCalendar(options);
}

function buildVietnamCalendar(options: VietnamCalendarOptions): TableCalendar {
  const opts = parseOrThrow(optionsSchema, options, "calendar options");
  const defaultSessions = opts.sessions ?? DEFAULT_SESSIONS;
  const profiles: (readonly WorkingSession[])[] = [];
  profileIndex(profiles, defaultSessions);
  const weekProfile = WEEK_KEYS.map((key, dow) => {
    const spec = opts.week?.[key] ?? (dow >= 1 && dow <= 5);
    if (spec === false) return -1;
    if (spec === true) return 0;
    return profileIndex(profiles, spec);
  });

  const flags = new Uint8Array(DAY_COUNT);
  const profile = new Uint8Array(DAY_COUNT);
  const names = new Map<number, Label>();
  // One week by hand, then doubling copies (native) over the whole range.
  const dow0 = dayOfWeek(FIRST_DAY);
  for (let i = 0; i < 7; i++) {
    const p = weekProfile[(dow0 + i) % 7]!;
    flags[i] = p >= 0 ? KIND_CODE.weekday | F_WORKING | F_PATTERN_WORKING : KIND_CODE.weekend;
    profile[i] = p >= 0 ? p : 0;
  }
  for (let filled = 7; filled < DAY_COUNT; filled *= 2) {
    flags.copyWithin(filled, 0, Math.min(filled, DAY_COUNT - filled));
    profile.copyWithin(filled, 0, Math.min(filled, DAY_COUNT - filled));
  }

  const set = (day: number, kind: DayKind, estimated: boolean, name: Label): void => {
    const i = day - FIRST_DAY;
    if (i < 0 || i >= DAY_COUNT) return;
    const working = kind === "makeup_workday" || kind === "weekday";
    flags[i] = KIND_CODE[kind] | (working ? F_WORKING : 0) | (estimated ? F_ESTIMATED : 0) | (flags[i]! & F_PATTERN_WORKING);
    names.set(i, name);
    if (working) {
      const p = weekProfile[dayOfWeek(day)]!;
      profile[i] = p >= 0 ? p : 0;
    }
  };

  const useOfficial = opts.officialData ?? true;
  const include = new Set(opts.include ?? []);
  for (let year = 1900; year <= 2100; year++) {
    if (useOfficial && year >= OFFICIAL_FIRST_YEAR && year <= OFFICIAL_LAST_YEAR) continue;
    for (const d of cachedRuleDays(year, include.has("culture-day"))) {
      set(d.day, d.kind, d.estimated || year < 2007, Object.freeze({ vi: d.vi, en: d.en }));
    }
  }
  if (useOfficial) {
    for (const row of OFFICIAL_DAYS) {
      if (row.optIn !== undefined && !include.has(row.optIn)) continue;
      set(row.day, row.kind, row.optIn !== undefined, Object.freeze({ vi: row.vi, en: row.en }));
    }
  }

  const source: TableSource = { id: "vn", flags, profile, profiles, names, weekProfile };
  if (opts.overrides !== undefined && opts.overrides.length > 0) {
    source.id = "vn+overrides";
    applyOverrides(source, resolveOverrides(opts.overrides));
  }
  if (opts.id !== undefined) source.id = opts.id;
  return new TableCalendar(source);
}
