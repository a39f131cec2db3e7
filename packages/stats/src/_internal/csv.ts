// The CSV row reader of the statistics: reads each record the tokenizer (csv-tokenizer.ts) splits
// out straight from its bytes and feeds the aggregator. Dates are read by @hcc/core's one lenient
// reader (its byte fast path, then the general reader for anything else); codes are interned.
import { HccError, readEpochMsFromBytes } from "@hcc/core";
import type { BadRowSink } from "./bad-rows.js";
import { ByteCache } from "./byte-cache.js";
import { mapHeader, type ColumnMap } from "./csv-header.js";
import { CsvTokenizer } from "./csv-tokenizer.js";
import type { RowTarget } from "./row-target.js";
import { F_DIGITISED, F_DIGITISED_KNOWN, F_ERESULT, F_ERESULT_KNOWN, F_FEES_KNOWN, F_HAS_FEES, F_PAID_KNOWN, F_PAID_ONLINE } from "./counters.js";
import { RowError, agencyFromDossierCode, readChannel, readCount, readDate, readFlag, readLevel, readPauses, readStatus } from "./fields.js";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

// The channel keys of @hcc/core's `channels` as bytes, for the common spelled-out channel column.
const DIRECT = encoder.encode("direct");
const ONLINE = encoder.encode("online");
const POSTAL = encoder.encode("postal");

function isWord(b: Uint8Array, s: number, word: Uint8Array): boolean {
  for (let i = 0; i < word.length; i++) if (b[s + i] !== word[i]) return false;
  return true;
}

/**
 * Streaming CSV reader feeding an aggregator directly from bytes. Records may span chunks; quoted
 * fields (with "" escapes and embedded newlines) are supported.
 */
export class CsvReader extends CsvTokenizer {
  /** Data records read (good or bad). */
  records = 0;
  private cols: ColumnMap | undefined;
  private width = 0;
  private readonly procedures: ByteCache;
  private readonly agencies: ByteCache;
  private readonly fields: ByteCache;
  private readonly levels: ByteCache;
  private readonly noField: number;
  private readonly noLevel: number;
  private readonly derive: boolean;
  private readonly io: Float64Array;

  constructor(
    private readonly agg: RowTarget,
    private readonly sink: BadRowSink,
    options: { readonly delimiter?: string; readonly header?: readonly string[]; readonly firstLine?: number },
  ) {
    super(options.delimiter ?? ",", options.firstLine ?? 1);
    if (options.header !== undefined) this.setHeader(options.header);
    this.procedures = new ByteCache((t) => {
      const v = t.trim();
      if (v === "") throw new RowError("procedureCode", "missing");
      return agg._intern(0, v);
    });
    this.agencies = new ByteCache((t) => {
      const v = t.trim();
      if (v === "") throw new RowError("agencyCode", "missing");
      return agg._intern(1, v);
    });
    this.fields = new ByteCache((t) => agg._intern(2, t.trim()));
    this.levels = new ByteCache((t) => agg._intern(3, readLevel(t)));
    this.noField = agg._intern(2, "");
    this.noLevel = agg._intern(3, "");
    this.derive = agg._derivesDue;
    this.io = agg._io;
  }

  private setHeader(names: readonly string[]): void {
    this.cols = mapHeader(names);
    this.width = names.length;
  }

  protected finish(): void {
    if (this.cols === undefined) throw new HccError("parse_error", "CSV input is empty (no header line)", { value: "" });
  }

  protected record(buf: Uint8Array, fieldCount: number, line: number, from: number, to: number): void {
    if (fieldCount === 1 && this.starts[0] === this.ends[0]) return; // blank line
    if (this.cols === undefined) {
      const names: string[] = [];
      for (let f = 0; f < fieldCount; f++) names.push(this.text(buf, f).trim());
      this.setHeader(names);
      return;
    }
    this.records++;
    try {
      if (fieldCount !== this.width) throw new RowError("row", `expected ${this.width} fields, got ${fieldCount}`);
      this.row(buf);
    } catch (error) {
      if (error instanceof RowError) {
        this.agg._countInvalid();
        this.sink.report(line, error.field, error.reason, decoder.decode(buf.subarray(from, to)).replace(/\r?\n$/, ""));
        return;
      }
      throw error;
    }
  }

  private date(buf: Uint8Array, col: number, field: string): number {
    if (col < 0) return Number.NaN;
    const s = this.starts[col] as number;
    const e = this.ends[col] as number;
    if (s === e) return Number.NaN;
    if (this.escaped[col] === 0) {
      const ms = readEpochMsFromBytes(buf, s, e); // @hcc/core's fast path, straight from the bytes
      if (ms === ms) return ms;
    }
    return readDate(field, this.text(buf, col));
  }

