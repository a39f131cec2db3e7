// Over 400 lines on purpose: the boundary checks of addColumns' columns and the branch-free
// counting loops of its one-bucket path enforce the same row rules (checkRow) and share one cell
// layout; kept in one file so that a rule and the loops that rely on it change together.
import { HccError, type DossierColumns } from "@hcc/core";
import {
  C_CARRIED,
  C_EARLY,
  C_NEW_DIRECT,
  C_PROCESSING_SECONDS,
  C_SCOPE_DIRECT,
  C_WITHDRAWN_STOPPED,
  E_HANDLED,
  E_LATE,
  E_OVERDUE,
  N_COUNTERS,
  N_ENTITY,
} from "./counters.js";
import { RowError } from "./fields.js";

/**
 * The consistency rules of one dossier row (status, channel, receipt, end), shared by the record
 * path and the columnar path so that both reject the same rows with the same words. Status 1 and
 * 3 (never received) are not checked: such rows are only counted as not received.
 */
export function checkRow(status: number, channel: number, receivedMs: number, endedMs: number): void {
  if (status === 1 || status === 3) return;
  if (!(status >= 1 && status <= 10)) throw new RowError("status", `unknown status ${status}`);
  if (!(channel >= 1 && channel <= 3)) throw new RowError("channel", `unknown channel ${channel}`);
  if (receivedMs !== receivedMs) throw new RowError("receivedAt", `missing for a received dossier (status ${status})`);
  const ended = endedMs === endedMs;
  const terminal = status >= 7;
  if (terminal && !ended) throw new RowError("endedAt", `missing although status ${status} ends processing`);
  if (!terminal && ended) throw new RowError("endedAt", `given although status ${status} does not end processing`);
  if (ended && endedMs < receivedMs) throw new RowError("endedAt", "before receivedAt");
}

type IndexColumn = Int32Array | Uint32Array | Uint16Array;

/** The columns `StatsAggregator.addColumns` requires besides `receivedMs`. */
export type RequiredStatsColumns = "dueMs" | "endedMs" | "status" | "channel" | "agency" | "agencyValues" | "procedure" | "procedureValues";

/** Dossier columns as {@link checkColumns} has checked them: the required ones present, `length` known. */
export type StatsColumns = DossierColumns & Required<Pick<DossierColumns, RequiredStatsColumns | "length">>;


const bad = (message: string, value: unknown): HccError => new HccError("invalid_input", `addColumns: ${message}`, { value });

const typeName = (v: unknown): string => (v === null ? "null" : typeof v === "object" ? ((v as object).constructor?.name ?? "object") : typeof v);

/**
 * Checks the shape of dossier columns at the boundary — types, lengths, dictionaries — and, when
 * `checkRows`, every row (see {@link throwBadRow}). Returns them with their number of rows
 * (`length`, by default that of `receivedMs`).
 */
export function checkColumns(input: DossierColumns, checkRows: boolean): StatsColumns {
  if (typeof input !== "object" || input === null) throw bad(`expected dossier columns, got ${String(input)}`, input);
  const n = input.length ?? (input.receivedMs instanceof Float64Array ? input.receivedMs.length : Number.NaN);
  if (!Number.isSafeInteger(n) || n < 0) throw bad(`length must be a non-negative integer, got ${String(n)}`, n);
  const typed = (name: string, column: unknown, kinds: readonly (new (n: number) => ArrayLike<number>)[], optional = false): void => {
    if (column === undefined && optional) return;
    if (!kinds.some((k) => column instanceof k)) throw bad(`${name} must be a ${kinds.map((k) => k.name).join(" or ")}, got ${typeName(column)}`, column);
    if ((column as ArrayLike<number>).length < n) throw bad(`${name} has ${(column as ArrayLike<number>).length} rows, length is ${n}`, column);
  };
  const columns = input as StatsColumns;
  typed("receivedMs", columns.receivedMs, [Float64Array]);
  typed("dueMs", columns.dueMs, [Float64Array]);
  typed("endedMs", columns.endedMs, [Float64Array]);
  typed("status", columns.status, [Uint8Array]);
  typed("channel", columns.channel, [Uint8Array]);
  typed("supplementRequests", columns.supplementRequests, [Uint8Array, Uint16Array, Uint32Array, Int32Array], true);
  const index = [Int32Array, Uint32Array, Uint16Array];
  typed("agency", columns.agency, index);
  typed("procedure", columns.procedure, index);
  typed("field", columns.field, index, true);
  const strings = (name: string, values: unknown, optional = false): void => {
    if (values === undefined && optional) return;
    if (!Array.isArray(values) || !values.every((v) => typeof v === "string")) throw bad(`${name} must be an array of strings`, values);
  };
  strings("agencyValues", columns.agencyValues);
  strings("procedureValues", columns.procedureValues);
  strings("fieldValues", columns.fieldValues, columns.field === undefined);
  const checked: StatsColumns = input.length === n ? columns : { ...columns, length: n };
  if (checkRows) throwBadRow(checked, 0, n);
  return checked;
}

