// The package pages as a reader uses them to choose: each is its README (with its version), every
// item listed has a one-line summary, and each links the package's guide on the site.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireBuiltSite } from "./built-site.js";
import { linksOf, textOf } from "./site-pages.js";

const root = new URL("../..", import.meta.url).pathname;
const site = requireBuiltSite();
const libraries = readdirSync(join(root, "packages")).filter((name) => existsSync(join(root, "packages", name, "src", "index.ts")));
const modulePages = readdirSync(join(site, "modules")).filter((f) => f.endsWith(".html"));
const read = (file: string): string => readFileSync(join(site, file), "utf8");

describe("the package pages", () => {
  it.each(libraries)("@hcc/%s is its README, with its version", (name) => {
    const html = read(`modules/_hcc_${name}.html`);
    const version = (JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8")) as { version: string }).version;
    expect(html).toContain(`<h1>Module @hcc/${name} - v${version}</h1>`);
    // The README's own title and its install section.
    expect(html).toContain(`id="hcc${name}"`);
    expect(textOf(html)).toContain(`npm install @hcc/${name}`);
  });

  it.each(libraries)("@hcc/%s links its guide on the site", (name) => {
    const guides = linksOf(read(`modules/_hcc_${name}.html`)).filter((href) => /^\.\.\/documents\/[a-z-]+\.html(#.*)?$/.test(href));
    expect(guides.length, `a link from modules/_hcc_${name}.html to a guide`).toBeGreaterThan(0);
    for (const href of guides) expect(existsSync(join(site, "modules", href.split("#")[0] ?? ""))).toBe(true);
  });

  it.each(modulePages)("%s has no empty summary", (page) => {
    const html = read(`modules/${page}`);
    const summaries = [...html.matchAll(/<dd class="tsd-member-summary">([\s\S]*?)<\/dd>/g)].map((m) => textOf(m[1] ?? ""));
    const names = [...html.matchAll(/<dt class="tsd-member-summary" id="([^"]*)"/g)].map((m) => m[1]);
    expect(summaries.length).toBe(names.length);
    const empty = names.filter((_, i) => summaries[i] === "");
    expect(empty).toEqual([]);
  });

  it("list hundreds of items, each with a summary", () => {
    const total = modulePages.reduce((n, page) => n + [...read(`modules/${page}`).matchAll(/<dd class="tsd-member-summary">/g)].length, 0);
    expect(total).toBeGreaterThan(400);
  });
});

describe("the guides and the API link each other", () => {
  const guides = readdirSync(join(site, "documents")).filter((f) => f !== "changes.html");

  it.each(guides)("documents/%s links to API pages", (page) => {
    const api = linksOf(read(`documents/${page}`)).filter((href) => /^\.\.\/(functions|interfaces|types|variables|classes)\//.test(href));
    expect(new Set(api).size).toBeGreaterThanOrEqual(5);
  });

  it("the Changes page lists every package with its version and marks pending changes unreleased", () => {
    const text = textOf(read("documents/changes.html"));
    for (const name of readdirSync(join(root, "packages"))) {
      const file = join(root, "packages", name, "package.json");
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, "utf8")) as { name: string; version: string };
      expect(text).toContain(`${manifest.name} Version in the repository: ${manifest.version}`);
    }
    const pending = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    if (pending.length) expect(text).toContain("Unreleased");
  });
});
