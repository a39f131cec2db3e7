import type { RenderOptions } from "./render-csv.js";
import type { ReportNames } from "./names.js";

/**
 * Options of {@link renderText}: the language, the names shown beside codes and the width of the
 * terminal the text is for.
 *
 * @example
 * ```ts
 * import type { TextRenderOptions } from "@hcc/stats";
 * const options: TextRenderOptions = { lang: "en", width: 100, names: { agencies: new Map([["000.00.02.H07", "Sở Tư pháp"]]) } };
 * ```
 *
 * @category Rendering
 */
export interface TextRenderOptions extends RenderOptions {
  /** Names of agencies and procedures, shown instead of (or beside) their codes. */
  readonly names?: ReportNames;
  /**
   * The width in columns no line may exceed (a terminal's `process.stdout.columns`); tables are
   * laid out to fit (wrapped headers, stacked parts, or one block per unit). Values below 20 count
   * as 20. @defaultValue unlimited: one line of headers, however wide
   */
  readonly width?: number;
}

/**
 * Options of {@link renderHtml}: the language and the names shown beside codes.
 *
 * @example
 * ```ts
 * import type { HtmlRenderOptions } from "@hcc/stats";
 * const options: HtmlRenderOptions = { lang: "vi", names: { procedures: new Map([["1.001612", "Đăng ký khai sinh"]]) } };
 * ```
 *
 * @category Rendering
 */
export interface HtmlRenderOptions extends RenderOptions {
  /** Names of agencies and procedures, shown with their codes. */
  readonly names?: ReportNames;
}
