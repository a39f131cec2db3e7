// `hcc demo` and `hcc report` as a statistician runs them: every line within the terminal's width
// (COLUMNS, as a shell sets it; 80 when stdout is not a terminal), departments named in the rows,
// and bad name files rejected with one line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { benTreCatalogue, benTreDepartments } from "@hcc/examples";
import { hcc } from "../test/run.js";

const DOSSIERS = fileURLToPath(new URL("../../../examples/data/dossiers-2024-03.csv", import.meta.url));
// Display width: code points of the composed text (what a terminal shows for Vietnamese).
const widest = (text: string): number => Math.max(...text.split("\n").map((l) => [...l.normalize("NFC")].length));
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hcc-layout-"));
});

describe("hcc demo in a terminal", () => {
  for (const columns of [80, 100]) {
    it(`prints no line wider than ${columns} columns and names the departments in its rows`, () => {
      for (const lang of ["vi", "en"] as const) {
        const r = hcc(["demo", "--lang", lang], { env: { COLUMNS: String(columns) } });
        expect(r.code).toBe(0);
        expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
        const justice = lang === "vi" ? "Sở Tư pháp" : "Department of Justice";
        // a Biểu 06 row: number, name (the code beside it if it fits), then counts
        expect(r.stdout).toMatch(new RegExp(`^\\s+1\\s+${justice}( \\(000\\.00\\.02\\.H07\\))?\\s+[\\d.,]+\\s+[\\d.,]+`, "m"));
      }
    });
  }

  it("is laid out for 80 columns when stdout is not a terminal and COLUMNS is unset", () => {
    const r = hcc(["demo"], { env: { COLUMNS: "" } });
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it("shows the code beside the name when the terminal is wide enough", () => {
    const r = hcc(["demo", "--lang", "vi"], { env: { COLUMNS: "250" } });
    expect(r.stdout).toContain("Sở Tư pháp (000.00.02.H07)");
    expect(widest(r.stdout)).toBeLessThanOrEqual(250);
  });

  it("prints one rounding for one fact, and the article's truncated shares on their own line", () => {
    const r = hcc(["demo", "--lang", "en"], { env: { COLUMNS: "100" } });
    expect(r.stdout).toContain("Online: 677 (4.78%)");
    expect(r.stdout).toContain("3.3 Online dossiers: 4.78%");
    expect(r.stdout).toMatch(/As the article printed them[\s\S]*online\s+4\.77%/);
    expect(r.stdout).toContain("2.2 Average processing time (days): 5.52 days");
    expect(r.stdout).toContain("From 6 May 2019 to 9 August 2019");
  });

  it("--format csv and json keep their shape (no layout, codes as keys)", () => {
    const csv = hcc(["demo", "-f", "csv"], { env: { COLUMNS: "40" } }).stdout.split("\r\n");
    expect(csv[1]?.startsWith("1,000.00.02.H07,7270,")).toBe(true);
    const json = JSON.parse(hcc(["demo", "-f", "json"], { env: { COLUMNS: "40" } }).stdout) as { rows: { agency: string }[]; publishedShares: { online: number }; summary: { percent: { online: number } } };
    expect(json.rows[0]?.agency).toBe("000.00.02.H07");
    expect(json.summary.percent.online).toBe(4.78);
    expect(json.publishedShares.online).toBe(4.77);
  });
});

describe("hcc report --agencies / --catalogue", () => {
  it("names the units from a CSV file (quoted names with commas) and fits 80 columns", () => {
    const file = join(dir, "agencies.csv");
    writeFileSync(file, `code,name\r\n${benTreDepartments.map((d) => `${d.code},"${d.name}"`).join("\r\n")}\r\n`);
    const r = hcc(["report", DOSSIERS, "--group-by", "agency", "--agencies", file, "--lang", "vi"], { env: { COLUMNS: "80" } });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain("Sở Văn hóa, Thể thao và Du lịch");
    expect(r.stdout).toContain("Từ ngày 15/2/2024");
  });

  it("reads a JSON array of agencies (core's parseAgency) and a catalogue (core's parseProcedure)", () => {
    const agencies = join(dir, "agencies.json");
    writeFileSync(agencies, JSON.stringify(benTreDepartments.map((d) => ({ code: d.code, name: d.name }))));
    const catalogue = join(dir, "procedures.json");
    writeFileSync(catalogue, JSON.stringify(benTreCatalogue));
    const r = hcc(["report", DOSSIERS, "--group-by", "agency,procedure", "--agencies", agencies, "--catalogue", catalogue], { env: { COLUMNS: "100" } });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain("Sở Tư pháp · Cấp Phiếu lý lịch tư pháp");
  });

  const bad: [string, string, string, RegExp][] = [
    ["--agencies", "missing.csv", "", /agencies file .*missing\.csv: no such file/],
    ["--agencies", "no-header.csv", "000.00.02.H07,Sở Tư pháp\n", /agencies file .*no-header\.csv: the first line must name the columns "code" and "name"/],
    ["--agencies", "broken.json", "[{", /agencies file .*broken\.json: not valid JSON/],
    ["--agencies", "nameless.json", '[{"code":"000.00.02.H07"}]', /agencies file .*nameless\.json: agency 0 is invalid/],
    ["--agencies", "twice.csv", "code,name\nA,x\nA,y\n", /agencies file .*twice\.csv: line 3 repeats the code A/],
    ["--catalogue", "procedures-bad.json", '[{"code":"1.001612","name":"Đăng ký"},{"code":"2.000488"}]', /catalogue .*procedures-bad\.json: procedure 1 \(2\.000488\) is invalid/],
    ["--catalogue", "object.json", '{"items":[]}', /catalogue .*object\.json must hold an array of procedures/],
    ["--catalogue", "missing.json", "", /cannot read catalogue .*missing\.json: no such file/],
  ];
  it.each(bad)("%s %s exits 2 with one line naming the file and the problem", (option, name, content, message) => {
    const file = join(dir, name);
    if (content !== "") writeFileSync(file, content);
    const r = hcc(["report", DOSSIERS, option, file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe("hcc due in words", () => {
  it("says when the dossier is due and the working time to it, the same in any process time zone", () => {
    for (const TZ of ["UTC", "America/New_York", "Asia/Ho_Chi_Minh"]) {
      const en = hcc(["due", "--received", "2024-03-08T16:59", "--working-hours", "19"], { env: { TZ } });
      expect(en.stdout).toContain("Due at 09:59 on Wednesday, 13 March 2024 — due in 2 working days 3 hours from the clock start.");
    }
    const vi = hcc(["due", "--received", "2024-03-08T16:59", "--working-days", "3", "--lang", "vi"]);
    expect(vi.stdout).toContain("Hạn: 17:00 Thứ Tư, 13/3/2024 — sau 3 ngày làm việc 1 phút kể từ lúc bắt đầu tính.");
    expect(hcc(["due", "--received", "2024-03-08T16:59", "--working-days", "3", "-f", "json"]).stdout).not.toContain("working days");
  });
});
