import { HccError, safely, type SafeParseResult } from "./errors.js";
import { describeValue } from "./_internal/describe.js";
import { parseAgencyCode } from "./agency-code.js";

/**
 * The shape a procedure code comes in:
 * - `national` — the code in the National Database on Administrative Procedures, `1.001612`
 *   (`^[1-3]\.\d{6}$`);
 * - `instance` — a provincial (or ministry) instance: the national code, a dot and the full code
 *   of the publishing agency, `1.001612.000.00.00.H48`;
 * - `short` — the national code, a dot and only the level-1 code, `1.012753.H19`.
 *
 * Any of the three may end with a two-digit variant suffix (`.02`), see
 * {@link ProcedureCodeParts.variant}.
 *
 * @example
 * ```ts
 * import { parseProcedureCode, type ProcedureCodeForm } from "@hcc/core";
 * const form: ProcedureCodeForm = parseProcedureCode("1.012753.H19").form; //=> "short"
 * ```
 *
 * @category Codes
 */
export type ProcedureCodeForm = "national" | "instance" | "short";

/**
 * A procedure code (mã thủ tục hành chính) taken apart by {@link parseProcedureCode}.
 *
 * @example
 * ```ts
 * import { parseProcedureCode, type ProcedureCodeParts } from "@hcc/core";
 * const parts: ProcedureCodeParts = parseProcedureCode("1.001612.000.00.00.H48");
 * parts.national; //=> "1.001612"
 * ```
 *
 * @category Codes
 */
export interface ProcedureCodeParts {
  /** The normalised code as a whole. */
  readonly code: string;
  /** The national code `N.NNNNNN` (first digit 1–3). */
  readonly national: string;
  /** Which of the three shapes the code has. */
  readonly form: ProcedureCodeForm;
  /** The full agency code of an `instance` code, e.g. `"000.00.00.H48"`. */
  readonly agencyCode?: string;
  /** The level-1 code (province `Hnn` or ministry `Gnn`) of an `instance` or `short` code. */
  readonly level1Code?: string;
  /** A two-digit variant suffix (`"02"`), when the code has one. */
  readonly variant?: string;
}

/**
 * The parts {@link formatProcedureCode} puts together. Give `agencyCode` for an instance code,
 * only `level1Code` for a short code, neither for a national code.
 *
 * @example
 * ```ts
 * import { formatProcedureCode, type ProcedureCodeInput } from "@hcc/core";
 * const input: ProcedureCodeInput = { national: "1.001612", agencyCode: "000.00.00.H48" };
 * formatProcedureCode(input); //=> "1.001612.000.00.00.H48"
 * ```
 *
 * @category Codes
 */
export interface ProcedureCodeInput {
  /** The national code `N.NNNNNN`. */
  readonly national: string;
  /** The publishing agency's full code (instance form). */
  readonly agencyCode?: string;
  /** The level-1 code only (short form), e.g. `"H19"`. */
  readonly level1Code?: string;
  /** A variant suffix, two digits (a number is zero-padded). */
  readonly variant?: string | number;
}

const NATIONAL_RE = /^[1-3]\.\d{6}$/;
const PROCEDURE_RE =
  /^([1-3]\.\d{6})(?:\.(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})|\.([A-Z]\d{2}))?(?:\.(\d{2}))?$/;
const EXPECTED =
  "expected N.NNNNNN (national, first digit 1–3), N.NNNNNN.LLL.LL.LL.Xnn (instance) or N.NNNNNN.Xnn (short), optionally followed by a .NN variant";

function invalid(value: unknown, why: string): HccError {
  return new HccError("invalid_code", `Invalid procedure code ${describeValue(value)}: ${why}`, { value });
}

/**
 * Parses and validates a procedure code in any of its shapes (see {@link ProcedureCodeForm}).
 * Surrounding spaces are ignored and a lower-case level-1 letter is upper-cased.
 *
 * @param input - e.g. `"1.001612"`, `"1.001612.000.00.00.H48"`, `"1.012753.H19"`, `"1.001612.02"`
 * @returns the {@link ProcedureCodeParts}, frozen
 * @throws {HccError} `invalid_code` naming the value
 * @example
 * ```ts
 * import { parseProcedureCode } from "@hcc/core";
 * parseProcedureCode("1.001612.000.00.00.H48").agencyCode; //=> "000.00.00.H48"
 * parseProcedureCode("2.000635.02").variant; //=> "02"
 * ```
 *
 * @category Codes
 */
