import { HccError, safely, type DateInput, type Procedure, type ProcedureInput, type SafeParseResult } from "@hcc/core";
import type { Finding } from "./finding.js";
import type { PlaceholderOptions } from "./placeholders.js";
import type { DisclosureItem, ProcedureRule, RuleContext, RuleSet } from "./rule-set.js";
import type { Share } from "./share.js";
import { makeShare } from "./_internal/share.js";
import { pickRuleSet, resolveContext, rulesOf, toProcedure, validateOptions } from "./_internal/options.js";
import { parseList } from "./_internal/errors.js";
import { DISCLOSURE_RULES } from "./_internal/disclosure-rules.js";

/**
 * Options of {@link checkPublicDisclosure} and {@link checkCatalogueDisclosure}.
 *
 * @example
 * ```ts
 * import type { PublicDisclosureOptions } from "@hcc/rules";
 * const options: PublicDisclosureOptions = { strict: true, noneAllowedFor: ["conditions", "documents"] };
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export interface PublicDisclosureOptions extends PlaceholderOptions {
  /** Also check the Decree 63/2010 Art. 8(2) components: channels, applicant types, implementing agency, result. Default `false`. */
  readonly strict?: boolean;
  /** Items for which an explicit "none" ("Không", "Không có"…) is a disclosure. Default `["conditions"]`. */
  readonly noneAllowedFor?: readonly DisclosureItem[];
  /** The rule set, or several versions of it (then the one in force at `at`, or at the procedure's `version.effectiveFrom`). Default {@link DEFAULT_RULE_SET}. */
  readonly ruleSet?: RuleSet | readonly RuleSet[];
  /** Date used to choose among several rule sets. */
  readonly at?: DateInput;
}

/**
 * The result of the disclosure check of one procedure.
 *
 * @example
 * ```ts
 * import { checkPublicDisclosure, type PublicDisclosureResult } from "@hcc/rules";
 * const r: PublicDisclosureResult = checkPublicDisclosure({ code: "1.000894", name: "Đăng ký kết hôn" });
 * r.fullyDisclosed; //=> false
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export interface PublicDisclosureResult {
  /** The procedure's code. */
  readonly procedureCode: string;
  /** The procedure's name as published. */
  readonly procedureName: string;
  /** Id of the rule set applied. */
  readonly ruleSetId: string;
  /** Whether the strict components were checked. */
  readonly strict: boolean;
  /** `true` when no rule reported an error or a warning. */
  readonly fullyDisclosed: boolean;
  /** Ids of the rules that failed (e.g. `"disclosure.fees"`). */
  readonly failedRules: readonly string[];
  /** All findings (one per failed item). */
  readonly findings: readonly Finding[];
}

/** Tells whether findings fail a check (any error or warning). */
function fails(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity !== "info");
}

function disclosureRules(ruleSet: RuleSet): readonly ProcedureRule[] {
  return rulesOf(ruleSet).disclosure;
}

const BUILT_IN: ReadonlySet<ProcedureRule> = new Set(DISCLOSURE_RULES);

interface RuleRun {
  readonly rule: ProcedureRule;
  readonly findings: readonly Finding[];
}

function runRules(procedure: Procedure, rules: readonly ProcedureRule[], context: RuleContext): readonly RuleRun[] {
  return rules.map((rule) => ({ rule, findings: rule.check(procedure, context) }));
}

function summarise(procedure: Procedure, ruleSet: RuleSet, strict: boolean, runs: readonly RuleRun[]): PublicDisclosureResult {
  const findings = runs.flatMap((r) => r.findings);
  return Object.freeze({
    procedureCode: procedure.code,
    procedureName: procedure.name,
    ruleSetId: ruleSet.id,
    strict,
    fullyDisclosed: !fails(findings),
    failedRules: Object.freeze(runs.filter((r) => fails(r.findings)).map((r) => r.rule.id)),
    findings: Object.freeze(findings),
  });
}