/**
 * Throws `invalid_record` naming the first row of `start`–`end` that breaks a consistency rule
 * ({@link checkRow}) or has a dictionary index out of range; returns when there is none.
 */
export function throwBadRow(columns: StatsColumns, start: number, end: number): void {
  const row = firstBadRow(
    start,
    end,
    columns.status,
    columns.channel,
    columns.receivedMs,
    columns.endedMs,
    columns.agency,
    columns.agencyValues.length,
    columns.procedure,
    columns.procedureValues.length,
    columns.field ?? columns.agency,
    columns.field === undefined ? 0x7fffffff : (columns.fieldValues ?? []).length,
  );
  if (row < 0) return;
  const i = row;
  const fail = (field: string, reason: string): never => {
    throw new HccError("invalid_record", `Row ${i}: ${field}: ${reason}`, { value: i, issues: [{ path: [i, field], message: reason }] });
  };
  const dictionary = (name: string, ids: IndexColumn | undefined, size: number): void => {
    const id = ids === undefined ? 0 : ids[i]!;
    if (ids !== undefined && !(id >= 0 && id < size)) fail(name, `index ${id} is not in ${name}Values (${size} values)`);
  };
  dictionary("agency", columns.agency, columns.agencyValues.length);
  dictionary("procedure", columns.procedure, columns.procedureValues.length);
  dictionary("field", columns.field, (columns.fieldValues ?? []).length);
  try {
    checkRow(columns.status[i]!, columns.channel[i]!, columns.receivedMs[i]!, columns.endedMs[i]!);
  } catch (error) {
    if (error instanceof RowError) fail(error.field, error.reason);
    throw error;
  }
  throw new HccError("invariant_violation", `Row ${i} was found bad but breaks no rule`, { value: i });
}

/** 1 for an impossible status kind × ended pair, at `kind × 2 + ended`: unknown status, open but ended, terminal but not ended. */
const BAD_STATE = Uint8Array.of(1, 1, 0, 0, 0, 1, 1, 0);

/** Status kinds: 0 unknown code, 1 never received (1, 3), 2 received and open (2, 4–6), 3 ended (7–10). */
const STATUS_KIND = Uint8Array.from({ length: 256 }, (_, s) => (s === 1 || s === 3 ? 1 : s === 0 || s > 10 ? 0 : s >= 7 ? 3 : 2));

/**
 * The first row breaking a rule of {@link checkRow} or a dictionary index, or -1. Blocks of rows
 * are checked branch-free (the rules are or-ed into one flag) and only a block with a bad row is
 * scanned again row by row to find it.
 */
function firstBadRow(
  from: number,
  n: number,
  status: Uint8Array,
  channel: Uint8Array,
  receivedMs: Float64Array,
  endedMs: Float64Array,
  agency: IndexColumn,
  agencies: number,
  procedure: IndexColumn,
  procedures: number,
  field: IndexColumn,
  fields: number,
): number {
  for (let start = from; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    let bad = 0;
    for (let i = start; i < end; i++) bad |= badRow(i, status, channel, receivedMs, endedMs, agency, agencies, procedure, procedures, field, fields);
    if (bad !== 0) {
      for (let i = start; i < end; i++) if (badRow(i, status, channel, receivedMs, endedMs, agency, agencies, procedure, procedures, field, fields) !== 0) return i;
    }
  }
  return -1;
}

