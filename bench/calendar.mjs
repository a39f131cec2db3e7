#!/usr/bin/env node
// Benchmark of @hcc/calendar: add 1–30 working days to 1,000,000 random dates 2015–2025 (seeded)
// with the Vietnamese calendar, against numpy.busday_offset and date-fns addBusinessDays, on the
// same inputs, in one invocation. See bench/calendar.md.
//
//   npx turbo run build --filter=@hcc/calendar...   # the benchmark runs the built dist
//   node bench/calendar.mjs [--n 1000000] [--python /usr/bin/python3]
//
// (a) addWorkingDaysBulk over Int32Array day numbers, (b) calendar.addWorkingDays(Date, n) one
// call per date (Date in, Date out), (c) numpy.busday_offset (weekmask all seven days, holidays =
// every non-working day 2014–2027, so make-up Saturdays are encoded; roll="backward" gives "n-th
// working day strictly after" for n ≥ 1), timed inside python with perf_counter around the call
// only, (d) date-fns addBusinessDays (Saturday/Sunday only, no holidays: a speed baseline).
// Results of (a), (b) and (c) must be identical; the ratios are medians of repeated runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { addBusinessDays } from "date-fns";
import { do_not_optimize, measure } from "mitata";
import { addWorkingDaysBulk, vietnamCalendar } from "@hcc/calendar";
import { localDateToDayNumber } from "@hcc/core";
import { mulberry32 } from "./random.mjs";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const N = Number(arg("--n", "1000000"));
const PYTHON = arg("--python", "/usr/bin/python3");
const DAY_MS = 86_400_000;
const OFFSET_MS = 7 * 3_600_000;

// ---- build time and table size --------------------------------------------------------------
// Cold: the very first build in this process (module just loaded, nothing JIT-compiled yet).
// Warm: fresh builds with distinct options after 20 warm-up builds; wall and CPU time (CPU time is
// less disturbed by other jobs on a shared machine).
let t0 = performance.now();
const coldCpu0 = process.cpuUsage();
const vn = vietnamCalendar();
const firstBuildMs = performance.now() - t0;
const coldCpu = process.cpuUsage(coldCpu0);
const firstBuildCpuMs = (coldCpu.user + coldCpu.system) / 1000;
for (let i = 0; i < 20; i++) vietnamCalendar({ id: `warm-${i}` });
const builds = [];
const cpu0 = process.cpuUsage();
for (let i = 0; i < 51; i++) {
  t0 = performance.now();
  vietnamCalendar({ id: `bench-${i}` });
  builds.push(performance.now() - t0);
}
const cpu = process.cpuUsage(cpu0);
const buildCpuMs = (cpu.user + cpu.system) / 1000 / 51;
builds.sort((a, b) => a - b);

// ---- inputs (seeded) ------------------------------------------------------------------------
const random = mulberry32(20_251_128);
const first = localDateToDayNumber("2015-01-01");
const last = localDateToDayNumber("2025-12-31");
const days = new Int32Array(N);
const ns = new Int32Array(N);
const dates = new Array(N);
for (let k = 0; k < N; k++) {
  days[k] = first + Math.floor(random() * (last - first + 1));
  ns[k] = 1 + Math.floor(random() * 30);
  // A Date somewhere in that Vietnamese day (any time of day).
  dates[k] = new Date(days[k] * DAY_MS - OFFSET_MS + Math.floor(random() * DAY_MS));
}

// ---- (a) bulk ---------------------------------------------------------------------------------
const bulkOut = new Int32Array(N);
addWorkingDaysBulk(vn, days, ns, bulkOut);
const bulkStats = await measure(() => addWorkingDaysBulk(vn, days, ns, bulkOut), { min_samples: 20, min_cpu_time: 1e9 });

// ---- (b) Date in / Date out -------------------------------------------------------------------
// Timed loop: every result Date is used (its time folded into a checksum) and then dropped, as a
// caller computing a due date would. Keeping 1,000,000 result Dates alive in an array instead
// makes V8 promote them to the old generation, which costs more than the calendar itself; that
// variant is timed too ("kept") for transparency. Correctness is checked on the kept results.
let sink = 0;
const dateApi = () => {
  let sum = 0;
  for (let k = 0; k < N; k++) sum += vn.addWorkingDays(dates[k], ns[k]).getTime();
  sink ^= sum;
  return sum;
};
const dateOut = new Array(N);
const dateApiKept = () => {
  for (let k = 0; k < N; k++) dateOut[k] = vn.addWorkingDays(dates[k], ns[k]);
  return dateOut;
};
dateApiKept();
let dateMismatch = 0;
for (let k = 0; k < N; k++) {
  const d = dateOut[k];
  if ((d.getTime() + OFFSET_MS) % DAY_MS !== 0 || (d.getTime() + OFFSET_MS) / DAY_MS !== bulkOut[k]) dateMismatch++;
}
dateApi();
const dateStats = await measure(dateApi, { min_samples: 15, min_cpu_time: 1e9 });
const keptStats = await measure(dateApiKept, { min_samples: 5, min_cpu_time: 1e8, warmup_samples: 1 });

// Floor of any Date-in/Date-out API: read the input and allocate the result Date, nothing else.
const dateFloor = () => {
  let sum = 0;
  for (let k = 0; k < N; k++) sum += new Date(dates[k].getTime() + ns[k] * DAY_MS).getTime();
  sink ^= sum;
  return sum;
};
const floorStats = await measure(dateFloor, { min_samples: 15, min_cpu_time: 1e9 });

