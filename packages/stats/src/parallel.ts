import { existsSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { createReadStream } from "node:fs";
import { HccError } from "@hcc/core";
import { mapHeader, splitHeader } from "./_internal/csv-header.js";
import { strictError } from "./_internal/bad-rows.js";
import type { RangeResult, RangeTask } from "./_internal/range.js";
import { ingest, makeSink, type BadRow, type IngestOptions, type IngestResult } from "./ingest.js";
import { normalizeSpec } from "./spec.js";
import { mergeStates } from "./state.js";

/**
 * Options of {@link ingestFile}.
 *
 * @example
 * ```ts
 * import type { IngestFileOptions } from "@hcc/stats/node";
 * const options: IngestFileOptions = { from: "2024-01-01", to: "2024-12-31", groupBy: ["agency", "channel"], parallel: 2 };
 * ```
 *
 * @category Input
 */
export interface IngestFileOptions extends IngestOptions {
  /**
   * Worker threads for CSV files: `true` = one per core, a number = that many, `false` = none,
   * `"auto"` = one per core when the file is at least `parallelThreshold` bytes (else none).
   * Parallel mode needs the built package (`dist/worker.js`) and no newline inside a quoted CSV
   * field; a `dueDate` deriver (a function) cannot cross to workers, so it forces one thread.
   * @defaultValue `"auto"`
   */
  readonly parallel?: boolean | number | "auto";
  /** Size from which `"auto"` goes parallel. @defaultValue `67108864` (64 MiB) */
  readonly parallelThreshold?: number;
  /** Where the worker entry is. @defaultValue the package's `dist/worker.js` */
  readonly workerUrl?: URL | string;
  /** Read chunk size in bytes. @defaultValue `1048576` */
  readonly highWaterMark?: number;
}

function defaultWorkerUrl(): URL | undefined {
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const dist = new URL("../dist/worker.js", import.meta.url);
  if (existsSync(fileURLToPath(dist))) return dist;
  return undefined;
}

function formatOf(path: string, format: IngestOptions["format"]): IngestOptions["format"] {
  if (format !== undefined && format !== "auto") return format;
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  return "auto";
}

/** Offset just after the first LF at or after `from` (or the file size). */
async function nextLineStart(handle: Awaited<ReturnType<typeof open>>, from: number, size: number): Promise<number> {
  const window = Buffer.alloc(65_536);
  let pos = from;
  while (pos < size) {
    const { bytesRead } = await handle.read(window, 0, window.length, pos);
    if (bytesRead === 0) break;
    const idx = window.subarray(0, bytesRead).indexOf(10);
    if (idx >= 0) return pos + idx + 1;
    pos += bytesRead;
  }
  return size;
}

/**
 * Reads a dossier file (CSV, NDJSON or a JSON array; by extension or `format`) and aggregates it,
 * streaming. Large CSV files are split into byte ranges at line boundaries and read by
 * `worker_threads` in parallel; the partial states are merged with {@link mergeStates}, so the
 * result is identical to a single pass (bad-row line numbers included).
 *
 * @param path - the file
 * @param options - the report's options, format, mode, parallelism
 * @returns the state, the row count and the bad rows
 * @throws {HccError} `invalid_record` (strict mode), `parse_error` (unreadable file or header),
 *   `invalid_input` (bad options, or `parallel` requested without a built worker)
 * @example
 * ```ts
 * import { ingestFile } from "@hcc/stats/node";
 * async function report(path: string) {
 *   const { state, badCount } = await ingestFile(path, { from: "2024-01-01", to: "2024-03-31", groupBy: ["agency"], mode: "lenient" });
 *   return { groups: state.groups.length, badCount };
 * }
 * ```
 *
 * @category Input
 */
export async function ingestFile(path: string, options: IngestFileOptions): Promise<IngestResult> {
  if (typeof path !== "string" || path === "") throw new HccError("invalid_input", `ingestFile: path must be a non-empty string, got ${JSON.stringify(path)}`, { value: path });
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new HccError("parse_error", `Cannot read ${path}: ${(error as Error).message}`, { value: path, cause: error });
  }
  const format = formatOf(path, options.format);
  const highWaterMark = options.highWaterMark ?? 1 << 20;
  const wanted = options.parallel ?? "auto";
  const threshold = options.parallelThreshold ?? 64 * 1024 * 1024;
  let workers = 1;
  if (wanted === true) workers = availableParallelism();
  else if (typeof wanted === "number") {
    if (!Number.isInteger(wanted) || wanted < 1) throw new HccError("invalid_input", `parallel must be a positive integer, got ${wanted}`, { value: wanted });
    workers = wanted;
  } else if (wanted === "auto") workers = size >= threshold ? availableParallelism() : 1;
  let workerUrl: URL | string | undefined = options.workerUrl ?? defaultWorkerUrl();
  if (workerUrl === undefined && wanted === "auto") workers = 1;
  if (format !== "csv" || options.dueDate !== undefined) workers = 1;
  if (workers <= 1) {
    return ingest(createReadStream(path, { highWaterMark }), { ...options, format: format ?? "auto" });
  }
  if (workerUrl === undefined) {
    throw new HccError("invalid_input", "Parallel ingestion needs the built worker (dist/worker.js): build the package, pass workerUrl, or set parallel: false", { value: options.parallel });
  }
  const spec = normalizeSpec(options);
  const sink = makeSink(options); // validates mode / maxReported
  const delimiter = options.delimiter ?? ",";
  const handle = await open(path, "r");
  let header: string[];
  const bounds: number[] = [];
  try {
    const headerEnd = await nextLineStart(handle, 0, size);
    const first = Buffer.alloc(headerEnd);
    await handle.read(first, 0, headerEnd, 0);
    header = splitHeader(first.toString("utf8").replace(/\r?\n$/, "").replace(/^\uFEFF/, ""), delimiter);
    mapHeader(header);
    bounds.push(headerEnd);
    const body = size - headerEnd;
    for (let j = 1; j < workers; j++) {
      const guess = headerEnd + Math.floor((body * j) / workers);
      bounds.push(Math.max(bounds[j - 1] as number, await nextLineStart(handle, guess - 1, size)));
    }
    bounds.push(size);
  } finally {
    await handle.close();
  }
  const tasks: RangeTask[] = [];
  for (let j = 0; j < workers; j++) {
    tasks.push({
      path,
      start: bounds[j] as number,
      end: bounds[j + 1] as number,
      header,
      options: {
        from: spec.from,
        to: spec.to,
        asOf: spec.asOf,
        groupBy: spec.groupBy,
        comparator: spec.comparator,
        lateIfMultipleSupplements: spec.lateIfMultipleSupplements,
        strict: sink.strict,
        maxReported: sink.max,
        delimiter,
        highWaterMark,
      },
    });
  }
  const url = workerUrl;
  const results = await Promise.all(
    tasks.map(
      (task) =>
        new Promise<RangeResult>((resolve, reject) => {
          const worker = new Worker(url, { workerData: task });
          let done = false;
          worker.once("message", (m: RangeResult) => {
            done = true;
            resolve(m);
            void worker.terminate();
          });
          worker.once("error", (e) => reject(new HccError("parse_error", `Worker failed: ${e.message}`, { cause: e })));
          worker.once("exit", (code) => {
            if (!done) reject(new HccError("parse_error", `Worker exited with code ${code} before answering`));
          });
        }),
    ),
  );
  let offset = 1; // the header line
  const badRows: BadRow[] = [];
  let badCount = 0;
  let rows = 0;
  const states = [];
  for (const r of results) {
    if (!r.ok) {
      const value = r.value as { line?: number; field?: string; reason?: string; text?: string } | undefined;
      if (r.code === "invalid_record" && value !== undefined && typeof value.line === "number") {
        throw strictError({ line: value.line + offset, field: value.field ?? "row", reason: value.reason ?? r.message, text: value.text ?? "" });
      }
      throw new HccError(r.code as "parse_error", r.message, { value: r.value });
    }
    states.push(r.state);
    rows += r.records;
    badCount += r.badCount;
    for (const b of r.badRows) if (badRows.length < sink.max) badRows.push(Object.freeze({ ...b, line: b.line + offset }));
    offset += r.lines;
  }
  return Object.freeze({ state: mergeStates(states), rows, badCount, badRows: Object.freeze(badRows) });
}
