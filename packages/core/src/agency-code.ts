import { HccError, safely, type SafeParseResult } from "./errors.js";
import { describeValue } from "./_internal/describe.js";

/**
 * What a level-1 code (the rightmost group of an agency code) designates: a province or
 * centrally-run city (`H01`–`H63`), a ministry or ministry-level agency (`G..`), or another
 * level-1 body (any other letter, e.g. the central bodies of the Party or the National Assembly).
 *
 * @example
 * ```ts
 * import { parseAgencyCode, type AgencyCodeKind } from "@hcc/core";
 * const kind: AgencyCodeKind = parseAgencyCode("000.00.00.G12").kind; //=> "ministry"
 * ```
 *
 * @category Codes
 */
export type AgencyCodeKind = "province" | "ministry" | "other";

/**
 * An agency code (mã định danh điện tử, Decision 20/2020/QĐ-TTg) taken apart.
 *
 * The code `LLL.LL.LL.Xnn` is read **right to left**: `Xnn` is the level-1 body (province
 * `Hnn`, ministry `Gnn`), the next group to the left (`LL`) a level-2 unit under it (a
 * department, a district before July 2025), then a level-3 unit (`LL`), then a level-4 unit
 * (`LLL`). A group of zeros means "no unit at that level", so the level of the agency is 1 plus
 * the number of unit groups that are not all zeros, counted from the right.
 *
 * @example
 * ```ts
 * import { parseAgencyCode, type AgencyCodeParts } from "@hcc/core";
 * const parts: AgencyCodeParts = parseAgencyCode("000.00.53.H48");
 * parts.units; //=> ["53"]
 * ```
 *
 * @category Codes
 */
export interface AgencyCodeParts {
  /** The normalised code, e.g. `"000.00.53.H48"`. */
  readonly code: string;
  /** 1 (the province or ministry itself) to 4. */
  readonly level: 1 | 2 | 3 | 4;
  /** The level-1 code, the rightmost group, e.g. `"H48"`. */
  readonly level1Code: string;
  /** Whether the level-1 body is a province, a ministry or another body. */
  readonly kind: AgencyCodeKind;
  /** The province code (`Hnn`) when {@link AgencyCodeParts.kind | kind} is `"province"`. */
  readonly province?: string;
  /** The ministry code (`Gnn`) when {@link AgencyCodeParts.kind | kind} is `"ministry"`. */
  readonly ministry?: string;
  /** The unit groups below level 1, level 2 first (`["53"]` for `000.00.53.H48`). */
  readonly units: readonly string[];
  /** The code of the agency one level up (absent at level 1). */
  readonly parentCode?: string;
}

/**
 * The parts {@link formatAgencyCode} puts together.
 *
 * @example
 * ```ts
 * import { formatAgencyCode, type AgencyCodeInput } from "@hcc/core";
 * const input: AgencyCodeInput = { level1Code: "H48", units: [53] };
 * formatAgencyCode(input); //=> "000.00.53.H48"
 * ```
 *
 * @category Codes
 */
export interface AgencyCodeInput {
  /** The level-1 code: `Hnn` (province), `Gnn` (ministry) or another letter and two digits. */
  readonly level1Code: string;
  /** Unit numbers below level 1, level 2 first (at most three: 2, 2 and 3 digits). */
  readonly units?: readonly (string | number)[];
}

const AGENCY_RE = /^(\d{3})\.(\d{2})\.(\d{2})\.([A-Z]\d{2})$/;
const LEVEL1_RE = /^[A-Z]\d{2}$/;
const EXPECTED = "expected LLL.LL.LL.Xnn, e.g. 000.00.53.H48 (Decision 20/2020/QĐ-TTg)";

function invalid(value: unknown, why: string): HccError {
  return new HccError("invalid_code", `Invalid agency code ${describeValue(value)}: ${why}`, { value });
}

function kindOf(level1Code: string): AgencyCodeKind {
  return level1Code[0] === "H" ? "province" : level1Code[0] === "G" ? "ministry" : "other";
}

/**
 * Parses and validates an agency code (mã định danh). Surrounding spaces are ignored and the
 * level-1 letter may be lower case; everything else must match `LLL.LL.LL.Xnn` exactly.
 *
 * @param input - the code, e.g. `"000.00.53.H48"`
 * @returns the {@link AgencyCodeParts}, frozen
 * @throws {HccError} `invalid_code` naming the value
 * @example
 * ```ts
 * import { parseAgencyCode } from "@hcc/core";
 * const p = parseAgencyCode("000.00.53.H48");
 * p.level; //=> 2
 * p.province; //=> "H48"
 * p.parentCode; //=> "000.00.00.H48"
 * ```
 *
 * @category Codes
 */
