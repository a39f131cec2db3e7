import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { vietnamCalendar, type WorkingCalendar } from "@hcc/calendar";
import { formatInstant, type DossierInput } from "@hcc/core";
import { describeEvaluation, evaluateDossier, evaluateMany, toDossierColumns, VERDICTS, type DossierEvaluation, type EvaluateOptions } from "@hcc/sla";
import { SCENARIOS, type Scenario } from "./_test/scenarios.js";
import { testCalendar } from "./_test/test-calendar.js";

const calendar = vietnamCalendar();
const local = (instant: string | null | undefined): string => (instant == null ? "—" : formatInstant(Date.parse(instant)).slice(0, 16).replace("T", " "));

function dossierOf(s: Scenario): DossierInput {
  return { code: `000.00.53.H48-${s.id}`, procedureCode: "1.000001", agencyCode: "000.00.53.H48", status: "processing", ...s.dossier } as DossierInput;
}
function optionsOf(s: Scenario, cal: WorkingCalendar = calendar): EvaluateOptions {
  return { asOf: "2024-12-31T17:00", ...s.options, calendar: cal } as EvaluateOptions;
}

describe("worked scenarios (docs/sla.md), real vietnamCalendar()", () => {
  it.each(SCENARIOS.map((s) => [s.id, s.title, s] as const))("%s %s", (_id, _title, s) => {
    const e = evaluateDossier(dossierOf(s), optionsOf(s));
    expect(local(e.originalDue?.at)).toBe(s.expect.due);
    expect(e.verdict).toBe(s.expect.verdict);
    if (s.expect.clockStart !== undefined) expect(local(e.clockStart)).toBe(s.expect.clockStart);
    if (s.expect.printedDue !== undefined) expect(local(e.printedDue?.at)).toBe(s.expect.printedDue);
    if (s.expect.currentDue !== undefined) expect(local(e.currentDue?.at)).toBe(s.expect.currentDue);
    if (s.expect.pausedMinutes !== undefined) expect(e.pausedMinutes).toBe(s.expect.pausedMinutes);
    if (s.expect.text !== undefined) {
      expect(describeEvaluation(e)).toBe(s.expect.text.vi);
      expect(describeEvaluation(e, { lang: "en" })).toBe(s.expect.text.en);
    }
    if (s.expect.legs !== undefined) {
      expect(e.legs.map((l) => ({ due: local(l.due?.at), verdict: l.verdict }))).toEqual(s.expect.legs);
    }
    // the due date is the Vietnam date of the due instant
    if (e.originalDue !== null) expect(e.originalDue.date).toBe(s.expect.due.slice(0, 10));
  });

  it("gives the same answers with an independent, plugged-in calendar built from the official CSV", () => {
    const other = testCalendar();
    for (const s of SCENARIOS) {
      const a = evaluateDossier(dossierOf(s), optionsOf(s));
      const b = evaluateDossier(dossierOf(s), optionsOf(s, other));
      expect(strip(b), s.id).toEqual(strip(a));
    }
  });

  it("evaluateMany (arrays and columns) gives the same answers as evaluateDossier", () => {
    for (const s of SCENARIOS) {
      const single = evaluateDossier(dossierOf(s), optionsOf(s));
      const [fromArray] = evaluateMany([dossierOf(s)], optionsOf(s));
      expect(fromArray).toEqual(single);
      const columns = toDossierColumns([dossierOf(s)], optionsOf(s));
      const r = evaluateMany(columns, optionsOf(s));
      expect(VERDICTS[r.verdicts[0]!], s.id).toBe(single.verdict);
      expect(r.dueMs[0], s.id).toBe(single.originalDue?.ms ?? Number.NaN);
    }
  });
});

function strip(e: DossierEvaluation): unknown {
  return { ...e };
}

describe("docs/sla.md scenario table", () => {
  const rowsOf = () => [...readFileSync(new URL("../../../docs/sla.md", import.meta.url), "utf8").matchAll(/^\| (S\d\d) \|([^|]*)\|([^|]*)\|([^|]*)\|/gm)].map((m) => ({
    id: m[1]!,
    due: m[3]!.trim().replace(/`/g, ""),
    verdict: m[4]!.trim().replace(/`/g, ""),
  }));

  it("lists at least 30 scenarios, each one tested here", () => {
    const rows = rowsOf();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.map((r) => r.id)).toEqual(SCENARIOS.map((s) => s.id));
  });

  it("shows the tested due date and verdict on every row", () => {
    const rows = rowsOf();
    for (const row of rows) {
      const s = SCENARIOS.find((x) => x.id === row.id)!;
      expect({ id: row.id, due: row.due, verdict: row.verdict }).toEqual({ id: s.id, due: s.expect.due, verdict: s.expect.verdict });
    }
  });
});
