// The sidebar (assets/navigation.js, base64 of deflated JSON like the search index): the guides
// first, in reading order and under their titles, then the Changes page, then the packages with
// @hcc/core first and each one's version.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { expect, it } from "vitest";
import { requireBuiltSite } from "./built-site.js";

interface NavigationItem {
  readonly text: string;
  readonly path?: string;
}

const script = readFileSync(join(requireBuiltSite(), "assets", "navigation.js"), "utf8");
const encoded = /^window\.navigationData = "([^"]*)"/.exec(script)?.[1] ?? "";
const items = JSON.parse(inflateSync(Buffer.from(encoded, "base64")).toString("utf8")) as NavigationItem[];

it("lists the guides first, in reading order, under their titles", () => {
  expect(items.slice(0, 10).map((item) => [item.text, item.path])).toEqual([
    ["Getting started with @hcc/core", "documents/getting-started.html"],
    ["The one-stop domain", "documents/domain.html"],
    ["Working days in Vietnam", "documents/calendar.html"],
    ["Deadlines, pauses and verdicts", "documents/sla.html"],
    ["Due-date calculator", "documents/calculator.html"],
    ["Statistics: Biểu 06 and Decision 766", "documents/stats.html"],
    ["3 giảm, 4 tại chỗ, 8 công khai", "documents/rules.html"],
    ["The hcc command line", "documents/cli.html"],
    ["Reports in your database", "documents/sql.html"],
    ["The National Public Service Portal (DVCQG)", "documents/dvcqg.html"],
  ]);
});

it("then the packages, @hcc/core first, each with its version", () => {
  const packages = items.filter((item) => item.text.startsWith("@hcc/"));
  expect(packages[0]?.text).toMatch(/^@hcc\/core - v\d+\.\d+\.\d+/);
  expect(packages.length).toBeGreaterThanOrEqual(8);
  // Every page before the first package is a guide, the last of them the Changes page.
  const firstPackage = items.indexOf(packages[0] as NavigationItem);
  expect(items.slice(0, firstPackage).every((item) => item.path?.startsWith("documents/"))).toBe(true);
  expect(items[firstPackage - 1]).toEqual(expect.objectContaining({ text: "Changes", path: "documents/changes.html" }));
});
