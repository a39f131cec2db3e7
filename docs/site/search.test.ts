// Searching the built site: the guides' text is in the index (searchInDocuments, and one hit per
// section added by typedoc.config.mjs), so the Vietnamese terms a reader types find the guides and
// the sections that explain them. Read from the same assets/search.js, with the same lunr and the
// same query the site's search box builds.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReflectionKind } from "typedoc";
import { describe, expect, it } from "vitest";
import { requireBuiltSite } from "./built-site.js";
import { idsOf, loadSearch } from "./site-pages.js";

const { rows, terms, search } = loadSearch();
/** The guide pages (without the #section) among the hits the search box shows. */
const guides = (text: string): string[] =>
  search(text)
    .filter((hit) => hit.kind === ReflectionKind.Document)
    .map((hit) => hit.url.split("#")[0] ?? "");
/** The guide sections among the hits the search box shows. */
const sections = (text: string): string[] =>
  search(text)
    .filter((hit) => hit.kind === ReflectionKind.Document && hit.url.includes("#"))
    .map((hit) => hit.url);

describe("the site's search", () => {
  it("indexes every guide as a document", () => {
    const documents = rows.filter((row) => row.kind === ReflectionKind.Document).map((row) => row.url);
    for (const slug of ["getting-started", "domain", "calendar", "sla", "stats", "rules", "cli", "sql", "dvcqg", "changes"]) {
      expect(documents).toContain(`documents/${slug}.html`);
    }
  });

  it.each([
    ["nghỉ bù", "documents/calendar.html"],
    ["ngày hẹn trả", "documents/sla.html"],
    ["Biểu 06", "documents/stats.html"],
    ["Tết", "documents/calendar.html"],
    ["install", "documents/getting-started.html"],
  ])("finds the guide that explains %j among the hits the search box shows", (text, guide) => {
    expect(guides(text)).toContain(guide);
  });

  it.each([
    ["nghỉ bù", "documents/calendar.html#"],
    ["ngày hẹn trả", "documents/sla.html#"],
    ["Biểu 06", "documents/stats.html#"],
  ])("finds the sections of the guide that explain %j", (text, guide) => {
    expect(sections(text).some((url) => url.startsWith(guide)), JSON.stringify(sections(text))).toBe(true);
  });

  it("leads every section hit to a heading of its guide", () => {
    const site = requireBuiltSite();
    const hits = rows.filter((row) => row.kind === ReflectionKind.Document && row.url.includes("#"));
    expect(hits.length).toBeGreaterThan(100);
    const missing = hits.filter((row) => {
      const [page = "", id = ""] = row.url.split("#");
      return !idsOf(readFileSync(join(site, page), "utf8")).has(id);
    });
    expect(missing.map((row) => row.url)).toEqual([]);
  });

  it("indexes Vietnamese words whole (lunr's own trimmer, ASCII-only, cut \"nghỉ\" to \"ngh\" and \"bù\" to \"b\")", () => {
    for (const word of ["nghỉ", "bù", "hẹn", "trả", "biểu", "tết", "giảm", "chỗ", "công"]) expect(terms, word).toContain(word);
    expect(terms).not.toContain("ngh");
  });

  it("still finds API names, ranked first", () => {
    expect(search("evaluateDossier")[0]?.name).toBe("evaluateDossier");
  });
});
