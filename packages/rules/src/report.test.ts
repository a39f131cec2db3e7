import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import type { DossierInput, ProcedureInput } from "@hcc/core";
import { buildCatalogueReport, formatCatalogueReport, safeBuildCatalogueReport } from "@hcc/rules";

const FOUR = ["receive", "appraise", "approve", "return"] as const;

function procedure(code: string, o: { name?: string; contact?: boolean; approve?: "center" | "department"; days?: number; fees?: number; docs?: number } = {}): ProcedureInput {
  return {
    code,
    name: o.name ?? `Thủ tục ${code}`,
    cases: [
      {
        steps: FOUR.map((kind) => ({
          name: kind,
          kind,
          place: kind === "approve" ? (o.approve ?? "center") : "center",
          ...(kind === "approve" && o.approve === "department" ? { agencyCode: "000.00.17.H07" } : {}),
        })),
        documents: Array.from({ length: o.docs ?? 2 }, (_, i) => ({ name: `Giấy tờ ${i + 1}` })),
        channels: [{ channel: "direct", processingTime: { value: o.days ?? 5, unit: "working_days" }, fees: [{ amount: o.fees ?? 0 }] }],
      },
    ],
    conditions: ["Không"],
    legalBasis: [{ number: "61/2018/NĐ-CP" }],
    ...(o.contact === false ? {} : { contact: { phone: "0275 3822 000" } }),
    applicantKinds: ["citizen"],
    implementingAgencies: [{ name: "Sở Tư pháp" }],
    results: [{ name: "Giấy chứng nhận" }],
  };
}

const current = [
  procedure("1.000001"),
  procedure("1.000002", { contact: false, approve: "department", days: 12, fees: 150_000 }),
  procedure("1.000003", { name: "Đang cập nhật", docs: 1, days: 3 }),
];
const baseline = [procedure("1.000001", { days: 10, docs: 4 }), procedure("1.000002", { days: 10, fees: 100_000 }), procedure("1.000003", { days: 7, docs: 3 }), procedure("1.000004")];
const dossiers: DossierInput[] = [
  {
    code: "H07-190506-0001",
    procedureCode: "1.000001",
    agencyCode: "000.00.53.H07",
    status: "returned",
    receivedAt: "2019-05-06T08:00",
    endedAt: "2019-05-07T10:00",
    events: FOUR.map((step, i) => ({ step, at: `2019-05-0${6 + (i >> 1)}T${String(8 + i).padStart(2, "0")}:00`, place: "center" as const })),
  },
  {
    code: "H07-190506-0002",
    procedureCode: "1.000002",
    agencyCode: "000.00.53.H07",
    status: "processing",
    receivedAt: "2019-05-06T09:00",
    events: [
      { step: "receive", at: "2019-05-06T09:00", place: "center" },
      { step: "appraise", at: "2019-05-07T09:00", place: "department", agencyCode: "000.00.17.H07" },
    ],
  },
];

