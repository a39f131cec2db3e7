import type { Lang } from "@hcc/core";

/** Formats a number with fixed decimals and the language's separators (vi: `1.234,5`; en: `1,234.5`), without locale APIs. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = "0", fraction] = fixed.split(".");
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
  return negative && Number(fixed) !== 0 ? `-${body}` : body;
}

/** A ratio as a percentage with 2 decimals, or "—" when not applicable. */
export function formatPercent(ratio: number | null, lang: Lang): string {
  return ratio === null ? "—" : `${formatNumber(ratio * 100, lang, 2)}%`;
}

function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

/** Renders rows as a plain-text table with a header rule; numbers-looking cells are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+]?[\d.,]+%?$|^—$|^[\d.,]+\/[\d.,]+$/.test(r[i] ?? "")));
  const line = (cells: readonly string[], isHeader: boolean): string =>
    cells
      .map((c, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(c));
        return !isHeader && numeric[i] ? pad + c : c + pad;
      })
      .join(" │ ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  return [line(header, true), rule, ...rows.map((r) => line(r, false))].join("\n");
}
