import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { buildCatalogueReport, formatCatalogueReport, type CatalogueReportInput } from "@hcc/rules";
import { formatOf, langOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { csv, json } from "../_internal/output.js";

/** `hcc check`: the "3 giảm, 4 tại chỗ, 8 công khai" report of a catalogue. */
export const check: Command = {
  name: "check",
  help(lang) {
    return lang === "vi"
      ? `Cách dùng: hcc check <danh-muc.json> [--strict]

Kiểm tra danh mục thủ tục theo "8 công khai" (tên, thành phần hồ sơ, trình tự, thời hạn, điều
kiện, căn cứ pháp lý, phí - lệ phí, thông tin liên hệ), "4 tại chỗ" (nơi thực hiện các bước) và,
khi có danh mục gốc, "3 giảm". Tệp JSON là một mảng thủ tục, hoặc
{ "procedures": [...], "dossiers": [...], "baseline": [...] }.

  --strict                 mã thoát 1 cả khi chỉ có cảnh báo (mặc định: chỉ khi có lỗi)
${commonHelp(lang, "table|json|csv")}

Mã thoát 1 khi có vi phạm mức lỗi (error), hoặc cả cảnh báo (warning) với --strict.
`
      : `Usage: hcc check <catalogue.json> [--strict]

Checks a procedure catalogue for "8 công khai" (the eight disclosures: name, required documents,
steps, processing time, conditions, legal basis, fees, contact), "4 tại chỗ" (where each step
happens) and, with a baseline, "3 giảm". The JSON file is an array of procedures, or
{ "procedures": [...], "dossiers": [...], "baseline": [...] }.

  --strict                 exit 1 on warnings too (default: on errors only)
${commonHelp(lang, "table|json|csv")}

Exit code 1 when there is a finding of severity error (or warning, with --strict).
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("check", argv, { ...FORMAT_OPTION, strict: { type: "boolean" } });
    const lang = langOf("check", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    const format = formatOf("check", values.format, ["table", "json", "csv"] as const);
    if (positionals.length !== 1) throw new CliError("hcc check: give one catalogue file (see hcc check --help)");
    const path = resolve(io.cwd, positionals[0] as string);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      if (error instanceof SyntaxError) throw new CliError(`hcc check: ${path} is not valid JSON: ${error.message}`);
      throw error;
    }
    const input = (Array.isArray(data) ? { procedures: data } : data) as CatalogueReportInput;
    if (typeof input !== "object" || input === null || !Array.isArray(input.procedures)) {
      throw new CliError(`hcc check: ${path} must hold an array of procedures or { "procedures": [...] }`);
    }
    const rep = buildCatalogueReport(input);
    if (format === "json") io.out(json(rep));
    else if (format === "csv") io.out(csv(["code", "count"], Object.entries(rep.findings.byCode)));
    else io.out(formatCatalogueReport(rep, { lang }));
    const { error, warning } = rep.findings.bySeverity;
    return (values.strict === true ? error + warning : error) > 0 ? 1 : 0;
  },
};
