/**
 * Every stable error code an `@hcc` package may put on an {@link HccError}.
 *
 * Codes are part of the public API: they never change meaning between minor versions, so a
 * portal can switch on them (for example to show its own message in Vietnamese).
 *
 * | code | meaning |
 * |---|---|
 * | `invalid_input` | a value failed schema validation (the `issues` say where) |
 * | `invalid_date` | not a `Date`, an ISO 8601 string or `YYYY-MM-DD`, or not a real date |
 * | `invalid_code` | a procedure, agency, dossier or province code that does not parse |
 * | `unknown_code` | a well-formed code that is not in the code list |
 * | `out_of_range` | a number or date outside the supported range |
 * | `invalid_lunar_date` | a lunar date that does not exist (e.g. a leap month that year lacks) |
 * | `invalid_calendar` | a calendar configuration that cannot be used |
 * | `invalid_record` | a wire record (national portal, CSV row) with one or more bad fields |
 * | `parse_error` | a file or stream that cannot be read at all |
 * | `sync_error` | the national portal answered with an error |
 * | `network_error` | the national portal could not be reached |
 * | `invariant_violation` | a computed result broke one of its own invariants (a bug: please report it) |
 * | `not_applicable` | a figure requested where it has no meaning (e.g. a ratio with a zero denominator) |
 *
 * @example
 * ```ts
 * import { type HccErrorCode } from "@hcc/core";
 * const code: HccErrorCode = "invalid_date";
 * ```
 *
 * @category Errors
 */
export type HccErrorCode =
  | "invalid_input"
  | "invalid_date"
  | "invalid_code"
  | "unknown_code"
  | "out_of_range"
  | "invalid_lunar_date"
  | "invalid_calendar"
  | "invalid_record"
  | "parse_error"
  | "sync_error"
  | "network_error"
  | "invariant_violation"
  | "not_applicable";

/**
 * One problem found while validating a value: where it is (`path`), what is wrong (`message`)
 * and, when known, the offending value (`input`).
 *
 * @example
 * ```ts
 * import { type HccIssue } from "@hcc/core";
 * const issue: HccIssue = { path: ["receivedAt"], message: "Invalid date", input: "2019-02-30" };
 * ```
 *
 * @category Errors
 */
export interface HccIssue {
  /** Path to the offending field, e.g. `["cases", 0, "channels", 1, "processingTime"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** The offending value, when it is known. */
  readonly input?: unknown;
}

/**
 * Options accepted by the {@link HccError} constructor.
 *
 * @example
 * ```ts
 * import { HccError, type HccErrorOptions } from "@hcc/core";
 * const options: HccErrorOptions = { value: "H99", issues: [] };
 * new HccError("unknown_code", "Unknown province code H99", options);
 * ```
 *
 * @category Errors
 */
export interface HccErrorOptions {
  /** The offending value, as it was given. */
  readonly value?: unknown;
  /** Detailed validation issues, when there are several. */
  readonly issues?: readonly HccIssue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

const HCC_ERROR_BRAND = Symbol.for("@hcc/core/HccError");

const HCC_ERROR_CODES: ReadonlySet<string> = new Set<HccErrorCode>([
  "invalid_input",
  "invalid_date",
  "invalid_code",
  "unknown_code",
  "out_of_range",
  "invalid_lunar_date",
  "invalid_calendar",
  "invalid_record",
  "parse_error",
  "sync_error",
  "network_error",
  "invariant_violation",
  "not_applicable",
]);

/**
 * The one error type every `@hcc` package throws.
 *
 * It carries a stable string {@link HccError.code | code}, the offending
 * {@link HccError.value | value}, the list of {@link HccError.issues | issues} when a whole
 * object was validated, and the underlying `cause`. Use {@link isHccError} rather than
 * `instanceof` to recognise it: with dual ESM + CJS builds two copies of the class can be loaded.
 *
 * @example
 * ```ts
 * import { HccError, parseInstant } from "@hcc/core";
 * try {
 *   parseInstant("2019-02-30");
 * } catch (error) {
 *   if (error instanceof HccError) console.log(error.code); //=> invalid_date
 * }
 * ```
 *
 * @category Errors
 */
export class HccError extends Error {
  /** Stable machine-readable code. */
  readonly code: HccErrorCode;
  /** The offending value, as it was given (may be `undefined`). */
  readonly value: unknown;
  /** Validation issues, one per bad field (empty when there is a single problem). */
  readonly issues: readonly HccIssue[];

