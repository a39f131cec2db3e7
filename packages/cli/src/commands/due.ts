import { parseInstant, toEpochMs, type TimeUnit } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";
import { RULE_SETS, evaluateDossier, type DayConvention, type RuleSetChoice } from "@hcc/sla";
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
                [--cutoff HH:MM] [--pause <ISO>/<ISO> ...] [--supplement <ISO>/[<ISO>] ...]
                [--rules auto|decree-61|decree-118] [--as-of <ISO>] [--convention day|hour]

Tính ngày hẹn trả theo lịch làm việc chính thức của Việt Nam (giờ Việt Nam, UTC+7).
"N ngày làm việc" (mặc định): ngày làm việc thứ N sau ngày tiếp nhận, hạn vào cuối ngày đó.
Thời gian tạm dừng (--pause) không tính: ngày hẹn lùi tương ứng. Bổ sung hồ sơ (--supplement)
theo quy định có hiệu lực vào ngày tiếp nhận: đến 30/6/2025 (Nghị định 61/2018) thời gian chờ bổ
sung được tạm dừng; từ 1/7/2025 (Nghị định 118/2025) thời hạn được tính lại từ đầu sau khi nhận đủ
hồ sơ bổ sung. Vi phạm quy định (yêu cầu bổ sung lần hai, quá 3 ngày làm việc...) được liệt kê,
không làm thay đổi mã thoát.

  --received <ISO>         thời điểm tiếp nhận hồ sơ đầy đủ (không có múi giờ = giờ Việt Nam)
  --working-days N         thời hạn theo ngày làm việc
  --working-hours N        thời hạn theo giờ làm việc
  --calendar-days N        thời hạn theo ngày (lùi khỏi ngày nghỉ)
  --months N               thời hạn theo tháng
  --cutoff HH:MM           giờ chốt của thủ tục: tiếp nhận từ giờ này tính từ ngày làm việc sau
  --pause <từ>/<đến>       một khoảng tạm dừng (có thể lặp lại)
  --supplement <yêu cầu>/<nhận đủ>
                           một lần yêu cầu bổ sung; bỏ trống thời điểm nhận đủ nếu đang chờ (có thể lặp lại)
  --rules auto|decree-61|decree-118
                           bộ quy định: auto (mặc định) = bộ có hiệu lực vào ngày tiếp nhận
  --as-of <ISO>            thời điểm xét (mặc định: thời điểm muộn nhất đã cho); hồ sơ còn chờ bổ
                           sung có hạn tạm tính như thể nhận đủ vào thời điểm này
  --convention day|hour    cách đếm ngày làm việc: theo ngày (mặc định) hoặc N × 8 giờ
${commonHelp(lang, "table|json|csv")}

Ví dụ:
  hcc due --received 2024-03-08T16:59 --working-days 3
  hcc due --received 2024-03-11T09:00 --working-hours 4 --format json
  hcc due --received 2024-03-01T09:00 --working-days 10 --pause 2024-03-05T09:00/2024-03-07T09:00
  hcc due --received 2025-07-01T09:00 --working-days 10 --supplement 2025-07-03T10:00/2025-07-07T14:00
`
      : `Usage: hcc due --received <ISO> (--working-days N | --working-hours N | --calendar-days N | --months N)
               [--cutoff HH:MM] [--pause <ISO>/<ISO> ...] [--supplement <ISO>/[<ISO>] ...]
               [--rules auto|decree-61|decree-118] [--as-of <ISO>] [--convention day|hour]

Computes the due date (ngày hẹn trả) on the official Vietnamese working-day calendar, in Vietnam
time (UTC+7). "N working days" (default convention): the N-th working day after the day of
receipt, due at its close. Paused time (--pause) does not count: the due date moves by the paused
working time. A supplement (--supplement) follows the rules in force on the receipt date: up to
2025-06-30 (Decree 61/2018) the wait pauses the clock; from 2025-07-01 (Decree 118/2025) the
processing time counts again from zero once the complete supplement arrives. Broken handling
rules (a second supplement request, one later than 3 working days...) are listed as findings;
they do not change the exit code.

  --received <ISO>         receipt of the complete dossier (no offset = Vietnam time)
  --working-days N         processing time in working days
  --working-hours N        processing time in working hours
  --calendar-days N        processing time in calendar days (moved off days off)
  --months N               processing time in months
  --cutoff HH:MM           the procedure's cut-off: received at or after it counts from the next working day
  --pause <from>/<to>      a pause interval (repeatable)
  --supplement <requested>/<completed>
                           a supplement request; leave the completion empty while waiting (repeatable)
  --rules auto|decree-61|decree-118
                           the rule set: auto (default) = the one in force on the receipt date
  --as-of <ISO>            the instant judged at (default: the latest instant given); a supplement
                           still awaited gives a provisional due date, as if it arrived then
  --convention day|hour    working days counted by day (default) or as N × 8 working hours
