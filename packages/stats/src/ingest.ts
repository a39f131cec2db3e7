import { HccError } from "@hcc/core";
import type { AggregatorOptions, StatsDossierInput } from "./aggregator.js";
import { StatsEngine } from "./_internal/engine.js";
import { BadRowSink } from "./_internal/bad-rows.js";
import { CsvReader } from "./_internal/csv.js";
import { JsonArrayReader, NdjsonReader, addObjectRow } from "./_internal/objects.js";
import type { RowTarget } from "./_internal/row-target.js";
import type { StatsState } from "./state.js";

/**
 * A row that could not be read: its line number (1-based, the header is line 1 in CSV), the
 * column and the reason, and the row's text (cut at 200 characters).
 *
 * @example
 * ```ts
 * import type { BadRow } from "@hcc/stats";
 * const show = (b: BadRow): string => `line ${b.line}: ${b.field}: ${b.reason}`;
 * ```
 *
 * @category Input
 */
export interface BadRow {
  /** Line number in the input (for JSON arrays: where the element starts; for dossier iterables: 1-based index). */
  readonly line: number;
  /** The column (canonical name) or `"row"`. */
  readonly field: string;
  /** Why it could not be read. */
  readonly reason: string;
  /** The row as it was (cut at 200 characters). */
  readonly text: string;
}

/**
 * Input formats: `csv` (RFC 4180, header line required), `ndjson` (one object per line), `json`
 * (an array of objects), or `auto` (from the first non-blank character: `[` json, `{` ndjson, else csv).
 *
 * @example
 * ```ts
 * import type { InputFormat } from "@hcc/stats";
 * const format: InputFormat = "ndjson";
 * ```
 *
 * @category Input
 */
export type InputFormat = "csv" | "ndjson" | "json" | "auto";

/**
 * What {@link ingest} reads: text, bytes, or a (possibly async) iterable of chunks — a Node
 * `Readable` (e.g. `fs.createReadStream`), a web `ReadableStream` (e.g. a `fetch()` response's
 * `body`; read with its reader where the browser does not make it async-iterable), an async
 * generator.
 *
 * @example
 * ```ts
 * import type { IngestSource } from "@hcc/stats";
 * const source: IngestSource = ["code,procedureCode,agencyCode,status,receivedAt\n", "X-1,1.001612,A,4,2024-03-04\n"];
 * ```
 *
 * @category Input
 */
export type IngestSource = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | ReadableStreamLike;

/**
 * The part of a web `ReadableStream` of text or bytes that {@link ingest} uses: its reader (typed
 * structurally, so neither the DOM lib nor Node's types are needed).
 *
 * @example
 * ```ts
 * import type { ReadableStreamLike } from "@hcc/stats";
 * const body = (r: { body: ReadableStreamLike | null }): ReadableStreamLike | null => r.body;
 * ```
 *
 * @category Input
 */
export interface ReadableStreamLike {
  /**
   * Locks the stream and returns a reader of its chunks.
   *
   * @example
   * ```ts
   * import type { ReadableStreamLike } from "@hcc/stats";
   * const stream: ReadableStreamLike = new Blob(["code,status\n"]).stream();
   * const reader = stream.getReader();
   * (await reader.read()).done; //=> false
   * reader.releaseLock();
   * ```
   */
  getReader(): {
    /** The next chunk, or `done: true` at the end. */
    read(): Promise<{ done: boolean; value?: unknown }>;
    /** Unlocks the stream. */
    releaseLock(): void;
  };
}

function isWebStream(x: unknown): x is ReadableStreamLike {
  return typeof x === "object" && x !== null && typeof (x as { getReader?: unknown }).getReader === "function";
}

/**
 * Options of {@link ingest}: the report's options plus how to read the input.
 *
 * @example
 * ```ts
 * import type { IngestOptions } from "@hcc/stats";
 * const options: IngestOptions = { from: "2024-03-01", to: "2024-03-31", format: "csv", mode: "lenient" };
 * ```
 *
 * @category Input
 */
export interface IngestOptions extends AggregatorOptions {
  /** Input format. @defaultValue `"auto"` */
  readonly format?: InputFormat;
  /**
   * `strict` stops at the first bad row with an `invalid_record` error naming its line; `lenient`
   * reads on, counting every bad row and listing them in {@link IngestResult.badRows}.
   * @defaultValue `"strict"`
   */
  readonly mode?: "strict" | "lenient";
  /** At most this many bad rows are listed (all are counted). @defaultValue `10000` */
  readonly maxReported?: number;
  /** CSV delimiter. @defaultValue `","` */
  readonly delimiter?: string;
}

