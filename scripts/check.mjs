#!/usr/bin/env node
// `npm test`: everything a contributor must pass, in order. Every step runs even when an
// earlier one failed, so one run shows every problem; the last line is `N passed, N failed`
// (vitest tests, summed over both time zones; a failed non-test step counts as one failure).
import { spawnSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const steps = [
  ["typecheck", "npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]],
  ["build", "npx", ["turbo", "run", "build", "--output-logs=errors-only"]],
  ["tests (TZ=UTC with coverage, TZ=Asia/Ho_Chi_Minh)", "node", ["scripts/vitest-tz.mjs"]],
  ["TSDoc examples type-check", "node", ["scripts/check-examples.mjs"]],
  ["publint + attw", "npx", ["turbo", "run", "lint:package", "--output-logs=errors-only"]],
  ["packages as npm users get them (pack, install, import, require, tsc, npx @hcc/cli)", "node", ["scripts/check-packages.mjs"]],
  ["typedoc (validation as errors)", "npx", ["typedoc", "--logLevel", "Warn"]],
  ["docs site (the built site read as its readers read it)", "node", ["scripts/check-site.mjs"]],
];

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n==== ${name}`);
  const result = spawnSync(cmd, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(result.stdout ?? "");
  const match = /vitest: (\d+) passed, (\d+) failed/.exec(result.stdout ?? "");
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
  if (result.status !== 0) {
    failures.push(name);
    if (!match || Number(match[2]) === 0) failed += 1;
  }
}
console.log(failures.length === 0 ? "\nAll checks passed." : `\nFailed steps: ${failures.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length === 0 ? 0 : 1);
