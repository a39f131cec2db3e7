import { TZDate } from "@date-fns/tz";
import { HccError, parseLocalDate, type DateInput } from "@hcc/core";
// Per-function and per-locale entries: a browser loading the package unbundled (the dashboard's
// import map) fetches these few files, not all of date-fns.
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { vi } from "date-fns/locale/vi";

const VIETNAM = "Asia/Ho_Chi_Minh";

/** Noon of a Vietnam calendar date, as a zoned date (formatting reads its fields in Vietnam time). */
function zoned(input: DateInput): TZDate {
  const date = parseLocalDate(input);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 12, 0, 0, VIETNAM);
}

function checkLang(lang: unknown): "vi" | "en" {
  if (lang === undefined || lang === "vi") return "vi";
  if (lang === "en") return "en";
  throw new HccError("invalid_input", `lang must be "vi" or "en", got ${JSON.stringify(lang)}`, { value: lang });
}

/**
 * A Vietnam calendar date as officials write it: `06/5/2019` in Vietnamese (day with two digits,
 * month without a leading zero, as on Vietnamese forms), `6 May 2019` in English. Formatted with
 * date-fns (`vi` / `enGB` locales) in the `Asia/Ho_Chi_Minh` zone, so the result never depends on
 * the process time zone.
 *
 * @param date - a `YYYY-MM-DD` date or any instant (reduced to its Vietnam date)
 * @param lang - `"vi"` (default) or `"en"`
 * @returns the date
 * @throws {HccError} `invalid_date` for a bad date, `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { formatReportDate } from "@hcc/stats";
 * formatReportDate("2019-05-06"); //=> "06/5/2019"
 * formatReportDate("2019-08-09", "en"); //=> "9 August 2019"
 * ```
 *
 * @category Rendering
 */
export function formatReportDate(date: DateInput, lang: "vi" | "en" = "vi"): string {
  return checkLang(lang) === "vi" ? format(zoned(date), "dd/M/yyyy", { locale: vi }) : format(zoned(date), "d MMMM yyyy", { locale: enGB });
}

/**
 * A report period in words: "Từ ngày 06/5/2019 đến ngày 09/8/2019" / "From 6 May 2019 to
 * 9 August 2019" — the line under the title of Biểu 06 and of the text and HTML reports.
 *
 * @param from - first day
 * @param to - last day (inclusive)
 * @param lang - `"vi"` (default) or `"en"`
 * @returns the period
 * @throws {HccError} `invalid_date` for a bad date, `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { formatPeriod } from "@hcc/stats";
 * formatPeriod("2019-05-06", "2019-08-09"); //=> "Từ ngày 06/5/2019 đến ngày 09/8/2019"
 * formatPeriod("2019-05-06", "2019-08-09", "en"); //=> "From 6 May 2019 to 9 August 2019"
 * ```
 *
 * @category Rendering
 */
export function formatPeriod(from: DateInput, to: DateInput, lang: "vi" | "en" = "vi"): string {
  return checkLang(lang) === "vi"
    ? `Từ ngày ${formatReportDate(from, "vi")} đến ngày ${formatReportDate(to, "vi")}`
    : `From ${formatReportDate(from, "en")} to ${formatReportDate(to, "en")}`;
}
