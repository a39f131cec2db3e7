/**
 * The aggregation engine behind `StatsAggregator`: the dictionaries, the group table and its
 * counters, the record path and the per-row hot path (`_addRow`, numbers only; the member names
 * with `_` are the {@link RowTarget} contract the CSV / NDJSON / JSON readers call). It is not
 * exported from the package: `StatsAggregator` is a thin public class over it, so that none of
 * this appears in the published types. The columnar paths are in engine-columns.ts.
 */
import { HccError, channels, localDateToDayNumber } from "@hcc/core";
import { classifyVerdict } from "@hcc/sla";
import type { AggregatorOptions, DueDateDeriver, StatsDossierInput } from "../aggregator.js";
import { normalizeSpec, type GroupDimension, type StatsSpec } from "../spec.js";
import { canonicalState, type ExcludedCounts, type StatsState } from "../state.js";
import { checkRow } from "./columns.js";
import * as C from "./counters.js";
import { CounterBlock, Dictionary, TupleTable } from "./dictionary.js";
import { RowError, agencyFromDossierCode, flagBits, readChannel, readCount, readDate, readFlag, readLevel, readPauses, readStatus } from "./fields.js";
import { bucketIndex, makeBuckets, type Bucket, type TimeDimension } from "./periods.js";
import type { RowTarget } from "./row-target.js";

const inc = (a: Float64Array, i: number): void => {
  a[i] = (a[i] as number) + 1;
};

/** Composite keys below this use the direct group cache (4 MiB of Int32 at most). */
export const DIRECT_LIMIT = 1 << 20;

/** Dictionary dimensions (0 procedure, 1 agency, 2 field, 3 level); 4 is the channel, 5 the period. */
export const DIM_PROCEDURE = 0;
export const DIM_AGENCY = 1;
export const DIM_FIELD = 2;
export const DIM_LEVEL = 3;

/** See the file's header. */
export class StatsEngine implements RowTarget {
  readonly spec: StatsSpec;
  readonly dueDate: DueDateDeriver | undefined;
  readonly buckets: Bucket[];
  readonly fromDay: number;
  readonly toDay: number;
  readonly dims: Int8Array;
  readonly timeSlot: number;
  readonly dicts = [new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary()];
  readonly table: TupleTable;
  readonly counters = new CounterBlock(C.N_COUNTERS);
  readonly procedures = new CounterBlock(C.N_ENTITY);
  readonly agencies = new CounterBlock(C.N_ENTITY);
  readonly key: Int32Array;
  readonly radix: Int32Array;
  readonly vals = new Int32Array(6);
  /** Instants of the row being added: received, due, ended, paused (ms). */
  readonly _io = new Float64Array(4);
  direct = new Int32Array(1024);
  readonly verdictInput = { receivedMs: 0.5, dueMs: 0.5, endedMs: 0.5, asOfMs: 0.5, supplementRequests: 0 };
  readonly classify: { comparator: "date" | "instant"; lateIfMultipleSupplements: boolean };
  notReceived = 0;
  outOfPeriod = 0;
  invalid = 0;

  /** @throws {HccError} `invalid_input` / `invalid_date` for bad options */
  constructor(options: AggregatorOptions) {
    this.spec = normalizeSpec(options);
    this.dueDate = options.dueDate;
    this.fromDay = localDateToDayNumber(this.spec.from);
    this.toDay = localDateToDayNumber(this.spec.to);
    const time = this.spec.groupBy.find((d): d is TimeDimension => d === "month" || d === "quarter" || d === "year");
    this.buckets = makeBuckets(this.fromDay, this.toDay, localDateToDayNumber(this.spec.asOf), time);
    const code: Record<GroupDimension, number> = { procedure: 0, agency: 1, field: 2, level: 3, channel: 4, month: 5, quarter: 5, year: 5 };
    this.dims = Int8Array.from(this.spec.groupBy.map((d) => code[d]));
    this.timeSlot = this.spec.groupBy.findIndex((d) => d === "month" || d === "quarter" || d === "year");
    this.table = new TupleTable(Math.max(1, this.dims.length));
    this.key = new Int32Array(Math.max(1, this.dims.length));
    this.radix = Int32Array.from(this.dims, (d) => (d === 4 ? 4 : 4096));
    this.classify = { comparator: this.spec.comparator, lateIfMultipleSupplements: this.spec.lateIfMultipleSupplements };
  }

