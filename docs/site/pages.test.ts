import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireBuiltSite } from "./built-site.js";

const root = new URL("../..", import.meta.url).pathname;
const libraryPackages = readdirSync(join(root, "packages")).filter((name) =>
  existsSync(join(root, "packages", name, "src", "index.ts")),
);

describe("the built docs site", () => {
  it("has a landing page and one page per library package", () => {
    const site = requireBuiltSite();
    expect(readFileSync(join(site, "index.html"), "utf8")).toContain("<title>");
    const modules = readdirSync(join(site, "modules"));
    for (const name of libraryPackages) {
      expect(modules.some((file) => file.startsWith(`_hcc_${name}`)), `page for @hcc/${name}`).toBe(true);
    }
  });
});
