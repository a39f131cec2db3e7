import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { GROUP_DIMENSIONS, type GroupDimension } from "@hcc/stats";
import { DOSSIER_TABLE_COLUMNS, SQL_DIALECTS, bieu06Sql, calendarCsv, calendarSql, parseDialect, type DossierTableColumn } from "@hcc/sql";
import { langOf, parse } from "../_internal/args.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";

const OPTIONAL_COLUMNS: readonly DossierTableColumn[] = ["supplementRequests", "processingDays", "fieldCode", "level"];

function date(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(`hcc sql: --${name} must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

function dialectOf(value: string | undefined, allowed: readonly string[]): ReturnType<typeof parseDialect> {
  if (value === undefined) throw new CliError(`hcc sql: --dialect ${allowed.join("|")} is required`);
  if (!allowed.includes(value)) throw new CliError(`hcc sql: unknown --dialect ${JSON.stringify(value)}; expected ${allowed.join(", ")}`);
  return parseDialect(value);
}

/** `--column contract=yours` (repeatable, or comma-separated). */
function columnsOf(values: readonly string[]): Partial<Record<DossierTableColumn, string | null>> {
  const known: readonly string[] = [...DOSSIER_TABLE_COLUMNS, ...OPTIONAL_COLUMNS];
  const columns: Partial<Record<DossierTableColumn, string | null>> = {};
  for (const item of values.flatMap((v) => v.split(","))) {
    const eq = item.indexOf("=");
    const name = (eq < 0 ? item : item.slice(0, eq)).trim();
    if (!known.includes(name)) throw new CliError(`hcc sql: unknown --column ${JSON.stringify(name)}; expected one of ${known.join(", ")}`);
    const value = eq < 0 ? name : item.slice(eq + 1).trim();
    columns[name as DossierTableColumn] = value === "" ? null : value;
  }
  return columns;
}

/** `hcc sql`: the calendar table and the Biểu 06 statement for a database. */
export const sql: Command = {
  name: "sql",
  help(lang) {
    const dims = GROUP_DIMENSIONS.join(",");
    const body =
      lang === "vi"
        ? `Cách dùng: hcc sql calendar --dialect duckdb|postgres|ansi [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                       [--format sql|csv|parquet] [--out tệp] [--table tên]
          hcc sql report --dialect duckdb|postgres|ansi --table <tên> --from YYYY-MM-DD --to YYYY-MM-DD
                       [--as-of YYYY-MM-DD] [--group-by ${dims}] [--column tên=cột ...]

calendar: bảng lịch làm việc (mỗi ngày một dòng: date, working, kind, name, working_day_index),
  dạng SQL (CREATE TABLE + INSERT), CSV hoặc Parquet (cần @duckdb/node-api; phải có --out).
  Mặc định 2015-01-01 đến 2030-12-31, bảng hcc_calendar.
report: in câu lệnh SELECT tính Biểu 06 trên bảng hồ sơ, đúng quy tắc của hcc report.
  --column đổi tên cột (ví dụ --column receivedAt=ngay_tiep_nhan); cột tùy chọn
  supplementRequests, processingDays (cần bảng lịch, --calendar-table), fieldCode, level.
${commonHelp(lang)}

Ví dụ:
  hcc sql calendar --dialect postgres > lich.sql && psql -f lich.sql
  hcc sql report --dialect duckdb --table hoso --from 2024-01-01 --to 2024-03-31 --group-by agency
`
        : `Usage: hcc sql calendar --dialect duckdb|postgres|ansi [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                       [--format sql|csv|parquet] [--out file] [--table name]
       hcc sql report --dialect duckdb|postgres|ansi --table <name> --from YYYY-MM-DD --to YYYY-MM-DD
                       [--as-of YYYY-MM-DD] [--group-by ${dims}] [--column contract=yours ...]

calendar: the working-day calendar as a table (one row per day: date, working, kind, name,
  working_day_index), as SQL (CREATE TABLE + INSERT), CSV, or Parquet (needs @duckdb/node-api
  and --out). Default 2015-01-01 to 2030-12-31, table hcc_calendar.
report: prints the SELECT computing Biểu 06 on a dossier table, with hcc report's rules.
  --column renames a column (e.g. --column receivedAt=received_at); optional columns
  supplementRequests, processingDays (needs the calendar table, --calendar-table), fieldCode, level.
${commonHelp(lang)}

Examples:
  hcc sql calendar --dialect postgres > calendar.sql && psql -f calendar.sql
  hcc sql report --dialect duckdb --table dossiers --from 2024-01-01 --to 2024-03-31 --group-by agency
`;
    return body;
  },
  async run(argv, io) {
    const { values, positionals } = parse("sql", argv, {
      dialect: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "as-of": { type: "string" },
      "group-by": { type: "string" },
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o" },
      table: { type: "string" },
      "calendar-table": { type: "string" },
      column: { type: "string", multiple: true },
    });
    const lang = langOf("sql", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    const [what, ...rest] = positionals;
    if (rest.length > 0) throw new CliError(`hcc sql: unexpected argument ${JSON.stringify(rest[0])} (see hcc sql --help)`);
    if (what === "calendar") {
      const format = values.format ?? "sql";
      if (format !== "sql" && format !== "csv" && format !== "parquet") throw new CliError(`hcc sql calendar: --format must be one of sql, csv, parquet, got ${JSON.stringify(format)}`);
      const range = { from: date("from", values.from) ?? "2015-01-01", to: date("to", values.to) ?? "2030-12-31", lang };
      if (format === "parquet") {
        if (values.out === undefined) throw new CliError("hcc sql calendar: --format parquet needs --out <file>");
        const out = resolve(io.cwd, values.out);
        const { writeCalendarParquet } = await import("@hcc/sql/node");
        const n = await writeCalendarParquet(out, range);
        io.err(lang === "vi" ? `Đã ghi ${n} ngày vào ${out}\n` : `Wrote ${n} days to ${out}\n`);
        return 0;
      }
      const text =
        format === "csv"
          ? calendarCsv(range)
          : calendarSql({ ...range, dialect: dialectOf(values.dialect, SQL_DIALECTS), ...(values.table === undefined ? {} : { table: values.table }) });
      if (values.out === undefined) io.out(text);
      else {
        const out = resolve(io.cwd, values.out);
        await writeFile(out, text);
        io.err(lang === "vi" ? `Đã ghi ${out}\n` : `Wrote ${out}\n`);
      }
      return 0;
    }
    if (what === "report") {
      const dialect = dialectOf(values.dialect, SQL_DIALECTS);
      if (values.table === undefined) throw new CliError("hcc sql report: --table <name> is required");
      const from = date("from", values.from);
      const to = date("to", values.to);
      if (from === undefined || to === undefined) throw new CliError("hcc sql report: --from and --to are required");
      const asOf = date("as-of", values["as-of"]);
      const groupBy = (values["group-by"] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
      for (const g of groupBy) {
        if (!(GROUP_DIMENSIONS as readonly string[]).includes(g)) throw new CliError(`hcc sql report: unknown --group-by dimension ${JSON.stringify(g)}; expected ${GROUP_DIMENSIONS.join(", ")}`);
      }
      const statement = bieu06Sql({
        dialect,
        table: values.table,
        from,
        to,
        ...(asOf === undefined ? {} : { asOf }),
        groupBy: groupBy as GroupDimension[],
        columns: columnsOf(values.column ?? []),
        ...(values["calendar-table"] === undefined ? {} : { calendarTable: values["calendar-table"] }),
      });
      io.out(`${statement};\n`);
      return 0;
    }
    throw new CliError(what === undefined ? "hcc sql: give calendar or report (see hcc sql --help)" : `hcc sql: unknown subcommand ${JSON.stringify(what)}; expected calendar or report`);
  },
};
