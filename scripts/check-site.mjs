#!/usr/bin/env node
// Runs the docs-site tests (docs/site/*.test.ts) against the site TypeDoc built into docs-out/html,
// and prints `vitest: N passed, N failed` for scripts/check.mjs to sum.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const outDir = join(root, ".vitest-results");
mkdirSync(outDir, { recursive: true });
const file = join(outDir, "site.json");
const result = spawnSync(
  "npx",
  ["vitest", "run", "--config", "docs/site/vitest.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, TZ: process.env.TZ ?? "UTC" } },
);
let passed = 0;
let failed = 1;
try {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
} catch {
  console.error("no vitest report for the docs-site tests");
}
console.log(`vitest: ${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
