import { readFileSync } from "node:fs";
import { isHccError } from "@hcc/core";
import { portal766, readPortalDossiers, renderPortalHtml, renderPortalText } from "@hcc/stats";
import { describe, expect, it } from "vitest";

const vendor = readFileSync(new URL("../../../dvcqg/fixtures/legacy-dongbohosomc-vendor.json", import.meta.url), "utf8");
const catalogue = [{ code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh", cases: [{ channels: [{ channel: "direct", processingTime: { value: 3, unit: "working_days" } }] }] }];

describe("readPortalDossiers", () => {
  it("reads NDJSON mixing DongBoHoSoMC records (nested lists) and our columns", () => {
    const ndjson = `${JSON.stringify(JSON.parse(vendor))}\n\n{"procedureCode":"1.001612","status":"5","receivedAt":"20250805080000","supplements":[{"requestedAt":"2025-08-06 09:00"}]}\n`;
    const { dossiers, badRows } = readPortalDossiers(ndjson);
    expect(badRows).toEqual([]);
    expect(dossiers.map((d) => [d.procedureCode, d.status, d.payment, d.supplements.length])).toEqual([
      ["1.004227", "returned", "not_paid_vendor", 0],
      ["1.001612", "supplement_requested", undefined, 1],
    ]);
  });

  it("reads a JSON array and a CSV (quoted JSON lists in cells, CRLF, BOM)", () => {
    expect(readPortalDossiers(`[${vendor}]`).dossiers).toHaveLength(1);
    const csv =
      '\uFEFFprocedureCode,status,channel,receivedAt,results,fees\r\n' +
      '1.001612,10,2,2025-08-04 08:00,"[{""code"":""KQ"",""fileUrl"":""https://x/1""}]",8000;0\r\n' +
      "1.001612,4,,20250805080000,,\r\n";
    const { dossiers } = readPortalDossiers(csv);
    expect(dossiers.map((d) => [d.channel, d.results, d.fees])).toEqual([
      ["online", [{ code: "KQ", fileUrl: "https://x/1" }], [8000, 0]],
      ["direct", [], []],
    ]);
  });

  it("strict: the first bad record throws with its line; lenient: bad records are listed", () => {
    const ndjson = '{"procedureCode":"1.001612","status":4}\n{"MaHoSo":"X-250805-0001","MaTTHC":"1.001612","TrangThaiHoSo":"4","DuocThanhToanTrucTuyen":"9"}\nnot json\n';
    try {
      readPortalDossiers(ndjson);
      expect.unreachable();
    } catch (error) {
      expect(isHccError(error) && error.code).toBe("invalid_record");
      expect((error as Error).message).toMatch(/^Line 2: DuocThanhToanTrucTuyen: unknown online payment channel/);
    }
    const { dossiers, badRows } = readPortalDossiers(ndjson, { mode: "lenient" });
    expect(dossiers).toHaveLength(1);
    expect(badRows.map((b) => [b.line, b.field])).toEqual([
      [2, "DuocThanhToanTrucTuyen"],
      [3, "row"],
    ]);
    expect(() => readPortalDossiers('{"a":1}', { format: "json" })).toThrow(/array/);
    expect(() => readPortalDossiers('a,b\n"x,1\n')).toThrow(/not closed/);
  });
});

describe("renderPortalText / renderPortalHtml", () => {
  const report = portal766(readPortalDossiers(vendor.replace(/\n/g, "")).dossiers, { from: "2025-08-01", to: "2025-08-31", catalogue, syncRatio: 0.97 });

  it("shows every indicator with numerator, denominator, value and points, and names the authority", () => {
    const text = renderPortalText(report, { lang: "en" });
    expect(text).toContain("(portal-766)");
    expect(text).toContain("Sync ratio (3.3 is multiplied by it): 0.97");
    const ids = report.indicators.map((i) => i.id);
    for (const id of ids) expect(text).toMatch(new RegExp(`^${id.replace(".", "\\.")}\\b`, "m"));
    expect(text).toMatch(/^2\.1 +│ Processed early or on time +│ +1 │ +1 │ +100% │ +20\/20$/m);
    expect(text).toContain("Procedures missing from the catalogue: 1.004227");
    expect(renderPortalText(report)).toContain("Không áp dụng");
  });

  it("the HTML page has the same rows, escaped, self-contained", () => {
    const html = renderPortalHtml(report, { lang: "en" });
    expect(html.match(/<tr data-id=/g)).toHaveLength(report.indicators.length);
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!dvc)/);
    expect(html).toContain('<tr data-id="2.1"><td>2.1</td>');
  });
});
