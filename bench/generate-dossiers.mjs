#!/usr/bin/env node
// Seeded generator of a synthetic dossier CSV for bench/stats.mjs (the English column contract of
// docs/stats.md; dates in the national portal's yyyyMMddHHmmss form, Vietnam time; due dates as
// yyyyMMdd). Deterministic: the same seed and row count always give the same bytes.
//
//   node bench/generate-dossiers.mjs [rows=5000000] [out=.bench/dossiers-5m.csv] [seed=20190506]
//
// The file goes to .bench/ (git-ignored): never commit it.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { mulberry32 } from "./random.mjs";

export const PERIOD = { from: "2024-01-01", to: "2024-06-30" };


const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const DAY = 86_400_000;
const VN = 7 * 3_600_000;
// Vietnam wall-clock yyyyMMddHHmmss of epoch ms, without Date's local-time API.
function compact(ms) {
  const d = new Date(ms + VN);
  return `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}`;
}
const compactDate = (ms) => compact(ms).slice(0, 8);

// The other date forms of bench/report-forms.mjs (issue 13): [date-time writer, date writer].
const iso = (ms, zone) => {
  const t = new Date(zone === "Z" ? ms : ms + VN).toISOString().slice(0, 19);
  return `${t}${zone}`;
};
const WRITERS = {
  compact: [compact, compactDate],
  "iso-offset": [(ms) => iso(ms, "+07:00"), (ms) => iso(ms, "").slice(0, 10)],
  "iso-z": [(ms) => iso(ms, "Z"), (ms) => iso(ms, "").slice(0, 10)],
  dmy: [(ms) => { const c = compact(ms); return `${c.slice(6, 8)}/${c.slice(4, 6)}/${c.slice(0, 4)} ${c.slice(8, 10)}:${c.slice(10, 12)}:${c.slice(12, 14)}`; },
        (ms) => { const c = compact(ms); return `${c.slice(6, 8)}/${c.slice(4, 6)}/${c.slice(0, 4)}`; }],
};
const CHANNEL_TEXT = ["", "direct", "online", "postal"];

/**
 * Writes `rows` dossiers to `out`. `options.dates`: "compact" (default), "iso-offset", "iso-z" or
 * "dmy"; `options.channels`: "code" (1/2/3, default) or "text" (direct/online/postal). The random
 * draws do not depend on the options: every variant holds the same dossiers.
 */
export function generate(rows, out, seed = 20190506, options = {}) {
  const [writeInstant, writeDate] = WRITERS[options.dates ?? "compact"];
  const channelText = options.channels === "text";
  mkdirSync(dirname(out), { recursive: true });
  const rnd = mulberry32(seed);
  const agencies = Array.from({ length: 40 }, (_, i) => `000.00.${pad2(10 + i)}.H61`);
  const procedures = Array.from({ length: 1320 }, (_, i) => `1.00${String(1000 + i * 7).padStart(4, "0")}`);
  const start = Date.UTC(2023, 9, 1) - VN; // 2023-10-01 00:00 Vietnam
  const span = Date.UTC(2024, 7, 1) - VN - start; // to 2024-08-01
  const fd = openSync(out, "w");
  let bytes = 0;
  const write = (s) => {
    bytes += writeSync(fd, s);
  };
  write("code,procedureCode,agencyCode,channel,receivedAt,dueAt,endedAt,status,supplementRequests\n");
  const seq = new Map();
  let buf = [];
  for (let i = 0; i < rows; i++) {
    const agency = agencies[Math.floor(rnd() ** 1.6 * agencies.length)];
    const procedure = procedures[Math.floor(rnd() * procedures.length)];
    const c = rnd();
    const channel = c < 0.78 ? 1 : c < 0.93 ? 3 : 2;
    const received = start + Math.floor(rnd() * span / 60_000) * 60_000;
    const receivedText = compact(received);
    const dayKey = `${agency}${receivedText.slice(2, 8)}`;
    const n = (seq.get(dayKey) ?? 0) + 1;
    seq.set(dayKey, n);
    const code = `${agency}-${receivedText.slice(2, 8)}-${String(n).padStart(4, "0")}`;
    const s = rnd();
    let status;
    let receivedField = receivedText;
    let due = "";
    let ended = "";
    let dueMs = 0;
    let endedMs = 0;
    if (s < 0.01) {
      status = 3; // not received
      receivedField = "";
    } else {
      const days = 1 + Math.floor(rnd() * 20);
      if (rnd() >= 0.02) {
        dueMs = received + days * DAY * 1.4;
        due = compactDate(dueMs);
      }
      if (s < 0.76) {
        const t = rnd();
        status = t < 0.7 ? 10 : t < 0.9 ? 9 : t < 0.95 ? 7 : 8;
        endedMs = received + Math.floor(rnd() * days * 1.7 * DAY);
        ended = compact(endedMs);
      } else {
        const t = rnd();
        status = t < 0.3 ? 2 : t < 0.8 ? 4 : t < 0.95 ? 5 : 6;
      }
    }
    const r = rnd();
    const supplements = r < 0.9 ? 0 : r < 0.97 ? 1 : 2;
    buf.push(
      `${code},${procedure},${agency},${channelText ? CHANNEL_TEXT[channel] : channel},${receivedField === "" ? "" : writeInstant(received)},` +
        `${due === "" ? "" : writeDate(dueMs)},${ended === "" ? "" : writeInstant(endedMs)},${status},${supplements}\n`,
    );
    if (buf.length === 20_000) {
      write(buf.join(""));
      buf = [];
    }
  }
  if (buf.length > 0) write(buf.join(""));
  closeSync(fd);
  return bytes;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const rows = Number(process.argv[2] ?? 5_000_000);
  const out = resolve(process.argv[3] ?? ".bench/dossiers-5m.csv");
  const seed = Number(process.argv[4] ?? 20190506);
  const t0 = performance.now();
  const bytes = generate(rows, out, seed);
  console.log(`wrote ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(0)} MB to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
