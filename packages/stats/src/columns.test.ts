import { VIETNAM_UTC_OFFSET_MS, toEpochMs } from "@hcc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAggregator, type DossierColumns, type GroupDimension, type StatsDossierInput } from "@hcc/stats";
import { PERIOD, dossierArb, toInput, type PlainDossier } from "./_test/gen.js";

const CHANNEL = { direct: 1, online: 2, postal: 3 } as const;
const ms = (text: string | undefined): number => (text === undefined ? Number.NaN : toEpochMs(text));

/** Dossier columns with every column the aggregator requires. */
type StatsColumns = DossierColumns & Required<Pick<DossierColumns, "dueMs" | "endedMs" | "status" | "channel" | "agency" | "agencyValues" | "procedure" | "procedureValues">>;

/** The dossiers as columns (no flags, no level: columns carry neither), with or without the field column. */
function toColumns(dossiers: readonly PlainDossier[], withField: boolean): StatsColumns {
  const dict = (values: readonly string[]) => {
    const list = [...new Set(values)].reverse(); // not in first-seen order, so that ids differ from the aggregator's
    return { list, index: Int32Array.from(values, (v) => list.indexOf(v)) };
  };
  const agency = dict(dossiers.map((d) => d.agencyCode));
  const procedure = dict(dossiers.map((d) => d.procedureCode));
  const field = dict(dossiers.map((d) => d.fieldCode));
  return {
    length: dossiers.length,
    receivedMs: Float64Array.from(dossiers, (d) => ms(d.receivedAt)),
    dueMs: Float64Array.from(dossiers, (d) => ms(d.dueAt)),
    endedMs: Float64Array.from(dossiers, (d) => ms(d.endedAt)),
    status: Uint8Array.from(dossiers, (d) => d.status),
    channel: Uint8Array.from(dossiers, (d) => CHANNEL[d.channel]),
    supplementRequests: Uint8Array.from(dossiers, (d) => d.supplementRequests),
    agency: agency.index,
    agencyValues: agency.list,
    procedure: procedure.index,
    procedureValues: procedure.list,
    ...(withField ? { field: field.index, fieldValues: field.list } : {}),
  };
}

/** The same dossiers as records, as the columns see them. */
function asRecord(d: PlainDossier, withField: boolean): StatsDossierInput {
  const { flags: _flags, level: _level, fieldCode, ...rest } = d;
  return toInput({ ...rest, flags: {}, level: "", fieldCode: withField ? fieldCode : "" } as PlainDossier);
}

const groupings: GroupDimension[][] = [
  [],
  ["agency", "channel"],
  ["channel"],
  ["procedure", "agency", "field"],
  ["field", "level", "channel"],
  ["agency", "month"],
  ["quarter", "procedure"],
];

