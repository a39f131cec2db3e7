// Plain-text tables that fit a terminal width. The full layout (one line of "(n) header" cells)
// is used when it fits; below that width, in order, the first that fits:
//   1. one table, headers wrapped over several lines, column numbers (n) on their own line — with
//      the full labels (names and codes), else the short ones (names), else names cut with "…"
//      (never below MIN_LABEL);
//   2. the value columns split into stacked tables by their groups (the label repeated in each,
//      one label form for all of them), in the same order of label forms;
//   3. one block per row ("vertical"), which fits any width down to MIN_WIDTH.
// Display width counts code points after NFC, combining marks as zero (Vietnamese text is
// composed; box-drawing characters are one column).

/** One column of a table. */
export interface TextColumn {
  readonly header: string;
  /** Right-aligned when true. */
  readonly numeric: boolean;
  /** The column number shown under the headers, e.g. `"(3)"`. */
  readonly number?: string;
  /** A shorter header for the compact layouts (the group is named above the table there). */
  readonly short?: string;
}

/** A table to lay out. */
export interface TextTable {
  readonly columns: readonly TextColumn[];
  /** Cells, as displayed (numbers already formatted). */
  readonly rows: readonly (readonly string[])[];
  /** The label column: its short form per row (names without codes), cut with "…" if need be. */
  readonly label?: { readonly index: number; readonly short: readonly string[] };
  /** How to stack: the columns repeated in every part and the groups of the other columns. */
  readonly parts?: { readonly key: readonly number[]; readonly groups: readonly { readonly title: string; readonly columns: readonly number[] }[] };
}

/** The label column never gets narrower than this in a horizontal layout. */
const MIN_LABEL = 18;
/** Narrowest width honoured (below, lines are cut at this width). */
export const MIN_WIDTH = 20;

/**
 * The width a text takes in a terminal column: its code points after NFC normalisation, with
 * combining marks (U+0300–U+036F) counted as zero, so a Vietnamese name typed with decomposed
 * diacritics pads like the same name typed precomposed. The plain-text reports use it to align
 * their columns; use it to align your own text beside them.
 *
 * @example
 * ```ts
 * import { displayWidth } from "@hcc/stats";
 * displayWidth("Sở Tư pháp"); //=> 10
 * displayWidth("So\u0309 Tu\u031B pha\u0301p"); //=> 10
 * ```
 *
 * @category Rendering
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    w++;
  }
  return w;
}

/** Cuts text to a display width, ending with "…" when cut. */
export function cut(text: string, width: number): string {
  const s = text.normalize("NFC");
  if (displayWidth(s) <= width) return s;
  if (width <= 1) return "…".slice(0, Math.max(0, width));
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

const padStart = (s: string, w: number): string => " ".repeat(Math.max(0, w - displayWidth(s))) + s;
const padEnd = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - displayWidth(s)));

/** Words of a header wrapped into lines no wider than `width` (a longer word is cut). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) line = candidate;
    else {
      if (line !== "") lines.push(line);
      line = cut(word, width);
    }
  }
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [""] : lines;
}

const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map(displayWidth));

/** The classic layout: one header line of "(n) header", a rule, the rows (" │ " between cells). */
function full(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string[] {
  const header = columns.map((c) => (c.number === undefined ? c.header : `${c.number} ${c.header}`));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (columns[i]?.numeric === true ? padStart(c, widths[i] as number) : padEnd(c, widths[i] as number))).join(" │ ").trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("─┼─"), ...rows.map(line)];
}

/**
 * The compact layout: headers wrapped within their column, column numbers on a line of their own,
 * two spaces between columns; the label column (if any) takes `labelWidth` and its cells are cut.
 */
