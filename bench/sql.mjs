#!/usr/bin/env node
// `hcc report --engine duckdb` (the SQL of @hcc/sql run by DuckDB on the file) against a bare
// DuckDB GROUP BY over the same file, as whole processes side by side; and, with --big, the two
// engines of `hcc report` on 10,000,000 dossiers (Parquet for DuckDB, the same rows as CSV for the
// JavaScript engine) with their peak memory. Checks that the engines print the same report and
// that the baseline read as many rows. Needs the built CLI (npx turbo run build --filter=@hcc/cli...).
//
//   node bench/sql.mjs [rows=1000000] [runs=3] [--big]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { PERIOD, generate } from "./generate-dossiers.mjs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const rows = Number(args[0] ?? 1_000_000);
const runs = Number(args[1] ?? 3);
const big = process.argv.includes("--big");
const root = resolve(new URL("..", import.meta.url).pathname);
const hcc = resolve(root, "packages/cli/bin/hcc.js");
const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

async function duck(sql) {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  const r = await c.runAndReadAll(sql);
  const out = r.getRowObjectsJS();
  c.closeSync();
  db.closeSync();
  return out;
}

// The generator writes yyyyMMddHHmmss (Vietnam time); the ISO-date file spells the same instants
// as 2024-05-04T08:03:00+07:00 and due dates as 2024-05-29.
async function isoCsv(n) {
  const out = resolve(root, `.bench/dossiers-${n}-iso.csv`);
  if (existsSync(out)) return out;
  const compact = resolve(root, `.bench/dossiers-${n}.csv`);
  if (!existsSync(compact)) generate(n, compact);
  const ts = (c) => `CASE WHEN "${c}" IS NULL THEN NULL ELSE strftime(strptime("${c}", '%Y%m%d%H%M%S'), '%Y-%m-%dT%H:%M:%S+07:00') END AS "${c}"`;
  await duck(`COPY (SELECT code, "procedureCode", "agencyCode", channel, ${ts("receivedAt")},
      CASE WHEN "dueAt" IS NULL THEN NULL ELSE strftime(strptime("dueAt", '%Y%m%d'), '%Y-%m-%d') END AS "dueAt", ${ts("endedAt")}, status, "supplementRequests"
    FROM read_csv('${compact}', all_varchar = true)) TO '${out}' (HEADER)`);
  return out;
}

/** Runs a command; returns seconds, peak RSS (MB, when /usr/bin/time exists) and stdout. */
function run(cmd, cmdArgs) {
  const t0 = performance.now();
  const r = time === undefined ? spawnSync(cmd, cmdArgs, { encoding: "utf8", maxBuffer: 1 << 28 }) : spawnSync(time, ["-f", "%M", cmd, ...cmdArgs], { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} failed: ${r.stderr}`);
  const rss = time === undefined ? Number.NaN : Number(r.stderr.trim().split("\n").pop()) / 1024;
  return { seconds, rss, stdout: r.stdout };
}

const baselineScript = `
import { DuckDBInstance } from "@duckdb/node-api";
const db = await DuckDBInstance.create(":memory:");
const c = await db.connect();
const r = await c.runAndReadAll(\`SELECT "agencyCode", channel, COUNT(*) AS n, COUNT("endedAt") AS ended, MIN("receivedAt") AS first, MAX("dueAt") AS due
  FROM read_csv('\${process.argv[1]}') GROUP BY ALL\`);
console.log(r.getRowObjectsJS().reduce((s, x) => s + Number(x.n), 0));
`;
const baseline = (file) => run(process.execPath, ["--input-type=module", "-e", baselineScript, file]);
const report = (file, engine, format = "json") =>
  run(process.execPath, [hcc, "report", file, "--from", PERIOD.from, "--to", PERIOD.to, "--group-by", "agency,channel", "-f", format, "--engine", engine]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const load = () => spawnSync("uptime", { encoding: "utf8" }).stdout.trim();
console.log(`load before: ${load()}`);
const csv = await isoCsv(rows);
const js = report(csv, "js");
const first = report(csv, "duckdb");
if (first.stdout !== js.stdout) throw new Error("the DuckDB engine's report differs from the default engine's");
const rowsRead = JSON.parse(first.stdout).rowsRead;
const ours = [];
const bare = [];
for (let i = 0; i < runs; i++) {
  const b = baseline(csv);
  if (Number(b.stdout.trim()) !== rowsRead) throw new Error(`the baseline read ${b.stdout.trim()} rows, the report ${rowsRead}`);
  bare.push(b.seconds);
  ours.push(report(csv, "duckdb").seconds);
}
const ratio = median(ours) / median(bare);
console.log(`${rows.toLocaleString("en")} dossiers, ISO-date CSV: hcc report --engine duckdb ${median(ours).toFixed(2)} s, bare DuckDB GROUP BY ${median(bare).toFixed(2)} s (medians of ${runs}, whole processes): ${ratio.toFixed(2)}× (target ≤ 1.3×); default engine ${js.seconds.toFixed(2)} s; same report: yes`);

if (big) {
  const n = 10_000_000;
  const parquet = resolve(root, ".bench/dossiers-10m.parquet");
  const bigCsv = resolve(root, ".bench/dossiers-10m-iso.csv");
  const copies = Math.ceil(n / rows);
  const select = `SELECT * REPLACE (code || '-' || i AS code) FROM read_csv('${csv}', all_varchar = true), range(${copies}) t(i) LIMIT ${n}`;
  if (!existsSync(bigCsv)) await duck(`COPY (${select}) TO '${bigCsv}' (HEADER)`);
  if (!existsSync(parquet)) await duck(`COPY (SELECT * REPLACE (CAST("receivedAt" AS TIMESTAMPTZ) AS "receivedAt", CAST("endedAt" AS TIMESTAMPTZ) AS "endedAt") FROM read_csv('${bigCsv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
  const d = report(parquet, "duckdb");
  const j = report(bigCsv, "js");
  if (d.stdout !== j.stdout) throw new Error("10M: the engines' reports differ");
  console.log(`10,000,000 dossiers: --engine duckdb on Parquet ${d.seconds.toFixed(1)} s, peak ${d.rss.toFixed(0)} MB; default engine on the same rows as CSV ${j.seconds.toFixed(1)} s, peak ${j.rss.toFixed(0)} MB; same report: yes`);
}
console.log(`load after: ${load()}`);
