// In-process tests of `main` (the same code the binary runs), with a fake terminal: fast, and
// measured by coverage. The subprocess tests in cli.test.ts check the built binary itself.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benTreCatalogue, syntheticCsv } from "@hcc/examples";
import { formatNumber, csv, table } from "./_internal/output.js";
import { oneLine, CliError } from "./_internal/context.js";
import { main, mainHelp, COMMANDS } from "./main.js";

async function run(args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    stderrIsTTY: options.tty ?? false,
    cwd: process.cwd(),
    env: options.env ?? { LANG: "C" },
  });
  return { code, out, err };
}

describe("main", () => {
  it("dispatches every command's help in both languages", async () => {
    for (const c of COMMANDS) {
      expect((await run([c.name, "--help"])).out).toContain(`Usage: hcc ${c.name}`);
      expect((await run([c.name, "-h", "--lang", "vi"])).out).toContain(`Cách dùng: hcc ${c.name}`);
    }
    expect(mainHelp("vi")).toContain("Lệnh:");
    expect((await run(["--help"], { env: { LANG: "vi_VN.UTF-8" } })).out).toContain("Cách dùng");
    expect((await run(["help"], { env: { HCC_LANG: "en", LANG: "vi_VN" } })).out).toContain("Usage: hcc <command>");
  });

  it("returns 2 with one line for bad usage", async () => {
    for (const args of [[], ["nope"], ["--nope"], ["due"], ["calendar", "--from", "2024-1-1", "--to", "2024-01-02"], ["lunar", "2024-1-1"], ["lunar", "--to-solar", "x"], ["lunar", "2024-01-01", "--leap"], ["schema"], ["demo", "extra"], ["due", "--received", "2024-01-01", "--working-days", "1", "--convention", "week"], ["report", "a", "b"], ["check", "a", "b"]]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().length).toBeGreaterThan(0);
    }
  });

  it("computes due dates, calendars, lunar dates and schemas", async () => {
    expect(JSON.parse((await run(["due", "--received", "2024-03-08T16:59", "--working-days", "3", "-f", "json"])).out).dueDate).toBe("2024-03-13");
    expect((await run(["due", "--received", "2024-03-08T16:59", "--working-days", "3", "--convention", "hour", "--lang", "vi"])).out).toContain("Ngày hẹn trả");
    expect((await run(["calendar", "--from", "2019-04-29", "--to", "2019-05-01", "--lang", "vi"])).out).toContain("Ngày");
    expect((await run(["lunar", "2024-02-10", "-f", "csv"])).out).toBe("year,month,day,leap\n2024,1,1,false\n");
    expect((await run(["lunar", "--to-solar", "2024-01-01", "--lang", "vi"])).out).toContain("2024-02-10");
    expect((await run(["lunar", "--to-solar", "2024-01-01", "-f", "csv"])).out).toBe("date\n2024-02-10\n");
    expect(JSON.parse((await run(["schema", "procedure"])).out).type).toBe("object");
  });

  it("runs check and report on files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hcc-main-"));
    const catalogue = join(dir, "catalogue.json");
    writeFileSync(catalogue, JSON.stringify({ procedures: benTreCatalogue }));
    const strict = await run(["check", catalogue, "--strict", "-f", "csv"]);
    expect([0, 1]).toContain(strict.code);
    const data = join(dir, "d.csv");
    writeFileSync(data, [...syntheticCsv({ count: 400, seed: 2, from: "2024-02-01", to: "2024-02-29" })].join(""));
    const r = await run(["report", data, "--group-by", "month", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).total.received.total).toBe(400);
    expect((await run(["report", data, "--to", "2024-01-01"])).code).toBe(2);
    expect((await run(["report", dir])).code).toBe(2);
  });

  it("shows a progress bar on a terminal for a large file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hcc-progress-"));
    const data = join(dir, "big.csv");
    const lines = [...syntheticCsv({ count: 130_000, seed: 8, from: "2024-01-01", to: "2024-12-31" })];
    writeFileSync(data, lines.join(""));
    const r = await run(["report", data, "--from", "2024-01-01", "--to", "2024-12-31", "-f", "json"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Reading \[#+/);
    expect(JSON.parse(r.out).total.received.total).toBe(130_000);
    const quiet = await run(["report", data, "--from", "2024-01-01", "--to", "2024-12-31", "-f", "json"], { tty: false });
    expect(quiet.err).toBe("");
  });
});

describe("output helpers", () => {
  it("format tables, CSV and numbers without locale", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(1.5)).toBe("1.5");
    expect(csv(["a", "b"], [['x,"y"', null]])).toBe('a,b\n"x,""y""",\n');
    expect(table(["n", "name"], [[1000, "Sở Tư pháp"]])).toBe("    n  name\n-----  ----------\n1,000  Sở Tư pháp\n");
  });

  it("turn any error into one line", () => {
    expect(oneLine(new CliError("boom"))).toBe("boom");
    expect(oneLine(Object.assign(new Error("x"), { code: "ENOENT", path: "/a" }))).toBe("cannot read /a: no such file");
    expect(oneLine(new Error("bad\nthing"))).toMatch(/^internal error: bad \(run with --debug/);
    expect(oneLine("weird")).toBe("internal error: weird");
  });
});