describe("buildCatalogueReport", () => {
  const report = buildCatalogueReport(
    { procedures: current, baseline, dossiers },
    { worst: 2, actualTime: { asOf: "2019-08-09T17:00", calendar: vietnamCalendar() }, compare: { cost: { incomePerHour: 25_000, hoursPerStep: 2, yearlyVolume: 100 } } },
  );

  it("combines the three pillars", () => {
    expect(report.procedures).toBe(3);
    expect(report.dossiers).toBe(2);
    expect(report.disclosure.fullyDisclosed).toEqual({ numerator: 1, denominator: 3, ratio: 1 / 3 });
    expect(report.disclosure.indicator13.complete).toBe(2);
    expect(report.disclosure.proceduresByCode).toEqual({ "disclosure.contact_missing": 1, "disclosure.name_missing": 1 });
    expect(report.onTheSpot.workflows.onTheSpot.numerator).toBe(2);
    expect(report.onTheSpot.workflows.offSiteByStep.approve).toBe(1);
    expect(report.onTheSpot.dossiers?.onTheSpot).toEqual({ numerator: 1, denominator: 2, ratio: 0.5 });
    expect(report.reductions?.count.removed).toBe(1);
    expect(report.reductions?.documents).toEqual({ before: 9, after: 5, reduced: 4, improved: 2, worsened: 0 });
    expect(report.reductions?.workingDays.worsened).toBe(1);
    expect(report.actualTime?.resolved).toBe(1);
    expect(report.findings.bySeverity).toEqual({ error: 4, warning: 2, info: 0 });
    expect(report.findings.byCode).toEqual({
      "disclosure.contact_missing": 1,
      "disclosure.name_missing": 1,
      "on_the_spot.step_off_site": 2,
      "reduction.fees_increased": 1,
      "reduction.time_increased": 1,
    });
    expect(report.worstOffenders).toEqual([
      { code: "1.000002", name: "Thủ tục 1.000002", errors: 2, warnings: 2, codes: ["disclosure.contact_missing", "on_the_spot.step_off_site", "reduction.fees_increased", "reduction.time_increased"] },
      { code: "1.000003", name: "Đang cập nhật", errors: 1, warnings: 0, codes: ["disclosure.name_missing"] },
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("prints a Vietnamese table by default and an English one on request", () => {
    const vi = formatCatalogueReport(report);
    expect(vi).toContain('BÁO CÁO "3 GIẢM, 4 TẠI CHỖ, 8 CÔNG KHAI"');
    expect(vi).toContain("Số thủ tục: 3 | Số hồ sơ: 2");
    expect(vi).toMatch(/Thủ tục công khai đầy đủ\s+│\s+1\/3 │ 33,33%/);
    expect(vi).toMatch(/Thiếu thông tin liên hệ/);
    expect(vi).toMatch(/Phê duyệt\s+│\s+1 │/);
    expect(vi).toMatch(/Phí, lệ phí \(đồng\)\s+│\s+100\.000 │\s+150\.000 │ -50\.000/);
    expect(vi).toContain("THỦ TỤC CẦN KHẮC PHỤC");
    expect(vi).toMatch(/Phê duyệt │ sở, ngành \(000\.00\.17\.H07\)\s+│\s+1/);
    expect(vi).toMatch(/Thời hạn công bố → thực tế bình quân \(ngày làm việc\) │\s+5,00 │\s+1,25 │ 3,75/);
    expect(vi).toMatch(/Chi phí tuân thủ\/năm \(đồng\)\s+│ 70\.000\.000 │ 75\.000\.000 │ -5\.000\.000 \(-7,14%\)/);
    const en = formatCatalogueReport(report, { lang: "en" });
    expect(en).toMatch(/Procedures fully disclosed\s+│\s+1\/3 │ 33\.33%/);
    expect(en).toMatch(/Fees \(VND\)\s+│\s+100,000 │\s+150,000 │ -50,000/);
    expect(en).toContain("WORST OFFENDERS");
    expect(en).toContain("Step outside the center");
    expect(en).toMatch(/Approve\s+│ department \(000\.00\.17\.H07\)/);
  });

  it("leaves out what it was not given", () => {
    const r = buildCatalogueReport({ procedures: [procedure("1.000001")] });
    expect(r.dossiers).toBeNull();
    expect(r.onTheSpot.dossiers).toBeNull();
    expect(r.reductions).toBeNull();
    expect(r.actualTime).toBeNull();
    expect(r.worstOffenders).toEqual([]);
    const text = formatCatalogueReport(r, { lang: "en" });
    expect(text).not.toContain("3 REDUCTIONS\n");
    expect(text).toContain("WORST OFFENDERS\nNone");
    const empty = formatCatalogueReport(buildCatalogueReport({ procedures: [] }));
    expect(empty).toMatch(/Chỉ số 1\.3 QĐ 766 \(điểm \/ 2\)\s+│\s+0\/0 │\s+—/);
  });

  it("validates its input", () => {
    expect(() => buildCatalogueReport(null as never)).toThrow(/expects \{ procedures/);
    expect(() => buildCatalogueReport({ procedures: [] }, { worst: -1 })).toThrow(/worst/);
    expect(safeBuildCatalogueReport({ procedures: [{}] }).error?.message).toMatch(/Procedure #0/);
    expect(() => formatCatalogueReport({} as never)).toThrow(/expects a report/);
    expect(formatCatalogueReport(buildCatalogueReport({ procedures: [] }), null as never)).toContain("BÁO CÁO");
  });
});
