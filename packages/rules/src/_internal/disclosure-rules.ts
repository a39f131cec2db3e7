import type { Procedure } from "@hcc/core";
import { createFinding, type DisclosureReason, type FieldPath, type Finding, type FindingCode } from "../finding.js";
import { classifyText, normalizeText } from "../placeholders.js";
import type { DisclosureItem, ProcedureRule, RuleContext, RuleSource } from "../rule-set.js";

/** Collects the offending fields of one disclosure item; the first one sets the reason. */
class Offences {
  readonly locations: FieldPath[] = [];
  reason: DisclosureReason | undefined;
  value: string | undefined;

  add(path: FieldPath, reason: DisclosureReason, value?: unknown): void {
    this.locations.push(path);
    if (this.reason === undefined) {
      this.reason = reason;
      if (reason !== "absent" && (typeof value === "string" || typeof value === "number")) this.value = String(value);
    }
  }
}

/** Reason a text does not disclose `item`, or `undefined` when it does. */
export function textProblem(text: unknown, item: DisclosureItem, context: RuleContext): DisclosureReason | undefined {
  const kind = classifyText(text, context.vocabulary);
  if (kind === "content") return undefined;
  if (kind === "none" && context.noneAllowedFor.includes(item)) return undefined;
  if (typeof text !== "string" || normalizeText(text) === "") return "absent";
  return "placeholder";
}

function checkText(out: Offences, text: unknown, path: FieldPath, item: DisclosureItem, context: RuleContext): void {
  const problem = textProblem(text, item, context);
  if (problem !== undefined) out.add(path, problem, text);
}

function result(procedure: Procedure, rule: { id: string; code: FindingCode }, out: Offences): readonly Finding[] {
  const first = out.locations[0];
  if (first === undefined || out.reason === undefined) return [];
  return [
    createFinding({
      code: rule.code,
      severity: "error",
      pillar: "disclosure",
      ruleId: rule.id,
      subject: { kind: "procedure", code: procedure.code },
      path: first,
      locations: out.locations,
      params: {
        reason: out.reason,
        ...(out.value === undefined ? {} : { value: out.value }),
        ...(out.locations.length > 1 ? { count: out.locations.length } : {}),
      },
    }),
  ];
}

interface Spec {
  readonly item: DisclosureItem;
  readonly code: FindingCode;
  readonly sources: readonly RuleSource[];
  readonly strictOnly: boolean;
  readonly title: { readonly vi: string; readonly en: string };
  readonly collect: (procedure: Procedure, context: RuleContext, out: Offences) => void;
}

function forEachCase(
  procedure: Procedure,
  out: Offences,
  list: "documents" | "steps" | "channels",
  each: (caseIndex: number) => void,
): void {
  if (procedure.cases.length === 0) {
    out.add(["cases"], "absent");
    return;
  }
  procedure.cases.forEach((c, i) => {
    if (c[list].length === 0) out.add(["cases", i, list], "absent");
    else each(i);
  });
}

const PHONE_DIGITS = 6;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

