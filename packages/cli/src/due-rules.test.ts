// Integration tests of `hcc due --supplement … --rules …` (the built binary as a subprocess).
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { evaluateDossier } from "@hcc/sla";
import { hcc } from "../test/run.js";

const json = (args: string[]) => {
  const r = hcc(["due", ...args, "-f", "json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};
// received Tue 1 July 2025 09:00, 10 working days (printed due Tue 15 July); supplement asked
// Thu 3 July 10:00, complete Mon 7 July 14:00
const base = ["--received", "2025-07-01T09:00", "--working-days", "10", "--supplement", "2025-07-03T10:00/2025-07-07T14:00"];

describe("hcc due --supplement / --rules", () => {
  it("auto: received from 2025-07-01, the clock restarts (Decree 118)", () => {
    // 10 working days after Mon 7 July: Jul 8(1) 9 10 11 14(5) 15 16 17 18(9) 21(10)
    const out = json(base);
    expect(out).toMatchObject({ rules: "decree-118", dueDate: "2025-07-21", dueAt: "2025-07-21T17:00:00+07:00", restartedAt: "2025-07-07T14:00:00+07:00", findings: [] });
    expect(out["dueBeforePauses"]).toBe("2025-07-15T17:00:00+07:00");
    // the same as the library
    const e = evaluateDossier(
      {
        code: "X",
        procedureCode: "X",
        agencyCode: "X",
        status: "processing",
        receivedAt: "2025-07-01T09:00",
        supplementRequests: [{ requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" }],
      },
      { asOf: "2025-07-07T14:00", calendar: vietnamCalendar(), processingTime: { value: 10, unit: "working_days" } },
    );
    expect(out["dueAt"]).toBe(e.originalDue?.at);
  });

  it("--rules decree-61 pauses instead: 18 h paused → Fri 18 July 09:00", () => {
    // paused 3 July 10:00–17:00 (5 h) + 4 July (8 h) + 7 July 07:00–14:00 (5 h) = 18 h;
    // 15 July 17:00 + 18 h → 16 July 17:00, 17 July 17:00, 18 July 09:00
    expect(json([...base, "--rules", "decree-61"])).toMatchObject({ rules: "decree-61", dueAt: "2025-07-18T09:00:00+07:00", pausedMinutes: 1080, findings: [] });
  });

  it("received on 2025-06-30: decree-61 by default", () => {
    const out = json(["--received", "2025-06-30T09:00", "--working-days", "10", "--supplement", "2025-07-02T10:00/2025-07-04T10:00"]);
    expect(out).toMatchObject({ rules: "decree-61", dueDate: "2025-07-16" });
    expect(out["restartedAt"]).toBeUndefined();
  });

  it("lists findings as data; they do not change the exit code", () => {
    // received 1 July: the 3-working-day limit is Fri 4 July 17:00; a second request on 8 July
    const out = json([...base, "--supplement", "2025-07-08T09:00/2025-07-09T09:00"]);
    expect(out["findings"]).toEqual([
      expect.objectContaining({ code: "supplement_repeated", at: "2025-07-08T09:00:00+07:00", limit: null }),
      expect.objectContaining({ code: "supplement_late", at: "2025-07-08T09:00:00+07:00", limit: "2025-07-04T17:00:00+07:00" }),
    ]);
    // restart after the last complete supplement (Wed 9 July): Jul 10(1) … 23(10)
    expect(out["dueDate"]).toBe("2025-07-23");
    const table = hcc(["due", ...base, "--supplement", "2025-07-08T09:00/2025-07-09T09:00"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Finding: supplement_repeated at 2025-07-08T09:00:00\+07:00/);
    expect(hcc(["due", ...base, "-f", "csv"]).stdout.split("\n")[1]).toMatch(/,decree-118$/);
  });

  it("a supplement still awaited: a provisional due date as of --as-of", () => {
    // waiting since 3 July; as of Fri 25 July 12:00: Jul 28(1) … Aug 8(10)
    const out = json(["--received", "2025-07-01T09:00", "--working-days", "10", "--supplement", "2025-07-03T10:00/", "--as-of", "2025-07-25T12:00"]);
    expect(out).toMatchObject({ dueDate: "2025-08-08", provisional: true, restartedAt: "2025-07-25T12:00:00+07:00" });
  });

  it.each([
    [["--rules", "decree-999"], /^hcc due: --rules must be one of auto, decree-61, decree-118, got "decree-999"$/],
    [["--supplement", "2025-07-07T14:00/2025-07-03T10:00"], /^hcc due: --supplement "2025-07-07T14:00\/2025-07-03T10:00" completes before it was requested$/],
    [["--supplement", "2025-07-03T10:00"], /^hcc due: --supplement must be <requestedAt>\/<completedAt>/],
    [["--supplement", "/2025-07-03T10:00"], /^hcc due: --supplement must be/],
    [["--supplement", "2025-07-03T10:00/", "--as-of", "2025-07-02T10:00"], /^hcc due: --as-of "2025-07-02T10:00" is before the latest instant given$/],
  ])("bad input %j: exit code 2, one line, nothing on stdout", (args, message) => {
    const r = hcc(["due", "--received", "2025-07-01T09:00", "--working-days", "10", ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });
});
