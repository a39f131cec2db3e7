import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import type { DossierInput, ProcedureInput } from "@hcc/core";
import {
  evaluateDossier,
  evaluateMany,
  toDossierColumns,
  VERDICTS,
  type ColumnarEvaluation,
  type DossierColumns,
  type DossierEvaluation,
  type EvaluateManyOptions,
} from "@hcc/sla";

// The columnar fast path works block by block (4096 rows), lists its slow rows per block and has
// separate loops per comparator, for a missing `endedMs` column and for multiple supplement
// requests. These tests run more than two blocks plus a partial one, with fast and slow rows
// mixed in every block, and compare every column with evaluateDossier row by row.

const calendar = vietnamCalendar();
const DAY = 86_400_000;
const MIN = 60_000;
const ROWS = 2 * 4096 + 517;
const AS_OF = "2025-03-14T15:30";
const AS_OF_MS = Date.parse("2025-03-14T15:30:00+07:00");

/** Processing times by procedure code: mostly whole working days (fast rows), some of every other kind (slow rows). */
const TIMES: Record<
  string,
  {
    value: number;
    unit: "working_days" | "working_hours" | "calendar_days" | "months";
  }
> = {};
for (let n = 1; n <= 15; n++) TIMES[`WD${n}`] = { value: n, unit: "working_days" };
TIMES["WD0"] = { value: 0, unit: "working_days" };
TIMES["WD2.5"] = { value: 2.5, unit: "working_days" };
TIMES["H12"] = { value: 12, unit: "working_hours" };
TIMES["CD10"] = { value: 10, unit: "calendar_days" };
TIMES["M1"] = { value: 1, unit: "months" };
const CODES = Object.keys(TIMES);
const WORKING_DAY_CODES = CODES.filter((c) => /^WD\d+$/.test(c) && c !== "WD0");

function procedures(cutoff: boolean): Record<string, ProcedureInput> {
  return Object.fromEntries(
    CODES.map((code) => [
      code,
      {
        code,
        name: code,
        ...(cutoff && code.endsWith("3") ? { timing: { cutoff: "15:00" } } : {}),
        cases: [
          {
            channels: [{ channel: "direct" as const, processingTime: TIMES[code]! }],
          },
        ],
      },
    ])
  );
}

