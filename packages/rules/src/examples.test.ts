// Runs every TSDoc @example of this package, and every ```ts block of docs/rules.md, and checks each `expression; //=> value` line, so the
// documented results cannot drift from what the code returns.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import * as zod from "zod";
import * as core from "@hcc/core";
import * as calendar from "@hcc/calendar";
import * as sla from "@hcc/sla";
import * as rules from "@hcc/rules";

const modules: Record<string, unknown> = { "@hcc/rules": rules, "@hcc/core": core, "@hcc/calendar": calendar, "@hcc/sla": sla, zod };
const dir = new URL(".", import.meta.url).pathname;

interface Block {
  readonly where: string;
  readonly code: string;
}

function blocks(): Block[] {
  const out: Block[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const text = readFileSync(join(dir, file), "utf8");
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "")).join("\n");
      for (const m of body.matchAll(/```ts\n([\s\S]*?)```/g)) {
        const line = text.slice(0, comment.index).split("\n").length;
        out.push({ where: `${file}:${line}`, code: m[1] ?? "" });
      }
    }
  }
  const guide = join(dir, "../../../docs/rules.md");
  const text = readFileSync(guide, "utf8");
  for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    out.push({ where: `docs/rules.md:${text.slice(0, m.index).split("\n").length}`, code: m[1] ?? "" });
  }
  return out;
}

/** Parses the documented value, dropping a trailing explanation in parentheses. */
function expected(text: string): { ok: true; value: unknown } | { ok: false } {
  let candidate = text.trim();
  for (let i = 0; i < 3; i++) {
    try {
      return { ok: true, value: new Function(`return (${candidate});`)() };
    } catch {
      const cut = candidate.replace(/\s*\([^()]*\)\s*$/, "");
      if (cut === candidate) break;
      candidate = cut;
    }
  }
  return { ok: false };
}

function instrument(code: string): { source: string; checks: number } {
  const lines = code.split("\n");
  let checks = 0;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const same = /^(.*?);\s*\/\/=>\s*(.+)$/.exec(line);
    const next = /^\s*\/\/=>\s*(.+)$/.exec(lines[i + 1] ?? "");
    if (same !== null && !same[1]!.trimStart().startsWith("//") && expected(same[2]!).ok) {
      out.push(`__check(${same[1]!.replace(/^\s*(const|let)\s+\w+(:[^=]+)?=\s*/, "")}, ${JSON.stringify(same[2])});`);
      checks += 1;
    } else if (next !== null && /;\s*$/.test(line) && !/^\s*(const|let|import|if|try)\b/.test(line) && expected(next[1]!).ok) {
      out.push(`__check(${line.replace(/;\s*$/, "")}, ${JSON.stringify(next[1])});`);
      checks += 1;
      i += 1;
    } else out.push(line);
  }
  return { source: out.join("\n"), checks };
}

describe("TSDoc examples", () => {
  const all = blocks();
  it("finds the examples", () => {
    expect(all.length).toBeGreaterThan(60);
  });
  let total = 0;
  for (const block of all) {
    const { source, checks } = instrument(block.code);
    total += checks;
    it(`${block.where} runs${checks > 0 ? ` and returns what it documents (${checks})` : ""}`, () => {
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
      const requireModule = (name: string): unknown => {
        if (!(name in modules)) throw new Error(`example imports ${name}`);
        return modules[name];
      };
      const check = (actual: unknown, text: string): void => {
        const parsed = expected(text);
        if (!parsed.ok) throw new Error(`unparsable //=> ${text}`);
        expect(actual, `${block.where}: //=> ${text}`).toEqual(parsed.value);
      };
      const silent = { log: () => undefined };
      new Function("require", "exports", "__check", "console", js)(requireModule, {}, check, silent);
    });
  }
  it("checks a good number of documented results", () => {
    expect(total).toBeGreaterThan(50);
  });
});
