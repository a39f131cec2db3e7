// TypeDoc over every library package that has a `src/index.ts` (found at run time, so a new
// package is documented as soon as it exists). Validation problems are errors.
//
// The site: docs/home.md is the landing page (not the repository README); the guides follow in
// the order a reader should take them (GUIDES; any other docs/*.md after them), each under the
// `title` of its front matter and at `documents/<slug>.html`; then the Changes page, generated
// from .changeset/*.md at load time (scripts/changes-page.mjs). Each package page is its README.
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { DocumentReflection, IndexEvent, KindRouter, MarkdownEvent, RendererEvent, Slugger } from "typedoc";
import { writeChangesPage } from "./scripts/changes-page.mjs";

const root = new URL(".", import.meta.url).pathname;
// The lunr that TypeDoc itself loads (a dependency of typedoc), not a copy of our own.
const lunr = createRequire(import.meta.resolve("typedoc"))("lunr");

const packages = readdirSync("packages", { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`packages/${d.name}/src/index.ts`))
  .map((d) => `packages/${d.name}`)
  .sort((a, b) => (a === "packages/core" ? -1 : b === "packages/core" ? 1 : a.localeCompare(b)));

/** The guides in reading order: the model first, then each package from the calendar up. */
const GUIDES = ["getting-started", "domain", "calendar", "sla", "calculator", "stats", "rules", "cli", "sql", "dvcqg"];
const LANDING = "home";
const otherGuides = readdirSync("docs")
  .filter((f) => f.endsWith(".md") && ![LANDING, ...GUIDES].includes(f.slice(0, -3)))
  .sort();
const changesPage = writeChangesPage(root);

/** The address the site is published at; links to it from READMEs become relative on the site. */
const HOSTED = "https://hcc-vn.github.io/hcc/";

/** `documents/<slug>.html` for a document whose front matter has a `slug`, so guide URLs stay put when a title changes. */
class GuideRouter extends KindRouter {
  getIdealBaseName(reflection) {
    const slug = reflection.isDocument() ? reflection.frontmatter["slug"] : undefined;
    return typeof slug === "string" ? `documents/${slug}` : super.getIdealBaseName(reflection);
  }
}

/**
 * lunr's default trimmer strips `\W`, which in a JavaScript regex is every non-ASCII letter, so
 * "nghỉ" was indexed as "ngh" and "bù" as "b" and no Vietnamese word could be found. This one
 * strips only what is neither a letter, a mark nor a digit. TypeDoc adds `lunr.trimmer` to its
 * index builder when it renders, so it picks this one up.
 */
function useUnicodeTrimmer() {
  const trimmer = (token) => token.update((s) => s.replace(/^[^\p{L}\p{M}\p{N}_]+/u, "").replace(/[^\p{L}\p{M}\p{N}_]+$/u, ""));
  lunr.Pipeline.registerFunction(trimmer, "trimmerUnicode");
  lunr.trimmer = trimmer;
}

/**
 * The sections of a guide's Markdown: each heading (outside code fences) with its level, its text
 * as TypeDoc slugs it (code spans left out, links by their text), its title and the lines under it.
 */
function sectionsOf(markdown) {
  const sections = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const plain = heading[2].replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*|__/g, "");
      // TypeDoc slugs a heading's text without its code spans; the hit shows them.
      sections.push({ level: heading[1].length, slugText: plain.replace(/`[^`]*`/g, ""), title: plain.replace(/`/g, "").trim(), lines: [] });
    } else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

/**
 * TypeDoc indexes a guide as one search hit. This adds one hit per section (## and ###) leading
 * to its heading, under the guide's name, so a search lands where the term is explained. The
 * anchors are slugged as TypeDoc slugs the rendered headings (one slugger per page, in order).
 */
