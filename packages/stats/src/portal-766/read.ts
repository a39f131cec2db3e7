import { HccError, isHccError } from "@hcc/core";
import type { BadRow } from "../ingest.js";
import { parsePortalDossier, type PortalDossier } from "./dossier.js";
import { portalDossierFromLegacy } from "./from-legacy.js";
import { csvRecords } from "./_internal/csv-records.js";

/**
 * Options of {@link readPortalDossiers}.
 *
 * @example
 * ```ts
 * import type { ReadPortalOptions } from "@hcc/stats";
 * const options: ReadPortalOptions = { format: "ndjson", mode: "lenient" };
 * ```
 *
 * @category Portal 766
 */
export interface ReadPortalOptions {
  /** `csv`, `ndjson`, `json` (an array) or `auto` (from the first non-blank character). @defaultValue `"auto"` */
  readonly format?: "csv" | "ndjson" | "json" | "auto";
  /** CSV delimiter. @defaultValue `","` */
  readonly delimiter?: string;
  /** `strict`: the first bad record throws; `lenient`: bad records are listed and left out. @defaultValue `"strict"` */
  readonly mode?: "strict" | "lenient";
}

/**
 * Portal dossiers read from a file, and the records that could not be read.
 *
 * @example
 * ```ts
 * import type { PortalReadResult } from "@hcc/stats";
 * const ok = (r: PortalReadResult): boolean => r.badRows.length === 0;
 * ```
 *
 * @category Portal 766
 */
export interface PortalReadResult {
  /** The dossiers, in file order. */
  readonly dossiers: readonly PortalDossier[];
  /** Records left out (lenient mode), with their line numbers. */
  readonly badRows: readonly BadRow[];
}

/** A `DongBoHoSoMC` record is recognised by the portal's own field names. */
const isLegacyRecord = (o: Record<string, unknown>): boolean => "MaHoSo" in o || "MaTTHC" in o || "TrangThaiHoSo" in o;

function reasonOf(error: unknown): { field: string; reason: string } {
  if (isHccError(error)) {
    const issue = error.issues[0];
    return { field: issue === undefined || issue.path.length === 0 ? "row" : issue.path.join("."), reason: issue?.message ?? error.message };
  }
  throw error;
}

/**
 * Reads a file of dossiers for the `portal-766` profile: CSV (our columns, lists as JSON text or
 * `a;b`), NDJSON or a JSON array. Each record is either the portal's own `DongBoHoSoMC` record
 * (recognised by `MaHoSo` / `MaTTHC` / `TrangThaiHoSo`; read by {@link portalDossierFromLegacy},
 * nested lists `DanhSachHoSoBoSung`, `DanhSachGiayToKetQua`, `TaiLieuNop`, `DanhSachLePhi`,
 * `DSKetNoiCSDL` included) or a row in our English columns (read by {@link parsePortalDossier}).
 * A bad record is never dropped silently: it throws (strict) or is listed with its line (lenient).
 *
 * @param text - the file's text
 * @param options - format, delimiter, mode
 * @returns the dossiers and the bad records
 * @throws {HccError} `invalid_record` (strict mode) naming the line; `parse_error` for a broken file
 * @example
 * ```ts
 * import { readPortalDossiers } from "@hcc/stats";
 * const ndjson = '{"MaHoSo":"X-250805-0001","MaTTHC":"1.001612","TrangThaiHoSo":"4","DuocThanhToanTrucTuyen":"3"}\n' +
 *   '{"procedureCode":"1.001612","status":5,"supplements":"20250805090000/"}\n';
 * readPortalDossiers(ndjson).dossiers.map((d) => d.status); //=> ["processing", "supplement_requested"]
 * ```
 *
 * @category Portal 766
 */
export function readPortalDossiers(text: string, options: ReadPortalOptions = {}): PortalReadResult {
  const mode = options.mode ?? "strict";
  let format = options.format ?? "auto";
  if (!["csv", "ndjson", "json", "auto"].includes(format)) throw new HccError("invalid_input", `Unknown format ${JSON.stringify(format)}`, { value: format });
  const body = text.replace(/^\uFEFF/, "");
  if (format === "auto") {
    const first = /\S/.exec(body)?.[0];
    format = first === "[" ? "json" : first === "{" ? "ndjson" : "csv";
  }
  const records: { line: number; value: unknown; text: string }[] = [];
  if (format === "csv") records.push(...csvRecords(body, options.delimiter ?? ","));
  else if (format === "ndjson") {
    body.split("\n").forEach((raw, i) => {
      const line = raw.trim();
      if (line === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        value = new SyntaxError(`invalid JSON: ${(error as Error).message}`);
      }
      records.push({ line: i + 1, value, text: line });
    });
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new HccError("parse_error", `invalid JSON: ${(error as Error).message}`, { value: body.slice(0, 200), cause: error });
    }
    if (!Array.isArray(parsed)) throw new HccError("parse_error", "a JSON dossier file must be an array of records", { value: body.slice(0, 200) });
    parsed.forEach((value, i) => records.push({ line: i + 1, value, text: JSON.stringify(value) ?? "" }));
  }
  const dossiers: PortalDossier[] = [];
  const badRows: BadRow[] = [];
  for (const r of records) {
    let bad: { field: string; reason: string };
    if (r.value instanceof SyntaxError) bad = { field: "row", reason: r.value.message };
    else if (typeof r.value !== "object" || r.value === null || Array.isArray(r.value)) bad = { field: "row", reason: "expected an object" };
    else {
      try {
        const o = r.value as Record<string, unknown>;
        dossiers.push(isLegacyRecord(o) ? portalDossierFromLegacy(o) : parsePortalDossier(o));
        continue;
      } catch (error) {
        bad = reasonOf(error);
      }
    }
    if (mode === "strict") {
      throw new HccError("invalid_record", `Line ${r.line}: ${bad.field}: ${bad.reason}`, { value: r.text.slice(0, 200) });
    }
    badRows.push(Object.freeze({ line: r.line, ...bad, text: r.text.slice(0, 200) }));
  }
  return Object.freeze({ dossiers: Object.freeze(dossiers), badRows: Object.freeze(badRows) });
}
