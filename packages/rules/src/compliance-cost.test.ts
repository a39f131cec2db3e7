import { describe, expect, it } from "vitest";
import { compareComplianceCost, complianceCost } from "@hcc/rules";

// The worked example of docs/rules.md: only the totals (1,024,000 → 231,000 VND per dossier,
// −77.44%) are published; the breakdown below is illustrative.
const before = {
  steps: [
    { name: "Tìm hiểu thủ tục", hours: 4 },
    { name: "Chuẩn bị hồ sơ", hours: 16 },
    { name: "Nộp hồ sơ trực tiếp (đi lại, chờ)", hours: 4 },
    { name: "Bổ sung, theo dõi hồ sơ", hours: 4 },
    { name: "Nhận kết quả trực tiếp", hours: 4 },
  ],
  incomePerHour: 25_000,
  fees: 100_000,
  otherCosts: [
    { name: "Sao y, chứng thực", amount: 44_000 },
    { name: "Đi lại", amount: 80_000 },
  ],
  yearlyVolume: 1_000,
};
const after = {
  steps: [
    { name: "Tìm hiểu thủ tục", hours: 1 },
    { name: "Chuẩn bị hồ sơ", hours: 3 },
    { name: "Nộp hồ sơ trực tuyến", hours: 1 },
    { name: "Nhận kết quả qua bưu chính", hours: 1 },
  ],
  incomePerHour: 25_000,
  fees: 50_000,
  otherCosts: [{ name: "Cước bưu chính", amount: 31_000 }],
};

describe("complianceCost", () => {
  it("adds time × income, fees and other costs, per dossier and per year", () => {
    const c = complianceCost(before);
    expect(c).toEqual({ hours: 32, timeCost: 800_000, fees: 100_000, otherCosts: 124_000, perDossier: 1_024_000, yearlyVolume: 1_000, annual: 1_024_000_000 });
    expect(complianceCost(after).perDossier).toBe(231_000);
    expect(complianceCost({ steps: [], incomePerHour: 0 })).toMatchObject({ perDossier: 0, annual: null, yearlyVolume: null });
    expect(complianceCost({ steps: [{ hours: 1 }], incomePerHour: 10, otherCosts: 5 }).perDossier).toBe(15);
  });

  it("rejects negative or non-finite amounts", () => {
    expect(() => complianceCost({ steps: [{ hours: -1 }], incomePerHour: 1 })).toThrow(/steps\.0\.hours/);
    expect(() => complianceCost({ steps: [], incomePerHour: Number.NaN })).toThrow(/incomePerHour/);
    expect(() => complianceCost(null as never)).toThrow(/Invalid compliance-cost input/);
  });
});

describe("compareComplianceCost", () => {
  it("reproduces the worked example: 1,024,000 → 231,000 VND per dossier is a 77.44% saving", () => {
    const s = compareComplianceCost(before, after);
    expect(s.before.perDossier).toBe(1_024_000);
    expect(s.after.perDossier).toBe(231_000);
    expect(s.perDossier).toBe(793_000);
    expect(s.ratio).toBe(0.7744140625);
    expect(s.percent).toBe(77.44);
    // The current volume defaults to the baseline's.
    expect(s.after.yearlyVolume).toBe(1_000);
    expect(s.annual).toBe(793_000_000);
  });

  it("accepts computed costs, reports a rise as a negative saving, and has no percent for a free baseline", () => {
    const s = compareComplianceCost(complianceCost({ steps: [], incomePerHour: 0, fees: 100 }), { steps: [], incomePerHour: 0, fees: 150 });
    expect(s.perDossier).toBe(-50);
    expect(s.percent).toBe(-50);
    expect(s.annual).toBeNull();
    const free = compareComplianceCost({ steps: [], incomePerHour: 0 }, { steps: [], incomePerHour: 0 });
    expect(free.ratio).toBeNull();
    expect(free.percent).toBeNull();
  });

  it("rejects a malformed computed cost", () => {
    const good = complianceCost({ steps: [], incomePerHour: 0, fees: 1 });
    expect(() => compareComplianceCost({ ...good, perDossier: Number.NaN }, good)).toThrow(/before cost/);
    expect(() => compareComplianceCost(good, { ...good, yearlyVolume: -1 })).toThrow(/after cost/);
    expect(() => compareComplianceCost(null as never, good)).toThrow(/Invalid compliance-cost input/);
  });

  it("rounds the percent half away from zero", () => {
    // 1/8 = 12.5% exactly; 1/3 = 33.33…%; 2/3 = 66.67%.
    expect(compareComplianceCost({ steps: [], incomePerHour: 0, fees: 8 }, { steps: [], incomePerHour: 0, fees: 7 }).percent).toBe(12.5);
    expect(compareComplianceCost({ steps: [], incomePerHour: 0, fees: 3 }, { steps: [], incomePerHour: 0, fees: 2 }).percent).toBe(33.33);
    expect(compareComplianceCost({ steps: [], incomePerHour: 0, fees: 3 }, { steps: [], incomePerHour: 0, fees: 1 }).percent).toBe(66.67);
    expect(compareComplianceCost({ steps: [], incomePerHour: 0, fees: 200_000 }, { steps: [], incomePerHour: 0, fees: 199_999 }).percent).toBe(0);
  });
});
