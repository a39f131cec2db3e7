import type { Channel, DateInput, DossierColumns, DossierStatus, Level } from "@hcc/core";
import { StatsEngine } from "./_internal/engine.js";
import { addColumns } from "./_internal/engine-columns.js";
import type { StatsOptions, StatsSpec } from "./spec.js";
import type { StatsState } from "./state.js";

/**
 * A dossier as the aggregator reads it: a subset of `@hcc/core`'s `Dossier` (which it accepts as
 * is) with looser types, so that wire records can be passed directly. Dates are ISO 8601 or
 * `yyyyMMddHHmmss`, Vietnam time when there is no offset.
 *
 * @example
 * ```ts
 * import type { StatsDossierInput } from "@hcc/stats";
 * const d: StatsDossierInput = {
 *   code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07",
 *   channel: "postal", status: "returned", receivedAt: "2019-05-06T08:00", dueAt: "2019-05-10", endedAt: "20190509100000",
 * };
 * ```
 *
 * @category Aggregation
 */
export interface StatsDossierInput {
  /** Dossier code (MaHoSo); used in error messages and, when `agencyCode` is missing, for its prefix. */
  readonly code?: string | undefined;
  /** Procedure code (MaTTHC). */
  readonly procedureCode: string;
  /** Receiving agency code; defaults to the prefix of `code` (`{agency}-{yyMMdd}-{seq}`). */
  readonly agencyCode?: string | undefined;
  /** Field (lĩnh vực) code. */
  readonly fieldCode?: string | undefined;
  /** Level: key or code 0–3. */
  readonly level?: Level | number | string | undefined;
  /** Channel: `direct|online|postal` or 1|2|3; missing = direct. */
  readonly channel?: Channel | number | string | undefined;
  /** Status key or TrangThaiHoSo code 1–10. */
  readonly status: DossierStatus | number | string;
  /** Receipt of the complete dossier (start of the clock). */
  readonly receivedAt?: DateInput | null | undefined;
  /** Due date (ngày hẹn trả); derived with {@link AggregatorOptions.dueDate} when missing. */
  readonly dueAt?: DateInput | null | undefined;
  /** End of processing: the time of the terminal status (7–10). */
  readonly endedAt?: DateInput | null | undefined;
  /** Number of supplement requests, or the list of them. */
  readonly supplementRequests?: number | string | readonly unknown[] | undefined;
  /** Pause intervals (`{ from, to }`); closed ones are excluded from the processing time. */
  readonly pauses?: readonly { readonly from: DateInput; readonly to?: DateInput | undefined }[] | string | undefined;
  /** Service flags for the Decision 766 indicators. */
  readonly flags?:
    | {
        readonly hasFees?: boolean | undefined;
        readonly paidOnline?: boolean | undefined;
        readonly digitised?: boolean | undefined;
        readonly electronicResult?: boolean | undefined;
      }
    | undefined;
}

/**
 * Derives a due instant (epoch ms) for a dossier that has none, e.g. from the procedure catalogue
 * with `@hcc/sla`. Return `undefined` when it cannot; the dossier is then classified by the
 * no-due-date rule of `classifyVerdict` (ended → on time, open → within the deadline).
 *
 * @example
 * ```ts
 * import type { DueDateDeriver } from "@hcc/stats";
 * const tenDays: DueDateDeriver = (d) => d.receivedMs + 10 * 86_400_000;
 * ```
 *
 * @category Aggregation
 */
export type DueDateDeriver = (dossier: {
  /** Procedure code. */
  readonly procedureCode: string;
  /** Receiving agency. */
  readonly agencyCode: string;
  /** Channel key. */
  readonly channel: Channel;
  /** Receipt instant, epoch ms. */
  readonly receivedMs: number;
}) => number | undefined;

/**
 * Options of {@link createAggregator} besides the report's {@link StatsOptions}.
 *
 * @example
 * ```ts
 * import type { AggregatorOptions } from "@hcc/stats";
 * const options: AggregatorOptions = { from: "2024-01-01", to: "2024-03-31", groupBy: ["quarter"] };
 * ```
 *
 * @category Aggregation
 */
export interface AggregatorOptions extends StatsOptions {
  /** Due date of dossiers that have none. Not part of the state: use the same one for states you merge. */
  readonly dueDate?: DueDateDeriver;
}

/**
 * The streaming aggregator: add dossiers one by one, in batches or as columns, then read the
 * mergeable {@link StatsState}. Memory is proportional to the number of groups, not dossiers.
 *
 * Period semantics (Biểu 06): *new* = received within [from, to]; *carried over* = received before
 * `from` and not ended before `from`; *resolved* = ended within [from, to] (refused, stopped and
 * withdrawn included); *in progress* = not ended by `to`, judged at the as-of date. Every verdict
 * comes from `classifyVerdict` of `@hcc/sla`.
 *
 * @example
 * ```ts
 * import { createAggregator } from "@hcc/stats";
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["channel"] });
 * agg.add({ procedureCode: "1.001612", agencyCode: "A", channel: 2, status: 10,
 *   receivedAt: "2024-03-04T08:00", dueAt: "2024-03-08T17:00", endedAt: "2024-03-07T09:00" });
 * agg.state().groups[0]?.counts.resolvedEarly; //=> 1
 * ```
 *
 * @category Aggregation
 */
