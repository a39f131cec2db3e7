import { HccError, safely, type SafeParseResult } from "./errors.js";
import { describeValue } from "./_internal/describe.js";
import { parseAgencyCode } from "./agency-code.js";
import { dayNumberToLocalDate, localDateToDayNumber, parseLocalDate, type DateInput, type LocalDate } from "./dates.js";

/**
 * A dossier code (mã hồ sơ) taken apart by {@link parseDossierCode}:
 * `{agency code}-{yyMMdd}-{sequence}`, e.g. `000.00.53.H48-220921-0099`. The agency is the
 * competent (receiving) agency: everything before the date and the sequence, so
 * `A-B-190506-0001` is agency `A-B`.
 *
 * @example
 * ```ts
 * import { parseDossierCode, type DossierCodeParts } from "@hcc/core";
 * const parts: DossierCodeParts = parseDossierCode("000.00.53.H48-220921-0099");
 * parts.date; //=> "2022-09-21"
 * ```
 *
 * @category Codes
 */
export interface DossierCodeParts {
  /** The normalised code. */
  readonly code: string;
  /**
   * The receiving agency's code, e.g. `"000.00.53.H48"`: normalised when it is an electronic
   * agency code `LLL.LL.LL.Xnn` (Decision 20/2020/QĐ-TTg), else as written (ministries' and local
   * systems' own codes such as `"G12.22"`).
   */
  readonly agencyCode: string;
  /** Whether {@link DossierCodeParts.agencyCode | agencyCode} is an electronic agency code `LLL.LL.LL.Xnn`. */
  readonly standardAgencyCode: boolean;
  /** The day of receipt, `YYYY-MM-DD` (the `yyMMdd` group read as 20yy). */
  readonly date: LocalDate;
  /** The day's sequence number, from 1. */
  readonly sequence: number;
  /** How many digits the sequence is written with: 4 (usual) or 5 (some systems). */
  readonly digits: 4 | 5;
}

/**
 * The parts {@link formatDossierCode} puts together.
 *
 * @example
 * ```ts
 * import { formatDossierCode, type DossierCodeInput } from "@hcc/core";
 * const input: DossierCodeInput = { agencyCode: "000.00.53.H07", date: "2019-05-06", sequence: 1 };
 * formatDossierCode(input); //=> "000.00.53.H07-190506-0001"
 * ```
 *
 * @category Codes
 */
export interface DossierCodeInput {
  /** The receiving agency's code. */
  readonly agencyCode: string;
  /** The day of receipt; an instant is taken at its Vietnam date. Years 2000–2099. */
  readonly date: DateInput;
  /** The sequence number, 1 or more. */
  readonly sequence: number;
  /** 4 (default) or 5 digits. */
  readonly digits?: 4 | 5;
}

/**
 * What {@link nextDossierCode} does when the day's sequence runs past 9999 on a 4-digit system.
 *
 * @example
 * ```ts
 * import { type DossierSequenceOverflow } from "@hcc/core";
 * const policy: DossierSequenceOverflow = "widen";
 * ```
 *
 * @category Codes
 */
export type DossierSequenceOverflow = "error" | "widen";

/**
 * Options of {@link nextDossierCode}.
 *
 * @example
 * ```ts
 * import { nextDossierCode, type NextDossierCodeOptions } from "@hcc/core";
 * const options: NextDossierCodeOptions = { digits: 4, overflow: "widen" };
 * nextDossierCode("000.00.53.H48", "2022-09-21", 9999, options); //=> "000.00.53.H48-220921-10000"
 * ```
 *
 * @category Codes
 */
export interface NextDossierCodeOptions {
  /**
   * Digits of the sequence. Default: the digits of the last code when one is given, else 4.
   * @defaultValue 4
   */
  readonly digits?: 4 | 5;
  /**
   * Past 9999 with 4 digits: `"error"` throws `out_of_range` (default), `"widen"` continues
   * with 5 digits. Past 99999 is always an error.
   * @defaultValue "error"
   */
  readonly overflow?: DossierSequenceOverflow;
}

const DOSSIER_RE = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,5})$/;
const AGENCY_RE = /^[^\s-](?:\S*[^\s-])?$/;
const EXPECTED = "expected {agency code}-{yyMMdd}-{sequence of 4 or 5 digits}, e.g. 000.00.53.H48-220921-0099";

function invalid(value: unknown, why: string): HccError {
  return new HccError("invalid_code", `Invalid dossier code ${describeValue(value)}: ${why}`, { value });
}

