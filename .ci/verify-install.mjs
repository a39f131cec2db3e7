// Run by .ci/run after `npm ci`: loads every native binary the build and the tests need, so that an
// optional platform package npm skipped (a failed download, a full disk) is named here instead of
// failing later inside `tsup` or `vitest` with a long stack. Exit 1 names what is missing.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const checks = [
  ["esbuild (tsup, vitest)", () => require("esbuild").transformSync("let a: number = 1", { loader: "ts" })],
  ["rollup native binding (tsup)", () => import("rollup").then((m) => m.VERSION)],
  ["rolldown binding (vite, vitest)", () => import("rolldown").then((m) => m.VERSION ?? true)],
  ["lightningcss (vite)", () => require("lightningcss").transform],
  ["@duckdb/node-api (sql tests, hcc report --engine duckdb)", () => import("@duckdb/node-api").then((m) => m.DuckDBInstance)],
];

let missing = 0;
for (const [name, check] of checks) {
  try {
    await check();
  } catch (error) {
    missing++;
    console.error(`missing after npm ci: ${name}: ${String(error?.message ?? error).split("\n")[0]}`);
  }
}
if (missing > 0) process.exit(1);
console.log(`native binaries: ${checks.length} loaded`);
