import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { parseLocalDate, type DossierInput } from "@hcc/core";
import {
  DECREE_118,
  DECREE_61,
  RULE_SETS,
  evaluateDossier,
  evaluateMany,
  ruleSetInForce,
  safeEvaluateDossier,
  toDossierColumns,
  type EvaluateOptions,
  type RuleSet,
} from "@hcc/sla";

// Decree 118/2025 (rules-2025.md §A.4): for a dossier received on or after 2025-07-01 the clock
// restarts from zero once the complete supplement is received; before, it paused (Decree 61/2018,
// one-stop.md §4.8). Every expected value below is counted by hand on the official calendar
// (shared/data/vn-days-off.csv): no day off in June–August 2025 before 1–2 September 2025
// (National Day, Mon–Tue); Tết 2026 is Mon 16 – Fri 20 February 2026 (9 days off with the
// weekends 14–15 and 21–22). Sessions 07:00–11:30 and 13:30–17:00 (8 h).

const calendar = vietnamCalendar();
const WD10 = { value: 10, unit: "working_days" as const };
const dossier = (over: Partial<DossierInput> & { receivedAt: string }): DossierInput => ({
  code: "000.00.53.H48-250701-0001",
  procedureCode: "1.001612",
  agencyCode: "000.00.53.H48",
  status: "processing",
  ...over,
});
const opts = (over: Partial<EvaluateOptions> = {}): EvaluateOptions => ({ asOf: "2026-06-30T17:00", calendar, processingTime: WD10, ...over });

describe("the rule sets", () => {
  it("name their authority and dates, without gap or overlap", () => {
    expect(RULE_SETS.map((r) => [r.id, r.effectiveFrom, r.effectiveTo, r.afterSupplement])).toEqual([
      ["decree-61", null, "2025-06-30", "pause"],
      ["decree-118", "2025-07-01", null, "restart"],
    ]);
    expect(DECREE_118.authority).toBe("Decree 118/2025/NĐ-CP");
    expect(DECREE_61.authority).toMatch(/61\/2018.*107\/2021/);
  });

  it("the one in force is that of the Vietnam local date", () => {
    expect(ruleSetInForce("2025-06-30").id).toBe("decree-61");
    expect(ruleSetInForce("2025-07-01").id).toBe("decree-118");
    expect(ruleSetInForce("2025-06-30T23:59:59+07:00").id).toBe("decree-61");
    // 17:00 UTC on 30 June is midnight in Vietnam: 1 July
    expect(ruleSetInForce("2025-06-30T16:59:59Z").id).toBe("decree-61");
    expect(ruleSetInForce("2025-06-30T17:00:00Z").id).toBe("decree-118");
    expect(ruleSetInForce("2018-01-01").id).toBe("decree-61");
    expect(() => ruleSetInForce("2025-02-30")).toThrow(/not a date/);
  });
});

