import { createReadStream } from "node:fs";
import { isHccError } from "@hcc/core";
import { StatsEngine } from "./engine.js";
import type { GroupDimension } from "../spec.js";
import type { StatsState } from "../state.js";
import { BadRowSink, type BadRowInfo } from "./bad-rows.js";
import { CsvReader } from "./csv.js";

/** What a worker receives: a byte range of a CSV file and the serialisable options. */
export interface RangeTask {
  readonly path: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly header: readonly string[];
  readonly options: {
    readonly from: string;
    readonly to: string;
    readonly asOf: string;
    readonly groupBy: readonly GroupDimension[];
    readonly comparator: "date" | "instant";
    readonly lateIfMultipleSupplements: boolean;
    readonly strict: boolean;
    readonly maxReported: number;
    readonly delimiter: string;
    readonly highWaterMark: number;
  };
}

/** What a worker sends back. Line numbers are local to the range (first line of the range = 1). */
export type RangeResult =
  | { readonly ok: true; readonly state: StatsState; readonly records: number; readonly lines: number; readonly badCount: number; readonly badRows: readonly BadRowInfo[] }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly value: unknown; readonly lines: number };

/** Aggregates one byte range of a CSV file (used by the worker entry, and in-process for tests). */
export async function runRange(task: RangeTask): Promise<RangeResult> {
  const o = task.options;
  const agg = new StatsEngine({
    from: o.from,
    to: o.to,
    asOf: o.asOf,
    groupBy: o.groupBy,
    comparator: o.comparator,
    lateIfMultipleSupplements: o.lateIfMultipleSupplements,
  });
  const sink = new BadRowSink(o.strict, o.maxReported);
  const reader = new CsvReader(agg, sink, { delimiter: o.delimiter, header: task.header, firstLine: 1 });
  try {
    if (task.end > task.start) {
      const stream = createReadStream(task.path, { start: task.start, end: task.end - 1, highWaterMark: o.highWaterMark });
      for await (const chunk of stream) reader.push(chunk as Uint8Array);
    }
    reader.end();
  } catch (error) {
    if (isHccError(error)) return { ok: false, code: error.code, message: error.message, value: error.value, lines: reader.lines };
    throw error;
  }
  return { ok: true, state: agg.state(), records: reader.records, lines: reader.lines, badCount: sink.count, badRows: sink.rows };
}