/** 1 when row `i` breaks a rule (see {@link firstBadRow}), else 0 — without branches. */
function badRow(
  i: number,
  status: Uint8Array,
  channel: Uint8Array,
  receivedMs: Float64Array,
  endedMs: Float64Array,
  agency: IndexColumn,
  agencies: number,
  procedure: IndexColumn,
  procedures: number,
  field: IndexColumn,
  fields: number,
): number {
  // dictionary indices (unsigned compare: a negative Int32 index is out of range too), and the
  // rules of the row itself
  return (
    +(agency[i]! >>> 0 >= agencies) |
    +(procedure[i]! >>> 0 >= procedures) |
    +(field[i]! >>> 0 >= fields) |
    breaksRowRules(STATUS_KIND[status[i]!]!, channel[i]!, receivedMs[i]!, endedMs[i]!)
  );
}

/**
 * 1 when a row breaks a rule of {@link checkRow}, else 0 — without branches, for the loops that
 * check millions of rows: a known status (`kind` from `STATUS_KIND`), an end exactly when the
 * status is terminal, and for a received dossier a channel 1–3, a receipt, an end not before it.
 */
function breaksRowRules(kind: number, channel: number, receivedMs: number, endedMs: number): number {
  return (
    BAD_STATE[kind * 2 + +(endedMs === endedMs)]! |
    (+(kind >= 2) & (+((channel - 1) >>> 0 > 2) | +(receivedMs !== receivedMs) | +(endedMs < receivedMs)))
  );
}

/** Rows per block: the block's verdicts and masked end instants stay in the L1 cache. */
export const BLOCK = 2048;

/** 1 for withdrawn (7) and stopped (8), by status code. */
const WITHDRAWN = Uint8Array.from({ length: 256 }, (_, s) => +(s === 7 || s === 8));
/** Added to an end instant: keeps it when resolved in the period (index 1), NaN (open) otherwise. */
const OPEN_MASK = Float64Array.of(Number.NaN, 0);

/**
 * Writes into `out` the end instants of rows `start`–`end` as the period sees them: the end when
 * the dossier ended before `endBoundMs`, NaN (still open) otherwise. Needed only when the as-of
 * date is after the end of the period: a dossier ended between the two is in progress for the
 * report.
 */
export function maskEnds(start: number, end: number, endedMs: Float64Array, endBoundMs: number, out: Float64Array): void {
  for (let i = start, j = 0; i < end; i++, j++) {
    const e = endedMs[i]!;
    out[j] = e + OPEN_MASK[+(e < endBoundMs)]!;
  }
}

/**
 * Cells per group of the histogram: `((channel − 1) × 2 + new) × 24 + 8 × state + verdict`, state
 * 0 open, 1 resolved, 2 resolved by withdrawal or stop. A verdict that contradicts the state (an
 * open dossier judged resolved, or the reverse) lands in a cell of its own, which
 * {@link checkCells} finds: the invariant costs nothing per row.
 */
export const CELLS = 144;

/**
 * Counts rows `start`–`end` (their verdicts in `verdicts`, indexed from `blockStart`) into
 * histograms: whether the row counts (received, received before the end of the period and not
 * ended before its start), new or carried over, resolved or open, its group through the
 * per-value key contributions and the direct cache; then one increment for its group cell in
 * `cells` ({@link CELLS} per group), one for each of its procedure and agency unless that entity
 * is a grouping dimension (see {@link foldEntities}), and its processing seconds in `seconds`.
 *
 * `agencyTable` and `procedureTable` hold, per dictionary index, the pair (group-key
 * contribution, entity id × 3), so one cache line serves both lookups; `fieldKey` is read only
 * when `hasField`. Plain parameters, not an options object: a field of such an object changing
 * its type made V8 drop the optimised code.
 *
 * The rows are checked as they are counted (the rules of {@link badRow}); a block with a bad row
 * sets `tally[2]` and its counts are garbage: the caller must throw before folding them.
 * `tally[0]` counts the received rows (the counted ones are in the cells; the rest were outside
 * the period).
 *
 * Branch-free where the data decides (in the period or not, new or carried over, resolved or
 * open, which verdict): on real dossiers those outcomes are close to random, and a mispredicted
 * branch costs more than the arithmetic. A row that does not count gets weight 0 and goes
 * through the same arithmetic (adding 0 changes nothing).
 *
 * Returns `end`, or the index of the first counted row whose group is not created yet (its key
 * in `tally[1]`): the caller creates it and calls again from that row.
 */