  /**
   * Adds one dossier.
   *
   * @param dossier - a {@link StatsDossierInput} (or a `@hcc/core` `Dossier`)
   * @returns this aggregator

  /** Adds one dossier object; throws `invalid_record` naming the dossier, the field and the reason. */
  add(dossier: StatsDossierInput): void {
    try {
      this._addRecord(dossier as unknown as Readonly<Record<string, unknown>>);
    } catch (error) {
      if (error instanceof RowError) {
        const code = typeof dossier === "object" && dossier !== null && typeof dossier.code === "string" ? ` ${dossier.code}` : "";
        throw new HccError("invalid_record", `Dossier${code}: ${error.field}: ${error.reason}`, {
          value: dossier,
          issues: [{ path: [error.field], message: error.reason }],
        });
      }
      throw error;
    }
  }

  state(): StatsState {
    const groups = new Map<string, { key: Partial<Record<GroupDimension, string>>; counts: Record<string, number> }>();
    const t = this.table;
    const w = t.width;
    const data = this.counters.data;
    for (let g = 0; g < t.count; g++) {
      // every dossier counted in a group is in its scope (column 3): a group with none was created
      // for rows of an input that was then rejected as a whole, and is not part of the state
      const scope = g * C.N_COUNTERS;
      if ((data[scope + C.C_SCOPE_DIRECT] as number) + (data[scope + C.C_SCOPE_ONLINE] as number) + (data[scope + C.C_SCOPE_POSTAL] as number) === 0) continue;
      const key: Partial<Record<GroupDimension, string>> = {};
      this.spec.groupBy.forEach((d, i) => {
        const id = t.tuples[g * w + i] as number;
        const slot = this.dims[i] as number;
        key[d] = slot === 4 ? channels.fromCode(id) : slot === 5 ? (this.buckets[id] as Bucket).label : ((this.dicts[slot] as Dictionary).values[id] as string);
      });
      const counts: Record<string, number> = {};
      C.COUNTER_NAMES.forEach((name, i) => (counts[name] = data[g * C.N_COUNTERS + i] as number));
      groups.set(JSON.stringify(this.spec.groupBy.map((d) => key[d])), { key, counts });
    }
    const entities = (dict: Dictionary, block: CounterBlock): Map<string, [number, number, number]> => {
      const map = new Map<string, [number, number, number]>();
      const d = block.data;
      for (let id = 0; id < dict.size; id++) {
        if (id * C.N_ENTITY >= d.length) break;
        map.set(dict.values[id] as string, [d[id * C.N_ENTITY] as number, d[id * C.N_ENTITY + 1] as number, d[id * C.N_ENTITY + 2] as number]);
      }
      return map;
    };
    const excluded: ExcludedCounts = { notReceived: this.notReceived, outOfPeriod: this.outOfPeriod, invalid: this.invalid };
    return canonicalState(
      this.spec,
      groups,
      entities(this.dicts[DIM_PROCEDURE] as Dictionary, this.procedures),
      entities(this.dicts[DIM_AGENCY] as Dictionary, this.agencies),
      excluded,
    );
  }

  /** Counts rows that could not be read. */
  _countInvalid(n = 1): void {
    this.invalid += n;
  }

  /** Dense id of a string attribute (0 procedure, 1 agency, 2 field, 3 level). */
  _intern(dim: number, value: string): number {
    const id = (this.dicts[dim] as Dictionary).intern(value);
    if (dim === DIM_PROCEDURE) this.procedures.ensure(id + 1);
    else if (dim === DIM_AGENCY) this.agencies.ensure(id + 1);
    return id;
  }

