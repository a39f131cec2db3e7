import { HccError, dayNumberToEpochMs, dossierStatuses, formatInstant, localDateToDayNumber, parseLocalDate, type DossierStatus } from "@hcc/core";
import type { StatsDossierInput } from "./aggregator.js";

/**
 * Options of {@link toCentreVariant}.
 *
 * @example
 * ```ts
 * import type { CentreVariantOptions } from "@hcc/stats";
 * const options: CentreVariantOptions = { asOf: "2025-08-31" };
 * ```
 *
 * @category Reports
 */
export interface CentreVariantOptions {
  /** The report's as-of date (its `to` unless an `asOf` is given): waiting dossiers are within the deadline on it. */
  readonly asOf: string;
}

function statusOf(value: StatsDossierInput["status"]): DossierStatus | undefined {
  const parsed = dossierStatuses.schema.safeParse(typeof value === "string" ? value.trim() : value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The centres' variant of the report, **Biểu II.06a** ([the centres' variant](../../../docs/stats.md#the-centres-variant-of-biểu-06-ii06a)), as a re-judged dossier:
 * centres count refused, stopped and withdrawn dossiers (statuses 7 and 8) as **on time**, and
 * dossiers waiting for a supplement (status 5) as **within the deadline**. Feed the aggregator
 * the re-judged dossiers and the Biểu 06 table, its invariants and every renderer give II.06a;
 * the plain Biểu 06 (the verdict by end date) stays the default. How: a status 7 / 8 dossier gets
 * its end as its due date (and no supplement count), a status 5 one the end of the as-of day as
 * its due date (and no supplement count); every other dossier is returned as it is.
 *
 * @param dossier - a dossier in the stats column contract
 * @param options - the report's as-of date
 * @returns the dossier as II.06a judges it (a new object; the input is not changed)
 * @throws {HccError} `invalid_input` for a bad as-of date
 * @example
 * ```ts
 * import { createAggregator, bieu06, toCentreVariant } from "@hcc/stats";
 * const period = { from: "2025-08-01", to: "2025-08-31" };
 * const dossiers = [
 *   { procedureCode: "1.001612", agencyCode: "A", status: 8, receivedAt: "2025-08-04", dueAt: "2025-08-07 17:00", endedAt: "2025-08-11 09:00" },
 *   { procedureCode: "1.001612", agencyCode: "A", status: 5, receivedAt: "2025-08-04", dueAt: "2025-08-07 17:00", supplementRequests: 2 },
 * ];
 * const plain = bieu06(dossiers.reduce((agg, d) => agg.add(d), createAggregator(period)).state()).total;
 * const centre = bieu06(dossiers.reduce((agg, d) => agg.add(toCentreVariant(d, { asOf: period.to })), createAggregator(period)).state()).total;
 * [plain.late, plain.overdue]; //=> [1, 1]
 * [centre.onTime, centre.within]; //=> [1, 1]
 * ```
 *
 * @category Reports
 */
export function toCentreVariant(dossier: StatsDossierInput, options: CentreVariantOptions): StatsDossierInput {
  let asOf: string;
  try {
    asOf = parseLocalDate(options.asOf);
  } catch (error) {
    throw new HccError("invalid_input", `toCentreVariant: bad asOf ${JSON.stringify(options?.asOf)}`, { value: options?.asOf, cause: error });
  }
  const status = statusOf(dossier.status);
  if ((status === "withdrawn" || status === "stopped") && dossier.endedAt !== undefined && dossier.endedAt !== null && dossier.endedAt !== "") {
    return { ...dossier, dueAt: dossier.endedAt, supplementRequests: 0 };
  }
  if (status === "supplement_requested") {
    return { ...dossier, dueAt: formatInstant(dayNumberToEpochMs(localDateToDayNumber(asOf) + 1) - 1000), supplementRequests: 0 };
  }
  return dossier;
}
