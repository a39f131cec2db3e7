// The HTML report (`hcc demo --html`) and the public dashboard (packages/examples/dashboard/) in
// headless Chromium: no console errors, charts present, a screenshot of each written to
// <repo>/.screenshots/ (git-ignored).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hcc } from "../test/run.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SHOTS = join(ROOT, ".screenshots");
const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".map": "application/json", ".css": "text/css" };

let browser: BrowserContext | undefined;
let server: Server | undefined;
let base = "";

function serveRepository(): Promise<string> {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    let file = join(ROOT, path);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server?.listen(0, "127.0.0.1", () => {
    const address = server?.address();
    resolve(typeof address === "object" && address !== null ? `http://127.0.0.1:${address.port}` : "");
  }));
}

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error("no browser");
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  base = await serveRepository();
  // A fresh profile directory for every run.
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "hcc-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
});

describe.skipIf(!existsSync(CHROMIUM))("in headless Chromium", () => {
  it("the HTML report of hcc demo renders with its charts and no console error", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "hcc-html-")), "bentre-2019.html");
    expect(hcc(["demo", "--html", file, "--format", "json"]).code).toBe(0);
    const { page, errors } = await open(pathToFileURL(file).href);
    const charts = await page.locator("svg").count();
    expect(charts).toBeGreaterThanOrEqual(2);
    const text = await page.locator("body").innerText();
    expect(text).toMatch(/14[.,]168/);
    await page.screenshot({ path: join(SHOTS, "hcc-demo-report.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the public dashboard imports the packages, renders the report and draws its charts", async () => {
    const { page, errors } = await open(`${base}/packages/examples/dashboard/index.html`);
    await page.waitForSelector("#app[data-ready='true']", { timeout: 90_000 });
    expect(await page.locator("svg.chart").count()).toBe(2);
    expect(await page.locator("svg.chart rect").count()).toBeGreaterThan(10);
    const text = await page.locator("#app").innerText();
    for (const figure of ["14.168", "11.533", "1.958", "677", "12.356", "1.812", "1.516", "81,4%", "13,81%", "4,77%"]) expect(text).toContain(figure);
    await page.screenshot({ path: join(SHOTS, "dashboard.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
