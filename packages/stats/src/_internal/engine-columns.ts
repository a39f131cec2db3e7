/**
 * The columnar paths of the stats engine (`StatsAggregator.addColumns`): row by row through the
 * engine's hot path, or — with one period bucket — in cache-sized blocks with no per-row call
 * (see {@link addColumnsOneBucket}).
 */
import { HccError, dayNumberToEpochMs, type DossierColumns } from "@hcc/core";
import { classifyVerdicts } from "@hcc/sla";
import { BLOCK, CELLS, checkCells, checkColumns, countRows, foldEntities, foldHistograms, maskEnds, throwBadRow, type StatsColumns } from "./columns.js";
import type { Dictionary } from "./dictionary.js";
import { DIM_AGENCY, DIM_FIELD, DIM_LEVEL, DIM_PROCEDURE, DIRECT_LIMIT, type StatsEngine } from "./engine.js";
import type { Bucket } from "./periods.js";

/**
 * Adds dossiers held as columns (see `StatsAggregator.addColumns`): all or nothing — the columns
 * and then every row are checked before the first row is added.
 */
export function addColumns(engine: StatsEngine, input: DossierColumns): void {
  // the one-bucket path checks the rows while it counts them (into local histograms, folded in
  // only once every row passed); the row-by-row path checks them all first
  const oneBucket = engine.buckets.length === 1;
  const checked = checkColumns(input, !oneBucket);
  const columns = checked;
  const n = checked.length;
  const mapAgency = Int32Array.from(columns.agencyValues, (v) => engine._intern(DIM_AGENCY, v));
  const mapProcedure = Int32Array.from(columns.procedureValues, (v) => engine._intern(DIM_PROCEDURE, v));
  const mapField = Int32Array.from(columns.fieldValues ?? [], (v) => engine._intern(DIM_FIELD, v));
  const noField = engine._intern(DIM_FIELD, "");
  const noLevel = engine._intern(DIM_LEVEL, "");
  if (oneBucket && addColumnsOneBucket(engine, columns, n, mapAgency, mapProcedure, mapField, noField, noLevel)) return;
  if (oneBucket) throwBadRow(columns, 0, n);
  const { receivedMs, dueMs, endedMs, status, channel, supplementRequests, agency, procedure, field } = columns;
  const io = engine._io;
  for (let i = 0; i < n; i++) {
    io[0] = receivedMs[i] as number;
    io[1] = dueMs[i] as number;
    io[2] = endedMs[i] as number;
    io[3] = 0;
    // the rows were checked by checkColumns: _addRow cannot reject one
    engine._addRow(
      supplementRequests === undefined ? 0 : (supplementRequests[i] as number),
      channel[i] as number,
      status[i] as number,
      mapProcedure[procedure[i] as number] as number,
      mapAgency[agency[i] as number] as number,
      field === undefined ? noField : (mapField[field[i] as number] as number),
      noLevel,
      0,
    );
  }
}

/**
 * The columnar fast path when the report has one period bucket (no month / quarter / year
 * grouping, or a period inside one of them) and every group key fits the direct cache: cache-
 * sized blocks go through three tight passes — period and group (`countRows`), verdicts
 * (`classifyVerdicts` of `@hcc/sla`, the one place the rule lives) and counting
 * (`countRows`) — with no per-row call or allocation. Returns false (nothing added) when
 * it does not apply.
 */