/** A deterministic mix: any hour, weekends and holidays, ended or not (before or after as-of), extensions, supplement requests. */
function dossiers(count: number, withEnds: boolean): DossierInput[] {
  let seed = 20_250_314;
  const rand = () => (seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296;
  const from = Date.parse("2024-09-01T00:00:00+07:00");
  const out: DossierInput[] = [];
  for (let i = 0; i < count; i++) {
    const r = from + Math.floor(rand() * 200 * 24 * 60) * MIN; // some after as-of
    const code = rand() < 0.85 ? WORKING_DAY_CODES[Math.floor(rand() * WORKING_DAY_CODES.length)]! : CODES[Math.floor(rand() * CODES.length)]!;
    const ended = withEnds && rand() < 0.7;
    const notReceived = rand() < 0.02;
    const supplements = rand() < 0.15 ? 1 + Math.floor(rand() * 3) : 0;
    out.push({
      code: `X-${i}`,
      procedureCode: code,
      agencyCode: "X",
      status: notReceived ? "not_received" : ended ? "done" : "processing",
      ...(notReceived ? {} : { receivedAt: new Date(r) }),
      ...(ended && !notReceived ? { endedAt: new Date(r + Math.floor(rand() * 30 * 24 * 60) * MIN) } : {}),
      ...(rand() < 0.08
        ? {
            extensions: [
              {
                at: new Date(r + DAY),
                newDueAt: new Date(r + Math.floor(rand() * 30 * 24) * 3_600_000),
              },
            ],
          }
        : {}),
      ...(supplements > 0
        ? {
            supplementRequests: Array.from({ length: supplements }, (_, k) => ({
              requestedAt: new Date(r + (k + 1) * DAY),
              completedAt: new Date(r + (k + 1.5) * DAY),
            })),
          }
        : {}),
    });
  }
  return out;
}

function expectSame(r: ColumnarEvaluation, singles: readonly DossierEvaluation[], fields: readonly string[], label: string): void {
  let bad = 0;
  const first: string[] = [];
  singles.forEach((s, i) => {
    const got: Record<string, number | string> = {
      verdict: VERDICTS[r.verdicts[i]!]!,
    };
    const want: Record<string, number | string> = { verdict: s.verdict };
    if (fields.includes("dueMs")) [got.dueMs, want.dueMs] = [r.dueMs[i]!, s.originalDue?.ms ?? Number.NaN];
    if (fields.includes("printedDueMs")) [got.printedDueMs, want.printedDueMs] = [r.printedDueMs[i]!, s.printedDue?.ms ?? Number.NaN];
    if (fields.includes("currentDueMs")) [got.currentDueMs, want.currentDueMs] = [r.currentDueMs[i]!, s.currentDue?.ms ?? Number.NaN];
    if (fields.includes("clockStartMs")) [got.clockStartMs, want.clockStartMs] = [r.clockStartMs[i]!, s.clockStart === null ? Number.NaN : Date.parse(s.clockStart)];
    if (fields.includes("pausedMinutes")) [got.pausedMinutes, want.pausedMinutes] = [r.pausedMinutes[i]!, s.pausedMinutes];
    if (!Object.is(JSON.stringify(got), JSON.stringify(want))) {
      bad++;
      if (first.length < 3) first.push(`row ${i}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  });
  expect(first, `${label}: ${bad} rows differ`).toEqual([]);
}

const ALL = ["clockStartMs", "printedDueMs", "dueMs", "currentDueMs", "pausedMinutes"] as const;

// thousands of evaluateDossier calls per test: give a loaded machine time
describe("evaluateMany over columns, several blocks", { timeout: 60_000 }, () => {
  // each option both ways (not every combination: thousands of evaluateDossier calls each)
  const combinations = [
    ["date", "original", true],
    ["date", "extension", false],
    ["instant", "original", false],
    ["instant", "extension", true],
  ] as const;
  for (const [comparator, judgeAgainst, lateIfMultipleSupplements] of combinations) {
    const label = `${comparator} comparator, judged against the ${judgeAgainst}, multiple supplements ${lateIfMultipleSupplements ? "late" : "ignored"}`;
    it(`equals evaluateDossier row by row: ${label}`, () => {
      for (const cutoff of [true, false]) {
        const options: EvaluateManyOptions = {
          asOf: AS_OF,
          calendar,
          procedures: procedures(cutoff),
          comparator,
          judgeAgainst,
          lateIfMultipleSupplements,
          excludedPauseKinds: [],
        };
        const ds = dossiers(ROWS, true);
        const singles = ds.map((d) =>
          evaluateDossier(d, {
            ...options,
            procedure: options.procedures![d.procedureCode as string]!,
          })
        );
        const columns = toDossierColumns(ds, options);
        // every column (clock pass; per-row cut-offs)
        expectSame(evaluateMany(columns, options), singles, ALL, `all columns, cut-offs ${cutoff}`);
        expectSame(evaluateMany(columns, { ...options, fields: ["dueMs"] }), singles, ["dueMs"], `due only, cut-offs ${cutoff}`);
        if (cutoff) continue;
        // without cut-off, pause and recorded-due columns (all neutral here): the days-only pass
        const { cutoffMinutes: _c, pauseOffsets: _p, pauseFromMs: _f, pauseToMs: _t, dueMs: _r, ...plain } = columns;
        expect(Array.from(columns.cutoffMinutes!).every((c) => c === -1) && columns.pauseOffsets![ROWS] === 0).toBe(true);
        for (const fields of [["dueMs"], [], ["printedDueMs", "currentDueMs"], ["dueMs", "pausedMinutes"], ALL] as const) {
          expectSame(evaluateMany(plain, { ...options, fields }), singles, fields, `plain columns, fields ${fields.join(",")}`);
        }
      }
    });
  }

  it("equals evaluateDossier without an endedMs column, and on a partial block only", () => {
    const options: EvaluateManyOptions = {
      asOf: AS_OF,
      calendar,
      procedures: procedures(false),
      excludedPauseKinds: [],
    };
    const ds = dossiers(ROWS, false);
    const singles = ds.map((d) =>
      evaluateDossier(d, {
        ...options,
        procedure: options.procedures![d.procedureCode as string]!,
      })
    );
    const { receivedMs, amount, unit, extensionDueMs, supplementRequests, endedMs } = toDossierColumns(ds, options);
    expect(endedMs!.every((e) => Number.isNaN(e))).toBe(true);
    const plain: DossierColumns = {
      receivedMs,
      amount: amount!,
      unit: unit!,
      extensionDueMs: extensionDueMs!,
      supplementRequests: supplementRequests!,
    };
    expectSame(evaluateMany(plain, { ...options, fields: ["dueMs"] }), singles, ["dueMs"], "no endedMs, days-only");
    const instant = { ...options, comparator: "instant" as const };
    const instantSingles = ds.map((d) =>
      evaluateDossier(d, {
        ...instant,
        procedure: options.procedures![d.procedureCode as string]!,
      })
    );
    expectSame(evaluateMany(plain, instant), instantSingles, ALL, "no endedMs, instant comparator, all columns");
    const few = 100;
    const part: DossierColumns = {
      receivedMs: receivedMs.subarray(0, few),
      amount: amount!.subarray(0, few),
      unit: unit!.subarray(0, few),
    };
    const partSingles = ds.slice(0, few).map((d) =>
      evaluateDossier(
        { ...d, extensions: [], supplementRequests: [] },
        {
          ...options,
          procedure: options.procedures![d.procedureCode as string]!,
        }
      )
    );
    expectSame(evaluateMany(part, options), partSingles, ALL, "one partial block");
  });

  it("equals evaluateDossier for dossiers ended right at the edges of the due day and of the due instant", () => {
    const base: EvaluateManyOptions = {
      asOf: "2025-12-31T17:00",
      calendar,
      processingTime: { value: 3, unit: "working_days" },
    };
    const received: number[] = [];
    for (let i = 0; i < 1300; i++) received.push(Date.parse("2024-01-02T08:00:00+07:00") + i * 97 * MIN);
    const due = evaluateMany({ receivedMs: Float64Array.from(received) }, { ...base, fields: ["dueMs"] }).dueMs;
    const H7 = 7 * 3_600_000;
    // the due instant, one ms either side, the start of the due day and of the next day, one ms before each
    const offsets = (d: number) => {
      const dayStart = Math.floor((d + H7) / DAY) * DAY - H7;
      return [d, d - 1, d + 1, dayStart, dayStart - 1, dayStart + DAY, dayStart + DAY - 1];
    };
    const rows = received.flatMap((r, i) => offsets(due[i]!).map((e) => [r, e] as const));
    const ds: DossierInput[] = rows.map(([r, e], i) => ({
      code: `E-${i}`,
      procedureCode: "P",
      agencyCode: "X",
      status: "done",
      receivedAt: new Date(r),
      endedAt: new Date(e),
    }));
    for (const comparator of ["date", "instant"] as const) {
      const options = { ...base, comparator };
      const singles = ds.map((d) => evaluateDossier(d, options));
      const columns = {
        receivedMs: Float64Array.from(rows, ([r]) => r),
        endedMs: Float64Array.from(rows, ([, e]) => e),
      };
      expectSame(evaluateMany(columns, { ...options, fields: ["dueMs"] }), singles, ["dueMs"], `${comparator} comparator, due only`);
      expectSame(evaluateMany(columns, options), singles, ALL, `${comparator} comparator, all columns`);
    }
  });

  it("writes only the requested columns into the given buffers", () => {
    const receivedMs = Float64Array.from({ length: ROWS }, (_, i) => AS_OF_MS - i * 37 * MIN);
    const untouched = new Float64Array(ROWS).fill(7);
    const dueMs = new Float64Array(ROWS);
    const r = evaluateMany(
      { receivedMs },
      { asOf: AS_OF, calendar, processingTime: { value: 2, unit: "working_days" }, fields: ["dueMs"], out: { dueMs, printedDueMs: untouched } }
    );
    expect(r.dueMs).toBe(dueMs);
    expect(r.printedDueMs.length).toBe(0);
    expect(untouched.every((x) => x === 7)).toBe(true);
  });

  it("counts rows received after as-of as not received, on the fast path too", () => {
    const options: EvaluateManyOptions = {
      asOf: AS_OF,
      calendar,
      processingTime: { value: 3, unit: "working_days" },
    };
    const receivedMs = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) receivedMs[i] = AS_OF_MS + (i - ROWS / 2) * 7 * MIN;
    const r = evaluateMany({ receivedMs }, options);
    for (let i = 0; i < ROWS; i++) expect(r.verdicts[i] === 0).toBe(receivedMs[i]! > AS_OF_MS);
  });
});
