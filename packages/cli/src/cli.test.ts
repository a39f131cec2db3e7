// Integration tests: the built `hcc` binary (bin/hcc.js → dist/cli.js) run as a subprocess.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { computeDueDate } from "@hcc/sla";
import { vietnamCalendar, toLunarDate } from "@hcc/calendar";
import { benTreCatalogue, syntheticCsv, syntheticNdjson } from "@hcc/examples";
import { hcc } from "../test/run.js";

const COMMANDS = ["demo", "report", "due", "calendar", "lunar", "check", "schema"];
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hcc-cli-"));
});

describe("hcc", () => {
  it("--help lists every subcommand and exits 0", () => {
    const r = hcc(["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c} `);
    expect(r.stdout).toContain("Exit codes: 0 success, 1 findings (check), 2 bad usage or unreadable input.");
  });

  it("without a command prints the help on stderr and exits 2; --version prints the version", () => {
    const r = hcc([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: hcc <command>");
    expect(hcc(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each(COMMANDS)("hcc %s --help explains the command in English and Vietnamese", (c) => {
    const en = hcc([c, "--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`Usage: hcc ${c}`);
    expect(en.stdout).toContain("Exit codes:");
    const vi = hcc([c, "--help", "--lang", "vi"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(`Cách dùng: hcc ${c}`);
  });
});

describe("bad input exits 2 with one line and no stack trace", () => {
  const cases: [string, string[], RegExp][] = [
    ["unknown command", ["frobnicate"], /unknown command "frobnicate"/],
    ["demo: bad seed", ["demo", "--seed", "x"], /--seed must be an integer/],
    ["demo: unknown option", ["demo", "--nope"], /Unknown option '--nope'/],
    ["report: no file", ["report"], /give one dossier file/],
    ["report: missing file", ["report", "/nonexistent/dossiers.csv"], /cannot read \/nonexistent\/dossiers.csv: no such file/],
    ["report: bad date", ["report", "x.csv", "--from", "2024-13-01"], /Invalid date|no such file/],
    ["report: bad group", ["report", "x.csv", "--group-by", "planet"], /unknown --group-by dimension "planet"/],
    ["due: no received", ["due", "--working-days", "3"], /--received <ISO> is required/],
    ["due: bad received", ["due", "--received", "2024-02-30T08:00", "--working-days", "3"], /Invalid date "2024-02-30T08:00"/],
    ["due: two units", ["due", "--received", "2024-03-01", "--working-days", "3", "--months", "1"], /exactly one of/],
    ["due: negative", ["due", "--received", "2024-03-01", "--working-days", "-3"], /--working-days/],
    ["due: bad pause", ["due", "--received", "2024-03-01", "--working-days", "3", "--pause", "2024-03-02"], /--pause must be <ISO>\/<ISO>/],
    ["due: bad cutoff", ["due", "--received", "2024-03-01", "--working-days", "3", "--cutoff", "25:00"], /--cutoff must be HH:MM/],
    ["due: bad format", ["due", "--received", "2024-03-01", "--working-days", "3", "--format", "xml"], /--format must be one of table, json, csv, got "xml"/],
    ["calendar: no dates", ["calendar"], /--from YYYY-MM-DD is required/],
    ["calendar: reversed", ["calendar", "--from", "2024-02-01", "--to", "2024-01-01"], /is before --from/],
    ["calendar: too long", ["calendar", "--from", "2000-01-01", "--to", "2020-01-01"], /at most 3660 days/],
    ["lunar: no date", ["lunar"], /give one date/],
    ["lunar: out of range", ["lunar", "1800-01-01"], /1800-01-01|out of range|outside/i],
    ["lunar: no such leap month", ["lunar", "--to-solar", "2024-03-01", "--leap"], /leap|invalid_lunar_date/],
    ["check: no file", ["check"], /give one catalogue file/],
    ["check: missing file", ["check", "/nonexistent/catalogue.json"], /no such file/],
    ["schema: unknown model", ["schema", "planet"], /unknown model "planet"/],
    ["bad --lang", ["calendar", "--from", "2024-01-01", "--to", "2024-01-02", "--lang", "fr"], /--lang must be vi or en, got "fr"/],
  ];
  it.each(cases)("%s", (_name, args, message) => {
    const r = hcc(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("check: a file that is not JSON, and a JSON that is not a catalogue", () => {
    writeFileSync(join(dir, "broken.json"), "{ nope");
    writeFileSync(join(dir, "object.json"), JSON.stringify({ hello: 1 }));
    for (const f of ["broken.json", "object.json"]) {
      const r = hcc(["check", join(dir, f)]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("report: an empty file", () => {
    writeFileSync(join(dir, "empty.csv"), "");
    const r = hcc(["report", join(dir, "empty.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no receipt date found/);
  });

  it("--debug adds the stack trace", () => {
    const r = hcc(["due", "--received", "nope", "--working-days", "1", "--debug"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe("hcc due", () => {
  it("prints { clockStart, dueAt, dueDate } as JSON, equal to @hcc/sla", () => {
    const r = hcc(["due", "--received", "2024-03-08T16:59", "--working-days", "3", "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    const expected = computeDueDate("2024-03-08T16:59", { value: 3, unit: "working_days" }, { calendar: vietnamCalendar() });
    expect(out).toMatchObject({ clockStart: "2024-03-08T16:59:00+07:00", dueAt: expected.at, dueDate: expected.date });
    expect(out["dueAt"]).toBe("2024-03-13T17:00:00+07:00");
  });

  it("handles hours across lunch, calendar days, months, a cut-off and pauses", () => {
    const json = (args: string[]) => JSON.parse(hcc(["due", ...args, "-f", "json"]).stdout) as Record<string, unknown>;
    expect(json(["--received", "2024-03-11T09:00", "--working-hours", "4"])["dueAt"]).toBe("2024-03-11T15:00:00+07:00"); // 2.5 h before lunch, 1.5 h after 13:30
    expect(json(["--received", "2024-03-11T15:20", "--working-days", "0", "--cutoff", "15:00"])["dueDate"]).toBe("2024-03-12");
    const paused = json(["--received", "2024-03-01T09:00", "--working-days", "10", "--pause", "2024-03-05T09:00/2024-03-07T09:00"]);
    expect(paused["pausedMinutes"]).toBe(960);
    expect(paused["dueBeforePauses"]).toBe("2024-03-15T17:00:00+07:00");
    expect(paused["dueDate"]).toBe("2024-03-19");
    expect(json(["--received", "2024-01-31T10:00", "--months", "1"])["dueDate"]).toBe("2024-02-29");
    expect(json(["--received", "2025-04-25T10:00", "--calendar-days", "5"])["dueDate"]).toBe("2025-05-05");
  });

  it("prints a table by default and CSV on request", () => {
    expect(hcc(["due", "--received", "2024-03-08T16:59", "--working-days", "3"]).stdout).toMatch(/Due date[\s\S]*2024-03-13/);
    expect(hcc(["due", "--received", "2024-03-08T16:59", "--working-days", "3", "-f", "csv"]).stdout.split("\n")[0]).toBe("received,clockStart,dueAt,dueDate,pausedMinutes,rules");
  });
});

describe("hcc calendar", () => {
  it("prints one { date, working, kind, name, status } per date, as dayInfo", () => {
    const r = hcc(["calendar", "--from", "2019-04-27", "--to", "2019-05-06", "--format", "json"]);
    expect(r.code).toBe(0);
    const days = JSON.parse(r.stdout) as { date: string; working: boolean; kind: string; name: string; status: string }[];
    expect(days).toHaveLength(10);
    const cal = vietnamCalendar();
    for (const d of days) {
      const info = cal.dayInfo(d.date);
      expect(d).toEqual({ date: info.date, working: info.working, kind: info.kind, name: info.name.en, status: info.status });
    }
    expect(days.find((d) => d.date === "2019-05-04")?.kind).toBe("makeup_workday");
  });

  it("--only-off keeps the weekdays off and make-up days", () => {
    const r = hcc(["calendar", "--from", "2019-01-01", "--to", "2019-12-31", "--only-off", "-f", "csv"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("date,working,kind,name,status");
    expect(lines.some((l) => l.startsWith("2019-04-29,false,bridge_off"))).toBe(true);
    expect(lines.some((l) => l.startsWith("2019-05-04,true,makeup_workday"))).toBe(true);
    expect(lines.every((l) => !l.includes(",weekend,"))).toBe(true);
  });
});

describe("hcc lunar", () => {
  it("converts to { year, month, day, leap } and back to { date }", () => {
    const r = hcc(["lunar", "2025-04-07", "--format", "json"]);
    expect(JSON.parse(r.stdout)).toEqual({ ...toLunarDate("2025-04-07") });
    expect(JSON.parse(r.stdout)).toEqual({ year: 2025, month: 3, day: 10, leap: false });
    expect(JSON.parse(hcc(["lunar", "--to-solar", "2026-01-01", "-f", "json"]).stdout)).toEqual({ date: "2026-02-17" });
    expect(JSON.parse(hcc(["lunar", "--to-solar", "2025-06-01", "--leap", "-f", "json"]).stdout)).toEqual({ date: "2025-07-25" });
    expect(hcc(["lunar", "2024-02-10"]).stdout).toContain("Giáp Thìn");
  });
});

describe("hcc schema", () => {
  it.each(["procedure", "dossier", "agency"])("prints the JSON Schema of %s", (model) => {
    const r = hcc(["schema", model]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["type"]).toBe("object");
  });
});

describe("hcc check", () => {
  it("reports on the sample catalogue, in every format", () => {
    const file = join(dir, "catalogue.json");
    writeFileSync(file, JSON.stringify(benTreCatalogue));
    const table = hcc(["check", file]);
    expect([0, 1]).toContain(table.code);
    expect(table.stdout).toMatch(/8 DISCLOSURES/i);
    const json = hcc(["check", file, "--format", "json"]);
    const rep = JSON.parse(json.stdout) as { procedures: number; findings: { bySeverity: { error: number } } };
    expect(rep.procedures).toBe(benTreCatalogue.length);
    expect(json.code).toBe(rep.findings.bySeverity.error > 0 ? 1 : 0);
    expect(hcc(["check", file, "-f", "csv"]).stdout.split("\n")[0]).toBe("code,count");
  });

  it("exits 1 on a catalogue with missing disclosures", () => {
    const file = join(dir, "bad-catalogue.json");
    writeFileSync(file, JSON.stringify({ procedures: [{ code: "1.001612", name: "-" }] }));
    const r = hcc(["check", file, "--lang", "vi"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("8 CÔNG KHAI");
  });
});

describe("hcc report", () => {
  it("reads a CSV file in the stats column contract and prints { total, rows } as JSON", () => {
    const file = join(dir, "dossiers.csv");
    writeFileSync(file, [...syntheticCsv({ count: 3000, seed: 9, from: "2024-01-01", to: "2024-03-31" })].join(""));
    const r = hcc(["report", file, "--group-by", "channel", "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      period: { from: string; to: string };
      total: { received: Record<string, number>; resolved: Record<string, number>; inProgress: Record<string, number> };
      rows: { channel: string; received: { total: number } }[];
    };
    expect(out.total.received["total"]).toBe(3000);
    expect(out.total.received).toEqual({ total: 3000, online: expect.any(Number), directOrPostal: expect.any(Number), carriedOver: 0 });
    const { resolved, inProgress } = out.total;
    expect((resolved["early"] ?? 0) + (resolved["onTime"] ?? 0) + (resolved["late"] ?? 0)).toBe(resolved["total"]);
    expect((inProgress["withinDeadline"] ?? 0) + (inProgress["overdue"] ?? 0)).toBe(inProgress["total"]);
    expect((resolved["total"] ?? 0) + (inProgress["total"] ?? 0)).toBe(3000);
    expect(out.rows.map((row) => row.channel).sort()).toEqual(["direct", "online", "postal"]);
    expect(out.rows.reduce((s, row) => s + row.received.total, 0)).toBe(3000);
    expect(out.period.from >= "2024-01-01" && out.period.to <= "2024-03-31").toBe(true);
  });

  it("reads NDJSON, honours --from/--to, lists bad rows with line numbers and writes --html", () => {
    const file = join(dir, "dossiers.ndjson");
    const lines = [...syntheticNdjson({ count: 500, seed: 4, from: "2024-05-01", to: "2024-05-31" })];
    lines.splice(10, 0, '{"code":"X","procedureCode":"1.001612","channel":"direct","status":"returned","receivedAt":"not a date"}\n');
    writeFileSync(file, lines.join(""));
    const html = join(dir, "report.html");
    const r = hcc(["report", file, "--from", "2024-05-01", "--to", "2024-05-31", "--html", html, "-f", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 row\(s\) could not be read/);
    expect(r.stderr).toMatch(/line 11:/);
    expect(JSON.parse(r.stdout).total.received.total).toBe(500);
    expect(readFileSync(html, "utf8")).toMatch(/<svg/);
    // a wide terminal gets the full one-line headers (narrower ones: see report-layout.test.ts)
    expect(hcc(["report", file, "--lang", "vi"], { env: { COLUMNS: "400" } }).stdout).toContain("Tổng số hồ sơ tiếp nhận");
    expect(hcc(["report", file, "-f", "csv"]).stdout.split("\n").length).toBeGreaterThan(2);
  });
});

describe("hcc demo", () => {
  it("prints the seed's numbers", () => {
    const r = hcc(["demo"]);
    expect(r.code).toBe(0);
    for (const figure of ["14,168", "11,533", "1,958", "677", "12,356", "1,812", "1,516", "81.4%", "13.81%", "4.77%", "87.2%", "12.8%"]) {
      expect(r.stdout).toContain(figure);
    }
    const vi = hcc(["demo", "--lang", "vi"]);
    for (const figure of ["14.168", "11.533", "1.958", "12.356", "1.812", "1.516", "81,4%", "13,81%", "4,77%"]) expect(vi.stdout).toContain(figure);
  });

  it("--format json gives the Biểu 06 totals matching the seed, and --html writes the page", () => {
    const html = join(dir, "demo.html");
    const r = hcc(["demo", "--format", "json", "--html", html]);
    const out = JSON.parse(r.stdout) as { total: { received: { total: number; online: number; directOrPostal: number }; resolved: { total: number }; inProgress: { total: number } }; postalReturns: number };
    expect(out.total.received).toMatchObject({ total: 14168, online: 677, directOrPostal: 11533 + 1958 });
    expect(out.total.resolved.total).toBe(12356);
    expect(out.total.inProgress.total).toBe(1812);
    expect(out.postalReturns).toBe(1516);
    expect(existsSync(html)).toBe(true);
  });
});
