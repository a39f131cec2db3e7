import type { StatsAggregator } from "../aggregator.js";

/**
 * What the CSV, NDJSON and JSON readers hand their rows to: the aggregator, or anything else that
 * takes rows the same way (see `receiptRange`).
 */
export type RowTarget = Pick<StatsAggregator, "_io" | "_addRow" | "_addRecord" | "_intern" | "_derivesDue" | "_derive" | "_countInvalid">;
