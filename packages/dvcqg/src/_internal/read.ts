// Lenient readers for wire values. Each reader takes the raw value, the wire path (field names as
// they appear on the wire) and an issue list; it returns the normalised value or `undefined` and
// pushes one issue per bad field. Nothing here throws.
import {
  HccError,
  formatCompactInstant,
  formatInstant,
  safeParseInstant,
  toEpochMs,
  type CodeList,
  type HccIssue,
  type Instant,
} from "@hcc/core";

export type Path = readonly (string | number)[];
export type Issues = HccIssue[];

/** `undefined`, `null` and the empty string mean "absent" on the wire. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

export function issue(issues: Issues, path: Path, message: string, input?: unknown): void {
  issues.push(input === undefined ? { path: [...path], message } : { path: [...path], message, input });
}

/** Text: strings as they are, numbers as their decimal form. */
export function readText(value: unknown, path: Path, issues: Issues, required = false): string | undefined {
  if (isBlank(value)) {
    if (required) issue(issues, path, "required field is missing", value);
    return undefined;
  }
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return String(value);
  issue(issues, path, `expected a string, got ${describe(value)}`, value);
  return undefined;
}

/** A non-negative integer given as a number or a numeric string. */
export function readInt(value: unknown, path: Path, issues: Issues): number | undefined {
  if (isBlank(value)) return undefined;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n === "number" && Number.isSafeInteger(n) && n >= 0 && (typeof value !== "string" || /^\s*\d+\s*$/.test(value))) return n;
  issue(issues, path, `expected a non-negative integer, got ${describe(value)}`, value);
  return undefined;
}

/** An amount of money in VND: a number or a string of digits (dots, commas and spaces as thousands separators). */
export function readAmount(value: unknown, path: Path, issues: Issues): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  if (typeof value === "string") {
    const cleaned = value.trim().replace(/(đồng|vnđ|vnd|đ)$/i, "").trim();
    // VND has no subunit: "50.000" and "1,200,000" are thousands separators.
    if (/^\d{1,3}([., ]\d{3})+$/.test(cleaned)) return Number(cleaned.replace(/[., ]/g, ""));
    if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  }
  issue(issues, path, `expected an amount in VND, got ${describe(value)}`, value);
  return undefined;
}

const TRUE_VALUES = new Set(["1", "true", "True", "TRUE", "yes", "co", "có"]);
const FALSE_VALUES = new Set(["0", "false", "False", "FALSE", "no", "khong", "không"]);

/** A flag sent as `"1"`/`"0"`, `1`/`0`, `true`/`false` or `"True"`/`"False"`. */
export function readFlag(value: unknown, path: Path, issues: Issues): boolean | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "boolean") return value;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === "string") {
    if (TRUE_VALUES.has(value.trim())) return true;
    if (FALSE_VALUES.has(value.trim())) return false;
  }
  issue(issues, path, `expected a flag (1/0, true/false), got ${describe(value)}`, value);
  return undefined;
}

/**
 * An instant, read by @hcc/core's one lenient reader: `yyyyMMdd[HH[mm[ss]]]` (string or number),
 * ISO 8601 (`yyyy-MM-dd HH:mm:ss`, `yyyy-MM-ddTHH:mm:ss.SSS`, with or without an offset),
 * `dd/MM/yyyy[ HH:mm[:ss]]` or a `Date`. Wall-clock forms are Vietnam time.
 */
export function readInstant(value: unknown, path: Path, issues: Issues, required = false): Instant | undefined {
  if (isBlank(value)) {
    if (required) issue(issues, path, "required date is missing", value);
    return undefined;
  }
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) {
    const read = safeParseInstant(value);
    if (read.success) return read.data;
    issue(issues, path, read.error.message, value);
    return undefined;
  }
  issue(issues, path, `expected a date (yyyyMMddHHmmss or ISO 8601), got ${describe(value)}`, value);
  return undefined;
}

/** A key of a core code list, given as its national code (number or numeric string) or as the key. */
export function readCode<K extends string>(
  value: unknown,
  list: CodeList<K>,
  path: Path,
  issues: Issues,
  required = false,
): K | undefined {
  if (isBlank(value)) {
    if (required) issue(issues, path, `required ${list.name} is missing`, value);
    return undefined;
  }
  if (typeof value === "string" || typeof value === "number") {
    const parsed = list.schema.safeParse(typeof value === "string" ? value.trim() : value);
    if (parsed.success) return parsed.data;
  }
  issue(issues, path, `unknown ${list.name} ${describe(value)}: expected one of ${list.entries.map((e) => e.code).join(", ")}`, value);
  return undefined;
}