/**
 * Checks "8 công khai" on one procedure: one finding per missing or unusable item among the eight
 * — name, required documents, steps, processing time (value and unit, on every channel),
 * conditions, legal basis (with document numbers), fees and charges (stated explicitly on every
 * channel, 0 included; an empty or absent list is a finding) and contact (at least one usable
 * phone, e-mail or address). `strict` adds the Decree 63/2010 Art. 8(2) components: channels,
 * applicant types, implementing agency and result. Placeholder texts ({@link DEFAULT_PLACEHOLDERS})
 * are not disclosures; an explicit "none" ({@link DEFAULT_NONE_STATEMENTS}) counts only for the
 * items in `noneAllowedFor`.
 *
 * @param procedure - a procedure (validated with `@hcc/core`'s procedure schema)
 * @param options - strictness, placeholder vocabulary, rule set
 * @returns the findings and whether the procedure is fully disclosed
 * @throws {HccError} `invalid_input` for a malformed procedure or options
 * @example
 * ```ts
 * import { checkPublicDisclosure } from "@hcc/rules";
 * const r = checkPublicDisclosure({
 *   code: "1.000894", name: "Đăng ký kết hôn",
 *   cases: [{ steps: [{ name: "Nộp hồ sơ tại Bộ phận Một cửa" }], documents: [{ name: "Tờ khai đăng ký kết hôn" }],
 *     channels: [{ channel: "direct", processingTime: { value: 1, unit: "working_days" }, fees: [{ amount: 0 }] }] }],
 *   conditions: ["Không"], legalBasis: [{ number: "87/2014/QH13" }], contact: { phone: "Đang cập nhật" },
 * });
 * r.failedRules; //=> ["disclosure.contact"]
 * r.findings[0]?.message.vi; //=> 'Chưa công khai thông tin liên hệ (chỉ ghi giá trị giữ chỗ "Đang cập nhật")'
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export function checkPublicDisclosure(procedure: ProcedureInput | Procedure, options: PublicDisclosureOptions = {}): PublicDisclosureResult {
  validateOptions(options, "checkPublicDisclosure");
  const parsed = toProcedure(procedure);
  const strict = options.strict ?? false;
  const ruleSet = pickRuleSet(options.ruleSet, options.at ?? parsed.version?.effectiveFrom, `procedure ${parsed.code}`);
  const rules = disclosureRules(ruleSet).filter((r) => strict || r.strictOnly !== true);
  return summarise(parsed, ruleSet, strict, runRules(parsed, rules, resolveContext(options, strict)));
}

/**
 * Non-throwing {@link checkPublicDisclosure}.
 *
 * @param procedure - anything
 * @param options - as for {@link checkPublicDisclosure}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeCheckPublicDisclosure } from "@hcc/rules";
 * safeCheckPublicDisclosure({ name: "no code" }).success; //=> false
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export function safeCheckPublicDisclosure(procedure: unknown, options?: PublicDisclosureOptions): SafeParseResult<PublicDisclosureResult> {
  return safely(() => checkPublicDisclosure(procedure as ProcedureInput, options));
}

/**
 * Decision 766/QĐ-TTg indicator 1.3 (complete public information): 2 points × (procedures
 * publishing every Decree 63 Art. 8(2) component / procedures published). With no procedure
 * published it is not applicable (`ratio` and `points` are `null`).
 *
 * @example
 * ```ts
 * import type { Indicator13 } from "@hcc/rules";
 * const i: Indicator13 = { complete: 3, published: 4, applicable: true, ratio: 0.75, points: 1.5, maxPoints: 2 };
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export interface Indicator13 {
  /** Procedures with all Decree 63 Art. 8(2) components. */
  readonly complete: number;
  /** Procedures published (the denominator). */
  readonly published: number;
  /** `false` when nothing is published. */
  readonly applicable: boolean;
  /** `complete / published`, or `null`. */
  readonly ratio: number | null;
  /** `2 × ratio`, or `null`. */
  readonly points: number | null;
  /** Maximum points of the indicator: 2. */
  readonly maxPoints: 2;
}

