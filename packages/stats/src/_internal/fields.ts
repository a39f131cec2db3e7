import { channels, dossierStatuses, isHccError, levels, readEpochMs, safeParseDossierCode, toEpochMs } from "@hcc/core";
import type { InputColumn } from "../input-columns.js";
import { F_DIGITISED, F_DIGITISED_KNOWN, F_ERESULT, F_ERESULT_KNOWN, F_FEES_KNOWN, F_HAS_FEES, F_PAID_KNOWN, F_PAID_ONLINE } from "./counters.js";

/** A canonical column name of the ingestion contract (the public `InputColumn`). */
export type CanonicalField = InputColumn;

/** Accepted column names (case-insensitive) → canonical name. */
export const FIELD_ALIASES: Readonly<Record<CanonicalField, readonly string[]>> = {
  code: ["code", "MaHoSo"],
  procedureCode: ["procedureCode", "MaTTHC"],
  agencyCode: ["agencyCode", "MaCoQuan", "MaDonVi"],
  fieldCode: ["fieldCode", "MaLinhVuc"],
  level: ["level", "CapThucHien"],
  channel: ["channel", "KenhThucHien"],
  status: ["status", "TrangThaiHoSo"],
  receivedAt: ["receivedAt", "NgayTiepNhan"],
  dueAt: ["dueAt", "NgayHenTra"],
  endedAt: ["endedAt", "NgayKetThucXuLy"],
  supplementRequests: ["supplementRequests", "SoLanBoSung"],
  pauses: ["pauses"],
  hasFees: ["hasFees", "CoPhiLePhi"],
  paidOnline: ["paidOnline", "ThanhToanTrucTuyen"],
  digitised: ["digitised", "digitized", "DaSoHoa"],
  electronicResult: ["electronicResult", "KetQuaDienTu"],
};

/** Canonical column names of the ingestion contract, in the contract's order. */
export const CANONICAL_FIELDS = Object.keys(FIELD_ALIASES) as readonly CanonicalField[];

const aliasMap = new Map<string, CanonicalField>();
for (const field of CANONICAL_FIELDS) for (const alias of FIELD_ALIASES[field]) aliasMap.set(alias.toLowerCase(), field);

/** Canonical field of a column name, or undefined when the column is not part of the contract. */
export function canonicalField(name: string): CanonicalField | undefined {
  return aliasMap.get(name.trim().toLowerCase());
}

/** Thrown inside row reading; carries the column and reason, turned into a bad-row report. */
export class RowError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/**
 * Epoch ms of a date value read by @hcc/core's one lenient reader (ISO 8601 with an offset, `Z`
 * or none = Vietnam time, `yyyy-MM-dd HH:mm[:ss]`, `yyyyMMdd[HHmmss]` as text or number,
 * `dd/MM/yyyy[ HH:mm[:ss]]`, a `Date`); NaN when empty. A bad value is a RowError with core's reason.
 */
export function readDate(field: string, value: unknown): number {
  if (value === undefined || value === null || value === "") return Number.NaN;
  if (typeof value === "string") {
    const fast = readEpochMs(value);
    if (fast === fast) return fast;
    if (value.trim() === "") return Number.NaN;
  } else if (!(value instanceof Date) && typeof value !== "number") {
    throw new RowError(field, `expected a date, got ${JSON.stringify(value) ?? String(value)}`);
  }
  try {
    return toEpochMs(value);
  } catch (error) {
    throw new RowError(field, isHccError(error) ? error.message : String(error));
  }
}

/** Channel key or code (as text, lower case) → channel code, from `@hcc/core`'s `channels`. */
const CHANNEL_BY_TEXT: ReadonlyMap<string, number> = new Map(channels.entries.flatMap((e) => [[e.key, e.code] as const, [String(e.code), e.code] as const]));
const CHANNEL_EXPECTED = `${channels.keys.join("|")} or ${channels.entries.map((e) => e.code).join("|")}`;

/** Channel code 1 direct / 2 online / 3 postal; missing = direct. */
export function readChannel(value: unknown): number {
  if (value === undefined || value === null || value === "") return 1;
  const text = String(value).trim().toLowerCase();
  if (text === "") return 1;
  const code = CHANNEL_BY_TEXT.get(text);
  if (code === undefined) throw new RowError("channel", `unknown channel ${JSON.stringify(value)} (expected ${CHANNEL_EXPECTED})`);
  return code;
}

/** Status key → TrangThaiHoSo code, and the valid codes, from `@hcc/core`'s `dossierStatuses`. */
const STATUS_BY_KEY: ReadonlyMap<string, number> = new Map(dossierStatuses.entries.map((e) => [e.key, e.code] as const));
const STATUS_CODES: ReadonlySet<number> = new Set(dossierStatuses.entries.map((e) => e.code));

