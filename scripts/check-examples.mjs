#!/usr/bin/env node
// Type-checks every ```ts block inside the TSDoc comments (the @example blocks) of every package's
// src/, and every ```ts block of the guides in docs/. Each block becomes one module under
// .examples-check/ and one `tsc` run checks them all against the packages' sources (through the
// @hcc/source condition), so an example that drifts from the API fails `npm test`.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectBlocks, noRunReason } from "./examples/blocks.mjs";

const root = new URL("..", import.meta.url).pathname;
// A folder per run, so that concurrent runs never clobber each other.
const out = join(root, ".examples-check", String(process.pid));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The blocks: TSDoc ```ts blocks of packages/*/src, README.md, packages/*/README.md, docs/**/*.md
// (scripts/examples/blocks.mjs; `ts no-run: <reason>` blocks are type-checked too). The same blocks
// are RUN, and their `//=>` claims checked, by the doc-examples vitest project (scripts/examples/).
const blocks = collectBlocks(root);
for (const b of blocks) noRunReason(b.info); // an unknown fence info string fails here too

blocks.forEach((b, i) => {
  writeFileSync(join(out, `example_${String(i).padStart(4, "0")}.ts`), `// from ${b.from}\n${b.code}\nexport {};\n`);
});
writeFileSync(
  join(out, "tsconfig.json"),
  JSON.stringify({
    extends: "../../tsconfig.base.json",
    compilerOptions: { noUnusedLocals: false, noUnusedParameters: false, allowUnreachableCode: true },
    include: ["*.ts"],
  }),
);
const result = spawnSync("npx", ["tsc", "-p", join(out, "tsconfig.json")], { cwd: root, encoding: "utf8" });
if (result.status !== 0) {
  // Name the source of each failing block.
  const lines = (result.stdout + result.stderr).split("\n");
  for (const line of lines) {
    const m = /(example_\d+)\.ts\((\d+),/.exec(line);
    if (m) {
      const index = Number(m[1].slice(8));
      const b = blocks[index];
      console.error(`${b.file}:${b.line + Number(m[2]) - 2} (block ${b.from}): ${line.replace(/^.*?: /, "")}`);
    } else if (line.trim()) console.error(line);
  }
  console.error(`TSDoc/guide examples: ${blocks.length} checked, type errors above.`);
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
console.log(`TSDoc/guide examples: ${blocks.length} type-checked, all clean.`);
