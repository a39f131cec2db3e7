import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { format } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";

// The README promises "a usage example that really runs": this runs the ```ts block of its
// "## Usage" section and checks each `//=>` line against what the console.log above it printed.

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const usage = readme.slice(readme.indexOf("## Usage\n"));
const block = /```ts\n([\s\S]*?)```/.exec(usage)?.[1];
const tmpDir = new URL("../.tmp/", import.meta.url);
const file = new URL(`readme-usage-${process.pid}.ts`, tmpDir);

afterAll(() => rmSync(file, { force: true }));

describe("README usage example", () => {
  it("exists and states its output", () => {
    expect(block).toBeDefined();
    expect(block).toContain('from "@hcc/core"');
    expect(block?.match(/^\/\/=> /gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it("runs and prints what its //=> lines say", async () => {
    const expected = [...(block ?? "").matchAll(/^\/\/=> (.*)$/gm)].map((m) => m[1]);
    mkdirSync(tmpDir, { recursive: true });
    writeFileSync(file, block ?? "");
    const printed: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(format(...args));
    });
    try {
      await import(/* @vite-ignore */ file.href);
    } finally {
      spy.mockRestore();
    }
    expect(printed).toEqual(expected);
  });
});
