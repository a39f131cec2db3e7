import { HccError, parseDossier, type Dossier, type DossierColumns, type DossierInput, type ProcedureInput } from "@hcc/core";
import { evaluateCore, type CoreResult, type CoreRow } from "./_internal/core.js";
import { checkAmount, unitCode } from "./_internal/due.js";
import { runFastPath } from "./_internal/fast-path.js";
import { procedureRules, processingTimeFor, rulesCache } from "./_internal/prepare.js";
import { MINUTE_MS } from "./_internal/working-time.js";
import { evaluateParsed, resolveOptions, type DossierEvaluation, type EvaluateOptions } from "./evaluate.js";

/**
 * The columnar result of {@link evaluateMany}: one element per dossier, identical to the
 * corresponding fields of `evaluateDossier` (`ms` of the due dates, minutes, verdict codes).
 * Columns left out of `options.fields` are empty (length 0).
 *
 * @example
 * ```ts
 * import { VERDICTS, type ColumnarEvaluation } from "@hcc/sla";
 * function lateShare(r: ColumnarEvaluation): number {
 *   let late = 0;
 *   for (const v of r.verdicts) if (VERDICTS[v] === "resolved_late") late++;
 *   return late / r.verdicts.length;
 * }
 * ```
 *
 * @category Bulk
 */
export interface ColumnarEvaluation {
  /** Verdict codes (index into `VERDICTS`). */
  readonly verdicts: Uint8Array;
  /** Clock starts (`NaN` when not received). */
  readonly clockStartMs: Float64Array;
  /** Due before pauses (`printedDue.ms`). */
  readonly printedDueMs: Float64Array;
  /** Original due, moved by pauses (`originalDue.ms`) — the verdict's reference. */
  readonly dueMs: Float64Array;
  /** Current due (`currentDue.ms`). */
  readonly currentDueMs: Float64Array;
  /** Paused working minutes. */
  readonly pausedMinutes: Float64Array;
}

/**
 * The columns {@link evaluateMany} can compute (`verdicts` always is).
 *
 * @example
 * ```ts
 * import type { ColumnarField } from "@hcc/sla";
 * const fields: ColumnarField[] = ["dueMs"];
 * ```
 *
 * @category Bulk
 */
export type ColumnarField = "clockStartMs" | "printedDueMs" | "dueMs" | "currentDueMs" | "pausedMinutes";

const ALL_FIELDS: readonly ColumnarField[] = ["clockStartMs", "printedDueMs", "dueMs", "currentDueMs", "pausedMinutes"];

function checkFields(fields: unknown): ReadonlySet<ColumnarField> {
  if (fields === undefined) return new Set(ALL_FIELDS);
  if (!Array.isArray(fields) || fields.some((f) => !ALL_FIELDS.includes(f as ColumnarField))) {
    throw new HccError("invalid_input", `evaluateMany: fields must list columns among ${ALL_FIELDS.join(", ")}, got ${JSON.stringify(fields)}`, { value: fields });
  }
  return new Set(fields as ColumnarField[]);
}

/**
 * Options of {@link evaluateMany}: those of `evaluateDossier`, plus a procedure catalogue for
 * dossiers of several procedures, and output buffers to reuse on the columnar path.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import type { EvaluateManyOptions } from "@hcc/sla";
 * const options: EvaluateManyOptions = {
 *   asOf: "2024-12-31T17:00",
 *   calendar: vietnamCalendar(),
 *   procedures: { "1.001612": { code: "1.001612", name: "Đăng ký hộ kinh doanh" } },
 * };
 * ```
 *
 * @category Bulk
 */
export interface EvaluateManyOptions extends EvaluateOptions {
  /** Procedures by `procedureCode`; a dossier whose code is absent uses `procedure`. */
  readonly procedures?: Readonly<Record<string, ProcedureInput>>;
  /**
   * Buffers to write the columnar result into (each of length ≥ the number of dossiers). Only
   * `verdicts` and the columns of `fields` are written; when an error is thrown, they may be
   * partly written.
   */
  readonly out?: Partial<ColumnarEvaluation>;
  /**
   * Columnar path only: the columns to compute besides `verdicts`; the others come back empty
   * (length 0). Asking for fewer columns saves memory traffic on millions of rows (without
   * `clockStartMs` the clock start is not computed where the verdict does not need it).
   * @defaultValue all of them
   */
  readonly fields?: readonly ColumnarField[];
}

function column<T extends Float64Array | Uint8Array>(given: T | undefined, n: number, make: (n: number) => T, name: string): T {
  if (given === undefined) return make(n);
  if (given.length < n) throw new HccError("invalid_input", `evaluateMany: out.${name} has ${given.length} elements, needs ${n}`, { value: given.length });
  return given;
}

