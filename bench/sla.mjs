#!/usr/bin/env node
// Benchmark of @hcc/sla's bulk evaluation (run against the built dist:
// `npx turbo run build --filter=@hcc/sla...` first, then `node bench/sla.mjs`).
//
// 1,000,000 dossiers received at random instants 2019–2025 (any hour, weekends and holidays
// included), 1–15 working days each, some ended. Three contenders on the same inputs:
//   1. ours:      evaluateMany(columns) — clock start, due (day-based), pauses, extension and verdict;
//   2. loop:      what users write today: date-fns addDays/isWeekend and a day-by-day loop over a
//                 Set of official days off and make-up Saturdays (due date only);
//   3. bare bulk: the calendar's addWorkingDaysBulk on the receipt day numbers (due day only).
// The due dates of 1 and 2 (and 3) are checked equal for every dossier before timing.
process.env.TZ = "UTC"; // date-fns reads the process zone: the hand-written loop shifts instants by +7 h
import { measure, do_not_optimize } from "mitata";
import { addDays, isWeekend } from "date-fns";
import { addWorkingDaysBulk, vietnamCalendar } from "@hcc/calendar";
import { evaluateMany } from "@hcc/sla";

const N = Number(process.env.SLA_BENCH_N ?? 1_000_000);
const calendar = vietnamCalendar();
const H7 = 7 * 3_600_000;
const DAY = 86_400_000;

// --- inputs (deterministic PRNG) ---
let seed = 0x2024;
const rand = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
const FROM = Date.parse("2019-01-01T00:00:00+07:00");
const SPAN = Date.parse("2025-06-30T00:00:00+07:00") - FROM;
const receivedMs = new Float64Array(N);
const endedMs = new Float64Array(N);
const amount = new Float64Array(N);
const unit = new Uint8Array(N).fill(2); // working days
const days = new Int32Array(N);
const nDays = new Int32Array(N);
for (let i = 0; i < N; i++) {
  const r = FROM + Math.floor(rand() * (SPAN / 60_000)) * 60_000;
  receivedMs[i] = r;
  const n = 1 + Math.floor(rand() * 15);
  amount[i] = n;
  nDays[i] = n;
  days[i] = Math.floor((r + H7) / DAY);
  endedMs[i] = rand() < 0.8 ? r + Math.floor(rand() * 30 * DAY) : Number.NaN;
}
const asOf = "2025-12-31T17:00";
const columns = { receivedMs, endedMs, amount, unit };
const options = { asOf, calendar };

// --- the hand-written approach: official days off from the CSV the calendar ships, day-by-day loop ---
const offDays = new Set();
const makeup = new Set();
for (const d of calendar.daysOff("2018-12-01", "2026-12-31")) (d.working ? makeup : offDays).add(d.date);
function handWrittenDueDay(ms, n) {
  // the calendar day of receipt in Vietnam time, then step one day at a time
  let d = new Date(ms + H7);
  d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  let counted = 0;
  while (counted < n) {
    d = addDays(d, 1);
    const key = d.toISOString().slice(0, 10);
    const working = makeup.has(key) || (!isWeekend(d) && !offDays.has(key));
    if (working) counted++;
  }
  return d;
}
function loopAll(out) {
  for (let i = 0; i < N; i++) out[i] = handWrittenDueDay(receivedMs[i], nDays[i]).getTime() / DAY;
  return out;
}

// --- correctness: same due dates ---
const out = {
  verdicts: new Uint8Array(N),
  clockStartMs: new Float64Array(N),
  printedDueMs: new Float64Array(N),
  dueMs: new Float64Array(N),
  currentDueMs: new Float64Array(N),
  pausedMinutes: new Float64Array(N),
};
const ours = evaluateMany(columns, { ...options, out });
const loopDays = loopAll(new Int32Array(N));
const bareDays = addWorkingDaysBulk(calendar, days, nDays, new Int32Array(N));
let mismatches = 0;
for (let i = 0; i < N; i++) {
  const ourDay = Math.floor((ours.dueMs[i] + H7) / DAY);
  if (ourDay !== loopDays[i] || ourDay !== bareDays[i]) mismatches++;
}
const counts = new Array(6).fill(0);
for (let i = 0; i < N; i++) counts[ours.verdicts[i]]++;
console.log(`${N.toLocaleString("en")} dossiers; due dates equal in all three: ${mismatches === 0 ? "yes" : `NO (${mismatches} differ)`}`);
console.log(`verdicts: early ${counts[1]}, on time ${counts[2]}, late ${counts[3]}, within ${counts[4]}, overdue ${counts[5]}`);
if (mismatches !== 0) process.exit(1);

// --- timing ---
const opts = { min_samples: 5, max_samples: 30, min_cpu_time: 1_500_000_000 };
const dayOut = new Int32Array(N);
const oursStats = await measure(() => do_not_optimize(evaluateMany(columns, { ...options, out })), opts);
const slimOut = { verdicts: out.verdicts, dueMs: out.dueMs };
const slimStats = await measure(() => do_not_optimize(evaluateMany(columns, { ...options, out: slimOut, fields: ["dueMs"] })), opts);
const bareStats = await measure(() => {
  for (let i = 0; i < N; i++) days[i] = Math.floor((receivedMs[i] + H7) / DAY);
  do_not_optimize(addWorkingDaysBulk(calendar, days, nDays, dayOut));
}, opts);
const loopStats = await measure(() => do_not_optimize(loopAll(new Int32Array(N))), { min_samples: 2, max_samples: 3, min_cpu_time: 1 });

const ns = (s) => s.p50 / N;
console.log(`evaluateMany (columns, all 6):   ${ns(oursStats).toFixed(1)} ns/dossier (p50 of ${oursStats.samples.length})`);
console.log(`evaluateMany (verdicts + due):   ${ns(slimStats).toFixed(1)} ns/dossier (fields: ["dueMs"])`);
console.log(`bare addWorkingDaysBulk:         ${ns(bareStats).toFixed(1)} ns/dossier (incl. ms → day number)`);
console.log(`date-fns + day-by-day loop:      ${ns(loopStats).toFixed(1)} ns/dossier`);
console.log(`speed-up vs hand-written loop:   ${(loopStats.p50 / oursStats.p50).toFixed(0)}× (target ≥ 100×)`);
console.log(`cost vs bare bulk addWorkingDays: ${(oursStats.p50 / bareStats.p50).toFixed(2)}× all columns, ${(slimStats.p50 / bareStats.p50).toFixed(2)}× verdicts + due (target ≤ 3×)`);
