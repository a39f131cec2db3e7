import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { vietnamCalendar } from "@hcc/calendar";
import { dayNumberToEpochMs, epochMsToDayNumber, formatInstant, type DossierInput, type PauseKind } from "@hcc/core";
import { computeDueDate, evaluateDossier, evaluateMany, toDossierColumns, VERDICTS, type EvaluateOptions } from "@hcc/sla";

const calendar = vietnamCalendar();
const FROM = Date.parse("2019-01-01T00:00:00+07:00");
const TO = Date.parse("2025-06-30T00:00:00+07:00");
const MIN = 60_000;

const instant = fc.integer({ min: 0, max: Math.floor((TO - FROM) / MIN) }).map((m) => FROM + m * MIN);
const unit = fc.constantFrom("working_days", "working_hours", "calendar_days", "months") as fc.Arbitrary<"working_days" | "working_hours" | "calendar_days" | "months">;
const time = fc.tuple(unit, fc.integer({ min: 0, max: 40 })).map(([u, n]) => ({ unit: u, value: u === "months" ? n % 7 : n }));
const kind = fc.constantFrom<PauseKind>("supplement", "financial_obligation", "consultation", "other");
const pause = fc
  .tuple(kind, fc.integer({ min: -3 * 1440, max: 30 * 1440 }), fc.option(fc.integer({ min: 0, max: 10 * 1440 }), { nil: undefined }))
  .map(([k, start, len]) => ({ k, start, len }));

interface Gen {
  receivedMs: number;
  time: { unit: "working_days" | "working_hours" | "calendar_days" | "months"; value: number };
  pauses: { k: PauseKind; start: number; len: number | undefined }[];
  endAfter: number | undefined;
  asOfAfter: number;
  supplements: number;
  status: "processing" | "done" | "returned" | "stopped" | "not_received";
  cutoff: string | undefined;
  convention: "day" | "hour";
  comparator: "date" | "instant";
}

const gen: fc.Arbitrary<Gen> = fc.record({
  receivedMs: instant,
  time,
  pauses: fc.array(pause, { maxLength: 4 }),
  endAfter: fc.option(fc.integer({ min: 0, max: 60 * 1440 }), { nil: undefined }),
  asOfAfter: fc.integer({ min: -1440, max: 90 * 1440 }),
  supplements: fc.integer({ min: 0, max: 3 }),
  status: fc.constantFrom("processing", "done", "returned", "stopped", "not_received"),
  cutoff: fc.option(fc.constantFrom("15:00", "11:00", "16:30"), { nil: undefined }),
  convention: fc.constantFrom("day", "hour"),
  comparator: fc.constantFrom("date", "instant"),
});

const iso = (ms: number) => formatInstant(ms);

function build(g: Gen): { dossier: DossierInput; options: EvaluateOptions } {
  const ended = g.endAfter !== undefined && g.status !== "processing" && g.status !== "not_received";
  const dossier: DossierInput = {
    code: "000.00.53.H48-P",
    procedureCode: "1.000001",
    agencyCode: "000.00.53.H48",
    status: ended ? g.status : g.status === "not_received" ? "not_received" : "processing",
    receivedAt: iso(g.receivedMs),
    ...(ended ? { endedAt: iso(g.receivedMs + g.endAfter! * MIN) } : {}),
    pauses: g.pauses.map((p) => ({
      kind: p.k,
      from: iso(g.receivedMs + p.start * MIN),
      ...(p.len === undefined ? {} : { to: iso(g.receivedMs + (p.start + p.len) * MIN) }),
    })),
    supplementRequests: Array.from({ length: g.supplements }, (_, i) => ({ requestedAt: iso(g.receivedMs + (i + 1) * 600 * MIN), completedAt: iso(g.receivedMs + (i + 1) * 660 * MIN) })),
  };
  const options: EvaluateOptions = {
    asOf: iso(g.receivedMs + g.asOfAfter * MIN),
    calendar,
    processingTime: g.time,
    excludedPauseKinds: ["supplement", "financial_obligation"],
    convention: g.convention,
    comparator: g.comparator,
    ...(g.cutoff === undefined ? {} : { cutoff: g.cutoff }),
  };
  return { dossier, options };
}

/** Minute of day in Vietnam. */
const minuteOf = (ms: number) => (ms - dayNumberToEpochMs(epochMsToDayNumber(ms))) / MIN;
function isWorkingInstant(ms: number): boolean {
  if (!calendar.isWorkingDayNumber(epochMsToDayNumber(ms))) return false;
  const m = minuteOf(ms);
  return calendar.sessions.some((s) => m >= s.start && m <= s.end);
}
const vnDay = (ms: number) => epochMsToDayNumber(ms);

