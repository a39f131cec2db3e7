import { describe, expect, it } from "vitest";
import {
  formatProcedureCode,
  isNationalProcedureCode,
  isProcedureCode,
  parseProcedureCode,
  safeParseProcedureCode,
} from "@hcc/core";

describe("parseProcedureCode", () => {
  it("parses a national code", () => {
    expect(parseProcedureCode("1.001612")).toEqual({ code: "1.001612", national: "1.001612", form: "national" });
  });
  it("parses a provincial instance", () => {
    expect(parseProcedureCode("1.001612.000.00.00.H48")).toEqual({
      code: "1.001612.000.00.00.H48",
      national: "1.001612",
      form: "instance",
      agencyCode: "000.00.00.H48",
      level1Code: "H48",
    });
  });
  it("parses the short form with only a level-1 code", () => {
    expect(parseProcedureCode("1.012753.H19")).toEqual({
      code: "1.012753.H19",
      national: "1.012753",
      form: "short",
      level1Code: "H19",
    });
  });
  it("parses a variant suffix on every form", () => {
    expect(parseProcedureCode("2.000635.02")).toMatchObject({ form: "national", variant: "02" });
    expect(parseProcedureCode("1.012753.H19.01")).toMatchObject({ form: "short", variant: "01" });
    expect(parseProcedureCode("1.001612.000.00.53.H48.03")).toMatchObject({ form: "instance", agencyCode: "000.00.53.H48", variant: "03" });
  });
  it("normalises spaces and case", () => {
    expect(parseProcedureCode(" 1.012753.h19 ").code).toBe("1.012753.H19");
  });
  it.each(["4.001612", "0.001612", "1.01612", "1.0016120", "1001612", "1.001612.H4", "1.001612.000.00.H48", "1.001612.2", "1.001612.02.03", "", "abc"])(
    "rejects %j with invalid_code",
    (bad) => {
      const result = safeParseProcedureCode(bad);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe("invalid_code");
      expect(result.error?.message).toContain(`Invalid procedure code ${JSON.stringify(bad)}`);
    },
  );
  it("has a stable message for non-strings", () => {
    expect(() => parseProcedureCode(1.001612 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[HccError: Invalid procedure code 1.001612: expected a string]`,
    );
  });
});

describe("isNationalProcedureCode / isProcedureCode", () => {
  it("tells national codes from the other forms", () => {
    expect(isNationalProcedureCode("1.001612")).toBe(true);
    expect(isNationalProcedureCode("3.999999")).toBe(true);
    expect(isNationalProcedureCode("1.001612.000.00.00.H48")).toBe(false);
    expect(isNationalProcedureCode(null)).toBe(false);
    expect(isProcedureCode("1.001612.000.00.00.H48")).toBe(true);
    expect(isProcedureCode("1.001612.000.00.00.h48")).toBe(false);
  });
});

describe("formatProcedureCode", () => {
  it("builds each form", () => {
    expect(formatProcedureCode({ national: "1.001612" })).toBe("1.001612");
    expect(formatProcedureCode({ national: "1.001612", agencyCode: "000.00.00.H48" })).toBe("1.001612.000.00.00.H48");
    expect(formatProcedureCode({ national: "1.001612", agencyCode: "000.00.00.H48", level1Code: "H48" })).toBe("1.001612.000.00.00.H48");
    expect(formatProcedureCode({ national: "1.012753", level1Code: "h19", variant: "01" })).toBe("1.012753.H19.01");
    expect(formatProcedureCode({ national: "2.000635", variant: 2 })).toBe("2.000635.02");
  });
  it("round-trips with parseProcedureCode", () => {
    for (const code of ["1.001612", "1.001612.000.00.00.H48", "1.012753.H19", "2.000635.02", "1.001612.000.00.53.H48.03"]) {
      const { national, agencyCode, level1Code, variant } = parseProcedureCode(code);
      expect(
        formatProcedureCode({
          national,
          ...(agencyCode === undefined ? {} : { agencyCode }),
          ...(level1Code === undefined ? {} : { level1Code }),
          ...(variant === undefined ? {} : { variant }),
        }),
      ).toBe(code);
    }
  });
  it.each([
    [{ national: "4.001612" }, "national code"],
    [{ national: "1.001612", agencyCode: "H48" }, "Invalid agency code"],
    [{ national: "1.001612", agencyCode: "000.00.00.H48", level1Code: "H19" }, "disagrees"],
    [{ national: "1.001612", level1Code: "19" }, "level1Code"],
    [{ national: "1.001612", variant: 123 }, "variant 123"],
    [undefined, "expected { national"],
  ])("rejects %j", (input, message) => {
    expect(() => formatProcedureCode(input as never)).toThrow(message);
  });
});
