import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { isHccError, type DossierInput } from "@hcc/core";
import { evaluateDossier, evaluateMany, toDossierColumns, VERDICTS, type EvaluateManyOptions } from "@hcc/sla";
import { testCalendar } from "./_test/test-calendar.js";

const calendar = vietnamCalendar();
const H7 = 7 * 3_600_000;
const DAY = 86_400_000;

/** A deterministic mix of dossiers: any hour, weekends, holidays, cut-offs, both units and ends. */
function dossiers(count: number): DossierInput[] {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const from = Date.parse("2023-12-01T00:00:00+07:00");
  const out: DossierInput[] = [];
  for (let i = 0; i < count; i++) {
    const r = from + Math.floor(rand() * 600 * 24 * 60) * 60_000;
    const ended = rand() < 0.6;
    out.push({
      code: `X-${i}`,
      procedureCode: rand() < 0.5 ? "P1" : "P2",
      agencyCode: "X",
      status: ended ? "done" : rand() < 0.05 ? "not_received" : "processing",
      receivedAt: new Date(r),
      ...(ended ? { endedAt: new Date(r + Math.floor(rand() * 20 * DAY)) } : {}),
      ...(rand() < 0.1 ? { extensions: [{ at: new Date(r + DAY), newDueAt: new Date(r + 25 * DAY) }] } : {}),
      ...(rand() < 0.1 ? { supplementRequests: [{ requestedAt: new Date(r + 2 * DAY), completedAt: new Date(r + 4 * DAY) }] } : {}),
    });
  }
  return out;
}

const options: EvaluateManyOptions = {
  asOf: "2025-12-31T17:00",
  calendar,
  procedures: {
    P1: { code: "P1", name: "Cấp bản sao", timing: { cutoff: "15:00" }, cases: [{ channels: [{ channel: "direct", processingTime: { value: 1, unit: "working_days" } }] }] },
    P2: { code: "P2", name: "Đăng ký", cases: [{ channels: [{ channel: "direct", processingTime: { value: 7, unit: "working_days" } }] }] },
  },
};

