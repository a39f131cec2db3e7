import { HccError } from "@hcc/core";
import type { BadRowSink } from "./bad-rows.js";
import type { RowTarget } from "./row-target.js";
import { F_DIGITISED, F_DIGITISED_KNOWN, F_ERESULT, F_ERESULT_KNOWN, F_FEES_KNOWN, F_HAS_FEES, F_PAID_KNOWN, F_PAID_ONLINE } from "./counters.js";
import {
  RowError,
  agencyFromDossierCode,
  canonicalField,
  readChannel,
  readCount,
  readDate,
  readFlag,
  readLevel,
  readPauses,
  readStatus,
  type CanonicalField,
} from "./fields.js";

const decoder = new TextDecoder("utf-8");
const decode = (buf: Uint8Array, s: number, e: number): string => decoder.decode(buf.subarray(s, e));

const QUOTE = 34;
const LF = 10;
const CR = 13;

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Reads 2 digits at i, or -1. */
function d2(b: Uint8Array, i: number): number {
  const a = (b[i] as number) - 48;
  const c = (b[i + 1] as number) - 48;
  return a >= 0 && a <= 9 && c >= 0 && c <= 9 ? a * 10 + c : -1;
}

/**
 * Fast reader of the common date shapes (yyyyMMdd[HHmm[ss]], YYYY-MM-DD, YYYY-MM-DD[T ]HH:mm:ss, all
 * Vietnam time) straight from bytes; returns -Infinity when the text needs the general parser
 * (@hcc/core's), which then decides (and gives the error message).
 */
function fastDate(b: Uint8Array, s: number, e: number): number {
  const n = e - s;
  let y: number;
  let mo: number;
  let d: number;
  let h = 0;
  let mi = 0;
  let se = 0;
  if (n === 14) {
    const y1 = d2(b, s);
    const y2 = d2(b, s + 2);
    mo = d2(b, s + 4);
    d = d2(b, s + 6);
    h = d2(b, s + 8);
    mi = d2(b, s + 10);
    se = d2(b, s + 12);
    if (y1 < 0 || y2 < 0 || h < 0 || mi < 0 || se < 0) return -Infinity;
    y = y1 * 100 + y2;
  } else if (n === 8 || n === 12) {
    const y1 = d2(b, s);
    const y2 = d2(b, s + 2);
    mo = d2(b, s + 4);
    d = d2(b, s + 6);
    if (y1 < 0 || y2 < 0) return -Infinity;
    if (n === 12) {
      h = d2(b, s + 8);
      mi = d2(b, s + 10);
      if (h < 0 || mi < 0) return -Infinity;
    }
    y = y1 * 100 + y2;
  } else if ((n === 10 || n === 19) && b[s + 4] === 45 && b[s + 7] === 45) {
    const y1 = d2(b, s);
    const y2 = d2(b, s + 2);
    if (y1 < 0 || y2 < 0) return -Infinity;
    y = y1 * 100 + y2;
    mo = d2(b, s + 5);
    d = d2(b, s + 8);
    if (n === 19) {
      const sep = b[s + 10];
      if ((sep !== 84 && sep !== 32) || b[s + 13] !== 58 || b[s + 16] !== 58) return -Infinity;
      h = d2(b, s + 11);
      mi = d2(b, s + 14);
      se = d2(b, s + 17);
      if (h < 0 || mi < 0 || se < 0) return -Infinity;
    }
  } else return -Infinity;
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return -Infinity;
  const dim = mo === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : (MONTH_DAYS[mo] as number);
  if (d > dim) return -Infinity;
  return daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + se * 1000 - 25_200_000;
}

/** Caches a string-valued function of a field's bytes (interning): no decoding per row. */
class ByteCache {
  private slots = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private offsets: number[] = [];
  private lengths: number[] = [];
  private hashes: number[] = [];
  private values: number[] = [];
  private pool = new Uint8Array(4096);
  private used = 0;

  constructor(private readonly compute: (text: string) => number) {}