describe("addColumns", () => {
  it("gives the state of add, one dossier at a time — both paths, any grouping, as-of, field column", () => {
    fc.assert(
      fc.property(
        fc.array(dossierArb, { maxLength: 200, size: "max" }),
        fc.constantFrom(...groupings),
        fc.constantFrom(PERIOD.to, "2024-05-15"),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        (dossiers, groupBy, asOf, withField, parts) => {
          const options = { ...PERIOD, asOf, groupBy };
          const one = createAggregator(options);
          for (const d of dossiers) one.add(asRecord(d, withField));
          // the columns in 1–3 calls into one aggregator
          const cols = createAggregator(options);
          const size = Math.ceil(dossiers.length / parts);
          for (let at = 0; at < dossiers.length || at === 0; at += Math.max(1, size)) cols.addColumns(toColumns(dossiers.slice(at, at + size), withField));
          expect(cols.state()).toEqual(one.state());
        },
      ),
      { numRuns: 100 },
    );
  });

  it("counts a million-scale input the same as add (blocks, new groups in later blocks)", () => {
    const dossiers = fc.sample(dossierArb, { numRuns: 9000, seed: 7 });
    const options = { ...PERIOD, groupBy: ["procedure", "channel"] as GroupDimension[] };
    const one = createAggregator(options);
    for (const d of dossiers) one.add(asRecord(d, false));
    expect(createAggregator(options).addColumns(toColumns(dossiers, false)).state()).toEqual(one.state());
  });

  it("puts the period's edges at Vietnam midnight, to the millisecond, on both paths", () => {
    const from = Date.parse("2024-03-01T00:00:00+07:00");
    const endBound = Date.parse("2024-05-01T00:00:00+07:00");
    const dossiers: PlainDossier[] = [];
    const wallMs = (t: number) => new Date(t + VIETNAM_UTC_OFFSET_MS).toISOString().replace("Z", "+07:00");
    for (const received of [from - 86_400_000, from - 1, from, endBound - 1, endBound]) {
      for (const ended of [undefined, from - 1, from, endBound - 1, endBound]) {
        if (ended !== undefined && ended < received) continue;
        for (const channel of ["direct", "online", "postal"] as const) {
          dossiers.push({
            code: "x", procedureCode: "1.001612", agencyCode: "A", fieldCode: "", level: "", channel,
            status: ended === undefined ? 4 : 8, receivedAt: wallMs(received), dueAt: "2024-04-30", endedAt: ended === undefined ? undefined : wallMs(ended),
            supplementRequests: 0, flags: {},
          });
        }
      }
    }
    expect(dossiers.length).toBeGreaterThanOrEqual(24); // enough rows for the block path
    for (const groupBy of [["channel"], ["month"]] as GroupDimension[][]) {
      const one = createAggregator({ ...PERIOD, groupBy });
      for (const d of dossiers) one.add(asRecord(d, false));
      const state = createAggregator({ ...PERIOD, groupBy }).addColumns(toColumns(dossiers, false)).state();
      expect(state).toEqual(one.state());
      expect(state.excluded.outOfPeriod).toBe(12); // ended before the period (2 × 3), received after it (2 × 3)
    }
  });

  it("rejects a bad row whole: nothing is added, the first bad row is named", () => {
    const dossiers = fc.sample(dossierArb, { numRuns: 5000, seed: 11 }).filter((d) => d.status !== 3);
    for (const groupBy of [["agency", "channel"], ["agency", "month"]] as GroupDimension[][]) {
      const agg = createAggregator({ ...PERIOD, groupBy });
      agg.addColumns(toColumns(dossiers.slice(0, 100), true));
      const before = agg.state();
      const cols = toColumns(dossiers, true);
      const status = Uint8Array.from(cols.status);
      status[4321] = 11;
      status[4500] = 0;
      expect(() => agg.addColumns({ ...cols, status })).toThrow(/^Row 4321: status: unknown status 11$/);
      const channel = Uint8Array.from(cols.channel);
      channel[3000] = 4;
      expect(() => agg.addColumns({ ...cols, channel })).toThrow(/^Row 3000: channel: unknown channel 4$/);
      const agency = Int32Array.from(cols.agency);
      agency[2500] = -1;
      expect(() => agg.addColumns({ ...cols, agency })).toThrow(/^Row 2500: agency: index -1 is not in agencyValues/);
      const procedure = Int32Array.from(cols.procedure);
      procedure[10] = cols.procedureValues.length;
      expect(() => agg.addColumns({ ...cols, procedure })).toThrow(/^Row 10: procedure: index \d+ is not in procedureValues/);
      const endedMs = Float64Array.from(cols.endedMs);
      const open = cols.status.findIndex((s) => s >= 2 && s <= 6);
      endedMs[open] = cols.receivedMs[open] as number;
      expect(() => agg.addColumns({ ...cols, endedMs })).toThrow(new RegExp(`^Row ${open}: endedAt: given although status`));
      expect(agg.state()).toEqual(before);
    }
  });

  it("checks the columns' types, lengths and dictionaries at the boundary", () => {
    const cols = toColumns(fc.sample(dossierArb, { numRuns: 10, seed: 3 }), true);
    const agg = createAggregator(PERIOD);
    const error = (c: unknown) => {
      try {
        agg.addColumns(c as DossierColumns);
      } catch (e) {
        return e as { code: string; message: string };
      }
      throw new Error("accepted");
    };
    expect(error(null)).toMatchObject({ code: "invalid_input", message: "addColumns: expected dossier columns, got null" });
    expect(error({ ...cols, length: -1 }).message).toBe("addColumns: length must be a non-negative integer, got -1");
    expect(error({ ...cols, receivedMs: [1, 2] }).message).toBe("addColumns: receivedMs must be a Float64Array, got Array");
    expect(error({ ...cols, status: new Uint8Array(3) }).message).toBe("addColumns: status has 3 rows, length is 10");
    expect(error({ ...cols, agency: new Float64Array(10) }).message).toBe("addColumns: agency must be a Int32Array or Uint32Array or Uint16Array, got Float64Array");
    expect(error({ ...cols, procedureValues: [1] }).message).toBe("addColumns: procedureValues must be an array of strings");
    expect(error({ ...cols, fieldValues: undefined }).message).toBe("addColumns: fieldValues must be an array of strings");
    expect(error({ ...cols, status: undefined }).message).toBe("addColumns: status must be a Uint8Array, got undefined");
    expect(error({ ...cols, length: undefined, receivedMs: undefined }).message).toBe("addColumns: length must be a non-negative integer, got NaN");
    expect(agg.state().groups).toEqual([]);
    // more rows than `length` are fine: only the first `length` are read
    expect(createAggregator(PERIOD).addColumns({ ...cols, length: 0 }).state().groups).toEqual([]);
    // without `length`, every row of `receivedMs` is read
    const { length: _length, ...noLength } = cols;
    expect(createAggregator(PERIOD).addColumns(noLength).state()).toEqual(createAggregator(PERIOD).addColumns(cols).state());
  });
});
