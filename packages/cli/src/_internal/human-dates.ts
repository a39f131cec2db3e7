// Dates and durations for people, in Vietnamese and English: date-fns with its `vi` / `enGB`
// locales, in the Asia/Ho_Chi_Minh zone (@date-fns/tz), so no result depends on the process time
// zone. Data formats (ISO 8601, compact) stay core's.
import { TZDate } from "@date-fns/tz";
import { parseLocalDate, toEpochMs, type DateInput } from "@hcc/core";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { formatDuration } from "date-fns/formatDuration";
import { enGB } from "date-fns/locale/en-GB";
import { vi } from "date-fns/locale/vi";
import type { Lang } from "./context.js";

const VIETNAM = "Asia/Ho_Chi_Minh";
const locale = (lang: Lang) => (lang === "vi" ? vi : enGB);

/** Noon of a Vietnam calendar date, zoned. */
function day(input: DateInput): TZDate {
  const [y, m, d] = parseLocalDate(input).split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 12, 0, 0, VIETNAM);
}

/** "thứ Hai, 06/5/2019" / "Monday, 6 May 2019". */
export function longDate(input: DateInput, lang: Lang): string {
  return format(day(input), lang === "vi" ? "EEEE, dd/M/yyyy" : "EEEE, d MMMM yyyy", { locale: locale(lang) });
}

/** "17:00 thứ Tư, 13/3/2024" / "17:00 on Wednesday, 13 March 2024" — an instant in Vietnam time. */
export function longInstant(instant: DateInput, lang: Lang): string {
  const at = new TZDate(toEpochMs(instant), VIETNAM);
  return format(at, lang === "vi" ? "HH:mm EEEE, dd/M/yyyy" : "HH:mm 'on' EEEE, d MMMM yyyy", { locale: locale(lang) });
}

/** Calendar days from one date to another, both included: "96 ngày" / "96 days". */
export function daySpan(from: DateInput, to: DateInput, lang: Lang): string {
  return formatDuration({ days: differenceInCalendarDays(day(to), day(from)) + 1 }, { locale: locale(lang) });
}

/**
 * Working time in words, 8 working hours to the working day (the practice's day of 07:00–11:30 and
 * 13:30–17:00): "2 ngày làm việc 3 giờ" / "2 working days 3 hours"; "0 giờ" / "0 hours" for none.
 * The hours and minutes are date-fns's words; "working day" is ours (date-fns has no such unit).
 */
export function workingDuration(minutes: number, lang: Lang): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / 480);
  const rest = formatDuration({ hours: Math.floor((total % 480) / 60), minutes: total % 60 }, { locale: locale(lang) });
  const dayText = days === 0 ? "" : lang === "vi" ? `${days} ngày làm việc` : `${days} working day${days === 1 ? "" : "s"}`;
  const text = [dayText, rest].filter((s) => s !== "").join(" ");
  return text === "" ? formatDuration({ hours: 0 }, { locale: locale(lang), zero: true }) : text;
}