  /** Reads an object row (canonical field names) and adds it; throws RowError. */
  _addRecord(r: Readonly<Record<string, unknown>>): void {
    const status = readStatus(r["status"]);
    const receivedMs = readDate("receivedAt", r["receivedAt"]);
    let dueMs = readDate("dueAt", r["dueAt"]);
    const endedMs = readDate("endedAt", r["endedAt"]);
    const channel = readChannel(r["channel"]);
    const supplements = readCount("supplementRequests", r["supplementRequests"]);
    const procedureCode = r["procedureCode"];
    if (typeof procedureCode !== "string" || procedureCode.trim() === "") throw new RowError("procedureCode", "missing");
    let agencyCode = r["agencyCode"];
    if (agencyCode === undefined || agencyCode === null || agencyCode === "") {
      agencyCode = typeof r["code"] === "string" ? agencyFromDossierCode(r["code"]) : "";
    }
    if (typeof agencyCode !== "string" || agencyCode.trim() === "") throw new RowError("agencyCode", "missing (and no dossier code to take it from)");
    const fieldCode = r["fieldCode"];
    const level = readLevel(r["level"]);
    const flags = (typeof r["flags"] === "object" && r["flags"] !== null ? r["flags"] : r) as Readonly<Record<string, unknown>>;
    const bits = flagBits(
      readFlag("hasFees", flags["hasFees"]),
      readFlag("paidOnline", flags["paidOnline"]),
      readFlag("digitised", flags["digitised"] ?? flags["digitized"]),
      readFlag("electronicResult", flags["electronicResult"]),
    );
    const pausedMs = status === 1 || status === 3 || Number.isNaN(receivedMs) ? 0 : readPauses(r["pauses"], receivedMs, endedMs);
    const procedure = procedureCode.trim();
    const agency = agencyCode.trim();
    if (Number.isNaN(dueMs) && this.dueDate !== undefined && !Number.isNaN(receivedMs) && status !== 1 && status !== 3) {
      dueMs = this.#deriveDue(procedure, agency, channel, receivedMs);
    }
    this._addFields(
      receivedMs,
      dueMs,
      endedMs,
      supplements,
      channel,
      status,
      this._intern(DIM_PROCEDURE, procedure),
      this._intern(DIM_AGENCY, agency),
      this._intern(DIM_FIELD, typeof fieldCode === "string" ? fieldCode.trim() : fieldCode === undefined || fieldCode === null ? "" : String(fieldCode)),
      this._intern(DIM_LEVEL, level),
      pausedMs,
      bits,
    );
  }

