import { describe, expect, it } from "vitest";
import {
  formatDossierCode,
  isDossierCode,
  nextDossierCode,
  parseDossierCode,
  safeParseDossierCode,
  type HccError,
} from "@hcc/core";

function thrown(fn: () => unknown): HccError {
  try {
    fn();
  } catch (error) {
    return error as HccError;
  }
  throw new Error("expected a throw");
}

describe("parseDossierCode", () => {
  it("splits agency, date and sequence", () => {
    expect(parseDossierCode("000.00.53.H48-220921-0099")).toEqual({
      code: "000.00.53.H48-220921-0099",
      agencyCode: "000.00.53.H48",
      standardAgencyCode: true,
      date: "2022-09-21",
      sequence: 99,
      digits: 4,
    });
  });
  it("accepts 5-digit sequences", () => {
    expect(parseDossierCode("000.00.53.H07-190506-12345")).toMatchObject({ sequence: 12345, digits: 5, date: "2019-05-06" });
  });
  it("takes everything before the date and the sequence as the competent agency", () => {
    // The one rule of @hcc (dvcqg's fromLegacyRecord and the statistics use it too).
    expect(parseDossierCode("A-B-190506-0001")).toEqual({
      code: "A-B-190506-0001",
      agencyCode: "A-B",
      standardAgencyCode: false,
      date: "2019-05-06",
      sequence: 1,
      digits: 4,
    });
    expect(parseDossierCode("G12.22-240301-00012")).toMatchObject({ agencyCode: "G12.22", standardAgencyCode: false, sequence: 12, digits: 5 });
    expect(parseDossierCode("H48-220921-0099").agencyCode).toBe("H48");
    expect(safeParseDossierCode("A-B-190506-001").success).toBe(false); // 3 digits
    expect(safeParseDossierCode("A-B-190506-000001").success).toBe(false); // 6 digits
  });
  it("normalises spaces and the agency letter", () => {
    expect(parseDossierCode(" 000.00.53.h07-190506-0001 ").code).toBe("000.00.53.H07-190506-0001");
  });
  it.each([
    ["000.00.53.H48-220921-099", "expected {agency code}"],
    ["000.00.53.H48-220921-123456", "expected {agency code}"],
    ["000.00.53.H48-20220921-0099", "expected {agency code}"],
    ["-220921-0099", "expected {agency code}"],
    ["A B-220921-0099", "the agency part \"A B\""],
    ["A--220921-0099", "the agency part \"A-\""],
    ["000.00.53.H48-220231-0001", "220231 (yyMMdd) is not a real date"],
    ["000.00.53.H48-221301-0001", "is not a real date"],
    ["000.00.53.H48-220921-0000", "the sequence starts at 1"],
    ["", "expected {agency code}"],
  ])("rejects %j", (bad, message) => {
    const result = safeParseDossierCode(bad);
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe("invalid_code");
    expect(result.error?.message).toContain(JSON.stringify(bad));
    expect(result.error?.message).toContain(message);
  });
  it("has a stable message", () => {
    expect(() => parseDossierCode("000.00.53.H48-220231-0001")).toThrowErrorMatchingInlineSnapshot(
      `[HccError: Invalid dossier code "000.00.53.H48-220231-0001": the date part 220231 (yyMMdd) is not a real date]`,
    );
  });
  it("isDossierCode agrees with the parser", () => {
    expect(isDossierCode("000.00.53.H07-190506-0001")).toBe(true);
    expect(isDossierCode("000.00.53.H07-190229-0001")).toBe(false);
    expect(isDossierCode(7)).toBe(false);
  });
});

describe("formatDossierCode", () => {
  it("writes yyMMdd of the Vietnam date and pads the sequence", () => {
    expect(formatDossierCode({ agencyCode: "000.00.53.H07", date: "2019-05-06", sequence: 1 })).toBe("000.00.53.H07-190506-0001");
    // 2019-05-05T18:00Z is already 6 May in Vietnam.
    expect(formatDossierCode({ agencyCode: "000.00.53.H07", date: new Date(Date.UTC(2019, 4, 5, 18)), sequence: 7, digits: 5 })).toBe(
      "000.00.53.H07-190506-00007",
    );
  });
  it("round-trips with parseDossierCode", () => {
    const parts = parseDossierCode("000.00.53.H48-220921-0099");
    expect(formatDossierCode(parts)).toBe(parts.code);
  });
  it("rejects bad parts", () => {
    expect(thrown(() => formatDossierCode({ agencyCode: "X", date: "2019-05-06", sequence: 1 })).code).toBe("invalid_code");
    expect(thrown(() => formatDossierCode({ agencyCode: "000.00.53.H07", date: "2019-02-30", sequence: 1 })).code).toBe("invalid_date");
    expect(thrown(() => formatDossierCode({ agencyCode: "000.00.53.H07", date: "1999-12-31", sequence: 1 })).code).toBe("out_of_range");
    expect(thrown(() => formatDossierCode({ agencyCode: "000.00.53.H07", date: "2019-05-06", sequence: 0 })).code).toBe("invalid_code");
    expect(thrown(() => formatDossierCode({ agencyCode: "000.00.53.H07", date: "2019-05-06", sequence: 1.5 })).code).toBe("invalid_code");
    expect(thrown(() => formatDossierCode({ agencyCode: "000.00.53.H07", date: "2019-05-06", sequence: 10000 })).code).toBe("out_of_range");
    expect(thrown(() => formatDossierCode({ agencyCode: "000.00.53.H07", date: "2019-05-06", sequence: 1, digits: 6 as 4 })).code).toBe(
      "invalid_code",
    );
    expect(thrown(() => formatDossierCode(null as never)).code).toBe("invalid_code");
  });
});

