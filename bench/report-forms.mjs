#!/usr/bin/env node
// Benchmark of `hcc report` against DuckDB, whole processes, for each date form @hcc reads
// (issue 13): ISO 8601 with +07:00, ISO 8601 in UTC (Z), the portal's compact yyyyMMddHHmmss and
// the Vietnamese dd/MM/yyyy HH:mm:ss. Channels are spelled out (direct / online / postal).
//
//   npx turbo run build --filter=@hcc/cli...   # runs the built CLI (packages/cli/bin/hcc.js)
//   node bench/report-forms.mjs [rows=1000000] [reps=3] [forms=iso-offset,iso-z,compact,dmy]
//
// For each form: one seeded CSV (.bench/, generated once), then, alternating, `node hcc report
// <file> --group-by agency,channel --from --to --format json` and a Node process running DuckDB
// (@duckdb/node-api, default threads) on the same file with SQL computing the same Biểu 06 rows.
// Both are timed as whole processes (start-up included); the numbers are asserted identical;
// the median ratio is printed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PERIOD, generate } from "./generate-dossiers.mjs";

const rows = Number(process.argv[2] ?? 1_000_000);
const reps = Number(process.argv[3] ?? 3);
const forms = (process.argv[4] ?? "iso-offset,iso-z,compact,dmy").split(",");
const hcc = resolve("packages/cli/bin/hcc.js");
const duck = resolve("bench/report-duckdb.mjs");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, out: r.stdout };
}

const CH = { direct: 1, online: 2, postal: 3 };
console.log(`${rows.toLocaleString("en")} rows per file; period ${PERIOD.from} – ${PERIOD.to}; load ${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
const results = [];
for (const form of forms) {
  const file = resolve(`.bench/dossiers-${rows}-${form}.csv`);
  if (!existsSync(file) || readFileSync(`${file}.rows`, "utf8") !== String(rows)) {
    generate(rows, file, 20190506, { dates: form, channels: "text" });
    writeFileSync(`${file}.rows`, String(rows));
  }
  const ours = [];
  const theirs = [];
  let a;
  let b;
  for (let i = 0; i < reps; i++) {
    const o = timed([hcc, "report", file, "--group-by", "agency,channel", "--from", PERIOD.from, "--to", PERIOD.to, "--format", "json"]);
    const d = timed([duck, file, form, PERIOD.from, PERIOD.to]);
    ours.push(o.ms);
    theirs.push(d.ms);
    a = o.out;
    b = d.out;
  }
  // agreement: every agency × channel row, all eleven numbers
  const mine = new Map();
  for (const r of JSON.parse(a).rows) {
    mine.set(`${r.agency}|${CH[r.channel]}`, [r.received.total, r.received.online, r.received.directOrPostal, r.received.carriedOver, r.resolved.total, r.resolved.early, r.resolved.onTime, r.resolved.late, r.inProgress.total, r.inProgress.withinDeadline, r.inProgress.overdue].join());
  }
  const other = JSON.parse(b);
  let bad = other.length !== mine.size ? 1 : 0;
  for (const [k, v] of other) {
    if (mine.get(k) !== v.join()) {
      if (bad++ < 3) console.error(`MISMATCH ${form} ${k}: ours ${mine.get(k)} duckdb ${v.join()}`);
    }
  }
  if (bad > 0) {
    console.error(`FAIL: ${form}: the numbers differ (${mine.size} vs ${other.length} rows)`);
    process.exit(1);
  }
  const ratio = median(ours) / median(theirs);
  results.push({ form, ours: median(ours), duck: median(theirs), ratio });
  console.log(
    `${form.padEnd(10)} hcc report ${ours.map((t) => (t / 1000).toFixed(2)).join(" / ")} s   duckdb ${theirs.map((t) => (t / 1000).toFixed(2)).join(" / ")} s   ` +
      `ratio ${ratio.toFixed(2)}×  (target ≤ 1.3×; ${mine.size} rows agree)`,
  );
}
console.log(`load after: ${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
