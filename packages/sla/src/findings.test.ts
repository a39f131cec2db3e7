import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import type { DossierInput } from "@hcc/core";
import { FINDING_CODES, evaluateDossier, evaluateMany, type EvaluateOptions, type Finding } from "@hcc/sla";

// The handling rules of Decree 118/2025 (rules-2025.md §A.2, §A.4, §A.6) are findings: data, not
// errors, and they do not change the verdict. Decree 61 (dossiers received up to 2025-06-30)
// checks none of them. Expected limits are counted by hand on the official calendar (no day off
// in July 2025; 1–2 September 2025 off; sessions 07:00–11:30, 13:30–17:00).

const calendar = vietnamCalendar();
const opts = (over: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  asOf: "2025-12-31T17:00",
  calendar,
  processingTime: { value: 10, unit: "working_days" },
  ...over,
});
const dossier = (over: Partial<DossierInput>): DossierInput => ({
  code: "000.00.53.H48-250701-0001",
  procedureCode: "1.001612",
  agencyCode: "000.00.53.H48",
  status: "processing",
  receivedAt: "2025-07-01T09:00",
  ...over,
});
const found = (d: DossierInput, o: Partial<EvaluateOptions> = {}): Pick<Finding, "code" | "at" | "limit">[] =>
  evaluateDossier(d, opts(o)).findings.map(({ code, at, limit }) => ({ code, at, limit }));

describe("supplement requested more than 3 working days after receipt (§A.4)", () => {
  // received Tue 1 July 09:00: 3 working days after 1 July = Jul 2(1) 3(2) 4(3) → limit Fri 4 July 17:00
  const at = (requestedAt: string) => dossier({ supplementRequests: [{ requestedAt, completedAt: "2025-07-10T09:00" }] });
  it("on the 3rd working day, up to its close: no finding", () => {
    expect(found(at("2025-07-04T16:59"))).toEqual([]);
    expect(found(at("2025-07-04T17:00"))).toEqual([]);
  });
  it("after the close of the 3rd working day: supplement_late, with the limit", () => {
    expect(found(at("2025-07-04T17:01"))).toEqual([{ code: "supplement_late", at: "2025-07-04T17:01:00+07:00", limit: "2025-07-04T17:00:00+07:00" }]);
    expect(found(at("2025-07-07T07:00"))).toEqual([{ code: "supplement_late", at: "2025-07-07T07:00:00+07:00", limit: "2025-07-04T17:00:00+07:00" }]);
  });
  it("counts working days across 2 September", () => {
    // received Thu 28 Aug: Fri 29(1), [30, 31 Aug, 1, 2 Sep off], Wed 3(2), Thu 4(3) → limit 4 Sep 17:00
    const d = (requestedAt: string) => dossier({ receivedAt: "2025-08-28T10:00", supplementRequests: [{ requestedAt }] });
    expect(found(d("2025-09-04T16:00"))).toEqual([]);
    expect(found(d("2025-09-05T08:00"))[0]?.limit).toBe("2025-09-04T17:00:00+07:00");
  });
  it("hour-based convention: 24 working hours from the clock start (Fri 4 July 09:00)", () => {
    expect(found(at("2025-07-04T09:00"), { convention: "hour" })).toEqual([]);
    expect(found(at("2025-07-04T09:01"), { convention: "hour" })[0]?.limit).toBe("2025-07-04T09:00:00+07:00");
  });
});

