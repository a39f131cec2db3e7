import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFile } from "@hcc/stats/node";
import { reportFileWithDuckDb } from "@hcc/sql/node";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "hcc-sql-dates-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every date form @hcc/core reads (and some it rejects), as the receipt and end of dossiers
// received and ended around Vietnam midnight: the DuckDB engine must count them all alike.
const FORMS = [
  "2024-03-04",
  "2024-03-04T08:00",
  "2024-03-04 23:59:59",
  "2024-03-04T00:00:00.5+07",
  "2024-03-04T16:59:59,25Z",
  "2024-03-04T17:00:00z",
  "2024-03-04T08:00:00+0700",
  "2024-03-03T23:30:00-05:00",
  "20240304",
  "2024030423",
  "202403042359",
  "20240304235959",
  "2024-3-4",
  "2024-03-04T8:00",
  "202403041",
  "2024-02-30",
  "yesterday",
];

describe("the DuckDB engine reads dates like @hcc/core", () => {
  it("counts the same dossiers on every date form (and rejects the same rows)", async () => {
    const lines = ["code,procedureCode,agencyCode,channel,receivedAt,dueAt,endedAt,status"];
    FORMS.forEach((raw, i) => {
      const form = raw.includes(",") ? `"${raw}"` : raw;
      lines.push(`A-${i}a,1.001612,A,1,${form},2024-03-04,,4`);
      lines.push(`A-${i}b,1.001612,A,2,2024-03-01T10:00,${form},${form},10`);
    });
    const path = join(dir, "forms.csv");
    writeFileSync(path, `${lines.join("\n")}\n`);
    for (const groupBy of [[], ["channel"]] as const) {
      const options = { from: "2024-03-04", to: "2024-03-04", asOf: "2024-03-05", groupBy: [...groupBy] };
      const js = await ingestFile(path, { ...options, mode: "lenient" });
      const sql = await reportFileWithDuckDb(path, options);
      expect(sql.state).toEqual(js.state);
      expect(sql.badRows.map((b) => [b.line, b.field])).toEqual(js.badRows.map((b) => [b.line, b.field]));
    }
  });

  it("falls back from DuckDB's typed reader when a date after the sample has another form", async () => {
    const lines = ["code,procedureCode,agencyCode,channel,receivedAt,dueAt,endedAt,status"];
    for (let i = 0; i < 2100; i++) lines.push(`A-${i},1.001612,A,1,2024-03-0${1 + (i % 4)}T0${i % 10}:00:00+07:00,2024-03-0${2 + (i % 7)},,4`);
    lines.push("A-x,1.001612,A,1,2024-03-04T23:30,20240305,2024-03-05T01:00:00Z,10");
    const path = join(dir, "typed-then-not.csv");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const options = { from: "2024-03-01", to: "2024-03-31", asOf: "2024-03-31" };
    const js = await ingestFile(path, { ...options, mode: "lenient" });
    expect((await reportFileWithDuckDb(path, options)).state).toEqual(js.state);
    const strict = join(dir, "typed.csv");
    writeFileSync(strict, `${lines.slice(0, -1).join("\n")}\n`);
    expect((await reportFileWithDuckDb(strict, options)).state).toEqual((await ingestFile(strict, { ...options, mode: "lenient" })).state);
  });
});
