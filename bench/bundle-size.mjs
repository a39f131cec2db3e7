#!/usr/bin/env node
// What a browser portal pays for @hcc: typical imports bundled with esbuild (`platform: "browser"`,
// minified, ESM) from the BUILT packages (`npm run build` first) — what an npm user's bundler sees —
// with their minified and `gzip -9` sizes. A Node built-in anywhere in the graph is an error.
//
//   node bench/bundle-size.mjs            sizes of every bundle, and the limits
//   node bench/bundle-size.mjs --why      plus the 12 heaviest input files of each (esbuild metafile)
//
// `examples/browser.test.ts` imports `BUNDLES` and `bundle()` from here: it runs the same bundles in
// headless Chromium and holds them to the same limits.
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const KB = 1024;

/**
 * The typical imports: each entry exports one `run()` doing real work, so the browser test can
 * check the bundle computes (and tree-shaking cannot drop the import). `limit` is the gzip budget.
 */
export const BUNDLES = [
  {
    name: "parseDossier (@hcc/core)",
    limit: 35 * KB,
    source: `
      import { parseDossier } from "@hcc/core";
      export function run() {
        return parseDossier({ code: "000.00.53.H48-240308-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H48", status: "processing", receivedAt: "2024-03-08T16:59" }).receivedAt;
      }`,
  },
  {
    name: "evaluateDossier + vietnamCalendar() (@hcc/sla, @hcc/calendar)",
    limit: 60 * KB,
    source: `
      import { vietnamCalendar } from "@hcc/calendar";
      import { evaluateDossier } from "@hcc/sla";
      export function run() {
        const e = evaluateDossier(
          { code: "000.00.53.H48-240308-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H48", status: "processing", receivedAt: "2024-03-08T16:59" },
          { asOf: "2024-03-12T10:00", calendar: vietnamCalendar(), processingTime: { value: 3, unit: "working_days" } },
        );
        return { due: e.originalDue?.date, verdict: e.verdict };
      }`,
  },
  {
    name: "createAggregator + add + bieu06 (@hcc/stats)",
    limit: 90 * KB,
    source: `
      import { bieu06, createAggregator } from "@hcc/stats";
      export function run() {
        const agg = createAggregator({ from: "2024-03-01", to: "2024-03-15", groupBy: ["agency"] });
        agg.add({ procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 4, receivedAt: "2024-03-04", dueAt: "2024-03-29" });
        agg.add({ procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 10, receivedAt: "2024-03-05", dueAt: "2024-03-06", endedAt: "2024-03-08" });
        const { total } = bieu06(agg.state());
        return { received: total.received, within: total.within, late: total.late };
      }`,
  },
  {
    name: "ingest (CSV from a Web Stream) + buildReport + renderHtml (@hcc/stats)",
    limit: 90 * KB,
    source: `
      import { buildReport, ingest, renderHtml } from "@hcc/stats";
      export async function run() {
        const csv = "MaHoSo,MaTTHC,KenhThucHien,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy\\n" +
          "000.00.53.H07-240304-0001,1.001612,1,10,20240304080000,20240308170000,20240307100000\\n" +
          "000.00.53.H07-240304-0002,1.001612,2,10,20240304090000,20240305170000,20240306100000\\n";
        const { state, rows } = await ingest(new Response(csv).body, { from: "2024-03-01", to: "2024-03-31" });
        const report = buildReport(state);
        return { rows, received: report.total.received, chart: renderHtml(report).includes('data-chart="channels"') };
      }`,
  },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build on any Node built-in, naming the file that imports it. */
const noNodeBuiltins = {
  name: "no-node-builtins",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path)) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer.replace(ROOT, "")} — not allowed in a browser entry` }] };
    });
  },
};

/**
 * Bundles one entry for the browser. Throws (esbuild's error) on a Node built-in or an unresolved import.
 * @returns the bundle's code, its minified and gzip -9 sizes, and esbuild's metafile
 */
export async function bundle(entry) {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: ROOT, sourcefile: "entry.mjs", loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [noNodeBuiltins],
  });
  const code = result.outputFiles[0].contents;
  return { code: Buffer.from(code).toString("utf8"), min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, metafile: result.metafile };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

async function main() {
  const why = process.argv.includes("--why");
  let failed = 0;
  console.log("bundle (esbuild --platform=browser --minify, ESM)".padEnd(74) + "min".padStart(10) + "gzip -9".padStart(10) + "limit".padStart(9));
  for (const entry of BUNDLES) {
    let out;
    try {
      out = await bundle(entry);
    } catch (error) {
      failed += 1;
      console.log(`${entry.name.padEnd(74)} FAILED`);
      for (const e of error.errors ?? [error]) console.log(`  ${e.text ?? e.message}`);
      continue;
    }
    const over = out.gzip > entry.limit;
    if (over) failed += 1;
    console.log(`${entry.name.padEnd(74)}${kb(out.min).padStart(10)}${kb(out.gzip).padStart(10)}${kb(entry.limit).padStart(9)}${over ? "  OVER" : ""}`);
    if (why) {
      const output = Object.values(out.metafile.outputs)[0];
      const heavy = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12);
      for (const [file, { bytesInOutput }] of heavy) console.log(`    ${kb(bytesInOutput).padStart(9)}  ${file}`);
    }
  }
  process.exit(failed === 0 ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
