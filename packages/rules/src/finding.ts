import type { Label, Lang } from "@hcc/core";
import { HccError } from "@hcc/core";
import { BUILTIN_MESSAGES } from "./_internal/messages.js";

/**
 * Every finding code the built-in rules produce. Codes are stable public API: a portal may switch
 * on them, count them or translate them. Province rules add codes of their own (any string), with
 * their own messages.
 *
 * | code | pillar | meaning |
 * |---|---|---|
 * | `disclosure.name_missing` | 8 công khai (1) | no usable procedure name |
 * | `disclosure.documents_missing` | 8 công khai (2) | a case without required documents, or a document without a usable name |
 * | `disclosure.steps_missing` | 8 công khai (3) | a case without steps, or a step without a usable name |
 * | `disclosure.processing_time_missing` | 8 công khai (4) | a channel without a processing time (value and unit; 0 = "trong ngày", same day, is a valid publication) |
 * | `disclosure.conditions_missing` | 8 công khai (5) | no conditions, not even an explicit "Không" |
 * | `disclosure.legal_basis_missing` | 8 công khai (6) | no legal basis, or an entry without a document number |
 * | `disclosure.fees_missing` | 8 công khai (7) | a channel whose fees are not stated (free must be stated as 0) |
 * | `disclosure.contact_missing` | 8 công khai (8) | no usable phone, e-mail or address |
 * | `disclosure.channels_missing` | Decree 63 Art. 8(2)(c) | a case without a channel (cách thức thực hiện) |
 * | `disclosure.applicants_missing` | Decree 63 Art. 8(2)(e) | no applicant types (đối tượng thực hiện) |
 * | `disclosure.agency_missing` | Decree 63 Art. 8(2)(g) | no implementing agency (cơ quan thực hiện) |
 * | `disclosure.result_missing` | Decree 63 Art. 8(2)(h) | no result (kết quả thực hiện) |
 * | `on_the_spot.no_workflow` | 4 tại chỗ | the procedure publishes no typed workflow steps to check |
 * | `on_the_spot.step_missing` | 4 tại chỗ | one of receive/appraise/approve/return is absent |
 * | `on_the_spot.step_off_site` | 4 tại chỗ | one of the four happens outside the center |
 * | `on_the_spot.place_unknown` | 4 tại chỗ | one of the four has no recorded place |
 * | `on_the_spot.no_events` | 4 tại chỗ | a received dossier has no processing events to check |
 * | `reduction.procedure_added` | 3 giảm | a procedure in the current catalogue that the baseline lacks |
 * | `reduction.documents_increased` | 3 giảm | more required documents than in the baseline |
 * | `reduction.steps_increased` | 3 giảm | more steps than in the baseline |
 * | `reduction.time_increased` | 3 giảm | a longer published processing time than in the baseline |
 * | `reduction.fees_increased` | 3 giảm | higher fees than in the baseline |
 * | `reduction.actual_exceeds_published` | 3 giảm | resolved dossiers took longer on average than the published time |
 *
 * @example
 * ```ts
 * import type { FindingCode } from "@hcc/rules";
 * const code: FindingCode = "disclosure.fees_missing";
 * ```
 *
 * @category Findings
 */
export type FindingCode =
  | "disclosure.name_missing"
  | "disclosure.documents_missing"
  | "disclosure.steps_missing"
  | "disclosure.processing_time_missing"
  | "disclosure.conditions_missing"
  | "disclosure.legal_basis_missing"
  | "disclosure.fees_missing"
  | "disclosure.contact_missing"
  | "disclosure.channels_missing"
  | "disclosure.applicants_missing"
  | "disclosure.agency_missing"
  | "disclosure.result_missing"
  | "on_the_spot.no_workflow"
  | "on_the_spot.step_missing"
  | "on_the_spot.step_off_site"
  | "on_the_spot.place_unknown"
  | "on_the_spot.no_events"
  | "reduction.procedure_added"
  | "reduction.documents_increased"
  | "reduction.steps_increased"
  | "reduction.time_increased"
  | "reduction.fees_increased"
  | "reduction.actual_exceeds_published";

/**
 * All built-in {@link FindingCode}s, in table order.
 *
 * @example
 * ```ts
 * import { FINDING_CODES } from "@hcc/rules";
 * FINDING_CODES.length; //=> 23
 * FINDING_CODES.includes("on_the_spot.step_off_site"); //=> true
 * ```
 *
 * @category Findings
 */
export const FINDING_CODES: readonly FindingCode[] = Object.freeze(Object.keys(BUILTIN_MESSAGES) as FindingCode[]);

/**
 * How serious a finding is:
 * - `error` — the requirement is not met (the procedure or dossier fails the check);
 * - `warning` — the requirement cannot be confirmed or is met only in a degraded way (also fails
 *   the check: "fully disclosed" and "on the spot" need zero errors and zero warnings);
 * - `info` — worth knowing, never fails a check.
 *
 * @example
 * ```ts
 * import type { Severity } from "@hcc/rules";
 * const severity: Severity = "warning";
 * ```
 *
 * @category Findings
 */
