import { describe, expect, it } from "vitest";
import {
  currentProvinces,
  findProvince,
  isProvinceCode,
  provinceAt,
  provinces,
  provincesAt,
  safeFindProvince,
  safeSuccessorOf,
  successorOf,
} from "@hcc/core";

describe("province data", () => {
  it("has the 34 current provinces with the portal's codes", () => {
    expect(currentProvinces.map((p) => p.code)).toEqual(
      "H01 H05 H12 H13 H14 H15 H17 H18 H19 H20 H21 H24 H26 H27 H29 H31 H32 H35 H36 H37 H38 H41 H42 H44 H48 H49 H50 H52 H53 H55 H56 H57 H60 H61".split(" "),
    );
    expect(currentProvinces.every((p) => !p.inferred)).toBe(true);
    expect(currentProvinces.filter((p) => p.kind === "city").map((p) => p.name)).toEqual([
      "Cần Thơ",
      "Đà Nẵng",
      "Hải Phòng",
      "Hà Nội",
      "Hồ Chí Minh",
      "Huế",
    ]);
  });
  it("has 63 distinct codes H01–H63 before the merger", () => {
    const before = provincesAt("2025-06-30");
    expect(before).toHaveLength(63);
    expect(new Set(before.map((p) => p.code)).size).toBe(63);
    expect(before.map((p) => p.code)).toEqual(Array.from({ length: 63 }, (_, i) => `H${String(i + 1).padStart(2, "0")}`));
  });
  it("marks exactly the 29 codes not on the portal's list as inferred", () => {
    const inferred = provinces.filter((p) => p.inferred);
    expect(inferred).toHaveLength(29);
    const confirmed = new Set(currentProvinces.map((p) => p.code));
    for (const p of inferred) expect(confirmed.has(p.code)).toBe(false);
    for (const p of provinces.filter((q) => !q.inferred)) expect(confirmed.has(p.code)).toBe(true);
  });
  it("links every former province to a successor valid the next day", () => {
    for (const p of provinces.filter((q) => q.validTo !== undefined)) {
      expect(p.successorCode).toBeDefined();
      expect(successorOf(p.code).validTo).toBeUndefined();
    }
  });
  it("lists each merged province's predecessors, 52 in all", () => {
    const merged = currentProvinces.filter((p) => p.mergedFrom !== undefined);
    expect(merged).toHaveLength(23);
    expect(merged.flatMap((p) => p.mergedFrom ?? [])).toHaveLength(52);
    expect(findProvince("H61").mergedFrom).toEqual(["H61", "H07", "H59"]);
  });
  it("is frozen", () => {
    expect(Object.isFrozen(provinces)).toBe(true);
    expect(Object.isFrozen(provinces[0])).toBe(true);
  });
});

describe("findProvince", () => {
  it("finds a current province by default", () => {
    expect(findProvince("H61")).toMatchObject({ name: "Vĩnh Long", validFrom: "2025-07-01" });
    expect(findProvince(" h26 ")).toMatchObject({ name: "Hà Nội", kind: "city" });
  });
  it("finds a former province at a date", () => {
    expect(findProvince("H07", { at: "2019-05-06" })).toMatchObject({
      name: "Bến Tre",
      nameAscii: "Ben Tre",
      validTo: "2025-06-30",
      successorCode: "H61",
      inferred: true,
    });
    expect(provinceAt("H61", "2025-06-30").mergedFrom).toBeUndefined();
    expect(provinceAt("H61", "2025-07-01").mergedFrom).toEqual(["H61", "H07", "H59"]);
    expect(provinceAt("H61", new Date(Date.UTC(2025, 5, 30, 17))).validFrom).toBe("2025-07-01"); // 00:00 on 1 July in Vietnam
  });
  it("follows Huế's change from province to city on 2025-01-01", () => {
    expect(provinceAt("H57", "2024-12-31")).toMatchObject({ name: "Thừa Thiên Huế", kind: "province", successorCode: "H57" });
    expect(provinceAt("H57", "2025-01-01")).toMatchObject({ name: "Huế", kind: "city" });
    expect(provincesAt("2025-03-01")).toHaveLength(63);
  });
  it("explains a former code in the error", () => {
    expect(() => findProvince("H07")).toThrowErrorMatchingInlineSnapshot(
      `[HccError: Unknown province code "H07" in the current list: Bến Tre (H07) was valid until 2025-06-30; it became part of Vĩnh Long (H61)]`,
    );
    expect(() => findProvince("H07", { at: "2025-07-01" })).toThrow(/on 2025-07-01/);
  });
  it("separates malformed from unknown codes", () => {
    expect(safeFindProvince("H64").error?.code).toBe("unknown_code");
    expect(safeFindProvince("H00").error?.code).toBe("unknown_code");
    expect(safeFindProvince("83").error?.code).toBe("invalid_code");
    expect(safeFindProvince(61).error?.code).toBe("invalid_code");
    expect(safeFindProvince("H61", { at: "2025-02-30" }).error?.code).toBe("invalid_date");
    expect(safeFindProvince("H61").data?.name).toBe("Vĩnh Long");
  });
  it("isProvinceCode checks at a date", () => {
    expect(isProvinceCode("H61")).toBe(true);
    expect(isProvinceCode("H07")).toBe(false);
    expect(isProvinceCode("H07", { at: "2020-01-01" })).toBe(true);
    expect(isProvinceCode(null)).toBe(false);
  });
});

describe("successorOf", () => {
  it.each([
    ["H07", "H61", "Vĩnh Long"],
    ["H59", "H61", "Vĩnh Long"],
    ["H61", "H61", "Vĩnh Long"],
    ["H09", "H29", "Hồ Chí Minh"],
    ["H06", "H29", "Hồ Chí Minh"],
    ["H28", "H44", "Phú Thọ"],
    ["H30", "H13", "Cần Thơ"],
    ["H57", "H57", "Huế"],
    ["H26", "H26", "Hà Nội"],
  ])("%s → %s", (from, code, name) => {
    expect(successorOf(from)).toMatchObject({ code, name });
  });
  it("fails on unknown codes", () => {
    expect(safeSuccessorOf("H99").error?.message).toBe('Unknown province code "H99": no province has had this code');
    expect(safeSuccessorOf(undefined).error?.code).toBe("invalid_code");
  });
});