  /**
   * @param code - stable error code
   * @param message - human-readable message naming the offending value
   * @param options - the value, the issues and the cause
   */
  constructor(code: HccErrorCode, message: string, options: HccErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "HccError";
    this.code = code;
    this.value = options.value;
    this.issues = Object.freeze([...(options.issues ?? [])]);
    Object.defineProperty(this, HCC_ERROR_BRAND, { value: true });
  }

  /**
   * A plain JSON-friendly view of the error (code, message, value, issues).
   *
   * @example
   * ```ts
   * import { safeParseInstant } from "@hcc/core";
   * const result = safeParseInstant("2024-02-30T09:00");
   * if (!result.success) {
   *   const json = result.error.toJSON();
   *   json.code; //=> "invalid_date"
   *   JSON.parse(JSON.stringify(result.error)).name; //=> "HccError"
   * }
   * ```
   */
  toJSON(): { name: "HccError"; code: HccErrorCode; message: string; value: unknown; issues: readonly HccIssue[] } {
    return { name: "HccError", code: this.code, message: this.message, value: this.value, issues: this.issues };
  }
}

/**
 * Tells whether a value is an {@link HccError}, even one created by another copy of
 * `@hcc/core` (ESM and CJS builds loaded side by side) or rebuilt from its
 * {@link HccError.toJSON | JSON form} (e.g. after crossing a worker or process boundary). It
 * accepts a value that is an `instanceof HccError`, that carries the global `Symbol.for` brand
 * every `HccError` has, or that has the shape `{ name: "HccError", code, message }` with `code` one
 * of the {@link HccErrorCode | stable codes}. A `structuredClone` of an error keeps only its
 * message, so it is no longer recognised.
 *
 * @param value - anything caught
 * @returns `true` when `value` is an `HccError`
 * @example
 * ```ts
 * import { isHccError, parseLocalDate } from "@hcc/core";
 * try {
 *   parseLocalDate("not a date");
 * } catch (e) {
 *   isHccError(e); //=> true
 * }
 * ```
 *
 * @category Errors
 */
export function isHccError(value: unknown): value is HccError {
  if (value instanceof HccError) return true;
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string | symbol, unknown>;
  if (candidate["name"] !== "HccError" || typeof candidate["code"] !== "string") return false;
  return candidate[HCC_ERROR_BRAND] === true || (HCC_ERROR_CODES.has(candidate["code"]) && typeof candidate["message"] === "string");
}

/**
 * The result of a `safeParseX` function: either the parsed data or the {@link HccError} that
 * `parseX` would have thrown.
 *
 * @typeParam T - the parsed type
 * @example
 * ```ts
 * import { safeParseLocalDate, type SafeParseResult } from "@hcc/core";
 * const result: SafeParseResult<string> = safeParseLocalDate("2019-05-06");
 * if (result.success) result.data; //=> "2019-05-06"
 * ```
 *
 * @category Errors
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: HccError };

/**
 * Runs a throwing parser and turns an {@link HccError} into a failed {@link SafeParseResult}.
 * Only `HccError`s are bad input: any other exception (a `TypeError`, a `RangeError`…) is a bug
 * and is rethrown as it is, not disguised as `invalid_input`.
 *
 * @param parse - a function that returns the parsed value or throws
 * @returns the result object
 * @throws whatever `parse` throws that is not an {@link HccError}
 * @example
 * ```ts
 * import { safely, parseLocalDate } from "@hcc/core";
 * safely(() => parseLocalDate("2019-13-01")).success; //=> false
 * ```
 *
 * @category Errors
 */
export function safely<T>(parse: () => T): SafeParseResult<T> {
  try {
    return { success: true, data: parse() };
  } catch (error) {
    if (isHccError(error)) return { success: false, error };
    throw error;
  }
}