  get(b: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
    let slot = (h ^ (h >>> 16)) & this.mask;
    const len = e - s;
    for (;;) {
      const k = this.slots[slot] as number;
      if (k === -1) break;
      if (this.hashes[k] === h && this.lengths[k] === len) {
        const off = this.offsets[k] as number;
        let same = true;
        for (let i = 0; i < len; i++) {
          if (this.pool[off + i] !== b[s + i]) {
            same = false;
            break;
          }
        }
        if (same) return this.values[k] as number;
      }
      slot = (slot + 1) & this.mask;
    }
    const value = this.compute(decode(b, s, e)); // may throw RowError: nothing cached
    if (this.used + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.used + len));
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool.set(b.subarray(s, e), this.used);
    const k = this.values.length;
    this.offsets.push(this.used);
    this.lengths.push(len);
    this.hashes.push(h);
    this.values.push(value);
    this.used += len;
    this.slots[slot] = k;
    if (k * 2 > this.mask) this.rehash();
    return value;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let k = 0; k < this.values.length; k++) {
      const h = this.hashes[k] as number;
      let slot = (h ^ (h >>> 16)) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = k;
    }
  }
}

/** Column positions (-1 absent) of each canonical field. */
export type ColumnMap = Readonly<Record<CanonicalField, number>>;

/**
 * Maps CSV header names to canonical fields.
 * @throws HccError parse_error for a duplicate or missing required column.
 */
export function mapHeader(names: readonly string[]): ColumnMap {
  const map: Record<string, number> = {};
  names.forEach((raw, i) => {
    const name = i === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    const field = canonicalField(name);
    if (field === undefined) return;
    if (map[field] !== undefined) {
      throw new HccError("parse_error", `Header: columns ${map[field] + 1} and ${i + 1} both map to ${field} (${JSON.stringify(names[map[field]])}, ${JSON.stringify(name)})`, { value: names });
    }
    map[field] = i;
  });
  for (const required of ["procedureCode", "status", "receivedAt"] as const) {
    if (map[required] === undefined) throw new HccError("parse_error", `Header: missing required column ${required} in ${JSON.stringify(names)}`, { value: names });
  }
  if (map["agencyCode"] === undefined && map["code"] === undefined) {
    throw new HccError("parse_error", `Header: needs agencyCode (or code, whose prefix is the agency) in ${JSON.stringify(names)}`, { value: names });
  }
  const out: Record<string, number> = {};
  for (const f of ["code", "procedureCode", "agencyCode", "fieldCode", "level", "channel", "status", "receivedAt", "dueAt", "endedAt", "supplementRequests", "pauses", "hasFees", "paidOnline", "digitised", "electronicResult"]) {
    out[f] = map[f] ?? -1;
  }
  return out as ColumnMap;
}

/** Splits one header line into names (quotes honoured). */
export function splitHeader(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur.replace(/\r$/, ""));
  return out.map((s) => s.trim());
}

/**
 * Streaming CSV reader feeding an aggregator directly from bytes. Records may span chunks; quoted
 * fields (with "" escapes and embedded newlines) are supported.
 */
