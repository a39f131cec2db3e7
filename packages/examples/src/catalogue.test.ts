import { describe, expect, it } from "vitest";
import { parseProcedure } from "@hcc/core";
import { benTreCatalogue, benTreDepartment, benTreDepartments, sampleProcedure } from "@hcc/examples";

describe("benTreDepartments", () => {
  it("lists 18 departments, 16 participating: not the Inspectorate nor the People's Committee Office", () => {
    expect(benTreDepartments).toHaveLength(18);
    const out = benTreDepartments.filter((d) => !d.participates).map((d) => d.name);
    expect(out).toEqual(["Thanh tra tỉnh", "Văn phòng UBND tỉnh"]);
    expect(benTreDepartments.every((d) => d.illustrativeCode && d.validTo === "2025-06-30")).toBe(true);
    expect(new Set(benTreDepartments.map((d) => d.code)).size).toBe(18);
    expect(benTreDepartment("000.00.02.H07")?.key).toBe("justice");
    expect(benTreDepartment("nope")).toBeUndefined();
  });
});

describe("benTreCatalogue", () => {
  it("has at least 20 procedures with real-format national codes, all distinct", () => {
    expect(benTreCatalogue.length).toBeGreaterThanOrEqual(20);
    expect(benTreCatalogue.every((p) => /^[1-3]\.\d{6}$/.test(p.code))).toBe(true);
    expect(new Set(benTreCatalogue.map((p) => p.code)).size).toBe(benTreCatalogue.length);
    expect(sampleProcedure("1.001612")?.name).toBe("Đăng ký thành lập hộ kinh doanh");
    expect(sampleProcedure("1.000894")?.name).toBe("Đăng ký kết hôn");
  });

  it("publishes all eight disclosures of every procedure, fees explicit even when free", () => {
    for (const p of benTreCatalogue) {
      const c = p.cases[0];
      expect(p.name.length).toBeGreaterThan(0);
      expect(c?.documents.length).toBeGreaterThan(0);
      expect(c?.steps.length).toBe(4);
      for (const ch of c?.channels ?? []) {
        expect(ch.processingTime?.unit).toMatch(/working_days|working_hours|calendar_days|months/);
        expect(ch.fees?.length).toBeGreaterThan(0);
        for (const fee of ch.fees ?? []) expect(fee.amount).toBeGreaterThanOrEqual(0);
      }
      expect(p.conditions.length).toBeGreaterThan(0);
      expect(p.legalBasis.every((l) => /\d+\/\d{4}\//.test(l.number))).toBe(true);
      expect(p.contact?.name).toBeTruthy();
      expect(p.illustrativeContents).toBe(true);
      expect(benTreDepartment(p.departmentKey)?.participates).toBe(true);
    }
    expect(benTreCatalogue.some((p) => p.cases[0]?.channels[0]?.fees?.[0]?.amount === 0)).toBe(true);
  });

  it("marks where each step happens, all four at the center for the '4 tại chỗ' procedures", () => {
    for (const p of benTreCatalogue) {
      const places = p.cases[0]?.steps.map((s) => s.place);
      expect(places).toEqual(p.fourOnTheSpot ? ["center", "center", "center", "center"] : ["center", "department", "department", "center"]);
    }
    expect(benTreCatalogue.filter((p) => p.fourOnTheSpot).length).toBeGreaterThan(3);
  });

  it("round-trips through parseProcedure", () => {
    for (const p of benTreCatalogue) {
      const { departmentKey: _k, weight: _w, fourOnTheSpot: _f, illustrativeContents: _i, ...procedure } = p;
      expect(parseProcedure(procedure)).toEqual(procedure);
    }
  });
});