function compact(columns: readonly TextColumn[], rows: readonly (readonly string[])[], labelIndex: number, labelWidth: number | undefined, target?: number): string[] {
  const header = (c: TextColumn): string => c.short ?? c.header;
  const widths = columns.map((c, i) => {
    if (i === labelIndex && labelWidth !== undefined) return labelWidth;
    const cells = Math.max(0, ...rows.map((r) => displayWidth(r[i] ?? "")));
    return Math.max(cells, displayWidth(c.number ?? ""), Math.min(longestWord(header(c)), 10));
  });
  if (target !== undefined) {
    // Spare columns go to the headers wrapped over the most lines, one line less at a time.
    let spare = target - (widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1));
    for (let guard = 0; spare > 0 && guard < 200; guard++) {
      const depths = columns.map((c, i) => (i === labelIndex ? 0 : wrap(header(c), widths[i] as number).length));
      const deepest = Math.max(...depths);
      if (deepest <= 1) break;
      const i = depths.indexOf(deepest);
      let extra = 1;
      while (extra <= spare && wrap(header(columns[i] as TextColumn), (widths[i] as number) + extra).length >= deepest) extra++;
      if (extra > spare) break;
      widths[i] = (widths[i] as number) + extra;
      spare -= extra;
    }
  }
  const heads = columns.map((c, i) => wrap(header(c), widths[i] as number));
  const depth = Math.max(...heads.map((h) => h.length));
  const cellLine = (cells: readonly string[]): string =>
    cells
      .map((c, i) => {
        const w = widths[i] as number;
        const text = i === labelIndex ? cut(c, w) : c;
        return columns[i]?.numeric === true ? padStart(text, w) : padEnd(text, w);
      })
      .join("  ")
      .trimEnd();
  const headerLines: string[] = [];
  for (let k = 0; k < depth; k++) {
    // headers sit at the bottom of their cell, like a spreadsheet's
    headerLines.push(cellLine(heads.map((h) => h[k - (depth - h.length)] ?? "")));
  }
  const numbers = columns.some((c) => c.number !== undefined) ? [cellLine(columns.map((c) => c.number ?? ""))] : [];
  return [...headerLines, ...numbers, widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(cellLine)];
}

const fits = (lines: readonly string[], width: number): boolean => lines.every((l) => displayWidth(l) <= width);

/** How the label column may be shown: full (names with codes), short (names), or short and cut. */
type LabelMode = "full" | "short" | "cut";

/** A compact layout within `width` with the label in the given mode, or undefined. */
function horizontal(columns: readonly TextColumn[], rows: readonly (readonly string[])[], label: TextTable["label"], width: number, mode: LabelMode): string[] | undefined {
  if (mode === "full" || label === undefined) {
    return fits(compact(columns, rows, -1, undefined), width) ? compact(columns, rows, -1, undefined, width) : undefined;
  }
  const shortRows = rows.map((r, j) => r.map((c, i) => (i === label.index ? (label.short[j] ?? c) : c)));
  if (fits(compact(columns, shortRows, -1, undefined), width)) return compact(columns, shortRows, -1, undefined, width);
  if (mode === "short") return undefined;
  const others = compact(columns, shortRows, label.index, 0);
  const spare = width - Math.max(...others.map(displayWidth));
  if (spare < MIN_LABEL) return undefined;
  const natural = Math.max(displayWidth(columns[label.index]?.header ?? ""), ...shortRows.map((r) => displayWidth(r[label.index] ?? "")));
  return compact(columns, shortRows, label.index, Math.min(spare, natural), width);
}

function pick<T>(items: readonly T[], indices: readonly number[]): T[] {
  return indices.map((i) => items[i] as T);
}

/** Stacked tables: each group of columns with the key columns, as many groups per table as fit. */
function stacked(table: TextTable, width: number, mode: LabelMode): string[] | undefined {
  const parts = table.parts;
  if (parts === undefined) return undefined;
  const sub = (groups: typeof parts.groups): string[] | undefined => {
    const indices = [...parts.key, ...groups.flatMap((g) => g.columns)];
    const labelAt = table.label === undefined ? -1 : indices.indexOf(table.label.index);
    const label = table.label === undefined || labelAt < 0 ? undefined : { index: labelAt, short: table.label.short };
    const lines = horizontal(pick(table.columns, indices), table.rows.map((r) => pick(r, indices)), label, width, mode);
    return lines === undefined ? undefined : [cut(groups.map((g) => g.title).join(" · "), width), ...lines];
  };
  const out: string[][] = [];
  let start = 0;
  while (start < parts.groups.length) {
    let best: string[] | undefined;
    let end = start + 1;
    for (let k = start + 1; k <= parts.groups.length; k++) {
      const lines = sub(parts.groups.slice(start, k));
      if (lines === undefined) break;
      best = lines;
      end = k;
    }
    if (best === undefined) return undefined;
    out.push(best);
    start = end;
  }
  return out.flatMap((lines, i) => (i === 0 ? lines : ["", ...lines]));
}