describe("a second supplement request (§A.4)", () => {
  it("supplement_repeated for every request after the first; the restart follows the last complete one", () => {
    const d = dossier({
      supplementRequests: [
        { requestedAt: "2025-07-02T09:00", completedAt: "2025-07-03T09:00" },
        { requestedAt: "2025-07-04T09:00", completedAt: "2025-07-08T09:00" },
      ],
    });
    const e = evaluateDossier(d, opts());
    expect(e.findings.map((f) => [f.code, f.at, f.limit])).toEqual([["supplement_repeated", "2025-07-04T09:00:00+07:00", null]]);
    expect(e.findings[0]?.rule).toMatch(/Decree 118\/2025/);
    // restart on Tue 8 July: Jul 9(1) 10 11 14 15(5) 16 17 18 21(9) 22(10)
    expect(e.originalDue?.date).toBe("2025-07-22");
    // the verdict is the portal's (more than one supplement → late / overdue), not the finding's
    expect(e.verdict).toBe("in_progress_overdue");
  });
  it("a request made after as-of does not count yet; the events count like requests", () => {
    const d = dossier({ supplementRequests: [{ requestedAt: "2025-07-02T09:00" }, { requestedAt: "2025-07-04T09:00" }] });
    expect(found(d, { asOf: "2025-07-03T09:00" })).toEqual([]);
    const events = dossier({
      events: [
        { step: "supplement", place: "department", at: "2025-07-02T09:00", status: "supplement_requested" },
        { step: "supplement", place: "department", at: "2025-07-04T10:00", status: "supplement_requested" },
      ],
    });
    expect(found(events).map((f) => f.code)).toEqual(["supplement_repeated"]);
  });
});