/** A key looked up in a wire-code table (`{ key: "code" }`), e.g. a deployment mapping. */
export function readMapped<K extends string>(
  value: unknown,
  table: Readonly<Partial<Record<K, string>>>,
  what: string,
  path: Path,
  issues: Issues,
): K | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string" || typeof value === "number") {
    const norm = (v: string): string => (/^-?\d+(\.0+)?$/.test(v) ? String(Number(v)) : v);
    const code = norm(String(value).trim());
    for (const key of Object.keys(table) as K[]) {
      const wire = table[key];
      if (wire !== undefined && norm(wire) === code) return key;
    }
  }
  const known = Object.values(table).filter((v) => v !== undefined).join(", ");
  issue(issues, path, `unknown ${what} ${describe(value)}: expected one of ${known}`, value);
  return undefined;
}

/** A list: an array, a JSON array in a string, or absent (empty). */
export function readList(value: unknown, path: Path, issues: Issues): readonly unknown[] {
  if (isBlank(value)) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "string" && value.trim().startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // reported below
    }
  }
  issue(issues, path, `expected a list, got ${describe(value)}`, value);
  return [];
}

/** An object (record of fields); anything else is reported. */
export function readObject(value: unknown, path: Path, issues: Issues): Readonly<Record<string, unknown>> | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)) {
    return value as Record<string, unknown>;
  }
  issue(issues, path, `expected an object, got ${describe(value)}`, value);
  return undefined;
}

/** The first present value among several spellings of a field (e.g. `SoGiayToChuHoSo` / `SoCMND`). */
export function pick(record: Readonly<Record<string, unknown>>, ...names: string[]): { value: unknown; name: string } {
  for (const name of names) if (!isBlank(record[name])) return { value: record[name], name };
  return { value: undefined, name: names[0] ?? "" };
}

export function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a Date";
  return `a ${typeof value}`;
}

/** `yyyyMMddHHmmss` (Vietnam time) of a canonical instant; `""` when absent. */
export function compact(instant: Instant | undefined): string {
  return instant === undefined ? "" : formatCompactInstant(toEpochMs(instant));
}

/** `yyyy-MM-dd HH:mm:ss` (Vietnam time) of a canonical instant; `""` when absent. */
export function spaced(instant: Instant | undefined): string {
  return instant === undefined ? "" : formatInstant(toEpochMs(instant)).slice(0, 19).replace("T", " ");
}

/** `yyyy-MM-ddTHH:mm:ss.SSS` (Vietnam time, no zone) of a canonical instant; `""` when absent. */
export function isoLocal(instant: Instant | undefined): string {
  if (instant === undefined) return "";
  const text = formatInstant(toEpochMs(instant));
  const ms = /\.(\d{3})\+/.exec(text)?.[1] ?? "000";
  return `${text.slice(0, 19)}.${ms}`;
}

/** Throws the one `invalid_record` error naming every bad field, or returns. */
export function throwIfIssues(issues: Issues, what: string, value: unknown): void {
  if (issues.length === 0) return;
  const fields = [...new Set(issues.map((i) => i.path.join(".")))];
  const shown = fields.slice(0, 8).join(", ") + (fields.length > 8 ? `, … (${fields.length} fields)` : "");
  throw new HccError(
    "invalid_record",
    `Invalid ${what}: ${issues.length} bad field${issues.length > 1 ? "s" : ""} (${shown}): ${issues[0]?.message ?? ""}`,
    { value, issues },
  );
}

/** Deterministic JSON (object keys sorted), for fingerprints. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** 64-bit FNV-1a of a string, as 16 hex digits (a fingerprint, not a security hash). */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 + 2 * i + 1) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/** Recursively freezes a plain value. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Reads every item of a list with `read`, dropping the bad ones (their issues are recorded). */
export function readItems<T>(raw: unknown, path: Path, issues: Issues, read: (raw: unknown, path: Path, issues: Issues) => T | undefined): T[] {
  const out: T[] = [];
  readList(raw, path, issues).forEach((item, i) => {
    const value = read(item, [...path, i], issues);
    if (value !== undefined) out.push(value);
  });
  return out;
}