/** One block per row: the label, then one "header ..... value" line per column. */
function vertical(table: TextTable, width: number): string[] {
  const labelIndex = table.label?.index ?? -1;
  const heads = table.columns.map((c) => (c.number === undefined ? c.header : `${c.number} ${c.header}`));
  const valueWidth = Math.max(0, ...table.rows.flatMap((r) => r.map((c, i) => (i === labelIndex ? 0 : displayWidth(c)))));
  const out: string[] = [];
  table.rows.forEach((row, j) => {
    if (j > 0) out.push("");
    const title = labelIndex < 0 ? "" : (row[labelIndex] ?? "");
    const short = table.label?.short[j] ?? title;
    const first = row.find((_, i) => i !== labelIndex && table.columns[i]?.numeric !== true && row[i] !== "") ?? "";
    const heading = [first, displayWidth(title) + displayWidth(first) + 1 <= width ? title : short].filter((s) => s !== "").join(" ");
    out.push(cut(heading, width));
    row.forEach((cell, i) => {
      if (i === labelIndex || table.columns[i]?.numeric !== true) return;
      const room = Math.max(1, width - valueWidth - 3);
      const head = cut(heads[i] ?? "", room);
      out.push(`  ${padEnd(head, room)} ${padStart(cell, valueWidth)}`.slice(0, Math.max(width, 1)).trimEnd());
    });
  });
  return out.map((l) => cut(l, width));
}

/**
 * Lays a table out for a terminal `width` (undefined: the full one-line-header layout, however
 * wide). Every line of the result is at most `width` display columns (widths below
 * {@link MIN_WIDTH} are treated as MIN_WIDTH).
 */
export function fitTable(table: TextTable, width: number | undefined): string {
  const wide = full(table.columns, table.rows);
  if (width === undefined) return wide.join("\n");
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  if (fits(wide, w)) return wide.join("\n");
  // One table before stacked ones; within each, names with codes, then names, then cut names.
  for (const layout of [
    (mode: LabelMode) => horizontal(table.columns, table.rows, table.label, w, mode),
    (mode: LabelMode) => stacked(table, w, mode),
  ]) {
    for (const mode of ["full", "short", "cut"] as const) {
      const lines = layout(mode);
      if (lines !== undefined) return lines.join("\n");
    }
  }
  return vertical(table, w).join("\n");
}

/**
 * Wraps every line wider than `width` at spaces (continuation lines indented like the line plus
 * two spaces); a word wider than the room is cut with "…". Undefined width: the text unchanged.
 */
export function fitLines(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  return text
    .split("\n")
    .flatMap((line) => {
      if (displayWidth(line) <= w) return [line];
      const indent = /^ */.exec(line)?.[0] ?? "";
      const lines: string[] = [];
      let current = indent;
      for (const word of line.slice(indent.length).split(" ")) {
        const lead = lines.length === 0 ? indent : `${indent}  `;
        const room = w - displayWidth(lead);
        const piece = displayWidth(word) > room ? cut(word, room) : word;
        const candidate = current.trim() === "" ? lead + piece : `${current} ${piece}`;
        if (displayWidth(candidate) <= w) current = candidate;
        else {
          lines.push(current);
          current = lead.length > indent.length || lines.length > 0 ? `${indent}  ${piece}` : lead + piece;
        }
      }
      lines.push(current);
      return lines;
    })
    .join("\n");
}