/**
 * The outcome of an ingestion.
 *
 * @example
 * ```ts
 * import type { IngestResult } from "@hcc/stats";
 * const ok = (r: IngestResult): boolean => r.badCount === 0;
 * ```
 *
 * @category Input
 */
export interface IngestResult {
  /** The aggregation state (its `excluded.invalid` equals `badCount`). */
  readonly state: StatsState;
  /** Data rows read (good and bad; blank lines and the header excluded). */
  readonly rows: number;
  /** Number of bad rows. */
  readonly badCount: number;
  /** The bad rows (the first `maxReported`), in input order. */
  readonly badRows: readonly BadRow[];
}

function isAsyncIterable(x: unknown): x is AsyncIterable<string | Uint8Array> {
  return typeof x === "object" && x !== null && typeof (x as Record<symbol, unknown>)[Symbol.asyncIterator] === "function";
}

async function* chunks(source: IngestSource): AsyncGenerator<string | Uint8Array> {
  if (typeof source === "string" || source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (isAsyncIterable(source)) {
    for await (const c of source) yield c;
    return;
  }
  if (isWebStream(source)) {
    // A ReadableStream that is not async-iterable (Safari): read it with its reader.
    const reader = source.getReader();
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value as string | Uint8Array;
    } finally {
      reader.releaseLock();
    }
    return;
  }
  if (typeof source === "object" && source !== null && typeof (source as Iterable<unknown>)[Symbol.iterator] === "function") {
    for (const c of source) yield c;
    return;
  }
  throw new HccError("invalid_input", `ingest: expected text, bytes or an (async) iterable of chunks, got ${typeof source}`, { value: source });
}

function checkChunk(c: unknown): string | Uint8Array {
  if (typeof c === "string" || c instanceof Uint8Array) return c;
  throw new HccError("invalid_input", `ingest: a chunk must be a string or bytes, got ${c === null ? "null" : typeof c}`, { value: c });
}

export function makeSink(options: IngestOptions): BadRowSink {
  const mode = options.mode ?? "strict";
  if (mode !== "strict" && mode !== "lenient") throw new HccError("invalid_input", `mode must be "strict" or "lenient", got ${JSON.stringify(mode)}`, { value: mode });
  const max = options.maxReported ?? 10_000;
  if (!Number.isInteger(max) || max < 0) throw new HccError("invalid_input", `maxReported must be a non-negative integer, got ${String(max)}`, { value: max });
  return new BadRowSink(mode === "strict", max);
}

/**
 * Reads dossiers from a CSV, NDJSON or JSON-array source, streaming (memory bounded by the number
 * of groups, not rows), and aggregates them. Column names follow the [column contract](../../../docs/stats.md#4-reading-dossier-files-the-column-contract):
 * English (`code, procedureCode, agencyCode, channel, receivedAt, dueAt, endedAt, status, …`) or
 * the national portal's (`MaHoSo, MaTTHC, KenhThucHien, NgayTiepNhan, NgayHenTra, NgayKetThucXuLy,
 * TrangThaiHoSo`), case-insensitive; unknown columns are ignored. A bad row is never dropped
 * silently: it is counted and listed with its line number and reason (or stops the run in strict
 * mode).
 *
 * @param source - text, bytes, or an (async) iterable of chunks such as a Node stream
 * @param options - the report's options, format, mode
 * @returns the state, the row count and the bad rows
 * @throws {HccError} `invalid_record` (strict mode) at the first bad row; `parse_error` for an
 *   unreadable input (no header, a missing required column, a malformed JSON array)
 * @example
 * ```ts
 * import { ingest } from "@hcc/stats";
 * const csv = "MaHoSo,MaTTHC,KenhThucHien,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy\n" +
 *   "000.00.53.H07-240304-0001,1.001612,2,10,20240304080000,20240308170000,20240307100000\n" +
 *   "000.00.53.H07-240304-0002,1.001612,9,4,20240304090000,,\n";
 * const result = await ingest(csv, { from: "2024-03-01", to: "2024-03-31", mode: "lenient" });
 * result.badRows[0]?.line; //=> 3
 * ```
 *
 * @category Input
 */
export async function ingest(source: IngestSource, options: IngestOptions): Promise<IngestResult> {
  const agg = new StatsEngine(options);
  const sink = makeSink(options);
  const rows = await readSource(source, agg, sink, options);
  if (rows < 0) throw new HccError("parse_error", "Input is empty (no header line, no JSON)", { value: source });
  return Object.freeze({
    state: agg.state(),
    rows,
    badCount: sink.count,
    badRows: Object.freeze([...sink.rows]),
  });
}

