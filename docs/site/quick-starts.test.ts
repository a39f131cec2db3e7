// The landing page's quick starts are programs a reader copies into quick-start.mjs and runs with
// `node`: each one is run here, against the built packages, and must print exactly the text shown
// under it — in two time zones, since no result may depend on the machine's. The built landing
// page must show the same code, and each program must fit in 15 lines and import only packages
// its `npm install` line installs. The `npx @hcc/cli report` line beside the Biểu 06 quick start is
// run too, on the same CSV.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { requireBuiltSite } from "./built-site.js";
import { codeBlocksOf, textOf } from "./site-pages.js";

const root = new URL("../..", import.meta.url).pathname;
const landing = readFileSync(join(root, "docs", "home.md"), "utf8");

interface QuickStart {
  readonly title: string;
  readonly install: string;
  readonly code: string;
  readonly prints: string;
}

/** The `### ` sections of `## Quick starts`, each with its install line, program and output. */
function quickStarts(markdown: string): QuickStart[] {
  const section = /\n## Quick starts\n([\s\S]*?)(?=\n## )/.exec(markdown)?.[1] ?? "";
  return section
    .split(/\n### /)
    .slice(1)
    .map((part) => {
      const block = (lang: string): string => new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(part)?.[1] ?? "";
      return { title: part.split("\n", 1)[0] ?? "", install: block("sh"), code: block("ts"), prints: block("text") };
    });
}

const starts = quickStarts(landing);
// Next to the repository's node_modules (so `@hcc/*` resolves to the built workspace packages),
// inside the git-ignored docs-out/.
const scratch = join(root, "docs-out", `quick-starts-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(code: string, name: string, tz: string): { stdout: string; stderr: string; status: number | null } {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, code);
  const result = spawnSync(process.execPath, [file], { cwd: scratch, encoding: "utf8", env: { ...process.env, TZ: tz }, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("the landing page's quick starts", () => {
  it("are the three the readers need", () => {
    expect(starts.map((s) => s.title)).toEqual([
      "Compute a due date and its verdict",
      "Produce the Biểu 06 report from a CSV",
      "Check a catalogue for 8 công khai",
    ]);
  });

  describe.each(starts.map((s, i) => [s.title, s, i] as const))("%s", (_title, start, i) => {
    it("is under 15 lines and installs every package it imports", () => {
      const lines = start.code.trimEnd().split("\n");
      expect(lines.length).toBeLessThan(15);
      const imported = [...start.code.matchAll(/from "([^"]+)"/g)].map((m) => (m[1] ?? "").split("/").slice(0, 2).join("/"));
      expect(imported.length).toBeGreaterThan(0);
      const installed = /npm install ([^\n]+)/.exec(start.install)?.[1]?.split(/\s+/) ?? [];
      for (const name of imported) if (!name.startsWith("node:")) expect(installed).toContain(name);
      expect(installed).toContain("zod");
    });

    it.each(["UTC", "America/Los_Angeles"])("runs with node (TZ=%s) and prints what the page shows", (tz) => {
      const { stdout, stderr, status } = run(start.code, `quick-start-${i}`, tz);
      expect(stderr, "a quick start must stay plain JavaScript that `node quick-start.mjs` runs").toBe("");
      expect(status).toBe(0);
      expect(stdout).toBe(start.prints);
    });

    it("is shown on the built landing page exactly as tested", () => {
      const blocks = codeBlocksOf(readFileSync(join(requireBuiltSite(), "index.html"), "utf8")).map((b) => b.trimEnd());
      expect(blocks).toContain(start.code.trimEnd());
      expect(blocks).toContain(start.prints.trimEnd());
      expect(blocks).toContain(start.install.trimEnd());
    });
  });
});

describe("the command-line variant of the Biểu 06 quick start", () => {
  it("writes the HTML report with the same totals from the same CSV", () => {
    const start = starts.find((s) => s.title.includes("Biểu 06"));
    const csv = /const csv = `([\s\S]*?)`;/.exec(start?.code ?? "")?.[1];
    const command = /`npx @hcc\/cli (report [^`]+)`/.exec(landing)?.[1]?.replace(/\s+/g, " ");
    expect(csv).toBeDefined();
    expect(command).toBeDefined();
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, "dossiers.csv"), csv ?? "");
    const result = spawnSync(process.execPath, [join(root, "packages", "cli", "bin", "hcc.js"), ...(command ?? "").split(" ")], {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, TZ: "UTC" },
      timeout: 60_000,
    });
    expect(result.stderr.trim()).toMatch(/^Wrote \S*report\.html$/);
    expect(result.status).toBe(0);
    const html = readFileSync(join(scratch, "report.html"), "utf8");
    const total = /<tr class="total">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? "";
    // received 3 = new online 1 + new direct or postal 2 + carried over 0; resolved 2 = 1 early + 0 on time + 1 late; 1 in progress, overdue.
    expect(textOf(total)).toMatch(/ 3 1 2 0 2 1 0 1 1 0 1$/);
  });
});

describe("the landing page", () => {
  it("has the favicon drawn for the site", () => {
    const html = readFileSync(join(requireBuiltSite(), "index.html"), "utf8");
    expect(html).toContain('<link rel="icon" href="assets/favicon.svg" type="image/svg+xml"/>');
    expect(readFileSync(join(requireBuiltSite(), "assets", "favicon.svg"), "utf8")).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
  });

  it("shows its title once, and the glossary anchors its first mentions point at exist", () => {
    const html = readFileSync(join(requireBuiltSite(), "index.html"), "utf8");
    const content = html.slice(html.indexOf('class="col-content"'));
    expect([...content.matchAll(/<h1[\s>]/g)]).toHaveLength(1);
    expect(textOf(content)).toContain("@hcc — libraries for Vietnam's one-stop public service centers");
    for (const term of ["3-giảm-4-tại-chỗ-8-công-khai", "biểu-06", "ngày-hẹn-trả", "nghỉ-bù", "bổ-sung-hồ-sơ", "tết", "dvcqg"]) {
      expect(content, term).toContain(`id="${term}"`);
      expect(content, term).toMatch(new RegExp(`href="#(${term}|${encodeURI(term)})"`, "i"));
    }
  });
});
