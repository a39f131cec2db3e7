import * as z from "zod";
import {
  HccError,
  localDateSchema,
  toDayNumber,
  localDateToDayNumber,
  type DateInput,
  type Dossier,
  type Label,
  type LocalDate,
  type Procedure,
} from "@hcc/core";
import type { Finding, Pillar } from "./finding.js";
import type { PlaceholderOptions } from "./placeholders.js";

/**
 * Where a rule comes from:
 * - `seed` — the "3 giảm, 4 tại chỗ, 8 công khai" model as the seed article defines it;
 * - `decree63` — the components of Decree 63/2010/NĐ-CP Art. 8(2) (the national check, used by
 *   Decision 766 indicator 1.3);
 * - `decision766` — the service-quality index of Decision 766/QĐ-TTg;
 * - `local` — a province's own rule.
 *
 * @example
 * ```ts
 * import type { RuleSource } from "@hcc/rules";
 * const source: RuleSource = "decree63";
 * ```
 *
 * @category Rule sets
 */
export type RuleSource = "seed" | "decree63" | "decision766" | "local";

/**
 * The items of the disclosure check: the eight of "8 công khai" (`name` … `contact`) and the four
 * Decree 63 Art. 8(2) components of the strict check (`channels`, `applicants`, `agency`,
 * `result`).
 *
 * @example
 * ```ts
 * import type { DisclosureItem } from "@hcc/rules";
 * const item: DisclosureItem = "legal_basis";
 * ```
 *
 * @category Rule sets
 */
export type DisclosureItem =
  | "name"
  | "documents"
  | "steps"
  | "processing_time"
  | "conditions"
  | "legal_basis"
  | "fees"
  | "contact"
  | "channels"
  | "applicants"
  | "agency"
  | "result";

/**
 * What every rule receives besides the checked object: the resolved options of the check.
 *
 * @example
 * ```ts
 * import { DEFAULT_NONE_STATEMENTS, DEFAULT_PLACEHOLDERS, type RuleContext } from "@hcc/rules";
 * const context: RuleContext = {
 *   vocabulary: { placeholders: DEFAULT_PLACEHOLDERS, noneStatements: DEFAULT_NONE_STATEMENTS },
 *   noneAllowedFor: ["conditions"],
 *   strict: false,
 * };
 * ```
 *
 * @category Rule sets
 */
export interface RuleContext {
  /** The placeholder vocabulary. */
  readonly vocabulary: PlaceholderOptions;
  /** Disclosure items for which an explicit "none" statement counts as a disclosure. */
  readonly noneAllowedFor: readonly DisclosureItem[];
  /** Whether the strict (Decree 63 Art. 8(2)) components are checked. */
  readonly strict: boolean;
}

/**
 * A rule that checks one procedure.
 *
 * @example
 * ```ts
 * import { createFinding, type ProcedureRule } from "@hcc/rules";
 * const qrRule: ProcedureRule = {
 *   id: "local.online_link", target: "procedure", pillar: "disclosure", sources: ["local"],
 *   title: { vi: "Có mức độ dịch vụ trực tuyến", en: "Online service level stated" },
 *   check: (p) => p.onlineServiceLevel !== undefined ? [] : [createFinding({
 *     code: "local.online_level_missing", severity: "warning", pillar: "disclosure", ruleId: "local.online_link",
 *     subject: { kind: "procedure", code: p.code }, path: ["onlineServiceLevel"],
 *     message: { vi: "Chưa ghi mức độ dịch vụ công trực tuyến", en: "Online service level not stated" },
 *   })],
 * };
 * ```
 *
 * @category Rule sets
 */
export interface ProcedureRule {
  /** Unique id within a rule set (e.g. `"disclosure.fees"`). */
  readonly id: string;
  /** Checks procedures. */
  readonly target: "procedure";
  /** The pillar it belongs to. */
  readonly pillar: Pillar;
  /** Where it comes from (several when the seed and the decree agree). */
  readonly sources: readonly RuleSource[];
  /** Only run in the strict disclosure check. */
  readonly strictOnly?: boolean;
  /** Short title in both languages. */
  readonly title: Label;
  /**
   * Returns the findings for one procedure (empty when it passes).
   *
   * @example
   * ```ts
   * import { parseProcedure } from "@hcc/core";
   * import { DEFAULT_NONE_STATEMENTS, DEFAULT_PLACEHOLDERS, DEFAULT_RULE_SET, type ProcedureRule, type RuleContext } from "@hcc/rules";
   * const context: RuleContext = {
   *   vocabulary: { placeholders: DEFAULT_PLACEHOLDERS, noneStatements: DEFAULT_NONE_STATEMENTS }, noneAllowedFor: ["conditions"], strict: false,
   * };
   * const fees = DEFAULT_RULE_SET.rules.find((r): r is ProcedureRule => r.id === "disclosure.fees");
   * fees?.check(parseProcedure({ code: "1.000894", name: "Đăng ký kết hôn" }), context).map((f) => f.code); //=> ["disclosure.fees_missing"]
   * ```
   */
  check(procedure: Procedure, context: RuleContext): readonly Finding[];
}