describe("evaluateMany", () => {
  const ds = dossiers(2000);
  const singles = ds.map((d) => evaluateDossier(d, { ...options, procedure: options.procedures![(d as { procedureCode: string }).procedureCode]! }));

  it("over an array equals evaluateDossier one by one (procedures looked up by code)", () => {
    expect(evaluateMany(ds, options)).toEqual(singles);
  });

  it("over columns equals evaluateDossier, on the fast path (working days, per-row cut-offs) and the per-dossier path", () => {
    const columns = toDossierColumns(ds, options);
    expect(Array.from(columns.cutoffMinutes!).filter((c) => c === 900).length).toBeGreaterThan(500);
    for (const convention of ["day", "hour"] as const) {
      const r = evaluateMany(columns, { ...options, convention });
      const s = ds.map((d) => evaluateDossier(d, { ...options, convention, procedure: options.procedures![(d as { procedureCode: string }).procedureCode]! }));
      s.forEach((e, i) => {
        expect(VERDICTS[r.verdicts[i]!]).toBe(e.verdict);
        expect(r.dueMs[i]).toBe(e.originalDue?.ms ?? Number.NaN);
        expect(r.currentDueMs[i]).toBe(e.currentDue?.ms ?? Number.NaN);
        expect(r.clockStartMs[i]).toBe(e.clockStart === null ? Number.NaN : Date.parse(e.clockStart));
        expect(r.pausedMinutes[i]).toBe(e.pausedMinutes);
      });
    }
  });

  it("gives the same columns with a plugged-in calendar that has no compiled tables", () => {
    const columns = toDossierColumns(ds, options);
    const a = evaluateMany(columns, options);
    const b = evaluateMany(columns, { ...options, calendar: testCalendar() });
    expect(b).toEqual(a);
  });

  it("uses options.processingTime and options.cutoff when the columns carry none, and writes into given buffers", () => {
    const receivedMs = new Float64Array([
      Date.parse("2024-03-08T16:59:00+07:00"),
      Date.parse("2024-03-08T17:01:00+07:00"),
      Date.parse("2024-03-08T15:30:00+07:00"),
      Number.NaN,
    ]);
    const verdicts = new Uint8Array(8);
    const r = evaluateMany({ receivedMs }, { asOf: "2024-03-13T12:00", calendar, processingTime: { value: 3, unit: "working_days" }, cutoff: "15:00", out: { verdicts } });
    expect(r.verdicts).toBe(verdicts);
    const dates = Array.from(r.dueMs.subarray(0, 4), (ms) => (Number.isNaN(ms) ? null : new Date(ms + H7).toISOString().slice(0, 16)));
    // 16:59, 17:01 and 15:30 are all at or after the 15:00 cut-off: counted from Monday → Thursday 14/3
    expect(dates).toEqual(["2024-03-14T17:00", "2024-03-14T17:00", "2024-03-14T17:00", null]);
    const noCutoff = evaluateMany({ receivedMs }, { asOf: "2024-03-13T12:00", calendar, processingTime: { value: 3, unit: "working_days" } });
    expect(Array.from(noCutoff.dueMs.subarray(0, 3), (ms) => new Date(ms + H7).toISOString().slice(0, 10))).toEqual(["2024-03-13", "2024-03-13", "2024-03-13"]);
    expect(Array.from(r.verdicts.subarray(0, 4), (v) => VERDICTS[v])).toEqual(["in_progress_within", "in_progress_within", "in_progress_within", "not_received"]);
  });

  it("takes the days-only path for plain columns (no cut-off, no pauses, no clock start) with the same results", () => {
    const received = ["2024-03-08T16:59", "2024-03-09T10:00", "2024-03-11T06:30", "2024-04-29T09:00"].map((t) => Date.parse(`${t}:00+07:00`));
    const columns = {
      receivedMs: new Float64Array([...received, Number.NaN, received[0]!]),
      endedMs: new Float64Array([Date.parse("2024-03-13T18:00:00+07:00"), Number.NaN, Date.parse("2024-03-12T08:00:00+07:00"), Number.NaN, Number.NaN, Number.NaN]),
      amount: new Float64Array([3, 3, 3, 3, 3, 4]),
      unit: new Uint8Array([2, 2, 2, 2, 2, 1]),
    };
    const o = { asOf: "2024-03-14T12:00", calendar };
    const slim = evaluateMany(columns, { ...o, fields: ["dueMs"] });
    const full = evaluateMany(columns, o);
    expect(slim.dueMs).toEqual(full.dueMs);
    expect(slim.verdicts).toEqual(full.verdicts);
    expect(Array.from(full.verdicts, (v) => VERDICTS[v])).toEqual(["resolved_on_time", "in_progress_overdue", "resolved_early", "not_received", "not_received", "in_progress_overdue"]); // 18:00 on the due date: on time by date
    expect(new Date(full.dueMs[5]! + H7).toISOString().slice(0, 16)).toBe("2024-03-11T10:59"); // 4 working hours from Fri 16:59: 1 min + Mon 07:00 + 3 h 59
  });

  it("handles pauses in CSR form, open ones included", () => {
    const received = Date.parse("2024-03-11T09:00:00+07:00");
    const r = evaluateMany(
      {
        receivedMs: new Float64Array([received, received]),
        pauseOffsets: new Uint32Array([0, 0, 2]),
        pauseFromMs: new Float64Array([Date.parse("2024-03-12T10:00:00+07:00"), Date.parse("2024-03-12T09:00:00+07:00")]),
        pauseToMs: new Float64Array([Number.NaN, Date.parse("2024-03-12T11:00:00+07:00")]),
      },
      { asOf: "2024-03-15T10:00", calendar, processingTime: { value: 3, unit: "working_days" } },
    );
    expect(Array.from(r.pausedMinutes)).toEqual([0, 1500]);
    expect(Array.from(r.verdicts, (v) => VERDICTS[v])).toEqual(["in_progress_overdue", "in_progress_within"]);
  });

  it("computes only the requested columns, with the same values", () => {
    const columns = toDossierColumns(ds, options);
    const full = evaluateMany(columns, options);
    const { cutoffMinutes: _dropped, ...plain } = columns;
    const fullNoCutoff = evaluateMany(plain, options);
    for (const [cols, ref] of [[columns, full], [plain, fullNoCutoff]] as const) {
      const slim = evaluateMany(cols, { ...options, fields: ["dueMs"] });
      expect(slim.verdicts).toEqual(ref.verdicts);
      expect(slim.dueMs).toEqual(ref.dueMs);
      expect([slim.clockStartMs.length, slim.printedDueMs.length, slim.currentDueMs.length, slim.pausedMinutes.length]).toEqual([0, 0, 0, 0]);
      const withClock = evaluateMany(cols, { ...options, fields: ["clockStartMs", "pausedMinutes"] });
      expect(withClock.clockStartMs).toEqual(ref.clockStartMs);
      expect(withClock.pausedMinutes).toEqual(ref.pausedMinutes);
      expect(withClock.verdicts).toEqual(ref.verdicts);
    }
    expect(() => evaluateMany(columns, { ...options, fields: ["due"] as never })).toThrowError(/fields must list columns among/);
  });

  it("rejects bad input with HccError", () => {
    const bad = (f: () => unknown, message: RegExp) => {
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(isHccError(caught)).toBe(true);
      expect((caught as Error).message).toMatch(message);
    };
    bad(() => evaluateMany(null as never, options), /array of dossiers or DossierColumns/);
    bad(() => evaluateMany({ receivedMs: [1, 2] as never }, options), /must be a Float64Array/);
    bad(() => evaluateMany({ receivedMs: new Float64Array(3), endedMs: new Float64Array(2) }, options), /column endedMs has 2 elements, needs 3/);
    bad(() => evaluateMany({ receivedMs: new Float64Array(3) }, { ...options, out: { dueMs: new Float64Array(1) } }), /out.dueMs has 1 elements, needs 3/);
    bad(
      () => evaluateMany({ receivedMs: new Float64Array(1), pauseOffsets: new Uint32Array([0, 4]), pauseFromMs: new Float64Array(1), pauseToMs: new Float64Array(1) }, options),
      /pauseOffsets point past the pause columns/,
    );
    bad(() => evaluateMany({ receivedMs: new Float64Array(1), amount: new Float64Array([1.5]), unit: new Uint8Array([3]) }, options), /whole number, got 1.5/);
    bad(() => evaluateMany({ receivedMs: new Float64Array(1), amount: new Float64Array([1]), unit: new Uint8Array([9]) }, options), /Unknown processing-time unit code 9/);
    // the days-only route (fields: ["dueMs"]) checks its slow rows only: an infinite number of
    // working days must not slip through as a fast row, and the first bad row is the one reported
    const two = { receivedMs: new Float64Array(3), amount: new Float64Array([2, Infinity, -1]), unit: new Uint8Array([2, 2, 2]) };
    bad(() => evaluateMany(two, { ...options, fields: ["dueMs"] }), /finite number ≥ 0, got Infinity/);
    bad(() => evaluateMany({ ...two, amount: new Float64Array([2, -1, Infinity]) }, { ...options, fields: ["dueMs"] }), /finite number ≥ 0, got -1/);
    bad(() => toDossierColumns("x" as never, options), /must be an array/);
    bad(() => evaluateMany([{ code: "" }] as never, options), /Invalid dossier/);
  });
});
