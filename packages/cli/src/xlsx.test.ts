// `hcc demo --xlsx` and `hcc report --xlsx`: the workbook read back with exceljs (numeric cells,
// merged headers, column numbers) and converted by headless LibreOffice (Debian's
// libreoffice-calc; CI installs it), whose CSV must hold the same numbers.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { benTreDepartments } from "@hcc/examples";
import { hcc } from "../test/run.js";

const SOFFICE = process.env["SOFFICE_PATH"] ?? "/usr/bin/soffice";
const DOSSIERS = fileURLToPath(new URL("../../../examples/data/dossiers-2024-03.csv", import.meta.url));
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hcc-xlsx-"));
});

async function form(file: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet("Biểu 06");
  if (sheet === undefined) throw new Error(`no Biểu 06 sheet in ${file}`);
  return sheet;
}

/** The last row whose column B says "Tổng cộng". */
function totalRow(ws: ExcelJS.Worksheet): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === "Tổng cộng") found = row;
  });
  if (found === undefined) throw new Error("no total row");
  return found;
}

/** Converts a workbook's first sheet to UTF-8 CSV with headless LibreOffice (its own profile). */
function libreOfficeCsv(file: string): string[][] {
  const out = mkdtempSync(join(tmpdir(), "hcc-soffice-"));
  execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(join(out, "profile")).href}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out, file], {
    stdio: "pipe",
    timeout: 180_000,
  });
  const csv = join(out, file.split("/").at(-1)?.replace(/\.xlsx$/, ".csv") ?? "");
  // No field of this sheet holds a line break; quoted commas are handled.
  return readFileSync(csv, "utf8")
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => (m[1] ?? "").replace(/^"|"$/g, "").replaceAll('""', '"')).slice(0, 13));
}

describe("hcc demo --xlsx", () => {
  const file = (): string => join(dir, "bentre.xlsx");

  it("writes Biểu 06 in the official layout with the seed's totals as numbers", async () => {
    const r = hcc(["demo", "--xlsx", file(), "-f", "json"]);
    expect(r.code).toBe(0);
    const ws = await form(file());
    expect(ws.getCell("A1").value).toBe("Biểu số 06/VPCP/KSTT");
    expect(ws.getCell("D1").value).toBe("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    expect(ws.getCell("D3").value).toBe("Kỳ báo cáo: Từ ngày 06/5/2019 đến ngày 09/8/2019");
    expect(String(ws.getCell("K1").value)).toContain("Trung tâm Phục vụ hành chính công tỉnh Bến Tre");
    // merged two-level headers
    expect(ws.getCell("C6").value).toBe("Số hồ sơ nhận giải quyết");
    expect(ws.getCell("F6").isMerged && ws.getCell("F6").master.address).toBe("C6");
    expect(ws.getCell("M6").master.address).toBe("G6");
    expect(ws.getCell("J7").master.address).toBe("G7");
    expect(ws.getCell("H8").value).toBe("Trả trước hạn");
    expect(ws.getRow(9).values).toEqual([undefined, ...Array.from({ length: 13 }, (_, i) => `(${i + 1})`)]);
    expect(ws.getCell("B10").value).toBe("Sở Tư pháp (000.00.02.H07)");
    const total = totalRow(ws);
    expect([3, 4, 5, 6, 7, 11].map((c) => total.getCell(c).value)).toEqual([14_168, 677, 13_491, 0, 12_356, 1_812]);
    expect(total.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(total.getCell(3).numFmt).toBe("#,##0");
    let signature = false;
    ws.eachRow((row) => {
      if (row.getCell(9).value === "THỦ TRƯỞNG ĐƠN VỊ") signature = true;
    });
    expect(signature).toBe(true);
  });

  it("has the indicators and the late lists on further sheets", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file());
    expect(book.worksheets.map((w) => w.name)).toEqual(["Biểu 06", "Decision 766", "Late procedures", "Late units"]);
    const indicators = book.getWorksheet("Decision 766");
    const online = indicators?.getRows(2, 6)?.find((r) => r.getCell(1).value === "3.3");
    expect(online?.getCell(5).value).toBe(0.0478);
    expect(online?.getCell(5).numFmt).toBe("0.00%");
    expect(book.getWorksheet("Late units")?.getCell("B2").value).toBe("Sở Tư pháp");
  });

  it.skipIf(!existsSync(SOFFICE))("converts cleanly in headless LibreOffice, the numbers intact", () => {
    const rows = libreOfficeCsv(file());
    expect(rows[0]?.[0]).toBe("Biểu số 06/VPCP/KSTT");
    expect(rows.find((r) => r[0] === "(1)")).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    const total = rows.find((r) => r[1] === "Tổng cộng");
    // exported as shown: numbers under the sheet's "#,##0" format (a text cell would not be grouped)
    expect(total?.slice(2)).toEqual(["14,168", "677", "13,491", "0", "12,356", "6,151", "5,564", "641", "1,812", "1,585", "227"]);
    expect(rows.find((r) => r[0] === "1")?.[1]).toBe("Sở Tư pháp (000.00.02.H07)");
  }, 240_000);
});

describe("hcc report --xlsx --agencies", () => {
  it.skipIf(!existsSync(SOFFICE))("writes the form for a dossier file, units named, and LibreOffice reads the same totals", async () => {
    const agencies = join(dir, "agencies.csv");
    writeFileSync(agencies, `code,name\n${benTreDepartments.map((d) => `${d.code},"${d.name}"`).join("\n")}\n`);
    const out = join(dir, "r.xlsx");
    const r = hcc(["report", DOSSIERS, "--group-by", "agency", "--xlsx", out, "--agencies", agencies, "-f", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { total: { received: { total: number }; resolved: { total: number }; inProgress: { total: number } } };
    const ws = await form(out);
    expect(ws.getCell("D3").value).toBe("Kỳ báo cáo: Từ ngày 15/2/2024 đến ngày 29/3/2024");
    const total = totalRow(ws);
    expect([3, 7, 11].map((c) => total.getCell(c).value)).toEqual([json.total.received.total, json.total.resolved.total, json.total.inProgress.total]);
    const rows = libreOfficeCsv(out);
    expect(rows.find((row) => row[1] === "Tổng cộng")?.[2]?.replaceAll(",", "")).toBe(String(json.total.received.total));
    expect(rows.some((row) => row[1]?.startsWith("Sở Tư pháp (000.00.02.H07)"))).toBe(true);
  }, 240_000);
});
