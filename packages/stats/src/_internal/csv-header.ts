// The header of a CSV source: column names to the canonical fields of the ingestion contract.
import { HccError } from "@hcc/core";
import { canonicalField, type CanonicalField } from "./fields.js";

/** Column positions (-1 absent) of each canonical field. */
export type ColumnMap = Readonly<Record<CanonicalField, number>>;

/**
 * Maps CSV header names to canonical fields.
 * @throws HccError parse_error for a duplicate or missing required column.
 */
export function mapHeader(names: readonly string[]): ColumnMap {
  const map: Record<string, number> = {};
  names.forEach((raw, i) => {
    const name = i === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    const field = canonicalField(name);
    if (field === undefined) return;
    if (map[field] !== undefined) {
      throw new HccError("parse_error", `Header: columns ${map[field] + 1} and ${i + 1} both map to ${field} (${JSON.stringify(names[map[field]])}, ${JSON.stringify(name)})`, { value: names });
    }
    map[field] = i;
  });
  for (const required of ["procedureCode", "status", "receivedAt"] as const) {
    if (map[required] === undefined) throw new HccError("parse_error", `Header: missing required column ${required} in ${JSON.stringify(names)}`, { value: names });
  }
  if (map["agencyCode"] === undefined && map["code"] === undefined) {
    throw new HccError("parse_error", `Header: needs agencyCode (or code, whose prefix is the agency) in ${JSON.stringify(names)}`, { value: names });
  }
  const out: Record<string, number> = {};
  for (const f of ["code", "procedureCode", "agencyCode", "fieldCode", "level", "channel", "status", "receivedAt", "dueAt", "endedAt", "supplementRequests", "pauses", "hasFees", "paidOnline", "digitised", "electronicResult"]) {
    out[f] = map[f] ?? -1;
  }
  return out as ColumnMap;
}

/** Splits one header line into names (quotes honoured). */
export function splitHeader(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur.replace(/\r$/, ""));
  return out.map((s) => s.trim());
}
