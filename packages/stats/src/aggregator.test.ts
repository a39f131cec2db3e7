import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bieu06,
  buildReport,
  checkBieu06Row,
  createAggregator,
  mergeStates,
  normalizeSpec,
  parseStatsState,
  safeParseStatsState,
  type GroupDimension,
  type StatsState,
} from "@hcc/stats";
import { PERIOD, dossierArb, toInput } from "./_test/gen.js";

const base = { procedureCode: "1.001612", agencyCode: "000.00.10.H07" } as const;
const opts = { from: "2024-03-01", to: "2024-03-31" } as const;

function one(d: Parameters<ReturnType<typeof createAggregator>["add"]>[0], options: Parameters<typeof createAggregator>[0] = opts) {
  const state = createAggregator(options).add(d).state();
  return { state, row: bieu06(state).total };
}

describe("period semantics (Biểu 06)", () => {
  it("counts a dossier received in the period as new, by channel", () => {
    const { row } = one({ ...base, channel: "online", status: 4, receivedAt: "2024-03-01T00:00", dueAt: "2024-04-10" });
    expect(row).toMatchObject({ received: 1, newOnline: 1, newDirectOrPostal: 0, carriedOver: 0, inProgress: 1, within: 1 });
  });

  it("counts a dossier received before the period and open at its start as carried over", () => {
    const { row } = one({ ...base, channel: 3, status: 10, receivedAt: "2024-02-28T23:59", dueAt: "2024-03-05", endedAt: "2024-03-05T16:00" });
    expect(row).toMatchObject({ received: 1, carriedOver: 1, resolved: 1, onTime: 1 });
  });

  it("leaves out dossiers ended before the period and dossiers received after it", () => {
    const agg = createAggregator(opts);
    agg.add({ ...base, status: 10, receivedAt: "2024-02-20", endedAt: "2024-02-29T23:59" });
    agg.add({ ...base, status: 4, receivedAt: "2024-04-01T00:00" });
    agg.add({ ...base, status: 3 });
    agg.add({ ...base, status: "registered", receivedAt: "2024-03-02" });
    const state = agg.state();
    expect(state.groups).toEqual([]);
    expect(state.excluded).toEqual({ notReceived: 2, outOfPeriod: 2, invalid: 0 });
  });

  it("uses Vietnam dates at the period's edges whatever the offset given", () => {
    // 2024-03-31T17:30Z is 2024-04-01 00:30 in Vietnam: after the period.
    expect(one({ ...base, status: 4, receivedAt: "2024-03-31T17:30:00Z" }).state.excluded.outOfPeriod).toBe(1);
    // 2024-02-29T17:30Z is 2024-03-01 00:30 in Vietnam: new.
    expect(one({ ...base, status: 4, receivedAt: "2024-02-29T17:30:00Z" }).row.carriedOver).toBe(0);
  });

  it("classifies resolved dossiers early / on time / late by Vietnam date", () => {
    const r = (endedAt: string) => one({ ...base, status: 9, receivedAt: "2024-03-04T08:00", dueAt: "2024-03-08T17:00", endedAt }).row;
    expect(r("2024-03-07T23:00").early).toBe(1);
    expect(r("2024-03-08T23:59").onTime).toBe(1);
    expect(r("2024-03-08T17:00:00Z").late).toBe(1); // 00:00 on 9 March in Vietnam
  });

  it("counts refused, stopped and withdrawn dossiers as resolved", () => {
    const agg = createAggregator(opts);
    for (const status of [7, 8, "withdrawn", "stopped"] as const) agg.add({ ...base, status, receivedAt: "2024-03-04", dueAt: "2024-03-10", endedAt: "2024-03-05" });
    const s = agg.state();
    expect(bieu06(s).total.resolved).toBe(4);
    expect(s.groups[0]?.counts.withdrawnOrStopped).toBe(4);
  });

  it("judges dossiers ended after the period as in progress at the as-of date", () => {
    const within = one({ ...base, status: 10, receivedAt: "2024-03-20", dueAt: "2024-03-31", endedAt: "2024-04-02" }).row;
    expect(within).toMatchObject({ resolved: 0, inProgress: 1, within: 1 });
    const overdue = one({ ...base, status: 10, receivedAt: "2024-03-20", dueAt: "2024-03-30", endedAt: "2024-04-02" }).row;
    expect(overdue).toMatchObject({ inProgress: 1, overdue: 1 });
    const later = one({ ...base, status: 4, receivedAt: "2024-03-20", dueAt: "2024-04-03" }, { ...opts, asOf: "2024-04-05" }).row;
    expect(later.overdue).toBe(1);
  });

  it("applies the more-than-one-supplement rule, and lets it be switched off", () => {
    const d = { ...base, status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-20", endedAt: "2024-03-05", supplementRequests: 2 } as const;
    expect(one(d).row.late).toBe(1);
    expect(one(d, { ...opts, lateIfMultipleSupplements: false }).row.early).toBe(1);
    expect(one({ ...d, supplementRequests: [{}, {}], status: 4, endedAt: undefined }).row.overdue).toBe(1);
  });

  it("treats a dossier without a due date as on time / within", () => {
    expect(one({ ...base, status: 10, receivedAt: "2024-03-04", endedAt: "2024-03-25" }).row.onTime).toBe(1);
    expect(one({ ...base, status: 4, receivedAt: "2024-03-04" }).row.within).toBe(1);
  });

  it("derives a missing due date with the deriver", () => {
    const dueDate = () => Date.parse("2024-03-06T10:00:00Z");
    expect(one({ ...base, status: 10, receivedAt: "2024-03-04", endedAt: "2024-03-25" }, { ...opts, dueDate }).row.late).toBe(1);
    expect(one({ ...base, status: 10, receivedAt: "2024-03-04", endedAt: "2024-03-25" }, { ...opts, dueDate: () => undefined }).row.onTime).toBe(1);
    expect(() => one({ ...base, status: 4, receivedAt: "2024-03-04" }, { ...opts, dueDate: () => Number.NaN })).toThrow(/dueAt/);
    expect(() =>
      one({ ...base, status: 4, receivedAt: "2024-03-04" }, { ...opts, dueDate: () => { throw new Error("boom"); } }),
    ).toThrow(/cannot derive the due date: boom/);
  });

  it("takes the agency from the dossier code when agencyCode is missing", () => {
    const { state } = one({ code: "000.00.53.H07-240304-0001", procedureCode: "1.001612", status: 4, receivedAt: "2024-03-04" });
    expect(Object.keys(state.agencies)).toEqual(["000.00.53.H07"]);
  });
});

describe("grouping", () => {
  it("groups by agency, field, procedure, level and channel", () => {
    const agg = createAggregator({ ...opts, groupBy: ["agency", "field", "procedure", "level", "channel"] });
    agg.add({ ...base, fieldCode: "tu-phap", level: 1, channel: 2, status: 4, receivedAt: "2024-03-04" });
    agg.add({ ...base, fieldCode: "tu-phap", level: "province", channel: "online", status: 4, receivedAt: "2024-03-05" });
    agg.add({ ...base, status: 4, receivedAt: "2024-03-05" });
    const s = agg.state();
    expect(s.groups.map((g) => g.key)).toEqual([
      { agency: "000.00.10.H07", field: "", procedure: "1.001612", level: "", channel: "direct" },
      { agency: "000.00.10.H07", field: "tu-phap", procedure: "1.001612", level: "province", channel: "online" },
    ]);
    expect(bieu06(s).rows[0]?.label).toBe("000.00.10.H07 · — · 1.001612 · — · direct");
  });

  it("splits the period by month, carrying open dossiers over into each month", () => {
    const agg = createAggregator({ from: "2024-01-15", to: "2024-03-10", groupBy: ["month"] });
    agg.add({ ...base, status: 10, receivedAt: "2024-01-20", dueAt: "2024-02-10", endedAt: "2024-03-02" });
    const rows = bieu06(agg.state()).rows;
    expect(rows.map((r) => [r.label, r.newDirectOrPostal, r.carriedOver, r.within, r.overdue, r.late])).toEqual([
      ["2024-01", 1, 0, 1, 0, 0],
      ["2024-02", 0, 1, 0, 1, 0],
      ["2024-03", 0, 1, 0, 0, 1],
    ]);
  });

  it("splits by quarter and year", () => {
    const q = createAggregator({ from: "2023-11-01", to: "2024-04-30", groupBy: ["quarter"] });
    q.add({ ...base, status: 4, receivedAt: "2023-12-01" });
    expect(q.state().groups.map((g) => g.key.quarter)).toEqual(["2023-Q4", "2024-Q1", "2024-Q2"]);
    const y = createAggregator({ from: "2023-11-01", to: "2024-04-30", groupBy: ["year", "agency"] });
    y.add({ ...base, status: 10, receivedAt: "2023-12-01", endedAt: "2023-12-05" });
    expect(y.state().groups.map((g) => g.key.year)).toEqual(["2023"]);
  });

  it("groups many agencies beyond the direct cache", () => {
    const agg = createAggregator({ ...opts, groupBy: ["procedure", "agency", "channel"] });
    for (let i = 0; i < 1500; i++) agg.add({ procedureCode: `P${i % 300}`, agencyCode: `A${i}`, status: 4, receivedAt: "2024-03-04" });
    expect(agg.state().groups.length).toBe(1500);
  });
});

describe("validation", () => {
  it("rejects bad dossiers with invalid_record naming the field", () => {
    const bad = [
      [{ ...base, status: 4 }, /receivedAt: missing/],
      [{ ...base, status: 10, receivedAt: "2024-03-04" }, /endedAt: missing although status 10/],
      [{ ...base, status: 4, receivedAt: "2024-03-04", endedAt: "2024-03-05" }, /does not end processing/],
      [{ ...base, status: 10, receivedAt: "2024-03-04", endedAt: "2024-03-03" }, /before receivedAt/],
      [{ ...base, status: 11, receivedAt: "2024-03-04" }, /unknown status/],
      [{ ...base, status: "", receivedAt: "2024-03-04" }, /status: missing/],
      [{ ...base, channel: 4, status: 4, receivedAt: "2024-03-04" }, /unknown channel/],
      [{ ...base, status: 4, receivedAt: "2024-02-30" }, /receivedAt: Invalid date/],
      [{ ...base, status: 4, receivedAt: 5 }, /receivedAt: Invalid date 5: a number is read as yyyyMMdd/],
      [{ ...base, status: 4, receivedAt: true }, /receivedAt: expected a date/],
      [{ ...base, procedureCode: " ", status: 4, receivedAt: "2024-03-04" }, /procedureCode: missing/],
      [{ procedureCode: "1", status: 4, receivedAt: "2024-03-04" }, /agencyCode: missing/],
      [{ ...base, level: 9, status: 4, receivedAt: "2024-03-04" }, /unknown level/],
      [{ ...base, supplementRequests: -1, status: 4, receivedAt: "2024-03-04" }, /non-negative integer/],
      [{ ...base, flags: { hasFees: "maybe" }, status: 4, receivedAt: "2024-03-04" }, /hasFees: expected a boolean/],
      [{ ...base, pauses: "not json [", status: 4, receivedAt: "2024-03-04" }, /pauses/],
      [{ ...base, pauses: "[1", status: 4, receivedAt: "2024-03-04" }, /not valid JSON/],
      [{ ...base, pauses: 5, status: 4, receivedAt: "2024-03-04" }, /expected a list/],
      [{ ...base, pauses: [5], status: 4, receivedAt: "2024-03-04" }, /bad pause/],
      [{ ...base, pauses: [{ to: "2024-03-05" }], status: 4, receivedAt: "2024-03-04" }, /without a start/],
      [{ ...base, pauses: [{ from: "2024-03-05", to: "2024-03-04" }], status: 4, receivedAt: "2024-03-04" }, /ends before it starts/],
    ] as const;
    for (const [d, message] of bad) {
      expect(() => createAggregator(opts).add(d as never), JSON.stringify(d)).toThrow(message);
      try {
        createAggregator(opts).add({ ...(d as object), code: "X-1" } as never);
      } catch (error) {
        expect((error as { code: string }).code).toBe("invalid_record");
      }
    }
  });

  it("validates the options", () => {
    expect(() => normalizeSpec({ from: "2024-03-31", to: "2024-03-01" })).toThrow(/before it starts/);
    expect(() => normalizeSpec({ ...opts, asOf: "2024-03-30" })).toThrow(/asOf/);
    expect(() => normalizeSpec({ ...opts, groupBy: ["agency", "agency"] })).toThrow(/repeats/);
    expect(() => normalizeSpec({ ...opts, groupBy: ["month", "year"] })).toThrow(/one time dimension/);
    expect(() => normalizeSpec({ ...opts, groupBy: ["nope" as GroupDimension] })).toThrow(/Invalid stats options/);
    expect(() => normalizeSpec({ from: "x", to: "2024-03-01" })).toThrow(/Invalid date/);
  });

  it("accepts core Dossier-like input with pauses and flags, and counts the indicators' flags", () => {
    const agg = createAggregator(opts);
    agg.add({
      ...base,
      channel: "online",
      status: "returned",
      receivedAt: "2024-03-04T08:00",
      dueAt: "2024-03-20",
      endedAt: "2024-03-06T08:00",
      pauses: [{ from: "2024-03-04T20:00", to: "2024-03-05T08:00" }, { from: "2024-03-05T09:00" }],
      flags: { hasFees: true, paidOnline: true, digitised: true, electronicResult: true },
    });
    agg.add({ ...base, status: 10, receivedAt: "2024-03-04", endedAt: "2024-03-05", pauses: "2024-03-04T10:00/2024-03-04T12:00", hasFees: "0", digitised: "không", electronicResult: "false" } as never);
    const c = agg.state().groups[0]?.counts;
    expect(c?.processingSeconds).toBe(36 * 3600 + 22 * 3600);
    expect(c).toMatchObject({ withFees: 1, paidOnline: 1, resultFlagKnown: 2, electronicResult: 1, digitisedFlagKnown: 2, digitisedWithElectronicResult: 1 });
  });
});

describe("addColumns", () => {
  it("gives the same state as add", () => {
    const ms = (s: string) => Date.parse(`${s}+07:00`);
    const cols = {
      length: 3,
      receivedMs: Float64Array.of(ms("2024-03-04T08:00"), ms("2024-02-20T08:00"), ms("2024-03-10T08:00")),
      dueMs: Float64Array.of(ms("2024-03-08T17:00"), Number.NaN, ms("2024-03-12T17:00")),
      endedMs: Float64Array.of(ms("2024-03-07T08:00"), Number.NaN, ms("2024-03-13T08:00")),
      status: Uint8Array.of(10, 4, 9),
      channel: Uint8Array.of(1, 2, 3),
      supplementRequests: Uint8Array.of(0, 0, 2),
      agency: Int32Array.of(0, 1, 0),
      agencyValues: ["A", "B"],
      procedure: Int32Array.of(0, 0, 0),
      procedureValues: ["1.001612"],
      field: Int32Array.of(0, 0, 0),
      fieldValues: ["f"],
    };
    const a = createAggregator({ ...opts, groupBy: ["agency", "channel", "field"] }).addColumns(cols).state();
    const b = createAggregator({ ...opts, groupBy: ["agency", "channel", "field"] })
      .add({ procedureCode: "1.001612", agencyCode: "A", fieldCode: "f", channel: 1, status: 10, receivedAt: "2024-03-04T08:00", dueAt: "2024-03-08T17:00", endedAt: "2024-03-07T08:00" })
      .add({ procedureCode: "1.001612", agencyCode: "B", fieldCode: "f", channel: 2, status: 4, receivedAt: "2024-02-20T08:00" })
      .add({ procedureCode: "1.001612", agencyCode: "A", fieldCode: "f", channel: 3, status: 9, receivedAt: "2024-03-10T08:00", dueAt: "2024-03-12T17:00", endedAt: "2024-03-13T08:00", supplementRequests: 2 })
      .state();
    expect(a).toEqual(b);
    expect(() => createAggregator(opts).addColumns({ ...cols, status: Uint8Array.of(10, 4, 0) })).toThrow(/Row 2: status/);
  });
});

describe("properties", () => {
  const groupings: GroupDimension[][] = [[], ["agency", "channel"], ["procedure", "month"], ["field", "level", "quarter"]];

  it("every Biểu 06 row satisfies the four invariants, on random data", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 120 }), fc.constantFrom(...groupings), (dossiers, groupBy) => {
        const agg = createAggregator({ ...PERIOD, groupBy });
        for (const d of dossiers) agg.add(toInput(d));
        const state = agg.state();
        const { rows, total } = bieu06(state);
        for (const r of [...rows, total]) checkBieu06Row(r);
        const counted = dossiers.filter((d) => d.status !== 3).length;
        if (groupBy.length === 0 || !groupBy.some((g) => g === "month" || g === "quarter")) {
          expect(total.received + state.excluded.outOfPeriod).toBe(counted);
        }
        expect(state.excluded.notReceived).toBe(dossiers.length - counted);
      }),
      { numRuns: 150 },
    );
  });

  it("merge law: any split, merged in any order, equals one pass", () => {
    fc.assert(
      fc.property(
        fc.array(dossierArb, { maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 80, maxLength: 80 }),
        fc.constantFrom(...groupings),
        fc.integer({ min: 0, max: 1_000_000 }),
        (dossiers, parts, groupBy, seed) => {
          const options = { ...PERIOD, groupBy };
          const one = createAggregator(options).addMany(dossiers.map(toInput)).state();
          const aggs = [0, 1, 2, 3].map(() => createAggregator(options));
          dossiers.forEach((d, i) => aggs[parts[i] as number]?.add(toInput(d)));
          const states = aggs.map((a) => a.state());
          // a seeded permutation of the states
          const order = states.map((s, i) => ({ s, k: (seed * (i + 7)) % 13 })).sort((a, b) => a.k - b.k).map((x) => x.s);
          const merged = mergeStates(order);
          expect(merged).toEqual(one);
          expect(JSON.stringify(merged)).toBe(JSON.stringify(one));
          // merging merged states (tree order) too
          expect(mergeStates([mergeStates([states[3] as StatsState, states[1] as StatsState]), mergeStates([states[2] as StatsState, states[0] as StatsState])])).toEqual(one);
          // and the state survives JSON
          expect(parseStatsState(JSON.parse(JSON.stringify(one)))).toEqual(one);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe("state", () => {
  const state = createAggregator({ ...opts, groupBy: ["agency"] })
    .add({ ...base, status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-05", endedAt: "2024-03-08" })
    .state();

  it("is frozen plain JSON", () => {
    expect(Object.isFrozen(state)).toBe(true);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.procedures).toEqual({ "1.001612": { handled: 1, late: 1, overdue: 0 } });
  });

  it("refuses to merge different specs or nothing", () => {
    const other = createAggregator({ ...opts, groupBy: ["channel"] }).state();
    expect(() => mergeStates([state, other])).toThrow(/different specs/);
    expect(() => mergeStates([])).toThrow(/at least one/);
  });

  it("parses and rejects states", () => {
    expect(safeParseStatsState(JSON.parse(JSON.stringify(state))).success).toBe(true);
    expect(safeParseStatsState({ ...state, format: "x" }).success).toBe(false);
    const wrongKey = { ...state, groups: [{ ...state.groups[0], key: { channel: "direct" } }] };
    expect(() => parseStatsState(wrongKey)).toThrow(/does not match groupBy/);
  });

  it("detects a tampered state as an invariant violation", () => {
    const g = state.groups[0] as StatsState["groups"][number];
    const tampered = { ...state, groups: [{ ...g, counts: { ...g.counts, resolvedEarly: g.counts.resolvedEarly + 1 } }] };
    expect(() => bieu06(tampered)).toThrow(expect.objectContaining({ code: "invariant_violation" }));
    const tampered2 = { ...state, groups: [{ ...g, counts: { ...g.counts, carriedOver: 5 } }] };
    expect(() => buildReport(tampered2)).toThrow(/\(3\) = \(4\)\+\(5\)\+\(6\)/);
    const tampered3 = { ...state, groups: [{ ...g, counts: { ...g.counts, inProgressWithin: 1, inScopeDirect: 2 } }] };
    expect(() => bieu06(tampered3)).toThrow(/\(11\) = \(12\)\+\(13\)|\(3\) = \(4\)/);
  });

  it("checks each invariant", () => {
    const ok = { no: 1, label: "x", key: {}, received: 3, newOnline: 1, newDirectOrPostal: 1, carriedOver: 1, resolved: 2, early: 1, onTime: 1, late: 0, inProgress: 1, within: 1, overdue: 0 };
    expect(checkBieu06Row(ok)).toBe(ok);
    expect(() => checkBieu06Row({ ...ok, received: 4, carriedOver: 2 })).toThrow(/\(3\) = \(7\)\+\(11\)/);
    expect(() => checkBieu06Row({ ...ok, early: 2 })).toThrow(/\(7\) = \(8\)\+\(9\)\+\(10\)/);
    expect(() => checkBieu06Row({ ...ok, within: 2 })).toThrow(/\(11\) = \(12\)\+\(13\)/);
  });
});
