import { HccError, timeOfDaySchema, toEpochMs, type DateInput } from "@hcc/core";
import type { WorkingCalendar } from "@hcc/calendar";
import { clockOf, type Clock } from "./working-time.js";

const METHODS = ["isWorkingDayNumber", "addWorkingDayNumbers", "workingDaysBetweenDayNumbers"] as const;

/** Checks that a value is a usable {@link WorkingCalendar} and returns its prepared clock. */
export function checkCalendar(calendar: unknown, where: string): Clock {
  if (typeof calendar !== "object" || calendar === null) {
    throw new HccError("invalid_calendar", `${where}: options.calendar must be a WorkingCalendar (e.g. vietnamCalendar()), got ${String(calendar)}`, {
      value: calendar,
    });
  }
  const cal = calendar as Partial<WorkingCalendar>;
  for (const m of METHODS) {
    if (typeof cal[m] !== "function") {
      throw new HccError("invalid_calendar", `${where}: the calendar has no ${m}() method`, { value: calendar });
    }
  }
  const sessions = cal.sessions;
  if (!Array.isArray(sessions) || sessions.length === 0) {
    throw new HccError("invalid_calendar", `${where}: the calendar has no working sessions`, { value: sessions });
  }
  let previousEnd = 0;
  for (const s of sessions as unknown[]) {
    const session = s as { start?: unknown; end?: unknown };
    if (
      typeof session.start !== "number" ||
      typeof session.end !== "number" ||
      !(session.start >= previousEnd) ||
      !(session.end > session.start) ||
      session.end > 1440
    ) {
      throw new HccError("invalid_calendar", `${where}: sessions must be sorted, non-empty, non-overlapping minutes in 0–1440, got ${JSON.stringify(sessions)}`, {
        value: sessions,
      });
    }
    previousEnd = session.end;
  }
  return clockOf(calendar as WorkingCalendar);
}

/** A cut-off `HH:mm` to ms after midnight (`-1` when absent). */
export function cutoffMs(cutoff: unknown, where: string): number {
  if (cutoff === undefined) return -1;
  const parsed = timeOfDaySchema.safeParse(cutoff);
  if (!parsed.success) {
    throw new HccError("invalid_input", `${where}: cutoff must be "HH:mm", got ${JSON.stringify(cutoff)}`, { value: cutoff });
  }
  const [h, m] = parsed.data.split(":").map(Number) as [number, number];
  return (h * 60 + m) * 60_000;
}

/** A required instant to epoch ms, with the option's name in the error. */
export function instantMs(value: unknown, name: string, where: string): number {
  if (value === undefined || value === null) {
    throw new HccError("invalid_input", `${where}: ${name} is required`, { value });
  }
  try {
    return toEpochMs(value as DateInput);
  } catch (error) {
    throw new HccError("invalid_date", `${where}: ${name} is not a valid date: ${JSON.stringify(value)}`, { value, cause: error });
  }
}

/** Checks a one-of option. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, name: string, where: string): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new HccError("invalid_input", `${where}: ${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${JSON.stringify(value)}`, {
    value,
  });
}

/** Checks a boolean option. */
export function bool(value: unknown, fallback: boolean, name: string, where: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  throw new HccError("invalid_input", `${where}: ${name} must be a boolean, got ${JSON.stringify(value)}`, { value });
}