${commonHelp(lang, "table|json|csv")}

Examples:
  hcc due --received 2024-03-08T16:59 --working-days 3
  hcc due --received 2024-03-11T09:00 --working-hours 4 --format json
  hcc due --received 2024-03-01T09:00 --working-days 10 --pause 2024-03-05T09:00/2024-03-07T09:00
  hcc due --received 2025-07-01T09:00 --working-days 10 --supplement 2025-07-03T10:00/2025-07-07T14:00
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
      supplement: { type: "string", multiple: true },
      rules: { type: "string" },
      "as-of": { type: "string" },
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
    const ruleIds = ["auto", ...RULE_SETS.map((r) => r.id)];
    if (values.rules !== undefined && !ruleIds.includes(values.rules)) {
      throw new CliError(`hcc due: --rules must be one of ${ruleIds.join(", ")}, got ${JSON.stringify(values.rules)}`);
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
      return { kind: "other" as const, from, to };
    });
    const supplements = (values.supplement ?? []).map((text) => {
      const parts = text.split("/");
      if (parts.length !== 2 || parts[0] === "") {
        throw new CliError(`hcc due: --supplement must be <requestedAt>/<completedAt> (completedAt empty while waiting), got ${JSON.stringify(text)}`);
      }
      const requestedAt = parseInstant(parts[0] as string);
      if (parts[1] === "") return { requestedAt };
      const completedAt = parseInstant(parts[1] as string);
      if (toEpochMs(completedAt) < toEpochMs(requestedAt)) throw new CliError(`hcc due: --supplement ${JSON.stringify(text)} completes before it was requested`);
      return { requestedAt, completedAt };
    });
    const latestMs = Math.max(
      toEpochMs(received),
      ...pauses.map((p) => toEpochMs(p.to)),
      ...supplements.map((x) => toEpochMs(x.completedAt ?? x.requestedAt)),
    );
    let asOfMs = latestMs;
    if (values["as-of"] !== undefined) {
      asOfMs = toEpochMs(parseInstant(values["as-of"]));
      if (asOfMs < latestMs) throw new CliError(`hcc due: --as-of ${JSON.stringify(values["as-of"])} is before the latest instant given`);
    }
    const calendar = vietnamCalendar();
    const evaluation = evaluateDossier(
      { code: "hcc-due", procedureCode: "hcc-due", agencyCode: "hcc-due", status: "processing", receivedAt: received, pauses, supplementRequests: supplements },
      {
        asOf: new Date(asOfMs),
        calendar,
        processingTime: { value, unit },
        excludedPauseKinds: ["supplement", "other"],
        rules: (values.rules ?? "auto") as RuleSetChoice,
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
      rules: evaluation.rules,
      ...(evaluation.restartedAt === null ? {} : { restartedAt: evaluation.restartedAt }),
      ...(supplements.some((x) => x.completedAt === undefined) ? { provisional: true } : {}),
      findings: evaluation.findings.map((f) => ({ code: f.code, at: f.at, limit: f.limit, rule: f.rule, message: f.message })),
    };
    if (format === "json") io.out(json(result));
    else {
      const h =
        lang === "vi"
          ? ["Tiếp nhận", "Bắt đầu tính", "Hạn (thời điểm)", "Ngày hẹn trả", "Tạm dừng (phút làm việc)", "Quy định"]
          : ["Received", "Clock start", "Due at", "Due date", "Paused (working minutes)", "Rules"];
      const row = [result.received, result.clockStart, result.dueAt, result.dueDate, result.pausedMinutes, result.rules];
      io.out(format === "csv" ? csv(["received", "clockStart", "dueAt", "dueDate", "pausedMinutes", "rules"], [row]) : table(h, [row]));
      if (format === "table") {
        for (const f of result.findings) io.out(`${lang === "vi" ? "Vi phạm" : "Finding"}: ${f.code} at ${f.at}${f.limit === null ? "" : ` (limit ${f.limit})`} — ${f.message} [${f.rule}]\n`);
        if (result.provisional === true) io.out(lang === "vi" ? "Hạn tạm tính: hồ sơ còn chờ bổ sung.\n" : "Provisional due date: a supplement is still awaited.\n");
        // The working time from the clock's (re)start to the due instant, pauses not counted.
        const minutes = calendar.workingMinutesBetween(result.restartedAt ?? result.clockStart, result.dueAt) - result.pausedMinutes;
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
