import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { VERDICTS, classifyVerdict, classifyVerdicts, evaluateDossier, evaluateMany, type EvaluateManyOptions, type Verdict, type VerdictComparator } from "@hcc/sla";

// The verdict boundaries of §4.11, to the millisecond, through every path that applies the rule:
// the single rule (classifyVerdict), its columnar form (classifyVerdicts), evaluateDossier and the
// columnar fast path of evaluateMany (both of its block loops). The other tests compare the paths
// with each other; these pin each of them to the expected verdict, so that moving a boundary by
// one millisecond (a `<` for a `<=`) in any one path fails here.

const at = (iso: string): number => Date.parse(iso);
const RECEIVED = at("2024-03-04T08:00:00.000+07:00"); // Monday
/** 3 working days after Monday 4 March 2024: the close of Thursday 7 March. */
const DUE = at("2024-03-07T17:00:00.000+07:00");
const DUE_DAY_START = at("2024-03-07T00:00:00.000+07:00");
const NEXT_DAY_START = at("2024-03-08T00:00:00.000+07:00");
const LATE_AS_OF = at("2024-03-31T17:00:00.000+07:00");

/** [end instant, verdict] for a resolved dossier, by comparator. */
const RESOLVED: Readonly<Record<VerdictComparator, readonly (readonly [number, Verdict])[]>> = {
  date: [
    [DUE_DAY_START - 1, "resolved_early"],
    [DUE_DAY_START, "resolved_on_time"],
    [DUE + 1, "resolved_on_time"],
    [NEXT_DAY_START - 1, "resolved_on_time"],
    [NEXT_DAY_START, "resolved_late"],
  ],
  instant: [
    [DUE_DAY_START - 1, "resolved_early"],
    [DUE_DAY_START, "resolved_on_time"],
    [DUE, "resolved_on_time"],
    [DUE + 1, "resolved_late"],
  ],
};

/** [as-of instant, verdict] for a dossier still open, by comparator. */
const OPEN: Readonly<Record<VerdictComparator, readonly (readonly [number, Verdict])[]>> = {
  date: [
    [DUE, "in_progress_within"],
    [NEXT_DAY_START - 1, "in_progress_within"],
    [NEXT_DAY_START, "in_progress_overdue"],
  ],
  instant: [
    [DUE, "in_progress_within"],
    [DUE + 1, "in_progress_overdue"],
  ],
};

const COMPARATORS: readonly VerdictComparator[] = ["date", "instant"];
const calendar = vietnamCalendar();
const threeDays = { value: 3, unit: "working_days" } as const;

describe.each(COMPARATORS)("verdict boundaries, %s comparator", (comparator) => {
  const ends = RESOLVED[comparator].map(([ms]) => ms);
  const expectedResolved = RESOLVED[comparator].map(([, v]) => v);

  it("classifyVerdict", () => {
    for (const [endedMs, verdict] of RESOLVED[comparator]) {
      expect(VERDICTS[classifyVerdict({ receivedMs: RECEIVED, dueMs: DUE, endedMs, asOfMs: LATE_AS_OF, supplementRequests: 0 }, { comparator })], new Date(endedMs).toISOString()).toBe(verdict);
    }
    for (const [asOfMs, verdict] of OPEN[comparator]) {
      expect(VERDICTS[classifyVerdict({ receivedMs: RECEIVED, dueMs: DUE, endedMs: Number.NaN, asOfMs, supplementRequests: 0 }, { comparator })], new Date(asOfMs).toISOString()).toBe(verdict);
    }
  });

  it("classifyVerdicts", () => {
    const n = ends.length;
    const codes = classifyVerdicts(
      { receivedMs: new Float64Array(n).fill(RECEIVED), dueMs: new Float64Array(n).fill(DUE), endedMs: Float64Array.from(ends) },
      LATE_AS_OF,
      { comparator },
    );
    expect([...codes].map((c) => VERDICTS[c])).toEqual(expectedResolved);
    for (const [asOfMs, verdict] of OPEN[comparator]) {
      const open = classifyVerdicts({ receivedMs: Float64Array.of(RECEIVED), dueMs: Float64Array.of(DUE), endedMs: Float64Array.of(Number.NaN) }, asOfMs, { comparator });
      expect(VERDICTS[open[0]!]).toBe(verdict);
    }
  });

  it("evaluateDossier", () => {
    for (const [endedMs, verdict] of RESOLVED[comparator]) {
      const r = evaluateDossier(
        { code: "X-240304-0001", procedureCode: "1.001612", agencyCode: "X", status: "returned", receivedAt: new Date(RECEIVED).toISOString(), endedAt: new Date(endedMs).toISOString() },
        { asOf: new Date(LATE_AS_OF).toISOString(), calendar, processingTime: threeDays, comparator },
      );
      expect(r.originalDue?.ms).toBe(DUE);
      expect(r.verdict, new Date(endedMs).toISOString()).toBe(verdict);
    }
  });

  it("evaluateMany over columns: the fast path with a default processing time (general block loop)", () => {
    const n = ends.length;
    const options: EvaluateManyOptions = { asOf: new Date(LATE_AS_OF).toISOString(), calendar, processingTime: threeDays, comparator };
    const r = evaluateMany({ receivedMs: new Float64Array(n).fill(RECEIVED), endedMs: Float64Array.from(ends) }, options);
    expect([...r.dueMs]).toEqual(new Array(n).fill(DUE));
    expect([...r.verdicts].map((c) => VERDICTS[c])).toEqual(expectedResolved);
    for (const [asOfMs, verdict] of OPEN[comparator]) {
      const open = evaluateMany({ receivedMs: Float64Array.of(RECEIVED) }, { ...options, asOf: new Date(asOfMs).toISOString() });
      expect(VERDICTS[open.verdicts[0]!], new Date(asOfMs).toISOString()).toBe(verdict);
    }
  });

  it("evaluateMany over columns: the fast path with per-dossier processing times (plain block loop)", () => {
    const n = ends.length;
    const perRow = { amount: new Float64Array(n).fill(3), unit: new Uint8Array(n).fill(2) };
    const options: EvaluateManyOptions = { asOf: new Date(LATE_AS_OF).toISOString(), calendar, comparator, fields: ["dueMs"] };
    const r = evaluateMany({ receivedMs: new Float64Array(n).fill(RECEIVED), endedMs: Float64Array.from(ends), ...perRow }, options);
    expect([...r.dueMs]).toEqual(new Array(n).fill(DUE));
    expect([...r.verdicts].map((c) => VERDICTS[c])).toEqual(expectedResolved);
    for (const [asOfMs, verdict] of OPEN[comparator]) {
      const open = evaluateMany({ receivedMs: Float64Array.of(RECEIVED), amount: Float64Array.of(3), unit: Uint8Array.of(2) }, { ...options, asOf: new Date(asOfMs).toISOString() });
      expect(VERDICTS[open.verdicts[0]!], new Date(asOfMs).toISOString()).toBe(verdict);
    }
  });
});
