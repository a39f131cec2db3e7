import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { BEN_TRE_2019, benTreCatalogue, benTreDepartments, generateBenTre2019, seedFigures } from "@hcc/examples";
import { HALF_UP_STYLE, SEED_STYLE, buildReport, createAggregator, renderCsv, renderHtml, renderText, summarize } from "@hcc/stats";
import { formatOf, langOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { procedureNames } from "../_internal/catalogue-file.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { demoHeader, seedSharesLine } from "../_internal/demo-text.js";
import { formatNumber, json } from "../_internal/output.js";
import { reportJson } from "../_internal/report-output.js";
import { terminalWidth } from "../_internal/terminal.js";
import { writeBieu06Workbook } from "../_internal/xlsx.js";

/** `hcc demo`: the Bến Tre center's first three months, reproduced. */
export const demo: Command = {
  name: "demo",
  help(lang) {
    return lang === "vi"
      ? `Cách dùng: hcc demo [--html out.html] [--xlsx out.xlsx] [--seed N]

Sinh 14.168 hồ sơ của Trung tâm Phục vụ hành chính công tỉnh Bến Tre (06/5 – 09/8/2019) bằng bộ
sinh có hạt giống của @hcc/examples (ngày làm việc theo lịch chính thức 2019, hạn giải quyết theo
thời hạn của thủ tục), tổng hợp bằng @hcc/stats và in số liệu như bài báo ngày 09/8/2019 cùng
báo cáo Biểu 06 theo sở, ngành. Tên, mã cơ quan và nội dung thủ tục là minh họa.

  --html <tệp>             ghi thêm trang HTML có biểu đồ
  --xlsx <tệp>             ghi thêm bảng tính Biểu số 06/VPCP/KSTT theo mẫu chính thức
  --seed N                 hạt giống khác (số liệu tổng giữ nguyên)
${commonHelp(lang, "table|json|csv")}
`
      : `Usage: hcc demo [--html out.html] [--xlsx out.xlsx] [--seed N]

Generates the 14,168 dossiers of the Bến Tre Public Administrative Service Center (6 May – 9 Aug
2019) with @hcc/examples' seeded generator (working days of the official 2019 calendar, due dates
from each procedure's processing time), aggregates them with @hcc/stats and prints the figures of
the 9 Aug 2019 article and the Biểu 06 report by department. Department names and codes and the
procedures' contents are illustrative.

  --html <file>            also write the HTML page with charts
  --xlsx <file>            also write the spreadsheet of Biểu số 06/VPCP/KSTT in the official layout
  --seed N                 another seed (the totals stay the same)
${commonHelp(lang, "table|json|csv")}
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("demo", argv, { ...FORMAT_OPTION, html: { type: "string" }, xlsx: { type: "string" }, seed: { type: "string" } });
    const lang = langOf("demo", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    const format = formatOf("demo", values.format, ["table", "json", "csv"] as const);
    if (positionals.length > 0) throw new CliError(`hcc demo: unexpected argument ${JSON.stringify(positionals[0])} (see hcc demo --help)`);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && (!Number.isInteger(seed) || values.seed?.trim() === "")) {
      throw new CliError(`hcc demo: --seed must be an integer, got ${JSON.stringify(values.seed)}`);
    }
    const dossiers = generateBenTre2019(seed === undefined ? {} : { seed });
    const figures = seedFigures(dossiers);
    const aggregator = createAggregator({ from: BEN_TRE_2019.period.from, to: BEN_TRE_2019.period.to, asOf: BEN_TRE_2019.period.to, groupBy: ["agency"] });
    aggregator.addMany(dossiers);
    const center = lang === "vi" ? "Trung tâm Phục vụ hành chính công tỉnh Bến Tre" : "Bến Tre Public Administrative Service Center";
    // One rounding for every share the report shows (summary and indicators alike); the article's
    // truncated shares are printed on their own line, where they reproduce the article.
    const state = aggregator.state();
    const rep = buildReport(state, { title: center, summary: HALF_UP_STYLE });
    const published = summarize(state, SEED_STYLE).percent;
    const procedures = procedureNames(benTreCatalogue);
    const names = { agencies: new Map(benTreDepartments.map((d) => [d.code, lang === "en" ? (d.nameEn ?? d.name) : d.name])), procedures };
    if (values.html !== undefined) {
      const out = resolve(io.cwd, values.html);
      await writeFile(out, renderHtml(rep, { lang, names }));
      io.err(lang === "vi" ? `Đã ghi ${out}\n` : `Wrote ${out}\n`);
    }
    if (values.xlsx !== undefined) {
      const out = resolve(io.cwd, values.xlsx);
      const reportingUnit = "Trung tâm Phục vụ hành chính công tỉnh Bến Tre";
      await writeBieu06Workbook(out, rep, { lang, names: { agencies: new Map(benTreDepartments.map((d) => [d.code, d.name])), procedures }, reportingUnit, receivingUnit: "Văn phòng UBND tỉnh Bến Tre" });
      io.err(lang === "vi" ? `Đã ghi ${out}\n` : `Wrote ${out}\n`);
    }
    if (format === "json") {
      io.out(json(reportJson(rep, { postalReturns: figures.postalReturns, publishedShares: published })));
      return 0;
    }
    if (format === "csv") {
      io.out(renderCsv(rep, { lang }));
      return 0;
    }
    const width = terminalWidth(io);
    io.out(demoHeader(lang, dossiers.length, width));
    io.out(`${renderText(rep, { lang, names, width })}\n\n`);
    io.out(seedSharesLine(lang, published, width));
    io.out(
      lang === "vi"
        ? `Bưu điện tỉnh đã tiếp nhận và trả kết quả: ${formatNumber(figures.postalReturns).replaceAll(",", ".")} hồ sơ.\n`
        : `Results received and returned through the post office desk: ${formatNumber(figures.postalReturns)}.\n`,
    );
    io.out(lang === "vi" ? "Tên, mã cơ quan và thủ tục là minh họa.\n" : "Department and procedure names and codes are illustrative.\n");
    return 0;
  },
};