describe("a supplemented dossier received on 2025-06-30 (Decree 61: the clock pauses)", () => {
  // Received Mon 30 June 09:00, 10 working days. Printed due: the 10th working day after 30 June:
  // Jul 1(1) 2(2) 3(3) 4(4) 7(5) 8(6) 9(7) 10(8) 11(9) 14(10) → Mon 14 July 17:00.
  // Supplement requested Wed 2 July 10:00, completed Fri 4 July 10:00. Paused working time:
  // 2 July 10:00–11:30 (1.5 h) + 13:30–17:00 (3.5 h) = 5 h; 3 July 8 h; 4 July 07:00–10:00 3 h
  // → 16 h = 2 working days. Due: 14 July 17:00 + 16 h → 15 July 17:00 (8 h), 16 July 17:00.
  const d = dossier({ receivedAt: "2025-06-30T09:00", supplementRequests: [{ requestedAt: "2025-07-02T10:00", completedAt: "2025-07-04T10:00" }] });

  it("moves the due date by the paused time, and says it used decree-61", () => {
    const e = evaluateDossier(d, opts());
    expect(e.rules).toBe("decree-61");
    expect(e.printedDue?.at).toBe("2025-07-14T17:00:00+07:00");
    expect(e.originalDue?.at).toBe("2025-07-16T17:00:00+07:00");
    expect(e.pausedMinutes).toBe(16 * 60);
    expect(e.restartedAt).toBeNull();
    expect(e.findings).toEqual([]);
  });

  it("forced to decree-118, restarts after the supplement instead", () => {
    // the 10th working day after Fri 4 July: Jul 7(1) 8 9 10 11(5) 14(6) 15 16 17 18(10) → 18 July
    const e = evaluateDossier(d, opts({ rules: "decree-118" }));
    expect(e.rules).toBe("decree-118");
    expect(e.restartedAt).toBe("2025-07-04T10:00:00+07:00");
    expect(e.originalDue?.at).toBe("2025-07-18T17:00:00+07:00");
    // not counted: 30 June 09:00 → 4 July 10:00 = 6 h + 3 × 8 h + 3 h = 33 h
    expect(e.pausedMinutes).toBe(33 * 60);
  });
});