/**
 * Reads a CSV, NDJSON or JSON-array source (format as given, or sniffed from the first
 * non-blank character) and hands every row to `target`, bad rows to `sink`. Returns the number
 * of data rows, or -1 for an empty input.
 */
export async function readSource(
  source: IngestSource,
  target: RowTarget,
  sink: BadRowSink,
  options: { readonly format?: InputFormat | undefined; readonly delimiter?: string | undefined },
): Promise<number> {
  let format = options.format ?? "auto";
  if (!["csv", "ndjson", "json", "auto"].includes(format)) throw new HccError("invalid_input", `Unknown format ${JSON.stringify(format)}`, { value: format });
  let csv: CsvReader | undefined;
  let text: NdjsonReader | JsonArrayReader | undefined;
  const fail = (message: string): never => {
    throw new HccError("parse_error", message);
  };
  const decoder = new TextDecoder("utf-8");
  const sniffer = new TextDecoder("utf-8");
  const encoder = new TextEncoder();
  let pending = "";
  const held: (string | Uint8Array)[] = [];
  const start = (): void => {
    if (format === "csv") csv = new CsvReader(target, sink, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
    else if (format === "ndjson") text = new NdjsonReader(target, sink);
    else text = new JsonArrayReader(target, sink, fail);
  };
  if (format !== "auto") start();
  const feed = (c: string | Uint8Array): void => {
    if (csv !== undefined) csv.push(typeof c === "string" ? encoder.encode(c) : c);
    else (text as NdjsonReader | JsonArrayReader).push(typeof c === "string" ? c : decoder.decode(c, { stream: true }));
  };
  for await (const raw of chunks(source)) {
    const c = checkChunk(raw);
    if (format === "auto") {
      // sniff the first non-blank character on a copy; the chunks themselves are replayed as they
      // came (bytes stay bytes, so a character split across chunks is decoded once, correctly)
      held.push(c);
      pending += typeof c === "string" ? c : sniffer.decode(c, { stream: true });
      const first = /[^\s\uFEFF]/.exec(pending);
      if (first === null) continue;
      format = first[0] === "[" ? "json" : first[0] === "{" ? "ndjson" : "csv";
      start();
      for (const h of held.splice(0)) feed(h);
      continue;
    }
    feed(c);
  }
  if (format === "auto") return -1;
  if (csv !== undefined) {
    csv.end();
    return csv.records;
  }
  const reader = text as NdjsonReader | JsonArrayReader;
  const tail = decoder.decode();
  if (tail !== "") reader.push(tail);
  reader.end();
  return reader.records;
}

/**
 * Aggregates dossier objects from any (async) iterable — a database cursor, an API pager —
 * with the same bad-row handling as {@link ingest} (line = 1-based position).
 *
 * @param dossiers - objects with English or national-portal field names
 * @param options - the report's options and mode
 * @returns the state, the row count and the bad rows
 * @throws {HccError} `invalid_record` (strict mode) at the first bad dossier
 * @example
 * ```ts
 * import { ingestDossiers } from "@hcc/stats";
 * const result = await ingestDossiers(
 *   [{ MaTTHC: "1.001612", MaHoSo: "000.00.53.H07-240304-0001", TrangThaiHoSo: 4, NgayTiepNhan: "20240304080000" }],
 *   { from: "2024-03-01", to: "2024-03-31" },
 * );
 * Object.keys(result.state.agencies); //=> ["000.00.53.H07"]
 * ```
 *
 * @category Input
 */
export async function ingestDossiers(
  dossiers: Iterable<StatsDossierInput | Readonly<Record<string, unknown>>> | AsyncIterable<StatsDossierInput | Readonly<Record<string, unknown>>>,
  options: IngestOptions,
): Promise<IngestResult> {
  const agg = new StatsEngine(options);
  const sink = makeSink(options);
  let line = 0;
  const each = (d: unknown): void => {
    line++;
    addObjectRow(agg, sink, d, line, () => {
      try {
        return JSON.stringify(d) ?? String(d);
      } catch {
        return String(d);
      }
    });
  };
  if (isAsyncIterable(dossiers)) for await (const d of dossiers) each(d);
  else for (const d of dossiers as Iterable<unknown>) each(d);
  return Object.freeze({ state: agg.state(), rows: line, badCount: sink.count, badRows: Object.freeze([...sink.rows]) });
}
