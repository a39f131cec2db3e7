import { describe, expect, it } from "vitest";
import type { ProcedureInput } from "@hcc/core";
import { compareCatalogues, safeCompareCatalogues } from "@hcc/rules";

function proc(code: string, o: { docs?: number; steps?: number; time?: { value: number; unit: "working_hours" | "working_days" | "calendar_days" | "months" }; fees?: number[] | null } = {}): ProcedureInput {
  return {
    code,
    name: `Thủ tục ${code}`,
    cases: [
      {
        steps: Array.from({ length: o.steps ?? 3 }, (_, i) => ({ name: `Bước ${i + 1}` })),
        documents: Array.from({ length: o.docs ?? 2 }, (_, i) => ({ name: `Giấy tờ ${i + 1}` })),
        channels: [
          {
            channel: "direct",
            ...(o.time === undefined ? {} : { processingTime: o.time }),
            ...(o.fees === null ? {} : { fees: (o.fees ?? [0]).map((amount) => ({ amount })) }),
          },
        ],
      },
    ],
  };
}

describe("compareCatalogues", () => {
  it("counts removed, merged, added and kept procedures", () => {
    const c = compareCatalogues([proc("1.000001"), proc("1.000002"), proc("1.000003"), proc("1.000004")], [proc("1.000001"), proc("1.000004"), proc("2.000005")], {
      merges: { "1.000003": "1.000004" },
    });
    expect(c.count).toEqual({ before: 4, after: 3, kept: 2, added: 1, removed: 1, merged: 1, reduced: { numerator: 2, denominator: 4, ratio: 0.5 } });
    expect(c.procedures.map((p) => [p.code, p.change])).toEqual([
      ["1.000001", "kept"],
      ["1.000002", "removed"],
      ["1.000003", "merged"],
      ["1.000004", "kept"],
      ["2.000005", "added"],
    ]);
    expect(c.procedures[2]?.mergedInto).toBe("1.000004");
    expect(c.findings.map((f) => [f.code, f.subject.code, f.severity])).toEqual([["reduction.procedure_added", "2.000005", "info"]]);
  });

  it("measures documents, steps, time in working days and fees removed", () => {
    const before = [proc("1.000001", { docs: 5, steps: 6, time: { value: 20, unit: "working_days" }, fees: [100_000, 50_000] })];
    const after = [proc("1.000001", { docs: 3, steps: 4, time: { value: 80, unit: "working_hours" }, fees: [100_000] })];
    const c = compareCatalogues(before, after);
    const [row] = c.procedures;
    expect(row).toMatchObject({ documentsRemoved: 2, stepsRemoved: 2, workingDaysReduced: 10, feesReduced: 50_000, findings: [] });
    expect(row?.before).toEqual({ documents: 5, steps: 6, workingDays: 20, fees: 150_000 });
    expect(c.documents).toEqual({ before: 5, after: 3, reduced: 2, improved: 1, worsened: 0 });
    expect(c.workingDays).toEqual({ before: 20, after: 10, reduced: 10, improved: 1, worsened: 0 });
    expect(c.fees).toEqual({ before: 150_000, after: 100_000, reduced: 50_000, improved: 1, worsened: 0 });
  });

  it("takes the worst case and channel of a procedure", () => {
    const p: ProcedureInput = {
      code: "1.000009",
      name: "X",
      cases: [
        { steps: [{ name: "a" }], documents: [{ name: "a" }], channels: [{ channel: "direct", processingTime: { value: 1, unit: "months" }, fees: [{ amount: 10 }] }] },
        { steps: [{ name: "a" }, { name: "b" }], documents: [], channels: [{ channel: "online", processingTime: { value: 5, unit: "working_days" }, fees: [{ amount: 30 }] }] },
      ],
    };
    const [row] = compareCatalogues([p], [p]).procedures;
    expect(row?.before).toEqual({ documents: 1, steps: 2, workingDays: 250 / 12, fees: 30 });
  });

  it("turns regressions into findings", () => {
    const c = compareCatalogues(
      [proc("1.000001", { docs: 2, steps: 2, time: { value: 5, unit: "working_days" }, fees: [0] })],
      [proc("1.000001", { docs: 3, steps: 4, time: { value: 7, unit: "working_days" }, fees: [20_000] })],
    );
    expect(c.findings.map((f) => [f.code, f.params.before, f.params.after])).toEqual([
      ["reduction.documents_increased", 2, 3],
      ["reduction.steps_increased", 2, 4],
      ["reduction.time_increased", 5, 7],
      ["reduction.fees_increased", 0, 20_000],
    ]);
    expect(c.findings[2]?.message.vi).toBe("Thời hạn giải quyết tăng (5 → 7 ngày làm việc)");
    expect(c.documents.worsened).toBe(1);
  });

  it("leaves time and fees out when a side does not publish them", () => {
    const c = compareCatalogues([proc("1.000001", { fees: null })], [proc("1.000001", { time: { value: 3, unit: "working_days" } })]);
    expect(c.procedures[0]).toMatchObject({ workingDaysReduced: null, feesReduced: null });
    expect(c.workingDays).toEqual({ before: 0, after: 0, reduced: 0, improved: 0, worsened: 0 });
  });

  it("prices procedures with the compliance-cost model", () => {
    const before = [proc("1.000001", { steps: 5, fees: [100_000] }), proc("1.000002", { steps: 2, fees: [0] })];
    const after = [proc("1.000001", { steps: 2, fees: [50_000] }), proc("1.000002", { steps: 2, fees: [0] })];
    const c = compareCatalogues(before, after, {
      cost: { incomePerHour: 25_000, hoursPerStep: 4, otherCostsPerDossier: 20_000, yearlyVolume: { "1.000001": 1_000 } },
    });
    const [first, second] = c.procedures;
    expect(first?.before?.cost?.perDossier).toBe(5 * 4 * 25_000 + 100_000 + 20_000);
    expect(first?.after?.cost?.perDossier).toBe(2 * 4 * 25_000 + 50_000 + 20_000);
    expect(first?.costSaving?.perDossier).toBe(350_000);
    expect(first?.costSaving?.percent).toBe(56.45);
    expect(second?.costSaving?.perDossier).toBe(0);
    expect(c.cost).toEqual({
      perDossierBefore: 620_000 + 220_000,
      perDossierAfter: 270_000 + 220_000,
      perDossierSaving: 350_000,
      perDossierPercent: 41.67,
      annualBefore: 620_000_000,
      annualAfter: 270_000_000,
      annualSaving: 350_000_000,
      percent: 56.45,
    });
    const flat = compareCatalogues(before, after, { cost: { incomePerHour: 25_000, hoursPerStep: 4, yearlyVolume: 10 } });
    expect(flat.cost?.annualBefore).toBe((600_000 + 200_000) * 10);
    expect(compareCatalogues(before, after, { cost: { incomePerHour: 1, hoursPerStep: 1 } }).cost?.percent).toBeNull();
    expect(compareCatalogues(before, after, { cost: { incomePerHour: 0, hoursPerStep: 0 } }).cost?.perDossierPercent).toBe(50);
    expect(compareCatalogues([], [], { cost: { incomePerHour: 1, hoursPerStep: 1 } }).cost?.perDossierPercent).toBeNull();
  });

  it("validates catalogues, merges and options", () => {
    expect(() => compareCatalogues([proc("1.000001"), proc("1.000001")], [])).toThrow(/twice/);
    expect(() => compareCatalogues([proc("1.000001")], [], { merges: { "1.000009": "1.000001" } })).toThrow(/not in the baseline/);
    expect(() => compareCatalogues([proc("1.000001")], [], { merges: { "1.000001": "1.000002" } })).toThrow(/not in the current/);
    expect(() => compareCatalogues([proc("1.000001")], [proc("1.000001")], { merges: { "1.000001": "1.000001" } })).toThrow(/still in the current/);
    expect(() => compareCatalogues([{ name: "x" } as never], [])).toThrow(/Baseline procedure #0/);
    expect(() => compareCatalogues("x" as never, [])).toThrow(/expects an array/);
    expect(() => compareCatalogues([], [], { cost: { incomePerHour: -1, hoursPerStep: 1 } })).toThrow(/cost\.incomePerHour/);
    expect(safeCompareCatalogues([], null).success).toBe(false);
    expect(safeCompareCatalogues([], []).success).toBe(true);
  });

  it("does not mutate its inputs", () => {
    const before = [proc("1.000001", { docs: 4 })];
    const after = [proc("1.000001", { docs: 2 })];
    const snapshot = JSON.stringify([before, after]);
    compareCatalogues(before, after, { cost: { incomePerHour: 1, hoursPerStep: 1 } });
    expect(JSON.stringify([before, after])).toBe(snapshot);
  });
});
