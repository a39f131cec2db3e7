import * as z from "zod";
import { HccError, processingTimeSchema, type ProcessingTime } from "@hcc/core";

/**
 * How published processing times in other units are converted to working days, so that two
 * catalogue versions can be compared:
 * - `working_hours` ÷ `hoursPerWorkingDay` (default 8, the practice of the one-stop products);
 * - `working_days` as published;
 * - `calendar_days` × `workingDaysPerYear` ÷ 365;
 * - `months` × `workingDaysPerYear` ÷ 12.
 *
 * The default `workingDaysPerYear` is 250: 52 weeks × 5 weekdays = 260, less the 11 public holidays
 * of the Labour Code 2019 Art. 112, rounded. This is an average for comparison only; a due date
 * is always computed on the real calendar by `@hcc/sla`.
 *
 * @example
 * ```ts
 * import type { WorkingDayConversion } from "@hcc/rules";
 * const conversion: WorkingDayConversion = { hoursPerWorkingDay: 8, workingDaysPerYear: 250 };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface WorkingDayConversion {
  /** Working hours in a working day (default 8). */
  readonly hoursPerWorkingDay?: number;
  /** Working days in a year (default 250). */
  readonly workingDaysPerYear?: number;
}

const conversionSchema = z.object({
  hoursPerWorkingDay: z.number().finite().positive().optional(),
  workingDaysPerYear: z.number().finite().positive().max(366).optional(),
});

/** @internal Validated conversion factors. */
export function conversionFactors(conversion: WorkingDayConversion = {}): { hours: number; perYear: number } {
  const parsed = conversionSchema.safeParse(conversion);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid working-day conversion: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`, {
      value: conversion,
    });
  }
  return { hours: parsed.data.hoursPerWorkingDay ?? 8, perYear: parsed.data.workingDaysPerYear ?? 250 };
}

/** @internal Conversion without validation (factors already validated). */
export function workingDaysOf(time: ProcessingTime, factors: { hours: number; perYear: number }): number {
  switch (time.unit) {
    case "working_hours":
      return time.value / factors.hours;
    case "working_days":
      return time.value;
    case "calendar_days":
      return (time.value * factors.perYear) / 365;
    case "months":
      return (time.value * factors.perYear) / 12;
  }
}

/**
 * Converts a published processing time to (average) working days — see
 * {@link WorkingDayConversion} for the factors.
 *
 * @param time - a processing time `{ value, unit }`
 * @param conversion - conversion factors
 * @returns the time in working days (not rounded)
 * @throws {HccError} `invalid_input` for a malformed time or conversion
 * @example
 * ```ts
 * import { toWorkingDays } from "@hcc/rules";
 * toWorkingDays({ value: 16, unit: "working_hours" }); //=> 2
 * toWorkingDays({ value: 15, unit: "working_days" }); //=> 15
 * toWorkingDays({ value: 73, unit: "calendar_days" }); //=> 50
 * toWorkingDays({ value: 3, unit: "months" }); //=> 62.5
 * ```
 *
 * @category Reductions (3 giảm)
 */
export function toWorkingDays(time: ProcessingTime, conversion: WorkingDayConversion = {}): number {
  const parsed = processingTimeSchema.safeParse(time);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid processing time ${JSON.stringify(time)}: ${parsed.error.issues[0]?.message}`, { value: time });
  }
  return workingDaysOf(parsed.data, conversionFactors(conversion));
}
