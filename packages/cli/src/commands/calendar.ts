import { dayNumberToLocalDate, localDateToDayNumber, safeParseLocalDate, type LocalDate } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";
import { formatOf, langOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { csv, json, table } from "../_internal/output.js";

const MAX_DAYS = 3660;

/** A date option, read by @hcc/core's lenient reader (YYYY-MM-DD, dd/MM/yyyy, yyyyMMdd…); its Vietnam date. */
function localDate(command: string, name: string, value: string | undefined): LocalDate {
  if (value === undefined) throw new CliError(`hcc ${command}: --${name} YYYY-MM-DD is required (see hcc ${command} --help)`);
  const read = safeParseLocalDate(value);
  if (!read.success) throw new CliError(`hcc ${command}: --${name} must be a date (YYYY-MM-DD): ${read.error.message}`);
  return read.data;
}

/** `hcc calendar`: the official working-day calendar between two dates. */
export const calendar: Command = {
  name: "calendar",
  help(lang) {
    return lang === "vi"
      ? `Cách dùng: hcc calendar --from YYYY-MM-DD --to YYYY-MM-DD [--only-off]

Lịch làm việc chính thức của cơ quan nhà nước: mỗi ngày là ngày làm việc hay nghỉ, loại ngày
(weekday, weekend, holiday, compensatory, bridge_off, makeup_workday), tên và nguồn (official: số
liệu công bố; estimated: suy từ quy định cho năm chưa công bố).

  --from YYYY-MM-DD        ngày đầu (tính cả ngày này)
  --to YYYY-MM-DD          ngày cuối (tính cả ngày này; tối đa ${MAX_DAYS} ngày)
  --only-off               chỉ in ngày nghỉ trong tuần và ngày làm bù
${commonHelp(lang, "table|json|csv")}

Ví dụ:
  hcc calendar --from 2025-04-25 --to 2025-05-05
  hcc calendar --from 2019-01-01 --to 2019-12-31 --only-off --format json
`
      : `Usage: hcc calendar --from YYYY-MM-DD --to YYYY-MM-DD [--only-off]

The official working-day calendar of Vietnamese state agencies: for each date whether it is a
working day, its kind (weekday, weekend, holiday, compensatory, bridge_off, makeup_workday), its
name and status (official: published data; estimated: derived from the rules for years not yet
published).

  --from YYYY-MM-DD        first date (inclusive)
  --to YYYY-MM-DD          last date (inclusive; at most ${MAX_DAYS} days)
  --only-off               only weekdays off and make-up working days
${commonHelp(lang, "table|json|csv")}

Examples:
  hcc calendar --from 2025-04-25 --to 2025-05-05
  hcc calendar --from 2019-01-01 --to 2019-12-31 --only-off --format json
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("calendar", argv, { ...FORMAT_OPTION, from: { type: "string" }, to: { type: "string" }, "only-off": { type: "boolean" } });
    const lang = langOf("calendar", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    const format = formatOf("calendar", values.format, ["table", "json", "csv"] as const);
    if (positionals.length > 0) throw new CliError(`hcc calendar: unexpected argument ${JSON.stringify(positionals[0])} (see hcc calendar --help)`);
    const from = localDateToDayNumber(localDate("calendar", "from", values.from));
    const to = localDateToDayNumber(localDate("calendar", "to", values.to));
    if (to < from) throw new CliError(`hcc calendar: --to ${values.to} is before --from ${values.from}`);
    if (to - from + 1 > MAX_DAYS) throw new CliError(`hcc calendar: at most ${MAX_DAYS} days at a time, got ${to - from + 1}`);
    const cal = vietnamCalendar();
    const days = [];
    for (let d = from; d <= to; d++) {
      const info = cal.dayInfo(dayNumberToLocalDate(d));
      const off = (!info.working && info.kind !== "weekend") || info.kind === "makeup_workday";
      if (values["only-off"] === true && !off) continue;
      days.push({ date: info.date, working: info.working, kind: info.kind, name: info.name[lang], status: info.status });
    }
    if (format === "json") io.out(json(days));
    else if (format === "csv") io.out(csv(["date", "working", "kind", "name", "status"], days.map((d) => [d.date, d.working, d.kind, d.name, d.status])));
    else {
      const h = lang === "vi" ? ["Ngày", "Làm việc", "Loại", "Tên", "Nguồn"] : ["Date", "Working", "Kind", "Name", "Status"];
      const yes = lang === "vi" ? "có" : "yes";
      const no = lang === "vi" ? "không" : "no";
      io.out(table(h, days.map((d) => [d.date, d.working ? yes : no, d.kind, d.name, d.status])));
    }
    return 0;
  },
};