  private cached(buf: Uint8Array, col: number, cache: ByteCache): number {
    if (this.escaped[col] === 1) {
      const text = this.text(buf, col);
      const bytes = new TextEncoder().encode(text);
      return cache.get(bytes, 0, bytes.length);
    }
    return cache.get(buf, this.starts[col] as number, this.ends[col] as number);
  }

  private flag(buf: Uint8Array, col: number, field: string): number {
    if (col < 0) return -1;
    const s = this.starts[col] as number;
    const e = this.ends[col] as number;
    if (s === e) return -1;
    if (e - s === 1) {
      const c = buf[s];
      if (c === 49) return 1;
      if (c === 48) return 0;
    }
    return readFlag(field, this.text(buf, col));
  }

  private row(buf: Uint8Array): void {
    const cols = this.cols as ColumnMap;
    // status
    let status: number;
    {
      const s = this.starts[cols.status] as number;
      const e = this.ends[cols.status] as number;
      const a = (buf[s] as number) - 48;
      if (e - s === 1 && a >= 1 && a <= 9) status = a;
      else if (e - s === 2 && a === 1 && buf[s + 1] === 48) status = 10;
      else status = readStatus(this.text(buf, cols.status));
    }
    // channel
    let channel = 1;
    if (cols.channel >= 0) {
      const s = this.starts[cols.channel] as number;
      const e = this.ends[cols.channel] as number;
      const a = (buf[s] as number) - 48;
      if (e - s === 1 && a >= 1 && a <= 3) channel = a;
      else if (e - s === 6 && isWord(buf, s, DIRECT)) channel = 1;
      else if (e - s === 6 && isWord(buf, s, ONLINE)) channel = 2;
      else if (e - s === 6 && isWord(buf, s, POSTAL)) channel = 3;
      else if (e !== s) channel = readChannel(this.text(buf, cols.channel));
    }
    const receivedMs = this.date(buf, cols.receivedAt, "receivedAt");
    let dueMs = this.date(buf, cols.dueAt, "dueAt");
    const endedMs = this.date(buf, cols.endedAt, "endedAt");
    let supplements = 0;
    if (cols.supplementRequests >= 0) {
      const s = this.starts[cols.supplementRequests] as number;
      const e = this.ends[cols.supplementRequests] as number;
      const a = (buf[s] as number) - 48;
      if (e - s === 1 && a >= 0 && a <= 9) supplements = a;
      else if (e !== s) supplements = readCount("supplementRequests", this.text(buf, cols.supplementRequests));
    }
    const procedureId = this.cached(buf, cols.procedureCode, this.procedures);
    let agencyId: number;
    if (cols.agencyCode >= 0 && this.starts[cols.agencyCode] !== this.ends[cols.agencyCode]) agencyId = this.cached(buf, cols.agencyCode, this.agencies);
    else {
      const prefix = cols.code >= 0 ? agencyFromDossierCode(this.text(buf, cols.code)) : "";
      if (prefix === "") throw new RowError("agencyCode", "missing (and no dossier code to take it from)");
      agencyId = this.agg._intern(1, prefix);
    }
    const fieldId = cols.fieldCode >= 0 ? this.cached(buf, cols.fieldCode, this.fields) : this.noField;
    const levelId = cols.level >= 0 ? this.cached(buf, cols.level, this.levels) : this.noLevel;
    let bits = 0;
    if (cols.hasFees >= 0 || cols.paidOnline >= 0 || cols.digitised >= 0 || cols.electronicResult >= 0) {
      const fees = this.flag(buf, cols.hasFees, "hasFees");
      const paid = this.flag(buf, cols.paidOnline, "paidOnline");
      const digitised = this.flag(buf, cols.digitised, "digitised");
      const eres = this.flag(buf, cols.electronicResult, "electronicResult");
      if (fees >= 0) bits |= F_FEES_KNOWN | (fees === 1 ? F_HAS_FEES : 0);
      if (paid >= 0) bits |= F_PAID_KNOWN | (paid === 1 ? F_PAID_ONLINE : 0);
      if (digitised >= 0) bits |= F_DIGITISED_KNOWN | (digitised === 1 ? F_DIGITISED : 0);
      if (eres >= 0) bits |= F_ERESULT_KNOWN | (eres === 1 ? F_ERESULT : 0);
    }
    const received = status !== 1 && status !== 3 && receivedMs === receivedMs;
    const pausedMs = cols.pauses >= 0 && received ? readPauses(this.text(buf, cols.pauses), receivedMs, endedMs) : 0;
    if (dueMs !== dueMs && this.derive && received) dueMs = this.agg._derive(procedureId, agencyId, channel, receivedMs);
    const io = this.io;
    io[0] = receivedMs;
    io[1] = dueMs;
    io[2] = endedMs;
    io[3] = pausedMs;
    this.agg._addRow(supplements, channel, status, procedureId, agencyId, fieldId, levelId, bits);
  }
}
