import { describe, expect, it } from "vitest";
import { formatAgencyCode, isAgencyCode, isHccError, parseAgencyCode, safeParseAgencyCode } from "@hcc/core";

describe("parseAgencyCode", () => {
  it("reads a province's own code as level 1", () => {
    expect(parseAgencyCode("000.00.00.H61")).toEqual({
      code: "000.00.00.H61",
      level: 1,
      level1Code: "H61",
      kind: "province",
      province: "H61",
      units: [],
    });
  });
  it("reads the groups right to left: level 2, 3 and 4 units", () => {
    expect(parseAgencyCode("000.00.53.H48")).toMatchObject({ level: 2, units: ["53"], parentCode: "000.00.00.H48" });
    expect(parseAgencyCode("000.12.53.H48")).toMatchObject({ level: 3, units: ["53", "12"], parentCode: "000.00.53.H48" });
    expect(parseAgencyCode("001.12.53.H48")).toMatchObject({ level: 4, units: ["53", "12", "001"], parentCode: "000.12.53.H48" });
  });
  it("recognises ministries and other level-1 bodies", () => {
    const ministry = parseAgencyCode("000.00.05.G12");
    expect(ministry).toMatchObject({ kind: "ministry", ministry: "G12", level: 2 });
    expect(ministry).not.toHaveProperty("province");
    expect(parseAgencyCode("000.00.00.A01").kind).toBe("other");
  });
  it("trims and upper-cases the level-1 letter", () => {
    expect(parseAgencyCode("  000.00.53.h07 ").code).toBe("000.00.53.H07");
  });
  it("returns a frozen value", () => {
    const parts = parseAgencyCode("000.00.53.H07");
    expect(Object.isFrozen(parts)).toBe(true);
    expect(Object.isFrozen(parts.units)).toBe(true);
  });
  it.each(["H48", "000.00.H48", "00.00.00.H48", "000.00.00.48", "000.00.00.HH8", "000-00-00-H48", "", "000.00.00.H48.1"])(
    "rejects %j with invalid_code naming the value",
    (bad) => {
      const result = safeParseAgencyCode(bad);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe("invalid_code");
      expect(result.error?.message).toContain(JSON.stringify(bad));
      expect(result.error?.value).toBe(bad);
    },
  );
  it("has a stable message", () => {
    expect(() => parseAgencyCode("000.00.H48")).toThrowErrorMatchingInlineSnapshot(
      `[HccError: Invalid agency code "000.00.H48": expected LLL.LL.LL.Xnn, e.g. 000.00.53.H48 (Decision 20/2020/QĐ-TTg)]`,
    );
  });
  it("rejects non-strings with an HccError, not a TypeError", () => {
    for (const bad of [null, undefined, 42, {}, ["000.00.00.H48"]]) {
      let caught: unknown;
      try {
        parseAgencyCode(bad as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(isHccError(caught)).toBe(true);
    }
  });
});

describe("isAgencyCode", () => {
  it("accepts exact codes only", () => {
    expect(isAgencyCode("000.00.53.H48")).toBe(true);
    expect(isAgencyCode(" 000.00.53.H48")).toBe(false);
    expect(isAgencyCode(123)).toBe(false);
  });
});

describe("formatAgencyCode", () => {
  it("pads numbers and fills missing levels with zeros", () => {
    expect(formatAgencyCode({ level1Code: "H48" })).toBe("000.00.00.H48");
    expect(formatAgencyCode({ level1Code: "h48", units: [53] })).toBe("000.00.53.H48");
    expect(formatAgencyCode({ level1Code: "G12", units: ["05", 3, 7] })).toBe("007.03.05.G12");
  });
  it("round-trips with parseAgencyCode", () => {
    for (const code of ["000.00.00.H61", "000.00.53.H48", "000.12.53.H48", "001.12.53.H48"]) {
      const parts = parseAgencyCode(code);
      expect(formatAgencyCode({ level1Code: parts.level1Code, units: parts.units })).toBe(code);
    }
  });
  it.each([
    [{ level1Code: "48" }, "level1Code"],
    [{ level1Code: "H48", units: [100] }, "level-2 unit 100 must be 2 digits"],
    [{ level1Code: "H48", units: ["1", "2"] }, "level-2 unit"],
    [{ level1Code: "H48", units: [1, 2, 3, 4] }, "at most 3"],
    [{ level1Code: "H48", units: [-1] }, "level-2 unit -1"],
    [null, "expected { level1Code, units? }"],
  ])("rejects %j", (input, message) => {
    expect(() => formatAgencyCode(input as never)).toThrow(message);
  });
});
