// Runs the TSDoc examples of the portal-766 files (and of centre-variant.ts) and the ```ts blocks of docs/stats.md's "The law
// vs the portal", checking every `expression; //=> value` line against what the code returns.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as core from "@hcc/core";
import * as dvcqg from "@hcc/dvcqg";
import * as stats from "@hcc/stats";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const here = new URL(".", import.meta.url).pathname;
const modules: Record<string, unknown> = { "@hcc/stats": stats, "@hcc/core": core, "@hcc/dvcqg": dvcqg };

function blocks(): { where: string; code: string }[] {
  const out: { where: string; code: string }[] = [];
  for (const file of [...readdirSync(here), "../centre-variant.ts"]) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const text = readFileSync(join(here, file), "utf8");
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "")).join("\n");
      for (const m of body.matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ where: `${file}:${text.slice(0, comment.index).split("\n").length}`, code: m[1] ?? "" });
    }
  }
  const doc = readFileSync(join(here, "../../../../docs/stats.md"), "utf8");
  const start = doc.indexOf("## The law vs the portal");
  const section = doc.slice(start, doc.indexOf("\n## ", start + 5));
  for (const m of section.matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ where: "docs/stats.md (The law vs the portal)", code: m[1] ?? "" });
  return out;
}

function instrument(code: string): { source: string; checks: number } {
  let checks = 0;
  const source = code
    .split("\n")
    .map((line) => {
      const m = /^(?!\s*\/\/)(.*?);\s*\/\/=>\s*(.+)$/.exec(line);
      if (m === null) return line;
      checks++;
      return `__check(${(m[1] as string).replace(/^\s*(const|let)\s+\w+(:[^=]+)?=\s*/, "")}, ${JSON.stringify(m[2])});`;
    })
    .join("\n");
  return { source, checks };
}

describe("portal-766 examples and the guide's section", () => {
  const all = blocks();
  let total = 0;
  for (const block of all) {
    const { source, checks } = instrument(block.code);
    total += checks;
    it(`${block.where} runs and returns what it documents (${checks})`, () => {
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
      const check = (actual: unknown, text: string): void => {
        expect(actual, `${block.where}: //=> ${text}`).toEqual(new Function(`return (${text});`)());
      };
      const requireModule = (name: string): unknown => {
        if (!(name in modules)) throw new Error(`example imports ${name}`);
        return modules[name];
      };
      new Function("require", "exports", "__check", js)(requireModule, {}, check);
    });
  }
  it("checks the documented results (the guide's five 2.1 dossiers among them)", () => {
    expect(all.some((b) => b.where.startsWith("docs/"))).toBe(true);
    expect(total).toBeGreaterThanOrEqual(25);
  });
});
