// `hcc report --profile portal-766`, through the built binary.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PORTAL_766_PERIOD, portal766Catalogue, portal766Dossiers } from "@hcc/examples";
import { beforeAll, describe, expect, it } from "vitest";
import { hcc } from "../test/run.js";

let dir = "";
let dossiers = "";
let catalogue = "";

interface Out {
  profile: string;
  authority: string;
  syncRatio: number;
  indicators: { id: string; procedureCode?: string; numerator: number; denominator: number; value: number | null; points: number | null; maxPoints: number; applicable: boolean }[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hcc-portal-"));
  dossiers = join(dir, "dossiers.ndjson");
  writeFileSync(dossiers, portal766Dossiers.map((d) => `${JSON.stringify(d)}\n`).join(""));
  catalogue = join(dir, "procedures.json");
  writeFileSync(catalogue, JSON.stringify({ procedures: portal766Catalogue }));
});

describe("hcc report --profile portal-766", () => {
  it("prints the portal's indicators as JSON: the hand-computed numbers of the example", () => {
    const r = hcc(["report", dossiers, "--profile", "portal-766", "--catalogue", catalogue, "--sync-ratio", "0.97", "--from", PORTAL_766_PERIOD.from, "--to", PORTAL_766_PERIOD.to, "-f", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect([out.profile, out.authority, out.syncRatio]).toEqual(["portal-766", "portal-766", 0.97]);
    const row = (id: string) => out.indicators.find((i) => i.id === id);
    expect(row("2.1")).toEqual({ id: "2.1", numerator: 10, denominator: 15, value: 10 / 15, points: 13.33, maxPoints: 20, applicable: true });
    expect(row("3.3")).toMatchObject({ numerator: 3, denominator: 14, points: 2.49 });
    expect(row("3.6")).toMatchObject({ numerator: 3, denominator: 9, points: 2 });
    expect(out.indicators.filter((i) => i.id === "2.2").map((i) => [i.procedureCode, i.value])).toEqual([
      ["1.000894", 0.61],
      ["1.001612", 2.5],
      ["2.000635", 9.5],
    ]);
    for (const i of out.indicators) expect(Object.keys(i)).toEqual(expect.arrayContaining(["id", "numerator", "denominator", "value", "points", "maxPoints", "applicable"]));
  });

  it("the table and the HTML page show the same indicators; the period defaults to the file's receipt dates", () => {
    const html = join(dir, "portal.html");
    const r = hcc(["report", dossiers, "--profile", "portal-766", "--catalogue", catalogue, "--html", html, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Period: 2025-07-20 – 2025-08-28");
    const page = readFileSync(html, "utf8");
    for (const id of ["1.4", "2.1", "2.2", "3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5b", "5.4"]) {
      expect(r.stdout).toMatch(new RegExp(`^${id.replace(".", "\\.")} `, "m"));
      expect(page).toContain(`data-id="${id}"`);
    }
  });

  it("reads a real vendor's DongBoHoSoMC record (DuocThanhToanTrucTuyen \"3\")", () => {
    const file = join(dir, "vendor.json");
    writeFileSync(file, `[${readFileSync(new URL("../../dvcqg/fixtures/legacy-dongbohosomc-vendor.json", import.meta.url), "utf8")}]`);
    const r = hcc(["report", file, "--profile", "portal-766", "--catalogue", catalogue, "-f", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("id,procedureCode,unit,numerator,denominator,value,points,maxPoints,applicable");
    expect(r.stdout).toContain("\n2.1,,,1,1,1,20,20,true\n");
  });

  it.each([
    ["a bad profile name", ["--profile", "portal766"], /^hcc report: unknown --profile "portal766"; expected law or portal-766\n$/],
    ["no catalogue", ["--profile", "portal-766"], /^hcc report: --profile portal-766 needs --catalogue/],
    ["a sync ratio without the portal profile", ["--sync-ratio", "0.9"], /^hcc report: --sync-ratio needs --profile portal-766\n$/],
    ["a sync ratio above 1", ["--profile", "portal-766", "--catalogue", "CAT", "--sync-ratio", "97"], /^hcc report: --sync-ratio must be a number from 0 to 1, got "97"\n$/],
  ])("exits 2 with one line for %s", (_name, args, message) => {
    const r = hcc(["report", dossiers, ...args.map((a) => (a === "CAT" ? catalogue : a))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("exits 2 with one line, and writes nothing, for a catalogue that is not procedures", () => {
    const notProcedures = join(dir, "not-procedures.json");
    writeFileSync(notProcedures, JSON.stringify({ procedures: [{ name: "no code" }] }));
    const html = join(dir, "never.html");
    const r = hcc(["report", dossiers, "--profile", "portal-766", "--catalogue", notProcedures, "--html", html]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^hcc report: catalogue .*: procedure 0 is invalid/);
    expect(() => readFileSync(html)).toThrow();
    const dossiersAsCatalogue = hcc(["report", dossiers, "--profile", "portal-766", "--catalogue", dossiers]);
    expect(dossiersAsCatalogue.code).toBe(2);
    expect(dossiersAsCatalogue.stderr).toMatch(/^hcc report: catalogue .* is not valid JSON/);
  });
});
