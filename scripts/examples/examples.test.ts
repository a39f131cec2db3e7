// Every ```ts block of the documentation runs, and every `//=>` claim in it holds. A block marked
// ```` ```ts no-run: <reason> ```` is skipped (type-checked only, by scripts/check-examples.mjs);
// the summary line names how many and why.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { collectBlocks, type DocBlock, noRunReason, strayClaims } from "./blocks.mjs";
import { runBlock } from "./run.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = join(root, ".examples-run", String(process.pid));
const blocks: DocBlock[] = collectBlocks(root);
const skipped: string[] = [];
let ran = 0;
let claims = 0;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const why = skipped.length === 0 ? "" : `:\n  ${skipped.join("\n  ")}`;
  console.log(`doc examples: ${ran} blocks run, ${claims} //=> claims checked, ${skipped.length} blocks not run${why}`);
});

describe("documentation ```ts blocks", () => {
  it("are found", () => {
    expect(blocks.length).toBeGreaterThan(100);
  });

  it("hold every //=> of the documentation (a claim outside a ```ts block would go unchecked)", () => {
    expect(strayClaims(root)).toEqual([]);
  });

  for (const block of blocks) {
    let reason: string | undefined;
    try {
      reason = noRunReason(block.info);
    } catch (error) {
      it(block.from, () => {
        throw error;
      });
      continue;
    }
    if (reason !== undefined) {
      skipped.push(`${block.from}: ${reason}`);
      it.skip(`${block.from} (no-run: ${reason})`, () => {});
      continue;
    }
    it(block.from, async () => {
      const result = await runBlock(block.code, dir);
      ran += 1;
      claims += result.claims;
      if (result.failures.length > 0) {
        const [file] = block.from.split(":");
        const lines = result.failures.map((f) => `${f.line >= 0 ? `${file}:${block.line + f.line}: ` : ""}${f.message}`);
        throw new Error(`${block.from}: ${result.failures.length} problem(s)\n${lines.join("\n")}`);
      }
    });
  }
});
