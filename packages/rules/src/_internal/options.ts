import * as z from "zod";
import { HccError, parseProcedure, type DateInput, type Procedure } from "@hcc/core";
import { DEFAULT_RULE_SET } from "../default-rule-set.js";
import { ruleSetInForce, type DisclosureItem, type DossierRule, type ProcedureRule, type RuleContext, type RuleSet } from "../rule-set.js";
import type { PlaceholderOptions } from "../placeholders.js";

export const DISCLOSURE_ITEMS: readonly DisclosureItem[] = Object.freeze([
  "name",
  "documents",
  "steps",
  "processing_time",
  "conditions",
  "legal_basis",
  "fees",
  "contact",
  "channels",
  "applicants",
  "agency",
  "result",
]);

const ruleSetLike = z.custom<RuleSet>(
  (v) => typeof v === "object" && v !== null && typeof (v as { id?: unknown }).id === "string" && Array.isArray((v as { rules?: unknown }).rules),
  { message: "expected a rule set (see defineRuleSet)" },
);

const DEFAULT_NONE_ALLOWED_FOR: readonly DisclosureItem[] = Object.freeze(["conditions"]);

/** Shape of the options shared by the checks. */
export const checkOptionsSchema = z.object({
  strict: z.boolean().optional(),
  placeholders: z.array(z.string()).optional(),
  noneStatements: z.array(z.string()).optional(),
  noneAllowedFor: z.array(z.enum(DISCLOSURE_ITEMS as [DisclosureItem, ...DisclosureItem[]])).optional(),
  ruleSet: z.union([ruleSetLike, z.array(ruleSetLike)]).optional(),
  at: z.union([z.date(), z.string()]).optional(),
});

/** Options every check accepts. */
export interface BaseCheckOptions extends PlaceholderOptions {
  readonly noneAllowedFor?: readonly DisclosureItem[];
  readonly ruleSet?: RuleSet | readonly RuleSet[];
  readonly at?: DateInput;
}

/** Validates options at the boundary; throws `invalid_input` naming the bad field. */
export function validateOptions(options: unknown, what: string): void {
  if (options === undefined) return;
  const result = checkOptionsSchema.safeParse(options);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HccError("invalid_input", `Invalid ${what} options${issue ? ` at ${issue.path.join(".")}: ${issue.message}` : ""}`, {
      value: options,
      issues: result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
    });
  }
}

export function resolveContext(options: BaseCheckOptions & { readonly strict?: boolean }, strict?: boolean): RuleContext {
  return Object.freeze({
    vocabulary: {
      ...(options.placeholders === undefined ? {} : { placeholders: options.placeholders }),
      ...(options.noneStatements === undefined ? {} : { noneStatements: options.noneStatements }),
    },
    noneAllowedFor: options.noneAllowedFor ?? DEFAULT_NONE_ALLOWED_FOR,
    strict: strict ?? options.strict ?? false,
  });
}

/**
 * The rule set to use: the given one, the one in force at `at` (or `fallbackAt`) when a list is
 * given, or the default.
 */
export function pickRuleSet(option: RuleSet | readonly RuleSet[] | undefined, at: DateInput | undefined, what: string): RuleSet {
  if (option === undefined) return DEFAULT_RULE_SET;
  if (!Array.isArray(option)) return option as RuleSet;
  if (at === undefined) {
    throw new HccError("invalid_input", `Several rule sets were given for ${what} but no date to choose one: pass the \`at\` option`, {
      value: option,
    });
  }
  return ruleSetInForce(option, at);
}

/** Parses a procedure at the boundary. */
export function toProcedure(input: unknown): Procedure {
  return parseProcedure(input);
}

/** The rules of a set by purpose, computed once per set. */
export interface RulesByPurpose {
  readonly disclosure: readonly ProcedureRule[];
  readonly workflow: readonly ProcedureRule[];
  readonly dossier: readonly DossierRule[];
}

const byPurpose = new WeakMap<RuleSet, RulesByPurpose>();

/** Splits a rule set's rules by purpose (cached per set). */
export function rulesOf(ruleSet: RuleSet): RulesByPurpose {
  let entry = byPurpose.get(ruleSet);
  if (entry === undefined) {
    entry = {
      disclosure: ruleSet.rules.filter((r): r is ProcedureRule => r.target === "procedure" && r.pillar === "disclosure"),
      workflow: ruleSet.rules.filter((r): r is ProcedureRule => r.target === "procedure" && r.pillar === "on_the_spot"),
      dossier: ruleSet.rules.filter((r): r is DossierRule => r.target === "dossier" && r.pillar === "on_the_spot"),
    };
    byPurpose.set(ruleSet, entry);
  }
  return entry;
}
