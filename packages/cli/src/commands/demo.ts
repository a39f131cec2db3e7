import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { BEN_TRE_2019, benTreDepartments, generateBenTre2019, seedFigures } from "@hcc/examples";
import { SEED_STYLE, buildReport, createAggregator, renderCsv, renderHtml, renderText } from "@hcc/stats";
import { formatOf, langOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { formatNumber, json, table } from "../_internal/output.js";
import { reportJson } from "../_internal/report-output.js";

/** `hcc demo`: the Bến Tre center's first three months, reproduced. */
export const demo: Command = {
  name: "demo",
  help(lang) {
    return lang === "vi"
      ? `Cách dùng: hcc demo [--html out.html] [--seed N]

Sinh 14.168 hồ sơ của Trung tâm Phục vụ hành chính công tỉnh Bến Tre (06/5 – 09/8/2019) bằng bộ
sinh có hạt giống của @hcc/examples (ngày làm việc theo lịch chính thức 2019, hạn giải quyết theo
thời hạn của thủ tục), tổng hợp bằng @hcc/stats và in số liệu như bài báo ngày 09/8/2019 cùng
báo cáo Biểu 06 theo sở, ngành. Tên, mã cơ quan và nội dung thủ tục là minh họa.

  --html <tệp>             ghi thêm trang HTML có biểu đồ
  --seed N                 hạt giống khác (số liệu tổng giữ nguyên)
${commonHelp(lang, "table|json|csv")}
`
      : `Usage: hcc demo [--html out.html] [--seed N]

Generates the 14,168 dossiers of the Bến Tre Public Administrative Service Center (6 May – 9 Aug
2019) with @hcc/examples' seeded generator (working days of the official 2019 calendar, due dates
from each procedure's processing time), aggregates them with @hcc/stats and prints the figures of
the 9 Aug 2019 article and the Biểu 06 report by department. Department names and codes and the
procedures' contents are illustrative.

  --html <file>            also write the HTML page with charts
  --seed N                 another seed (the totals stay the same)
${commonHelp(lang, "table|json|csv")}
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("demo", argv, { ...FORMAT_OPTION, html: { type: "string" }, seed: { type: "string" } });
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
    const title = lang === "vi" ? "Trung tâm Phục vụ hành chính công tỉnh Bến Tre, 06/5/2019 – 09/8/2019" : "Bến Tre Public Administrative Service Center, 6 May – 9 Aug 2019";
    const rep = buildReport(aggregator.state(), { title, summary: SEED_STYLE });
    if (values.html !== undefined) {
      const out = resolve(io.cwd, values.html);
      await writeFile(out, renderHtml(rep, { lang }));
      io.err(lang === "vi" ? `Đã ghi ${out}\n` : `Wrote ${out}\n`);
    }
    if (format === "json") {
      io.out(json(reportJson(rep, { postalReturns: figures.postalReturns })));
      return 0;
    }
    if (format === "csv") {
      io.out(renderCsv(rep, { lang }));
      return 0;
    }
    const names = new Map(benTreDepartments.map((d) => [d.code, d.name]));
    io.out(renderText(rep, { lang }));
    io.out("\n");
    io.out(
      lang === "vi"
        ? `Bưu điện tỉnh đã tiếp nhận và trả kết quả: ${formatNumber(figures.postalReturns).replaceAll(",", ".")} hồ sơ.\n\n`
        : `Results received and returned through the post office desk: ${formatNumber(figures.postalReturns)}.\n\n`,
    );
    const h = lang === "vi" ? ["Mã cơ quan (minh họa)", "Sở, ngành"] : ["Agency code (illustrative)", "Department"];
    io.out(table(h, rep.rows.map((r) => [r.key.agency ?? "", names.get(r.key.agency ?? "") ?? ""])));
    return 0;
  },
};
