/**
 * What the CSV, NDJSON and JSON readers hand their rows to: the aggregation engine, or anything
 * else that takes rows the same way (see `receiptRange`). Internal: it never reaches the
 * published types.
 */
export interface RowTarget {
  /** Instants of the row being added: received, due, ended, paused (ms). */
  readonly _io: Float64Array;
  /** True when a due-date deriver is configured (the readers then pass due = NaN through `_derive`). */
  readonly _derivesDue: boolean;
  /** Adds the row whose instants are in `_io`; throws RowError for an inconsistent dossier. */
  _addRow(supplements: number, channel: number, status: number, procedureId: number, agencyId: number, fieldId: number, levelId: number, flags: number): void;
  /** Reads an object row (canonical field names) and adds it; throws RowError. */
  _addRecord(r: Readonly<Record<string, unknown>>): void;
  /** Dense id of a string attribute (0 procedure, 1 agency, 2 field, 3 level). */
  _intern(dim: number, value: string): number;
  /** Derives a due date for the fast CSV path. */
  _derive(procedureId: number, agencyId: number, channel: number, receivedMs: number): number;
  /** Counts rows that could not be read. */
  _countInvalid(n?: number): void;
}
