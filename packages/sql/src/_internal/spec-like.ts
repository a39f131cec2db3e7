export { dayNumberToEpochMs, dayNumberToLocalDate, formatInstant, localDateToDayNumber } from "@hcc/core";
import type { StatsSpec } from "@hcc/stats";

/** The parts of `@hcc/stats`' spec the SQL needs. */
export type StatsSpecLike = Pick<StatsSpec, "from" | "to" | "asOf" | "groupBy" | "comparator" | "lateIfMultipleSupplements">;
