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

// Two bare DuckDB processes (@duckdb/node-api, read_csv with its auto-detection, default threads):
// - "Biểu 06 by hand" (the target's baseline): the SQL a DuckDB user would write for the same
//   report on this clean file — the 11 Biểu 06 columns per agency × channel as conditional
//   counts, Vietnam dates by epoch arithmetic, the verdict rule — with none of hcc's checks (no
//   validation, no lenient date / status / channel reading, no bad-row report, no procedure /
//   agency tables); its rows are checked equal to the report's;
// - "minimal GROUP BY" (the baseline of the first measurement, kept for comparison): a count,
//   a count of ends, a first receipt and a last due date per agency × channel.
const baselineScript = (kind) => `
import { DuckDBInstance } from "@duckdb/node-api";
const db = await DuckDBInstance.create(":memory:");
const c = await db.connect();
const file = process.argv[1];
const sql = ${kind === "minimal" ? "MINIMAL" : "BY_HAND"};
const r = await c.runAndReadAll(sql);
console.log(JSON.stringify(r.getRowObjectsJS(), (k, v) => (typeof v === "bigint" ? Number(v) : v)));
`
  .replace("MINIMAL", `\`SELECT "agencyCode", channel, COUNT(*) AS n, COUNT("endedAt") AS ended, MIN("receivedAt") AS first, MAX("dueAt") AS due
  FROM read_csv('\${file}') GROUP BY ALL\``)
  .replace("BY_HAND", `\`WITH d AS (
  SELECT "agencyCode" AS agency, channel, status, "supplementRequests" AS supplements, "dueAt" AS due_date,
    CAST(epoch_ms(epoch_ms("receivedAt") + 25200000) AS DATE) AS received_date,
    CAST(epoch_ms(epoch_ms("endedAt") + 25200000) AS DATE) AS ended_date
  FROM read_csv('\${file}')
), v AS (
  SELECT agency, channel, received_date >= DATE '${PERIOD.from}' AS new, ended_date <= DATE '${PERIOD.to}' AS resolved,
    CASE WHEN ended_date <= DATE '${PERIOD.to}' THEN
      CASE WHEN supplements > 1 THEN 3 WHEN due_date IS NULL THEN 2 WHEN ended_date < due_date THEN 1 WHEN ended_date = due_date THEN 2 ELSE 3 END
    ELSE CASE WHEN supplements > 1 THEN 5 WHEN due_date IS NULL OR due_date >= DATE '${PERIOD.to}' THEN 4 ELSE 5 END END AS verdict
  FROM d
  WHERE status NOT IN (1, 3) AND received_date <= DATE '${PERIOD.to}' AND (ended_date IS NULL OR ended_date >= DATE '${PERIOD.from}')
)
SELECT agency, CASE channel WHEN 1 THEN 'direct' WHEN 2 THEN 'online' ELSE 'postal' END AS channel,
  COUNT(*) AS received, COUNT(*) FILTER (new AND channel = 2) AS online, COUNT(*) FILTER (new AND channel <> 2) AS direct_or_postal,
  COUNT(*) FILTER (NOT new) AS carried_over, COUNT(*) FILTER (verdict <= 3) AS resolved, COUNT(*) FILTER (verdict = 1) AS early,
  COUNT(*) FILTER (verdict = 2) AS on_time, COUNT(*) FILTER (verdict = 3) AS late, COUNT(*) FILTER (verdict >= 4) AS in_progress,
  COUNT(*) FILTER (verdict = 4) AS within, COUNT(*) FILTER (verdict = 5) AS overdue
FROM v GROUP BY 1, 2 ORDER BY 1, 2\``);
const baseline = (file, kind) => run(process.execPath, ["--input-type=module", "-e", baselineScript(kind), file]);
/** The report's rows as the by-hand baseline prints them. */
const reportRows = (json) =>
  JSON.parse(json).rows.map((r) => ({
    agency: r.agency,
    channel: r.channel,
    received: r.received.total,
    online: r.received.online,
    direct_or_postal: r.received.directOrPostal,
    carried_over: r.received.carriedOver,
    resolved: r.resolved.total,
    early: r.resolved.early,
    on_time: r.resolved.onTime,
    late: r.resolved.late,
    in_progress: r.inProgress.total,
    within: r.inProgress.withinDeadline,
    overdue: r.inProgress.overdue,
  }));
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
const expected = JSON.stringify(reportRows(first.stdout));
const ours = [];
const byHand = [];
const minimal = [];
for (let i = 0; i < runs; i++) {
  const h = baseline(csv, "by-hand");
  if (h.stdout.trim() !== expected) throw new Error("the by-hand Biểu 06 baseline's rows differ from the report's");
  byHand.push(h.seconds);
  const m = baseline(csv, "minimal");
  const n = JSON.parse(m.stdout).reduce((s, x) => s + x.n, 0);
  if (n !== rowsRead) throw new Error(`the minimal baseline read ${n} rows, the report ${rowsRead}`);
  minimal.push(m.seconds);
  ours.push(report(csv, "duckdb").seconds);
}
const ratios = ours.map((o, i) => o / byHand[i]);
console.log(
  `${rows.toLocaleString("en")} dossiers, ISO-date CSV, whole processes, medians of ${runs} alternating runs: hcc report --engine duckdb ${median(ours).toFixed(2)} s; ` +
    `bare DuckDB Biểu 06 by hand ${median(byHand).toFixed(2)} s (same rows: yes) → ${(median(ours) / median(byHand)).toFixed(2)}× (target ≤ 1.3×; per-run ratios ${ratios.map((r) => r.toFixed(2)).join(", ")}, their median ${median(ratios).toFixed(2)}×); ` +
    `minimal GROUP BY ${median(minimal).toFixed(2)} s → ${(median(ours) / median(minimal)).toFixed(2)}×; default engine ${js.seconds.toFixed(2)} s; engines' reports equal: yes`,
);

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
