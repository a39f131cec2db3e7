// The live due-date calculator (docs/calculator.md) in headless Chromium (Debian `chromium`, driven
// by playwright-core), read as a reader uses it: the built site served over HTTP from this test, a
// browser in America/Los_Angeles (so a result that leaned on the browser's zone would show), the
// form filled in, the due date, verdict and rule set read off the page and compared with @hcc/sla
// computed here in Node for the same inputs. Also writes screenshots of the landing page, the
// @hcc/sla package page, the evaluateDossier page and the calculator (light and dark) to the
// git-ignored `.screenshots/` folder. Over 400 lines on purpose: the ten cases are written out with
// their expected due dates and the reason for each.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { extname, join, normalize, relative, sep } from "node:path";
import { vietnamCalendar } from "@hcc/calendar";
import { evaluateDossier, type RuleSetChoice } from "@hcc/sla";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuiltSite, siteDir } from "./built-site.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const ZONE = "America/Los_Angeles";
/** The calculator bundle's gzip budget: @hcc/sla + @hcc/calendar + @hcc/core + zod, and the UI. */
const BUDGET_GZIP = 64 * 1024;
const screenshots = join(new URL("../..", import.meta.url).pathname, ".screenshots");
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
};

/** Every HTML page of the built site, as paths relative to it. */
function htmlPages(dir: string = siteDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name.endsWith(".html") ? [relative(siteDir, path).split(sep).join("/")] : [];
  });
}

/** The page whose document holds the calculator's form. */
function calculatorPage(): string {
  const pages = htmlPages().filter((p) => readFileSync(join(siteDir, p), "utf8").includes('id="hcc-calculator"'));
  expect(pages, "exactly one page holds the calculator").toHaveLength(1);
  return pages[0]!;
}

