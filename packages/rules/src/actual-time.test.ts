import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import type { DossierInput, ProcedureInput } from "@hcc/core";
import { compareActualTimes } from "@hcc/rules";

const calendar = vietnamCalendar();
const asOf = "2019-08-09T17:00";

const business: ProcedureInput = {
  code: "1.001612",
  name: "Đăng ký thành lập hộ kinh doanh",
  cases: [{ channels: [{ channel: "direct", processingTime: { value: 3, unit: "working_days" }, fees: [{ amount: 100_000 }] }] }],
};
const copy: ProcedureInput = {
  code: "2.000815",
  name: "Chứng thực bản sao từ bản chính",
  cases: [{ channels: [{ channel: "direct", processingTime: { value: 4, unit: "working_hours" }, fees: [{ amount: 2_000 }] }] }],
};

function d(code: string, procedureCode: string, status: DossierInput["status"], receivedAt: string, endedAt?: string): DossierInput {
  return { code, procedureCode, agencyCode: "000.00.53.H07", status, receivedAt, ...(endedAt === undefined ? {} : { endedAt }) };
}

describe("compareActualTimes", () => {
  it("compares the actual net working time of resolved dossiers with the published time", () => {
    const c = compareActualTimes(
      [business, copy],
      [
        // Monday 08:00 → Monday 16:00: 6 h of session time = 0.75 working day.
        d("A-1", "1.001612", "done", "2019-05-06T08:00", "2019-05-06T16:00"),
        // Monday 08:00 → Wednesday 11:30: 7 h + 8 h + 4.5 h = 19.5 h = 2.4375 working days.
        d("A-2", "1.001612", "returned", "2019-05-06T08:00", "2019-05-08T11:30"),
        d("A-3", "1.001612", "processing", "2019-08-08T08:00"),
        d("A-4", "1.001612", "registered", "2019-08-08T08:00"),
        // 4 working hours published; took Monday 08:00 → Tuesday 08:00 = 8 h = 1 day: late.
        d("B-1", "2.000815", "done", "2019-05-06T08:00", "2019-05-07T08:00"),
      ],
      { asOf, calendar },
    );
    const [a, b] = c.procedures;
    expect(a).toMatchObject({ procedureCode: "1.001612", name: "Đăng ký thành lập hộ kinh doanh", received: 3, resolved: 2, compared: 2, publishedWorkingDays: 3, overdue: 0 });
    expect(a?.actualWorkingDays).toBeCloseTo((0.75 + (8 + 8 + 3.5) / 8) / 2, 6);
    expect(a?.maxActualWorkingDays).toBeCloseTo(19.5 / 8, 6);
    expect(a?.onTimeOrEarly).toEqual({ numerator: 2, denominator: 2, ratio: 1 });
    expect(a?.reducedWorkingDays).toBeGreaterThan(0);
    expect(b).toMatchObject({ procedureCode: "2.000815", resolved: 1, publishedWorkingDays: 0.5, actualWorkingDays: 1, reducedWorkingDays: -0.5, ratio: 2 });
    expect(b?.onTimeOrEarly.ratio).toBe(0);
    expect(c.total.received).toBe(4);
    expect(c.total.resolved).toBe(3);
    expect(c.findings.map((f) => [f.code, f.subject.code, f.params.before, f.params.after])).toEqual([["reduction.actual_exceeds_published", "2.000815", 0.5, 1]]);
    expect(c.findings[0]?.message.en).toBe("Actual processing time exceeds the published time on average (0.5 → 1 working days)");
  });

  it("counts overdue dossiers and has no means without resolved dossiers", () => {
    const c = compareActualTimes([business], [d("A-1", "1.001612", "processing", "2019-05-06T08:00")], { asOf, calendar });
    expect(c.procedures[0]).toMatchObject({ received: 1, resolved: 0, overdue: 1, publishedWorkingDays: null, actualWorkingDays: null, ratio: null, reducedWorkingDays: null });
    expect(c.procedures[0]?.onTimeOrEarly.ratio).toBeNull();
  });

  it("keeps dossiers of procedures missing from the catalogue, without a published time", () => {
    const c = compareActualTimes([], [d("Z-1", "9.999999", "done", "2019-05-06T08:00", "2019-05-06T09:00")], { asOf, calendar });
    expect(c.procedures[0]).toMatchObject({ procedureCode: "9.999999", name: null, resolved: 1, compared: 0, actualWorkingDays: null });
  });

  it("uses the minutes of a working day and the unit conversion given", () => {
    const c = compareActualTimes([copy], [d("B-1", "2.000815", "done", "2019-05-06T08:00", "2019-05-06T12:00")], {
      asOf,
      calendar,
      minutesPerWorkingDay: 420,
      conversion: { hoursPerWorkingDay: 7 },
    });
    // 08:00–11:30 = 3.5 h = 210 min = 0.5 of a 420-minute day; 4 h published = 4/7 day.
    expect(c.total.actualWorkingDays).toBe(0.5);
    expect(c.total.publishedWorkingDays).toBeCloseTo(4 / 7, 6);
  });

  it("validates its input", () => {
    expect(() => compareActualTimes(null as never, [], { asOf, calendar })).toThrow(/expects arrays/);
    expect(() => compareActualTimes([], [], null as never)).toThrow(/required/);
    expect(() => compareActualTimes([], [], { asOf, calendar, minutesPerWorkingDay: 0 })).toThrow(/minutesPerWorkingDay/);
    expect(() => compareActualTimes([{ name: "x" } as never], [], { asOf, calendar })).toThrow(/Procedure #0/);
    expect(() => compareActualTimes([], [{ code: "x" } as never], { asOf, calendar })).toThrow(/Dossier #0/);
    expect(() => compareActualTimes([], [], { asOf: "not a date", calendar })).toThrow();
  });
});