export function parseProcedureCode(input: string): ProcedureCodeParts {
  if (typeof input !== "string") throw invalid(input, "expected a string");
  const normalised = input.trim().toUpperCase();
  const m = PROCEDURE_RE.exec(normalised);
  if (m === null) throw invalid(input, EXPECTED);
  const [, national = "", agencyCode, shortCode, variant] = m;
  const level1Code = agencyCode === undefined ? shortCode : parseAgencyCode(agencyCode).level1Code;
  const form: ProcedureCodeForm = agencyCode !== undefined ? "instance" : shortCode !== undefined ? "short" : "national";
  return Object.freeze({
    code: normalised,
    national,
    form,
    ...(agencyCode === undefined ? {} : { agencyCode }),
    ...(level1Code === undefined ? {} : { level1Code }),
    ...(variant === undefined ? {} : { variant }),
  });
}

/**
 * Non-throwing {@link parseProcedureCode}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseProcedureCode } from "@hcc/core";
 * safeParseProcedureCode("4.000001").success; //=> false (first digit must be 1–3)
 * ```
 *
 * @category Codes
 */
export function safeParseProcedureCode(input: unknown): SafeParseResult<ProcedureCodeParts> {
  return safely(() => parseProcedureCode(input as string));
}

/**
 * Tells whether a value is exactly a national procedure code, `^[1-3]\.\d{6}$`.
 *
 * @param value - anything
 * @returns `true` for `"1.001612"`, `false` for an instance code or anything else
 * @example
 * ```ts
 * import { isNationalProcedureCode } from "@hcc/core";
 * isNationalProcedureCode("1.001612"); //=> true
 * isNationalProcedureCode("1.001612.000.00.00.H48"); //=> false
 * ```
 *
 * @category Codes
 */
export function isNationalProcedureCode(value: unknown): value is string {
  return typeof value === "string" && NATIONAL_RE.test(value);
}

/**
 * Tells whether a value is a well-formed procedure code of any shape (exact case, no spaces).
 *
 * @param value - anything
 * @returns `true` when {@link parseProcedureCode} would accept it unchanged
 * @example
 * ```ts
 * import { isProcedureCode } from "@hcc/core";
 * isProcedureCode("1.012753.H19"); //=> true
 * ```
 *
 * @category Codes
 */
export function isProcedureCode(value: unknown): value is string {
  return typeof value === "string" && PROCEDURE_RE.test(value);
}

/**
 * Builds a procedure code from its parts: national, instance (with `agencyCode`) or short (with
 * only `level1Code`), with an optional variant suffix.
 *
 * @param input - the parts
 * @returns the code
 * @throws {HccError} `invalid_code` when a part is malformed, or when `level1Code` disagrees
 * with `agencyCode`
 * @example
 * ```ts
 * import { formatProcedureCode } from "@hcc/core";
 * formatProcedureCode({ national: "1.012753", level1Code: "H19" }); //=> "1.012753.H19"
 * formatProcedureCode({ national: "1.001612", variant: 2 }); //=> "1.001612.02"
 * ```
 *
 * @category Codes
 */
export function formatProcedureCode(input: ProcedureCodeInput): string {
  if (typeof input !== "object" || input === null) throw invalid(input, "expected { national, agencyCode?, level1Code?, variant? }");
  const national = typeof input.national === "string" ? input.national.trim() : input.national;
  if (!isNationalProcedureCode(national)) {
    throw invalid(input, `national code ${describeValue(input.national)} must match N.NNNNNN with N 1–3`);
  }
  let suffix = "";
  if (input.agencyCode !== undefined) {
    const agency = parseAgencyCode(input.agencyCode);
    if (input.level1Code !== undefined && String(input.level1Code).trim().toUpperCase() !== agency.level1Code) {
      throw invalid(input, `level1Code ${describeValue(input.level1Code)} disagrees with agency code ${agency.code}`);
    }
    suffix = `.${agency.code}`;
  } else if (input.level1Code !== undefined) {
    const level1 = typeof input.level1Code === "string" ? input.level1Code.trim().toUpperCase() : "";
    if (!/^[A-Z]\d{2}$/.test(level1)) throw invalid(input, `level1Code ${describeValue(input.level1Code)} must be a letter and two digits`);
    suffix = `.${level1}`;
  }
  if (input.variant !== undefined) {
    const v = input.variant;
    const text = typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? String(v).padStart(2, "0") : v;
    if (typeof text !== "string" || !/^\d{2}$/.test(text)) throw invalid(input, `variant ${describeValue(v)} must be two digits`);
    suffix += `.${text}`;
  }
  return `${national}${suffix}`;
}
