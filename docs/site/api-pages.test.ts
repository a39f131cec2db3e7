// Readable API pages (issue #15): a signature names its types instead of spelling out a 25-field
// object, the example sits near the top of a function page, every method of a public interface has
// an example, and every package page is a table of contents grouped by category.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireBuiltSite } from "./built-site.js";

/** Members an object type may spell out inline in a signature before it must be a named type. */
const MAX_INLINE_MEMBERS = 10;
/** Characters of page text allowed before a function page's first example (about one screen). */
const MAX_TEXT_BEFORE_EXAMPLE = 4_000;

function pages(folder: string): { name: string; html: string }[] {
  const dir = join(requireBuiltSite(), folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".html"))
    .map((name) => ({ name, html: readFileSync(join(dir, name), "utf8") }));
}

/** The signature blocks of a page (`<div class="tsd-signature …">…</div>`; they hold no nested div). */
function signatures(html: string): string[] {
  return [...html.matchAll(/<div class="tsd-signature[^"]*"[^>]*>([\s\S]*?)<\/div>/g)].map((m) => m[1] ?? "");
}

/** Visible text of an HTML fragment, whitespace collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The largest number of members any one inline object literal `{ … }` of a signature spells out
 * (members of nested literals count for the nested one).
 */
function largestInlineObject(signature: string): number {
  const open: number[] = [];
  let largest = 0;
  for (const token of signature.matchAll(/<span class="tsd-signature-symbol">([^<]*)<\/span>|<span class="tsd-kind-(property|method)">/g)) {
    const symbols = token[1];
    if (symbols === undefined) {
      if (open.length > 0) open[open.length - 1]! += 1;
      continue;
    }
    for (const ch of symbols) {
      if (ch === "{") open.push(0);
      else if (ch === "}") largest = Math.max(largest, open.pop() ?? 0);
    }
  }
  return largest;
}

/** The main column of a page (what a reader scrolls through), without the navigation. */
function content(html: string): string {
  const start = html.indexOf('<div class="col-content">');
  const end = html.indexOf('<div class="col-sidebar">', start);
  return html.slice(start, end === -1 ? undefined : end);
}

describe("API pages", () => {
  it("the inline-object measure counts the members of the widest literal", () => {
    const prop = (name: string) => `<span class="tsd-kind-property">${name}</span><span class="tsd-signature-symbol">:</span> number<span class="tsd-signature-symbol">;</span>`;
    const sym = (s: string) => `<span class="tsd-signature-symbol">${s}</span>`;
    expect(largestInlineObject(`f${sym("(")}x${sym(": {")}${prop("a")}${prop("b")}${sym("}")}${sym(")")}`)).toBe(2);
    expect(largestInlineObject(`${sym("{")}${prop("a")}${sym("{")}${prop("b")}${prop("c")}${prop("d")}${sym("}")}${sym("}")}`)).toBe(3);
    expect(largestInlineObject("f(x: Dossier): void")).toBe(0);
  });

  it(`no function or method signature spells out an object type of more than ${MAX_INLINE_MEMBERS} members`, () => {
    const offenders: string[] = [];
    for (const folder of ["functions", "interfaces", "classes"]) {
      for (const { name, html } of pages(folder)) {
        for (const signature of signatures(html)) {
          // An interface's or class's own declaration lists its members: that is the named type itself.
          if (/^(interface|class)\b/.test(text(signature))) continue;
          const members = largestInlineObject(signature);
          if (members > MAX_INLINE_MEMBERS) offenders.push(`${folder}/${name}: ${text(signature).slice(0, 60)}… (${members} members)`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("the dossier and procedure types are named in the signatures that take them", () => {
    const site = requireBuiltSite();
    const evaluate = readFileSync(join(site, "functions", "_hcc_sla.evaluateDossier.html"), "utf8");
    const signature = text(signatures(evaluate)[0] ?? "");
    expect(signature).toMatch(/dossier ?: ?(Dossier \| DossierInput|DossierInput \| Dossier)/);
    const disclosure = readFileSync(join(site, "functions", "_hcc_rules.checkPublicDisclosure.html"), "utf8");
    expect(text(signatures(disclosure)[0] ?? "")).toMatch(/procedure ?: ?(Procedure \| ProcedureInput|ProcedureInput \| Procedure)/);
  });

  it(`every function page has an example within its first ${MAX_TEXT_BEFORE_EXAMPLE} characters of text`, () => {
    const late: string[] = [];
    for (const { name, html } of pages("functions")) {
      const main = content(html);
      const example = main.search(/<h4 class="tsd-anchor-link" id="example/);
      if (example === -1) late.push(`${name}: no example`);
      else if (text(main.slice(0, example)).length > MAX_TEXT_BEFORE_EXAMPLE) late.push(`${name}: ${text(main.slice(0, example)).length} characters before it`);
    }
    expect(late).toEqual([]);
  });

  it("every method of a public interface or class has an example", () => {
    const missing: string[] = [];
    let methods = 0;
    for (const folder of ["interfaces", "classes"]) {
      for (const { name, html } of pages(folder)) {
        const group = /data-key="section-Methods"[\s\S]*?(?=<details class="tsd-panel-group|<\/div><div class="col-sidebar"|$)/.exec(content(html))?.[0];
        if (group === undefined) continue;
        for (const member of group.split('<section class="tsd-panel tsd-member').slice(1)) {
          // Methods inherited from the standard library (Error.captureStackTrace…) are not ours.
          if (member.startsWith(" tsd-is-inherited tsd-is-external")) continue;
          methods++;
          const id = /id="([^"]+)"/.exec(member)?.[1] ?? "?";
          if (!/id="example/.test(member)) missing.push(`${folder}/${name}#${id}`);
        }
      }
    }
    expect(methods).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it("every package page groups its exports under categories, not one alphabetical list", () => {
    const short: string[] = [];
    for (const { name, html } of pages("modules")) {
      const groups = [...html.matchAll(/tsd-member-group tsd-accordion" open><summary class="tsd-accordion-summary" data-key="section-([^"]+)"/g)].map((m) => m[1]);
      // A package split into entry points (index, node) lists them as modules; the entry pages are categorised.
      if (groups.length === 1 && groups[0] === "Modules") continue;
      const kinds = ["Functions", "Interfaces", "Type Aliases", "Variables", "Classes"];
      if (groups.some((g) => kinds.includes(g ?? "")) || groups.includes("Other")) short.push(`${name}: ${groups.join(", ")}`);
    }
    expect(short).toEqual([]);
    const core = readFileSync(join(requireBuiltSite(), "modules", "_hcc_core.html"), "utf8");
    expect(core).toContain('data-key="section-Dates and times"');
    const sla = readFileSync(join(requireBuiltSite(), "modules", "_hcc_sla.html"), "utf8");
    for (const category of ["Due dates", "Verdicts", "Bulk"]) expect(sla).toContain(`data-key="section-${category}"`);
  });

  it("API comments cite guides on the site, not documents readers do not have", () => {
    const stray: string[] = [];
    for (const folder of ["functions", "interfaces", "classes", "types", "variables"]) {
      for (const { name, html } of pages(folder)) {
        const visible = text(content(html));
        const hit = /domain brief|rules-2025\.md|one-stop\.md|docs\/\w+\.md|§\s?\d/.exec(visible);
        if (hit) stray.push(`${folder}/${name}: "${visible.slice(Math.max(0, hit.index - 30), hit.index + 30)}"`);
      }
    }
    expect(stray).toEqual([]);
  });
});
