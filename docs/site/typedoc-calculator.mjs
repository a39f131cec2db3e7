// A TypeDoc plugin (typedoc.config.mjs `plugin`): the live due-date calculator of docs/calculator.md.
// After TypeDoc renders the site, it bundles docs/site/calculator.ts with esbuild for the browser
// (an IIFE, so the page works from file:// as well as from static hosting) into
// assets/hcc-calculator.js, next to assets/hcc-calculator.css, and adds both to the one page whose
// document holds the calculator's form (`id="hcc-calculator"`) — no other page loads them.
// The packages are bundled from their BUILT ES modules (`npm run build` first; `npm test` builds
// before TypeDoc): what a browser app gets from npm, with no Node built-in (esbuild fails on one).
import { existsSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Comment, JSX } from "typedoc";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const MARKER = 'id="hcc-calculator"';
/** The packages the calculator imports, which must be built. */
const PACKAGES = ["core", "calendar", "sla"];

/** @param {import("typedoc").Models.Reflection} model */
function isCalculatorPage(model) {
  return model.isDocument() && Comment.combineDisplayParts(model.content).includes(MARKER);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.hooks.on("head.end", (context) =>
    isCalculatorPage(context.page.model)
      ? JSX.createElement("link", { rel: "stylesheet", href: context.relativeURL("assets/hcc-calculator.css", true) })
      : JSX.createElement(JSX.Fragment, null),
  );
  app.renderer.hooks.on("body.end", (context) =>
    isCalculatorPage(context.page.model)
      ? JSX.createElement("script", { src: context.relativeURL("assets/hcc-calculator.js", true) })
      : JSX.createElement(JSX.Fragment, null),
  );

  app.renderer.postRenderAsyncJobs.push(async (event) => {
    const missing = PACKAGES.filter((name) => !existsSync(join(root, "packages", name, "dist", "index.js")));
    if (missing.length > 0) {
      app.logger.error(`calculator: @hcc/${missing.join(", @hcc/")} not built; run \`npm run build\` before TypeDoc`);
      return;
    }
    const assets = join(event.outputDirectory, "assets");
    await mkdir(assets, { recursive: true });
    try {
      const result = await build({
        entryPoints: [join(here, "calculator.ts")],
        outfile: join(assets, "hcc-calculator.js"),
        bundle: true,
        format: "iife",
        platform: "browser",
        target: "es2020",
        minify: true,
        legalComments: "none",
        logLevel: "silent",
        absWorkingDir: root,
        metafile: true,
      });
      // The built packages, never their sources (the repository's `@hcc/source` condition).
      const sources = Object.keys(result.metafile.inputs).filter((file) => /^packages\/[^/]+\/src\//.test(file));
      if (sources.length > 0) {
        app.logger.error(`calculator: bundled package sources instead of their builds: ${sources.slice(0, 3).join(", ")}`);
        return;
      }
    } catch (error) {
      app.logger.error(`calculator: esbuild could not bundle docs/site/calculator.ts: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    await copyFile(join(here, "calculator.css"), join(assets, "hcc-calculator.css"));
  });
}
