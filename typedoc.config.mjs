// TypeDoc over every library package that has a `src/index.ts` (found at run time, so a new
// package is documented as soon as it exists). Validation problems are errors.
import { existsSync, readdirSync } from "node:fs";

const packages = readdirSync("packages", { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`packages/${d.name}/src/index.ts`))
  .map((d) => `packages/${d.name}`)
  .sort((a, b) => (a === "packages/core" ? -1 : b === "packages/core" ? 1 : a.localeCompare(b)));

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "@hcc",
  entryPointStrategy: "packages",
  entryPoints: packages,
  packageOptions: {
    entryPoints: ["src/index.ts"],
    disableSources: true,
    excludePrivate: true,
    excludeInternal: true,
    validation: { notExported: true, invalidLink: true, notDocumented: true },
    requiredToBeDocumented: ["Function", "Class", "Interface", "TypeAlias", "Variable", "Enum"],
    // apipages: package pages read as a table of contents, by the `@category` of each export (in reading order).
    categorizeByGroup: false,
    categoryOrder: ["Dates and times", "Codes", "Dossiers", "Procedures and agencies", "Code lists", "Provinces", "Calendars", "Due dates", "Verdicts", "Evaluation", "Input", "Bulk", "Lunar dates", "Rule sets and findings", "Aggregation", "Reductions (3 giảm)", "On the spot (4 tại chỗ)", "Public disclosure (8 công khai)", "Findings", "Rule sets", "Reports", "Calendar tables", "Dialects", "DuckDB", "Indicators", "Rendering", "Portal 766", "Sync", "Ministry API", "Legacy records", "National procedures", "Mappings", "Extras and code lists", "Ben Tre 2019", "Catalogue", "Synthetic data", "Errors", "Schemas", "*"],
  },
  projectDocuments: ["docs/*.md"],
  // The live due-date calculator (docs/calculator.md): bundles docs/site/calculator.ts for the
  // browser into the site's assets and loads it on that page only (issue #15, item 7).
  plugin: ["./docs/site/typedoc-calculator.mjs"],
  readme: "README.md",
  disableSources: true,
  treatWarningsAsErrors: true,
  out: "docs-out/html",
};
