import { readFileSync } from "node:fs";
import { isHccError } from "@hcc/core";
import {
  parsePortalDossier,
  portal766,
  portalCatalogue,
  portalDossierFromLegacy,
  safeParsePortalDossier,
  safePortalDossierFromLegacy,
  type PortalDossierInput,
  type PortalIndicator,
} from "@hcc/stats";
import { describe, expect, it } from "vitest";

const P = "1.001612";
const catalogue = [
  { code: P, name: "Đăng ký thành lập hộ kinh doanh", cases: [{ channels: [{ channel: "direct", processingTime: { value: 3, unit: "working_days" }, fees: [{ amount: 8000 }] }] }] },
  { code: "2.000635", name: "Cấp bản sao trích lục hộ tịch", resultOnPaper: false },
];
const period = { from: "2025-08-01", to: "2025-08-31", catalogue };
const run = (rows: PortalDossierInput[], options: Partial<Parameters<typeof portal766>[1]> = {}) =>
  portal766(
    rows.map((r) => parsePortalDossier(r)),
    { ...period, ...options },
  );
const ind = (indicators: readonly PortalIndicator[], id: string) => indicators.find((i) => i.id === id);
const progress = (rows: PortalDossierInput[]) => {
  const i = ind(run(rows).indicators, "2.1");
  return [i?.numerator, i?.denominator];
};
const base = { procedureCode: P, channel: 1, receivedAt: "2025-08-04 08:00", dueAt: "2025-08-07 17:00" };

describe("portal766 — 2.1, one clause at a time", () => {
  it("processed (NgayKetThucXuLy) wins over returned (NgayTra), which wins over refused (NgayTuChoi)", () => {
    expect(progress([{ ...base, status: 10, processedAt: "2025-08-07 17:00", returnedAt: "2025-08-08 08:00" }])).toEqual([1, 1]);
    expect(progress([{ ...base, status: 10, returnedAt: "2025-08-08 08:00", refusedAt: "2025-08-05 08:00" }])).toEqual([0, 1]);
    expect(progress([{ ...base, status: 8, refusedAt: "2025-08-07 17:00:01" }])).toEqual([0, 1]);
  });

  it("a dossier waiting for a supplement ends at the request; two requests make it late", () => {
    expect(progress([{ ...base, status: 5, supplements: [{ requestedAt: "2025-08-07 17:00" }] }])).toEqual([1, 1]);
    expect(progress([{ ...base, status: 5, supplements: [{ requestedAt: "2025-08-07 17:01" }] }])).toEqual([0, 1]);
    expect(progress([{ ...base, status: 5, supplements: "2025-08-05 08:00/2025-08-05 09:00;2025-08-06 08:00/" }])).toEqual([0, 1]);
  });

  it("'more than one request = late' applies to waiting dossiers only", () => {
    const twice = [
      { requestedAt: "2025-08-05 08:00", completedAt: "2025-08-05 10:00" },
      { requestedAt: "2025-08-06 08:00", completedAt: "2025-08-06 09:00" },
    ];
    expect(progress([{ ...base, status: 10, processedAt: "2025-08-07 16:00", supplements: twice }])).toEqual([1, 1]);
  });

  it("a finished dossier's end is its end minus the supplement time (completed − requested)", () => {
    const s = [{ requestedAt: "2025-08-05 08:00", completedAt: "2025-08-06 08:00" }];
    expect(progress([{ ...base, status: 9, processedAt: "2025-08-08 17:00", supplements: s }])).toEqual([1, 1]);
    expect(progress([{ ...base, status: 9, processedAt: "2025-08-08 17:01", supplements: s }])).toEqual([0, 1]);
  });

  it("a dossier not finished by the period end ends at the period end (even if it ended later)", () => {
    const late = { ...base, dueAt: "2025-08-31 23:59:59" };
    expect(progress([{ ...late, status: 4 }])).toEqual([0, 1]);
    expect(progress([{ ...late, dueAt: "2025-09-01 00:00", status: 10, processedAt: "2025-09-02 10:00" }])).toEqual([1, 1]);
  });

  it("without a due date, end − receipt in the procedure's unit must not exceed its maximum", () => {
    const noDue = { procedureCode: P, channel: 1, receivedAt: "2025-08-04 08:00", status: 10 };
    // Mon 08:00 + 3 working days of 8 h = Thu 08:00 (7 + 8 + 8 + 1 h)
    expect(progress([{ ...noDue, processedAt: "2025-08-07 08:00" }])).toEqual([1, 1]);
    expect(progress([{ ...noDue, processedAt: "2025-08-07 08:01" }])).toEqual([0, 1]);
  });

  it("counts only received dossiers handled in the period; reports the ones it cannot judge", () => {
    const r = run([
      { ...base, status: 1 },
      { ...base, status: 3 },
      { procedureCode: P, status: 4 },
      { ...base, receivedAt: "2025-07-01 08:00", status: 10, processedAt: "2025-07-31 23:59" },
      { ...base, status: 10, code: "X-250804-0001" },
      { procedureCode: "2.000635", status: 10, receivedAt: "2025-08-04 08:00", processedAt: "2025-08-04 09:00", code: "X-250804-0002" },
    ]);
    expect(r.excluded).toEqual({ notReceived: 2, noReceiptDate: 1 });
    expect(ind(r.indicators, "2.1")?.denominator).toBe(0);
    expect(r.skipped).toEqual([
      { code: "X-250804-0001", procedureCode: P, indicator: "2.1", reason: "status returned without NgayKetThucXuLy, NgayTra or NgayTuChoi" },
      { code: "X-250804-0001", procedureCode: P, indicator: "2.2", reason: "status returned without NgayKetThucXuLy or NgayTra" },
      { code: "X-250804-0002", procedureCode: "2.000635", indicator: "2.1", reason: "no due date, and the catalogue gives the procedure no processing time" },
      { code: "X-250804-0002", procedureCode: "2.000635", indicator: "2.2", reason: "the catalogue gives the procedure no processing time (its unit)" },
    ]);
  });
});

