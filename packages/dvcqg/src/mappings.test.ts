import {
  DEFAULT_MAPPINGS,
  createMappings,
  fromNationalProcedureCode,
  nationalStatusOfLocal,
  statusFromNationalCode,
  toNationalProcedureCode,
} from "@hcc/dvcqg";
import { dossierStatuses } from "@hcc/core";
import { describe, expect, it } from "vitest";

describe("mapping tables", () => {
  it("map OpenCPS-style local statuses, with 0 meaning no national status", () => {
    expect(["receiving", "new", "denied", "processing", "waiting", "paying", "cancelled", "unresolved", "releasing", "done"].map((s) => nationalStatusOfLocal(s))).toEqual(
      ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    );
    expect(nationalStatusOfLocal("interoperating")).toBeUndefined();
    expect(nationalStatusOfLocal("posting")).toBeUndefined();
    expect(() => nationalStatusOfLocal("archived")).toThrow(expect.objectContaining({ code: "unknown_code" }));
    expect(() => nationalStatusOfLocal("toString")).toThrow(expect.objectContaining({ code: "unknown_code" }));
  });

  it("read national status codes through the table", () => {
    expect(dossierStatuses.keys.map((k) => statusFromNationalCode(DEFAULT_MAPPINGS.statusCodes[k]))).toEqual(dossierStatuses.keys);
    expect(statusFromNationalCode(10)).toBe("returned");
    expect(() => statusFromNationalCode("0")).toThrow(expect.objectContaining({ code: "unknown_code" }));
    const custom = createMappings({ statusCodes: { done: "9" }, localStatuses: { "cho-ky": "4" } });
    expect(nationalStatusOfLocal("cho-ky", custom)).toBe("4");
  });

  it("map procedure codes both ways and hold the two applicant-kind lists", () => {
    const m = createMappings({ procedureCodes: { "BT-01": "1.001612", "BT-02": "1.001612" } });
    expect(toNationalProcedureCode("BT-02", m)).toBe("1.001612");
    expect(fromNationalProcedureCode("1.001612", m)).toBe("BT-01");
    expect(fromNationalProcedureCode("2.000635", m)).toBe("2.000635");
    expect(toNationalProcedureCode("constructor", m)).toBe("constructor");
    expect(DEFAULT_MAPPINGS.legacyApplicantKinds).toEqual({ citizen: "1", business: "2", state_agency: "3", organization: "4" });
    expect(DEFAULT_MAPPINGS.ministryApplicantKinds).toEqual({ citizen: "0", business: "1", household_business: "2" });
    expect(Object.isFrozen(m.procedureCodes)).toBe(true);
    expect(createMappings({}, m).procedureCodes).toEqual(m.procedureCodes);
  });

  it("reject malformed overrides", () => {
    expect(() => createMappings({ statusCodes: { finished: "9" } as never })).toThrow(expect.objectContaining({ code: "invalid_input" }));
    expect(() => createMappings({ procedureCodes: { A: "" } })).toThrow(expect.objectContaining({ code: "invalid_input", issues: [expect.objectContaining({ path: ["procedureCodes", "A"] })] }));
  });
});
