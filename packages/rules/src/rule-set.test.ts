import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_SET, defineRuleSet, extendRuleSet, ruleSetInForce, type ProcedureRule } from "@hcc/rules";

const noop: ProcedureRule = { id: "local.noop", target: "procedure", pillar: "disclosure", sources: ["local"], title: { vi: "x", en: "x" }, check: () => [] };

describe("rule sets", () => {
  it("ships the default set: twelve disclosure rules and two on-the-spot rules", () => {
    expect(DEFAULT_RULE_SET.id).toBe("hcc-default");
    expect(DEFAULT_RULE_SET.rules.map((r) => r.id)).toEqual([
      "disclosure.name",
      "disclosure.documents",
      "disclosure.steps",
      "disclosure.processing_time",
      "disclosure.conditions",
      "disclosure.legal_basis",
      "disclosure.fees",
      "disclosure.contact",
      "disclosure.channels",
      "disclosure.applicants",
      "disclosure.agency",
      "disclosure.result",
      "on_the_spot.workflow",
      "on_the_spot.events",
    ]);
    const decree = DEFAULT_RULE_SET.rules.filter((r) => r.sources.includes("decree63")).map((r) => r.id);
    expect(decree).toHaveLength(11);
    expect(decree).not.toContain("disclosure.contact");
    expect(Object.isFrozen(DEFAULT_RULE_SET.rules)).toBe(true);
  });

  it("validates a rule set", () => {
    expect(() => defineRuleSet({ id: "", effectiveFrom: "2020-01-01", rules: [] })).toThrow(/Invalid rule set at id/);
    expect(() => defineRuleSet({ id: "x", effectiveFrom: "2020-02-30", rules: [] })).toThrow(/effectiveFrom/);
    expect(() => defineRuleSet({ id: "x", effectiveFrom: "2020-01-01", effectiveTo: "2020-01-01", rules: [] })).toThrow(/not after/);
    expect(() => defineRuleSet({ id: "x", effectiveFrom: "2020-01-01", rules: [noop, noop] })).toThrow(/repeats rule id "local.noop"/);
    expect(() => defineRuleSet({ id: "x", effectiveFrom: "2020-01-01", rules: [{ ...noop, check: "no" } as never] })).toThrow(/check must be a function/);
    const set = defineRuleSet({ id: "x", effectiveFrom: new Date("2020-01-01T00:00:00+07:00"), effectiveTo: "2021-01-01", description: "test", rules: [noop] });
    expect(set).toMatchObject({ id: "x", effectiveFrom: "2020-01-01", effectiveTo: "2021-01-01", description: "test" });
  });

  it("extends a set: remove, replace in place, add", () => {
    const replaced: ProcedureRule = { ...noop, id: "disclosure.fees" };
    const v = extendRuleSet(DEFAULT_RULE_SET, { id: "p", effectiveFrom: "2026-01-01", effectiveTo: "2027-01-01", description: "d", remove: ["disclosure.contact"], replace: [replaced], add: [noop] });
    const ids = v.rules.map((r) => r.id);
    expect(ids).not.toContain("disclosure.contact");
    expect(ids.indexOf("disclosure.fees")).toBe(6);
    expect(v.rules[6]).toBe(replaced);
    expect(ids.at(-1)).toBe("local.noop");
    expect(v.effectiveTo).toBe("2027-01-01");
    expect(() => extendRuleSet(DEFAULT_RULE_SET, { id: "p", effectiveFrom: "2026-01-01", remove: ["nope"] })).toThrow(/Cannot remove/);
    expect(() => extendRuleSet(DEFAULT_RULE_SET, { id: "p", effectiveFrom: "2026-01-01", replace: [noop] })).toThrow(/Cannot replace/);
    expect(() => extendRuleSet(DEFAULT_RULE_SET, { id: "p", effectiveFrom: "2026-01-01", add: [DEFAULT_RULE_SET.rules[0]!] })).toThrow(/repeats/);
  });

  it("picks the set in force on a Vietnam date", () => {
    const a = defineRuleSet({ id: "a", effectiveFrom: "2018-01-01", rules: [] });
    const b = defineRuleSet({ id: "b", effectiveFrom: "2025-07-01", rules: [] });
    const c = defineRuleSet({ id: "c", effectiveFrom: "2025-07-01", effectiveTo: "2025-08-01", rules: [] });
    expect(ruleSetInForce([a, b], "2025-06-30").id).toBe("a");
    expect(ruleSetInForce([a, b], "2025-07-01").id).toBe("b");
    // 2025-06-30T17:30Z is 2025-07-01 00:30 in Vietnam.
    expect(ruleSetInForce([a, b], "2025-06-30T17:30:00Z").id).toBe("b");
    expect(ruleSetInForce([a, b, c], "2025-07-15").id).toBe("c");
    expect(ruleSetInForce([a, b, c], "2025-08-01").id).toBe("b");
    expect(() => ruleSetInForce([b], "2020-01-01")).toThrow(/No rule set is in force/);
    expect(() => ruleSetInForce([], "2020-01-01")).toThrow(/none/);
    expect(() => ruleSetInForce([a], "not a date")).toThrow();
  });
});

describe("rule-set guards", () => {
  it("rejects what is not a rule set", () => {
    expect(() => extendRuleSet(undefined as never, { id: "x", effectiveFrom: "2020-01-01" })).toThrow(/expects a rule set/);
    expect(() => extendRuleSet(DEFAULT_RULE_SET, null as never)).toThrow(/expects an extension/);
    expect(() => ruleSetInForce(null as never, "2020-01-01")).toThrow(/expects an array of rule sets/);
    expect(() => ruleSetInForce([{}] as never, "2020-01-01")).toThrow(/expects an array of rule sets/);
  });
});
