// The CSV tokenizer: splits a byte stream into records and fields (RFC 4180 quoting, "" escapes,
// quoted newlines, CRLF, records spanning chunks) and hands each record to its subclass as field
// ranges of the buffer; it reads no values (dates are @hcc/core's, the rest is csv.ts's).
import { HccError } from "@hcc/core";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const decoder = new TextDecoder("utf-8");

/** Splits CSV bytes into records of field ranges; subclasses read the fields. */
export abstract class CsvTokenizer {
  /** Physical lines consumed so far (the header included when read here). */
  lines = 0;
  /** Start of each field of the current record in the buffer. */
  protected starts = new Int32Array(64);
  /** End (exclusive) of each field of the current record. */
  protected ends = new Int32Array(64);
  /** 1 when the field is quoted with "" escapes inside. */
  protected escaped = new Uint8Array(64);
  private rest: Uint8Array = new Uint8Array(0);
  private readonly delim: number;

  constructor(delimiter: string, firstLine: number) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n") {
      throw new HccError("invalid_input", `delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`, { value: delimiter });
    }
    this.delim = delimiter.charCodeAt(0);
    this.lines = firstLine - 1;
  }

  /** One complete record: fields 0..fieldCount-1 are in starts/ends; `from`–`to` is its text. */
  protected abstract record(buf: Uint8Array, fieldCount: number, line: number, from: number, to: number): void;

  /** Called once at the end of the input. */
  protected abstract finish(): void;

  /** The text of field `f` ("" for -1), "" escapes undone. */
  protected text(buf: Uint8Array, f: number): string {
    if (f < 0) return "";
    const s = decoder.decode(buf.subarray(this.starts[f] as number, this.ends[f] as number));
    return this.escaped[f] === 1 ? s.replace(/""/g, '"') : s;
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

  /** Processes the last record (no trailing newline), then {@link CsvTokenizer.finish}. */
  end(): void {
    if (this.rest.length > 0) this.scan(this.rest, true);
    this.rest = new Uint8Array(0);
    this.finish();
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
      this.record(buf, f, line, pos, i);
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
}