/**
 * The agency part of a dossier code: a standard code normalised, another code (no spaces, not
 * starting or ending with a dash) as written; `undefined` when it is neither.
 */
function readAgency(part: string): { code: string; standard: boolean } | undefined {
  try {
    return { code: parseAgencyCode(part).code, standard: true };
  } catch {
    return AGENCY_RE.test(part) ? { code: part, standard: false } : undefined;
  }
}

/** `YYYY-MM-DD` of a DateInput (`invalid_date` when it is none), restricted to the years a `yy` group holds. */
function codeDate(date: unknown): LocalDate {
  const local: LocalDate = parseLocalDate(date as DateInput);
  const year = Number(local.slice(0, 4));
  if (year < 2000 || year > 2099) {
    throw new HccError("out_of_range", `Dossier code date ${local} is outside 2000–2099 (the code holds a two-digit year)`, {
      value: date,
    });
  }
  return local;
}

/**
 * Parses and validates a dossier code `{agency code}-{yyMMdd}-{sequence}`: the one reader of
 * dossier codes in `@hcc` (the portal sync and the statistics take the agency from it). The code
 * is read from the right: the sequence is 4 or 5 digits, not zero; before it the date `yyMMdd`
 * must be a real date (years 2000–2099); everything before the date is the competent agency's
 * code (`A-B-190506-0001` is agency `A-B`), normalised when it is an electronic agency code
 * `LLL.LL.LL.Xnn` and otherwise kept as written (no spaces).
 *
 * @param input - e.g. `"000.00.53.H48-220921-0099"`
 * @returns the {@link DossierCodeParts}, frozen
 * @throws {HccError} `invalid_code` naming the value
 * @example
 * ```ts
 * import { parseDossierCode } from "@hcc/core";
 * const p = parseDossierCode("000.00.53.H48-220921-0099");
 * p.agencyCode; //=> "000.00.53.H48"
 * p.sequence; //=> 99
 * ```
 *
 * @category Codes
 */
export function parseDossierCode(input: string): DossierCodeParts {
  if (typeof input !== "string") throw invalid(input, "expected a string");
  const trimmed = input.trim();
  const m = DOSSIER_RE.exec(trimmed);
  if (m === null) throw invalid(input, EXPECTED);
  const [, agencyPart = "", yy = "", mm = "", dd = "", seq = ""] = m;
  const agency = readAgency(agencyPart);
  if (agency === undefined) throw invalid(input, `the agency part ${describeValue(agencyPart)} is not an agency code`);
  const agencyCode = agency.code;
  let date: LocalDate;
  try {
    date = dayNumberToLocalDate(localDateToDayNumber(`20${yy}-${mm}-${dd}`));
  } catch {
    throw invalid(input, `the date part ${yy}${mm}${dd} (yyMMdd) is not a real date`);
  }
  const sequence = Number(seq);
  if (sequence === 0) throw invalid(input, "the sequence starts at 1");
  return Object.freeze({
    code: `${agencyCode}-${yy}${mm}${dd}-${seq}`,
    agencyCode,
    standardAgencyCode: agency.standard,
    date,
    sequence,
    digits: seq.length as 4 | 5,
  });
}

/**
 * Non-throwing {@link parseDossierCode}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseDossierCode } from "@hcc/core";
 * safeParseDossierCode("000.00.53.H48-220231-0001").success; //=> false (no 31 February)
 * ```
 *
 * @category Codes
 */
export function safeParseDossierCode(input: unknown): SafeParseResult<DossierCodeParts> {
  return safely(() => parseDossierCode(input as string));
}

/**
 * Tells whether a value is a valid dossier code (see {@link parseDossierCode}).
 *
 * @param value - anything
 * @returns `true` when it parses
 * @example
 * ```ts
 * import { isDossierCode } from "@hcc/core";
 * isDossierCode("000.00.53.H07-190506-0001"); //=> true
 * ```
 *
 * @category Codes
 */
export function isDossierCode(value: unknown): value is string {
  return typeof value === "string" && safeParseDossierCode(value).success;
}