function checkColumn(value: { length: number } | undefined, n: number, name: string): void {
  if (value !== undefined && value.length < n) {
    throw new HccError("invalid_input", `evaluateMany: column ${name} has ${value.length} elements, needs ${n}`, { value: value.length });
  }
}

/** The columnar path. */
function evaluateColumns(columns: DossierColumns, options: EvaluateManyOptions): ColumnarEvaluation {
  const resolved = resolveOptions(options, "evaluateMany");
  const { clock, asOfMs, core } = resolved;
  if (!(columns.receivedMs instanceof Float64Array)) {
    throw new HccError("invalid_input", "evaluateMany: columns.receivedMs must be a Float64Array", { value: columns.receivedMs });
  }
  const n = columns.length ?? columns.receivedMs.length;
  if (!Number.isSafeInteger(n) || n < 0) throw new HccError("invalid_input", `evaluateMany: columns.length must be a non-negative integer, got ${String(n)}`, { value: n });
  for (const name of ["receivedMs", "endedMs", "amount", "unit", "cutoffMinutes", "dueMs", "extensionDueMs", "supplementRequests"] as const) {
    checkColumn(columns[name], n, name);
  }
  checkColumn(columns.pauseOffsets, n + 1, "pauseOffsets");
  const { endedMs, amount, unit, cutoffMinutes, dueMs: recordedDueMs, extensionDueMs, supplementRequests, pauseOffsets } = columns;
  const pauseFrom = columns.pauseFromMs ?? new Float64Array(0);
  const pauseTo = columns.pauseToMs ?? new Float64Array(0);
  const pauseRestarts = columns.pauseRestarts;
  if (pauseRestarts !== undefined && !(pauseRestarts instanceof Uint8Array && pauseRestarts.length === pauseFrom.length)) {
    throw new HccError("invalid_input", `evaluateMany: columns.pauseRestarts must be a Uint8Array as long as pauseFromMs (${pauseFrom.length})`, { value: pauseRestarts });
  }
  if (pauseOffsets !== undefined && (pauseOffsets[n]! > pauseFrom.length || pauseOffsets[n]! > pauseTo.length)) {
    throw new HccError("invalid_input", `evaluateMany: pauseOffsets point past the pause columns (${pauseOffsets[n]} > ${Math.min(pauseFrom.length, pauseTo.length)})`, {
      value: pauseOffsets[n],
    });
  }
  const rules = procedureRules(options.procedure, resolved.overrides, "evaluateMany");
  let defaultUnit = 0;
  let defaultAmount = Number.NaN;
  const time = processingTimeFor(parseDossier({ code: "-", procedureCode: "-", agencyCode: "-", status: "received" }), rules, resolved.processingTime);
  if (time !== undefined) {
    defaultUnit = unitCode(time.unit)!;
    defaultAmount = time.value;
  }
  const out = options.out ?? {};
  const fields = checkFields(options.fields);
  // a column left out of `fields` is an empty array, even when a buffer is given for it: the
  // passes skip empty columns, so nothing is computed or written for it
  const wanted = (name: ColumnarField): Float64Array => (fields.has(name) ? column(out[name], n, (k) => new Float64Array(k), name) : new Float64Array(0));
  const verdicts = column(out.verdicts, n, (k) => new Uint8Array(k), "verdicts");
  const clockStartMs = wanted("clockStartMs");
  const printedDueMs = wanted("printedDueMs");
  const dueMs = wanted("dueMs");
  const currentDueMs = wanted("currentDueMs");
  const pausedMinutes = wanted("pausedMinutes");
  const row: CoreRow = {
    receivedMs: 0,
    endedMs: Number.NaN,
    unit: defaultUnit,
    value: defaultAmount,
    cutoff: rules.cutoff,
    recordedDueMs: Number.NaN,
    extensionDueMs: Number.NaN,
    supplementRequests: 0,
  };
  const result: CoreResult = { clockStartMs: 0, printedDueMs: 0, dueMs: 0, currentDueMs: 0, pausedMs: 0, verdict: 0 };
  const fill = (i: number): void => {
    row.receivedMs = columns.receivedMs[i]!;
    row.endedMs = endedMs === undefined ? Number.NaN : endedMs[i]!;
    if (amount !== undefined && unit !== undefined) {
      row.value = amount[i]!;
      row.unit = unit[i]!;
    }
    if (cutoffMinutes !== undefined) row.cutoff = cutoffMinutes[i]! < 0 ? -1 : cutoffMinutes[i]! * MINUTE_MS;
    if (recordedDueMs !== undefined) row.recordedDueMs = recordedDueMs[i]!;
    if (extensionDueMs !== undefined) row.extensionDueMs = extensionDueMs[i]!;
    if (supplementRequests !== undefined) row.supplementRequests = supplementRequests[i]!;
  };
  const slow = (i: number): void => {
    fill(i);
    const pBegin = pauseOffsets === undefined ? 0 : pauseOffsets[i]!;
    const pEnd = pauseOffsets === undefined ? 0 : pauseOffsets[i + 1]!;
    evaluateCore(clock, asOfMs, row, pauseFrom, pauseTo, pBegin, pEnd, core, result, pauseRestarts);
    verdicts[i] = result.verdict;
    if (clockStartMs.length > i) clockStartMs[i] = result.clockStartMs;
    if (printedDueMs.length > i) printedDueMs[i] = result.printedDueMs;
    if (dueMs.length > i) dueMs[i] = result.dueMs;
    if (currentDueMs.length > i) currentDueMs[i] = result.currentDueMs;
    if (pausedMinutes.length > i) pausedMinutes[i] = result.pausedMs / MINUTE_MS;
  };
  // the amounts of the rows that reach the single path are validated there, row by row (the
  // fast path's rows are valid by construction): no separate validation pass over all rows
  const check = (i: number): void => {
    if (amount !== undefined && unit !== undefined && amount[i] === amount[i]) checkAmount(unit[i]!, amount[i]!);
  };
  if (core.hourBased || core.recordedDue || n === 0) {
    for (let i = 0; i < n; i++) {
      check(i);
      slow(i);
    }
  } else {
    runFastPath(columns, n, clock, asOfMs, core, rules.cutoff, defaultUnit, defaultAmount, check, slow, {
      verdicts,
      clockStartMs,
      printedDueMs,
      dueMs,
      currentDueMs,
      pausedMinutes,
    });
  }
  return { verdicts, clockStartMs, printedDueMs, dueMs, currentDueMs, pausedMinutes };
}

