import { createReadStream } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { safeParseLocalDate, type LocalDate } from "@hcc/core";
import { GROUP_DIMENSIONS, HALF_UP_STYLE, buildReport, formatPeriod, ingest, receiptRange, renderCsv, renderHtml, renderText, type GroupDimension, type IngestOptions, type IngestResult } from "@hcc/stats";
import { ingestFile } from "@hcc/stats/node";
import { readAgenciesFile } from "../_internal/agencies-file.js";
import { formatOf, langOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { procedureNames, readCatalogueFile } from "../_internal/catalogue-file.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { json } from "../_internal/output.js";
import { PROFILES, runPortalReport } from "../_internal/portal-report.js";
import { progressThreshold, withProgress } from "../_internal/progress.js";
import { reportJson } from "../_internal/report-output.js";
import { sniffDelimiter } from "../_internal/scan.js";
import { terminalWidth } from "../_internal/terminal.js";

/** A date option, read by @hcc/core's lenient reader (YYYY-MM-DD, dd/MM/yyyy, yyyyMMdd…); its Vietnam date. */
function dateOption(name: string, value: string | undefined): LocalDate | undefined {
  if (value === undefined) return undefined;
  const read = safeParseLocalDate(value);
  if (!read.success) throw new CliError(`hcc report: --${name} must be a date (YYYY-MM-DD): ${read.error.message}`);
  return read.data;
}

/** `hcc report`: the Biểu 06 report of a dossier file. */
export const report: Command = {
  name: "report",
  help(lang) {
    const dims = GROUP_DIMENSIONS.join(",");
    return lang === "vi"
      ? `Cách dùng: hcc report <tệp> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--as-of YYYY-MM-DD]
                  [--group-by ${dims}] [--agencies tệp] [--catalogue procedures.json]
                  [--html out.html] [--xlsx out.xlsx] [--engine js|duckdb]
       hcc report <tệp> --profile portal-766 --catalogue <thu-tuc.json> [--sync-ratio 0.97]
                  [--received-counts N,M] [--complaint-rate 0.05]

Đọc tệp hồ sơ (CSV, NDJSON hoặc mảng JSON; tên cột tiếng Anh code, procedureCode, agencyCode,
channel, receivedAt, dueAt, endedAt, status hoặc tên của Cổng DVCQG MaHoSo, MaTTHC, KenhThucHien,
NgayTiepNhan, NgayHenTra, NgayKetThucXuLy, TrangThaiHoSo) và in báo cáo Biểu 06/VPCP/KSTT.
Dòng lỗi được liệt kê kèm số dòng trên stderr và không được tính. Thanh tiến trình hiện trên
stderr với tệp lớn khi stderr là terminal.

  --from, --to             kỳ báo cáo (mặc định: ngày tiếp nhận sớm nhất và muộn nhất trong tệp)
  --as-of                  ngày chốt số liệu đang giải quyết (mặc định: --to)
  --group-by <chiều,...>   nhóm theo ${dims}
  --agencies <tệp>         tên cơ quan theo mã (CSV có cột code,name hoặc JSON) để hiện tên đơn vị
  --html <tệp>             ghi thêm trang HTML có biểu đồ
  --xlsx <tệp>             ghi thêm bảng tính Biểu số 06/VPCP/KSTT theo mẫu chính thức
  --profile <tên>          law (mặc định: Biểu 06 và chỉ số 766 theo luật) hoặc portal-766
                           (chỉ số 766 đúng công thức của Cổng DVCQG, từ bản ghi DongBoHoSoMC)
  --catalogue <tệp>        danh mục thủ tục (JSON của @hcc/core, như hcc check): tên thủ tục trong
                           báo cáo; bắt buộc với portal-766 (kết quả giấy, phí, thời hạn)
  --sync-ratio <0..1>      tỷ lệ đồng bộ nhân vào chỉ số 3.3 (mặc định 1)
  --received-counts N,M    hồ sơ tiếp nhận theo Hệ thống báo cáo và theo Cổng (chỉ số 1.4)
  --complaint-rate <0..1>  tỷ lệ hồ sơ bị phản ánh, không hài lòng (chỉ số 5.4)
  --engine <js|duckdb>     js (mặc định) hoặc duckdb: DuckDB đọc tệp (CSV, Parquet, NDJSON) và tính
                           bằng SQL của @hcc/sql, kết quả y hệt (cần npm install @duckdb/node-api)
${commonHelp(lang, "table|json|csv")}

Ví dụ:
  hcc report hoso.csv --from 2024-01-01 --to 2024-03-31 --group-by agency,channel
  hcc report hoso.ndjson --format json > bao-cao.json
`
      : `Usage: hcc report <file> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--as-of YYYY-MM-DD]
                  [--group-by ${dims}] [--agencies file] [--catalogue procedures.json]
                  [--html out.html] [--xlsx out.xlsx] [--engine js|duckdb]
       hcc report <file> --profile portal-766 --catalogue <procedures.json> [--sync-ratio 0.97]
                  [--received-counts N,M] [--complaint-rate 0.05]

Reads a dossier file (CSV, NDJSON or a JSON array; English columns code, procedureCode, agencyCode,
channel, receivedAt, dueAt, endedAt, status, or the national portal's MaHoSo, MaTTHC, KenhThucHien,
NgayTiepNhan, NgayHenTra, NgayKetThucXuLy, TrangThaiHoSo) and prints the Biểu 06/VPCP/KSTT report.
Rows that cannot be read are listed with their line numbers on stderr and not counted. Large files
show a progress bar on stderr when stderr is a terminal.

  --from, --to             the period (default: the first and last receipt dates in the file)
  --as-of                  the date in-progress dossiers are judged at (default: --to)
  --group-by <dim,...>     group rows by ${dims}
  --agencies <file>        agency names by code (CSV with code,name columns, or JSON) to name the units
  --html <file>            also write the HTML page with charts
  --xlsx <file>            also write the spreadsheet of Biểu số 06/VPCP/KSTT in the official layout
  --profile <name>         law (default: Biểu 06 and the law-based 766 indicators) or portal-766
                           (the national portal's exact 766 formulas, from DongBoHoSoMC records)
  --catalogue <file>       procedure catalogue (@hcc/core JSON, as hcc check reads): names the
                           procedures; required by portal-766 (paper results, fees, time limits)
  --sync-ratio <0..1>      sync ratio that indicator 3.3 is multiplied by (default 1)
  --received-counts N,M    dossiers received per the reporting system and per the portal (1.4)
  --complaint-rate <0..1>  share of dossiers with complaints or dislikes (5.4)
  --engine <js|duckdb>     js (default) or duckdb: DuckDB reads the file (CSV, Parquet, NDJSON) and
                           computes with @hcc/sql's SQL, same output (needs npm install @duckdb/node-api)
${commonHelp(lang, "table|json|csv")}

Examples:
  hcc report dossiers.csv --from 2024-01-01 --to 2024-03-31 --group-by agency,channel
  hcc report dossiers.ndjson --format json > report.json
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("report", argv, {
      ...FORMAT_OPTION,
      from: { type: "string" },
      to: { type: "string" },
      "as-of": { type: "string" },
      "group-by": { type: "string" },
      html: { type: "string" },
      xlsx: { type: "string" },
      agencies: { type: "string" },
      profile: { type: "string" },
      catalogue: { type: "string" },
      "sync-ratio": { type: "string" },
      "received-counts": { type: "string" },
      "complaint-rate": { type: "string" },
      engine: { type: "string" },
    });
    const lang = langOf("report", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    const format = formatOf("report", values.format, ["table", "json", "csv"] as const);
    if (positionals.length !== 1) throw new CliError("hcc report: give one dossier file (see hcc report --help)");
    const path = resolve(io.cwd, positionals[0] as string);
    const groupBy = (values["group-by"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    for (const g of groupBy) {
      if (!(GROUP_DIMENSIONS as readonly string[]).includes(g)) {
        throw new CliError(`hcc report: unknown --group-by dimension ${JSON.stringify(g)}; expected ${GROUP_DIMENSIONS.join(", ")}`);
      }
    }
    let from = dateOption("from", values.from);
    let to = dateOption("to", values.to);
    const asOf = dateOption("as-of", values["as-of"]);
    const engine = values.engine ?? "js";
    if (engine !== "js" && engine !== "duckdb") throw new CliError(`hcc report: --engine must be js or duckdb, got ${JSON.stringify(engine)}`);
    const profile = values.profile ?? "law";
    if (!(PROFILES as readonly string[]).includes(profile)) {
      throw new CliError(`hcc report: unknown --profile ${JSON.stringify(profile)}; expected ${PROFILES.join(" or ")}`);
    }
    const portalOnly = (["sync-ratio", "received-counts", "complaint-rate"] as const).filter((k) => values[k] !== undefined);
    if (profile === "law" && portalOnly.length > 0) throw new CliError(`hcc report: --${portalOnly[0]} needs --profile portal-766`);
    if (profile === "portal-766" && (values.agencies !== undefined || values.xlsx !== undefined)) throw new CliError("hcc report: --agencies and --xlsx apply to the Biểu 06 report (--profile law)");
    if (profile === "portal-766" && engine !== "js") throw new CliError("hcc report: --engine duckdb computes the law profile only; drop it for --profile portal-766");
    if (profile === "portal-766" && (groupBy.length > 0 || asOf !== undefined)) throw new CliError("hcc report: --group-by and --as-of do not apply to --profile portal-766");
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`hcc report: cannot read ${path}: not a file`);
    if (profile === "portal-766") {
      return runPortalReport(
        {
          path,
          catalogue: values.catalogue,
          syncRatio: values["sync-ratio"],
          receivedCounts: values["received-counts"],
          complaintRate: values["complaint-rate"],
          from,
          to,
          html: values.html,
          format,
          lang,
        },
        io,
      );
    }
    // Name files are read first: a bad one fails before the long part.
    const agencies = values.agencies === undefined ? undefined : await readAgenciesFile("report", resolve(io.cwd, values.agencies));
    const procedures = values.catalogue === undefined ? undefined : procedureNames(await readCatalogueFile("report", resolve(io.cwd, values.catalogue)));
    const names = { ...(agencies === undefined ? {} : { agencies }), ...(procedures === undefined ? {} : { procedures }) };
    const columnar = /\.(parquet|pq)$/i.test(path);
    if (columnar && engine !== "duckdb") throw new CliError(`hcc report: ${path} is Parquet: use --engine duckdb`);
    const delimiter = columnar ? undefined : await sniffDelimiter(path);
    // the default engine: @hcc/stats reads the file (a first pass for the default period)
    const ingestWithJs = async (): Promise<IngestResult> => {
      if (from === undefined || to === undefined) {
        const range = await receiptRange(createReadStream(path), delimiter === undefined ? {} : { delimiter });
        if (range === undefined && (from === undefined || to === undefined)) {
          throw new CliError(`hcc report: no receipt date found in ${path}; give --from and --to`);
        }
        from ??= range?.from;
        to ??= range?.to;
      }
      if ((to as string) < (from as string)) throw new CliError(`hcc report: --to ${to} is before --from ${from}`);
      const options: IngestOptions = {
        ...(delimiter === undefined ? {} : { delimiter }),
        from: from as string,
        to: to as string,
        ...(asOf === undefined ? {} : { asOf }),
        groupBy: groupBy as GroupDimension[],
        mode: "lenient",
        maxReported: 20,
      };
      return io.stderrIsTTY && info.size >= progressThreshold(io.env)
        ? await ingest(withProgress(path, info.size, io, lang === "vi" ? "Đang đọc" : "Reading"), options)
        : await ingestFile(path, options);
    };
    let result: IngestResult;
    if (engine === "duckdb") {
      if (from !== undefined && to !== undefined && to < from) throw new CliError(`hcc report: --to ${to} is before --from ${from}`);
      // @hcc/sql/node loads @duckdb/node-api (optional) only now, with an install hint when missing
      const { reportFileWithDuckDb } = await import("@hcc/sql/node");
      result = await reportFileWithDuckDb(path, {
        ...(delimiter === undefined ? {} : { delimiter }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(asOf === undefined ? {} : { asOf }),
        groupBy: groupBy as GroupDimension[],
        maxReported: 20,
      });
      from = result.state.spec.from;
      to = result.state.spec.to;
    } else {
      result = await ingestWithJs();
    }
    if (result.badCount > 0) {
      io.err(
        lang === "vi"
          ? `hcc report: ${result.badCount} dòng không đọc được (không tính):\n`
          : `hcc report: ${result.badCount} row(s) could not be read (not counted):\n`,
      );
      for (const bad of result.badRows) io.err(`  line ${bad.line}: ${bad.field}: ${bad.reason}\n`);
      if (result.badCount > result.badRows.length) io.err(`  … ${result.badCount - result.badRows.length} more\n`);
    }
    const title = lang === "en" ? `Dossier processing report, ${formatPeriod(from as string, to as string, "en")}` : `Báo cáo tình hình giải quyết hồ sơ, ${formatPeriod(from as string, to as string, "vi").replace(/^T/, "t")}`;
    const rep = buildReport(result.state, { title, summary: HALF_UP_STYLE });
    if (values.html !== undefined) {
      const out = resolve(io.cwd, values.html);
      await writeFile(out, renderHtml(rep, { lang, names }));
      io.err(lang === "vi" ? `Đã ghi ${out}\n` : `Wrote ${out}\n`);
    }
    if (values.xlsx !== undefined) {
      const out = resolve(io.cwd, values.xlsx);
      // exceljs is loaded only for --xlsx: it is most of the CLI's start-up time otherwise
      const { writeBieu06Workbook } = await import("../_internal/xlsx.js");
      await writeBieu06Workbook(out, rep, { lang, names });
      io.err(lang === "vi" ? `Đã ghi ${out}\n` : `Wrote ${out}\n`);
    }
    if (format === "json") io.out(json(reportJson(rep, { rowsRead: result.rows, badRows: result.badCount })));
    else if (format === "csv") io.out(renderCsv(rep, { lang }));
    else io.out(`${renderText(rep, { lang, names, width: terminalWidth(io) })}\n`);
    return 0;
  },
};
