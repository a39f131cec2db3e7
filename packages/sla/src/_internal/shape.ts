import { HccError, dayNumberToLocalDate, epochMsToDayNumber, formatInstant } from "@hcc/core";
import { UNIT_CODES, checkAmount } from "./due.js";
import type { DueDate, ProcessingTimeLike } from "../due-date.js";

/** Builds a frozen {@link DueDate} from epoch ms. */
export function dueDateOf(ms: number): DueDate {
  return Object.freeze({ at: formatInstant(ms), date: dayNumberToLocalDate(epochMsToDayNumber(ms)), ms });
}

/** Validates a processing time and returns its unit code. */
export function unitCodeOf(time: unknown, where: string): number {
  const t = time as Partial<ProcessingTimeLike> | null | undefined;
  const unit = typeof t === "object" && t !== null ? UNIT_CODES[t.unit as string] : undefined;
  if (unit === undefined || typeof t?.value !== "number") {
    throw new HccError(
      "invalid_input",
      `${where}: processing time must be { value: number, unit: "working_hours" | "working_days" | "calendar_days" | "months" }, got ${JSON.stringify(time)}`,
      { value: time },
    );
  }
  checkAmount(unit, t.value);
  return unit;
}