export function countRows(
  start: number,
  end: number,
  blockStart: number,
  verdicts: Uint8Array,
  status: Uint8Array,
  channel: Uint8Array,
  receivedMs: Float64Array,
  endedMs: Float64Array,
  agency: IndexColumn,
  agencyTable: Int32Array,
  procedure: IndexColumn,
  procedureTable: Int32Array,
  hasField: boolean,
  field: IndexColumn,
  fieldKey: Int32Array,
  channelStride: number,
  keyBase: number,
  direct: Int32Array,
  fromStartMs: number,
  endBoundMs: number,
  cells: Float64Array,
  seconds: Float64Array,
  countProcedures: boolean,
  procedureCells: Float64Array,
  countAgencies: boolean,
  agencyCells: Float64Array,
  tally: Float64Array,
  pick: Float64Array,
): number {
  let receivedRows = 0;
  let bad = 0;
  let i = start;
  pick[0] = 0;
  for (; i < end; i++) {
    const s = status[i]!;
    const kind = STATUS_KIND[s]!;
    const received = +(kind >= 2);
    const r = receivedMs[i]!;
    const e = endedMs[i]!;
    const ch = channel[i]!;
    // the composite group key; NaN when a dictionary index is out of range (the typed array
    // gives undefined): that is one of the rules below
    const ai = agency[i]! * 2;
    const pi = procedure[i]! * 2;
    const k = keyBase + agencyTable[ai]! + procedureTable[pi]! + (hasField ? fieldKey[field[i]!]! : 0) + ch * channelStride;
    // the rules of the row or-ed into one flag, and the dictionary indices in range
    bad |= breaksRowRules(kind, ch, r, e) | +(k !== k);
    // received before the end of the period and not ended before its start (NaN compares false)
    const inPeriod = +(r < endBoundMs) & +!(e < fromStartMs);
    const w = received & inPeriod;
    let g = direct[k]! - 1;
    if (g < 0) {
      if (w !== 0) {
        tally[1] = k;
        break;
      }
      g = 0;
    }
    receivedRows += received;
    const resolved = +(e < endBoundMs);
    const isNew = +(r >= fromStartMs);
    const v = verdicts[i - blockStart]!;
    // the layout of CELLS, with literals (a module constant is a reload here; a test compares
    // with the row path, so a layout change that forgot this line fails)
    const cell = g * 144 + ((ch - 1) * 2 + isNew) * 24 + 8 * (resolved + (resolved & WITHDRAWN[s]!)) + v;
    cells[cell] = cells[cell]! + w;
    // processing time of a resolved dossier (its end is NaN or after the period when open: select 0)
    pick[1] = e - r;
    seconds[g] = seconds[g]! + Math.floor(pick[resolved & w]! / 1000);
    // entity cell: 0 neither, 1 late, 2 overdue (not needed for a dimension of the grouping:
    // foldEntities derives those from the group cells)
    const code = +(v === 3) + 2 * +(v === 5);
    if (countProcedures) {
      const p = procedureTable[pi + 1]! + code;
      procedureCells[p] = procedureCells[p]! + w;
    }
    if (countAgencies) {
      const a = agencyTable[ai + 1]! + code;
      agencyCells[a] = agencyCells[a]! + w;
    }
  }
  tally[0] = tally[0]! + receivedRows;
  tally[2] = tally[2]! | bad;
  return i;
}

