// `hcc report` (the built binary, as a subprocess under TZ=America/Los_Angeles) reads the same
// instant written in every accepted form the same way, from CSV and from NDJSON, at a period
// boundary: 23:30 on 31 March 2024, the last half hour of the period.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hcc } from "../test/run.js";

const FORMS: readonly (string | number)[] = [
  "2024-03-31T23:30:00+07:00",
  "2024-03-31T16:30:00Z",
  "2024-03-31T23:30:00",
  "2024-03-31 23:30",
  "20240331233000",
  20240331233000, // NDJSON only: a number
  "31/03/2024 23:30",
  "31/03/2024 23:30:00",
];
const dir = mkdtempSync(join(tmpdir(), "hcc-forms-"));
const ENV = { TZ: "America/Los_Angeles" };
const ARGS = ["--from", "2024-03-01", "--to", "2024-03-31", "--group-by", "agency", "--format", "json"];

/** Two dossiers: one received at the instant (in the period), one ended at it (on its due date). */
function rows(at: string | number): Record<string, unknown>[] {
  return [
    { code: "A-B-240331-0001", procedureCode: "1.001612", channel: "online", status: 4, receivedAt: at, dueAt: "2024-04-05", endedAt: "" },
    { code: "A-B-240301-0001", procedureCode: "1.001612", channel: "direct", status: 10, receivedAt: "2024-03-01T08:00", dueAt: "2024-03-31", endedAt: at },
  ];
}

function expectBoundaryCounts(stdout: string): void {
  const report = JSON.parse(stdout) as { rows: { agency: string; received: { total: number; online: number }; resolved: Record<string, number>; inProgress: { total: number } }[] };
  expect(report.rows).toHaveLength(1);
  const row = report.rows[0]!;
  expect(row.agency).toBe("A-B"); // no agencyCode column: core's dossier-code rule
  expect(row.received).toMatchObject({ total: 2, online: 1 });
  expect(row.resolved).toMatchObject({ total: 1, onTime: 1, late: 0 });
  expect(row.inProgress.total).toBe(1);
}

describe("hcc report reads every date form alike (TZ=America/Los_Angeles)", () => {
  it.each(FORMS.filter((f) => typeof f === "string").map((f) => [f]))("CSV with %j", (at) => {
    const file = join(dir, `f${FORMS.indexOf(at)}.csv`);
    const lines = rows(at).map((r) => [r["code"], r["procedureCode"], r["channel"], r["status"], r["receivedAt"], r["dueAt"], r["endedAt"]].join(","));
    writeFileSync(file, ["code,procedureCode,channel,status,receivedAt,dueAt,endedAt", ...lines].join("\n") + "\n");
    const r = hcc(["report", file, ...ARGS], { env: ENV });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectBoundaryCounts(r.stdout);
  });
  it.each(FORMS.map((f) => [f]))("NDJSON with %j", (at) => {
    const file = join(dir, `f${FORMS.indexOf(at)}.ndjson`);
    writeFileSync(file, rows(at).map((r) => JSON.stringify({ ...r, endedAt: r["endedAt"] === "" ? undefined : r["endedAt"] })).join("\n") + "\n");
    const r = hcc(["report", file, ...ARGS], { env: ENV });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectBoundaryCounts(r.stdout);
  });
  it("lists a date in no accepted form on stderr, naming the value", () => {
    const file = join(dir, "bad.csv");
    writeFileSync(file, "code,procedureCode,agencyCode,status,receivedAt\nA-B-240331-0001,1.001612,A,4,2024/03/31\n");
    const r = hcc(["report", file, ...ARGS], { env: ENV });
    expect(r.stderr).toContain('"2024/03/31"');
  });
});
