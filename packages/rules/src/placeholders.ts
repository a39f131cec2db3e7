/**
 * Texts that are **never** a disclosure, whatever the item: empty or dash-like values, "N/A",
 * "Đang cập nhật" ("being updated") and similar. Compared after normalisation (Unicode NFC, trimmed,
 * inner whitespace collapsed, lower-cased, trailing `.`, `:` and `;` removed). Any text made only of
 * punctuation, symbols and spaces ("-", "...", "…", "—", "___", "?") is a placeholder too, whether or
 * not it is listed.
 *
 * @example
 * ```ts
 * import { DEFAULT_PLACEHOLDERS } from "@hcc/rules";
 * DEFAULT_PLACEHOLDERS.includes("đang cập nhật"); //=> true
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export const DEFAULT_PLACEHOLDERS: readonly string[] = Object.freeze([
  "",
  "-",
  "--",
  "...",
  "…",
  "n/a",
  "na",
  "n.a",
  "null",
  "undefined",
  "nil",
  "0",
  "x",
  "tbd",
  "todo",
  "đang cập nhật",
  "đang cập nhật thông tin",
  "chưa cập nhật",
  "cập nhật sau",
  "sẽ cập nhật",
  "chưa có thông tin",
  "không có thông tin",
  "chưa xác định",
  "không xác định",
  "updating",
  "to be updated",
  "unknown",
]);

/**
 * Texts that state explicitly that there is **none** ("Không", "Không có", "Không quy định",
 * "Miễn phí"…). Such a statement is a real disclosure only for items where "none" is a legitimate
 * answer — by default only the conditions (điều kiện): a procedure may truly have no conditions
 * and must then say so. For a name, documents, steps, legal basis, contact, agency or result,
 * "Không có" is a non-disclosure (every procedure has a name, steps and a legal basis). Fees are
 * stated by amount: "free" is `amount: 0`, whatever the description says.
 *
 * @example
 * ```ts
 * import { DEFAULT_NONE_STATEMENTS } from "@hcc/rules";
 * DEFAULT_NONE_STATEMENTS.includes("không có"); //=> true
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export const DEFAULT_NONE_STATEMENTS: readonly string[] = Object.freeze([
  "không",
  "không có",
  "không quy định",
  "không yêu cầu",
  "không có yêu cầu",
  "không có điều kiện",
  "không yêu cầu điều kiện",
  "không có yêu cầu, điều kiện",
  "không thu",
  "không thu phí",
  "miễn phí",
  "miễn",
  "none",
  "no",
  "not required",
]);

/**
 * The placeholder vocabulary used by the disclosure rules: a named option of
 * {@link checkPublicDisclosure} so a province can add its own portal's fillers.
 *
 * @example
 * ```ts
 * import { DEFAULT_PLACEHOLDERS, type PlaceholderOptions } from "@hcc/rules";
 * const options: PlaceholderOptions = { placeholders: [...DEFAULT_PLACEHOLDERS, "liên hệ bộ phận một cửa"] };
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export interface PlaceholderOptions {
  /** Texts that are never a disclosure (default {@link DEFAULT_PLACEHOLDERS}); replaces the list. */
  readonly placeholders?: readonly string[];
  /** Texts that state "none" explicitly (default {@link DEFAULT_NONE_STATEMENTS}); replaces the list. */
  readonly noneStatements?: readonly string[];
}

/**
 * How a published text counts: `content` (a real value), `none` (an explicit "none" statement) or
 * `placeholder` (no disclosure at all).
 *
 * @example
 * ```ts
 * import type { TextKind } from "@hcc/rules";
 * const kind: TextKind = "none";
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export type TextKind = "content" | "none" | "placeholder";

const PUNCTUATION_ONLY = /^[\p{P}\p{S}\p{Z}\s]*$/u;

/**
 * Normalises a published text for comparison with the placeholder lists: Unicode NFC, trimmed,
 * inner whitespace collapsed, lower-cased, trailing `.`, `:`, `;` removed.
 *
 * @param text - any published text
 * @returns the normalised text
 * @example
 * ```ts
 * import { normalizeText } from "@hcc/rules";
 * normalizeText("  Đang   Cập nhật. "); //=> "đang cập nhật"
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase().replace(/[.:;]+$/u, "").trim();
}

interface CompiledVocabulary {
  readonly placeholders: ReadonlySet<string>;
  readonly none: ReadonlySet<string>;
}

const cache = new WeakMap<readonly string[], ReadonlySet<string>>();

function compile(list: readonly string[]): ReadonlySet<string> {
  let set = cache.get(list);
  if (set === undefined) {
    set = new Set(list.map(normalizeText));
    cache.set(list, set);
  }
  return set;
}

/** @internal */
export function vocabulary(options: PlaceholderOptions = {}): CompiledVocabulary {
  return {
    placeholders: compile(options.placeholders ?? DEFAULT_PLACEHOLDERS),
    none: compile(options.noneStatements ?? DEFAULT_NONE_STATEMENTS),
  };
}

/**
 * Classifies a published text as real `content`, an explicit `none` statement, or a
 * `placeholder`. `undefined`, `null` and non-strings are placeholders.
 *
 * @param text - the published value
 * @param options - the placeholder vocabulary
 * @returns the kind of text
 * @example
 * ```ts
 * import { classifyText } from "@hcc/rules";
 * classifyText("Đang cập nhật"); //=> "placeholder"
 * classifyText("Không có"); //=> "none"
 * classifyText("Luật Hộ tịch 2014"); //=> "content"
 * classifyText(" … "); //=> "placeholder"
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export function classifyText(text: unknown, options: PlaceholderOptions = {}): TextKind {
  if (typeof text !== "string") return "placeholder";
  const normalized = normalizeText(text);
  if (PUNCTUATION_ONLY.test(normalized)) return "placeholder";
  const vocab = vocabulary(options);
  if (vocab.placeholders.has(normalized)) return "placeholder";
  if (vocab.none.has(normalized)) return "none";
  return "content";
}

/**
 * Tells whether a text is a placeholder, i.e. not a disclosure (see {@link classifyText}).
 *
 * @param text - the published value
 * @param options - the placeholder vocabulary
 * @returns `true` for placeholders, empty or missing values
 * @example
 * ```ts
 * import { isPlaceholder } from "@hcc/rules";
 * isPlaceholder("N/A"); //=> true
 * isPlaceholder("Không"); //=> false (an explicit "none")
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export function isPlaceholder(text: unknown, options: PlaceholderOptions = {}): boolean {
  return classifyText(text, options) === "placeholder";
}
