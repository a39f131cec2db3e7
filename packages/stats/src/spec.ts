import { HccError, localDateToDayNumber, parseLocalDate, type DateInput, type LocalDate } from "@hcc/core";
import type { VerdictComparator } from "@hcc/sla";
import * as z from "zod";

/**
 * What a report can be grouped by. `agency`, `field`, `procedure`, `level` and `channel` are
 * dossier attributes; `month`, `quarter` and `year` split the period into calendar sub-periods,
 * each counted with its own new / carried-over / resolved / in-progress semantics (a dossier open
 * across three months is carried over into each of them). At most one time dimension per report.
 *
 * @example
 * ```ts
 * import type { GroupDimension } from "@hcc/stats";
 * const groupBy: GroupDimension[] = ["agency", "channel"];
 * ```
 *
 * @category Aggregation
 */
export type GroupDimension = "agency" | "field" | "procedure" | "level" | "channel" | "month" | "quarter" | "year";

/**
 * Every group dimension, in a stable order.
 *
 * @example
 * ```ts
 * import { GROUP_DIMENSIONS } from "@hcc/stats";
 * GROUP_DIMENSIONS.includes("month"); //=> true
 * ```
 *
 * @category Aggregation
 */
export const GROUP_DIMENSIONS: readonly GroupDimension[] = Object.freeze([
  "agency",
  "field",
  "procedure",
  "level",
  "channel",
  "month",
  "quarter",
  "year",
]);

/**
 * The options of a report: the period, the as-of date, the grouping and the classification rule.
 *
 * @example
 * ```ts
 * import type { StatsOptions } from "@hcc/stats";
 * const options: StatsOptions = { from: "2019-05-06", to: "2019-08-09", groupBy: ["agency"] };
 * ```
 *
 * @category Aggregation
 */
export interface StatsOptions {
  /** First day of the period (Vietnam date; an instant is reduced to its Vietnam date). */
  readonly from: DateInput;
  /** Last day of the period, inclusive. */
  readonly to: DateInput;
  /** The date in-progress dossiers are judged against (end of that day). @defaultValue `to` */
  readonly asOf?: DateInput;
  /** Grouping dimensions, in column order. @defaultValue `[]` (one row) */
  readonly groupBy?: readonly GroupDimension[];
  /** How the end of processing is compared with the due date (see `@hcc/sla`). @defaultValue `"date"` */
  readonly comparator?: VerdictComparator;
  /** More than one supplement request makes a dossier late / overdue. @defaultValue `true` */
  readonly lateIfMultipleSupplements?: boolean;
}

/**
 * The normalised, JSON-serialisable form of {@link StatsOptions} stored in every state. Two states
 * merge only when their specs are equal.
 *
 * @example
 * ```ts
 * import { normalizeSpec, type StatsSpec } from "@hcc/stats";
 * const spec: StatsSpec = normalizeSpec({ from: "2019-05-06", to: "2019-08-09" });
 * spec.asOf; //=> "2019-08-09"
 * ```
 *
 * @category Aggregation
 */
export interface StatsSpec {
  /** First day, `YYYY-MM-DD`. */
  readonly from: LocalDate;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  readonly to: LocalDate;
  /** As-of day, `YYYY-MM-DD`, on or after `to`. */
  readonly asOf: LocalDate;
  /** Grouping dimensions. */
  readonly groupBy: readonly GroupDimension[];
  /** Verdict comparator. */
  readonly comparator: VerdictComparator;
  /** The multiple-supplement rule. */
  readonly lateIfMultipleSupplements: boolean;
}

const dimensionSchema = z.enum(["agency", "field", "procedure", "level", "channel", "month", "quarter", "year"]);

const optionsSchema = z.object({
  from: z.union([z.string(), z.date()]),
  to: z.union([z.string(), z.date()]),
  asOf: z.union([z.string(), z.date()]).optional(),
  groupBy: z.array(dimensionSchema).optional(),
  comparator: z.enum(["date", "instant"]).optional(),
  lateIfMultipleSupplements: z.boolean().optional(),
});

/**
 * Validates {@link StatsOptions} and returns the canonical {@link StatsSpec}.
 *
 * @param options - the period, as-of date and grouping
 * @returns the frozen spec
 * @throws {HccError} `invalid_input` for a bad shape, a repeated dimension, two time dimensions,
 *   `to` before `from` or `asOf` before `to`; `invalid_date` for an unreadable date
 * @example
 * ```ts
 * import { normalizeSpec } from "@hcc/stats";
 * normalizeSpec({ from: "2019-05-06T08:00", to: "2019-08-09", groupBy: ["month"] }).from; //=> "2019-05-06"
 * ```
 *
 * @category Aggregation
 */
export function normalizeSpec(options: StatsOptions): StatsSpec {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid stats options: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, {
      value: options,
      issues: parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== "symbol"), message: i.message })),
    });
  }
  const from = parseLocalDate(options.from);
  const to = parseLocalDate(options.to);
  const asOf = options.asOf === undefined ? to : parseLocalDate(options.asOf);
  if (localDateToDayNumber(to) < localDateToDayNumber(from)) {
    throw new HccError("invalid_input", `Period ends (${to}) before it starts (${from})`, { value: { from, to } });
  }
  if (localDateToDayNumber(asOf) < localDateToDayNumber(to)) {
    throw new HccError("invalid_input", `asOf (${asOf}) is before the end of the period (${to})`, { value: asOf });
  }
  const groupBy = [...(options.groupBy ?? [])];
  if (new Set(groupBy).size !== groupBy.length) {
    throw new HccError("invalid_input", `groupBy repeats a dimension: ${groupBy.join(", ")}`, { value: groupBy });
  }
  const times = groupBy.filter((d) => d === "month" || d === "quarter" || d === "year");
  if (times.length > 1) {
    throw new HccError("invalid_input", `groupBy may hold one time dimension, got ${times.join(", ")}`, { value: groupBy });
  }
  return Object.freeze({
    from,
    to,
    asOf,
    groupBy: Object.freeze(groupBy),
    comparator: options.comparator ?? "date",
    lateIfMultipleSupplements: options.lateIfMultipleSupplements ?? true,
  });
}