/** A static server of the built site on a free localhost port. */
async function serveSite(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(siteDir, path === "" ? "index.html" : path);
    if (!file.startsWith(siteDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** What a case types into the form (empty fields stay empty). */
interface Inputs {
  readonly received: string;
  readonly amount: number;
  readonly unit: "working_days" | "working_hours" | "calendar_days" | "months";
  readonly completed?: string;
  readonly supplement?: { readonly requestedAt: string; readonly completedAt?: string };
  readonly rules?: "auto" | "decree-61" | "decree-118";
  readonly asOf?: string;
}

/** One case: the inputs, and what the page must show (checked against @hcc/sla in Node too). */
interface Case {
  readonly name: string;
  readonly inputs: Inputs;
  readonly due: string;
  readonly slip: string;
  readonly verdict: string;
  readonly rules: string;
}

const CASES: readonly Case[] = [
  {
    name: "a Friday-afternoon receipt across the weekend",
    inputs: { received: "2024-03-08T16:59", amount: 3, unit: "working_days", asOf: "2024-03-12T10:00" },
    due: "2024-03-13T17:00:00+07:00",
    slip: "Thứ Tư 13/03/2024, 17:00",
    verdict: "in_progress_within",
    rules: "decree-61",
  },
  {
    name: "Tết 2025 (off Mon 27/1 – Fri 31/1), completed on the due date",
    inputs: { received: "2025-01-24T10:00", amount: 5, unit: "working_days", completed: "2025-02-07T16:00", asOf: "2025-02-10T09:00" },
    due: "2025-02-07T17:00:00+07:00",
    slip: "Thứ Sáu 07/02/2025, 17:00",
    verdict: "resolved_on_time",
    rules: "decree-61",
  },
  {
    name: "the make-up working Saturday 26/4/2025, completed after the 30/4–2/5 days off (late)",
    inputs: { received: "2025-04-25T10:00", amount: 3, unit: "working_days", completed: "2025-05-05T09:00", asOf: "2025-05-06T09:00" },
    due: "2025-04-29T17:00:00+07:00",
    slip: "Thứ Ba 29/04/2025, 17:00",
    verdict: "resolved_late",
    rules: "decree-61",
  },
  {
    name: "an early completion, judged as of now (as-of left empty)",
    inputs: { received: "2024-03-11T09:00", amount: 3, unit: "working_days", completed: "2024-03-13T16:00" },
    due: "2024-03-14T17:00:00+07:00",
    slip: "Thứ Năm 14/03/2024, 17:00",
    verdict: "resolved_early",
    rules: "decree-61",
  },
  {
    name: "a late completion",
    inputs: { received: "2024-03-04T08:00", amount: 3, unit: "working_days", completed: "2024-03-08T10:00", asOf: "2024-03-11T09:00" },
    due: "2024-03-07T17:00:00+07:00",
    slip: "Thứ Năm 07/03/2024, 17:00",
    verdict: "resolved_late",
    rules: "decree-61",
  },
  {
    name: "4 working hours across the lunch break",
    inputs: { received: "2024-03-11T09:00", amount: 4, unit: "working_hours", asOf: "2024-03-11T14:00" },
    due: "2024-03-11T15:00:00+07:00",
    slip: "Thứ Hai 11/03/2024, 15:00",
    verdict: "in_progress_within",
    rules: "decree-61",
  },
  {
    name: "a supplement before 1 July 2025: Decree 61 pauses the clock",
    // Printed due: 10 working days after Fri 20/6 = Fri 4/7 17:00; paused Tue 24/6 10:00 – Thu 26/6
    // 14:00 = 5 h + 8 h + 5 h = 18 h → Mon 7/7 17:00 (8 h), Tue 8/7 17:00 (16 h), Wed 9/7 09:00.
    inputs: {
      received: "2025-06-20T09:00",
      amount: 10,
      unit: "working_days",
      supplement: { requestedAt: "2025-06-24T10:00", completedAt: "2025-06-26T14:00" },
      completed: "2025-07-09T08:30",
      asOf: "2025-07-31T17:00",
    },
    due: "2025-07-09T09:00:00+07:00",
    slip: "Thứ Tư 09/07/2025, 09:00",
    verdict: "resolved_on_time",
    rules: "decree-61",
  },
  {
    name: "a supplement from 1 July 2025: Decree 118 restarts the clock (docs/sla.md's worked example)",
    inputs: {
      received: "2025-07-01T09:00",
      amount: 10,
      unit: "working_days",
      supplement: { requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" },
      completed: "2025-07-21T16:00",
      asOf: "2025-07-31T17:00",
    },
    due: "2025-07-21T17:00:00+07:00",
    slip: "Thứ Hai 21/07/2025, 17:00",
    verdict: "resolved_on_time",
    rules: "decree-118",
  },
  {
    name: "the same dossier with Decree 61 forced: the portal's pause makes it late",
    inputs: {
      received: "2025-07-01T09:00",
      amount: 10,
      unit: "working_days",
      supplement: { requestedAt: "2025-07-03T10:00", completedAt: "2025-07-07T14:00" },
      completed: "2025-07-21T16:00",
      rules: "decree-61",
      asOf: "2025-07-31T17:00",
    },
    due: "2025-07-18T09:00:00+07:00",
    slip: "Thứ Sáu 18/07/2025, 09:00",
    verdict: "resolved_late",
    rules: "decree-61",
  },
  {
    name: "a supplement requested too late under Decree 118 (a finding), still awaited",
    inputs: {
      received: "2025-07-01T09:00",
      amount: 10,
      unit: "working_days",
      supplement: { requestedAt: "2025-07-08T10:00" },
      asOf: "2025-07-10T10:00",
    },
    // Provisional: as if the supplement arrived at the as-of instant (Thu 10/7) → 10 working days after.
    due: "2025-07-24T17:00:00+07:00",
    slip: "Thứ Năm 24/07/2025, 17:00",
    verdict: "in_progress_within",
    rules: "decree-118",
  },
];

/** The same evaluation in Node, with the same as-of the page uses. */
function inNode(inputs: Inputs, asOf: string) {
  const supplementRequests = inputs.supplement === undefined ? [] : [inputs.supplement];
  return evaluateDossier(
    {
      code: "000.00.00.H00-000000-0001",
      procedureCode: "calculator",
      agencyCode: "000.00.00.H00",
      status: inputs.completed === undefined ? "processing" : "done",
      receivedAt: inputs.received,
      supplementRequests,
      ...(inputs.completed === undefined ? {} : { endedAt: inputs.completed }),
    },
    {
      asOf,
      calendar: vietnamCalendar(),
      processingTime: { value: inputs.amount, unit: inputs.unit },
      rules: (inputs.rules ?? "auto") as RuleSetChoice,
    },
  );
}

async function fill(page: Page, inputs: Inputs): Promise<void> {
  await page.fill("#hcc-received", inputs.received);
  await page.fill("#hcc-amount", String(inputs.amount));
  await page.selectOption("#hcc-unit", inputs.unit);
  await page.fill("#hcc-completed", inputs.completed ?? "");
  await page.fill("#hcc-supplement-requested", inputs.supplement?.requestedAt ?? "");
  await page.fill("#hcc-supplement-completed", inputs.supplement?.completedAt ?? "");
  await page.selectOption("#hcc-rules", inputs.rules ?? "auto");
  await page.fill("#hcc-as-of", inputs.asOf ?? "");
}

/** What the page shows. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const el = (id: string): HTMLElement => document.getElementById(id)!;
    return {
      error: el("hcc-error").hidden ? null : el("hcc-error").textContent,
      due: el("hcc-due").textContent,
      dueAt: el("hcc-due").dataset["at"],
      verdict: el("hcc-verdict").dataset["verdict"],
      verdictText: el("hcc-verdict").textContent,
      rules: el("hcc-rules-used").dataset["rules"],
      rulesText: el("hcc-rules-used").textContent,
      findings: el("hcc-findings").dataset["codes"],
    };
  });
}

const chromiumMissing = !existsSync(CHROMIUM);

describe("the calculator page of the built site", () => {
  it("is the one page that loads the calculator's script and style", () => {
    const site = requireBuiltSite();
    const page = calculatorPage();
    for (const file of htmlPages(site)) {
      const html = readFileSync(join(site, file), "utf8");
      expect(html.includes("assets/hcc-calculator.js"), file).toBe(file === page);
      expect(html.includes("assets/hcc-calculator.css"), file).toBe(file === page);
    }
    // A classic script (the page also works from file://), bundled without Node built-ins.
    const js = readFileSync(join(site, "assets", "hcc-calculator.js"), "utf8");
    expect(js).not.toMatch(/\bimport\s*\(|\bexport\s*\{|require\("node:/);
  });

  it(`bundles within ${BUDGET_GZIP / 1024} KB gzip (it is loaded by that page alone)`, () => {
    const js = readFileSync(join(requireBuiltSite(), "assets", "hcc-calculator.js"));
    expect(gzipSync(js, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP);
  });
});

describe("the calculator's code", () => {
  it("type-checks with the DOM library (docs/site/tsconfig.json)", () => {
    const root = new URL("../..", import.meta.url).pathname;
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "docs/site/tsconfig.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 180_000);
});

describe.skipIf(chromiumMissing && process.env["CI"] !== "true")(`the calculator in headless Chromium (${ZONE})`, () => {
  let server: Server | undefined;
  let base = "";
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    requireBuiltSite();
    if (chromiumMissing) throw new Error(`no ${CHROMIUM}: install Debian's chromium (.ci/run does)`);
    ({ server, base } = await serveSite());
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    context = await browser.newContext({ timezoneId: ZONE, locale: "en-US", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(new URL(calculatorPage(), base).href);
    await page.waitForSelector("#hcc-calculator[data-ready=true]");
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  });

  it(`runs in ${ZONE}`, async () => {
    expect(await page!.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
    expect(await page!.evaluate(() => new Date(2024, 2, 8).getTimezoneOffset())).toBe(480);
  });

  it("shows the default example as soon as it loads", async () => {
    const s = await shown(page!);
    expect(s.error).toBeNull();
    expect(s.dueAt).toBe("2024-03-13T17:00:00+07:00");
  });

  for (const c of CASES) {
    it(c.name, async () => {
      await fill(page!, c.inputs);
      const s = await shown(page!);
      expect(s.error).toBeNull();
      // the as-of the page used when the field is empty: now (the completion is in the past)
      const node = inNode(c.inputs, c.inputs.asOf ?? new Date().toISOString());
      expect(s.dueAt).toBe(node.originalDue?.at);
      expect(s.verdict).toBe(node.verdict);
      expect(s.rules).toBe(node.rules);
      expect(s.findings).toBe(node.findings.map((f) => f.code).join(" "));
      // and what the domain says, written out
      expect(s.dueAt).toBe(c.due);
      expect(s.due).toBe(c.slip);
      expect(s.verdict).toBe(c.verdict);
      expect(s.rules).toBe(c.rules);
      expect(s.rulesText).toContain(c.rules === "decree-118" ? "restarts from zero" : "pauses the clock");
    });
  }

  it("names the Decree 118 finding of a late supplement request", async () => {
    await fill(page!, CASES.at(-1)!.inputs);
    expect((await shown(page!)).findings).toBe("supplement_late");
  });

  it("shows a clear message for a missing processing time, and recovers", async () => {
    await fill(page!, CASES[0]!.inputs);
    await page!.fill("#hcc-amount", "");
    const s = await shown(page!);
    expect(s.error).toMatch(/processing time/);
    expect(await page!.isVisible("#hcc-result")).toBe(false);
    await page!.fill("#hcc-amount", "3");
    expect((await shown(page!)).error).toBeNull();
  });

  it("reports a bad input from @hcc/sla's validation", async () => {
    await fill(page!, CASES[0]!.inputs);
    await page!.fill("#hcc-amount", "-2");
    expect((await shown(page!)).error).toMatch(/./);
    await page!.fill("#hcc-amount", "3");
  });

  it("works from file:// too (no server)", async () => {
    const local = await context!.newPage();
    const errors: string[] = [];
    local.on("pageerror", (e) => errors.push(e.message));
    await local.goto(pathToFileURL(join(siteDir, calculatorPage())).href);
    await local.waitForSelector("#hcc-calculator[data-ready=true]");
    await fill(local, CASES[1]!.inputs);
    expect(await shown(local)).toMatchObject({ error: null, dueAt: CASES[1]!.due, verdict: CASES[1]!.verdict });
    expect(errors).toEqual([]);
    await local.close();
  });

  it("does not load the calculator on other pages", async () => {
    const other = await context!.newPage();
    const requested: string[] = [];
    other.on("request", (r) => requested.push(r.url()));
    await other.goto(new URL("index.html", base).href);
    await other.waitForLoadState("load");
    expect(requested.some((u) => u.includes("hcc-calculator"))).toBe(false);
    await other.close();
  });

  it("writes screenshots of the landing, package, function and calculator pages to .screenshots/", async () => {
    mkdirSync(screenshots, { recursive: true });
    const modules = readdirSync(join(siteDir, "modules"));
    const functions = readdirSync(join(siteDir, "functions"));
    const sla = modules.find((f) => /^_hcc_sla(\.index)?\.html$/.test(f));
    const evaluate = functions.find((f) => /evaluateDossier\.html$/.test(f) && !f.includes("safe"));
    expect(sla, "the @hcc/sla package page").toBeDefined();
    expect(evaluate, "the evaluateDossier page").toBeDefined();
    const shots: [string, string][] = [
      ["landing", "index.html"],
      ["package-sla", `modules/${sla}`],
      ["function-evaluateDossier", `functions/${evaluate}`],
    ];
    for (const [name, path] of shots) {
      const p = await context!.newPage();
      await p.goto(new URL(path, base).href);
      await p.waitForFunction(() => document.body.style.display !== "none");
      await p.screenshot({ path: join(screenshots, `${name}.png`) });
      await p.close();
    }
    await fill(page!, CASES[7]!.inputs);
    await page!.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page!.screenshot({ path: join(screenshots, "calculator.png"), fullPage: true });
    await page!.emulateMedia({ colorScheme: "dark" });
    await page!.screenshot({ path: join(screenshots, "calculator-dark.png"), fullPage: true });
    await page!.emulateMedia({ colorScheme: "light" });
    for (const name of ["landing", "package-sla", "function-evaluateDossier", "calculator", "calculator-dark"]) {
      expect(statSync(join(screenshots, `${name}.png`)).size, name).toBeGreaterThan(10_000);
    }
  });

  it("threw no error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