describe("a supplemented dossier received on 2025-07-01 (Decree 118: the clock restarts)", () => {
  // Received Tue 1 July 09:00, 10 working days. Printed due: Jul 2(1) 3 4 7 8(5) 9 10 11 14(9)
  // 15(10) → Tue 15 July 17:00. Supplement requested Thu 3 July 10:00 (within 3 working days of
  // receipt: the limit is the close of Fri 4 July), complete on Mon 7 July 14:00.
  const d = dossier({ receivedAt: "2025-07-01T09:00", supplementRequests: [{ requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" }] });

  it("counts 10 working days again from the day the supplement was completed", () => {
    // the 10th working day after Mon 7 July: Jul 8(1) 9 10 11(4) 14(5) 15 16 17 18(9) 21(10)
    const e = evaluateDossier(d, opts());
    expect(e.rules).toBe("decree-118");
    expect(e.printedDue?.date).toBe("2025-07-15");
    expect(e.restartedAt).toBe("2025-07-07T14:00:00+07:00");
    expect(e.originalDue?.at).toBe("2025-07-21T17:00:00+07:00");
    expect(e.findings).toEqual([]);
  });

  it("forced to decree-61, pauses instead (what the portal's formulas do)", () => {
    // paused: 3 July 10:00–17:00 = 5 h; 4 July 8 h; 7 July 07:00–14:00 = 4.5 + 0.5 = 5 h → 18 h.
    // 15 July 17:00 + 18 h: 16 July 17:00 (8 h), 17 July 17:00 (16 h), 18 July 07:00 + 2 h = 09:00
    const e = evaluateDossier(d, opts({ rules: "decree-61" }));
    expect(e.rules).toBe("decree-61");
    expect(e.originalDue?.at).toBe("2025-07-18T09:00:00+07:00");
    expect(e.pausedMinutes).toBe(18 * 60);
  });

  it("judges the verdict by the restarted due date", () => {
    const ended = { ...d, status: "done" as const, endedAt: "2025-07-21T16:00" };
    expect(evaluateDossier(ended, opts()).verdict).toBe("resolved_on_time");
    expect(evaluateDossier(ended, opts({ rules: "decree-61" })).verdict).toBe("resolved_late");
  });

  it("the rule set is chosen by the receipt's Vietnam date, whatever the hour", () => {
    const just = (receivedAt: string) => evaluateDossier(dossier({ receivedAt }), opts()).rules;
    expect(just("2025-06-30T23:59")).toBe("decree-61");
    expect(just("2025-07-01T00:00")).toBe("decree-118");
    expect(just("2025-06-30T17:30:00Z")).toBe("decree-118");
    // not received yet: the submission date
    expect(evaluateDossier({ ...dossier({ receivedAt: "2025-07-01T00:00" }), receivedAt: undefined, status: "registered", submittedAt: "2025-06-30T10:00" }, opts()).rules).toBe(
      "decree-61",
    );
  });

  it("a supplement still awaited gives a provisional due date: as if it arrived at as-of", () => {
    // waiting since 3 July; as of Fri 25 July 12:00 → 10 working days after 25 July:
    // Jul 28(1) 29 30 31 Aug 1(5) 4 5 6 7(9) 8(10) → 8 August
    const waiting = dossier({ receivedAt: "2025-07-01T09:00", supplementRequests: [{ requestedAt: "2025-07-03T10:00" }] });
    const e = evaluateDossier(waiting, opts({ asOf: "2025-07-25T12:00" }));
    expect(e.restartedAt).toBe("2025-07-25T12:00:00+07:00");
    expect(e.originalDue?.date).toBe("2025-08-08");
    expect(e.verdict).toBe("in_progress_within");
    // a supplement completed after as-of is still awaited as of then
    const later = dossier({ receivedAt: "2025-07-01T09:00", supplementRequests: [{ requestedAt: "2025-07-03T10:00", completedAt: "2025-07-30T10:00" }] });
    expect(evaluateDossier(later, opts({ asOf: "2025-07-25T12:00" })).originalDue?.date).toBe("2025-08-08");
  });

  it("a supplement pause (pauses of kind supplement) restarts the clock the same way", () => {
    const asPause = dossier({ receivedAt: "2025-07-01T09:00", pauses: [{ kind: "supplement", from: "2025-07-03T10:00", to: "2025-07-07T14:00" }] });
    expect(evaluateDossier(asPause, opts()).originalDue?.date).toBe("2025-07-21");
  });

  it("other pauses count only after the restart", () => {
    // financial obligation 2 July (before the restart: ignored) and 9 July 07:00 – 10 July 17:00
    // (16 h after it): 21 July 17:00 + 16 h → 23 July 17:00
    const withFees = {
      ...d,
      pauses: [
        { kind: "financial_obligation" as const, from: "2025-07-02T07:00", to: "2025-07-02T17:00" },
        { kind: "financial_obligation" as const, from: "2025-07-09T07:00", to: "2025-07-10T17:00" },
      ],
    };
    const e = evaluateDossier(withFees, opts({ excludedPauseKinds: ["supplement", "financial_obligation"] }));
    expect(e.originalDue?.at).toBe("2025-07-23T17:00:00+07:00");
  });

  it("with only a recorded due date, the recorded duration counts again from the restart", () => {
    // recorded due 15 July 17:00, no processing time. Not counted: 1 July 09:00 → 7 July 14:00 =
    // 6 + 8 + 8 + 8 + 5 = 35 h. 15 July 17:00 + 35 h: 16, 17, 18, 21 July (32 h) + 3 h → 22 July 10:00
    const recorded = { ...d, dueAt: "2025-07-15T17:00" };
    expect(evaluateDossier(recorded, { asOf: "2026-06-30T17:00", calendar }).originalDue?.at).toBe("2025-07-22T10:00:00+07:00");
  });
});

describe("restarts across days off (official calendar)", () => {
  it("across 2 September 2025", () => {
    // received Wed 20 Aug 09:00, 5 working days; supplement Fri 22 Aug 09:00 → Thu 28 Aug 15:00.
    // 5 working days after 28 Aug: Fri 29(1), [Sat 30, Sun 31, Mon 1 Sep and Tue 2 Sep off],
    // Wed 3(2), Thu 4(3), Fri 5(4), Mon 8(5) → 8 September
    const d = dossier({ receivedAt: "2025-08-20T09:00", supplementRequests: [{ requestedAt: "2025-08-22T09:00", completedAt: "2025-08-28T15:00" }] });
    const e = evaluateDossier(d, opts({ processingTime: { value: 5, unit: "working_days" } }));
    expect(e.printedDue?.date).toBe("2025-08-27"); // Aug 21(1) 22(2) 25(3) 26(4) 27(5)
    expect(e.originalDue?.date).toBe("2025-09-08");
  });

  it("across Tết 2026, and the same dossier paused under decree-61", () => {
    // received Mon 9 Feb 2026 10:00, 5 working days; supplement Tue 10 Feb 09:00 → Thu 12 Feb 16:00.
    // Restart: Fri 13(1), [14–22 Feb off: weekend, Tết 16–20, weekend], Mon 23(2), 24(3), 25(4), 26(5)
    const d = dossier({ receivedAt: "2026-02-09T10:00", supplementRequests: [{ requestedAt: "2026-02-10T09:00", completedAt: "2026-02-12T16:00" }] });
    const five = { value: 5, unit: "working_days" as const };
    const e = evaluateDossier(d, opts({ processingTime: five }));
    expect(e.rules).toBe("decree-118");
    expect(e.originalDue?.at).toBe("2026-02-26T17:00:00+07:00");
    // decree-61: printed Feb 10(1) 11 12 13(4) 23(5) → 23 Feb 17:00; paused 10 Feb 09:00–17:00 = 6 h,
    // 11 Feb 8 h, 12 Feb 07:00–16:00 = 4.5 + 2.5 = 7 h → 21 h. 23 Feb 17:00 + 21 h: 24 Feb (8),
    // 25 Feb (16), 26 Feb 07:00 + 5 h = 11:30 (4.5) + 0.5 → 14:00
    const paused = evaluateDossier(d, opts({ processingTime: five, rules: "decree-61" }));
    expect(paused.printedDue?.date).toBe("2026-02-23");
    expect(paused.originalDue?.at).toBe("2026-02-26T14:00:00+07:00");
  });
});

describe("working hours, calendar days and months restart the same way", () => {
  it("working hours: N × 60 session minutes from the complete supplement", () => {
    // received Tue 1 July 09:00, 8 working hours; supplement 1 July 10:00 → Wed 2 July 15:00.
    // Restart: 2 July 15:00–17:00 (2 h) + 3 July 07:00–11:30 (4.5 h) + 13:30–15:00 (1.5 h) → 3 July 15:00
    const d = dossier({ receivedAt: "2025-07-01T09:00", supplementRequests: [{ requestedAt: "2025-07-01T10:00", completedAt: "2025-07-02T15:00" }] });
    const hours = { value: 8, unit: "working_hours" as const };
    expect(evaluateDossier(d, opts({ processingTime: hours })).originalDue?.at).toBe("2025-07-03T15:00:00+07:00");
    // decree-61: printed 2 July 09:00; paused 1 July 10:00–17:00 (5 h) + 2 July 07:00–15:00 (6 h) = 11 h;
    // 2 July 09:00 + 11 h: to 17:00 (6 h), 3 July 07:00 + 4.5 h = 11:30, + 0.5 h → 14:00
    expect(evaluateDossier(d, opts({ processingTime: hours, rules: "decree-61" })).originalDue?.at).toBe("2025-07-03T14:00:00+07:00");
  });

  it("calendar days: completion day + N, moved off days off", () => {
    // received Mon 18 Aug 10:00, 10 calendar days → Thu 28 Aug. Supplement 19 Aug 09:00 → Wed 20 Aug 11:00.
    // Restart: 20 Aug + 10 = Sat 30 Aug → Sun 31, Mon 1 and Tue 2 Sep off → Wed 3 September
    const d = dossier({ receivedAt: "2025-08-18T10:00", supplementRequests: [{ requestedAt: "2025-08-19T09:00", completedAt: "2025-08-20T11:00" }] });
    const e = evaluateDossier(d, opts({ processingTime: { value: 10, unit: "calendar_days" } }));
    expect(e.printedDue?.date).toBe("2025-08-28");
    expect(e.originalDue?.date).toBe("2025-09-03");
  });

  it("months: the same day of month N months after the completion, clamped, moved to a working day", () => {
    // received Thu 31 July 10:00, 1 month → Sun 31 Aug → Mon 1, Tue 2 Sep off → Wed 3 Sep.
    // Supplement Fri 1 Aug 09:00 → Mon 4 Aug 10:00 → 4 Sep (Thu, working)
    const d = dossier({ receivedAt: "2025-07-31T10:00", supplementRequests: [{ requestedAt: "2025-08-01T09:00", completedAt: "2025-08-04T10:00" }] });
    const month = { value: 1, unit: "months" as const };
    const e = evaluateDossier(d, opts({ processingTime: month }));
    expect(e.printedDue?.date).toBe("2025-09-03");
    expect(e.originalDue?.date).toBe("2025-09-04");
    // completed Wed 31 Dec 2025, 2 months → 31 Feb clamped to Sat 28 Feb 2026 → Mon 2 March
    const clamp = dossier({ receivedAt: "2025-12-15T10:00", supplementRequests: [{ requestedAt: "2025-12-16T09:00", completedAt: "2025-12-31T10:00" }] });
    expect(evaluateDossier(clamp, opts({ processingTime: { value: 2, unit: "months" } })).originalDue?.date).toBe("2026-03-02");
  });
});

describe("the rules option", () => {
  it("rejects an unknown rule set or a malformed RuleSet value with HccError", () => {
    const d = dossier({ receivedAt: "2025-07-01T09:00" });
    const bad = safeEvaluateDossier(d, opts({ rules: "decree-999" as "auto" }));
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error.code).toBe("invalid_input");
      expect(bad.error.message).toMatch(/rules must be "auto", "decree-61", "decree-118" or a RuleSet, got "decree-999"/);
    }
    const malformed = { id: "x", authority: "y", effectiveFrom: "July", effectiveTo: null, afterSupplement: "stop", findings: [] } as unknown as RuleSet;
    expect(() => evaluateDossier(d, opts({ rules: malformed }))).toThrow(/effectiveFrom: expected a YYYY-MM-DD date or null; afterSupplement.*; findings: expected a function/);
  });

  it("accepts a rule set value of one's own (pluggable)", () => {
    const pilot: RuleSet = {
      id: "pilot",
      authority: "A provincial pilot",
      effectiveFrom: parseLocalDate("2025-07-01"),
      effectiveTo: null,
      afterSupplement: "pause",
      findings: (c) => (c.dossier.supplementRequests.length > 0 ? [{ code: "any_supplement", rule: "pilot", message: "m", at: c.asOf, limit: null }] : []),
    };
    const d = dossier({ receivedAt: "2025-07-01T09:00", supplementRequests: [{ requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" }] });
    const e = evaluateDossier(d, opts({ rules: pilot }));
    expect([e.rules, e.originalDue?.at, e.findings.map((f) => f.code)]).toEqual(["pilot", "2025-07-18T09:00:00+07:00", ["any_supplement"]]);
  });
});

describe("evaluateMany applies the same rule set per dossier", () => {
  const dossiers: DossierInput[] = [
    dossier({ receivedAt: "2025-06-30T09:00", supplementRequests: [{ requestedAt: "2025-07-02T10:00", completedAt: "2025-07-04T10:00" }] }),
    dossier({ receivedAt: "2025-07-01T09:00", supplementRequests: [{ requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" }] }),
    dossier({ receivedAt: "2025-07-01T09:00", supplementRequests: [{ requestedAt: "2025-07-03T10:00" }] }),
    dossier({ receivedAt: "2026-02-09T10:00", supplementRequests: [{ requestedAt: "2026-02-10T09:00", completedAt: "2026-02-12T16:00" }] }),
    dossier({ receivedAt: "2025-07-01T09:00", status: "done", endedAt: "2025-07-21T16:00", pauses: [{ kind: "supplement", from: "2025-07-03T10:00", to: "2025-07-07T14:00" }] }),
    dossier({ receivedAt: "2025-07-02T09:00" }),
  ];
  for (const rules of ["auto", "decree-61", "decree-118"] as const) {
    it(`arrays and columns equal evaluateDossier (rules: ${rules})`, () => {
      const o = opts({ asOf: "2025-07-25T12:00", rules });
      const single = dossiers.map((d) => evaluateDossier(d, o));
      expect(evaluateMany(dossiers, o)).toEqual(single);
      const columns = evaluateMany(toDossierColumns(dossiers, o), o);
      expect(Array.from(columns.dueMs)).toEqual(single.map((e) => e.originalDue?.ms ?? Number.NaN));
      expect(Array.from(columns.printedDueMs)).toEqual(single.map((e) => e.printedDue?.ms ?? Number.NaN));
      expect(Array.from(columns.pausedMinutes)).toEqual(single.map((e) => e.pausedMinutes));
      expect(Array.from(columns.verdicts)).toEqual(single.map((e) => e.verdictCode));
    });
  }

  it("the columns carry the rule set in pauseRestarts, and reject a pauseRestarts of the wrong length", () => {
    const o = opts({ asOf: "2025-07-25T12:00" });
    const columns = toDossierColumns(dossiers.slice(0, 2), o);
    expect(Array.from(columns.pauseRestarts ?? [])).toEqual([0, 1]);
    expect(() => evaluateMany({ ...columns, pauseRestarts: new Uint8Array(5) }, o)).toThrow(/pauseRestarts must be a Uint8Array as long as pauseFromMs \(2\)/);
  });
});

describe("the worked example of docs/sla.md (“The law vs the portal”)", () => {
  it("has true //=> values", () => {
    const d = {
      code: "000.00.53.H48-250701-0001",
      procedureCode: "1.001612",
      agencyCode: "000.00.53.H48",
      status: "done" as const,
      receivedAt: "2025-07-01T09:00",
      endedAt: "2025-07-21T16:00",
      supplementRequests: [{ requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" }],
    };
    const options = { asOf: "2025-07-31T17:00", calendar, processingTime: WD10 };
    const law = evaluateDossier(d, options);
    expect([law.rules, law.printedDue?.date, law.originalDue?.at, law.verdict]).toEqual(["decree-118", "2025-07-15", "2025-07-21T17:00:00+07:00", "resolved_on_time"]);
    const portal = evaluateDossier(d, { ...options, rules: "decree-61" });
    expect([portal.originalDue?.at, portal.verdict]).toEqual(["2025-07-18T09:00:00+07:00", "resolved_late"]);
    // received one day earlier: decree-61 without any option
    expect(evaluateDossier({ ...d, receivedAt: "2025-06-30T09:00" }, options).rules).toBe("decree-61");
  });
});

describe("Decree 118 keeps the clock start and the day-based rule (§A.1, §A.3)", () => {
  it("no 'deemed received next working day': received Friday 4 July 2025 after hours counts from Friday", () => {
    // 3 working days after Fri 4 July: Mon 7(1), Tue 8(2), Wed 9(3) — the same at 16:59 and 17:30
    const three = { value: 3, unit: "working_days" as const };
    for (const receivedAt of ["2025-07-04T16:59", "2025-07-04T17:30", "2025-07-05T09:00"]) {
      const e = evaluateDossier(dossier({ receivedAt }), opts({ processingTime: three }));
      expect([e.rules, e.originalDue?.date]).toEqual(["decree-118", "2025-07-09"]);
    }
  });
  it("a direct dossier received after 15:00 is handed over next morning, but its clock is not moved", () => {
    // received Tue 1 July 15:30, no procedure cut-off: 10 working days after 1 July → 15 July
    const e = evaluateDossier(dossier({ receivedAt: "2025-07-01T15:30", channel: "direct" }), opts());
    expect([e.clockStart, e.originalDue?.date]).toEqual(["2025-07-01T15:30:00+07:00", "2025-07-15"]);
  });
});