/**
 * A rule that checks one dossier.
 *
 * @example
 * ```ts
 * import type { DossierRule } from "@hcc/rules";
 * const noop: DossierRule = {
 *   id: "local.noop", target: "dossier", pillar: "on_the_spot", sources: ["local"],
 *   title: { vi: "Không kiểm tra gì", en: "Checks nothing" }, check: () => [],
 * };
 * ```
 *
 * @category Rule sets
 */
export interface DossierRule {
  /** Unique id within a rule set. */
  readonly id: string;
  /** Checks dossiers. */
  readonly target: "dossier";
  /** The pillar it belongs to. */
  readonly pillar: Pillar;
  /** Where it comes from. */
  readonly sources: readonly RuleSource[];
  /** Short title in both languages. */
  readonly title: Label;
  /**
   * Returns the findings for one dossier (empty when it passes).
   *
   * @example
   * ```ts
   * import { parseDossier } from "@hcc/core";
   * import { DEFAULT_NONE_STATEMENTS, DEFAULT_PLACEHOLDERS, DEFAULT_RULE_SET, type DossierRule, type RuleContext } from "@hcc/rules";
   * const context: RuleContext = {
   *   vocabulary: { placeholders: DEFAULT_PLACEHOLDERS, noneStatements: DEFAULT_NONE_STATEMENTS }, noneAllowedFor: ["conditions"], strict: false,
   * };
   * const events = DEFAULT_RULE_SET.rules.find((r): r is DossierRule => r.id === "on_the_spot.events");
   * const dossier = parseDossier({
   *   code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: "processing", receivedAt: "2019-05-06T08:00",
   *   events: [{ step: "receive", at: "2019-05-06T08:00", place: "center" }, { step: "appraise", at: "2019-05-07T09:00", place: "department" }],
   * });
   * events?.check(dossier, context)[0]?.code; //=> "on_the_spot.step_off_site"
   * ```
   */
  check(dossier: Dossier, context: RuleContext): readonly Finding[];
}

/**
 * A procedure rule or a dossier rule.
 *
 * @example
 * ```ts
 * import { DEFAULT_RULE_SET, type Rule } from "@hcc/rules";
 * const rules: readonly Rule[] = DEFAULT_RULE_SET.rules;
 * ```
 *
 * @category Rule sets
 */
export type Rule = ProcedureRule | DossierRule;

/**
 * A versioned set of rules: in force from `effectiveFrom` (inclusive) until `effectiveTo`
 * (exclusive) if given. A dossier is judged by the set in force on the day it was received, a
 * procedure by the set in force on its version's effective date (see {@link ruleSetInForce}).
 *
 * @example
 * ```ts
 * import { DEFAULT_RULE_SET, type RuleSet } from "@hcc/rules";
 * const set: RuleSet = DEFAULT_RULE_SET;
 * set.effectiveFrom; //=> "2010-10-14"
 * ```
 *
 * @category Rule sets
 */
export interface RuleSet {
  /** Identifier, e.g. `"hcc-default"` or `"vinh-long-2026"`. */
  readonly id: string;
  /** First day in force (Vietnam date). */
  readonly effectiveFrom: LocalDate;
  /** First day no longer in force, if any. */
  readonly effectiveTo?: LocalDate;
  /** What changed, for humans. */
  readonly description?: string;
  /** The rules, run in order. */
  readonly rules: readonly Rule[];
}

/**
 * Input of {@link defineRuleSet}: dates may be `Date`s or ISO strings.
 *
 * @example
 * ```ts
 * import type { RuleSetInput } from "@hcc/rules";
 * const input: RuleSetInput = { id: "empty", effectiveFrom: "2025-07-01", rules: [] };
 * ```
 *
 * @category Rule sets
 */
