import { HccError, safely, type SafeParseResult } from "./errors.js";
import { dayNumberToLocalDate, localDateToDayNumber, parseLocalDate, type DateInput, type LocalDate } from "./dates.js";
import { describeValue } from "./_internal/describe.js";
import {
  HUE,
  HUE_BEFORE,
  HUE_FROM,
  MERGERS,
  MERGER_FIRST_DAY,
  MERGER_LAST_DAY,
  UNCHANGED,
  type ProvinceRow,
} from "./_internal/province-data.js";

/**
 * One province or centrally-run city (tỉnh, thành phố trực thuộc trung ương) over one period of
 * validity, with its level-1 agency code `Hnn`.
 *
 * A code may have several records over time: `H61` is the old Vĩnh Long until 2025-06-30 and
 * the merged Vĩnh Long (old Vĩnh Long, Bến Tre and Trà Vinh) from 2025-07-01. Records that
 * ended point to their {@link Province.successorCode | successor}.
 *
 * @example
 * ```ts
 * import { findProvince, type Province } from "@hcc/core";
 * const benTre: Province = findProvince("H07", { at: "2019-05-06" });
 * benTre.successorCode; //=> "H61"
 * ```
 *
 * @category Provinces
 */
export interface Province {
  /** The level-1 agency code, `Hnn`. */
  readonly code: string;
  /** The Vietnamese name, without "tỉnh" / "thành phố" (e.g. `"Bến Tre"`). */
  readonly name: string;
  /** The name without diacritics, for English text and ASCII systems (e.g. `"Ben Tre"`). */
  readonly nameAscii: string;
  /** `"province"` (tỉnh) or `"city"` (centrally-run city, thành phố trực thuộc trung ương). */
  readonly kind: "province" | "city";
  /** First day of validity (absent: since before the codes existed). */
  readonly validFrom?: LocalDate;
  /** Last day of validity (absent: still valid). */
  readonly validTo?: LocalDate;
  /** The code of the province this one became part of, when it ended. */
  readonly successorCode?: string;
  /** Codes of the provinces merged into this one (its own old code first). */
  readonly mergedFrom?: readonly string[];
  /**
   * `true` when the code is inferred (from the alphabetical order of the pre-2025 list), not
   * read in an official list. See [provinces and the 2025 merger](../../../docs/domain.md#provinces-and-the-2025-merger).
   */
  readonly inferred: boolean;
}

/**
 * Options of {@link findProvince} and {@link successorOf}.
 *
 * @example
 * ```ts
 * import { findProvince, type FindProvinceOptions } from "@hcc/core";
 * const options: FindProvinceOptions = { at: "2024-12-31" };
 * findProvince("H57", options).name; //=> "Thừa Thiên Huế"
 * ```
 *
 * @category Provinces
 */
export interface FindProvinceOptions {
  /** The date at which the code is looked up (Vietnam date). Default: the current set of 34. */
  readonly at?: DateInput;
}

function record(row: ProvinceRow, extra: Partial<Province>): Province {
  const [code, name, nameAscii, kind, inferred] = row;
  return Object.freeze({ code, name, nameAscii, kind, ...extra, inferred });
}

function build(): readonly Province[] {
  const all: Province[] = [];
  for (const [current, members] of MERGERS) {
    for (const old of members) all.push(record(old, { validTo: MERGER_LAST_DAY, successorCode: current[0] }));
    all.push(record(current, { validFrom: MERGER_FIRST_DAY, mergedFrom: Object.freeze(members.map((m) => m[0])) }));
  }
  for (const row of UNCHANGED) all.push(record(row, {}));
  all.push(record(HUE_BEFORE, { validTo: dayNumberToLocalDate(localDateToDayNumber(HUE_FROM) - 1), successorCode: HUE[0] }));
  all.push(record(HUE, { validFrom: HUE_FROM }));
  all.sort((a, b) => (a.code === b.code ? (a.validFrom ?? "").localeCompare(b.validFrom ?? "") : a.code < b.code ? -1 : 1));
  return Object.freeze(all);
}

