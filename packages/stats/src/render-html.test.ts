import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport, createAggregator, renderHtml } from "@hcc/stats";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) console.warn(`render-html browser test skipped: no Chromium at ${CHROMIUM} (CI installs Debian's chromium; set CHROMIUM_PATH to use another)`);

function report() {
  const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency", "channel"] });
  const agencies = ["Sở Tư pháp", "Công an tỉnh", "Sở Giao thông vận tải", 'Sở "Công Thương" <&>'];
  for (let i = 0; i < 200; i++) {
    const day = 1 + (i % 28);
    const ended = i % 5 !== 0;
    agg.add({
      procedureCode: `1.00${1600 + (i % 9)}`,
      agencyCode: agencies[i % agencies.length] as string,
      channel: (1 + (i % 3)) as 1 | 2 | 3,
      status: ended ? 10 : 4,
      receivedAt: `2024-03-${String(day).padStart(2, "0")}T08:00`,
      dueAt: `2024-03-${String(Math.min(31, day + (i % 4))).padStart(2, "0")}`,
      endedAt: ended ? `2024-03-${String(Math.min(31, day + (i % 6))).padStart(2, "0")}T10:00` : undefined,
    });
  }
  return buildReport(agg.state(), { title: "Trung tâm Phục vụ hành chính công — tháng 3/2024" });
}

describe.skipIf(!available)("renderHtml in headless Chromium", () => {
  let browser: BrowserContext;
  let profile = "";

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "hcc-chromium-"));
    // a fresh profile directory per run (--user-data-dir, given the way Playwright wants it)
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile !== "") rmSync(profile, { recursive: true, force: true });
  });

  for (const lang of ["vi", "en"] as const) {
    it(`renders the ${lang} page with its charts, no console error and no request`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("request", (r) => problems.push(`request: ${r.url()}`));
      await page.setContent(renderHtml(report(), { lang }), { waitUntil: "load" });
      const charts = await page.$$eval("svg[data-chart]", (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return { id: svg.getAttribute("data-chart"), width: box.width, height: box.height, bars: svg.querySelectorAll("rect").length };
        }),
      );
      expect(charts.map((c) => c.id)).toEqual(["channels", "progress", "overdue"]);
      for (const c of charts) {
        expect(c.width).toBeGreaterThan(100);
        expect(c.height).toBeGreaterThan(50);
        expect(c.bars).toBeGreaterThan(2);
      }
      // three header rows (groups, columns, column numbers), twelve groups, the total
      expect(await page.$$eval("table.bieu06 tr", (rows) => rows.length)).toBe(3 + 12 + 1);
      expect(await page.title()).toContain("Trung tâm");
      expect(await page.textContent("table.bieu06")).toContain('Sở "Công Thương" <&>');
      expect(problems).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
