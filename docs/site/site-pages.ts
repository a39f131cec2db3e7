// Reading the built site as a browser would: its pages, their links and ids, and the search index
// TypeDoc's frontend loads (assets/search.js).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { inflateSync } from "node:zlib";
import { requireBuiltSite } from "./built-site.js";

/** Every file of the built site, as paths relative to its root with `/` separators. */
export function siteFiles(site = requireBuiltSite()): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(site, path).split("\\").join("/"));
    }
  };
  walk(site);
  return out.sort();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };

/** Decodes the HTML entities TypeDoc writes inside attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x[0-9a-f]+|#\d+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#") && name !== "#39") return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The `href` and `src` values of a page (entities decoded), in document order. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ""));
}

/** The ids (and `name`s) a page defines, which `#fragment` links may point at. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? "")));
}

/** The visible text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of every `<pre><code>` block of a page, as a reader copies it (highlighting dropped). */
export function codeBlocksOf(html: string): string[] {
  return [...html.matchAll(/<pre><code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => decodeEntities((m[1] ?? "").replace(/<br\s*\/?>/g, "\n").replace(/<button[\s\S]*?<\/button>/g, "").replace(/<[^>]+>/g, "")));
}

/** A row of the search index: what a hit shows and where it leads. */
export interface SearchRow {
  readonly kind: number;
  readonly name: string;
  readonly url: string;
  readonly classes?: string;
  readonly parent?: string;
}

/** A hit as the site's search box lists it. */
export interface SearchHit extends SearchRow {
  readonly score: number;
}

interface LunrIndex {
  search(query: string): { ref: string; score: number }[];
}

/** The lunr that TypeDoc's own build and frontend use (a dependency of typedoc). */
const lunr = createRequire(createRequire(import.meta.url).resolve("typedoc"))("lunr") as {
  Index: { load(data: unknown): LunrIndex };
};

/**
 * Loads assets/search.js as TypeDoc's frontend does: the base64 text of a deflated JSON document
 * `{ rows, index }`, whose `index` is a serialized lunr index.
 */
export function loadSearch(site = requireBuiltSite()): { rows: SearchRow[]; terms: Set<string>; search: (text: string) => SearchHit[] } {
  const script = readFileSync(join(site, "assets", "search.js"), "utf8");
  const encoded = /^window\.searchData = "([^"]*)";\s*$/.exec(script)?.[1];
  if (encoded === undefined) throw new Error("assets/search.js is not `window.searchData = \"…\"`");
  const data = JSON.parse(inflateSync(Buffer.from(encoded, "base64")).toString("utf8")) as { rows: SearchRow[]; index: { invertedIndex: [string, unknown][] } };
  const index = lunr.Index.load(data.index);
  return {
    rows: data.rows,
    terms: new Set(data.index.invertedIndex.map(([term]) => term)),
    // The frontend's query (typedoc/static/main.js): every word wrapped in `*…*`, hits ranked by
    // lunr's score, times 10/(1 + length difference) when the name starts with the text, and the
    // first 10 shown.
    search(text: string): SearchHit[] {
      const trimmed = text.trim();
      const query = trimmed
        .split(" ")
        .map((word) => (word.length ? `*${word}*` : ""))
        .join(" ");
      return index
        .search(query)
        .map(({ ref, score }) => {
          const row = data.rows[Number(ref)] as SearchRow;
          const boost = row.name.toLowerCase().startsWith(trimmed.toLowerCase()) ? 10 / (1 + Math.abs(row.name.length - trimmed.length)) : 1;
          return { ...row, score: score * boost };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, 10);
    },
  };
}
