import { DISCLOSURE_RULES } from "./_internal/disclosure-rules.js";
import { EVENTS_RULE, WORKFLOW_RULE } from "./_internal/on-the-spot-rules.js";
import { defineRuleSet, type RuleSet } from "./rule-set.js";

/**
 * The built-in rule set `hcc-default`, in force from 14 October 2010 (the entry into force of
 * Decree 63/2010/NĐ-CP). In order:
 *
 * | id | target | pillar | source |
 * |---|---|---|---|
 * | `disclosure.name` … `disclosure.contact` | procedure | 8 công khai, items (1)–(8) | seed (and Decree 63 Art. 8(2) except contact) |
 * | `disclosure.channels`, `.applicants`, `.agency`, `.result` | procedure | strict only | Decree 63 Art. 8(2) |
 * | `on_the_spot.workflow` | procedure | 4 tại chỗ | seed |
 * | `on_the_spot.events` | dossier | 4 tại chỗ | seed |
 *
 * A province builds its own set from it with {@link extendRuleSet}.
 *
 * @example
 * ```ts
 * import { DEFAULT_RULE_SET } from "@hcc/rules";
 * DEFAULT_RULE_SET.rules.map((r) => r.id).slice(0, 3); //=> ["disclosure.name", "disclosure.documents", "disclosure.steps"]
 * DEFAULT_RULE_SET.rules.length; //=> 14
 * ```
 *
 * @category Rule sets
 */
export const DEFAULT_RULE_SET: RuleSet = /* @__PURE__ */ defineRuleSet({
  id: "hcc-default",
  effectiveFrom: "2010-10-14",
  description: "3 giảm, 4 tại chỗ, 8 công khai (seed) with the Decree 63/2010 Art. 8(2) components as the strict check",
  rules: [...DISCLOSURE_RULES, WORKFLOW_RULE, EVENTS_RULE],
});
