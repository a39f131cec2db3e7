import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import type { DossierInput } from "@hcc/core";
import { evaluateDossier, safeEvaluateDossier, type EvaluateOptions } from "@hcc/sla";

const calendar = vietnamCalendar();
const base: DossierInput = { code: "000.00.53.H48-240311-0001", procedureCode: "1.000001", agencyCode: "000.00.53.H48", status: "processing", receivedAt: "2024-03-11T09:00" };
const wd3 = { value: 3, unit: "working_days" as const };
const opts = (o: Partial<EvaluateOptions> = {}): EvaluateOptions => ({ asOf: "2024-03-20T17:00", calendar, processingTime: wd3, ...o });

describe("evaluateDossier", () => {
  it("takes the processing time from the procedure: the dossier's case and channel", () => {
    const procedure = {
      code: "1.000001",
      name: "Thủ tục thử",
      timing: { cutoff: "15:00", excludedPauseKinds: ["supplement" as const] },
      cases: [
        { id: "a", channels: [{ channel: "direct" as const, processingTime: { value: 5, unit: "working_days" as const } }] },
        { id: "b", channels: [{ channel: "online" as const, processingTime: { value: 2, unit: "working_days" as const } }, { channel: "direct" as const, processingTime: { value: 4, unit: "working_days" as const } }] },
      ],
    };
    const o = { asOf: "2024-03-20T17:00", calendar, procedure };
    expect(evaluateDossier({ ...base, caseId: "b", channel: "online" }, o).originalDue?.date).toBe("2024-03-13");
    expect(evaluateDossier({ ...base, caseId: "b", channel: "postal" }, o).originalDue?.date).toBe("2024-03-13");
    expect(evaluateDossier({ ...base, caseId: "b" }, o).originalDue?.date).toBe("2024-03-15");
    expect(evaluateDossier({ ...base, caseId: "zzz" }, o).processingTime).toEqual({ value: 5, unit: "working_days" });
    // the procedure's cut-off applies: 15:30 counts from Tuesday
    expect(evaluateDossier({ ...base, receivedAt: "2024-03-11T15:30" }, o).originalDue?.date).toBe("2024-03-19");
    // an explicit option wins over the procedure
    expect(evaluateDossier({ ...base, receivedAt: "2024-03-11T15:30" }, { ...o, cutoff: "16:00" }).originalDue?.date).toBe("2024-03-18");
    expect(evaluateDossier(base, { ...o, procedure: { code: "1", name: "no cases" } }).originalDue).toBeNull();
  });

  it("falls back to the recorded dueAt without a processing time, and uses it with dueSource 'recorded'", () => {
    const d = { ...base, dueAt: "2024-03-15T17:00" };
    expect(evaluateDossier(d, { asOf: "2024-03-20T17:00", calendar }).originalDue?.date).toBe("2024-03-15");
    expect(evaluateDossier(d, opts()).originalDue?.date).toBe("2024-03-14");
    expect(evaluateDossier(d, opts({ dueSource: "recorded" })).originalDue?.date).toBe("2024-03-15");
    const none = evaluateDossier(base, { asOf: "2024-03-20T17:00", calendar });
    expect([none.originalDue, none.verdict, none.remainingMinutes]).toEqual([null, "in_progress_within", 0]);
  });

  it("uses the terminal status's time, ignores events after as-of, and warns on a terminal status without a time", () => {
    const events = [
      { step: "return" as const, at: "2024-03-15T09:00", place: "center" as const, status: "returned" as const },
      { step: "approve" as const, at: "2024-03-13T10:00", place: "department" as const, status: "stopped" as const },
    ];
    const e = evaluateDossier({ ...base, status: "returned", events }, opts());
    expect([e.endedAt, e.endStatus, e.verdict]).toEqual(["2024-03-15T09:00:00+07:00", "returned", "resolved_late"]);
    const early = evaluateDossier({ ...base, status: "returned", events }, opts({ asOf: "2024-03-14T12:00" }));
    expect([early.endedAt, early.endStatus, early.verdict]).toEqual(["2024-03-13T10:00:00+07:00", "stopped", "resolved_early"]);
    const before = evaluateDossier({ ...base, status: "returned", events }, opts({ asOf: "2024-03-12T12:00" }));
    expect([before.endedAt, before.verdict]).toEqual([null, "in_progress_within"]);
    const returned = evaluateDossier({ ...base, status: "returned", returnedAt: "2024-03-14T10:00" }, opts());
    expect([returned.endedAt, returned.endStatus]).toEqual(["2024-03-14T10:00:00+07:00", "returned"]);
    const noTime = evaluateDossier({ ...base, status: "done" }, opts());
    expect(noTime.verdict).toBe("in_progress_overdue");
    expect(noTime.warnings[0]).toMatch(/terminal but the dossier has no endedAt/);
    const later = evaluateDossier({ ...base, status: "done", endedAt: "2024-03-25T10:00" }, opts());
    expect([later.endedAt, later.verdict]).toEqual([null, "in_progress_overdue"]);
  });

  it("reports elapsed, paused, net, remaining and overdue working minutes", () => {
    const e = evaluateDossier({ ...base, pauses: [{ kind: "supplement", from: "2024-03-12T07:00", to: "2024-03-12T17:00" }] }, opts({ asOf: "2024-03-13T09:00" }));
    // elapsed: Mon 09:00–17:00 (6 h) + Tue 8 h + Wed 07:00–09:00 (2 h) = 16 h
    expect([e.elapsedMinutes, e.pausedMinutes, e.netMinutes]).toEqual([960, 480, 480]);
    // due Thu 14/3 + 8 h → Fri 15/3 17:00; from Wed 09:00: 6 h + 8 h + 8 h = 22 h
    expect([e.originalDue?.date, e.remainingMinutes, e.overdueMinutes]).toEqual(["2024-03-15", 1320, 0]);
    expect(Object.isFrozen(e)).toBe(true);
  });

  it("ignores pauses of kinds the procedure does not exclude, and pauses before the clock start", () => {
    const d = { ...base, pauses: [{ kind: "other" as const, from: "2024-03-12T07:00", to: "2024-03-12T17:00" }, { kind: "supplement" as const, from: "2024-03-09T07:00", to: "2024-03-11T08:00" }] };
    expect(evaluateDossier(d, opts()).pausedMinutes).toBe(0);
    expect(evaluateDossier(d, opts({ excludedPauseKinds: ["other"] })).pausedMinutes).toBe(480);
  });

  it("evaluates inter-agency legs: not-started legs, recorded leg due dates, overall due from the procedure when known", () => {
    const d: DossierInput = {
      ...base,
      legs: [
        { agencyCode: "A", processingTime: { value: 1, unit: "working_days" }, endedAt: "2024-03-12T10:00" },
        { agencyCode: "B", dueAt: "2024-03-14T17:00" },
        { agencyCode: "C", processingTime: { value: 1, unit: "working_days" } },
      ],
    };
    const e = evaluateDossier(d, opts({ asOf: "2024-03-13T12:00" }));
    expect(e.legs.map((l) => [l.agencyCode, l.receivedAt, l.due?.date ?? null, l.verdict])).toEqual([
      ["A", "2024-03-11T09:00:00+07:00", "2024-03-12", "resolved_on_time"],
      ["B", "2024-03-12T10:00:00+07:00", "2024-03-14", "in_progress_within"],
      ["C", null, null, "not_received"],
    ]);
    expect(e.originalDue?.date).toBe("2024-03-14");
    // without a procedure time, a leg with neither a due nor a time leaves no planned overall due
    const partial = evaluateDossier({ ...d, legs: [{ agencyCode: "A" }] }, { asOf: "2024-03-13T12:00", calendar });
    expect(partial.originalDue).toBeNull();
  });

  it("does not count a dossier received after as-of", () => {
    const e = evaluateDossier(base, opts({ asOf: "2024-03-10T12:00" }));
    expect([e.verdict, e.elapsedMinutes, e.pausedMinutes]).toEqual(["not_received", 0, 0]);
  });

  it("gives the same result whatever the process time zone (instants with and without offsets)", () => {
    const a = evaluateDossier({ ...base, receivedAt: "2024-03-11T02:00:00Z" }, opts());
    const b = evaluateDossier({ ...base, receivedAt: new Date(Date.UTC(2024, 2, 11, 2)) }, opts());
    expect(a).toEqual(b);
    expect(a.clockStart).toBe("2024-03-11T09:00:00+07:00");
  });

  it("validates options and the dossier", () => {
    const err = (d: unknown, o: unknown) => {
      const r = safeEvaluateDossier(d, o as EvaluateOptions);
      return r.success ? "ok" : `${r.error.code}: ${r.error.message}`;
    };
    expect(err(base, null)).toMatch(/invalid_input: evaluateDossier: options \{ asOf, calendar \} are required/);
    expect(err(base, { calendar })).toMatch(/asOf is required/);
    expect(err(base, { calendar, asOf: "2024-13-01" })).toMatch(/invalid_date: .*asOf is not a valid date: "2024-13-01"/);
    expect(err(base, opts({ comparator: "exact" as never }))).toMatch(/comparator must be one of/);
    expect(err(base, opts({ lateIfMultipleSupplements: "yes" as never }))).toMatch(/lateIfMultipleSupplements must be a boolean/);
    expect(err(base, opts({ excludedPauseKinds: ["holiday" as never] }))).toMatch(/excludedPauseKinds must list pause kinds/);
    expect(err(base, opts({ processingTime: { value: 1, unit: "years" as never } }))).toMatch(/processing time must be/);
    expect(err(base, opts({ procedure: { name: "no code" } as never }))).toMatch(/Invalid procedure/);
    expect(err({ ...base, receivedAt: "2024-02-30" }, opts())).toMatch(/invalid_input: Invalid dossier at receivedAt/);
    expect(err(base, opts())).toBe("ok");
  });
});