export class CsvReader {
  /** Physical lines consumed so far (the header included when read here). */
  lines = 0;
  /** Data records read (good or bad). */
  records = 0;
  private cols: ColumnMap | undefined;
  private width = 0;
  private rest: Uint8Array = new Uint8Array(0);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private escaped = new Uint8Array(64);
  private readonly delim: number;
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
    const delimiter = options.delimiter ?? ",";
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n") {
      throw new HccError("invalid_input", `delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`, { value: delimiter });
    }
    this.delim = delimiter.charCodeAt(0);
    if (options.header !== undefined) this.setHeader(options.header);
    this.lines = (options.firstLine ?? 1) - 1;
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

  /** Feeds a chunk; complete records are processed, the tail is kept. */
  push(chunk: Uint8Array): void {
    let buf: Uint8Array;
    if (this.rest.length === 0) buf = chunk;
    else {
      buf = new Uint8Array(this.rest.length + chunk.length);
      buf.set(this.rest);
      buf.set(chunk, this.rest.length);
    }
    const consumed = this.scan(buf, false);
    this.rest = consumed === buf.length ? new Uint8Array(0) : buf.slice(consumed);
  }

  /** Processes the last record (no trailing newline). */
  end(): void {
    if (this.rest.length > 0) this.scan(this.rest, true);
    this.rest = new Uint8Array(0);
    if (this.cols === undefined) throw new HccError("parse_error", "CSV input is empty (no header line)", { value: "" });
  }

  /** Scans records from buf; returns the offset after the last complete record. */
  private scan(buf: Uint8Array, final: boolean): number {
    const n = buf.length;
    const delim = this.delim;
    let pos = 0;
    while (pos < n) {
      let i = pos;
      let f = 0;
      let fieldStart = i;
      let newlines = 0;
      let complete = false;
      let esc = 0;
      // one record
      for (;;) {
        if (i >= n) {
          // after a delimiter at the very end: the last field is empty, and at the end of the
          // input the record is complete (a last line ending in "," without a newline)
          if (final) {
            this.recordField(f++, i, i, 0);
            complete = true;
          }
          break;
        }
        let c = buf[i] as number;
        if (c === QUOTE && i === fieldStart) {
          // quoted field
          i++;
          const qs = i;
          let closed = false;
          while (i < n) {
            c = buf[i] as number;
            if (c === QUOTE) {
              if (buf[i + 1] === QUOTE) {
                esc = 1;
                i += 2;
                continue;
              }
              if (i + 1 >= n && !final) break; // need the next byte to decide
              closed = true;
              break;
            }
            if (c === LF) newlines++;
            i++;
          }
          if (!closed) {
            if (final) {
              this.recordField(f++, qs, i, esc);
              complete = true;
              i = n;
              break;
            }
            break;
          }
          this.recordField(f++, qs, i, esc);
          esc = 0;
          i++; // closing quote
          c = i < n ? (buf[i] as number) : LF;
          if (i >= n && !final) break;
          if (c === delim) {
            i++;
            fieldStart = i;
            continue;
          }
          if (c === CR && buf[i + 1] === LF) i++;
          if (c === LF || c === CR || i >= n) {
            i++;
            complete = true;
            break;
          }
          // garbage after closing quote: treat the rest of the field as part of it
          while (i < n && buf[i] !== delim && buf[i] !== LF) i++;
          if (i < n && buf[i] === delim) {
            i++;
            fieldStart = i;
            continue;
          }
          if (i < n) {
            i++;
            complete = true;
          }
          break;
        }
        // unquoted field
        while (i < n) {
          c = buf[i] as number;
          if (c === delim || c === LF) break;
          i++;
        }
        if (i >= n) {
          if (final) {
            let e = i;
            if (e > fieldStart && buf[e - 1] === CR) e--;
            this.recordField(f++, fieldStart, e, 0);
            complete = true;
          }
          break;
        }
        if (c === delim) {
          this.recordField(f++, fieldStart, i, 0);
          i++;
          fieldStart = i;
          continue;
        }
        // LF
        let e = i;
        if (e > fieldStart && buf[e - 1] === CR) e--;
        this.recordField(f++, fieldStart, e, 0);
        i++;
        complete = true;
        break;
      }
      if (!complete) return pos;
      const line = this.lines + 1;
      this.lines += 1 + newlines;
      this.handleRecord(buf, f, line, pos, i);
      pos = i;
    }
    return pos;
  }

  private recordField(f: number, s: number, e: number, esc: number): void {
    if (f >= this.starts.length) {
      const size = this.starts.length * 2;
      const starts = new Int32Array(size);
      starts.set(this.starts);
      const ends = new Int32Array(size);
      ends.set(this.ends);
      const escaped = new Uint8Array(size);
      escaped.set(this.escaped);
      this.starts = starts;
      this.ends = ends;
      this.escaped = escaped;
    }
    this.starts[f] = s;
    this.ends[f] = e;
    this.escaped[f] = esc;
  }

  private text(buf: Uint8Array, f: number): string {
    if (f < 0) return "";
    const s = decode(buf, this.starts[f] as number, this.ends[f] as number);
    return this.escaped[f] === 1 ? s.replace(/""/g, '"') : s;
  }

  private handleRecord(buf: Uint8Array, fieldCount: number, line: number, from: number, to: number): void {
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
        this.sink.report(line, error.field, error.reason, decode(buf, from, to).replace(/\r?\n$/, ""));
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
      const ms = fastDate(buf, s, e);
      if (ms !== -Infinity) return ms;
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