function indexGuideSections(app, event) {
  const router = app.renderer.router;
  for (const guide of [...event.searchResults]) {
    // The Changes page's sections ("Unreleased") say nothing on their own.
    if (!guide.isDocument() || !router.hasUrl(guide) || guide.frontmatter["slug"] === "changes") continue;
    const url = router.getFullUrl(guide);
    const slugger = new Slugger(app.options.getValue("sluggerConfiguration"));
    for (const section of sectionsOf(guide.content.map((part) => part.text).join(""))) {
      const slug = slugger.slug(section.slugText);
      if (section.level < 2 || section.level > 3) continue;
      const hit = new DocumentReflection(section.title, guide, [{ kind: "text", text: section.lines.join("\n") }], {});
      router.fullUrls.set(hit, `${url}#${slug}`);
      event.searchResults.push(hit);
    }
  }
}

/** @param {import("typedoc").Application} app */
function hccSite(app) {
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => indexGuideSections(app, event));
  useUnicodeTrimmer();
  app.renderer.defineRouter("hcc-guides", GuideRouter);
  // With sortEntryPoints off nothing at the top is sorted, and the guides would follow the
  // packages; a stable sort puts them first, each group keeping its order.
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    event.project.childrenIncludingDocuments?.sort((a, b) => Number(b.isDocument()) - Number(a.isDocument()));
  });
  // README links to the published site open the local page instead (and are checked by the crawl).
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      const up = "../".repeat(event.page.url.split("/").length - 1) || "./";
      event.parsedText = event.parsedText.replaceAll(`href="${HOSTED}`, `href="${up}`);
    },
    -100,
  );
}

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "@hcc",
  entryPointStrategy: "packages",
  entryPoints: packages,
  // The packages in the order above (core first), not alphabetically.
  sortEntryPoints: false,
  packageOptions: {
    entryPoints: ["src/index.ts"],
    readme: "README.md",
    includeVersion: true,
    disableSources: true,
    excludePrivate: true,
    excludeInternal: true,
    validation: { notExported: true, invalidLink: true, notDocumented: true },
    requiredToBeDocumented: ["Function", "Class", "Interface", "TypeAlias", "Variable", "Enum"],
    // apipages: package pages read as a table of contents, by the `@category` of each export (in reading order).
    categorizeByGroup: false,
    categoryOrder: ["Dates and times", "Codes", "Dossiers", "Procedures and agencies", "Code lists", "Provinces", "Calendars", "Due dates", "Verdicts", "Evaluation", "Input", "Bulk", "Lunar dates", "Rule sets and findings", "Aggregation", "Reductions (3 giảm)", "On the spot (4 tại chỗ)", "Public disclosure (8 công khai)", "Findings", "Rule sets", "Reports", "Calendar tables", "Dialects", "DuckDB", "Indicators", "Rendering", "Portal 766", "Sync", "Ministry API", "Legacy records", "National procedures", "Mappings", "Extras and code lists", "Ben Tre 2019", "Catalogue", "Synthetic data", "Errors", "Schemas", "*"],
  },
  readme: `docs/${LANDING}.md`,
  projectDocuments: [...GUIDES.map((g) => `docs/${g}.md`), ...otherGuides.map((f) => `docs/${f}`), changesPage],
  // hccSite: guide URLs, Vietnamese search, sidebar order (above). The live due-date calculator
  // (docs/calculator.md): bundles docs/site/calculator.ts for the browser into the site's assets
  // and loads it on that page only.
  plugin: [hccSite, "./docs/site/typedoc-calculator.mjs"],
  router: "hcc-guides",
  headings: { readme: false, document: false },
  includeVersion: true,
  searchInComments: true,
  searchInDocuments: true,
  // A guide is long, so lunr ranks it below the short API comments that mention the same words;
  // the boost keeps the guides among the 10 hits the search box shows.
  searchGroupBoosts: { Documents: 12 },
  useFirstParagraphOfCommentAsSummary: true,
  favicon: "docs/site/favicon.svg",
  // Its "View Summary" links point at ids hierarchy.html lacks for types extending a type alias.
  includeHierarchySummary: false,
  navigationLinks: { GitHub: "https://github.com/hcc-vn/hcc" },
  // The packages listed one by one in the sidebar, not folded into an "@hcc" folder.
  navigation: { includeFolders: false },
  disableSources: true,
  treatWarningsAsErrors: true,
  out: "docs-out/html",
};
