import { HccError, dayNumberToLocalDate, epochMsToDayNumber, formatInstant, timeUnits } from "@hcc/core";
import { checkAmount, unitCode } from "./due.js";
import type { DueDate, ProcessingTimeLike } from "../due-date.js";

/** Builds a frozen {@link DueDate} from epoch ms. */
export function dueDateOf(ms: number): DueDate {
  return Object.freeze({ at: formatInstant(ms), date: dayNumberToLocalDate(epochMsToDayNumber(ms)), ms });
}

/** Validates a processing time and returns its unit code. */
export function unitCodeOf(time: unknown, where: string): number {
  const t = time as Partial<ProcessingTimeLike> | null | undefined;
  const unit = typeof t === "object" && t !== null ? unitCode(t.unit) : undefined;
  if (unit === undefined || typeof t?.value !== "number") {
    throw new HccError(
      "invalid_input",
      `${where}: processing time must be { value: number, unit: ${timeUnits.keys.map((k) => JSON.stringify(k)).join(" | ")} }, got ${JSON.stringify(time)}`,
      { value: time },
    );
  }
  checkAmount(unit, t.value);
  return unit;
}

