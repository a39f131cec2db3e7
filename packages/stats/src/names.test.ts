import { describe, expect, it } from "vitest";
import { buildReport, createAggregator, entityName, renderHtml, renderText, rowName } from "@hcc/stats";

const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency", "procedure"] });
agg.add({ procedureCode: "1.001612", agencyCode: "000.00.02.H07", status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-05", endedAt: "2024-03-08" });
agg.add({ procedureCode: "2.000488", agencyCode: "000.00.99.H07", status: 4, receivedAt: "2024-03-04", dueAt: "2024-03-05" });
const report = buildReport(agg.state());
const names = { agencies: new Map([["000.00.02.H07", "Sở Tư pháp"]]), procedures: new Map([["1.001612", "Đăng ký khai sinh"]]) };

describe("rowName and entityName", () => {
  it("replaces every named code of the key and lists the codes it named", () => {
    expect(rowName(report.rows[0]!, report.spec.groupBy, names)).toEqual({ name: "Sở Tư pháp · Đăng ký khai sinh", code: "000.00.02.H07 · 1.001612" });
  });

  it("keeps unknown codes as they are, and the total row's label", () => {
    expect(rowName(report.rows[1]!, report.spec.groupBy, names)).toEqual({ name: "000.00.99.H07 · 2.000488", code: null });
    expect(rowName(report.total, report.spec.groupBy, names)).toEqual({ name: "Tổng cộng", code: null });
    expect(rowName(report.rows[0]!, report.spec.groupBy)).toEqual({ name: "000.00.02.H07 · 1.001612", code: null });
  });

  it("names agencies and procedures of the top-late tables", () => {
    expect(entityName("agency", "000.00.02.H07", names)).toEqual({ name: "Sở Tư pháp", code: "000.00.02.H07" });
    expect(entityName("procedure", "000.00.02.H07", names)).toEqual({ name: "000.00.02.H07", code: null });
  });

  it("the text and HTML renderers show the names", () => {
    expect(renderText(report, { names })).toContain("Sở Tư pháp · Đăng ký khai sinh (000.00.02.H07 · 1.001612)");
    expect(renderText(report, { names })).toMatch(/Sở Tư pháp \(000\.00\.02\.H07\)\s+│\s+1/);
    expect(renderHtml(report, { names })).toContain('Sở Tư pháp · Đăng ký khai sinh <span class="code">000.00.02.H07 · 1.001612</span>');
  });
});
