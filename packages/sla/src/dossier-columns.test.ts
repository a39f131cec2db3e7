import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import type { DossierColumns as CoreDossierColumns } from "@hcc/core";
import { evaluateMany, toDossierColumns, VERDICTS, type DossierColumns } from "@hcc/sla";

const calendar = vietnamCalendar();
const at = (iso: string): number => Date.parse(iso);

describe("DossierColumns: @hcc/core's one columnar dossier type", () => {
  it("is the type @hcc/sla exports under the same name", () => {
    const columns: CoreDossierColumns = { receivedMs: Float64Array.of(at("2024-03-04T08:00+07:00")) };
    const same: DossierColumns = columns;
    expect(same).toBe(columns);
  });

  it("toDossierColumns writes the number of dossiers and the recorded due dates (dueMs)", () => {
    const columns = toDossierColumns(
      [
        { code: "X-240304-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing", receivedAt: "2024-03-04T08:00", dueAt: "2024-03-08T17:00" },
        { code: "X-240304-0002", procedureCode: "1.001612", agencyCode: "X", status: "registered" },
      ],
      { asOf: "2024-03-12", calendar },
    );
    expect(columns.length).toBe(2);
    expect(columns.dueMs?.[0]).toBe(at("2024-03-08T17:00+07:00"));
    expect(columns.dueMs?.[1]).toBeNaN();
  });

  it("evaluateMany judges against the recorded dueMs with dueSource \"recorded\"", () => {
    const r = evaluateMany(
      { receivedMs: Float64Array.of(at("2024-03-04T08:00+07:00")), dueMs: Float64Array.of(at("2024-03-05T17:00+07:00")) },
      { asOf: "2024-03-06T09:00", calendar, processingTime: { value: 10, unit: "working_days" }, dueSource: "recorded" },
    );
    expect(VERDICTS[r.verdicts[0]!]).toBe("in_progress_overdue");
  });

  it("evaluateMany reads the first `length` dossiers when `length` is given, and checks it", () => {
    const receivedMs = Float64Array.of(at("2024-03-04T08:00+07:00"), at("2024-03-05T08:00+07:00"), at("2024-03-06T08:00+07:00"));
    const options = { asOf: "2024-03-20T09:00", calendar, processingTime: { value: 3, unit: "working_days" } } as const;
    const all = evaluateMany({ receivedMs }, options);
    const two = evaluateMany({ length: 2, receivedMs }, options);
    expect(all.verdicts.length).toBe(3);
    expect([...two.dueMs]).toEqual([...all.dueMs.subarray(0, 2)]);
    expect(() => evaluateMany({ length: 4, receivedMs }, options)).toThrow(/column receivedMs has 3 elements, needs 4/);
    expect(() => evaluateMany({ length: -1, receivedMs }, options)).toThrow(/columns.length must be a non-negative integer, got -1/);
  });
});