/** Verdicts a state admits, as a bit mask by `8 × state + verdict` (open: 4, 5; resolved: 1–3). */
const FITS = 0b0000_1110_0000_1110_0011_0000;

/**
 * Checks the cells of {@link countRows}: returns the number of dossiers they count, or -1 when a
 * cell holds a verdict that contradicts its dossier's state (`classifyVerdicts` broke its contract).
 */
export function checkCells(groups: number, cells: Float64Array): number {
  let total = 0;
  for (let g = 0; g < groups; g++) {
    for (let cell = 0; cell < CELLS; cell++) {
      const x = cells[g * CELLS + cell]!;
      if (x === 0) continue;
      if (((FITS >> cell % 24) & 1) === 0) return -1;
      total += x;
    }
  }
  return total;
}

/**
 * Adds to an entity's counters (handled, late, overdue) what the group cells say, for an entity
 * that is a dimension of the grouping (its id is at `position` in each group's key tuple): every
 * dossier of a group is handled by that group's entity.
 */
export function foldEntities(groups: number, cells: Float64Array, tuples: Int32Array, width: number, position: number, entities: Float64Array): void {
  for (let g = 0; g < groups; g++) {
    const base = tuples[g * width + position]! * N_ENTITY;
    for (let cell = 0; cell < CELLS; cell++) {
      const x = cells[g * CELLS + cell]!;
      if (x === 0) continue;
      const v = cell % 24 & 7;
      entities[base + E_HANDLED] = entities[base + E_HANDLED]! + x;
      if (v === 3) entities[base + E_LATE] = entities[base + E_LATE]! + x;
      else if (v === 5) entities[base + E_OVERDUE] = entities[base + E_OVERDUE]! + x;
    }
  }
}

/**
 * Adds the histograms of {@link countRows} (checked by {@link checkCells}) to the named counters:
 * `groups` groups of `N_COUNTERS` slots in `data`, and the entity counters (handled, late, overdue).
 */
export function foldHistograms(
  groups: number,
  cells: Float64Array,
  seconds: Float64Array,
  data: Float64Array,
  procedureCells: Float64Array,
  procedures: Float64Array,
  agencyCells: Float64Array,
  agencies: Float64Array,
): void {
  for (let g = 0; g < groups; g++) {
    const base = g * N_COUNTERS;
    data[base + C_PROCESSING_SECONDS] = data[base + C_PROCESSING_SECONDS]! + seconds[g]!;
    for (let cell = 0; cell < CELLS; cell++) {
      const x = cells[g * CELLS + cell]!;
      if (x === 0) continue;
      const pair = Math.floor(cell / 24);
      const ch = (pair >> 1) + 1;
      const isNew = pair & 1;
      const state = (cell % 24) >> 3;
      const v = (cell % 24) & 7;
      data[base + C_SCOPE_DIRECT + ch - 1] = data[base + C_SCOPE_DIRECT + ch - 1]! + x;
      const slot = isNew ? C_NEW_DIRECT + ch - 1 : C_CARRIED;
      data[base + slot] = data[base + slot]! + x;
      data[base + C_EARLY + v - 1] = data[base + C_EARLY + v - 1]! + x;
      if (state === 2) data[base + C_WITHDRAWN_STOPPED] = data[base + C_WITHDRAWN_STOPPED]! + x;
    }
  }
  const entities = (from: Float64Array, to: Float64Array): void => {
    for (let id = 0; id * 3 < from.length; id++) {
      const neither = from[id * 3]!;
      const late = from[id * 3 + 1]!;
      const overdue = from[id * 3 + 2]!;
      to[id * N_ENTITY + E_HANDLED] = to[id * N_ENTITY + E_HANDLED]! + neither + late + overdue;
      to[id * N_ENTITY + E_LATE] = to[id * N_ENTITY + E_LATE]! + late;
      to[id * N_ENTITY + E_OVERDUE] = to[id * N_ENTITY + E_OVERDUE]! + overdue;
    }
  };
  entities(procedureCells, procedures);
  entities(agencyCells, agencies);
}
