import { describe, expect, it } from "vitest";
import { HALF_UP_STYLE, buildReport, createAggregator, renderText, type StatsDossierInput } from "@hcc/stats";
import { displayWidth } from "./_internal/text-table.js";

// Six departments with long names, 14,168 dossiers, open ones partly overdue: five-digit counts in
// every column, the widest a Biểu 06 table gets for a province.
const DEPARTMENTS: readonly [string, string][] = [
  ["000.00.02.H07", "Sở Tư pháp"],
  ["000.00.03.H07", "Sở Kế hoạch và Đầu tư"],
  ["000.00.06.H07", "Sở Nông nghiệp và Phát triển nông thôn"],
  ["000.00.11.H07", "Sở Lao động - Thương binh và Xã hội"],
  ["000.00.12.H07", "Sở Văn hóa, Thể thao và Du lịch"],
  ["000.00.15.H07", "Sở Y tế"],
];
const agencies = new Map(DEPARTMENTS);

function dossiers(): StatsDossierInput[] {
  const out: StatsDossierInput[] = [];
  for (let i = 0; i < 14_168; i++) {
    const received = new Date(Date.UTC(2019, 4, 6 + (i % 80), 2, 0));
    const ended = i % 8 !== 0;
    out.push({
      procedureCode: `1.00${1000 + (i % 50)}`,
      agencyCode: (DEPARTMENTS[i % 6] as [string, string])[0],
      channel: i % 21 === 0 ? "online" : i % 7 === 0 ? "postal" : "direct",
      status: ended ? "returned" : "processing",
      receivedAt: received,
      dueAt: new Date(received.getTime() + (2 + (i % 9)) * 86_400_000),
      endedAt: ended ? new Date(received.getTime() + (i % 11) * 86_400_000) : undefined,
    });
  }
  return out;
}

const agg = createAggregator({ from: "2019-05-06", to: "2019-08-09", groupBy: ["agency"] });
agg.addMany(dossiers());
const report = buildReport(agg.state(), { summary: HALF_UP_STYLE });
const widest = (text: string): number => Math.max(...text.split("\n").map(displayWidth));

describe("renderText with a width", () => {
  it.each([120, 100, 80, 60, 40, 20])("keeps every line within %i columns and names the departments", (width) => {
    for (const lang of ["vi", "en"] as const) {
      const text = renderText(report, { lang, width, names: { agencies } });
      if (process.env["HCC_SHOW_WIDTH"] === `${width}${lang}`) console.log(text);
      expect(widest(text)).toBeLessThanOrEqual(width);
      expect(text).toContain("Sở Tư pháp");
      expect(text).toContain(lang === "vi" ? "14.168" : "14,168");
    }
  });

  it("shows the code beside the name where the width allows it", () => {
    expect(renderText(report, { width: 400, names: { agencies } })).toContain("Sở Tư pháp (000.00.02.H07)");
    expect(renderText(report, { width: 80, names: { agencies } })).not.toContain("(000.00.02.H07)");
  });

  it("without a width, keeps the one-line headers however wide", () => {
    const text = renderText(report, { lang: "en" });
    expect(text).toContain("(1) No. │ (2) Unit / field │ (3) Received: total");
    expect(widest(text)).toBeGreaterThan(200);
  });

  it("stacks the parts of Biểu 06 at 100 columns, each with its column numbers", () => {
    const text = renderText(report, { lang: "en", width: 100, names: { agencies } });
    expect(text).toContain("Received for processing (3)–(6)");
    expect(text).toMatch(/\(11\)\s+\(12\)\s+\(13\)/);
  });
});