/**
 * Builds a dossier code from an agency code, a date and a sequence number.
 *
 * @param input - `{ agencyCode, date, sequence, digits? }`
 * @returns the code
 * @throws {HccError} `invalid_code` for a bad agency code or sequence, `invalid_date` for a bad date; `out_of_range` for a
 * sequence that does not fit the digits or a year outside 2000–2099
 * @example
 * ```ts
 * import { formatDossierCode } from "@hcc/core";
 * formatDossierCode({ agencyCode: "000.00.53.H48", date: "2022-09-21T09:30", sequence: 99 }); //=> "000.00.53.H48-220921-0099"
 * ```
 *
 * @category Codes
 */
export function formatDossierCode(input: DossierCodeInput): string {
  if (typeof input !== "object" || input === null) throw invalid(input, "expected { agencyCode, date, sequence, digits? }");
  const agencyCode = parseAgencyCode(input.agencyCode).code; // writers are strict: an electronic agency code
  const local = codeDate(input.date);
  const digits = input.digits ?? 4;
  if (digits !== 4 && digits !== 5) throw invalid(input, `digits ${describeValue(digits)} must be 4 or 5`);
  const sequence = input.sequence;
  if (typeof sequence !== "number" || !Number.isSafeInteger(sequence) || sequence < 1) {
    throw invalid(input, `sequence ${describeValue(sequence)} must be an integer from 1`);
  }
  if (sequence >= 10 ** digits) {
    throw new HccError("out_of_range", `Dossier sequence ${sequence} does not fit in ${digits} digits`, { value: input });
  }
  return `${agencyCode}-${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}-${String(sequence).padStart(digits, "0")}`;
}

/**
 * The next dossier code of an agency on a day. The sequence restarts at 1 for every agency and
 * every day: pass the last code issued (or the last sequence number used) by this agency, and a
 * last code from another agency or another day is ignored.
 *
 * @param agencyCode - the receiving agency
 * @param date - the day of receipt (an instant is taken at its Vietnam date)
 * @param last - the last code issued, or the last sequence number used that day (0 or absent: none yet)
 * @param options - digits (4 or 5) and the overflow policy
 * @returns the next code
 * @throws {HccError} `invalid_code` for bad input, `invalid_date` for a bad date; `out_of_range` when the day's sequence is
 * exhausted (past 9999 with 4 digits unless `overflow: "widen"`, past 99999 always)
 * @example
 * ```ts
 * import { nextDossierCode } from "@hcc/core";
 * nextDossierCode("000.00.53.H48", "2022-09-21"); //=> "000.00.53.H48-220921-0001"
 * nextDossierCode("000.00.53.H48", "2022-09-21", "000.00.53.H48-220921-0099"); //=> "000.00.53.H48-220921-0100"
 * nextDossierCode("000.00.53.H48", "2022-09-22", "000.00.53.H48-220921-0099"); //=> "000.00.53.H48-220922-0001"
 * ```
 *
 * @category Codes
 */
export function nextDossierCode(
  agencyCode: string,
  date: DateInput,
  last?: string | number,
  options: NextDossierCodeOptions = {},
): string {
  const agency = parseAgencyCode(agencyCode).code;
  const local = codeDate(date);
  if (typeof options !== "object" || options === null) throw invalid(options, "options must be an object");
  const overflow = options.overflow ?? "error";
  if (overflow !== "error" && overflow !== "widen") throw invalid(overflow, 'overflow must be "error" or "widen"');
  let digits: number | undefined = options.digits;
  if (digits !== undefined && digits !== 4 && digits !== 5) throw invalid(digits, "digits must be 4 or 5");
  let previous = 0;
  if (typeof last === "string") {
    const parsed = parseDossierCode(last);
    if (parsed.agencyCode === agency && parsed.date === local) previous = parsed.sequence;
    digits ??= parsed.digits;
  } else if (typeof last === "number") {
    if (!Number.isSafeInteger(last) || last < 0) throw invalid(last, "the last sequence must be an integer from 0");
    previous = last;
  } else if (last !== undefined) {
    throw invalid(last, "the last code must be a dossier code or a sequence number");
  }
  digits ??= 4;
  const sequence = previous + 1;
  if (sequence >= 10 ** digits && digits === 4 && overflow === "widen") digits = 5;
  if (sequence >= 10 ** digits) {
    throw new HccError(
      "out_of_range",
      `Dossier sequence of ${agency} on ${local} is exhausted: ${sequence} does not fit in ${digits} digits` +
        (digits === 4 ? ' (use { overflow: "widen" } for 5 digits)' : ""),
      { value: last },
    );
  }
  return formatDossierCode({ agencyCode: agency, date: local, sequence, digits: digits as 4 | 5 });
}