/**
 * Every province record, past and present, sorted by code then by start of validity: the 63
 * provinces before the 1 July 2025 merger (ending 2025-06-30, with a successor), the 34 after
 * it, and the 11 the merger left unchanged (one record each; Thừa Thiên Huế became the city of
 * Huế on 2025-01-01). Codes marked `inferred` are not confirmed by an official list.
 *
 * @example
 * ```ts
 * import { provinces } from "@hcc/core";
 * provinces.filter((p) => p.inferred).length; //=> 29
 * ```
 *
 * @category Provinces
 */
export const provinces: readonly Province[] = /* @__PURE__ */ build();

const isValidOn = (p: Province, day: LocalDate): boolean =>
  (p.validFrom === undefined || p.validFrom <= day) && (p.validTo === undefined || day <= p.validTo);

/**
 * The 34 provinces and cities in force since 1 July 2025, sorted by code.
 *
 * @example
 * ```ts
 * import { currentProvinces } from "@hcc/core";
 * currentProvinces.length; //=> 34
 * ```
 *
 * @category Provinces
 */
export const currentProvinces: readonly Province[] = /* @__PURE__ */ Object.freeze(provinces.filter((p) => p.validTo === undefined));

const PROVINCE_CODE_RE = /^H\d{2}$/;

function normaliseCode(code: unknown): string {
  const normalised = typeof code === "string" ? code.trim().toUpperCase() : undefined;
  if (normalised === undefined || !PROVINCE_CODE_RE.test(normalised)) {
    throw new HccError("invalid_code", `Invalid province code ${describeValue(code)}: expected H followed by two digits, e.g. H61`, {
      value: code,
    });
  }
  return normalised;
}

/**
 * The provinces valid on a date: 63 before 2025-07-01, 34 from then on.
 *
 * @param at - the date (Vietnam date of an instant)
 * @returns the province records valid that day, sorted by code
 * @throws {HccError} `invalid_date`
 * @example
 * ```ts
 * import { provincesAt } from "@hcc/core";
 * provincesAt("2019-05-06").length; //=> 63
 * provincesAt("2025-07-01").length; //=> 34
 * ```
 *
 * @category Provinces
 */
export function provincesAt(at: DateInput): readonly Province[] {
  const day = parseLocalDate(at);
  return Object.freeze(provinces.filter((p) => isValidOn(p, day)));
}

/**
 * Finds a province by its code, in the current set of 34 or, with `at`, among the provinces valid
 * on that date.
 *
 * @param code - the code `Hnn` (spaces and a lower-case `h` are accepted)
 * @param options - `{ at }`: look the code up at this date
 * @returns the province record
 * @throws {HccError} `invalid_code` for a malformed code, `unknown_code` when no province had
 * this code at that date (the message names the successor of a former province),
 * `invalid_date` for a bad `at`
 * @example
 * ```ts
 * import { findProvince } from "@hcc/core";
 * findProvince("H61").name; //=> "Vĩnh Long"
 * findProvince("H07", { at: "2019-05-06" }).name; //=> "Bến Tre"
 * ```
 *
 * @category Provinces
 */
export function findProvince(code: string, options: FindProvinceOptions = {}): Province {
  const normalised = normaliseCode(code);
  const at = typeof options === "object" && options !== null ? options.at : undefined;
  const day = at === undefined ? undefined : parseLocalDate(at);
  const found = provinces.find((p) => p.code === normalised && (day === undefined ? p.validTo === undefined : isValidOn(p, day)));
  if (found !== undefined) return found;
  const former = provinces.filter((p) => p.code === normalised);
  const last = former[former.length - 1];
  if (last === undefined) {
    throw new HccError("unknown_code", `Unknown province code ${describeValue(code)}: no province has had this code`, { value: code });
  }
  const when = day === undefined ? "in the current list" : `on ${day}`;
  const period = `${last.validFrom === undefined ? "" : `from ${last.validFrom} `}until ${last.validTo ?? "today"}`;
  const next = last.successorCode === undefined ? undefined : successorOf(last.code);
  const hint = next === undefined ? "" : `; it became part of ${next.name} (${next.code})`;
  throw new HccError("unknown_code", `Unknown province code ${describeValue(code)} ${when}: ${last.name} (${last.code}) was valid ${period}${hint}`, {
    value: code,
  });
}

