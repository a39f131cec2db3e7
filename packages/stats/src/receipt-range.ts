import { HccError, dayNumberToLocalDate, epochMsToDayNumber, type LocalDate } from "@hcc/core";
import { BadRowSink } from "./_internal/bad-rows.js";
import { checkRow } from "./_internal/columns.js";
import { readChannel, readDate, readStatus } from "./_internal/fields.js";
import type { RowTarget } from "./_internal/row-target.js";
import { readSource, type IngestSource, type InputFormat } from "./ingest.js";

/**
 * Options of {@link receiptRange}: how to read the source, as for {@link ingest}.
 *
 * @example
 * ```ts
 * import type { ReceiptRangeOptions } from "@hcc/stats";
 * const options: ReceiptRangeOptions = { format: "csv", delimiter: ";" };
 * ```
 *
 * @category Aggregation
 */
export interface ReceiptRangeOptions {
  /** Input format. @defaultValue `"auto"` */
  readonly format?: InputFormat;
  /** CSV delimiter. @defaultValue `","` */
  readonly delimiter?: string;
}

/**
 * The first and last receipt dates of a dossier source, as Vietnam calendar dates.
 *
 * @example
 * ```ts
 * import type { ReceiptRange } from "@hcc/stats";
 * import { parseLocalDate } from "@hcc/core";
 * const march: ReceiptRange = { from: parseLocalDate("2024-03-01"), to: parseLocalDate("2024-03-31") };
 * ```
 *
 * @category Aggregation
 */
export interface ReceiptRange {
  /** The earliest receipt date. */
  readonly from: LocalDate;
  /** The latest receipt date. */
  readonly to: LocalDate;
}

/** Takes rows from the readers and keeps only the earliest and latest receipt day. */
class ReceiptTracker implements RowTarget {
  readonly _io = new Float64Array(4);
  readonly _derivesDue = false;
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;

  /** Checks the row as the aggregator does (throws RowError), then keeps its receipt day. */
  #see(status: number, channel: number, receivedMs: number, endedMs: number): void {
    checkRow(status, channel, receivedMs, endedMs);
    if (status === 1 || status === 3) return;
    const day = epochMsToDayNumber(receivedMs);
    if (day < this.first) this.first = day;
    if (day > this.last) this.last = day;
  }

  _addRow(_supplements: number, channel: number, status: number): void {
    this.#see(status, channel, this._io[0] as number, this._io[2] as number);
  }

  _addRecord(r: Readonly<Record<string, unknown>>): void {
    this.#see(readStatus(r["status"]), readChannel(r["channel"]), readDate("receivedAt", r["receivedAt"]), readDate("endedAt", r["endedAt"]));
  }

  _intern(): number {
    return 0;
  }

  _derive(): number {
    return Number.NaN;
  }

  _countInvalid(): void {}
}

/**
 * The first and last receipt dates (Vietnam time) of the dossiers in a CSV, NDJSON or JSON-array
 * source — the natural period of a report over a file, when none is given. The source is read
 * exactly as {@link ingest} reads it (the same column names, date formats and delimiter) and its
 * rows are checked by the same rules, so the range is that of the rows a report would read: bad
 * rows (a report lists them) and dossiers never received (status 1 or 3) are left out.
 *
 * @param source - text, bytes, or an (async) iterable of chunks such as a Node stream
 * @param options - format and CSV delimiter
 * @returns the range, or `undefined` when the source is empty or has no readable receipt date
 * @throws {HccError} `parse_error` for a CSV header without the required columns or a malformed
 *   JSON array; `invalid_input` for a bad source or option
 * @example
 * ```ts
 * import { receiptRange } from "@hcc/stats";
 * const csv = "MaHoSo,MaTTHC,TrangThaiHoSo,NgayTiepNhan\n" +
 *   "000.00.53.H07-240304-0001,1.001612,4,20240304080000\n" +
 *   "000.00.53.H07-240301-0007,1.001612,5,2024-02-29T17:30:00Z\n";
 * await receiptRange(csv); //=> { from: "2024-03-01", to: "2024-03-04" }
 * ```
 *
 * @category Aggregation
 */
export async function receiptRange(source: IngestSource, options: ReceiptRangeOptions = {}): Promise<ReceiptRange | undefined> {
  if (typeof options !== "object" || options === null) {
    throw new HccError("invalid_input", `receiptRange: options must be an object, got ${String(options)}`, { value: options });
  }
  const tracker = new ReceiptTracker();
  // lenient, listing none: a bad row is the report's business (ingest names it), not the range's
  await readSource(source, tracker, new BadRowSink(false, 0), options);
  if (tracker.first > tracker.last) return undefined;
  return Object.freeze({ from: dayNumberToLocalDate(tracker.first), to: dayNumberToLocalDate(tracker.last) });
}
