// The lines `hcc demo` prints around the report: its header and the article's own shares.
import { BEN_TRE_2019 } from "@hcc/examples";
import type { StatsSummary } from "@hcc/stats";
import type { Lang } from "./context.js";
import { daySpan, longDate } from "./human-dates.js";

/** Words wrapped into lines of at most `width` columns (a longer word stays whole). */
export function wrapWords(text: string, width: number, indent = ""): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if ([...(lines.length === 0 ? "" : indent) + candidate].length <= width || line === "") line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join("\n");
}

const grouped = (n: number, lang: Lang): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
const percent = (p: number, lang: Lang): string => `${lang === "vi" ? String(p).replace(".", ",") : String(p)}%`;

/** "hcc demo — 14,168 dossiers received from Monday, 6 May 2019 to Friday, 9 August 2019 (96 days)". */
export function demoHeader(lang: Lang, dossiers: number, width: number): string {
  const { from, to } = BEN_TRE_2019.period;
  const text =
    lang === "vi"
      ? `hcc demo — ${grouped(dossiers, lang)} hồ sơ tiếp nhận từ ${longDate(from, lang)} đến ${longDate(to, lang)} (${daySpan(from, to, lang)}), sinh lại theo số liệu bài báo ngày ${longDate(to, lang)}.`
      : `hcc demo — ${grouped(dossiers, lang)} dossiers received from ${longDate(from, lang)} to ${longDate(to, lang)} (${daySpan(from, to, lang)}), regenerated from the figures of the article of ${longDate(to, lang)}.`;
  return `${wrapWords(text, width)}\n\n`;
}

/** The shares as the article printed them (truncated), on a line of their own. */
export function seedSharesLine(lang: Lang, p: StatsSummary["percent"], width: number): string {
  const text =
    lang === "vi"
      ? `Như bài báo đã đăng (tỷ lệ cắt bớt chữ số, không làm tròn): trực tiếp ${percent(p.direct, lang)}, bưu chính ${percent(p.postal, lang)}, trực tuyến ${percent(p.online, lang)}; đã giải quyết ${percent(p.resolved, lang)}, đang giải quyết ${percent(p.inProgress, lang)}.`
      : `As the article printed them (shares truncated, not rounded): direct ${percent(p.direct, lang)}, postal ${percent(p.postal, lang)}, online ${percent(p.online, lang)}; resolved ${percent(p.resolved, lang)}, in progress ${percent(p.inProgress, lang)}.`;
  return `${wrapWords(text, width)}\n`;
}