function addColumnsOneBucket(
  engine: StatsEngine,
  columns: StatsColumns,
  n: number,
  mapAgency: Int32Array,
  mapProcedure: Int32Array,
  mapField: Int32Array,
  noField: number,
  noLevel: number,
): boolean {
  // composite key k = Σ id × stride over the grouping dimensions (the direct cache's layout),
  // split into one contribution per dictionary value so a row's key is three lookups and a sum
  const dims = engine.dims;
  const radix = engine.radix;
  const strides = new Int32Array(dims.length);
  let stride = 1;
  for (let i = dims.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= radix[i] as number;
  }
  // per dictionary index: (key contribution, entity id × 3), see countRows
  const agencyTable = new Int32Array(mapAgency.length * 2);
  const procedureTable = new Int32Array(mapProcedure.length * 2);
  for (let x = 0; x < mapAgency.length; x++) agencyTable[x * 2 + 1] = (mapAgency[x] as number) * 3;
  for (let x = 0; x < mapProcedure.length; x++) procedureTable[x * 2 + 1] = (mapProcedure[x] as number) * 3;
  const fieldKey = new Int32Array(mapField.length);
  let keyBase = 0;
  let channelStride = 0;
  let maxKey = 0;
  for (let i = 0; i < dims.length; i++) {
    const st = strides[i] as number;
    const dim = dims[i] as number;
    const r = radix[i] as number;
    const contribute = (out: Int32Array, ids: Int32Array, step: number): boolean => {
      let max = 0;
      for (let x = 0; x < ids.length; x++) {
        const id = ids[x] as number;
        if (id >= r) return false;
        out[x * step] = id * st;
        if (id * st > max) max = id * st;
      }
      maxKey += max;
      return true;
    };
    if (dim === DIM_AGENCY) {
      if (!contribute(agencyTable, mapAgency, 2)) return false;
    } else if (dim === DIM_PROCEDURE) {
      if (!contribute(procedureTable, mapProcedure, 2)) return false;
    } else if (dim === DIM_FIELD && columns.field !== undefined) {
      if (!contribute(fieldKey, mapField, 1)) return false;
    } else if (dim === 4) {
      channelStride = st;
      maxKey += 3 * st;
    } else if (dim !== 5) {
      // a constant dimension: the empty field or level
      const id = dim === DIM_FIELD ? noField : noLevel;
      if (id >= r) return false;
      keyBase += id * st;
      maxKey += id * st;
    }
  }
  if (maxKey >= DIRECT_LIMIT) return false;
  // the histograms cost CELLS counters per group: not worth it for a few rows into many groups
  let capacity = Math.max(16, engine.table.count * 2);
  if (capacity * CELLS > 64 * n) return false;
  if (maxKey >= engine.direct.length) engine.growDirect(maxKey);
  const bucket = engine.buckets[0] as Bucket;
  const endBoundMs = dayNumberToEpochMs(engine.toDay + 1);
  const { receivedMs, dueMs, endedMs, supplementRequests, agency, procedure } = columns;
  const { status, channel } = columns;
  // a field column is read (its indices checked) even when the field is not grouped on
  const hasField = columns.field !== undefined;
  const field = columns.field ?? agency;
  const fromStartMs = dayNumberToEpochMs(engine.fromDay);
  const verdicts = new Uint8Array(BLOCK);
  const procedurePosition = dims.indexOf(DIM_PROCEDURE);
  const agencyPosition = dims.indexOf(DIM_AGENCY);
  const procedureCells = new Float64Array((engine.dicts[DIM_PROCEDURE] as Dictionary).size * 3);
  const agencyCells = new Float64Array((engine.dicts[DIM_AGENCY] as Dictionary).size * 3);
  // received rows, the key of a group to create, a bad row seen (see countRows)
  const tally = new Float64Array(3);
  const pick = new Float64Array(2);
  // judged at the end of the period, a dossier ended later is open: when the as-of date is the
  // end of the period (the default) the end instants can be classified as they are
  const masked = bucket.asOfMs === bucket.toEndMs ? undefined : new Float64Array(BLOCK);
  const key = engine.key;
  let cells = new Float64Array(capacity * CELLS);
  let seconds = new Float64Array(capacity);
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    if (masked !== undefined) maskEnds(start, end, endedMs, endBoundMs, masked);
    classifyVerdicts(
      {
        receivedMs: receivedMs.subarray(start, end),
        dueMs: dueMs.subarray(start, end),
        endedMs: masked === undefined ? endedMs.subarray(start, end) : masked.subarray(0, end - start),
        supplementRequests: supplementRequests?.subarray(start, end),
      },
      bucket.asOfMs,
      engine.classify,
      verdicts,
    );
    let at = start;
    // prettier-ignore
    while ((at = countRows(at, end, start, verdicts, status, channel, receivedMs, endedMs, agency, agencyTable, procedure, procedureTable,
      hasField, field, fieldKey, channelStride, keyBase, engine.direct, fromStartMs, endBoundMs, cells, seconds, procedurePosition < 0, procedureCells, agencyPosition < 0, agencyCells, tally, pick)) < end) {
      // a group met for the first time: decode its key, create it, and go on from that row
      const k = tally[1] as number;
      for (let i = 0; i < dims.length; i++) key[i] = Math.floor(k / (strides[i] as number)) % (radix[i] as number);
      const g = engine.table.lookup(key);
      engine.direct[k] = g + 1;
      engine.counters.ensure(g + 1);
      if (g >= capacity) {
        while (g >= capacity) capacity *= 2;
        const grownCells = new Float64Array(capacity * CELLS);
        grownCells.set(cells);
        cells = grownCells;
        const grownSeconds = new Float64Array(capacity);
        grownSeconds.set(seconds);
        seconds = grownSeconds;
      }
    }
    if (tally[2] !== 0) throwBadRow(columns, start, end);
  }
  const counted = checkCells(engine.table.count, cells);
  if (counted < 0) throw new HccError("invariant_violation", "A verdict contradicts its dossier's state in the period", { value: counted });
  foldHistograms(engine.table.count, cells, seconds, engine.counters.data, procedureCells, engine.procedures.data, agencyCells, engine.agencies.data);
  // the entity counters of a grouping dimension come from the group cells (see countRows)
  const t = engine.table;
  if (procedurePosition >= 0) foldEntities(t.count, cells, t.tuples, t.width, procedurePosition, engine.procedures.data);
  if (agencyPosition >= 0) foldEntities(t.count, cells, t.tuples, t.width, agencyPosition, engine.agencies.data);
  engine.notReceived += n - (tally[0] as number);
  engine.outOfPeriod += (tally[0] as number) - counted;
  return true;
}
