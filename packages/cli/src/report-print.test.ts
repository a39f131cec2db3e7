// The HTML page of `hcc demo --html` in headless Chromium, as an official reads and prints it:
// every chart's legend names every series drawn, indicator 2.2 reads as an average with its unit,
// the Biểu 06 table fits an A4 landscape page, the page follows a dark colour scheme. A PDF and
// screenshots go to <repo>/.screenshots/ (git-ignored).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hcc } from "../test/run.js";

// The page's globals the callbacks below use (they run in Chromium; this package compiles without
// the DOM library).
declare const document: { readonly documentElement: { readonly scrollWidth: number }; readonly body: unknown; querySelector(selector: string): unknown };
declare function getComputedStyle(element: unknown): { readonly breakInside: string; readonly backgroundColor: string; readonly color: string; readonly fill: string };

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SHOTS = join(ROOT, ".screenshots");
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
// A4 landscape less the stylesheet's 10 mm margins, in CSS pixels (96 per inch).
const PRINTABLE_WIDTH_PX = ((297 - 20) / 25.4) * 96;

let browser: BrowserContext | undefined;
let profile = "";
const pages: Record<string, string> = {};

async function open(lang: "vi" | "en"): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error("no browser");
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(pages[lang] as string).href, { waitUntil: "load" });
  return { page, errors };
}

describe.skipIf(!existsSync(CHROMIUM))("the HTML report in headless Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), "hcc-print-"));
    for (const lang of ["vi", "en"] as const) {
      pages[lang] = join(dir, `bentre-${lang}.html`);
      expect(hcc(["demo", "--html", pages[lang] as string, "--lang", lang, "-f", "json"]).code).toBe(0);
    }
    profile = mkdtempSync(join(tmpdir(), "hcc-chromium-"));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (profile !== "") rmSync(profile, { recursive: true, force: true });
  });

  for (const lang of ["vi", "en"] as const) {
    it(`[${lang}] every chart's legend names each series it draws, in its colour`, async () => {
      const { page, errors } = await open(lang);
      const charts = await page.$$eval("svg[data-chart]", (svgs) =>
        svgs.map((svg) => ({
          id: svg.getAttribute("data-chart"),
          drawn: [...new Set([...svg.querySelectorAll("rect:not(.legend-entry rect)")].filter((r) => r.closest(".legend-entry") === null).map((r) => r.getAttribute("fill")))].sort(),
          legend: [...svg.querySelectorAll(".legend-entry")].map((g) => ({ name: g.querySelector("text")?.textContent ?? "", fill: g.querySelector("rect")?.getAttribute("fill") ?? "" })),
        })),
      );
      expect(charts.map((c) => c.id)).toEqual(["channels", "progress", "overdue"]);
      const expected = lang === "vi"
        ? { channels: ["Trực tiếp", "Qua bưu chính công ích", "Trực tuyến"], progress: ["Trước hạn", "Đúng hạn", "Quá hạn"], overdue: ["Trong hạn", "Quá hạn"] }
        : { channels: ["Direct", "Public postal service", "Online"], progress: ["Early", "On time", "Late"], overdue: ["Within deadline", "Overdue"] };
      for (const chart of charts) {
        expect(chart.legend.map((l) => l.name)).toEqual(expected[chart.id as keyof typeof expected]);
        // every colour drawn has its legend entry, and no legend entry is unused
        expect([...new Set(chart.legend.map((l) => l.fill))].sort()).toEqual(chart.drawn);
      }
      // legend entries are visible and do not overlap
      const boxes = await page.$$eval(".legend-entry", (gs) => gs.map((g) => g.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height })));
      for (const b of boxes) expect(b.w).toBeGreaterThan(10);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);

    it(`[${lang}] indicator 2.2 reads as an average with its unit; units are named`, async () => {
      const { page } = await open(lang);
      const row = await page.locator('tr[data-indicator="2.2"]').innerText();
      expect(row).toMatch(lang === "vi" ? /5,52 ngày/ : /5\.52 days/);
      expect(row).not.toMatch(/\d{3}[.,]\d{3}[.,]\d{3}/);
      expect(await page.locator('tr[data-indicator="3.3"]').innerText()).toContain(lang === "vi" ? "4,78%" : "4.78%");
      const bieu06 = await page.locator("table.bieu06").innerText();
      expect(bieu06).toContain(lang === "vi" ? "Sở Tư pháp" : "Department of Justice");
      expect(bieu06).toContain("000.00.02.H07");
      expect(await page.locator("p.period").innerText()).toContain(lang === "vi" ? "Từ ngày 06/5/2019 đến ngày 09/8/2019" : "From 6 May 2019 to 9 August 2019");
      await page.close();
    }, 120_000);
  }

  it("prints on A4 landscape: the Biểu 06 table within the page width, charts kept whole", async () => {
    const { page } = await open("vi");
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: Math.floor(PRINTABLE_WIDTH_PX), height: 700 });
    const table = await page.$eval("table.bieu06", (t) => ({ width: t.getBoundingClientRect().width, scroll: document.documentElement.scrollWidth }));
    expect(table.width).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
    expect(table.scroll).toBeLessThanOrEqual(Math.ceil(PRINTABLE_WIDTH_PX));
    const breaks = await page.$$eval("figure", (fs) => fs.map((f) => getComputedStyle(f).breakInside));
    expect(breaks.length).toBe(3);
    for (const b of breaks) expect(b).toBe("avoid");
    const pdf = join(SHOTS, "hcc-demo-report.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 landscape: 842 × 595 points
    expect(bytes.toString("latin1")).toMatch(/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.screenshot({ path: join(SHOTS, "hcc-demo-report-light.png"), fullPage: true });
    await page.close();
  }, 120_000);

  it("follows a dark colour scheme, text light on a dark background", async () => {
    const { page } = await open("en");
    await page.emulateMedia({ colorScheme: "dark" });
    const colours = await page.evaluate(() => {
      const luminance = (css: string): number => {
        const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const body = getComputedStyle(document.body);
      const svgText = getComputedStyle(document.querySelector("svg text"));
      return { bg: luminance(body.backgroundColor), fg: luminance(body.color), chartText: luminance(svgText.fill) };
    });
    expect(colours.bg).toBeLessThan(0.05);
    // WCAG contrast ratio of the body text and of the chart labels at least 7:1
    expect((colours.fg + 0.05) / (colours.bg + 0.05)).toBeGreaterThan(7);
    expect((colours.chartText + 0.05) / (colours.bg + 0.05)).toBeGreaterThan(7);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.screenshot({ path: join(SHOTS, "hcc-demo-report-dark.png"), fullPage: true });
    await page.close();
  }, 120_000);
});
