import { HccError } from "@hcc/core";
import { classifyCode, vnDayStart } from "./_internal/classify.js";
import type { ClassifyOptions } from "./verdict.js";

/**
 * Columns of dossiers for {@link classifyVerdicts}: the instants of {@link VerdictInput} as typed
 * arrays of equal length, `NaN` for "absent".
 *
 * @example
 * ```ts
 * import type { VerdictColumns } from "@hcc/sla";
 * const columns: VerdictColumns = {
 *   receivedMs: Float64Array.of(Date.UTC(2024, 2, 4, 1)),
 *   dueMs: Float64Array.of(Date.UTC(2024, 2, 8, 10)),
 *   endedMs: Float64Array.of(Number.NaN),
 * };
 * ```
 *
 * @category Bulk
 */
export interface VerdictColumns {
  /** Receipt instants (epoch ms); `NaN` when never received. */
  readonly receivedMs: Float64Array;
  /** Reference due instants (epoch ms); `NaN` when there is none. */
  readonly dueMs: Float64Array;
  /** End-of-processing instants (epoch ms); `NaN` when not ended. */
  readonly endedMs: Float64Array;
  /** Supplement request counts; all 0 when omitted. */
  readonly supplementRequests?: Uint8Array | Uint16Array | Uint32Array | Int32Array | undefined;
}

/**
 * The columnar {@link classifyVerdict}: classifies every dossier of `columns` against one as-of
 * instant, with the same rule (it runs the same code), writing the verdict codes (see
 * {@link VERDICTS}) into `out`. It allocates nothing when `out` is given, which makes it the
 * building block of aggregations over millions of dossiers (`@hcc/stats` uses it block by block).
 *
 * The inputs are checked once, at the boundary: typed-array types, equal lengths, a finite
 * as-of. A dossier without a due date is classified by the no-due-date rule without working
 * minutes (ended → on time, open → within its deadline).
 *
 * @param columns - receipt, due and end instants (and supplement counts) as typed arrays
 * @param asOfMs - the as-of instant (epoch ms) open dossiers are judged against
 * @param options - comparator and the multiple-supplement rule, as for {@link classifyVerdict}
 * @param out - where to write the codes (length ≥ the number of dossiers); a new array when omitted
 * @returns `out` (or the new array), one verdict code per dossier
 * @throws {HccError} `invalid_input` for a column that is not the right typed array, columns of
 *   different lengths, an `out` too short, or an `asOfMs` that is not finite
 * @example
 * ```ts
 * import { classifyVerdicts, VERDICTS } from "@hcc/sla";
 * const at = (iso: string) => Date.parse(iso);
 * const codes = classifyVerdicts(
 *   {
 *     receivedMs: Float64Array.of(at("2024-03-04T08:00+07:00"), at("2024-03-04T09:00+07:00")),
 *     dueMs: Float64Array.of(at("2024-03-08T17:00+07:00"), at("2024-03-06T17:00+07:00")),
 *     endedMs: Float64Array.of(at("2024-03-07T10:00+07:00"), Number.NaN),
 *   },
 *   at("2024-03-11T17:00+07:00"),
 * );
 * [...codes].map((c) => VERDICTS[c]); //=> ["resolved_early", "in_progress_overdue"]
 * ```
 *
 * @category Bulk
 */