// ---- (d) date-fns (no holidays) ---------------------------------------------------------------
const dateFns = () => {
  let sum = 0;
  for (let k = 0; k < N; k++) sum += addBusinessDays(dates[k], ns[k]).getTime();
  sink ^= sum;
  return sum;
};
const fnsStats = await measure(dateFns, { min_samples: 5, min_cpu_time: 1e8, warmup_samples: 1 });
do_not_optimize(sink);

// ---- (c) numpy --------------------------------------------------------------------------------
const holidays = [];
for (let d = localDateToDayNumber("2014-01-01"); d <= localDateToDayNumber("2027-12-31"); d++) {
  if (!vn.isWorkingDayNumber(d)) holidays.push(d);
}
const dir = mkdtempSync(join(tmpdir(), "hcc-bench-"));
writeFileSync(join(dir, "days.bin"), days);
writeFileSync(join(dir, "ns.bin"), ns);
writeFileSync(join(dir, "holidays.bin"), Int32Array.from(holidays));
const script = String.raw`
import sys, time, json, numpy as np
d = sys.argv[1]
days = np.fromfile(d + "/days.bin", dtype=np.int32).astype("datetime64[D]")
ns = np.fromfile(d + "/ns.bin", dtype=np.int32).astype(np.int64)
hol = np.fromfile(d + "/holidays.bin", dtype=np.int32).astype("datetime64[D]")
cal = np.busdaycalendar(weekmask="1111111", holidays=hol)
out = np.busday_offset(days, ns, roll="backward", busdaycal=cal)
times = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    out = np.busday_offset(days, ns, roll="backward", busdaycal=cal)
    times.append(time.perf_counter() - t)
out.astype(np.int64).astype(np.int32).tofile(d + "/numpy.bin")
times.sort()
print(json.dumps({"median_s": times[len(times) // 2], "min_s": times[0], "numpy": np.__version__, "holidays": int(hol.size)}))
`;
const py = spawnSync(PYTHON, ["-c", script, dir, "9"], { encoding: "utf8" });
if (py.status !== 0) {
  console.error(py.stderr);
  process.exit(1);
}
const numpy = JSON.parse(py.stdout.trim().split("\n").pop());
const numpyOut = new Int32Array(readFileSync(join(dir, "numpy.bin")).buffer.slice(0));
rmSync(dir, { recursive: true, force: true });
let numpyMismatch = 0;
for (let k = 0; k < N; k++) if (numpyOut[k] !== bulkOut[k]) numpyMismatch++;

// ---- report -------------------------------------------------------------------------------------
const ns1 = (seconds) => (seconds * 1e9) / N;
const perItem = (stats) => stats.p50 / N;
const numpyPerItem = ns1(numpy.median_s);
const row = (name, nsPerItem) => `${name.padEnd(46)} ${nsPerItem.toFixed(2).padStart(9)} ns/date ${((nsPerItem * N) / 1e6).toFixed(1).padStart(9)} ms`;
console.log(`@hcc/calendar benchmark — ${N.toLocaleString("en")} random dates 2015–2025, +1–30 working days (node ${process.version}, numpy ${numpy.numpy})`);
console.log(
  `calendar build: cold ${firstBuildMs.toFixed(1)} ms (CPU ${firstBuildCpuMs.toFixed(1)} ms); warm median ${builds[25].toFixed(2)} ms (min ${builds[0].toFixed(2)}, CPU ${buildCpuMs.toFixed(2)} ms); compiled table ${vn.byteLength.toLocaleString("en")} bytes (${(vn.byteLength / 1024).toFixed(0)} KiB)`,
);
console.log(row("(a) addWorkingDaysBulk (Int32Array)", perItem(bulkStats)));
console.log(row("(b) calendar.addWorkingDays(Date, n)", perItem(dateStats)));
console.log(row("    same, all result Dates kept in an array", perItem(keptStats)));
console.log(row("    floor: new Date(input.getTime() + n days)", perItem(floorStats)));
console.log(row(`(c) numpy.busday_offset (${numpy.holidays} holidays)`, numpyPerItem));
console.log(row("(d) date-fns addBusinessDays (no holidays)", perItem(fnsStats)));
console.log(`agreement: bulk vs numpy ${numpyMismatch === 0 ? "identical" : `${numpyMismatch} MISMATCHES`}; Date API vs bulk ${dateMismatch === 0 ? "identical" : `${dateMismatch} MISMATCHES`}`);
const ratio = (a, b) => (b / a).toFixed(1);
console.log(`ratio bulk vs numpy:        ${ratio(perItem(bulkStats), numpyPerItem)}× faster (target ≥ 5×)`);
console.log(`ratio Date API vs numpy:    ${ratio(perItem(dateStats), numpyPerItem)}× faster (target ≥ 1×)`);
console.log(`ratio Date API vs date-fns: ${ratio(perItem(dateStats), perItem(fnsStats))}× faster (target ≥ 50×)`);
console.log(`Date API cost / allocation floor: ${(perItem(dateStats) / perItem(floorStats)).toFixed(2)}× (date-fns / floor: ${(perItem(fnsStats) / perItem(floorStats)).toFixed(1)}×)`);
if (numpyMismatch !== 0 || dateMismatch !== 0) process.exit(1);
