import { PORTAL_766_PERIOD, portal766Catalogue, portal766Dossiers } from "@hcc/examples";
import { parsePortalDossier, portal766, type PortalDossierInput, type PortalIndicator } from "@hcc/stats";
import { describe, expect, it } from "vitest";

const inputs: readonly PortalDossierInput[] = portal766Dossiers; // the example's type is the profile's input
const dossiers = inputs.map((d) => parsePortalDossier(d));
const byId = (indicators: readonly PortalIndicator[]) => Object.fromEntries(indicators.filter((i) => i.id !== "2.2").map((i) => [i.id, i]));

// Hand computation (period 1–31 August 2025; sessions 07:00–11:30 and 13:30–17:00, 8 h a day;
// 1 and 2 September 2025 are days off). D1…D18 are the dossiers in order.
//
// Counted nowhere: D10 (status 1, never received), D11 (no receipt date).
//
// 2.1 — handled in the period = received by 31/8 and not finished before 1/8: all but D15
// (finished 23/7), D10, D11 → 15. End of processing and verdict:
//   D1  processed 7/8 10:00 (wins over returned 8/8) ≤ due 7/8 17:00        on time
//   D2  waiting, 1 request → ends 6/8 10:00 ≤ 8/8 17:00                        on time
//   D3  waiting, 2 requests                                                    late
//   D4  15/8 16:00 − (14/8 08:00 − 12/8 08:00 = 48 h) = 13/8 16:00 ≤ 14/8 17:00 on time
//   D5  open → 31/8 23:59:59.999 ≤ 10/9                                        on time
//   D6  open → 31/8 > 31/7                                                     late
//   D7  no due: 6/8 08:00→15:00 = 3.5 + 1.5 = 5 working h ≤ 8                  on time
//   D8  no due: 7/8 08:00 → 8/8 16:00 = 7 + 7 = 14 working h > 8               late
//   D9  14/8 09:00 ≤ 15/8 17:00                                                on time
//   D12 stopped, NgayTuChoi 19/8 10:00 ≤ 21/8 17:00                            on time
//   D13 withdrawn 25/8 10:00 > 22/8 17:00                                      late
//   D14 20/8 08:00 ≤ 1/9 17:00                                                 on time
//   D16 open → 31/8 > 25/8                                                     late
//   D17 processed 3/9 (after the period) → open → 31/8 ≤ 4/9                   on time
//   D18 15/8 10:00 ≤ 18/8 17:00                                                on time
//   → 10 / 15; points 20 × 10/15 = 13.33
//
// Received in the period (receipt date in August): D1–D5, D7–D9, D12–D14, D16–D18 → 14.
//
// 2.2 — status 9/10 received in the period: D1, D4, D7, D8, D9, D14, D17, D18.
//   1.001612 (working days, 8 h): D1 Mon 4/8 08:00 → Thu 7/8 10:00 = 7+8+8+3 = 26 h = 3.25;
//     D4 11/8 08:00 → 13/8 16:00 (supplement removed) = 7+8+7 = 22 h = 2.75;
//     D9 12/8 09:00 → 14/8 09:00 = 6+8+2 = 16 h = 2; D18 13/8 08:00 → 15/8 10:00 = 7+8+3 = 18 h = 2.25;
//     D17 28/8 08:00 → 3/9 10:00 = 7+8+3 = 18 h = 2.25 → 12.5 / 5 = 2.5 working days
//   2.000635 (working hours): D7 5 + D8 14 = 19 / 2 = 9.5 working hours
//   1.000894 (months): D14 1/8 08:00 → 20/8 08:00 = 19 of the 31 days to 1/9 → 19/31 = 0.61 months
//
// 3.3 — online = channel 2 and (electronic-only procedure, or result code + file link):
//   D7, D8 (2.000635), D9 (KQ-0009 + link); not D2, D3 (no result), not D18 (link, no code)
//   → 3 / 14 × sync ratio; 1: 0.2143 → 0.2143 × 6 / 0.5 = 2.57; 0.97: 0.2079 → 2.49
// 3.6 — paid online (1 or 2): D1 (1), D4 (2), D9 (1) → 3 (D2 is 3, D18 is 0, D3 none);
//   fee procedures (1.001612) received in the period: D1–D5, D9, D12, D13, D17, D18 = 10, minus
//   D3 (fee list 0, 0) → 9 → 3/9; points 6 × 1/3 = 2
// 4.1 — paper-result procedures (1.001612, 1.000894, unknown 9.999999) received: 10 + D14 + D16
//   = 12; with a result file: D1, D4, D9, D18 → 4/12; points 6 × 1/3 = 2
// 4.2 — a component file and a result file: D1, D4, D7, D18 (not D9: empty file link) → 4/12;
//   points 0.3333 × 4 / 0.8 = 1.67
// 4.3 — reused: D4 (DuocSoHoa), D12 (HoSoCoThanhPhanSoHoa) → 2/14; 0.1429 × 4 / 0.8 = 0.71
// 4.4 — from the national store: D2 → 1/14; 4 × 0.0714 = 0.29
// 4.5b — D7 (VNeID), D2 (national store), D8 (CSDLQGVDC); not D9 (CSDLQGVDD) → 3/14; 4 × 0.2143 = 0.86
// 1.4 — with counts 15 (reporting) and 16 (portal): 14 / 16 = 0.875; points 2 × 0.875 = 1.75
// 5.4 — late 5 of 15 (1/3) + complaint rate 0.05 → 1 − 0.3833 = 0.6167; 0.6167 × 4 / 0.9 = 2.74
describe("the portal-766 example (August 2025)", () => {
  it("exercises every §B clause and gives the hand-computed numerators and denominators", () => {
    const report = portal766(dossiers, { ...PORTAL_766_PERIOD, catalogue: portal766Catalogue });
    expect(report.authority).toBe("portal-766");
    expect(report.dossiers).toBe(18);
    expect(report.excluded).toEqual({ notReceived: 1, noReceiptDate: 1 });
    expect(report.unknownProcedures).toEqual(["9.999999"]);
    expect(report.skipped).toEqual([]);
    expect(report.syncRatio).toBe(1);
    const i = byId(report.indicators);
    const nd = (id: string) => [i[id]?.numerator, i[id]?.denominator, i[id]?.points];
    expect(nd("2.1")).toEqual([10, 15, 13.33]);
    expect(nd("3.3")).toEqual([3, 14, 2.57]);
    expect(nd("3.6")).toEqual([3, 9, 2]);
    expect(nd("4.1")).toEqual([4, 12, 2]);
    expect(nd("4.2")).toEqual([4, 12, 1.67]);
    expect(nd("4.3")).toEqual([2, 14, 0.71]);
    expect(nd("4.4")).toEqual([1, 14, 0.29]);
    expect(nd("4.5b")).toEqual([3, 14, 0.86]);
    expect(i["1.4"]).toMatchObject({ applicable: false, value: null, points: null });
    expect(i["5.4"]).toMatchObject({ applicable: false, value: null, points: null });
    const times = report.indicators.filter((x) => x.id === "2.2");
    expect(times.map((t) => [t.procedureCode, t.unit, t.denominator, t.value, t.points, t.maxPoints])).toEqual([
      ["1.000894", "months", 1, 0.61, null, 0],
      ["1.001612", "working_days", 5, 2.5, null, 0],
      ["2.000635", "working_hours", 2, 9.5, null, 0],
    ]);
    expect(times[0]?.numerator).toBeCloseTo(19 / 31, 12);
    expect(times[1]?.numerator).toBeCloseTo(12.5, 12);
    expect(report.indicators.every((x) => x.authority === "portal-766")).toBe(true);
    expect(report.indicators.map((x) => x.id)).toEqual(["1.4", "2.1", "2.2", "2.2", "2.2", "3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5b", "5.4"]);
  });

  it("takes 1.4, the sync ratio and 5.4's complaint rate from the caller", () => {
    const report = portal766(dossiers, {
      ...PORTAL_766_PERIOD,
      catalogue: portal766Catalogue,
      syncRatio: 0.97,
      receivedCounts: { reporting: 15, portal: 16 },
      complaintRate: 0.05,
    });
    const i = byId(report.indicators);
    expect(report.syncRatio).toBe(0.97);
    expect([i["1.4"]?.numerator, i["1.4"]?.denominator, i["1.4"]?.value, i["1.4"]?.points]).toEqual([14, 16, 0.875, 1.75]);
    expect(i["3.3"]?.value).toBeCloseTo((3 / 14) * 0.97, 12);
    expect(i["3.3"]?.points).toBe(2.49);
    expect([i["5.4"]?.numerator, i["5.4"]?.denominator, i["5.4"]?.points]).toEqual([5, 15, 2.74]);
    expect(i["5.4"]?.value).toBeCloseTo(1 - (5 / 15 + 0.05), 12);
    // without an explicit sync ratio, 3.3 uses 1.4's value
    const derived = portal766(dossiers, { ...PORTAL_766_PERIOD, catalogue: portal766Catalogue, receivedCounts: { reporting: 15, portal: 16 } });
    expect(derived.syncRatio).toBe(0.875);
  });

  it("every dossier names the clause it exercises, and codes are unique", () => {
    expect(portal766Dossiers.every((d) => d.clause.length > 10)).toBe(true);
    expect(new Set(portal766Dossiers.map((d) => d.code)).size).toBe(portal766Dossiers.length);
  });
});
