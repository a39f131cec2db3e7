/**
 * Dossiers as columns (one typed-array element per dossier): the form in which millions of
 * dossiers are evaluated (`@hcc/sla`'s `evaluateMany`) and counted (`@hcc/stats`'
 * `addColumns`) without allocating per dossier. It is a `Dossier` column by column: instants
 * are epoch milliseconds (`receivedAt` → `receivedMs`…), `NaN` = absent; codes are the national
 * numeric codes of the `@hcc/core` code lists; string attributes are dictionary-encoded
 * (`agency[i]` is an index into `agencyValues`).
 *
 * Each consumer reads the columns it needs and says which ones it requires: `@hcc/sla` reads the
 * instants, processing times, cut-offs and pauses (a dossier that was not received has
 * `receivedMs` `NaN`); `@hcc/stats` reads the instants, `status`, `channel`, supplement requests
 * and the dictionaries, and requires `dueMs`, `endedMs`, `status`, `channel`, `agency` and
 * `procedure` with their values.
 *
 * Pauses are in CSR form: the clock-stopping pauses of dossier `i` are
 * `pauseFromMs[pauseOffsets[i] … pauseOffsets[i + 1])` (with `pauseToMs`, `NaN` = open). They
 * must already be filtered to the kinds the procedure excludes (supplement requests included).
 * Under a rule set that restarts the clock after a supplement (`@hcc/sla`'s `decree-118`), the
 * supplement intervals are flagged in `pauseRestarts` (`toDossierColumns` does it per dossier, by
 * the rule set in force on its receipt date or the forced `rules`): the columns carry the rule set.
 *
 * @example
 * ```ts
 * import type { DossierColumns } from "@hcc/core";
 * const columns: DossierColumns = {
 *   receivedMs: new Float64Array([Date.parse("2024-03-08T09:59:00Z")]),
 *   endedMs: new Float64Array([Number.NaN]),
 *   status: Uint8Array.of(4),
 * };
 * ```
 *
 * @category Bulk
 */
export interface DossierColumns {
  /** Number of dossiers; every column has at least this many elements. @defaultValue `receivedMs.length` */
  readonly length?: number;
  /** Receipt instants (`receivedAt`); `NaN` = not received. */
  readonly receivedMs: Float64Array;
  /** End of processing (`endedAt`, the winning terminal status); `NaN` = not ended. */
  readonly endedMs?: Float64Array;
  /**
   * Due instants recorded on the dossiers (`dueAt`, ngày hẹn trả); `NaN` = none. `@hcc/sla` uses
   * them when no processing time is known or with `dueSource: "recorded"`.
   */
  readonly dueMs?: Float64Array;
  /** Status codes 1–10 (`dossierStatuses`, TrangThaiHoSo). */
  readonly status?: Uint8Array;
  /** Channel codes 1 direct, 2 online, 3 postal (`channels`, KenhThucHien). */
  readonly channel?: Uint8Array;
  /** Supplement requests per dossier (default 0). */
  readonly supplementRequests?: Uint8Array | Uint16Array | Uint32Array | Int32Array;
  /** Processing time amount per dossier (`NaN` = none), with `unit`. */
  readonly amount?: Float64Array;
  /** Processing time unit per dossier: `timeUnits` codes (1 working hours, 2 working days, 3 calendar days, 4 months). */
  readonly unit?: Uint8Array;
  /** Cut-off per dossier in minutes after midnight (`-1` = none). */
  readonly cutoffMinutes?: Int16Array;
  /** Latest new appointment (extension) due instant; `NaN` = none. */
  readonly extensionDueMs?: Float64Array;
  /** CSR offsets into the pause columns (length = dossiers + 1). */
  readonly pauseOffsets?: Uint32Array;
  /** Pause starts. */
  readonly pauseFromMs?: Float64Array;
  /** Pause ends (`NaN` = still open). */
  readonly pauseToMs?: Float64Array;
  /**
   * Per pause (parallel to `pauseFromMs`): 1 = a supplement under a restart rule set — the clock
   * restarts from zero at its end instead of pausing; 0 or absent = a pause.
   */
  readonly pauseRestarts?: Uint8Array;
  /** Receiving agency per dossier: an index into `agencyValues`. */
  readonly agency?: Int32Array | Uint32Array | Uint16Array;
  /** Agency codes. */
  readonly agencyValues?: readonly string[];
  /** Procedure per dossier: an index into `procedureValues`. */
  readonly procedure?: Int32Array | Uint32Array | Uint16Array;
  /** Procedure codes. */
  readonly procedureValues?: readonly string[];
  /** Field (lĩnh vực) per dossier: an index into `fieldValues`. */
  readonly field?: Int32Array | Uint32Array | Uint16Array;
  /** Field codes. */
  readonly fieldValues?: readonly string[];
}