/**
 * Non-throwing {@link findProvince}.
 *
 * @param code - anything
 * @param options - `{ at }`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeFindProvince } from "@hcc/core";
 * safeFindProvince("H07").success; //=> false (Bến Tre is not a current province)
 * ```
 *
 * @category Provinces
 */
export function safeFindProvince(code: unknown, options?: FindProvinceOptions): SafeParseResult<Province> {
  return safely(() => findProvince(code as string, options));
}

/**
 * The province that had a code on a date: shorthand for `findProvince(code, { at })`.
 *
 * @param code - the code `Hnn`
 * @param at - the date
 * @returns the province record valid that day
 * @throws {HccError} as {@link findProvince}
 * @example
 * ```ts
 * import { provinceAt } from "@hcc/core";
 * provinceAt("H61", "2025-06-30").mergedFrom; //=> undefined (the old Vĩnh Long)
 * provinceAt("H61", "2025-07-01").mergedFrom; //=> ["H61", "H07", "H59"]
 * ```
 *
 * @category Provinces
 */
export function provinceAt(code: string, at: DateInput): Province {
  return findProvince(code, { at });
}

/**
 * The current province a code leads to, following the successor links: a former province
 * gives the province it was merged into, a current one gives itself.
 *
 * @param code - the code `Hnn`, current or former
 * @returns the current province record
 * @throws {HccError} `invalid_code` or `unknown_code`
 * @example
 * ```ts
 * import { successorOf } from "@hcc/core";
 * successorOf("H07").name; //=> "Vĩnh Long"
 * successorOf("H59").code; //=> "H61"
 * ```
 *
 * @category Provinces
 */
export function successorOf(code: string): Province {
  const normalised = normaliseCode(code);
  let current = provinces.find((p) => p.code === normalised);
  if (current === undefined) {
    throw new HccError("unknown_code", `Unknown province code ${describeValue(code)}: no province has had this code`, { value: code });
  }
  for (let hops = 0; current.validTo !== undefined && hops < provinces.length; hops++) {
    const next: string | undefined = current.successorCode;
    const dayAfter = dayNumberToLocalDate(localDateToDayNumber(current.validTo) + 1);
    const successor: Province | undefined = provinces.find((p) => p.code === next && isValidOn(p, dayAfter));
    if (successor === undefined) {
      throw new HccError("invariant_violation", `Province ${current.code} has no successor valid on ${dayAfter}`, { value: code });
    }
    current = successor;
  }
  return current;
}

/**
 * Non-throwing {@link successorOf}.
 *
 * @param code - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeSuccessorOf } from "@hcc/core";
 * safeSuccessorOf("H99").success; //=> false
 * ```
 *
 * @category Provinces
 */
export function safeSuccessorOf(code: unknown): SafeParseResult<Province> {
  return safely(() => successorOf(code as string));
}

/**
 * Tells whether a value is the code of a province, current (default) or valid at a date.
 *
 * @param value - anything
 * @param options - `{ at }`
 * @returns `true` when {@link findProvince} would find it
 * @example
 * ```ts
 * import { isProvinceCode } from "@hcc/core";
 * isProvinceCode("H61"); //=> true
 * isProvinceCode("H07"); //=> false
 * isProvinceCode("H07", { at: "2020-01-01" }); //=> true
 * ```
 *
 * @category Provinces
 */
export function isProvinceCode(value: unknown, options?: FindProvinceOptions): value is string {
  return typeof value === "string" && safeFindProvince(value, options).success;
}