export function classifyVerdicts(columns: VerdictColumns, asOfMs: number, options: ClassifyOptions = {}, out?: Uint8Array): Uint8Array {
  if (typeof columns !== "object" || columns === null) {
    throw new HccError("invalid_input", `classifyVerdicts: expected { receivedMs, dueMs, endedMs }, got ${String(columns)}`, { value: columns });
  }
  const { receivedMs, dueMs, endedMs, supplementRequests } = columns;
  const n = receivedMs instanceof Float64Array ? receivedMs.length : -1;
  // one check per column, no array of them: stats calls this once per block of rows
  checkInstants("receivedMs", receivedMs, n);
  checkInstants("dueMs", dueMs, n);
  checkInstants("endedMs", endedMs, n);
  if (supplementRequests !== undefined) {
    const ok =
      supplementRequests instanceof Uint8Array ||
      supplementRequests instanceof Uint16Array ||
      supplementRequests instanceof Uint32Array ||
      supplementRequests instanceof Int32Array;
    if (!ok) {
      throw new HccError("invalid_input", `classifyVerdicts: supplementRequests must be a Uint8Array, Uint16Array, Uint32Array or Int32Array, got ${describe(supplementRequests)}`, {
        value: supplementRequests,
      });
    }
    if (supplementRequests.length !== n) {
      throw new HccError("invalid_input", `classifyVerdicts: supplementRequests has ${supplementRequests.length} rows, receivedMs has ${n}`, { value: supplementRequests.length });
    }
  }
  if (typeof asOfMs !== "number" || !Number.isFinite(asOfMs)) {
    throw new HccError("invalid_input", `classifyVerdicts: asOfMs must be a finite number, got ${String(asOfMs)}`, { value: asOfMs });
  }
  if (typeof options !== "object" || options === null) {
    throw new HccError("invalid_input", `classifyVerdicts: options must be an object, got ${String(options)}`, { value: options });
  }
  const comparator = options.comparator ?? "date";
  if (comparator !== "date" && comparator !== "instant") {
    throw new HccError("invalid_input", `classifyVerdicts: comparator must be "date" or "instant", got ${JSON.stringify(comparator)}`, { value: comparator });
  }
  let target = out;
  if (target === undefined) target = new Uint8Array(n);
  else if (!(target instanceof Uint8Array) || target.length < n) {
    throw new HccError("invalid_input", `classifyVerdicts: out must be a Uint8Array of at least ${n} elements, got ${describe(target)}`, { value: target });
  }
  const lateMultiple = options.lateIfMultipleSupplements ?? true;
  if (supplementRequests === undefined) classifyLoop(n, receivedMs, dueMs, endedMs, NO_SUPPLEMENTS, false, asOfMs, comparator === "instant", lateMultiple, target);
  else classifyLoop(n, receivedMs, dueMs, endedMs, supplementRequests, true, asOfMs, comparator === "instant", lateMultiple, target);
  return target;
}

const NO_SUPPLEMENTS = new Uint8Array(0);

/** Throws `invalid_input` unless `column` is a Float64Array of `n` rows. */
function checkInstants(name: string, column: unknown, n: number): void {
  if (!(column instanceof Float64Array)) {
    throw new HccError("invalid_input", `classifyVerdicts: ${name} must be a Float64Array, got ${describe(column)}`, { value: column });
  }
  if (column.length !== n) {
    throw new HccError("invalid_input", `classifyVerdicts: ${name} has ${column.length} rows, receivedMs has ${n}`, { value: column.length });
  }
}

/** The hot loop, a function of its own so that it is optimised once for all calls. */
function classifyLoop(
  n: number,
  receivedMs: Float64Array,
  dueMs: Float64Array,
  endedMs: Float64Array,
  supplements: Uint8Array | Uint16Array | Uint32Array | Int32Array,
  hasSupplements: boolean,
  asOfMs: number,
  instant: boolean,
  lateMultiple: boolean,
  out: Uint8Array,
): void {
  const asOfDayStart = vnDayStart(asOfMs);
  for (let i = 0; i < n; i++) {
    out[i] = classifyCode(receivedMs[i]!, dueMs[i]!, endedMs[i]!, asOfMs, asOfDayStart, hasSupplements ? supplements[i]! : 0, instant, lateMultiple, Number.NaN, Number.NaN);
  }
}

const describe = (value: unknown): string =>
  value === null ? "null" : typeof value === "object" ? (value.constructor?.name ?? "an object") : typeof value === "string" ? JSON.stringify(value) : String(value);
