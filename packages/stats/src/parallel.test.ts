import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "@hcc/stats/node";
import { PERIOD, dossierArb, toCsv } from "./_test/gen.js";

// Workers load plain JS: the test bundles src/worker.ts (with @hcc/* from source) the way the
// package build does, so that it needs no prior build.
let dir = "";
let workerUrl: URL;
let csvPath = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hcc-stats-"));
  const outfile = join(dir, "worker.mjs");
  await build({
    entryPoints: [fileURLToPath(new URL("./worker.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    conditions: ["@hcc/source"],
    logLevel: "error",
  });
  workerUrl = pathToFileURL(outfile);
  const dossiers = fc.sample(dossierArb, { numRuns: 3000, seed: 42 });
  const lines = toCsv(dossiers).split("\n");
  // a few bad rows at known places
  lines.splice(500, 0, "bad-1,1.001612,A,,,9,4,2024-03-04T08:00:00,,,0,,,,");
  lines.splice(2100, 0, "bad-2,1.001612,A,,,1,4,not-a-date,,,0,,,,");
  csvPath = join(dir, "dossiers.csv");
  writeFileSync(csvPath, lines.join("\n"));
}, 120_000);

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

describe("ingestFile", () => {
  const options = { ...PERIOD, groupBy: ["agency", "channel"] as const, mode: "lenient" as const };

  it("gives the same state, counts and bad-row line numbers in parallel as in one pass", async () => {
    const one = await ingestFile(csvPath, { ...options, parallel: false });
    expect(one.badRows.map((b) => [b.line, b.field])).toEqual([
      [501, "channel"],
      [2101, "receivedAt"],
    ]);
    for (const parallel of [2, 3]) {
      const many = await ingestFile(csvPath, { ...options, parallel, workerUrl, highWaterMark: 4096 });
      expect(many.state).toEqual(one.state);
      expect(many.rows).toBe(one.rows);
      expect(many.badRows).toEqual(one.badRows);
    }
    const auto = await ingestFile(csvPath, { ...options, parallelThreshold: 1, workerUrl });
    expect(auto.state).toEqual(one.state);
  }, 60_000);

  it("stops at the first bad row of the file in strict mode, with its line", async () => {
    await expect(ingestFile(csvPath, { ...options, mode: "strict", parallel: 3, workerUrl })).rejects.toMatchObject({
      code: "invalid_record",
      message: expect.stringMatching(/^Line 501: channel/),
    });
    await expect(ingestFile(csvPath, { ...options, mode: "strict", parallel: false })).rejects.toThrow(/^Line 501: channel/);
  }, 60_000);

  it("reads NDJSON and JSON files by extension", async () => {
    const nd = join(dir, "d.ndjson");
    writeFileSync(nd, '{"procedureCode":"P","agencyCode":"A","status":4,"receivedAt":"2024-03-04"}\n');
    expect((await ingestFile(nd, { ...options, parallel: true, workerUrl })).rows).toBe(1);
    const js = join(dir, "d.json");
    writeFileSync(js, '[{"procedureCode":"P","agencyCode":"A","status":4,"receivedAt":"2024-03-04"}]');
    expect((await ingestFile(js, options)).rows).toBe(1);
    const other = join(dir, "d.dat");
    writeFileSync(other, "procedureCode,agencyCode,status,receivedAt\nP,A,4,2024-03-04\n");
    expect((await ingestFile(other, options)).rows).toBe(1);
  }, 60_000);

  it("reports unusable arguments and files", async () => {
    await expect(ingestFile(join(dir, "missing.csv"), options)).rejects.toMatchObject({ code: "parse_error" });
    await expect(ingestFile("", options)).rejects.toThrow(/path/);
    await expect(ingestFile(csvPath, { ...options, parallel: 0 })).rejects.toThrow(/positive integer/);
    await expect(ingestFile(csvPath, { ...options, parallel: 2, workerUrl: pathToFileURL(join(dir, "nope.mjs")) })).rejects.toMatchObject({ code: "parse_error" });
    const header = join(dir, "bad-header.csv");
    writeFileSync(header, "foo,bar\n1,2\n");
    await expect(ingestFile(header, { ...options, parallel: 2, workerUrl })).rejects.toThrow(/missing required column/);
  }, 60_000);

  it("runs single-threaded when a due-date deriver is given", async () => {
    const r = await ingestFile(csvPath, { ...options, parallel: 2, workerUrl, dueDate: () => undefined });
    expect(r.badCount).toBe(2);
  }, 60_000);
});
