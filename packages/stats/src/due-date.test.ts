import { vietnamCalendar } from "@hcc/calendar";
import { parseProcedure } from "@hcc/core";
import { describe, expect, it } from "vitest";
import { bieu06, createAggregator, dueDateFromProcedures, ingest } from "@hcc/stats";

const calendar = vietnamCalendar();
const procedures = [
  parseProcedure({
    code: "1.001612",
    localCode: "1.001612.000.00.00.H07",
    name: "Cấp bản sao trích lục hộ tịch",
    cases: [{ channels: [{ channel: "direct", processingTime: { value: 3, unit: "working_days" } }, { channel: "online", processingTime: { value: 1, unit: "working_days" } }] }],
  }),
  parseProcedure({ code: "2.000635", name: "Không có thời hạn", cases: [{ channels: [{ channel: "direct" }] }] }),
  parseProcedure({ code: "1.000894", name: "Không có trường hợp" }),
];
const dueDate = dueDateFromProcedures(procedures, { calendar });
const opts = { from: "2024-03-01", to: "2024-03-31", dueDate };

describe("dueDateFromProcedures (with @hcc/sla and @hcc/calendar)", () => {
  it("derives the due date of dossiers that have none, per channel", () => {
    const agg = createAggregator(opts);
    const d = { agencyCode: "A", status: 10, receivedAt: "2024-03-08T16:59" } as const;
    agg.add({ ...d, procedureCode: "1.001612", endedAt: "2024-03-13T16:00" }); // due Wed 13 March: on time
    agg.add({ ...d, procedureCode: "1.001612.000.00.00.H07", endedAt: "2024-03-14T09:00" }); // late
    agg.add({ ...d, procedureCode: "1.001612", channel: "online", endedAt: "2024-03-12T09:00" }); // due Mon 11: late
    agg.add({ ...d, procedureCode: "1.001612", channel: "postal", endedAt: "2024-03-12T09:00" }); // direct time: early
    agg.add({ ...d, procedureCode: "1.001612", dueAt: "2024-03-11", endedAt: "2024-03-12T09:00" }); // recorded due wins: late
    agg.add({ ...d, procedureCode: "2.000635", endedAt: "2024-03-30T09:00" }); // no time: on time
    agg.add({ ...d, procedureCode: "1.000894", endedAt: "2024-03-30T09:00" }); // no case: on time
    agg.add({ ...d, procedureCode: "9.999999", endedAt: "2024-03-30T09:00" }); // unknown: on time
    const t = bieu06(agg.state()).total;
    expect([t.early, t.onTime, t.late]).toEqual([1, 4, 3]);
  });

  it("reports a dossier whose due date cannot be derived as a bad row", async () => {
    const csv = "procedureCode,agencyCode,status,receivedAt\n1.001612,A,4,2024-03-04\n1.001612,A,4,1200-03-04\n";
    const r = await ingest(csv, { ...opts, from: "1200-01-01", mode: "lenient" });
    expect(r.badRows.map((b) => [b.line, b.field])).toEqual([[3, "dueAt"]]);
    expect(r.badRows[0]?.reason).toMatch(/cannot derive the due date/);
  });

  it("validates its input", () => {
    expect(() => dueDateFromProcedures("x" as never, { calendar })).toThrow(/must be an array/);
  });
});
