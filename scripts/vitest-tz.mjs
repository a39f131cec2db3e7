#!/usr/bin/env node
// Runs the whole vitest suite twice — under TZ=UTC (with coverage) and TZ=Asia/Ho_Chi_Minh — and
// prints the summed closing line `vitest: N passed, N failed`. No @hcc result may depend on the
// process time zone, so both runs must pass.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const outDir = join(root, ".vitest-results");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const runs = [
  { tz: "UTC", extra: ["--coverage"] },
  { tz: "Asia/Ho_Chi_Minh", extra: [] },
];
let passed = 0;
let failed = 0;
let exitCode = 0;
for (const { tz, extra } of runs) {
  const file = join(outDir, `${tz.replace("/", "_")}.json`);
  console.log(`\n== vitest with TZ=${tz}`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", ...extra, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...process.argv.slice(2)],
    { cwd: root, stdio: "inherit", env: { ...process.env, TZ: tz } },
  );
  if (result.status !== 0) exitCode = 1;
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) {
      console.error(`vitest ran no test under TZ=${tz}`);
      exitCode = 1;
    }
  } catch {
    console.error(`no vitest report for TZ=${tz}`);
    failed += 1;
    exitCode = 1;
  }
}
console.log(`vitest: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
