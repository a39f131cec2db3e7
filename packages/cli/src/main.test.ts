// In-process tests of `main` (the same code the binary runs), with a fake terminal: fast, and
// measured by coverage. The subprocess tests in cli.test.ts check the built binary itself.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benTreCatalogue, syntheticCsv, syntheticDossiers } from "@hcc/examples";
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
    expect((await run(["check", catalogue, "-f", "json"])).out).toContain('"procedures": 21');
    expect((await run(["check", catalogue, "--lang", "vi"])).out).toContain("8 CÔNG KHAI");
    writeFileSync(join(dir, "not-json.json"), "[1,");
    expect((await run(["check", join(dir, "not-json.json")])).err).toMatch(/is not valid JSON/);
    expect((await run(["report", dir])).code).toBe(2);
  });

  it("shows a progress bar on a terminal for a large file (threshold from HCC_PROGRESS_MIN_BYTES)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hcc-progress-"));
    const data = join(dir, "big.csv");
    writeFileSync(data, [...syntheticCsv({ count: 5000, seed: 8, from: "2024-01-01", to: "2024-12-31" })].join(""));
    const env = { LANG: "C", HCC_PROGRESS_MIN_BYTES: "1000" };
    const r = await run(["report", data, "--from", "2024-01-01", "--to", "2024-12-31", "-f", "json"], { tty: true, env });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Reading \[#+/);
    expect(JSON.parse(r.out).total.received.total).toBe(5000);
    expect((await run(["report", data, "--from", "2024-01-01", "--to", "2024-12-31", "-f", "json"], { tty: false, env })).err).toBe("");
    expect((await run(["report", data, "--from", "2024-01-01", "--to", "2024-12-31", "-f", "json"], { tty: true })).err).toBe("");
  });

  it("reads NDJSON and JSON arrays, finds the period, lists bad rows, writes HTML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hcc-formats-"));
    const rows = [...syntheticDossiers({ count: 300, seed: 6, from: "2024-06-01", to: "2024-06-30" })];
    const ndjson = join(dir, "d.ndjson");
    writeFileSync(ndjson, rows.map((r) => JSON.stringify(r)).join("\n") + "\n{broken\n");
    const r = await run(["report", ndjson, "-f", "json", "--html", join(dir, "r.html"), "--lang", "vi"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.total.received.total).toBe(300);
    expect(out.period.from >= "2024-06-01" && out.period.to <= "2024-06-30").toBe(true);
    expect(r.err).toMatch(/1 dòng không đọc được/);
    const array = join(dir, "d.json");
    writeFileSync(array, JSON.stringify(rows));
    expect(JSON.parse((await run(["report", array, "-f", "json"])).out).total.received.total).toBe(300);
    const semicolon = join(dir, "d.csv");
    writeFileSync(semicolon, "code;procedureCode;agencyCode;channel;receivedAt;dueAt;endedAt;status\n" + rows.map((x) => [x.code, x.procedureCode, x.agencyCode, x.channel, x.receivedAt, x.dueAt, x.endedAt, x.status].join(";")).join("\n") + "\n");
    expect((await run(["report", semicolon, "-f", "csv"])).code).toBe(0);
    expect((await run(["report", semicolon, "--as-of", "2024-07-15", "--lang", "en"])).out).toContain("Dossier processing report");
  });

  it("runs the demo in every format", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hcc-demo-"));
    const json = await run(["demo", "-f", "json", "--html", join(dir, "demo.html"), "--seed", "3"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).total.received.total).toBe(14168);
    expect(json.err).toMatch(/Wrote .*demo\.html/);
    const vi = await run(["demo", "--lang", "vi"]);
    expect(vi.out).toContain("Bưu điện tỉnh đã tiếp nhận và trả kết quả: 1.516 hồ sơ.");
    expect((await run(["demo", "-f", "csv"])).out.split("\n").length).toBeGreaterThan(5);
  }, 120_000);
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