export type Severity = "error" | "warning" | "info";

/**
 * Which part of "3 giảm, 4 tại chỗ, 8 công khai" a finding or rule belongs to: `disclosure`
 * (8 công khai), `on_the_spot` (4 tại chỗ) or `reduction` (3 giảm).
 *
 * @example
 * ```ts
 * import type { Pillar } from "@hcc/rules";
 * const pillar: Pillar = "on_the_spot";
 * ```
 *
 * @category Findings
 */
export type Pillar = "disclosure" | "on_the_spot" | "reduction";

/**
 * Why a disclosure item is not usable: `absent` (the field is missing or the list is empty),
 * `placeholder` (it holds a placeholder such as "Đang cập nhật" or "-"), `incomplete` (some entries
 * lack a required part, e.g. a legal basis without a document number) or `invalid` (present but
 * unusable, e.g. a processing time of 0 or a phone number without digits).
 *
 * @example
 * ```ts
 * import type { DisclosureReason } from "@hcc/rules";
 * const reason: DisclosureReason = "placeholder";
 * ```
 *
 * @category Findings
 */
export type DisclosureReason = "absent" | "placeholder" | "incomplete" | "invalid";

/**
 * A path to a field inside the checked object, e.g. `["cases", 0, "channels", 1, "fees"]`.
 *
 * @example
 * ```ts
 * import type { FieldPath } from "@hcc/rules";
 * const path: FieldPath = ["legalBasis", 2, "number"];
 * ```
 *
 * @category Findings
 */
export type FieldPath = readonly (string | number)[];

/**
 * What a finding concerns: a procedure (by its code) or a dossier (by its code).
 *
 * @example
 * ```ts
 * import type { FindingSubject } from "@hcc/rules";
 * const subject: FindingSubject = { kind: "procedure", code: "1.000894" };
 * ```
 *
 * @category Findings
 */
export interface FindingSubject {
  /** `procedure` or `dossier`. */
  readonly kind: "procedure" | "dossier";
  /** The procedure code or dossier code. */
  readonly code: string;
}

/**
 * Values substituted into a finding's messages (step kind, place, the placeholder found…).
 *
 * @example
 * ```ts
 * import type { FindingParams } from "@hcc/rules";
 * const params: FindingParams = { step: "approve", place: "department" };
 * ```
 *
 * @category Findings
 */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * One problem found by a rule, as plain JSON-friendly data.
 *
 * @example
 * ```ts
 * import { checkPublicDisclosure, type Finding } from "@hcc/rules";
 * const findings: readonly Finding[] = checkPublicDisclosure({ code: "1.000894", name: "Đang cập nhật" }).findings;
 * findings[0]?.code; //=> "disclosure.name_missing"
 * findings[0]?.params.reason; //=> "placeholder"
 * ```
 *
 * @category Findings
 */
export interface Finding {
  /** Stable code ({@link FindingCode} for the built-in rules; any string for province rules). */
  readonly code: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** Which pillar of "3 giảm, 4 tại chỗ, 8 công khai" it belongs to. */
  readonly pillar: Pillar;
  /** Id of the rule that produced it (e.g. `"disclosure.fees"`). */
  readonly ruleId: string;
  /** The procedure or dossier it concerns. */
  readonly subject: FindingSubject;
  /** Path to the (first) offending field. */
  readonly path: FieldPath;
  /** Every offending field (the first is `path`). */
  readonly locations: readonly FieldPath[];
  /** Values used in the messages. */
  readonly params: FindingParams;
  /** The message in Vietnamese and English. */
  readonly message: Label;
}

/**
 * Input of {@link createFinding}. `message` is required for codes that are not built in.
 *
 * @example
 * ```ts
 * import type { FindingInput } from "@hcc/rules";
 * const input: FindingInput = {
 *   code: "local.no_qr_code", severity: "warning", pillar: "disclosure", ruleId: "local.qr",
 *   subject: { kind: "procedure", code: "1.000894" }, path: ["contact"],
 *   message: { vi: "Chưa có mã QR tra cứu", en: "No lookup QR code" },
 * };
 * ```
 *
 * @category Findings
 */
export interface FindingInput {
  /** Stable code. */
  readonly code: string;
  /** Severity (default `error`). */
  readonly severity?: Severity;
  /** Pillar. */
  readonly pillar: Pillar;
  /** Id of the producing rule. */
  readonly ruleId: string;
  /** What it concerns. */
  readonly subject: FindingSubject;
  /** Path to the first offending field (default `[]`). */
  readonly path?: FieldPath;
  /** All offending fields (default `[path]`). */
  readonly locations?: readonly FieldPath[];
  /** Message parameters. */
  readonly params?: FindingParams;
  /** Messages; default: the built-in messages of `code` rendered with `params`. */
  readonly message?: Label;
}