describe("properties (fast-check, real vietnamCalendar)", () => {
  it("every due instant is a working instant (inside or at the end of a session of a working day)", () => {
    fc.assert(
      fc.property(gen, (g) => {
        const e = evaluateDossier(build(g).dossier, build(g).options);
        for (const due of [e.printedDue, e.originalDue]) if (due !== null) expect(isWorkingInstant(due.ms)).toBe(true);
        if (e.clockStart !== null) expect(isWorkingInstant(Date.parse(e.clockStart))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("adding a pause never moves the due date earlier", () => {
    fc.assert(
      fc.property(gen, pause, (g, extra) => {
        const a = build(g);
        const b = build({ ...g, pauses: [...g.pauses, { ...extra, k: "supplement" }] });
        const ea = evaluateDossier(a.dossier, a.options);
        const eb = evaluateDossier(b.dossier, b.options);
        if (ea.originalDue !== null) expect(eb.originalDue!.ms).toBeGreaterThanOrEqual(ea.originalDue.ms);
        expect(eb.pausedMinutes).toBeGreaterThanOrEqual(ea.pausedMinutes);
      }),
      { numRuns: 300 },
    );
  });

  it("verdicts are consistent with the due dates", () => {
    fc.assert(
      fc.property(gen, (g) => {
        const { dossier, options } = build(g);
        const e = evaluateDossier(dossier, options);
        const asOf = Date.parse(e.asOf);
        if (g.status === "not_received" || g.receivedMs > asOf) { expect(e.verdict).toBe("not_received"); return; }
        const due = e.originalDue!;
        const multiple = e.supplementRequests > 1;
        if (e.endedAt !== null) {
          const end = Date.parse(e.endedAt);
          expect(e.verdict.startsWith("resolved_")).toBe(true);
          if (multiple) { expect(e.verdict).toBe("resolved_late"); return; }
          if (vnDay(end) < vnDay(due.ms)) expect(e.verdict).toBe("resolved_early");
          else if (vnDay(end) > vnDay(due.ms)) expect(e.verdict).toBe("resolved_late");
          else expect(e.verdict).toBe(g.comparator === "instant" && end > due.ms ? "resolved_late" : "resolved_on_time");
          expect(e.remainingMinutes === 0 || e.overdueMinutes === 0).toBe(true);
        } else {
          if (multiple) { expect(e.verdict).toBe("in_progress_overdue"); return; }
          const within = g.comparator === "instant" ? due.ms >= asOf : vnDay(due.ms) >= vnDay(asOf);
          expect(e.verdict).toBe(within ? "in_progress_within" : "in_progress_overdue");
          if (due.ms > asOf) expect(e.overdueMinutes).toBe(0);
        }
        expect(e.netMinutes).toBeLessThanOrEqual(e.elapsedMinutes);
      }),
      { numRuns: 500 },
    );
  });

  it("bulk equals single: evaluateMany over arrays and over columns", () => {
    fc.assert(
      fc.property(fc.array(gen, { minLength: 1, maxLength: 12 }), fc.constantFrom("day", "hour"), (gs, convention) => {
        const built = gs.map(build);
        const options: EvaluateOptions = { ...built[0]!.options, convention };
        const dossiers = built.map((b) => b.dossier);
        const singles = dossiers.map((d) => evaluateDossier(d, options));
        expect(evaluateMany(dossiers, options)).toEqual(singles);
        const r = evaluateMany(toDossierColumns(dossiers, options), options);
        singles.forEach((s, i) => {
          expect(VERDICTS[r.verdicts[i]!]).toBe(s.verdict);
          expect(r.dueMs[i]).toBe(s.originalDue?.ms ?? Number.NaN);
          expect(r.printedDueMs[i]).toBe(s.printedDue?.ms ?? Number.NaN);
          expect(r.currentDueMs[i]).toBe(s.currentDue?.ms ?? Number.NaN);
          expect(r.clockStartMs[i]).toBe(s.clockStart === null ? Number.NaN : Date.parse(s.clockStart));
          expect(r.pausedMinutes[i]).toBe(s.pausedMinutes);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("day-based and hour-based working days give the same due date, except at or before opening on a working day", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), (received, n) => {
        const t = { value: n, unit: "working_days" as const };
        const day = computeDueDate(iso(received), t, { calendar }).date;
        const hour = computeDueDate(iso(received), t, { calendar, convention: "hour" }).date;
        const beforeOpening = calendar.isWorkingDayNumber(vnDay(received)) && minuteOf(received) <= calendar.sessions[0]!.start;
        if (beforeOpening) expect(calendar.addWorkingDays(hour, 1)).toBe(day);
        else expect(hour).toBe(day);
      }),
      { numRuns: 500 },
    );
  });

  it("a working-hours due is exactly N × 60 working minutes after the clock start", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200 }), (received, n) => {
        const due = computeDueDate(iso(received), { value: n, unit: "working_hours" }, { calendar });
        const e = evaluateDossier(
          { code: "X-1", procedureCode: "1", agencyCode: "X", status: "processing", receivedAt: iso(received) },
          { asOf: due.at, calendar, processingTime: { value: n, unit: "working_hours" } },
        );
        expect(e.elapsedMinutes).toBe(n * 60);
        expect(calendar.workingMinutesBetween(e.clockStart!, due.at)).toBe(n * 60);
      }),
      { numRuns: 300 },
    );
  });
});