describe("portal766 — 3.3 to 4.5b", () => {
  const inPeriod = { procedureCode: P, status: 4, receivedAt: "2025-08-04 08:00" };

  it("3.3: an online dossier of a paper-result procedure needs a result code and file; missing channel = direct", () => {
    const r = run([
      { ...inPeriod, channel: 2, results: [{ code: "KQ", fileUrl: "https://x/1" }] },
      { ...inPeriod, channel: 2, results: [{ fileUrl: "https://x/1" }] },
      { ...inPeriod, channel: "" },
      { ...inPeriod, procedureCode: "2.000635", channel: "online" },
    ]);
    expect(ind(r.indicators, "3.3")).toMatchObject({ numerator: 2, denominator: 4, value: 0.5, points: 6, maxPoints: 6 });
  });

  it("3.6: paid online is 1 or 2; the denominator is fee procedures minus all-zero fee lists", () => {
    const r = run([
      { ...inPeriod, payment: "1" },
      { ...inPeriod, payment: 2, fees: "0" },
      { ...inPeriod, payment: "3", fees: [8000, 0] },
      { ...inPeriod, payment: "0", fees: [] },
      { ...inPeriod, procedureCode: "2.000635", payment: "2" },
    ]);
    expect(ind(r.indicators, "3.6")).toMatchObject({ numerator: 3, denominator: 3, value: 1, points: 6 });
  });

  it("4.1 / 4.2 count paper-result procedures; 4.3, 4.4, 4.5b every dossier received in the period", () => {
    const r = run(
      [
        { ...inPeriod, results: [{ fileUrl: "https://x/kq" }], documents: [{ componentCode: "TP1", fileUrl: "https://x/tp" }] },
        { ...inPeriod, documents: [{ componentCode: "TP1", fileUrl: "https://x/tp", digitised: "True", fromNationalStore: "1" }] },
        { ...inPeriod, digitisedComponents: "1", vneidVerified: "False", databaseCodes: "DC01;LAND" },
        { ...inPeriod, procedureCode: "2.000635", vneidVerified: true },
      ],
      { populationDatabaseCodes: ["DC01"] },
    );
    expect([ind(r.indicators, "4.1")?.numerator, ind(r.indicators, "4.1")?.denominator]).toEqual([1, 3]);
    expect([ind(r.indicators, "4.2")?.numerator, ind(r.indicators, "4.2")?.denominator]).toEqual([1, 3]);
    expect(ind(r.indicators, "4.3")).toMatchObject({ numerator: 2, denominator: 4, points: 2.5 });
    expect(ind(r.indicators, "4.4")).toMatchObject({ numerator: 1, denominator: 4, points: 1 });
    expect(ind(r.indicators, "4.5b")).toMatchObject({ numerator: 3, denominator: 4, points: 3 });
  });

  it("a zero denominator is not applicable, never 0 points", () => {
    const r = run([]);
    expect(r.indicators.map((i) => [i.id, i.applicable, i.points])).toEqual([
      ["1.4", false, null],
      ["2.1", false, null],
      ["3.3", false, null],
      ["3.6", false, null],
      ["4.1", false, null],
      ["4.2", false, null],
      ["4.3", false, null],
      ["4.4", false, null],
      ["4.5b", false, null],
      ["5.4", false, null],
    ]);
  });
});