export interface RuleSetInput {
  /** Identifier. */
  readonly id: string;
  /** First day in force. */
  readonly effectiveFrom: DateInput;
  /** First day no longer in force. */
  readonly effectiveTo?: DateInput;
  /** What changed. */
  readonly description?: string;
  /** The rules. */
  readonly rules: readonly Rule[];
}

const ruleShape = z.object({
  id: z.string().min(1),
  target: z.enum(["procedure", "dossier"]),
  pillar: z.enum(["disclosure", "on_the_spot", "reduction"]),
  sources: z.array(z.enum(["seed", "decree63", "decision766", "local"])),
  title: z.object({ vi: z.string(), en: z.string() }),
  check: z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", { message: "check must be a function" }),
});

const ruleSetShape = z.object({
  id: z.string().min(1),
  effectiveFrom: localDateSchema,
  effectiveTo: localDateSchema.optional(),
  description: z.string().optional(),
  rules: z.array(ruleShape),
});

/**
 * Validates and freezes a rule set: a non-empty id, valid dates (`effectiveTo` after
 * `effectiveFrom`), well-formed rules with unique ids.
 *
 * @param input - the rule set
 * @returns the frozen {@link RuleSet}
 * @throws {HccError} `invalid_input` on a malformed set or a repeated rule id
 * @example
 * ```ts
 * import { defineRuleSet, DEFAULT_RULE_SET } from "@hcc/rules";
 * const onlyEight = defineRuleSet({
 *   id: "eight-only", effectiveFrom: "2019-05-06",
 *   rules: DEFAULT_RULE_SET.rules.filter((r) => r.target === "procedure" && r.pillar === "disclosure" && r.strictOnly !== true),
 * });
 * onlyEight.rules.length; //=> 8
 * ```
 *
 * @category Rule sets
 */
export function defineRuleSet(input: RuleSetInput): RuleSet {
  const parsed = ruleSetShape.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HccError("invalid_input", `Invalid rule set${issue ? ` at ${issue.path.join(".")}: ${issue.message}` : ""}`, {
      value: input,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
    });
  }
  const { id, effectiveFrom, effectiveTo, description } = parsed.data;
  if (effectiveTo !== undefined && localDateToDayNumber(effectiveTo) <= localDateToDayNumber(effectiveFrom)) {
    throw new HccError("invalid_input", `Rule set ${id}: effectiveTo ${effectiveTo} is not after effectiveFrom ${effectiveFrom}`, {
      value: input,
    });
  }
  const seen = new Set<string>();
  for (const rule of input.rules) {
    if (seen.has(rule.id)) {
      throw new HccError("invalid_input", `Rule set ${id} repeats rule id ${JSON.stringify(rule.id)}`, { value: rule.id });
    }
    seen.add(rule.id);
  }
  return Object.freeze({
    id,
    effectiveFrom,
    ...(effectiveTo === undefined ? {} : { effectiveTo }),
    ...(description === undefined ? {} : { description }),
    rules: Object.freeze([...input.rules]),
  });
}

/**
 * How a province derives its rule set from another one (usually {@link DEFAULT_RULE_SET}).
 *
 * @example
 * ```ts
 * import type { RuleSetExtension } from "@hcc/rules";
 * const ext: RuleSetExtension = { id: "strict-contact", effectiveFrom: "2026-01-01", remove: ["on_the_spot.events"] };
 * ```
 *
 * @category Rule sets
 */
export interface RuleSetExtension {
  /** Identifier of the new set. */
  readonly id: string;
  /** First day in force. */
  readonly effectiveFrom: DateInput;
  /** First day no longer in force. */
  readonly effectiveTo?: DateInput;
  /** What changed. */
  readonly description?: string;
  /** Rules appended after the base rules. */
  readonly add?: readonly Rule[];
  /** Rules that replace the base rule of the same id (in place). */
  readonly replace?: readonly Rule[];
  /** Ids of base rules to drop. */
  readonly remove?: readonly string[];
}