export class StatsAggregator {
  /** The normalised options. */
  readonly spec: StatsSpec;
  readonly #engine: StatsEngine;

  /**
   * @param options - period, as-of, grouping, rule and due-date deriver
   * @throws {HccError} `invalid_input` / `invalid_date` for bad options
   */
  constructor(options: AggregatorOptions) {
    this.#engine = new StatsEngine(options);
    this.spec = this.#engine.spec;
  }

  /**
   * Adds one dossier.
   *
   * @param dossier - a {@link StatsDossierInput} (or a `@hcc/core` `Dossier`)
   * @returns this aggregator
   * @throws {HccError} `invalid_record` naming the dossier, the field and the reason
   * @example
   * ```ts
   * import { createAggregator } from "@hcc/stats";
   * createAggregator({ from: "2024-03-01", to: "2024-03-31" })
   *   .add({ procedureCode: "1.001612", agencyCode: "A", status: "processing", receivedAt: "2024-02-20" })
   *   .state().groups[0]?.counts.carriedOver; //=> 1
   * ```
   */
  add(dossier: StatsDossierInput): this {
    this.#engine.add(dossier);
    return this;
  }

  /**
   * Adds many dossiers (any iterable).
   *
   * @param dossiers - the dossiers
   * @returns this aggregator
   * @throws {HccError} `invalid_record` at the first bad dossier
   * @example
   * ```ts
   * import { createAggregator } from "@hcc/stats";
   * const d = { procedureCode: "1.001612", agencyCode: "A", status: 4, receivedAt: "2024-03-04" };
   * createAggregator({ from: "2024-03-01", to: "2024-03-31" }).addMany([d, d]).state().groups[0]?.counts.inScopeDirect; //=> 2
   * ```
   */
  addMany(dossiers: Iterable<StatsDossierInput>): this {
    for (const d of dossiers) this.#engine.add(d);
    return this;
  }

  /**
   * Adds dossiers held as columns — the bulk path for millions of dossiers. All or nothing: the
   * columns (types, lengths, dictionaries) and then every row are checked before the first row is
   * added, so a rejected input leaves the aggregator unchanged. With one period bucket (no month /
   * quarter / year grouping) the rows are counted in cache-sized blocks with no per-row call or
   * allocation; verdicts come from `classifyVerdicts` of `@hcc/sla`, so they are those of
   * {@link StatsAggregator.add} (a test checks the two paths agree).
   *
   * The columns are `@hcc/core`'s `DossierColumns` (the type `@hcc/sla`'s `evaluateMany` reads
   * too); this path requires `dueMs`, `endedMs`, `status`, `channel` and the agency and procedure
   * dictionaries (checked at run time: `invalid_input` names a missing one), reads `supplementRequests` and the field dictionary when given, and ignores the
   * columns of the deadline computation (processing times, cut-offs, pauses). `length` defaults to
   * that of `receivedMs`.
   *
   * @param columns - typed-array columns, at least `length` rows each
   * @returns this aggregator
   * @throws {HccError} `invalid_input` for a column of the wrong type or length, or a bad
   *   dictionary; `invalid_record` naming the row index of the first inconsistent dossier (bad
   *   status, channel or dictionary index, missing receipt, end not matching the status)
   * @example
   * ```ts
   * import { createAggregator } from "@hcc/stats";
   * const at = Date.UTC(2024, 2, 4, 1);
   * createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["channel"] }).addColumns({
   *   length: 1, receivedMs: Float64Array.of(at), dueMs: Float64Array.of(Number.NaN), endedMs: Float64Array.of(Number.NaN),
   *   status: Uint8Array.of(4), channel: Uint8Array.of(2), agency: Int32Array.of(0), agencyValues: ["A"],
   *   procedure: Int32Array.of(0), procedureValues: ["1.001612"],
   * }).state().groups[0]?.key.channel; //=> "online"
   * ```
   */
  addColumns(columns: DossierColumns): this {
    addColumns(this.#engine, columns);
    return this;
  }

  /**
   * The current state: plain JSON, mergeable with {@link mergeStates}.
   *
   * @returns a frozen {@link StatsState}
   * @example
   * ```ts
   * import { createAggregator } from "@hcc/stats";
   * JSON.stringify(createAggregator({ from: "2024-01-01", to: "2024-01-31" }).state().excluded);
   * //=> '{"notReceived":0,"outOfPeriod":0,"invalid":0}'
   * ```
   */
  state(): StatsState {
    return this.#engine.state();
  }
}

/**
 * Creates a {@link StatsAggregator}.
 *
 * @param options - the period, as-of date, grouping, rule and optional due-date deriver
 * @returns a new aggregator
 * @throws {HccError} `invalid_input` / `invalid_date` for bad options
 * @example
 * ```ts
 * import { createAggregator } from "@hcc/stats";
 * createAggregator({ from: "2019-05-06", to: "2019-08-09", groupBy: ["agency", "channel"] }).spec.groupBy.length; //=> 2
 * ```
 *
 * @category Aggregation
 */
export function createAggregator(options: AggregatorOptions): StatsAggregator {
  return new StatsAggregator(options);
}