describe("portal766 — inputs", () => {
  it("gives the same numbers whatever the process time zone (periods are Vietnam dates)", () => {
    const r = run([{ procedureCode: P, status: 4, channel: 2, receivedAt: "2025-07-31T17:30:00Z" }]);
    expect(ind(r.indicators, "3.3")?.denominator).toBe(1); // 00:30 on 1 August in Vietnam
  });

  it("refuses bad options and bad catalogues before reading any dossier", () => {
    let read = 0;
    const dossiers = {
      *[Symbol.iterator]() {
        read++;
        yield parsePortalDossier({ procedureCode: P, status: 4 });
      },
    };
    const fail = (options: object) => {
      try {
        portal766(dossiers, { ...period, ...options });
      } catch (error) {
        return isHccError(error) ? error.code : "not an HccError";
      }
      return "no error";
    };
    expect(fail({ syncRatio: 1.2 })).toBe("invalid_input");
    expect(fail({ from: "2025-09-01" })).toBe("invalid_input");
    expect(fail({ catalogue: [{ name: "no code" }] })).toBe("invalid_input");
    expect(fail({ catalogue: { procedures: [] } })).toBe("invalid_input");
    expect(read).toBe(0);
    expect(() => portalCatalogue([{ code: P }])).toThrow(/procedure 1 of the catalogue/);
  });

  it("reads our columns leniently and names bad fields", () => {
    const d = parsePortalDossier({ procedureCode: 1.001612, status: " 10 ", channel: "", payment: "3", fees: "8000;0", receivedAt: "20250804080000", vneidVerified: "TRUE" });
    expect(d).toMatchObject({ procedureCode: "1.001612", status: "returned", channel: "direct", payment: "not_paid_vendor", fees: [8000, 0], vneidVerified: true });
    expect(Object.isFrozen(d.fees)).toBe(true);
    const bad = safeParsePortalDossier({ procedureCode: "", status: 11, payment: "9", receivedAt: "2025-02-30" });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["procedureCode", "status", "receivedAt", "payment"]);
  });
});

describe("portalDossierFromLegacy", () => {
  const vendor = JSON.parse(readFileSync(new URL("../../../dvcqg/fixtures/legacy-dongbohosomc-vendor.json", import.meta.url), "utf8")) as Record<string, unknown>;

  it("maps a real vendor's DongBoHoSoMC record (strings, True/False, empty strings, payment 3)", () => {
    const d = portalDossierFromLegacy(vendor);
    expect(d).toEqual({
      code: "000.00.21.H61-250805-0007",
      procedureCode: "1.004227",
      agencyCode: "000.00.21.H61",
      channel: "direct",
      status: "returned",
      receivedAt: "2025-08-05T08:30:00+07:00",
      dueAt: "2025-08-12T17:00:00+07:00",
      processedAt: "2025-08-11T16:00:00+07:00",
      returnedAt: "2025-08-13T09:00:00+07:00",
      supplements: [],
      payment: "not_paid_vendor",
      fees: [135000],
      results: [{}],
      documents: [{ componentCode: "TP1", fileUrl: "https://dvc.example.vn/files/1", digitised: true, fromNationalStore: false }],
      digitisedComponents: false,
      vneidVerified: true,
      databaseCodes: ["CSDLQGVDC"],
    });
    const r = portal766([d], { ...period, catalogue: [{ code: "1.004227", name: "Cấp Giấy phép lái xe", cases: [{ channels: [{ channel: "direct", fees: [{ amount: 135000 }] }] }] }] });
    expect([ind(r.indicators, "2.1")?.numerator, ind(r.indicators, "2.1")?.denominator]).toEqual([1, 1]); // processed 11/8 ≤ due 12/8, returned 13/8
    expect([ind(r.indicators, "3.6")?.numerator, ind(r.indicators, "3.6")?.denominator]).toEqual([0, 1]);
    expect(ind(r.indicators, "4.5b")?.numerator).toBe(1);
  });

  it("leaves deleted files out and reports bad records by wire name", () => {
    const d = portalDossierFromLegacy({ ...vendor, TaiLieuNop: [{ TenTepDinhKem: "a.pdf", IsDeleted: "1", DuocLayTuKhoDMQG: "1" }] });
    expect(d.documents).toEqual([]);
    const bad = safePortalDossierFromLegacy({ ...vendor, DuocThanhToanTrucTuyen: "7" });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["DuocThanhToanTrucTuyen"]);
  });
});