describe("new appointments (§A.6)", () => {
  // received Tue 1 July 09:00, 10 working days → due Tue 15 July 17:00. One working day (8 h of
  // session time) before it: 07:00 on 15 July (the same working position as 17:00 on 14 July).
  const withExtensions = (...at: string[]) => dossier({ extensions: at.map((a) => ({ at: a, newDueAt: "2025-07-25T17:00" })) });
  it("recorded with at least one working day left: no finding", () => {
    expect(found(withExtensions("2025-07-14T16:00"))).toEqual([]);
    expect(found(withExtensions("2025-07-14T20:00"))).toEqual([]);
    expect(found(withExtensions("2025-07-15T07:00"))).toEqual([]);
  });
  it("recorded on the due day itself, or after: extension_late", () => {
    expect(found(withExtensions("2025-07-15T07:01"))).toEqual([{ code: "extension_late", at: "2025-07-15T07:01:00+07:00", limit: "2025-07-15T07:00:00+07:00" }]);
    expect(found(withExtensions("2025-07-16T09:00")).map((f) => f.code)).toEqual(["extension_late"]);
  });
  it("a second extension: extension_repeated; the original due date stays the verdict's reference", () => {
    const d = { ...withExtensions("2025-07-10T09:00", "2025-07-11T09:00"), status: "done" as const, endedAt: "2025-07-18T10:00" };
    const e = evaluateDossier(d, opts());
    expect(e.findings.map((f) => [f.code, f.at])).toEqual([["extension_repeated", "2025-07-11T09:00:00+07:00"]]);
    expect([e.originalDue?.date, e.currentDue?.date, e.verdict]).toEqual(["2025-07-15", "2025-07-25", "resolved_late"]);
  });
  it("the deadline is the restarted one after a supplement", () => {
    // supplement 3 July 10:00 → 7 July 14:00: due Mon 21 July 17:00; limit 07:00 on 21 July
    const d = dossier({
      supplementRequests: [{ requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" }],
      extensions: [{ at: "2025-07-18T15:00", newDueAt: "2025-07-30T17:00" }],
    });
    expect(found(d)).toEqual([]);
    const late = { ...d, extensions: [{ at: "2025-07-21T08:00", newDueAt: "2025-07-30T17:00" }] };
    expect(found(late)).toEqual([{ code: "extension_late", at: "2025-07-21T08:00:00+07:00", limit: "2025-07-21T07:00:00+07:00" }]);
  });
  it("a due date in the middle of a session: the same time one working day earlier", () => {
    // 8 working hours from Tue 1 July 09:00 → Wed 2 July 09:00; limit Tue 1 July 09:00
    const d = { ...withExtensions("2025-07-01T09:30"), receivedAt: "2025-07-01T09:00" };
    expect(found(d, { processingTime: { value: 8, unit: "working_hours" } })).toEqual([
      { code: "extension_late", at: "2025-07-01T09:30:00+07:00", limit: "2025-07-01T09:00:00+07:00" },
    ]);
  });
});

describe("online dossiers accepted within 8 working hours (§A.2)", () => {
  // submitted Fri 4 July 16:00: 16:00–17:00 (1 h) + Mon 7 July 07:00–11:30 (4.5 h) + 13:30–16:00
  // (2.5 h) = 8 h → limit Mon 7 July 16:00
  const online = (receivedAt: string, over: Partial<DossierInput> = {}) => dossier({ channel: "online", submittedAt: "2025-07-04T16:00", receivedAt, ...over });
  it("accepted by the limit: no finding; after it: online_acceptance_late", () => {
    expect(found(online("2025-07-07T16:00"))).toEqual([]);
    expect(found(online("2025-07-07T16:01"))).toEqual([{ code: "online_acceptance_late", at: "2025-07-07T16:01:00+07:00", limit: "2025-07-07T16:00:00+07:00" }]);
  });
  it("a supplement request within the limit is a timely answer too", () => {
    // received (accepted) late, but the supplement was asked for at 15:00 on 7 July
    const d = online("2025-07-08T09:00", { supplementRequests: [{ requestedAt: "2025-07-07T15:00", completedAt: "2025-07-08T09:00" }] });
    expect(found(d)).toEqual([]);
  });
  it("counts working hours across 2 September; direct dossiers and unknown submissions are not checked", () => {
    // submitted Fri 29 Aug 15:00: 2 h, then Wed 3 Sep 07:00 + 4.5 h + 1.5 h → 15:00
    expect(found(online("2025-09-03T15:00", { submittedAt: "2025-08-29T15:00" }))).toEqual([]);
    expect(found(online("2025-09-03T15:30", { submittedAt: "2025-08-29T15:00" }))[0]?.limit).toBe("2025-09-03T15:00:00+07:00");
    expect(found(online("2025-07-08T09:00", { channel: "direct" }))).toEqual([]);
    expect(found(online("2025-07-08T09:00", { submittedAt: undefined }))).toEqual([]);
  });
});

describe("which rule set finds what", () => {
  // the same faulty handling: a late second supplement, a late second extension, a late online acceptance
  const faulty = (receivedAt: string, day: string) =>
    dossier({
      channel: "online",
      submittedAt: `${day}T07:00`,
      receivedAt,
      supplementRequests: [{ requestedAt: "2025-07-10T09:00", completedAt: "2025-07-10T10:00" }, { requestedAt: "2025-07-11T09:00", completedAt: "2025-07-11T10:00" }],
      extensions: [
        { at: "2025-07-24T09:00", newDueAt: "2025-07-30T17:00" },
        { at: "2025-07-25T09:00", newDueAt: "2025-07-31T17:00" },
      ],
    });
  it("decree-118 (received 2025-07-01) finds all five kinds", () => {
    const codes = new Set(evaluateDossier(faulty("2025-07-03T09:00", "2025-07-01"), opts()).findings.map((f) => f.code));
    expect([...codes].sort()).toEqual([...FINDING_CODES].sort());
  });
  it("decree-61 (received 2025-06-30) finds none, and forcing decree-118 finds them", () => {
    // submitted Thu 26 June 07:00 (limit 17:00 that day), received (accepted) Mon 30 June 15:00
    const d = faulty("2025-06-30T15:00", "2025-06-26");
    expect(evaluateDossier(d, opts()).findings).toEqual([]);
    expect(evaluateDossier(d, opts({ rules: "decree-118" })).findings.length).toBeGreaterThan(0);
  });
  it("evaluateMany over arrays reports the same findings", () => {
    const d = faulty("2025-07-03T09:00", "2025-07-01");
    expect(evaluateMany([d], opts())[0]?.findings).toEqual(evaluateDossier(d, opts()).findings);
  });
});