  #deriveDue(procedureCode: string, agencyCode: string, channel: number, receivedMs: number): number {
    let due: number | undefined;
    try {
      due = (this.dueDate as DueDateDeriver)({ procedureCode, agencyCode, channel: channels.fromCode(channel), receivedMs });
    } catch (error) {
      throw new RowError("dueAt", `cannot derive the due date: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (due === undefined) return Number.NaN;
    if (!Number.isFinite(due)) throw new RowError("dueAt", `the due-date deriver returned ${String(due)}`);
    return due;
  }

  /** True when a due-date deriver is configured (ingestion then passes due = NaN through it). */
  get _derivesDue(): boolean {
    return this.dueDate !== undefined;
  }

  /** Derives a due date for the fast CSV path. */
  _derive(procedureId: number, agencyId: number, channel: number, receivedMs: number): number {
    return this.#deriveDue(
      (this.dicts[DIM_PROCEDURE] as Dictionary).values[procedureId] as string,
      (this.dicts[DIM_AGENCY] as Dictionary).values[agencyId] as string,
      channel,
      receivedMs,
    );
  }

  /**
   * The hot path: one dossier as numbers. Throws RowError for an inconsistent dossier.
   */
  _addFields(
    receivedMs: number,
    dueMs: number,
    endedMs: number,
    supplements: number,
    channel: number,
    status: number,
    procedureId: number,
    agencyId: number,
    fieldId: number,
    levelId: number,
    pausedMs: number,
    flags: number,
  ): void {
    const io = this._io;
    io[0] = receivedMs;
    io[1] = dueMs;
    io[2] = endedMs;
    io[3] = pausedMs;
    this._addRow(supplements, channel, status, procedureId, agencyId, fieldId, levelId, flags);
  }

  /**
   * The hot path. The instants travel in `_io` (received, due,
   * ended, paused ms) so that no double is boxed per call; the rest are small integers.
   * Throws RowError for an inconsistent dossier.
   */
  _addRow(supplements: number, channel: number, status: number, procedureId: number, agencyId: number, fieldId: number, levelId: number, flags: number): void {
    const io = this._io;
    const receivedMs = io[0] as number;
    const dueMs = io[1] as number;
    const endedMs = io[2] as number;
    const pausedMs = io[3] as number;
    if (status === 1 || status === 3) {
      this.notReceived++;
      return;
    }
    checkRow(status, channel, receivedMs, endedMs);
    const ended = endedMs === endedMs;
    const receivedDay = Math.floor((receivedMs + 25_200_000) / 86_400_000);
    const endDay = ended ? Math.floor((endedMs + 25_200_000) / 86_400_000) : Infinity;
    if (receivedDay > this.toDay || endDay < this.fromDay) {
      this.outOfPeriod++;
      return;
    }
    const buckets = this.buckets;
    let first = 0;
    let last = 0;
    if (buckets.length > 1) {
      first = bucketIndex(buckets, receivedDay > this.fromDay ? receivedDay : this.fromDay);
      last = endDay > this.toDay ? buckets.length - 1 : bucketIndex(buckets, endDay);
    }
    const vin = this.verdictInput;
    vin.receivedMs = receivedMs;
    vin.dueMs = dueMs;
    vin.supplementRequests = supplements;
    const dims = this.dims;
    const radix = this.radix;
    const key = this.key;
    const vals = this.vals;
    vals[0] = procedureId;
    vals[1] = agencyId;
    vals[2] = fieldId;
    vals[3] = levelId;
    vals[4] = channel;
    for (let b = first; b <= last; b++) {
      const bucket = buckets[b] as Bucket;
      vals[5] = b;
      // the group key, and its composite number for the direct cache (no hashing for small keys)
      let k = 0;
      for (let i = 0; i < dims.length; i++) {
        const id = vals[dims[i] as number] as number;
        key[i] = id;
        if (k >= 0) {
          const r = radix[i] as number;
          k = id < r ? k * r + id : -1;
        }
      }
      let g: number;
      if (k >= 0 && k < DIRECT_LIMIT) {
        if (k >= this.direct.length) this.growDirect(k);
        g = (this.direct[k] as number) - 1;
        if (g < 0) {
          g = this.table.lookup(key);
          this.direct[k] = g + 1;
          this.counters.ensure(g + 1);
        }
      } else {
        g = this.table.lookup(key);
        this.counters.ensure(g + 1);
      }
      const data = this.counters.data;
      const base = g * C.N_COUNTERS;
      inc(data, base + C.C_SCOPE_DIRECT + channel - 1);
      if (receivedDay >= bucket.fromDay) inc(data, base + C.C_NEW_DIRECT + channel - 1);
      else inc(data, base + C.C_CARRIED);
      let verdict: number;
      if (endDay <= bucket.toDay) {
        vin.endedMs = endedMs;
        vin.asOfMs = bucket.toEndMs;
        verdict = classifyVerdict(vin, this.classify);
        if (verdict < 1 || verdict > 3) throw new HccError("invariant_violation", `A dossier ended in the period got verdict ${verdict}`, { value: verdict });
        data[base + C.C_PROCESSING_SECONDS] = (data[base + C.C_PROCESSING_SECONDS] as number) + Math.floor(Math.max(0, endedMs - receivedMs - pausedMs) / 1000);
        if (status === 7 || status === 8) inc(data, base + C.C_WITHDRAWN_STOPPED);
        if ((flags & C.F_ERESULT_KNOWN) !== 0) {
          inc(data, base + C.C_ERESULT_BASE);
          if ((flags & C.F_ERESULT) !== 0) inc(data, base + C.C_ERESULT);
          if ((flags & C.F_DIGITISED_KNOWN) !== 0) {
            inc(data, base + C.C_DIGITISED_BASE);
            if ((flags & (C.F_DIGITISED | C.F_ERESULT)) === (C.F_DIGITISED | C.F_ERESULT)) inc(data, base + C.C_DIGITISED_ERESULT);
          }
        }
      } else {
        vin.endedMs = Number.NaN;
        vin.asOfMs = bucket.asOfMs;
        verdict = classifyVerdict(vin, this.classify);
        if (verdict < 4 || verdict > 5) throw new HccError("invariant_violation", `An open dossier got verdict ${verdict}`, { value: verdict });
      }
      inc(data, base + C.C_EARLY + verdict - 1);
      if (receivedDay >= bucket.fromDay && (flags & C.F_HAS_FEES) !== 0) {
        inc(data, base + C.C_FEES);
        if ((flags & C.F_PAID_ONLINE) !== 0) inc(data, base + C.C_PAID_ONLINE);
      }
      if (b === last) {
        this.#entity(this.procedures, procedureId, verdict);
        this.#entity(this.agencies, agencyId, verdict);
      }
    }
  }

  growDirect(k: number): void {
    let size = this.direct.length;
    while (size <= k) size *= 2;
    const grown = new Int32Array(Math.min(size, DIRECT_LIMIT));
    grown.set(this.direct);
    this.direct = grown;
  }

  #entity(block: CounterBlock, id: number, verdict: number): void {
    const d = block.data;
    const base = id * C.N_ENTITY;
    inc(d, base + C.E_HANDLED);
    if (verdict === 3) inc(d, base + C.E_LATE);
    else if (verdict === 5) inc(d, base + C.E_OVERDUE);
  }
}
