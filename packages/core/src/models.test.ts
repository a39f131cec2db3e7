import { describe, expect, it } from "vitest";
import {
  instantSchema,
  localDateSchema,
  parseAgency,
  parseDossier,
  parseProcedure,
  safeParseAgency,
  safeParseDossier,
  safeParseProcedure,
  timeOfDaySchema,
  createParser,
} from "@hcc/core";
import * as z from "zod";

describe("schema building blocks", () => {
  it("instantSchema and localDateSchema normalise to Vietnam time", () => {
    expect(instantSchema.parse("2019-05-06 08:15")).toBe("2019-05-06T08:15:00+07:00");
    expect(instantSchema.parse(new Date(Date.UTC(2019, 4, 6, 1, 15)))).toBe("2019-05-06T08:15:00+07:00");
    expect(localDateSchema.parse("2019-05-05T20:00:00Z")).toBe("2019-05-06");
    expect(instantSchema.safeParse("2019-02-29").error?.issues[0]?.message).toBe(
      'Invalid date "2019-02-29": day 29 does not exist in 2019-02',
    );
    expect(localDateSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
    expect(instantSchema.safeParse(5).success).toBe(false);
  });
  it("timeOfDaySchema accepts HH:mm only", () => {
    expect(timeOfDaySchema.parse("15:00")).toBe("15:00");
    expect(timeOfDaySchema.safeParse("24:00").success).toBe(false);
    expect(timeOfDaySchema.safeParse("7:00").success).toBe(false);
  });
  it("createParser names the thing and every issue", () => {
    const port = createParser("port", z.object({ port: z.number().int(), host: z.string() }));
    const result = port.safeParse({ port: 1.5, host: 3 });
    expect(result.error?.message).toMatch(/^Invalid port at port: .*\(and 1 more issue\)$/);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["port"], ["host"]]);
    expect(port.safeParse("x").error?.message).toMatch(/^Invalid port: /);
  });
});

describe("parseProcedure", () => {
  it("fills the documented defaults", () => {
    const p = parseProcedure({ code: "1.000894", name: "Đăng ký kết hôn", cases: [{}], timing: {} });
    expect(p).toMatchObject({
      fields: [],
      levels: [],
      applicantKinds: [],
      implementingAgencies: [],
      results: [],
      legalBasis: [],
      conditions: [],
    });
    expect(p.cases[0]).toEqual({ id: "default", name: "", steps: [], channels: [], documents: [] });
    expect(p.timing?.excludedPauseKinds).toEqual(["supplement"]);
  });
  it("normalises codes and dates", () => {
    const p = parseProcedure({
      code: "1.001612",
      name: "Đăng ký thành lập hộ kinh doanh",
      levels: [2, "commune"],
      cases: [
        {
          channels: [{ channel: "2", processingTime: { value: 3, unit: 2 }, fees: [{ amount: 100000, kind: "charge" }] }],
          documents: [{ name: "Giấy đề nghị", originals: 1 }],
        },
      ],
      version: { effectiveFrom: "2025-07-01T10:00" },
    });
    expect(p.levels).toEqual(["district", "commune"]);
    expect(p.cases[0]?.channels[0]).toMatchObject({ channel: "online", processingTime: { value: 3, unit: "working_days" } });
    expect(p.cases[0]?.documents[0]).toEqual({ name: "Giấy đề nghị", originals: 1, copies: 0, required: true });
    expect(p.version?.effectiveFrom).toBe("2025-07-01");
  });
  it("reports every bad field", () => {
    const result = safeParseProcedure({ code: "", name: 1, cases: [{ channels: [{ channel: 7 }] }] });
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe("invalid_input");
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["code", "name", "cases.0.channels.0.channel"]);
    expect(result.error?.message).toMatchInlineSnapshot(`"Invalid procedure at code: Too small: expected string to have >=1 characters (and 2 more issues)"`);
  });
});

describe("parseDossier", () => {
  const base = { code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 2 };
  it("fills the documented defaults", () => {
    expect(parseDossier(base)).toEqual({
      ...base,
      status: "received",
      channel: "direct",
      pauses: [],
      supplementRequests: [],
      extensions: [],
      legs: [],
      events: [],
      flags: {},
    });
  });
  it("normalises instants, codes and nested records", () => {
    const d = parseDossier({
      ...base,
      channel: "3",
      status: 10,
      submittedAt: "2019-05-06",
      receivedAt: "2019-05-06 08:15",
      endedAt: new Date("2019-05-09T03:00:00Z"),
      pauses: [{ kind: 1, from: "2019-05-07T08:00", to: "2019-05-08T08:00" }],
      events: [{ step: "receive", at: "2019-05-06T08:15", place: 1 }],
      flags: { digitised: true },
    });
    expect(d).toMatchObject({
      channel: "postal",
      status: "returned",
      submittedAt: "2019-05-06T00:00:00+07:00",
      receivedAt: "2019-05-06T08:15:00+07:00",
      endedAt: "2019-05-09T10:00:00+07:00",
      events: [{ step: "receive", at: "2019-05-06T08:15:00+07:00", place: "center" }],
    });
    expect(d.pauses[0]?.kind).toBe("supplement");
  });
  it("checks the order of the timeline", () => {
    const result = safeParseDossier({ ...base, receivedAt: "2019-05-06T08:00", endedAt: "2019-05-05T08:00" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["endedAt"], message: "endedAt is before receivedAt" });
    const early = safeParseDossier({ ...base, submittedAt: "2019-05-06T08:00", receivedAt: "2019-05-06T07:00" });
    expect(early.error?.issues[0]?.path).toEqual(["receivedAt"]);
  });
  it("names the bad date in the message", () => {
    expect(() => parseDossier({ ...base, receivedAt: "2019-02-30" })).toThrowErrorMatchingInlineSnapshot(
      `[HccError: Invalid dossier at receivedAt: Invalid date "2019-02-30": day 30 does not exist in 2019-02]`,
    );
  });
});

describe("parseAgency", () => {
  it("parses an agency with validity and successor", () => {
    expect(
      parseAgency({ code: "000.00.00.H07", name: "UBND tỉnh Bến Tre", level: 1, validTo: "2025-06-30", successorCode: "000.00.00.H61" }),
    ).toEqual({ code: "000.00.00.H07", name: "UBND tỉnh Bến Tre", level: "province", validTo: "2025-06-30", successorCode: "000.00.00.H61" });
  });
  it("rejects validity that ends before it starts", () => {
    const result = safeParseAgency({ code: "X", name: "Y", validFrom: "2025-07-01", validTo: "2025-06-30" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["validTo"], message: "validTo is before validFrom" });
  });
  it("rejects non-objects with invalid_input", () => {
    for (const bad of [null, undefined, "agency", 3, []]) expect(safeParseAgency(bad).error?.code).toBe("invalid_input");
  });
});
