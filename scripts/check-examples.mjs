#!/usr/bin/env node
// Type-checks every ```ts block inside the TSDoc comments (the @example blocks) of every package's
// src/, and every ```ts block of the guides in docs/. Each block becomes one module under
// .examples-check/ and one `tsc` run checks them all against the packages' sources (through the
// @hcc/source condition), so an example that drifts from the API fails `npm test`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
// A folder per run, so that concurrent runs never clobber each other.
const out = join(root, ".examples-check", String(process.pid));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function* walk(dir) {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist" || entry === "generated") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const blocks = [];
for (const pkg of readdirSync(join(root, "packages"))) {
  const src = join(root, "packages", pkg, "src");
  if (!existsSync(src)) continue;
  for (const file of walk(src)) {
    if (!file.endsWith(".ts") || /\.test(-d)?\.ts$/.test(file)) continue;
    const text = readFileSync(file, "utf8");
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "")).join("\n");
      for (const m of body.matchAll(/```ts\n([\s\S]*?)```/g)) {
        const line = text.slice(0, comment.index).split("\n").length;
        blocks.push({ from: `${relative(root, file)}:${line}`, code: m[1] });
      }
    }
  }
}
const guideFiles = [join(root, "README.md")];
// Each package's README is its npm page: its example is checked too.
for (const pkg of readdirSync(join(root, "packages"))) {
  const readme = join(root, "packages", pkg, "README.md");
  if (existsSync(readme)) guideFiles.push(readme);
}
if (existsSync(join(root, "docs"))) for (const f of walk(join(root, "docs"))) if (f.endsWith(".md")) guideFiles.push(f);
{
  for (const file of guideFiles) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, m.index).split("\n").length;
      blocks.push({ from: `${relative(root, file)}:${line}`, code: m[1] });
    }
  }
}

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
      console.error(`${blocks[index].from} (example line ${Number(m[2]) - 1}): ${line.replace(/^.*?: /, "")}`);
    } else if (line.trim()) console.error(line);
  }
  console.error(`TSDoc/guide examples: ${blocks.length} checked, type errors above.`);
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
console.log(`TSDoc/guide examples: ${blocks.length} type-checked, all clean.`);
