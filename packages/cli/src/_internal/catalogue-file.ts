// The one reader of a procedure catalogue file for the CLI (`--catalogue <procedures.json>`):
// a JSON array of procedures, or { "procedures": [...] }, each read with core's parseProcedure.
import { readFile } from "node:fs/promises";
import { isHccError, parseProcedure, type Procedure } from "@hcc/core";
import { CliError } from "./context.js";

/**
 * Reads a catalogue file. Every problem is a {@link CliError} (exit 2) of one line naming the
 * file and the problem: unreadable, not JSON, not an array of procedures, or the first procedure
 * that core's `parseProcedure` rejects (with its index and code).
 */
export async function readCatalogueFile(command: string, path: string): Promise<readonly Procedure[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError(`hcc ${command}: cannot read catalogue ${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(code ?? error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`hcc ${command}: catalogue ${path} is not valid JSON: ${(error as Error).message.split("\n")[0] ?? ""}`);
  }
  const list = Array.isArray(data) ? data : (data as { procedures?: unknown } | null)?.procedures;
  if (!Array.isArray(list)) throw new CliError(`hcc ${command}: catalogue ${path} must hold an array of procedures or { "procedures": [...] }`);
  return Object.freeze(
    list.map((item: unknown, index) => {
      try {
        return parseProcedure(item);
      } catch (error) {
        const code = (item as { code?: unknown } | null)?.code;
        const which = typeof code === "string" ? ` (${code})` : "";
        const why = isHccError(error) ? error.message.split("\n")[0] : String(error);
        throw new CliError(`hcc ${command}: catalogue ${path}: procedure ${index}${which} is invalid: ${why}`);
      }
    }),
  );
}

/** Procedure code → name, for the report renderers. */
export function procedureNames(catalogue: readonly Procedure[]): ReadonlyMap<string, string> {
  return new Map(catalogue.filter((p) => p.name !== "").map((p) => [p.code, p.name]));
}
