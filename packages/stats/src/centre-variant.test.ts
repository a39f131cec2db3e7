import { bieu06, checkBieu06Row, createAggregator, toCentreVariant, type StatsDossierInput } from "@hcc/stats";
import { describe, expect, it } from "vitest";

const period = { from: "2025-08-01", to: "2025-08-31" };
const base = { procedureCode: "1.001612", agencyCode: "000.00.17.H61", receivedAt: "2025-08-04 08:00", dueAt: "2025-08-07 17:00" };
const dossiers: StatsDossierInput[] = [
  { ...base, status: 8, endedAt: "2025-08-11 09:00" }, // stopped late → II.06a on time
  { ...base, status: 7, endedAt: "2025-08-05 09:00" }, // withdrawn early → II.06a on time
  { ...base, status: "supplement_requested", supplementRequests: 2 }, // waiting, overdue → II.06a within
  { ...base, status: 10, endedAt: "2025-08-08 09:00" }, // returned late: late in both
  { ...base, status: 4 }, // open, overdue in both
];
const total = (rows: StatsDossierInput[]) => bieu06(rows.reduce((agg, d) => agg.add(d), createAggregator(period)).state()).total;

describe("toCentreVariant (Biểu II.06a)", () => {
  it("counts refused, stopped and withdrawn as on time and waiting dossiers as within the deadline", () => {
    const plain = total(dossiers);
    const centre = total(dossiers.map((d) => toCentreVariant(d, { asOf: period.to })));
    expect([plain.early, plain.onTime, plain.late, plain.within, plain.overdue]).toEqual([1, 0, 2, 0, 2]);
    expect([centre.early, centre.onTime, centre.late, centre.within, centre.overdue]).toEqual([0, 2, 1, 1, 1]);
    expect(checkBieu06Row(centre)).toBe(centre);
    expect(centre.received).toBe(plain.received);
  });

  it("leaves other dossiers (and its input) unchanged, and refuses a bad as-of date", () => {
    const open = dossiers[4] as StatsDossierInput;
    expect(toCentreVariant(open, { asOf: "2025-08-31" })).toBe(open);
    const stopped = dossiers[0] as StatsDossierInput;
    toCentreVariant(stopped, { asOf: "2025-08-31" });
    expect(stopped.dueAt).toBe("2025-08-07 17:00");
    expect(() => toCentreVariant(open, { asOf: "2025-08-32" })).toThrow(/bad asOf/);
  });
});