/**
 * Evaluates many dossiers with the same options, with results identical to
 * {@link evaluateDossier} dossier by dossier:
 *
 * - given an **array of dossiers**, returns an array of {@link DossierEvaluation} (each dossier's
 *   procedure is looked up in `options.procedures` by its `procedureCode`, else
 *   `options.procedure`; options and procedures are validated once);
 * - given **{@link DossierColumns}** (typed arrays of epoch ms), returns a
 *   {@link ColumnarEvaluation} — verdict codes in a `Uint8Array`, due dates in `Float64Array`s —
 *   allocating nothing per dossier: the path for statistics over millions of dossiers.
 *
 * @param input - dossier objects, or dossier columns
 * @param options - as for `evaluateDossier`, plus `procedures` and `out`
 * @returns one evaluation per dossier, in the form of the input
 * @throws {HccError} as `evaluateDossier`; `invalid_input` for columns of the wrong length
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { evaluateMany, VERDICTS } from "@hcc/sla";
 * const received = new Float64Array([Date.parse("2024-03-08T09:59:00Z"), Date.parse("2024-03-08T10:01:00Z")]);
 * const r = evaluateMany({ receivedMs: received }, { asOf: "2024-03-13T12:00", calendar: vietnamCalendar(), processingTime: { value: 3, unit: "working_days" } });
 * new Date(r.dueMs[0]!).toISOString(); //=> "2024-03-13T10:00:00.000Z" (Wednesday 17:00 in Vietnam)
 * VERDICTS[r.verdicts[1]!]; //=> "in_progress_within"
 * ```
 *
 * @category Bulk
 */
export function evaluateMany(input: readonly (DossierInput | Dossier)[], options: EvaluateManyOptions): readonly DossierEvaluation[];
export function evaluateMany(input: DossierColumns, options: EvaluateManyOptions): ColumnarEvaluation;
export function evaluateMany(
  input: readonly (DossierInput | Dossier)[] | DossierColumns,
  options: EvaluateManyOptions,
): readonly DossierEvaluation[] | ColumnarEvaluation {
  if (Array.isArray(input)) {
    const resolved = resolveOptions(options, "evaluateMany");
    const rulesOf = rulesCache(options.procedure, options.procedures, resolved.overrides, "evaluateMany");
    return Object.freeze(
      (input as readonly (DossierInput | Dossier)[]).map((raw) => {
        const d = parseDossier(raw);
        return evaluateParsed(d, resolved, rulesOf(d));
      }),
    );
  }
  if (typeof input !== "object" || input === null) {
    throw new HccError("invalid_input", "evaluateMany: expected an array of dossiers or DossierColumns", { value: input });
  }
  return evaluateColumns(input as DossierColumns, options);
}

