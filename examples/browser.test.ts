// What a browser portal gets from npm: the typical imports of bench/bundle-size.mjs bundled with
// esbuild for the browser from the BUILT packages (`npm test` builds first), then run in headless
// Chromium (Debian `chromium`, installed by .ci/run): a due date computed, a report aggregated, a
// CSV read from a Web Stream. Bundling fails on any Node built-in, and each bundle has a gzip budget.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLES, bundle } from "../bench/bundle-size.mjs";

const CHROMIUM = "/usr/bin/chromium";
const LIBRARIES = ["core", "calendar", "sla", "stats", "rules", "dvcqg", "examples"];
const built = LIBRARIES.every((p) => existsSync(fileURLToPath(new URL(`../packages/${p}/dist/index.js`, import.meta.url))));
const code = new Map<string, string>();

describe("browser bundles of the built packages", () => {
  it("needs the packages built (npm test builds them first)", () => {
    expect(built).toBe(true);
  });

  for (const entry of BUNDLES) {
    it.runIf(built)(`${entry.name}: no Node built-in, at most ${entry.limit / 1024} KB gzip`, async () => {
      const out = await bundle(entry);
      expect(out.gzip).toBeLessThanOrEqual(entry.limit);
      code.set(entry.name, out.code);
    });
  }

  it.runIf(built)("every library's whole main entry bundles with no Node built-in", async () => {
    for (const name of LIBRARIES) {
      const out = await bundle({ name, limit: Infinity, source: `export * from "@hcc/${name}";` });
      expect(out.min, name).toBeGreaterThan(1000);
    }
  });

  it.runIf(built)("fails on a Node built-in, naming it (the Node-only @hcc/stats/node)", async () => {
    const nodeOnly = { name: "ingestFile", limit: Infinity, source: 'export { ingestFile } from "@hcc/stats/node";' };
    await expect(bundle(nodeOnly)).rejects.toThrow(/Node built-in "(fs|fs\/promises|os|url|worker_threads)" imported by packages\/stats\/dist\//);
  });
});

describe.skipIf(!built || !existsSync(CHROMIUM))("the bundles in headless Chromium", () => {
  let browser: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "hcc-chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Imports a bundle as an ES module in a blank page and returns what its `run()` returns. */
  async function runInBrowser(name: string): Promise<unknown> {
    const source = code.get(name) ?? (await bundle(BUNDLES.find((b) => b.name === name) ?? BUNDLES[0]!)).code;
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      // A string, so that vitest does not rewrite the page's `import()`.
      const result: unknown = await page.evaluate(
        `(async (js) => (await import(URL.createObjectURL(new Blob([js], { type: "text/javascript" })))).run())(${JSON.stringify(source)})`,
      );
      expect(errors).toEqual([]);
      return result;
    } finally {
      await page.close();
    }
  }

  it("parseDossier reads Vietnam time", async () => {
    expect(await runInBrowser(BUNDLES[0]!.name)).toBe("2024-03-08T16:59:00+07:00");
  });

  it("evaluateDossier computes the due date on the official calendar", async () => {
    // Received Fri 8/3/2024 16:59, 3 working days: Mon 11, Tue 12, Wed 13 → due 13/3.
    expect(await runInBrowser(BUNDLES[1]!.name)).toEqual({ due: "2024-03-13", verdict: "in_progress_within" });
  });

  it("the aggregator counts a Biểu 06 report", async () => {
    expect(await runInBrowser(BUNDLES[2]!.name)).toEqual({ received: 2, within: 1, late: 1 });
  });

  it("ingest reads a CSV from a Web Stream and renders the HTML report", async () => {
    expect(await runInBrowser(BUNDLES[3]!.name)).toEqual({ rows: 2, received: 2, chart: true });
  });
});
