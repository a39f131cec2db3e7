import { parseLocalDate } from "@hcc/core";
import { canChiYear, fromLunarDate, toLunarDate } from "@hcc/calendar";
import { formatOf, langOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { csv, json, table } from "../_internal/output.js";

/** `hcc lunar`: solar ↔ Vietnamese lunar dates. */
export const lunar: Command = {
  name: "lunar",
  help(lang) {
    return lang === "vi"
      ? `Cách dùng: hcc lunar <YYYY-MM-DD>
           hcc lunar --to-solar <YYYY-MM-DD> [--leap]

Âm lịch Việt Nam (múi giờ UTC+7, 1900–2100). Dạng thứ nhất đổi ngày dương sang ngày âm
{ year, month, day, leap }; dạng thứ hai đổi ngày âm (năm-tháng-ngày âm lịch) sang ngày dương { date }.

  --to-solar <Y-M-D>       ngày âm lịch cần đổi sang dương lịch
  --leap                   tháng nhuận (với --to-solar)
${commonHelp(lang, "table|json|csv")}

Ví dụ:
  hcc lunar 2025-04-07                 # Giỗ Tổ Hùng Vương: 10/3 âm lịch
  hcc lunar --to-solar 2026-01-01      # Tết Bính Ngọ
  hcc lunar --to-solar 2025-06-01 --leap --format json
`
      : `Usage: hcc lunar <YYYY-MM-DD>
       hcc lunar --to-solar <YYYY-MM-DD> [--leap]

The Vietnamese lunar calendar (computed for UTC+7, 1900–2100). The first form converts a solar
date to { year, month, day, leap }; the second converts a lunar year-month-day to the solar
{ date }.

  --to-solar <Y-M-D>       the lunar date to convert to a solar date
  --leap                   the leap month (with --to-solar)
${commonHelp(lang, "table|json|csv")}

Examples:
  hcc lunar 2025-04-07                 # Hùng Kings' day: 10th day of the 3rd lunar month
  hcc lunar --to-solar 2026-01-01      # Tết of the year Bính Ngọ
  hcc lunar --to-solar 2025-06-01 --leap --format json
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("lunar", argv, { ...FORMAT_OPTION, "to-solar": { type: "string" }, leap: { type: "boolean" } });
    const lang = langOf("lunar", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    const format = formatOf("lunar", values.format, ["table", "json", "csv"] as const);
    const toSolar = values["to-solar"];
    if (toSolar !== undefined) {
      if (positionals.length > 0) throw new CliError(`hcc lunar: unexpected argument ${JSON.stringify(positionals[0])} with --to-solar`);
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(toSolar);
      if (m === null) throw new CliError(`hcc lunar: --to-solar must be a lunar YYYY-MM-DD, got ${JSON.stringify(toSolar)}`);
      const date = fromLunarDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), leap: values.leap === true });
      if (format === "json") io.out(json({ date }));
      else if (format === "csv") io.out(csv(["date"], [[date]]));
      else io.out(table([lang === "vi" ? "Dương lịch" : "Solar date"], [[date]]));
      return 0;
    }
    if (values.leap === true) throw new CliError("hcc lunar: --leap only goes with --to-solar");
    if (positionals.length !== 1) throw new CliError("hcc lunar: give one date YYYY-MM-DD, or --to-solar <YYYY-MM-DD> (see hcc lunar --help)");
    const input = positionals[0] as string;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input)) throw new CliError(`hcc lunar: the date must be YYYY-MM-DD, got ${JSON.stringify(input)}`);
    const l = toLunarDate(parseLocalDate(input));
    const result = { year: l.year, month: l.month, day: l.day, leap: l.leap };
    if (format === "json") io.out(json(result));
    else if (format === "csv") io.out(csv(["year", "month", "day", "leap"], [[l.year, l.month, l.day, l.leap]]));
    else {
      const h = lang === "vi" ? ["Năm", "Tháng", "Ngày", "Nhuận", "Can chi"] : ["Year", "Month", "Day", "Leap", "Can chi"];
      io.out(table(h, [[String(l.year), l.month, l.day, l.leap ? (lang === "vi" ? "có" : "yes") : lang === "vi" ? "không" : "no", canChiYear(l.year)]]));
    }
    return 0;
  },
};
