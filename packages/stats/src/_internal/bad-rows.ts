import { HccError } from "@hcc/core";

/** A row that could not be read. */
export interface BadRowInfo {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
  readonly text: string;
}

/** Collects bad rows (all counted, the first `max` kept); strict mode throws at the first. */
export class BadRowSink {
  readonly rows: BadRowInfo[] = [];
  count = 0;
  constructor(
    readonly strict: boolean,
    readonly max: number,
  ) {}

  report(line: number, field: string, reason: string, text: string): void {
    this.count++;
    const row = Object.freeze({ line, field, reason, text: text.length > 200 ? `${text.slice(0, 200)}…` : text });
    if (this.rows.length < this.max) this.rows.push(row);
    if (this.strict) throw strictError(row);
  }
}

export function strictError(row: BadRowInfo): HccError {
  return new HccError("invalid_record", `Line ${row.line}: ${row.field}: ${row.reason}`, {
    value: row,
    issues: [{ path: [row.line, row.field], message: row.reason, input: row.text }],
  });
}
