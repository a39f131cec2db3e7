// The reader of `--agencies <file>`: agency code → name, from CSV (a header with `code` and
// `name` columns, RFC 4180 quoting) or JSON (an array of agencies, read with core's parseAgency,
// or an object { "code": "name" }).
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { isHccError, parseAgency } from "@hcc/core";
import { CliError } from "./context.js";

/** The fields of one CSV line (RFC 4180: quotes, doubled quotes, commas or semicolons). */
function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (quoted) throw new Error("a quoted field is not closed");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

function fromCsv(text: string, fail: (problem: string) => never): Map<string, string> {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = first.includes(";") && !first.includes(",") ? ";" : ",";
  let rows: string[][];
  try {
    rows = csvRows(text, delimiter);
  } catch (error) {
    return fail((error as Error).message);
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const code = header.indexOf("code");
  const name = header.indexOf("name");
  if (code < 0 || name < 0) fail(`the first line must name the columns "code" and "name", got ${JSON.stringify((rows[0] ?? []).join(delimiter))}`);
  const out = new Map<string, string>();
  rows.slice(1).forEach((r, i) => {
    const c = (r[code] ?? "").trim();
    const n = (r[name] ?? "").trim();
    if (c === "" || n === "") fail(`line ${i + 2} has no ${c === "" ? "code" : "name"}`);
    if (out.has(c)) fail(`line ${i + 2} repeats the code ${c}`);
    out.set(c, n);
  });
  return out;
}

function fromJson(data: unknown, fail: (problem: string) => never): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      try {
        const agency = parseAgency(item);
        if (out.has(agency.code)) fail(`agency ${i} repeats the code ${agency.code}`);
        out.set(agency.code, agency.name);
      } catch (error) {
        if (error instanceof CliError) throw error;
        fail(`agency ${i} is invalid: ${isHccError(error) ? error.message.split("\n")[0] : String(error)}`);
      }
    });
    return out;
  }
  if (typeof data === "object" && data !== null) {
    for (const [code, name] of Object.entries(data)) {
      if (typeof name !== "string" || name.trim() === "") fail(`the name of ${code} must be a non-empty string, got ${JSON.stringify(name)}`);
      out.set(code.trim(), (name as string).trim());
    }
    return out;
  }
  return fail('expected an array of agencies or an object { "code": "name" }');
}

/**
 * Reads an agencies file (`.json` → JSON, anything else → CSV unless it starts with `[` or `{`).
 * Every problem is a {@link CliError} (exit 2) of one line naming the file and the problem.
 */
export async function readAgenciesFile(command: string, path: string): Promise<ReadonlyMap<string, string>> {
  const fail = (problem: string): never => {
    throw new CliError(`hcc ${command}: agencies file ${path}: ${problem}`);
  };
  let text: string;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return fail(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : `cannot read it (${String(code ?? error)})`);
  }
  const head = text.trimStart()[0];
  const names =
    extname(path).toLowerCase() === ".json" || head === "[" || head === "{"
      ? fromJson(
          (() => {
            try {
              return JSON.parse(text) as unknown;
            } catch (error) {
              return fail(`not valid JSON: ${(error as Error).message.split("\n")[0] ?? ""}`);
            }
          })(),
          fail,
        )
      : fromCsv(text, fail);
  if (names.size === 0) fail("no agency in it");
  return names;
}
