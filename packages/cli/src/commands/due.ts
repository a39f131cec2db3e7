import { parseInstant, toEpochMs, type TimeUnit } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";
import { evaluateDossier, type DayConvention } from "@hcc/sla";
import { formatOf, langOf, numberOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { longInstant, workingDuration } from "../_internal/human-dates.js";
import { csv, json, table } from "../_internal/output.js";

const UNITS: readonly [option: string, unit: TimeUnit][] = [
  ["working-days", "working_days"],
  ["working-hours", "working_hours"],
  ["calendar-days", "calendar_days"],
  ["months", "months"],
];

/** `hcc due`: the due date (ngày hẹn trả) of a dossier. */
export const due: Command = {
  name: "due",
  help(lang) {
    return lang === "vi"
      ? `Cách dùng: hcc due --received <ISO> (--working-days N | --working-hours N | --calendar-days N | --months N)
                [--cutoff HH:MM] [--pause <ISO>/<ISO> ...] [--convention day|hour]

Tính ngày hẹn trả theo lịch làm việc chính thức của Việt Nam (giờ Việt Nam, UTC+7).
"N ngày làm việc" (mặc định): ngày làm việc thứ N sau ngày tiếp nhận, hạn vào cuối ngày đó.
Thời gian tạm dừng (--pause, ví dụ chờ bổ sung hồ sơ) không tính: ngày hẹn lùi tương ứng.

  --received <ISO>         thời điểm tiếp nhận hồ sơ đầy đủ (không có múi giờ = giờ Việt Nam)
  --working-days N         thời hạn theo ngày làm việc
  --working-hours N        thời hạn theo giờ làm việc
  --calendar-days N        thời hạn theo ngày (lùi khỏi ngày nghỉ)
  --months N               thời hạn theo tháng
  --cutoff HH:MM           giờ chốt của thủ tục: tiếp nhận từ giờ này tính từ ngày làm việc sau
  --pause <từ>/<đến>       một khoảng tạm dừng (có thể lặp lại)
  --convention day|hour    cách đếm ngày làm việc: theo ngày (mặc định) hoặc N × 8 giờ
${commonHelp(lang, "table|json|csv")}

Ví dụ:
  hcc due --received 2024-03-08T16:59 --working-days 3
  hcc due --received 2024-03-11T09:00 --working-hours 4 --format json
  hcc due --received 2024-03-01T09:00 --working-days 10 --pause 2024-03-05T09:00/2024-03-07T09:00
`
      : `Usage: hcc due --received <ISO> (--working-days N | --working-hours N | --calendar-days N | --months N)
               [--cutoff HH:MM] [--pause <ISO>/<ISO> ...] [--convention day|hour]

Computes the due date (ngày hẹn trả) on the official Vietnamese working-day calendar, in Vietnam
time (UTC+7). "N working days" (default convention): the N-th working day after the day of
receipt, due at its close. Paused time (--pause, e.g. waiting for a supplement) does not count:
the due date moves by the paused working time.

  --received <ISO>         receipt of the complete dossier (no offset = Vietnam time)
  --working-days N         processing time in working days
  --working-hours N        processing time in working hours
  --calendar-days N        processing time in calendar days (moved off days off)
  --months N               processing time in months
  --cutoff HH:MM           the procedure's cut-off: received at or after it counts from the next working day
  --pause <from>/<to>      a pause interval (repeatable)
  --convention day|hour    working days counted by day (default) or as N × 8 working hours
${commonHelp(lang, "table|json|csv")}

Examples:
  hcc due --received 2024-03-08T16:59 --working-days 3
  hcc due --received 2024-03-11T09:00 --working-hours 4 --format json
  hcc due --received 2024-03-01T09:00 --working-days 10 --pause 2024-03-05T09:00/2024-03-07T09:00
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("due", argv, {
      ...FORMAT_OPTION,
      received: { type: "string" },
      "working-days": { type: "string" },
      "working-hours": { type: "string" },
      "calendar-days": { type: "string" },
      months: { type: "string" },
      cutoff: { type: "string" },
      pause: { type: "string", multiple: true },
      convention: { type: "string" },
    });
    const lang = langOf("due", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    const format = formatOf("due", values.format, ["table", "json", "csv"] as const);
    if (positionals.length > 0) throw new CliError(`hcc due: unexpected argument ${JSON.stringify(positionals[0])} (see hcc due --help)`);
    if (values.received === undefined) throw new CliError("hcc due: --received <ISO> is required (see hcc due --help)");
    const given = UNITS.filter(([option]) => (values as Record<string, unknown>)[option] !== undefined);
    if (given.length !== 1) {
      throw new CliError("hcc due: give exactly one of --working-days, --working-hours, --calendar-days, --months (see hcc due --help)");
    }
    const [option, unit] = given[0] as [string, TimeUnit];
    const value = numberOf("due", option, (values as Record<string, string>)[option] as string);
    const convention = values.convention;
    if (convention !== undefined && convention !== "day" && convention !== "hour") {
      throw new CliError(`hcc due: --convention must be day or hour, got ${JSON.stringify(convention)}`);
    }
    if (values.cutoff !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.cutoff)) {
      throw new CliError(`hcc due: --cutoff must be HH:MM, got ${JSON.stringify(values.cutoff)}`);
    }
    const received = parseInstant(values.received);
    const pauses = (values.pause ?? []).map((text) => {
      const parts = text.split("/");
      if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
        throw new CliError(`hcc due: --pause must be <ISO>/<ISO>, got ${JSON.stringify(text)}`);
      }
      const from = parseInstant(parts[0] as string);
      const to = parseInstant(parts[1] as string);
      if (toEpochMs(to) < toEpochMs(from)) throw new CliError(`hcc due: --pause ${JSON.stringify(text)} ends before it starts`);
      return { kind: "supplement" as const, from, to };
    });
    const asOfMs = Math.max(toEpochMs(received), ...pauses.map((p) => toEpochMs(p.to)));
    const calendar = vietnamCalendar();
    const evaluation = evaluateDossier(
      { code: "hcc-due", procedureCode: "hcc-due", agencyCode: "hcc-due", status: "processing", receivedAt: received, pauses },
      {
        asOf: new Date(asOfMs),
        calendar,
        processingTime: { value, unit },
        ...(values.cutoff === undefined ? {} : { cutoff: values.cutoff }),
        ...(convention === undefined ? {} : { convention: convention as DayConvention }),
      },
    );
    const dueAt = evaluation.originalDue;
    if (dueAt === null || evaluation.clockStart === null) throw new CliError(`hcc due: no due date for ${received}`);
    const result = {
      received,
      clockStart: evaluation.clockStart,
      dueAt: dueAt.at,
      dueDate: dueAt.date,
      processingTime: { value, unit },
      pausedMinutes: evaluation.pausedMinutes,
      ...(evaluation.printedDue !== null && evaluation.printedDue.at !== dueAt.at ? { dueBeforePauses: evaluation.printedDue.at } : {}),
    };
    if (format === "json") io.out(json(result));
    else {
      const h = lang === "vi" ? ["Tiếp nhận", "Bắt đầu tính", "Hạn (thời điểm)", "Ngày hẹn trả", "Tạm dừng (phút làm việc)"] : ["Received", "Clock start", "Due at", "Due date", "Paused (working minutes)"];
      const row = [result.received, result.clockStart, result.dueAt, result.dueDate, result.pausedMinutes];
      io.out(format === "csv" ? csv(["received", "clockStart", "dueAt", "dueDate", "pausedMinutes"], [row]) : table(h, [row]));
      if (format === "table") {
        // The working time from the clock start to the due instant, pauses not counted.
        const minutes = calendar.workingMinutesBetween(result.clockStart, result.dueAt) - result.pausedMinutes;
        io.out(
          lang === "vi"
            ? `\nHạn: ${longInstant(result.dueAt, lang)} — sau ${workingDuration(minutes, lang)} kể từ lúc bắt đầu tính${result.pausedMinutes > 0 ? " (không tính thời gian tạm dừng)" : ""}.\n`
            : `\nDue at ${longInstant(result.dueAt, lang)} — due in ${workingDuration(minutes, lang)} from the clock start${result.pausedMinutes > 0 ? " (pauses not counted)" : ""}.\n`,
        );
      }
    }
    return 0;
  },
};
