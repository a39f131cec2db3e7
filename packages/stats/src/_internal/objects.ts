import type { BadRowSink } from "./bad-rows.js";
import type { RowTarget } from "./row-target.js";
import { RowError, canonicalField } from "./fields.js";

/** Maps an object's keys (English or national-portal names) to the canonical fields. */
export function canonicalRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RowError("row", `expected an object, got ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}`);
  }
  const out: Record<string, unknown> = {};
  const seen: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === "flags") {
      out["flags"] = v;
      continue;
    }
    const field = canonicalField(key);
    if (field === undefined) continue;
    if (seen[field] !== undefined) throw new RowError(field, `given twice (${seen[field]} and ${key})`);
    seen[field] = key;
    out[field] = v;
  }
  return out;
}

/** Adds one object row, reporting a bad one to the sink. */
export function addObjectRow(agg: RowTarget, sink: BadRowSink, value: unknown, line: number, text: () => string): void {
  try {
    agg._addRecord(canonicalRecord(value));
  } catch (error) {
    if (error instanceof RowError) {
      agg._countInvalid();
      sink.report(line, error.field, error.reason, text());
      return;
    }
    throw error;
  }
}

/** Parses one JSON record and adds it; invalid JSON is counted and reported with its line. */
function addJsonRow(agg: RowTarget, sink: BadRowSink, text: string, line: number): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    agg._countInvalid();
    sink.report(line, "row", `invalid JSON: ${(error as Error).message}`, text);
    return;
  }
  addObjectRow(agg, sink, value, line, () => text);
}

/** Streaming NDJSON: one JSON object per line; blank lines skipped. */
export class NdjsonReader {
  lines = 0;
  records = 0;
  private rest = "";
  constructor(
    private readonly agg: RowTarget,
    private readonly sink: BadRowSink,
  ) {}

  push(text: string): void {
    const all = this.rest + text;
    let start = 0;
    for (;;) {
      const nl = all.indexOf("\n", start);
      if (nl < 0) break;
      this.line(all.slice(start, nl));
      start = nl + 1;
    }
    this.rest = all.slice(start);
  }

  end(): void {
    if (this.rest !== "") this.line(this.rest);
    this.rest = "";
  }

  private line(raw: string): void {
    this.lines++;
    const text = raw.replace(/\r$/, "").replace(/^\uFEFF/, "");
    if (text.trim() === "") return;
    this.records++;
    addJsonRow(this.agg, this.sink, text, this.lines);
  }
}

/** Streaming JSON array of objects: each element parsed on its own as soon as it is complete. */
export class JsonArrayReader {
  lines = 1;
  records = 0;
  private buf = "";
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private started = false;
  private finished = false;
  private elementStart = -1;
  private elementLine = 0;

  constructor(
    private readonly agg: RowTarget,
    private readonly sink: BadRowSink,
    private readonly fail: (message: string) => never,
  ) {}

  push(text: string): void {
    this.buf += text;
    const b = this.buf;
    let i = this.pos;
    for (; i < b.length; i++) {
      const ch = b.charCodeAt(i);
      if (ch === 10) this.lines++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (ch === 92) this.escape = true;
        else if (ch === 34) this.inString = false;
        continue;
      }
      if (!this.started) {
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 0xfeff) continue;
        if (ch !== 91) this.fail(`JSON input must be an array of objects; line ${this.lines} starts with ${JSON.stringify(b[i])}`);
        this.started = true;
        this.depth = 1;
        continue;
      }
      if (this.finished) {
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13) continue;
        this.fail(`Unexpected ${JSON.stringify(b[i])} after the end of the JSON array (line ${this.lines})`);
      }
      if (ch === 34) {
        this.inString = true;
        if (this.depth === 1) this.beginElement(i);
        continue;
      }
      if (ch === 123 || ch === 91) {
        if (this.depth === 1) this.beginElement(i);
        this.depth++;
        continue;
      }
      if (ch === 125 || ch === 93) {
        this.depth--;
        if (this.depth === 1 && this.elementStart >= 0) {
          this.element(b.slice(this.elementStart, i + 1));
        } else if (this.depth === 0) {
          if (this.elementStart >= 0) this.element(b.slice(this.elementStart, i).trim());
          this.finished = true;
        } else if (this.depth < 0) this.fail(`Unbalanced brackets at line ${this.lines}`);
        continue;
      }
      if (this.depth === 1) {
        if (ch === 44) {
          if (this.elementStart >= 0) this.element(b.slice(this.elementStart, i).trim());
          continue;
        }
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13) continue;
        this.beginElement(i);
      }
    }
    // drop consumed text
    const keep = this.elementStart >= 0 ? this.elementStart : i;
    this.buf = b.slice(keep);
    this.pos = i - keep;
    if (this.elementStart >= 0) this.elementStart -= keep;
  }

  end(): void {
    if (!this.started) this.fail("JSON input is empty (expected an array)");
    if (!this.finished) this.fail(`JSON array not closed at end of input (line ${this.lines})`);
  }

  private beginElement(i: number): void {
    if (this.elementStart < 0) {
      this.elementStart = i;
      this.elementLine = this.lines;
    }
  }

  private element(text: string): void {
    this.elementStart = -1;
    if (text === "") return;
    this.records++;
    addJsonRow(this.agg, this.sink, text, this.elementLine);
  }
}
