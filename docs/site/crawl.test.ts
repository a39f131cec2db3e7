// A crawl of the built site: every href and src of every HTML page resolves to a file of the site,
// every #fragment to an id of its target page, and nothing opens a raw Markdown file. Links to the
// repository on GitHub must name a file or folder that exists; links to the published site
// (https://hcc-vn.github.io/hcc/) are checked against the local build.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { requireBuiltSite } from "./built-site.js";
import { idsOf, linksOf, siteFiles } from "./site-pages.js";

const root = new URL("../..", import.meta.url).pathname;
const site = requireBuiltSite();
const files = siteFiles(site);
const pages = files.filter((f) => f.endsWith(".html"));
const REPOSITORY = "https://github.com/hcc-vn/hcc/";
const HOSTED = "https://hcc-vn.github.io/hcc/";

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = idsOf(readFileSync(join(site, file), "utf8"));
    idCache.set(file, ids);
  }
  return ids;
}

interface Problem {
  readonly page: string;
  readonly link: string;
  readonly why: string;
}

/** Checks one link of one page; returns what is wrong with it, if anything. */
function check(page: string, link: string): string | undefined {
  if (/^(mailto|data|javascript):/.test(link)) return undefined;
  if (link.startsWith(REPOSITORY)) {
    const path = /^https:\/\/github\.com\/hcc-vn\/hcc\/(?:blob|tree)\/main\/([^#?]*)/.exec(link)?.[1];
    if (path === undefined) return /^https:\/\/github\.com\/hcc-vn\/hcc\/(issues|pulls)?\/?$/.test(link) ? undefined : "an unexpected GitHub address";
    return existsSync(join(root, decodeURIComponent(path))) ? undefined : `no ${path} in the repository`;
  }
  if (link.startsWith(HOSTED)) return check("index.html", link.slice(HOSTED.length));
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//")) return undefined; // another site
  const [pathPart = "", fragment] = link.split("#", 2) as [string, string | undefined];
  const path = pathPart.split("?")[0] ?? "";
  if (/\.md$/i.test(path)) return "a raw Markdown file";
  let target = path === "" ? page : posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(path)));
  if (target.endsWith("/") || target === ".") target = posix.join(target, "index.html");
  if (!files.includes(target)) return `no ${target} in the site`;
  if (fragment === undefined || fragment === "") return undefined;
  if (!/\.(html|svg)$/.test(target)) return undefined;
  return idsIn(target).has(decodeURIComponent(fragment)) ? undefined : `no id "${decodeURIComponent(fragment)}" in ${target}`;
}

describe("a crawl of the built site", () => {
  it("has hundreds of pages to crawl", () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it("finds 0 broken links, 0 broken anchors and 0 links to raw .md files", () => {
    const problems: Problem[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of new Set(linksOf(readFileSync(join(site, page), "utf8")))) {
        checked += 1;
        const why = check(page, link);
        if (why) problems.push({ page, link, why });
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it("tells a broken link, a broken anchor and a raw .md link apart (the checker itself)", () => {
    expect(check("index.html", "documents/sla.html")).toBeUndefined();
    expect(check("documents/sla.html", "../index.html#glossary")).toBeUndefined();
    expect(check("index.html", "documents/nowhere.html")).toBe("no documents/nowhere.html in the site");
    expect(check("index.html", "#no-such-heading")).toBe('no id "no-such-heading" in index.html');
    expect(check("index.html", "../docs/sla.md")).toBe("a raw Markdown file");
    expect(check("index.html", `${REPOSITORY}blob/main/no-such-file.md`)).toBe("no no-such-file.md in the repository");
    expect(check("index.html", `${HOSTED}documents/nowhere.html`)).toBe("no documents/nowhere.html in the site");
  });
});

describe("the guides' Markdown", () => {
  it("closes every table before the next paragraph (a row is a whole line between pipes, then a blank line)", () => {
    const problems: string[] = [];
    const guides = readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
    expect(guides).toContain("home");
    for (const guide of guides) {
      const lines = readFileSync(join(root, "docs", `${guide}.md`), "utf8").split("\n");
      let fenced = false;
      lines.forEach((line, i) => {
        if (line.startsWith("```")) fenced = !fenced;
        if (fenced || !line.startsWith("|")) return;
        if (!line.trimEnd().endsWith("|")) problems.push(`docs/${guide}.md:${i + 1}: a table row that does not end with |`);
        const next = lines[i + 1] ?? "";
        if (next.trim() !== "" && !next.startsWith("|")) problems.push(`docs/${guide}.md:${i + 2}: text right after a table`);
      });
    }
    expect(problems).toEqual([]);
  });
});
