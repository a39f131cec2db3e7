#!/usr/bin/env node
// The "Changes" page of the docs site, generated from the release notes: the pending changesets
// in .changeset/*.md (marked unreleased, with the version they will produce) and, once a release
// has been cut, each package's CHANGELOG.md — grouped by package, with the version in its
// package.json. typedoc.config.mjs calls `writeChangesPage()` when it loads, so `npx typedoc`,
// `npm run docs` and `npm test` always publish the current notes; run this file to print the page.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const BUMPS = ["major", "minor", "patch"];

/**
 * Reads one changeset: its front matter (`"@hcc/sla": minor` lines) and its summary.
 * @param {string} file - path of the changeset
 * @returns {{ name: string, bumps: Map<string, string>, summary: string }}
 */
export function readChangeset(file) {
  const text = readFileSync(file, "utf8").replace(/\r\n/g, "\n");
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: a changeset starts with a --- front matter block`);
  const bumps = new Map();
  for (const line of match[1].split("\n")) {
    if (!line.trim()) continue;
    const entry = /^\s*["']?(@?[^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (!entry) throw new Error(`${file}: unreadable front matter line ${JSON.stringify(line)}`);
    bumps.set(entry[1], entry[2]);
  }
  return { name: file.replace(/^.*\//, "").replace(/\.md$/, ""), bumps, summary: match[2].trim() };
}

/**
 * The version a bump gives, as `changeset version` computes it.
 * @param {string} version - the current version (x.y.z)
 * @param {string} bump - major, minor or patch
 */
export function nextVersion(version, bump) {
  const [major, minor, patch] = version.split(/[.-]/).map(Number);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Indents every line after the first, so a multi-paragraph summary stays inside its list item. */
const indent = (text) => text.replace(/\n(?!\n)/g, "\n  ");

/** Lowers every Markdown heading of a released CHANGELOG.md by one level, under the package's (its `#` title dropped). */
function demote(changelog) {
  return changelog
    .replace(/\r\n/g, "\n")
    .replace(/^# .*\n+/, "")
    .replace(/^(#{1,4}) /gm, (_, hashes) => `${hashes}# `)
    .trim();
}

/**
 * Builds the Markdown of the Changes page.
 * @param {string} root - the repository root
 */
export function changesPage(root) {
  const packages = readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, "packages", d.name, "package.json")))
    .map((d) => {
      const dir = join(root, "packages", d.name);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const changelog = join(dir, "CHANGELOG.md");
      return { dir: d.name, name: manifest.name, version: manifest.version, changelog: existsSync(changelog) ? readFileSync(changelog, "utf8") : undefined };
    })
    .sort((a, b) => (a.name === "@hcc/core" ? -1 : b.name === "@hcc/core" ? 1 : a.name.localeCompare(b.name)));
  const changesetDir = join(root, ".changeset");
  const changesets = readdirSync(changesetDir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => readChangeset(join(changesetDir, f)));
  const known = new Set(packages.map((p) => p.name));
  for (const c of changesets) {
    for (const name of c.bumps.keys()) {
      if (!known.has(name)) throw new Error(`.changeset/${c.name}.md names ${name}, which is not a package of this repository`);
    }
  }

  const out = [
    "---",
    "title: Changes",
    "slug: changes",
    "summary: Release notes of every @hcc package, generated from the changesets; pending changes are marked unreleased.",
    "---",
    "",
    "# Changes",
    "",
    "What changed in each `@hcc` package. This page is generated from the repository's",
    "[changesets](https://github.com/changesets/changesets) (`.changeset/*.md`) and, for released",
    "versions, each package's `CHANGELOG.md`. Changes marked **unreleased** are merged but not yet on",
    "npm; the version they will be published under is shown beside them.",
    "",
    "| package | version | unreleased changes | next version |",
    "|---|---|---|---|",
  ];
  const sections = [];
  for (const pkg of packages) {
    const pending = changesets
      .filter((c) => c.bumps.has(pkg.name))
      .sort((a, b) => BUMPS.indexOf(a.bumps.get(pkg.name)) - BUMPS.indexOf(b.bumps.get(pkg.name)) || a.name.localeCompare(b.name));
    const bump = pending.length ? BUMPS.find((b) => pending.some((c) => c.bumps.get(pkg.name) === b)) : undefined;
    const next = bump ? nextVersion(pkg.version, bump) : "—";
    out.push(`| [\`${pkg.name}\`](#${pkg.dir}) | ${pkg.version} | ${pending.length} | ${next} |`);
    const section = ["", `<a id="${pkg.dir}"></a>`, "", `## ${pkg.name}`, ""];
    section.push(`Version in the repository: **${pkg.version}**.`, "");
    if (pending.length) {
      section.push(`### Unreleased (next: ${next})`, "");
      for (const c of pending) section.push(`- **${c.bumps.get(pkg.name)}** — ${indent(c.summary)}`, "");
    }
    if (pkg.changelog) section.push(demote(pkg.changelog), "");
    if (!pending.length && !pkg.changelog) section.push("No release notes yet.", "");
    sections.push(...section);
  }
  out.push(...sections);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

/**
 * Writes the Changes page where typedoc.config.mjs reads it (a git-ignored file under docs-out/).
 * @param {string} root - the repository root
 * @returns {string} the path written
 */
export function writeChangesPage(root) {
  const file = join(root, "docs-out", "changes.md");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, changesPage(root));
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(changesPage(new URL("..", import.meta.url).pathname));
}
