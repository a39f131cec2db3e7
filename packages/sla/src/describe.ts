import { HccError, type Lang } from "@hcc/core";
import type { DossierEvaluation } from "./evaluate.js";

/**
 * Language of the human text: Vietnamese (`vi`, default) or English (`en`) — `@hcc/core`'s
 * `Lang`, under the name this package has always exported.
 *
 * @example
 * ```ts
 * import type { SlaLang } from "@hcc/sla";
 * const lang: SlaLang = "en";
 * ```
 *
 * @category Evaluation
 */
export type SlaLang = Lang;

/**
 * Options of {@link formatWorkingDuration} and {@link describeEvaluation}.
 *
 * @example
 * ```ts
 * import type { DurationTextOptions } from "@hcc/sla";
 * const options: DurationTextOptions = { lang: "en", dayMinutes: 480 };
 * ```
 *
 * @category Evaluation
 */
export interface DurationTextOptions {
  /** Language. @defaultValue `"vi"` */
  readonly lang?: SlaLang;
  /** Working minutes in one working day (the calendar's sessions). @defaultValue `480` (8 h) */
  readonly dayMinutes?: number;
}

const WORDS = {
  vi: { day: ["ngày", "ngày"], hour: ["giờ", "giờ"], minute: ["phút", "phút"] },
  en: { day: ["day", "days"], hour: ["hour", "hours"], minute: ["minute", "minutes"] },
} as const;

/**
 * Formats a working duration in working days, hours and minutes (1 working day = `dayMinutes`),
 * keeping the two largest non-zero parts, rounded down: `"2 ngày 3 giờ"`, `"1 day"`,
 * `"3 giờ 15 phút"`, `"45 minutes"`.
 *
 * @param minutes - working minutes (≥ 0)
 * @param options - language and the length of a working day
 * @returns the text
 * @throws {HccError} `invalid_input` for a negative or non-finite duration or a bad option
 * @example
 * ```ts
 * import { formatWorkingDuration } from "@hcc/sla";
 * formatWorkingDuration(2 * 480 + 3 * 60); //=> "2 ngày 3 giờ"
 * formatWorkingDuration(480, { lang: "en" }); //=> "1 day"
 * formatWorkingDuration(75, { lang: "en" }); //=> "1 hour 15 minutes"
 * ```
 *
 * @category Evaluation
 */
export function formatWorkingDuration(minutes: number, options: DurationTextOptions = {}): string {
  if (typeof minutes !== "number" || !Number.isFinite(minutes) || minutes < 0) {
    throw new HccError("invalid_input", `formatWorkingDuration: minutes must be a finite number ≥ 0, got ${String(minutes)}`, { value: minutes });
  }
  const { lang, dayMinutes } = checkTextOptions(options, "formatWorkingDuration");
  const whole = Math.floor(minutes + 1e-9);
  const days = Math.floor(whole / dayMinutes);
  const hours = Math.floor((whole - days * dayMinutes) / 60);
  const mins = whole - days * dayMinutes - hours * 60;
  const w = WORDS[lang];
  const parts: string[] = [];
  const push = (n: number, word: readonly [string, string]): void => {
    if (n > 0 && parts.length < 2) parts.push(`${n} ${n === 1 ? word[0] : word[1]}`);
    else if (parts.length === 1) parts.push("");
  };
  push(days, w.day);
  push(hours, w.hour);
  push(mins, w.minute);
  const text = parts.filter((p) => p !== "").join(" ");
  return text === "" ? `0 ${w.minute[1]}` : text;
}

function checkTextOptions(options: DurationTextOptions, where: string): { lang: SlaLang; dayMinutes: number } {
  const lang = options.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new HccError("invalid_input", `${where}: lang must be "vi" or "en", got ${JSON.stringify(lang)}`, { value: lang });
  const dayMinutes = options.dayMinutes ?? 480;
  if (typeof dayMinutes !== "number" || !(dayMinutes > 0) || !Number.isFinite(dayMinutes)) {
    throw new HccError("invalid_input", `${where}: dayMinutes must be a positive number, got ${String(dayMinutes)}`, { value: dayMinutes });
  }
  return { lang, dayMinutes };
}

/**
 * A one-line human description of an evaluation, for a portal or a receipt lookup:
 *
 * | verdict | vi | en |
 * |---|---|---|
 * | in progress, within | `còn 2 ngày 3 giờ` | `2 days 3 hours left` |
 * | in progress, overdue | `quá hạn 1 ngày` | `1 day overdue` |
 * | resolved early | `trước hạn 1 ngày` | `1 day early` |
 * | resolved on time | `đúng hạn` | `on time` |
 * | resolved late | `trễ hạn 2 giờ` | `2 hours late` |
 * | not received | `chưa tiếp nhận` | `not received` |
 *
 * Amounts are the evaluation's remaining / overdue working time (rounded down). Without a due
 * date the in-progress text is `đang xử lý` / `in progress`; an overdue amount that rounds to
 * nothing (judged by date at the very start of the next day) prints without one.
 *
 * @param evaluation - an evaluation from `evaluateDossier` / `evaluateMany`
 * @param options - language and the length of a working day
 * @returns the text
 * @throws {HccError} `invalid_input` for a bad option
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { describeEvaluation, evaluateDossier } from "@hcc/sla";
 * const e = evaluateDossier(
 *   { code: "X-240311-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing", receivedAt: "2024-03-11T09:00" },
 *   { asOf: "2024-03-12T14:00", calendar: vietnamCalendar(), processingTime: { value: 3, unit: "working_days" } },
 * );
 * describeEvaluation(e); //=> "còn 2 ngày 3 giờ"
 * describeEvaluation(e, { lang: "en" }); //=> "2 days 3 hours left"
 * ```
 *
 * @category Evaluation
 */
export function describeEvaluation(evaluation: DossierEvaluation, options: DurationTextOptions = {}): string {
  if (typeof evaluation !== "object" || evaluation === null || typeof evaluation.verdict !== "string") {
    throw new HccError("invalid_input", "describeEvaluation: expected a DossierEvaluation", { value: evaluation });
  }
  const { lang } = checkTextOptions(options, "describeEvaluation");
  const vi = lang === "vi";
  const hasDue = evaluation.originalDue !== null;
  const amount = (m: number): string => (m >= 1 ? formatWorkingDuration(m, options) : "");
  const join = (a: string, b: string): string => [a, b].filter((x) => x !== "").join(" ");
  switch (evaluation.verdict) {
    case "not_received":
      return vi ? "chưa tiếp nhận" : "not received";
    case "in_progress_within":
      if (!hasDue) return vi ? "đang xử lý" : "in progress";
      return vi ? join("còn", amount(evaluation.remainingMinutes) || "0 phút") : join(amount(evaluation.remainingMinutes) || "0 minutes", "left");
    case "in_progress_overdue":
      return vi ? join("quá hạn", amount(evaluation.overdueMinutes)) : join(amount(evaluation.overdueMinutes), "overdue");
    case "resolved_early":
      return vi ? join("trước hạn", amount(evaluation.remainingMinutes)) : join(amount(evaluation.remainingMinutes), "early");
    case "resolved_on_time":
      return vi ? "đúng hạn" : "on time";
    case "resolved_late":
      return vi ? join("trễ hạn", amount(evaluation.overdueMinutes)) : join(amount(evaluation.overdueMinutes), "late");
  }
}