const SPECS: readonly Spec[] = [
  {
    item: "name",
    code: "disclosure.name_missing",
    sources: ["seed", "decree63"],
    strictOnly: false,
    title: { vi: "(1) Tên thủ tục", en: "(1) Procedure name" },
    collect: (p, ctx, out) => checkText(out, p.name, ["name"], "name", ctx),
  },
  {
    item: "documents",
    code: "disclosure.documents_missing",
    sources: ["seed", "decree63"],
    strictOnly: false,
    title: { vi: "(2) Thành phần hồ sơ", en: "(2) Required documents" },
    collect: (p, ctx, out) =>
      forEachCase(p, out, "documents", (i) =>
        p.cases[i]?.documents.forEach((d, j) => checkText(out, d.name, ["cases", i, "documents", j, "name"], "documents", ctx)),
      ),
  },
  {
    item: "steps",
    code: "disclosure.steps_missing",
    sources: ["seed", "decree63"],
    strictOnly: false,
    title: { vi: "(3) Trình tự thực hiện", en: "(3) Steps" },
    collect: (p, ctx, out) =>
      forEachCase(p, out, "steps", (i) =>
        p.cases[i]?.steps.forEach((s, j) => checkText(out, s.name, ["cases", i, "steps", j, "name"], "steps", ctx)),
      ),
  },
  {
    item: "processing_time",
    code: "disclosure.processing_time_missing",
    sources: ["seed", "decree63"],
    strictOnly: false,
    title: { vi: "(4) Thời hạn giải quyết", en: "(4) Processing time" },
    collect: (p, _ctx, out) =>
      forEachCase(p, out, "channels", (i) =>
        p.cases[i]?.channels.forEach((c, k) => {
          const path: FieldPath = ["cases", i, "channels", k, "processingTime"];
          if (c.processingTime === undefined) out.add(path, "absent");
          // 0 is a real publication: "giải quyết ngay trong ngày" (e.g. marriage registration).
          else if (!(c.processingTime.value >= 0)) out.add([...path, "value"], "invalid", `${c.processingTime.value} ${c.processingTime.unit}`);
        }),
      ),
  },
  {
    item: "conditions",
    code: "disclosure.conditions_missing",
    sources: ["seed", "decree63"],
    strictOnly: false,
    title: { vi: "(5) Yêu cầu, điều kiện", en: "(5) Conditions" },
    collect: (p, ctx, out) => {
      if (p.conditions.length === 0) out.add(["conditions"], "absent");
      p.conditions.forEach((text, i) => checkText(out, text, ["conditions", i], "conditions", ctx));
    },
  },
  {
    item: "legal_basis",
    code: "disclosure.legal_basis_missing",
    sources: ["seed", "decree63"],
    strictOnly: false,
    title: { vi: "(6) Căn cứ pháp lý", en: "(6) Legal basis" },
    collect: (p, ctx, out) => {
      if (p.legalBasis.length === 0) out.add(["legalBasis"], "absent");
      p.legalBasis.forEach((basis, i) => {
        const path: FieldPath = ["legalBasis", i, "number"];
        const problem = textProblem(basis.number, "legal_basis", ctx);
        if (problem !== undefined) out.add(path, problem === "absent" ? "incomplete" : problem, basis.title ?? basis.number);
        else if (!/\d/u.test(basis.number)) out.add(path, "invalid", basis.number);
      });
    },
  },
  {
    item: "fees",
    code: "disclosure.fees_missing",
    sources: ["seed", "decree63"],
    strictOnly: false,
    title: { vi: "(7) Phí, lệ phí", en: "(7) Fees and charges" },
    collect: (p, _ctx, out) =>
      forEachCase(p, out, "channels", (i) =>
        p.cases[i]?.channels.forEach((c, k) => {
          if (c.fees === undefined || c.fees.length === 0) out.add(["cases", i, "channels", k, "fees"], "absent");
        }),
      ),
  },
  {
    item: "contact",
    code: "disclosure.contact_missing",
    sources: ["seed"],
    strictOnly: false,
    title: { vi: "(8) Thông tin liên hệ", en: "(8) Contact information" },
    collect: (p, ctx, out) => {
      const contact = p.contact;
      if (contact === undefined) {
        out.add(["contact"], "absent");
        return;
      }
      const phoneOk =
        textProblem(contact.phone, "contact", ctx) === undefined && (contact.phone ?? "").replace(/\D/gu, "").length >= PHONE_DIGITS;
      const emailOk = textProblem(contact.email, "contact", ctx) === undefined && EMAIL.test((contact.email ?? "").trim());
      const addressOk = textProblem(contact.address, "contact", ctx) === undefined;
      if (phoneOk || emailOk || addressOk) return;
      let published = false;
      for (const field of ["phone", "email", "address"] as const) {
        const value = contact[field];
        if (value === undefined) continue;
        published = true;
        out.add(["contact", field], textProblem(value, "contact", ctx) ?? "invalid", value);
      }
      if (!published) out.add(["contact"], "absent");
    },
  },
  {
    item: "channels",
    code: "disclosure.channels_missing",
    sources: ["decree63"],
    strictOnly: true,
    title: { vi: "Cách thức thực hiện (NĐ 63, Đ.8 k.2)", en: "Filing channels (Decree 63 Art. 8(2))" },
    collect: (p, _ctx, out) => forEachCase(p, out, "channels", () => undefined),
  },
  {
    item: "applicants",
    code: "disclosure.applicants_missing",
    sources: ["decree63"],
    strictOnly: true,
    title: { vi: "Đối tượng thực hiện (NĐ 63, Đ.8 k.2)", en: "Applicant types (Decree 63 Art. 8(2))" },
    collect: (p, _ctx, out) => {
      if (p.applicantKinds.length === 0) out.add(["applicantKinds"], "absent");
    },
  },
  {
    item: "agency",
    code: "disclosure.agency_missing",
    sources: ["decree63"],
    strictOnly: true,
    title: { vi: "Cơ quan thực hiện (NĐ 63, Đ.8 k.2)", en: "Implementing agency (Decree 63 Art. 8(2))" },
    collect: (p, ctx, out) => {
      if (p.implementingAgencies.length === 0) out.add(["implementingAgencies"], "absent");
      p.implementingAgencies.forEach((a, i) => checkText(out, a.name, ["implementingAgencies", i, "name"], "agency", ctx));
    },
  },
  {
    item: "result",
    code: "disclosure.result_missing",
    sources: ["decree63"],
    strictOnly: true,
    title: { vi: "Kết quả thực hiện (NĐ 63, Đ.8 k.2)", en: "Result (Decree 63 Art. 8(2))" },
    collect: (p, ctx, out) => {
      if (p.results.length === 0) out.add(["results"], "absent");
      p.results.forEach((r, i) => checkText(out, r.name, ["results", i, "name"], "result", ctx));
    },
  },
];

/** The twelve built-in disclosure rules (eight of "8 công khai", then four strict ones). */
export const DISCLOSURE_RULES: readonly ProcedureRule[] = Object.freeze(
  SPECS.map((spec): ProcedureRule => {
    const id = `disclosure.${spec.item}`;
    return Object.freeze({
      id,
      target: "procedure" as const,
      pillar: "disclosure" as const,
      sources: Object.freeze([...spec.sources]),
      strictOnly: spec.strictOnly,
      title: Object.freeze({ ...spec.title }),
      check(procedure: Procedure, context: RuleContext): readonly Finding[] {
        const out = new Offences();
        spec.collect(procedure, context, out);
        return result(procedure, { id, code: spec.code }, out);
      },
    });
  }),
);
