import { describe, expect, it, vi } from "vitest";
import { HccError, isHccError, parseLocalDate, safely } from "@hcc/core";

describe("HccError", () => {
  it("carries code, value, issues and cause", () => {
    const cause = new RangeError("inner");
    const error = new HccError("unknown_code", "Unknown province code H99", {
      value: "H99",
      issues: [{ path: ["provinceCode"], message: "unknown" }],
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("HccError");
    expect(error.code).toBe("unknown_code");
    expect(error.value).toBe("H99");
    expect(error.cause).toBe(cause);
    expect(error.issues).toEqual([{ path: ["provinceCode"], message: "unknown" }]);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });
  it("has no cause property when none is given", () => {
    expect("cause" in new HccError("invalid_input", "x")).toBe(false);
  });
  it("serialises to JSON without the stack", () => {
    const error = new HccError("invalid_date", 'Invalid date "x"', { value: "x" });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "HccError",
      code: "invalid_date",
      message: 'Invalid date "x"',
      value: "x",
      issues: [],
    });
  });
});

describe("isHccError", () => {
  it("recognises HccError and rejects other values", () => {
    expect(isHccError(new HccError("parse_error", "x"))).toBe(true);
    for (const other of [new Error("x"), new TypeError("x"), null, undefined, "HccError", 1, {}, { name: "HccError" }]) {
      expect(isHccError(other)).toBe(false);
    }
  });
  it("recognises an HccError from another copy of the module (not instanceof)", async () => {
    vi.resetModules();
    // A query string makes vite load a second, independent instance of the module.
    const specifier = "@hcc/core?foreign-copy";
    const foreign = (await import(/* @vite-ignore */ specifier)) as typeof import("@hcc/core");
    expect(foreign.HccError).not.toBe(HccError);
    const error = new foreign.HccError("invalid_code", "from the other copy");
    expect(error instanceof HccError).toBe(false);
    expect(isHccError(error)).toBe(true);
    expect(foreign.isHccError(new HccError("invalid_code", "from this copy"))).toBe(true);
  });
  it("recognises the JSON form of an error sent across a boundary", () => {
    const sent = JSON.parse(JSON.stringify(new HccError("sync_error", "portal said no"))) as unknown;
    expect(isHccError(sent)).toBe(true);
    expect(isHccError({ name: "HccError", code: "made_up", message: "x" })).toBe(false);
    expect(isHccError({ name: "HccError", code: "sync_error" })).toBe(false);
  });
  it("does not recognise a structuredClone, which keeps only the message", () => {
    const clone = structuredClone(new HccError("invalid_code", "x"));
    expect(clone).toBeInstanceOf(Error);
    expect(isHccError(clone)).toBe(false);
  });
  it("recognises a structural copy that keeps the brand", () => {
    const original = new HccError("invalid_code", "x");
    const copy = Object.create(Object.getPrototypeOf(original) as object, Object.getOwnPropertyDescriptors(original)) as unknown;
    expect(isHccError(copy)).toBe(true);
  });
});

describe("safely", () => {
  it("returns data or the HccError", () => {
    expect(safely(() => parseLocalDate("2019-05-06"))).toEqual({ success: true, data: "2019-05-06" });
    const failed = safely(() => parseLocalDate("2019-05-32"));
    expect(failed.success).toBe(false);
    expect(failed.error?.code).toBe("invalid_date");
  });
  it("rethrows any other exception as it is: a bug is not bad input", () => {
    const cause = new TypeError("boom");
    expect(() =>
      safely(() => {
        throw cause;
      }),
    ).toThrow(cause);
    const notAnError = { reason: "thrown object" };
    let caught: unknown;
    try {
      safely(() => {
        throw notAnError;
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(notAnError);
  });
  it("converts an HccError thrown deep inside the parser", () => {
    const inner = new HccError("out_of_range", "too far", { value: 3 });
    const result = safely(() => [1].map(() => {
      throw inner;
    }));
    expect(result).toEqual({ success: false, error: inner });
    expect(result.error).toBe(inner);
  });
});