/**
 * Renders the built-in message of a finding code in one language.
 *
 * @param code - a built-in finding code
 * @param params - values for the message (see each code's parameters in the rules guide's [findings](../../../docs/rules.md#1-findings))
 * @param lang - `"vi"` (default) or `"en"`
 * @returns the message
 * @throws {HccError} `unknown_code` when `code` is not built in
 * @example
 * ```ts
 * import { findingMessage } from "@hcc/rules";
 * findingMessage("on_the_spot.step_off_site", { step: "approve", place: "department" }, "en");
 * //=> "Step \"Approve\" happens at the department, not at the center"
 * ```
 *
 * @category Findings
 */
export function findingMessage(code: FindingCode, params: FindingParams = {}, lang: Lang = "vi"): string {
  const entry = (BUILTIN_MESSAGES as Record<string, (typeof BUILTIN_MESSAGES)[FindingCode] | undefined>)[code];
  if (entry === undefined) {
    throw new HccError("unknown_code", `Unknown finding code ${JSON.stringify(code)}: expected one of ${FINDING_CODES.join(", ")}`, {
      value: code,
    });
  }
  return entry[lang === "en" ? "en" : "vi"](typeof params === "object" && params !== null ? params : {});
}

/**
 * Tells whether a string is a built-in {@link FindingCode}.
 *
 * @param code - any value
 * @returns `true` for the codes of {@link FINDING_CODES}
 * @example
 * ```ts
 * import { isFindingCode } from "@hcc/rules";
 * isFindingCode("disclosure.fees_missing"); //=> true
 * isFindingCode("local.no_qr_code"); //=> false
 * ```
 *
 * @category Findings
 */
export function isFindingCode(code: unknown): code is FindingCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(BUILTIN_MESSAGES, code);
}

const PILLARS: ReadonlySet<unknown> = new Set(["disclosure", "on_the_spot", "reduction"]);
const SEVERITIES: ReadonlySet<unknown> = new Set(["error", "warning", "info"]);

/**
 * Builds a frozen {@link Finding}. Built-in codes get their vi/en messages from the catalogue;
 * a province rule with its own code passes `message`.
 *
 * @param input - the finding's data
 * @returns the finding
 * @throws {HccError} `invalid_input` when a custom code comes without a message
 * @example
 * ```ts
 * import { createFinding } from "@hcc/rules";
 * const f = createFinding({
 *   code: "disclosure.contact_missing", pillar: "disclosure", ruleId: "disclosure.contact",
 *   subject: { kind: "procedure", code: "1.000894" }, path: ["contact"], params: { reason: "absent" },
 * });
 * f.message.en; //=> "Contact information is not published (absent)"
 * ```
 *
 * @category Findings
 */
export function createFinding(input: FindingInput): Finding {
  if (
    typeof input !== "object" ||
    input === null ||
    typeof input.code !== "string" ||
    input.code === "" ||
    typeof input.ruleId !== "string" ||
    !PILLARS.has(input.pillar) ||
    (input.severity !== undefined && !SEVERITIES.has(input.severity)) ||
    typeof input.subject !== "object" ||
    input.subject === null ||
    (input.subject.kind !== "procedure" && input.subject.kind !== "dossier") ||
    typeof input.subject.code !== "string"
  ) {
    throw new HccError("invalid_input", `Invalid finding ${JSON.stringify(input)}: expected { code, pillar, ruleId, subject: { kind, code }, severity?, path?, params?, message? }`, {
      value: input,
    });
  }
  const params = Object.freeze({ ...(input.params ?? {}) });
  let message = input.message;
  if (message === undefined) {
    if (!isFindingCode(input.code)) {
      throw new HccError("invalid_input", `Finding code ${JSON.stringify(input.code)} is not built in: pass its message ({ vi, en })`, {
        value: input,
      });
    }
    message = { vi: findingMessage(input.code, params, "vi"), en: findingMessage(input.code, params, "en") };
  }
  const path = Object.freeze([...(input.path ?? [])]);
  const locations = Object.freeze((input.locations ?? [path]).map((p) => Object.freeze([...p])));
  return Object.freeze({
    code: input.code,
    severity: input.severity ?? "error",
    pillar: input.pillar,
    ruleId: input.ruleId,
    subject: Object.freeze({ kind: input.subject.kind, code: input.subject.code }),
    path,
    locations,
    params,
    message: Object.freeze({ vi: message.vi, en: message.en }),
  });
}

/**
 * A short title of a finding code for tables and legends (no parameters). Codes that are not
 * built in are returned as they are.
 *
 * @param code - any finding code
 * @param lang - `"vi"` (default) or `"en"`
 * @returns the title
 * @example
 * ```ts
 * import { findingTitle } from "@hcc/rules";
 * findingTitle("disclosure.fees_missing"); //=> "Thiếu phí, lệ phí"
 * findingTitle("on_the_spot.step_off_site", "en"); //=> "Step outside the center"
 * findingTitle("local.qr_missing"); //=> "local.qr_missing"
 * ```
 *
 * @category Findings
 */
export function findingTitle(code: string, lang: Lang = "vi"): string {
  return isFindingCode(code) ? BUILTIN_MESSAGES[code].title[lang === "en" ? "en" : "vi"] : code;
}