/**
 * Builds a new rule set from a base: drops `remove`, swaps in `replace` (same id, same position),
 * appends `add`.
 *
 * @param base - the rule set to start from
 * @param extension - the changes and the new set's id and dates
 * @returns the new frozen rule set
 * @throws {HccError} `invalid_input` when a replaced or removed id is not in the base, or an added id repeats
 * @example
 * ```ts
 * import { DEFAULT_RULE_SET, extendRuleSet } from "@hcc/rules";
 * const province = extendRuleSet(DEFAULT_RULE_SET, {
 *   id: "province-2026", effectiveFrom: "2026-01-01", remove: ["on_the_spot.events"],
 * });
 * province.rules.some((r) => r.id === "on_the_spot.events"); //=> false
 * ```
 *
 * @category Rule sets
 */
export function extendRuleSet(base: RuleSet, extension: RuleSetExtension): RuleSet {
  if (typeof base !== "object" || base === null || !Array.isArray(base.rules)) {
    throw new HccError("invalid_input", "extendRuleSet expects a rule set as its base (see defineRuleSet)", { value: base });
  }
  if (typeof extension !== "object" || extension === null) {
    throw new HccError("invalid_input", "extendRuleSet expects an extension { id, effectiveFrom, add?, replace?, remove? }", { value: extension });
  }
  const ids = new Set(base.rules.map((r) => r.id));
  for (const id of extension.remove ?? []) {
    if (!ids.has(id)) throw new HccError("invalid_input", `Cannot remove rule ${JSON.stringify(id)}: not in rule set ${base.id}`, { value: id });
  }
  const replacements = new Map<string, Rule>();
  for (const rule of extension.replace ?? []) {
    if (!ids.has(rule.id)) {
      throw new HccError("invalid_input", `Cannot replace rule ${JSON.stringify(rule.id)}: not in rule set ${base.id}`, { value: rule.id });
    }
    replacements.set(rule.id, rule);
  }
  const removed = new Set(extension.remove ?? []);
  const rules = base.rules.filter((r) => !removed.has(r.id)).map((r) => replacements.get(r.id) ?? r);
  return defineRuleSet({
    id: extension.id,
    effectiveFrom: extension.effectiveFrom,
    ...(extension.effectiveTo === undefined ? {} : { effectiveTo: extension.effectiveTo }),
    ...(extension.description === undefined ? {} : { description: extension.description }),
    rules: [...rules, ...(extension.add ?? [])],
  });
}

/**
 * Picks the rule set in force on a date: among the sets with `effectiveFrom ≤ date <
 * effectiveTo`, the one that took effect last (ties: the later in the list).
 *
 * @param ruleSets - the candidate sets
 * @param at - the date (a `Date`, an ISO instant or `YYYY-MM-DD`; judged as a Vietnam date)
 * @returns the rule set in force
 * @throws {HccError} `not_applicable` when no set is in force on that date; `invalid_date` for a bad date
 * @example
 * ```ts
 * import { DEFAULT_RULE_SET, extendRuleSet, ruleSetInForce } from "@hcc/rules";
 * const v2 = extendRuleSet(DEFAULT_RULE_SET, { id: "v2", effectiveFrom: "2025-07-01", remove: ["on_the_spot.events"] });
 * ruleSetInForce([DEFAULT_RULE_SET, v2], "2025-06-30").id; //=> "hcc-default"
 * ruleSetInForce([DEFAULT_RULE_SET, v2], "2025-07-01T08:00").id; //=> "v2"
 * ```
 *
 * @category Rule sets
 */
export function ruleSetInForce(ruleSets: readonly RuleSet[], at: DateInput): RuleSet {
  if (!Array.isArray(ruleSets) || ruleSets.some((s) => typeof s !== "object" || s === null || typeof s.effectiveFrom !== "string")) {
    throw new HccError("invalid_input", "ruleSetInForce expects an array of rule sets (see defineRuleSet)", { value: ruleSets });
  }
  const day = toDayNumber(at);
  let best: RuleSet | undefined;
  let bestFrom = -Infinity;
  for (const set of ruleSets) {
    const from = localDateToDayNumber(set.effectiveFrom);
    if (from > day) continue;
    if (set.effectiveTo !== undefined && localDateToDayNumber(set.effectiveTo) <= day) continue;
    if (from >= bestFrom) {
      best = set;
      bestFrom = from;
    }
  }
  if (best === undefined) {
    throw new HccError("not_applicable", `No rule set is in force on ${String(at)} (sets: ${ruleSets.map((s) => `${s.id} from ${s.effectiveFrom}`).join(", ") || "none"})`, {
      value: at,
    });
  }
  return best;
}
