import { describe, expect, it } from "vitest";
import { buildReport, createAggregator, renderCsv, renderHtml, renderJson, renderText, type StatsReport } from "@hcc/stats";

export function sampleReport(): StatsReport {
  const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency", "channel"] });
  const d = (agencyCode: string, channel: 1 | 2 | 3, extra: object) => agg.add({ procedureCode: "1.001612", agencyCode, channel, ...extra } as never);
  d("Sở Tư pháp", 1, { status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-08", endedAt: "2024-03-06" });
  d("Sở Tư pháp", 1, { status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-08", endedAt: "2024-03-08" });
  d("Sở Tư pháp", 2, { status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-08", endedAt: "2024-03-12" });
  d('Công an "tỉnh" <b>', 3, { status: 4, receivedAt: "2024-02-20", dueAt: "2024-03-10" });
  d('Công an "tỉnh" <b>', 1, { status: 4, receivedAt: "2024-03-20", dueAt: "2024-04-10" });
  d("Sở Tư pháp", 1, { status: 3 });
  return buildReport(agg.state(), { title: "Trung tâm PVHCC — tháng 3/2024" });
}

describe("renderers", () => {
  const report = sampleReport();

  it("JSON round-trips the report", () => {
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(renderJson(report, 0)).not.toContain("\n");
  });

  it("CSV has the 13 columns, quoted where needed, Vietnamese by default", () => {
    const lines = renderCsv(report).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "STT,Đơn vị / Lĩnh vực,Tổng số hồ sơ tiếp nhận,Mới tiếp nhận trực tuyến,Mới tiếp nhận trực tiếp và bưu chính,Kỳ trước chuyển qua,Đã giải quyết: tổng số,Trước hạn,Đúng hạn,Quá hạn,Đang giải quyết: tổng số,Trong hạn,Quá hạn",
    );
    expect(lines).toHaveLength(report.rows.length + 2);
    expect(lines[1]).toBe('1,"Công an ""tỉnh"" <b> · direct",1,0,1,0,0,0,0,0,1,1,0');
    expect(lines.at(-1)).toBe(",Tổng cộng,5,1,3,1,3,1,1,1,2,1,1");
    expect(renderCsv(report, { lang: "en" }).split("\r\n").at(-2)).toBe(",Total,5,1,3,1,3,1,1,1,2,1,1");
    expect(() => renderCsv(report, { lang: "fr" as never })).toThrow(/lang/);
  });

  it("text has the summary, the numbered table, the indicators and the top tables", () => {
    const vi = renderText(report);
    expect(vi.split("\n")[0]).toBe("Trung tâm PVHCC — tháng 3/2024");
    expect(vi).toContain("Hồ sơ tiếp nhận: 5");
    expect(vi).toContain("(13) Quá hạn");
    expect(vi).toContain("2.1 Tiến độ giải quyết: 60% — Điểm 12/20");
    expect(vi).toContain("3.6 Thanh toán trực tuyến: Không áp dụng");
    expect(vi).toContain("Không tính: notReceived 1");
    const en = renderText(report, { lang: "en" });
    expect(en).toContain("Resolved: 3 (60%)");
    expect(en).toContain("Total");
    expect(en).toContain("2.2 Average processing time (days): ");
    const empty = renderText(buildReport(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state()), { lang: "en" });
    expect(empty).toContain("None");
  });

  it("HTML is self-contained, escaped, with the three charts", () => {
    const html = renderHtml(report);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('data-chart="channels"');
    expect(html).toContain('data-chart="progress"');
    expect(html).toContain('data-chart="overdue"');
    expect(html).toContain("Công an &quot;tỉnh&quot; &lt;b&gt;");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)|<link|@import|url\(/);
    expect(renderHtml(report, { lang: "en" })).toContain('<html lang="en">');
  });
});