/**
 * Computes Decision 766 indicator 1.3 from its two counts.
 *
 * @param complete - procedures with every Decree 63 Art. 8(2) component
 * @param published - procedures published
 * @returns the indicator
 * @throws {HccError} `out_of_range` when a count is negative or not an integer, or `complete > published`
 * @example
 * ```ts
 * import { indicator13 } from "@hcc/rules";
 * indicator13(1188, 1320).points; //=> 1.8
 * indicator13(0, 0).applicable; //=> false
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export function indicator13(complete: number, published: number): Indicator13 {
  if (!Number.isSafeInteger(complete) || !Number.isSafeInteger(published) || complete < 0 || complete > published) {
    throw new HccError("out_of_range", `indicator13 needs integers 0 ≤ complete ≤ published, got ${complete} of ${published}`, {
      value: { complete, published },
    });
  }
  const ratio = published === 0 ? null : complete / published;
  return Object.freeze({
    complete,
    published,
    applicable: published > 0,
    ratio,
    points: ratio === null ? null : Math.round(2 * ratio * 1e4) / 1e4,
    maxPoints: 2 as const,
  });
}

/**
 * The catalogue-level disclosure figures.
 *
 * @example
 * ```ts
 * import { checkCatalogueDisclosure, type CatalogueDisclosure } from "@hcc/rules";
 * const c: CatalogueDisclosure = checkCatalogueDisclosure([]);
 * c.fullyDisclosed.ratio; //=> null
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export interface CatalogueDisclosure {
  /** Procedures checked. */
  readonly procedures: number;
  /** Share of procedures fully disclosed (eight items, or eight + four when `strict`). */
  readonly fullyDisclosed: Share;
  /** Decision 766 indicator 1.3, always on the Decree 63 Art. 8(2) components. */
  readonly indicator13: Indicator13;
  /** For each finding code, the number of procedures with that finding. */
  readonly proceduresByCode: Readonly<Record<string, number>>;
  /** The per-procedure results, in input order. */
  readonly results: readonly PublicDisclosureResult[];
}

/**
 * Checks a whole catalogue: the share of procedures fully disclosed (under the chosen mode) and
 * the Decision 766 indicator 1.3, which always uses the rules whose source is `decree63` (all
 * Decree 63 Art. 8(2) components: the eight items except contact, plus channels, applicant types,
 * agency and result).
 *
 * @param procedures - the published procedures
 * @param options - as for {@link checkPublicDisclosure}
 * @returns shares, indicator and per-procedure results
 * @throws {HccError} `invalid_input` for a malformed procedure (the issue paths start with its index) or options
 * @example
 * ```ts
 * import { checkCatalogueDisclosure } from "@hcc/rules";
 * const c = checkCatalogueDisclosure([{ code: "1.000894", name: "Đăng ký kết hôn" }, { code: "1.001612", name: "-" }]);
 * c.fullyDisclosed; //=> { numerator: 0, denominator: 2, ratio: 0 }
 * c.proceduresByCode["disclosure.name_missing"]; //=> 1
 * ```
 *
 * @category Public disclosure (8 công khai)
 */
export function checkCatalogueDisclosure(
  procedures: readonly (ProcedureInput | Procedure)[],
  options: PublicDisclosureOptions = {},
): CatalogueDisclosure {
  validateOptions(options, "checkCatalogueDisclosure");
  return catalogueDisclosureOf(parseList(procedures, toProcedure, "Procedure", "checkCatalogueDisclosure"), options);
}

/** @internal {@link checkCatalogueDisclosure} on procedures already parsed. */
export function catalogueDisclosureOf(procedures: readonly Procedure[], options: PublicDisclosureOptions): CatalogueDisclosure {
  const strict = options.strict ?? false;
  const modeContext = resolveContext(options, strict);
  const strictContext = resolveContext(options, true);
  const results: PublicDisclosureResult[] = [];
  const byCode: Record<string, number> = {};
  let full = 0;
  let complete = 0;
  for (const parsed of procedures) {
    const ruleSet = pickRuleSet(options.ruleSet, options.at ?? parsed.version?.effectiveFrom, `procedure ${parsed.code}`);
    const all = disclosureRules(ruleSet);
    const runs = runRules(parsed, strict ? all : all.filter((r) => r.strictOnly !== true), modeContext);
    const result = summarise(parsed, ruleSet, strict, runs);
    results.push(result);
    if (result.fullyDisclosed) full += 1;
    for (const code of new Set(result.findings.map((f) => f.code))) byCode[code] = (byCode[code] ?? 0) + 1;
    // Indicator 1.3 needs the Decree 63 rules in strict mode; built-in rules ignore `strict`, so their mode runs are reused.
    let decreeComplete = true;
    for (const rule of all) {
      if (!rule.sources.includes("decree63")) continue;
      const reused = strict || BUILT_IN.has(rule) ? runs.find((r) => r.rule === rule) : undefined;
      if (fails(reused?.findings ?? rule.check(parsed, strictContext))) {
        decreeComplete = false;
        break;
      }
    }
    if (decreeComplete) complete += 1;
  }
  return Object.freeze({
    procedures: procedures.length,
    fullyDisclosed: makeShare(full, procedures.length),
    indicator13: indicator13(complete, procedures.length),
    proceduresByCode: Object.freeze(byCode),
    results: Object.freeze(results),
  });
}
