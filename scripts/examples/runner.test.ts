// The runner itself: a right claim passes, a wrong one fails (and every other way a claim can be
// wrong fails too), so the doc-examples test cannot pass by not looking.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { collectBlocks, noRunReason, strayClaims } from "./blocks.mjs";
import { parseValueClaim, prepareBlock } from "./claims.mjs";
import { runBlock } from "./run.js";

const dir = join(fileURLToPath(new URL("../..", import.meta.url)), ".examples-run", `self-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function problems(code: string): Promise<string[]> {
  const result = await runBlock(code, dir);
  return result.failures.map((f) => `${f.line}: ${f.message}`);
}

describe("a block whose claims are right", () => {
  it("passes, each kind of claim", async () => {
    const code = [
      'import { parseLocalDate } from "@hcc/core";',
      "1 + 1; //=> 2",
      "1 + 1 //=> 2",
      "const x = [1, 2].map((n) => n * 2); //=> [2, 4]",
      '({ a: 1, b: [true, null, undefined], c: "x" }); //=> { a: 1, b: [true, null, undefined], c: "x" }',
      "new Date(Date.UTC(2024, 0, 1)); //=> new Date(\"2024-01-01T00:00:00Z\")",
      "0.1 * 3 > 0.3; //=> true (floating point)",
      "Number('x'); //=> NaN",
      "-(2 ** 3); //=> -8",
      "new Map([['a', 1]]); //=> new Map([[\"a\", 1]])",
      "[1, 2, 3]",
      "  .map((n) => n + 1)",
      "  .join(',');",
      '//=> "2,3,4"',
      'console.log("a", 1, { b: 2 }); //=> a 1 { b: 2 }',
      "if (x.length === 2) console.log(x.length);",
      "//=> 2",
      "try {",
      '  parseLocalDate("2019-02-30");',
      "} catch (e) {",
      "  (e as { code: string }).code; //=> \"invalid_date\"",
      "}",
      "await Promise.resolve(7); //=> 7",
      "for (const n of [3, 3]) n; //=> 3",
    ].join("\n");
    const result = await runBlock(code, dir);
    expect(result.failures).toEqual([]);
    expect(result.claims).toBe(15);
  });

  it("runs through the @hcc/source condition: the fixed bieu06 example passes", async () => {
    const code = [
      'import { bieu06, createAggregator } from "@hcc/stats";',
      'const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency"] });',
      'agg.add({ procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 4, receivedAt: "2024-03-04", dueAt: "2024-03-29" });',
      "bieu06(agg.state()).rows[0]?.within; //=> 0",
    ].join("\n");
    expect(await problems(code)).toEqual([]);
  });
});

describe("a block with a wrong claim fails", () => {
  it("on a wrong value, naming the line and the value (the bieu06 example of issue 15)", async () => {
    const code = [
      'import { bieu06, createAggregator } from "@hcc/stats";',
      'const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency"] });',
      'agg.add({ procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 4, receivedAt: "2024-03-04", dueAt: "2024-03-29" });',
      "bieu06(agg.state()).rows[0]?.within; //=> 1",
    ].join("\n");
    const found = await problems(code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^3: line 4 of the block: \/\/=> 1\n {4}the value is 0$/);
  });

  it.each([
    ["a value of another type", '"1".length; //=> "1"', /the value is 1/],
    ["an extra key", "({ a: 1, b: 2 }); //=> { a: 1 }", /the value is \{ a: 1, b: 2 \}/],
    ["a missing element", "[1, 2]; //=> [1]", /the value is \[ 1, 2 \]/],
    ["a one-name const", "const n = 2 + 2; //=> 5", /the value is 4/],
    ["a claim on a line of its own", "Math.max(1,\n  2);\n//=> 1", /the value is 2/],
    ["a printed line", 'console.log("a", 1); //=> a 2', /printed "a 1"/],
    ["a Promise not awaited", "Promise.resolve(1); //=> 1", /a Promise: await it/],
    ["one wrong value of a claim in a loop", "for (const n of [1, 2]) n; //=> 1", /the value is 2/],
    ["a partial claim", '({ kind: "late", days: 2 }); //=> { kind: "late", … }', /cannot parse the claim/],
    ["a claim that is not a literal", "const a = 1;\na; //=> a", /cannot parse the claim "a"/],
    ["an empty claim", "1; //=>", /cannot parse the claim ""/],
    ["a claim after an if", "if (true) {\n  1;\n}\n//=> 1", /follows a IfStatement/],
    ["a claim after a destructuring const", "const { a } = { a: 1 }; //=> 1", /follows a VariableStatement/],
    ["a claim after nothing", "//=> 1\n1;", /follows no statement/],
    ["a claim whose statement never runs", "function f() {\n  return 1; //=> 1\n}", /follows a ReturnStatement/],
    ["a claim in a function never called", "function f() {\n  1 + 1; //=> 2\n}", /its statement never ran/],
    ["a console.log claim that never prints", "if (false) console.log(1); //=> 1", /its statement never ran/],
  ])("on %s", async (_name, code, message) => {
    const found = await problems(code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join("\n")).toMatch(message);
  });

  it("when the block throws, with the claims checked before the throw", async () => {
    const found = await problems('1; //=> 1\nthrow new Error("boom");\n2; //=> 2');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/the block threw: Error: boom/);
    expect(found[1]).toMatch(/line 3 of the block: \/\/=> 2\n {4}its statement never ran/);
  });

  it("when it reaches the network", async () => {
    const found = await problems('await fetch("https://example.com/"); //=> undefined');
    expect(found.join("\n")).toMatch(/run offline/);
  });

  it("and a block that writes a file by a relative name leaves nothing in the repository", async () => {
    const code = 'import { writeFileSync, existsSync } from "node:fs";\nwriteFileSync("scratch.txt", "x");\nexistsSync("scratch.txt"); //=> true';
    expect(await problems(code)).toEqual([]);
    const { existsSync } = await import("node:fs");
    expect(existsSync(join(fileURLToPath(new URL("../..", import.meta.url)), "scratch.txt"))).toBe(false);
  });
});

describe("the claim grammar", () => {
  it("reads literals with an optional note", () => {
    expect(parseValueClaim('"2019-05-06" (midnight in Vietnam)')).toBe("2019-05-06");
    expect(parseValueClaim('"a (b)"')).toBe("a (b)");
    expect(parseValueClaim("1 (Monday)")).toBe(1);
    expect(parseValueClaim("86_400_000")).toBe(86_400_000);
    expect(parseValueClaim("`x`")).toBe("x");
    expect(parseValueClaim("{ 'a-b': [1, { c: null }] }")).toEqual({ "a-b": [1, { c: null }] });
    expect(parseValueClaim('new Set(["a"])')).toEqual(new Set(["a"]));
    expect(parseValueClaim("10n")).toBe(10n);
  });

  it.each(["", "x", "1 +", "f()", "[...a]", "{ a }", "`${x}`", "1 2", "{ kind: \"late\", … }", "new Foo()"])("rejects %j", (text) => {
    expect(() => parseValueClaim(text)).toThrow();
  });

  it("keeps every line where it was, so positions point at the block", () => {
    const code = "const a = 1; //=> 1\nconsole.log(a);\n//=> 1\na\n  + 1; //=> 2\n";
    const prepared = prepareBlock(code);
    expect(prepared.code.split("\n")).toHaveLength(code.split("\n").length);
    expect(prepared.claims.map((c: { line: number; kind: string }) => [c.line, c.kind])).toEqual([
      [0, "value"],
      [2, "log"],
      [4, "value"],
    ]);
  });

  it("reads //=> only in comments", () => {
    expect(prepareBlock('const s = "//=> 1"; s.length; //=> 6').claims).toHaveLength(1);
  });

  it("reads the no-run fence info", () => {
    expect(noRunReason("")).toBeUndefined();
    expect(noRunReason("no-run: needs a server")).toBe("needs a server");
    expect(() => noRunReason("no-run")).toThrow(/must give its reason/);
    expect(() => noRunReason("norun: x")).toThrow(/unknown fence info/);
  });
});

describe("the blocks", () => {
  it("are found in TSDoc comments and guides, with their lines; a //=> outside a ```ts block is flagged", () => {
    const root = join(dir, "repo");
    mkdirSync(join(root, "packages", "p", "src"), { recursive: true });
    mkdirSync(join(root, "docs"), { recursive: true });
    const ts = ["/**", " * Doubles.", " * @example", " * ```ts", " * double(2); //=> 4", " * ```", " */", "export const double = (n: number) => 2 * n;", ""];
    writeFileSync(join(root, "packages", "p", "src", "double.ts"), ts.join("\n"));
    writeFileSync(join(root, "packages", "p", "src", "double.test.ts"), "/**\n * ```ts\n * 1; //=> 1\n * ```\n */\n");
    const md = ["# Guide", "", "```ts no-run: needs a server", "f(); //=> 1", "```", "", "Claims are written `//=>` in prose.", "", "```js", "g(); //=> 2", "```", ""];
    writeFileSync(join(root, "docs", "guide.md"), md.join("\n"));
    writeFileSync(join(root, "README.md"), "# R\n");
    const blocks = collectBlocks(root);
    expect(blocks.map((b: { from: string; info: string; code: string }) => [b.from, b.info, b.code])).toEqual([
      ["packages/p/src/double.ts:5", "", "double(2); //=> 4\n"],
      ["docs/guide.md:4", "no-run: needs a server", "f(); //=> 1\n"],
    ]);
    expect(strayClaims(root)).toEqual(["docs/guide.md:10"]);
  });
});