/** Status code 1–10 (TrangThaiHoSo) from a code or a key. */
export function readStatus(value: unknown): number {
  if (value === undefined || value === null || value === "") throw new RowError("status", "missing");
  const text = String(value).trim();
  const n = Number(text);
  if (text !== "" && STATUS_CODES.has(n)) return n;
  const byKey = STATUS_BY_KEY.get(text.toLowerCase());
  if (byKey !== undefined) return byKey;
  throw new RowError("status", `unknown status ${JSON.stringify(value)} (expected 1–10 or a status key)`);
}

/** Level key ("" when absent) from a key or a code 0–3. */
export function readLevel(value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  try {
    return levels.fromCode(typeof value === "number" ? value : String(value).trim());
  } catch {
    throw new RowError("level", `unknown level ${JSON.stringify(value)} (expected ministry|province|district|commune or 0–3)`);
  }
}

/** A non-negative integer count; an array counts its items. */
export function readCount(field: string, value: unknown): number {
  if (value === undefined || value === null || value === "") return 0;
  if (Array.isArray(value)) return value.length;
  const n = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 0) throw new RowError(field, `expected a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

/** -1 unknown, 0 false, 1 true. */
export function readFlag(field: string, value: unknown): number {
  if (value === undefined || value === null || value === "") return -1;
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  const text = String(value).trim().toLowerCase();
  if (text === "1" || text === "true" || text === "yes" || text === "co" || text === "có") return 1;
  if (text === "0" || text === "false" || text === "no" || text === "khong" || text === "không") return 0;
  throw new RowError(field, `expected a boolean (true/false, 1/0), got ${JSON.stringify(value)}`);
}

/** Combines the four service flags into the row's flag bits. */
export function flagBits(hasFees: number, paidOnline: number, digitised: number, electronicResult: number): number {
  let bits = 0;
  if (hasFees >= 0) bits |= F_FEES_KNOWN | (hasFees === 1 ? F_HAS_FEES : 0);
  if (paidOnline >= 0) bits |= F_PAID_KNOWN | (paidOnline === 1 ? F_PAID_ONLINE : 0);
  if (digitised >= 0) bits |= F_DIGITISED_KNOWN | (digitised === 1 ? F_DIGITISED : 0);
  if (electronicResult >= 0) bits |= F_ERESULT_KNOWN | (electronicResult === 1 ? F_ERESULT : 0);
  return bits;
}

/**
 * Total closed pause time in ms, clipped to [receivedMs, endedMs]. Accepts an array of
 * `{ from, to }` objects, a JSON text of one, or `from/to;from/to` text. Open pauses count nothing.
 */
export function readPauses(value: unknown, receivedMs: number, endedMs: number): number {
  if (value === undefined || value === null || value === "") return 0;
  let list: unknown = value;
  if (typeof value === "string") {
    const text = value.trim();
    if (text.startsWith("[")) {
      try {
        list = JSON.parse(text);
      } catch {
        throw new RowError("pauses", `not valid JSON: ${JSON.stringify(value)}`);
      }
    } else {
      list = text
        .split(";")
        .filter((part) => part.trim() !== "")
        .map((part) => {
          const [from, to] = part.split("/");
          return { from, to };
        });
    }
  }
  if (!Array.isArray(list)) throw new RowError("pauses", `expected a list of {from, to}, got ${JSON.stringify(value)}`);
  let total = 0;
  for (const item of list) {
    if (typeof item !== "object" || item === null) throw new RowError("pauses", `bad pause ${JSON.stringify(item)}`);
    const rec = item as Record<string, unknown>;
    const from = readDate("pauses", rec["from"]);
    const to = readDate("pauses", rec["to"]);
    if (Number.isNaN(from)) throw new RowError("pauses", `pause without a start: ${JSON.stringify(item)}`);
    if (Number.isNaN(to)) continue;
    if (to < from) throw new RowError("pauses", `pause ends before it starts: ${JSON.stringify(item)}`);
    const lo = Math.max(from, receivedMs);
    const hi = Number.isNaN(endedMs) ? to : Math.min(to, endedMs);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/**
 * The competent agency of a dossier code, by @hcc/core's one rule (`parseDossierCode`: everything
 * before `-{yyMMdd}-{sequence}`, so `A-B-190506-0001` is `A-B`); "" for an empty code; a code
 * that is not a dossier code is a RowError on `code`.
 */
export function agencyFromDossierCode(code: string): string {
  if (code.trim() === "") return "";
  const parsed = safeParseDossierCode(code);
  if (!parsed.success) throw new RowError("code", `${parsed.error.message} (needed for the agency: the row has no agencyCode)`);
  return parsed.data.agencyCode;
}
