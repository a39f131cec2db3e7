// CSV text → one object per record (header names as keys, every value a string), RFC 4180:
// quotes with "" escapes, delimiters and newlines inside quotes, CRLF or LF. The portal profile
// holds whole records (nested lists as JSON text in a cell), which the byte-level aggregator
// reader of `ingest` does not produce.
import { HccError } from "@hcc/core";

/** Records with their first physical line (the header is line 1). */
export function csvRecords(text: string, delimiter: string): { line: number; value: Record<string, string>; text: string }[] {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n") {
    throw new HccError("invalid_input", `delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`, { value: delimiter });
  }
  const rows: { line: number; cells: string[]; text: string }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 0;
  let startLine = 1;
  let i = 0;
  const endRow = (end: number): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: startLine, cells, text: text.slice(start, end) });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      endRow(i);
      if (c === "\r" && text[i + 1] === "\n") i++;
      line++;
      start = i + 1;
      startLine = line;
    } else cell += c;
    i++;
  }
  if (quoted) throw new HccError("parse_error", `CSV line ${startLine}: a quoted field is not closed`, { value: text.slice(start, start + 200) });
  if (cell !== "" || cells.length > 0) endRow(text.length);
  const header = rows.shift();
  if (header === undefined) throw new HccError("parse_error", "CSV input is empty (no header line)", { value: "" });
  const names = header.cells.map((h) => h.trim());
  return rows.map((r) => {
    const value: Record<string, string> = {};
    names.forEach((name, k) => {
      if (name !== "" && r.cells[k] !== undefined && r.cells[k] !== "") value[name] = r.cells[k] as string;
    });
    return { line: r.line, value, text: r.text };
  });
}