describe("nextDossierCode", () => {
  const agency = "000.00.53.H48";
  it("starts the day at 1", () => {
    expect(nextDossierCode(agency, "2022-09-21")).toBe("000.00.53.H48-220921-0001");
    expect(nextDossierCode(agency, "2022-09-21", 0)).toBe("000.00.53.H48-220921-0001");
  });
  it("continues from the last code of the same agency and day", () => {
    expect(nextDossierCode(agency, "2022-09-21T16:59", "000.00.53.H48-220921-0099")).toBe("000.00.53.H48-220921-0100");
    expect(nextDossierCode(agency, "2022-09-21", 41)).toBe("000.00.53.H48-220921-0042");
  });
  it("restarts per day and per agency", () => {
    expect(nextDossierCode(agency, "2022-09-22", "000.00.53.H48-220921-0099")).toBe("000.00.53.H48-220922-0001");
    expect(nextDossierCode(agency, "2022-09-21", "000.00.17.H48-220921-0099")).toBe("000.00.53.H48-220921-0001");
  });
  it("takes the day in Vietnam time, not the server's", () => {
    // 17:30 UTC on 21 September is 00:30 on 22 September in Vietnam.
    expect(nextDossierCode(agency, "2022-09-21T17:30:00Z", "000.00.53.H48-220921-0099")).toBe("000.00.53.H48-220922-0001");
  });
  it("keeps the width of the last code", () => {
    expect(nextDossierCode(agency, "2022-09-21", "000.00.53.H48-220921-00099")).toBe("000.00.53.H48-220921-00100");
    expect(nextDossierCode(agency, "2022-09-21", 5, { digits: 5 })).toBe("000.00.53.H48-220921-00006");
  });
  it("fails past 9999 by default and widens to 5 digits on request", () => {
    const error = thrown(() => nextDossierCode(agency, "2022-09-21", "000.00.53.H48-220921-9999"));
    expect(error.code).toBe("out_of_range");
    expect(error.message).toMatchInlineSnapshot(
      `"Dossier sequence of 000.00.53.H48 on 2022-09-21 is exhausted: 10000 does not fit in 4 digits (use { overflow: "widen" } for 5 digits)"`,
    );
    expect(nextDossierCode(agency, "2022-09-21", 9999, { overflow: "widen" })).toBe("000.00.53.H48-220921-10000");
    expect(thrown(() => nextDossierCode(agency, "2022-09-21", 99999, { overflow: "widen" })).code).toBe("out_of_range");
  });
  it("validates its arguments", () => {
    expect(thrown(() => nextDossierCode("H48", "2022-09-21")).code).toBe("invalid_code");
    expect(thrown(() => nextDossierCode(agency, "31/09/2022")).code).toBe("invalid_date");
    expect(thrown(() => nextDossierCode(agency, "2022-09-21", -1)).code).toBe("invalid_code");
    expect(thrown(() => nextDossierCode(agency, "2022-09-21", "junk")).code).toBe("invalid_code");
    expect(thrown(() => nextDossierCode(agency, "2022-09-21", {} as never)).code).toBe("invalid_code");
    expect(thrown(() => nextDossierCode(agency, "2022-09-21", 1, { digits: 3 as 4 })).code).toBe("invalid_code");
    expect(thrown(() => nextDossierCode(agency, "2022-09-21", 1, { overflow: "wrap" as "error" })).code).toBe("invalid_code");
    expect(thrown(() => nextDossierCode(agency, "2022-09-21", 1, null as never)).code).toBe("invalid_code");
    expect(thrown(() => nextDossierCode(agency, "2100-01-01")).code).toBe("out_of_range");
  });
});
