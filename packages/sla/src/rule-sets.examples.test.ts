// Runs the TSDoc @examples of the rule-set files and the worked example of docs/sla.md ("The law vs
// the portal"), and checks each `expression; //=> value` line against what the code returns.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import * as core from "@hcc/core";
import * as calendar from "@hcc/calendar";
import * as sla from "@hcc/sla";

const modules: Record<string, unknown> = { "@hcc/core": core, "@hcc/calendar": calendar, "@hcc/sla": sla };
const dir = new URL(".", import.meta.url).pathname;

function blocks(): { where: string; code: string }[] {
  const out: { where: string; code: string }[] = [];
  for (const file of ["rule-sets.ts", "findings.ts"]) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "")).join("\n");
      for (const m of body.matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ where: `${file}:${text.slice(0, comment.index).split("\n").length}`, code: m[1] ?? "" });
    }
  }
  const guide = readFileSync(join(dir, "../../../docs/sla.md"), "utf8");
  const section = guide.slice(guide.indexOf("## The law vs the portal"), guide.indexOf("## 5. Inter-agency"));
  for (const m of section.matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ where: "docs/sla.md (The law vs the portal)", code: m[1] ?? "" });
  return out;
}

/** The documented value, without a trailing explanation in parentheses. */
function expected(text: string): unknown {
  const candidate = text.trim().replace(/\s*\([^()]*\)\s*$/, "");
  return new Function(`return (${candidate});`)();
}

describe("rule-set examples return what they document", () => {
  const all = blocks();
  it("finds them", () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
  });
  for (const block of all) {
    const lines = block.code.split("\n");
    const checks = lines.filter((l) => /;\s*\/\/=>/.test(l)).length;
    it(`${block.where} (${checks} results)`, () => {
      const source = lines.map((l) => l.replace(/^(.*?);\s*\/\/=>\s*(.+)$/, (_, expr: string, value: string) => `__check(${expr}, ${JSON.stringify(value)});`)).join("\n");
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
      let ran = 0;
      const check = (actual: unknown, text: string): void => {
        ran += 1;
        expect(actual, `${block.where}: //=> ${text}`).toEqual(expected(text));
      };
      new Function("require", "exports", "__check", js)((name: string) => modules[name], {}, check);
      expect(ran).toBe(checks);
    });
  }
});