export function parseAgencyCode(input: string): AgencyCodeParts {
  if (typeof input !== "string") throw invalid(input, "expected a string");
  const normalised = input.trim().toUpperCase();
  const m = AGENCY_RE.exec(normalised);
  if (m === null) throw invalid(input, EXPECTED);
  const [, l4 = "", l3 = "", l2 = "", level1Code = ""] = m;
  const level = l4 !== "000" ? 4 : l3 !== "00" ? 3 : l2 !== "00" ? 2 : 1;
  const units = [l2, l3, l4].slice(0, level - 1);
  const kind = kindOf(level1Code);
  const parentGroups = [l2, l3, l4].map((g, i) => (i < level - 2 ? g : i === 2 ? "000" : "00"));
  const parts: AgencyCodeParts = {
    code: normalised,
    level: level as 1 | 2 | 3 | 4,
    level1Code,
    kind,
    ...(kind === "province" ? { province: level1Code } : {}),
    ...(kind === "ministry" ? { ministry: level1Code } : {}),
    units: Object.freeze(units),
    ...(level > 1 ? { parentCode: `${parentGroups[2]}.${parentGroups[1]}.${parentGroups[0]}.${level1Code}` } : {}),
  };
  return Object.freeze(parts);
}

/**
 * Non-throwing {@link parseAgencyCode}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseAgencyCode } from "@hcc/core";
 * safeParseAgencyCode("H48").success; //=> false
 * ```
 *
 * @category Codes
 */
export function safeParseAgencyCode(input: unknown): SafeParseResult<AgencyCodeParts> {
  return safely(() => parseAgencyCode(input as string));
}

/**
 * Tells whether a value is a well-formed agency code (`LLL.LL.LL.Xnn`, exact case).
 *
 * @param value - anything
 * @returns `true` for a valid code
 * @example
 * ```ts
 * import { isAgencyCode } from "@hcc/core";
 * isAgencyCode("000.00.00.H61"); //=> true
 * isAgencyCode("000.00.H61"); //=> false
 * ```
 *
 * @category Codes
 */
export function isAgencyCode(value: unknown): value is string {
  return typeof value === "string" && AGENCY_RE.test(value);
}

/**
 * Builds an agency code from its level-1 code and its unit numbers (level 2 first); numbers are
 * zero-padded.
 *
 * @param input - `{ level1Code, units? }`
 * @returns the code `LLL.LL.LL.Xnn`
 * @throws {HccError} `invalid_code` when a part does not fit
 * @example
 * ```ts
 * import { formatAgencyCode } from "@hcc/core";
 * formatAgencyCode({ level1Code: "H61" }); //=> "000.00.00.H61"
 * formatAgencyCode({ level1Code: "G12", units: ["05", 3] }); //=> "000.03.05.G12"
 * ```
 *
 * @category Codes
 */
export function formatAgencyCode(input: AgencyCodeInput): string {
  if (typeof input !== "object" || input === null) throw invalid(input, "expected { level1Code, units? }");
  const level1 = typeof input.level1Code === "string" ? input.level1Code.trim().toUpperCase() : input.level1Code;
  if (typeof level1 !== "string" || !LEVEL1_RE.test(level1)) {
    throw invalid(input, `level1Code ${describeValue(input.level1Code)} must be a letter and two digits, e.g. H48 or G12`);
  }
  const units = input.units ?? [];
  if (!Array.isArray(units) || units.length > 3) throw invalid(input, "units must be an array of at most 3 unit numbers");
  const widths = [2, 2, 3];
  const groups = widths.map((width, i) => {
    const unit: unknown = units[i];
    if (unit === undefined) return "0".repeat(width);
    const text = typeof unit === "number" && Number.isSafeInteger(unit) && unit >= 0 ? String(unit).padStart(width, "0") : unit;
    if (typeof text !== "string" || !new RegExp(`^\\d{${width}}$`).test(text)) {
      throw invalid(input, `level-${i + 2} unit ${describeValue(unit)} must be ${width} digits`);
    }
    return text;
  });
  return `${groups[2]}.${groups[1]}.${groups[0]}.${level1}`;
}
