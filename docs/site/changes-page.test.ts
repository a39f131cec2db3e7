// The Changes page generator (scripts/changes-page.mjs), which typedoc.config.mjs runs on load.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changesPage, nextVersion, readChangeset } from "../../scripts/changes-page.mjs";

const root = new URL("../..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "hcc-changes-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A miniature repository: packages with versions, changesets, maybe a released CHANGELOG.md. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, "repo-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("the Changes page", () => {
  it("computes the next version as `changeset version` does", () => {
    expect(nextVersion("0.0.0", "minor")).toBe("0.1.0");
    expect(nextVersion("0.1.3", "patch")).toBe("0.1.4");
    expect(nextVersion("0.9.2", "major")).toBe("1.0.0");
    expect(nextVersion("1.2.3", "minor")).toBe("1.3.0");
  });

  it("reads a changeset's front matter and summary, and rejects one it cannot read", () => {
    const dir = repo({
      ".changeset/a.md": '---\n"@hcc/sla": minor\n"@hcc/cli": patch\n---\n\nDue dates move.\n',
      ".changeset/bad.md": '---\n"@hcc/sla": huge\n---\nx\n',
    });
    const a = readChangeset(join(dir, ".changeset/a.md"));
    expect([...a.bumps]).toEqual([["@hcc/sla", "minor"], ["@hcc/cli", "patch"]]);
    expect(a.summary).toBe("Due dates move.");
    expect(() => readChangeset(join(dir, ".changeset/bad.md"))).toThrow(/unreadable front matter line/);
  });

  it("groups pending changes by package, marks them unreleased with the next version, and keeps released notes", () => {
    const dir = repo({
      "packages/core/package.json": '{ "name": "@hcc/core", "version": "0.1.0" }',
      "packages/core/CHANGELOG.md": "# @hcc/core\n\n## 0.1.0\n\n### Minor Changes\n\n- First release.\n",
      "packages/sla/package.json": '{ "name": "@hcc/sla", "version": "0.1.0" }',
      ".changeset/config.json": "{}",
      ".changeset/sla-x.md": '---\n"@hcc/sla": minor\n---\n\nA new rule set.\n\nSecond paragraph.\n',
      ".changeset/sla-y.md": '---\n"@hcc/sla": patch\n---\n\nA fix.\n',
    });
    const page = changesPage(dir);
    expect(page).toMatch(/^---\ntitle: Changes\nslug: changes\n/);
    expect(page).toContain("| [`@hcc/core`](#core) | 0.1.0 | 0 | — |");
    expect(page).toContain("| [`@hcc/sla`](#sla) | 0.1.0 | 2 | 0.2.0 |");
    expect(page).toContain("### Unreleased (next: 0.2.0)\n\n- **minor** — A new rule set.\n\n  Second paragraph.\n\n- **patch** — A fix.");
    // The released notes, their headings under the package's.
    expect(page).toContain("### 0.1.0\n\n#### Minor Changes\n\n- First release.");
    expect(page.indexOf("## @hcc/core")).toBeLessThan(page.indexOf("## @hcc/sla"));
  });

  it("refuses a changeset naming a package that does not exist", () => {
    const dir = repo({
      "packages/core/package.json": '{ "name": "@hcc/core", "version": "0.0.0" }',
      ".changeset/typo.md": '---\n"@hcc/croe": patch\n---\n\nx\n',
    });
    expect(() => changesPage(dir)).toThrow(/names @hcc\/croe, which is not a package/);
  });

  it("publishes every pending changeset of this repository", () => {
    const page = changesPage(root);
    for (const file of readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")) {
      const { summary } = readChangeset(join(root, ".changeset", file));
      expect(page, file).toContain(summary.split("\n")[0]);
    }
  });
});
