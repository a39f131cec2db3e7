// Where the built docs site is, for the site tests; a clear failure when it was not built.
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The folder TypeDoc writes the site to (`out` in typedoc.config.mjs). */
export const siteDir = join(new URL("../..", import.meta.url).pathname, "docs-out", "html");

/** Throws a readable error when the site has not been built. */
export function requireBuiltSite(): string {
  if (!existsSync(join(siteDir, "index.html"))) {
    throw new Error(`no built docs site at ${siteDir}: run \`npm run docs\` first`);
  }
  return siteDir;
}
