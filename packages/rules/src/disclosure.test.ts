import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ProcedureInput } from "@hcc/core";
import {
  DEFAULT_PLACEHOLDERS,
  DEFAULT_RULE_SET,
  checkCatalogueDisclosure,
  checkPublicDisclosure,
  createFinding,
  extendRuleSet,
  indicator13,
  safeCheckPublicDisclosure,
  type ProcedureRule,
} from "@hcc/rules";

/** A procedure publishing all eight items and the four strict components. */
function complete(overrides: Partial<ProcedureInput> = {}): ProcedureInput {
  return {
    code: "1.000894",
    name: "Đăng ký kết hôn",
    cases: [
      {
        id: "default",
        steps: [
          { name: "Nộp hồ sơ tại Bộ phận Một cửa", kind: "receive", place: "center" },
          { name: "Thẩm định hồ sơ", kind: "appraise", place: "center" },
          { name: "Ký giấy chứng nhận", kind: "approve", place: "center" },
          { name: "Trả kết quả", kind: "return", place: "center" },
        ],
        documents: [{ name: "Tờ khai đăng ký kết hôn", originals: 1 }],
        channels: [
          { channel: "direct", processingTime: { value: 1, unit: "working_days" }, fees: [{ kind: "charge", amount: 0, description: "Miễn lệ phí" }] },
          { channel: "online", processingTime: { value: 1, unit: "working_days" }, fees: [{ kind: "charge", amount: 0 }] },
        ],
      },
    ],
    conditions: ["Không"],
    legalBasis: [{ number: "87/2014/QH13", title: "Luật Hộ tịch" }],
    contact: { phone: "0275 3822 000", email: "motcua@bentre.gov.vn", address: "Số 7 Cách Mạng Tháng Tám" },
    applicantKinds: ["citizen"],
    implementingAgencies: [{ name: "UBND cấp xã" }],
    results: [{ name: "Giấy chứng nhận kết hôn" }],
    ...overrides,
  };
}

function codes(p: ProcedureInput, strict = false): string[] {
  return checkPublicDisclosure(p, { strict }).findings.map((f) => f.code);
}

describe("checkPublicDisclosure", () => {
  it("passes a procedure publishing all eight items, in both modes", () => {
    expect(checkPublicDisclosure(complete()).fullyDisclosed).toBe(true);
    expect(checkPublicDisclosure(complete(), { strict: true }).fullyDisclosed).toBe(true);
    expect(checkPublicDisclosure(complete()).findings).toEqual([]);
  });

  it("reports all eight items on a bare procedure, one finding each", () => {
    const r = checkPublicDisclosure({ code: "1.000894", name: "" });
    expect(r.findings.map((f) => f.code)).toEqual([
      "disclosure.name_missing",
      "disclosure.documents_missing",
      "disclosure.steps_missing",
      "disclosure.processing_time_missing",
      "disclosure.conditions_missing",
      "disclosure.legal_basis_missing",
      "disclosure.fees_missing",
      "disclosure.contact_missing",
    ]);
    expect(r.findings.every((f) => f.params.reason === "absent")).toBe(true);
    expect(r.failedRules).toHaveLength(8);
  });

  it("adds the four Decree 63 Art. 8(2) components in strict mode", () => {
    const bare = complete({ applicantKinds: [], implementingAgencies: [], results: [] });
    expect(codes(bare)).toEqual([]);
    expect(codes(bare, true)).toEqual(["disclosure.applicants_missing", "disclosure.agency_missing", "disclosure.result_missing"]);
    const noChannels = complete({ cases: [{ steps: [{ name: "Nộp" }], documents: [{ name: "Tờ khai" }] }] });
    expect(codes(noChannels, true)).toContain("disclosure.channels_missing");
  });

  it.each(["", "   ", "-", "—", "...", "…", "N/A", "Đang cập nhật", "đang  CẬP NHẬT.", "Chưa cập nhật", "null", "?", "___"])(
    "treats the name %j as not disclosed",
    (name) => {
      const r = checkPublicDisclosure(complete({ name }));
      expect(r.findings.map((f) => f.code)).toEqual(["disclosure.name_missing"]);
    },
  );

  it("treats 'Không có' as a non-disclosure for a name, documents, steps, legal basis", () => {
    expect(codes(complete({ name: "Không có" }))).toEqual(["disclosure.name_missing"]);
    const c = complete();
    const cases = [{ ...c.cases![0]!, documents: [{ name: "Không có" }], steps: [{ name: "Không" }] }];
    expect(codes({ ...c, cases })).toEqual(["disclosure.documents_missing", "disclosure.steps_missing"]);
    expect(codes(complete({ legalBasis: [{ number: "Không có" }] }))).toEqual(["disclosure.legal_basis_missing"]);
  });

  it("accepts an explicit 'none' for conditions, but not an empty list or a placeholder", () => {
    expect(codes(complete({ conditions: ["Không có"] }))).toEqual([]);
    expect(codes(complete({ conditions: ["Không yêu cầu điều kiện."] }))).toEqual([]);
    expect(codes(complete({ conditions: [] }))).toEqual(["disclosure.conditions_missing"]);
    const r = checkPublicDisclosure(complete({ conditions: ["Đang cập nhật"] }));
    expect(r.findings[0]?.params).toEqual({ reason: "placeholder", value: "Đang cập nhật" });
    expect(r.findings[0]?.path).toEqual(["conditions", 0]);
  });

  it("lets a province allow an explicit 'none' for documents", () => {
    const c = complete();
    const p = { ...c, cases: [{ ...c.cases![0]!, documents: [{ name: "Không" }] }] };
    expect(checkPublicDisclosure(p).fullyDisclosed).toBe(false);
    expect(checkPublicDisclosure(p, { noneAllowedFor: ["conditions", "documents"] }).fullyDisclosed).toBe(true);
  });

  it("requires fees stated explicitly on every channel: 0 is fine, empty or absent is a finding", () => {
    const c = complete();
    const base = c.cases![0]!;
    const withFees = (fees: { amount: number }[] | undefined) => ({
      ...c,
      cases: [{ ...base, channels: [{ channel: "direct" as const, processingTime: { value: 3, unit: "working_days" as const }, ...(fees ? { fees } : {}) }] }],
    });
    expect(codes(withFees([{ amount: 0 }]))).toEqual([]);
    expect(codes(withFees([{ amount: 50000 }]))).toEqual([]);
    const empty = checkPublicDisclosure(withFees([]));
    expect(empty.findings.map((f) => [f.code, f.path])).toEqual([["disclosure.fees_missing", ["cases", 0, "channels", 0, "fees"]]]);
    expect(codes(withFees(undefined))).toEqual(["disclosure.fees_missing"]);
  });

  it("requires a processing time on every channel, 0 (same day) included", () => {
    const c = complete();
    const base = c.cases![0]!;
    const p = { ...c, cases: [{ ...base, channels: [{ channel: "direct" as const, processingTime: { value: 0, unit: "working_days" as const }, fees: [{ amount: 0 }] }, { channel: "online" as const, fees: [{ amount: 0 }] }] }] };
    const [f, ...rest] = checkPublicDisclosure(p).findings;
    expect(rest).toEqual([]);
    expect(f?.code).toBe("disclosure.processing_time_missing");
    expect(f?.params).toEqual({ reason: "absent" });
    expect(f?.locations).toEqual([["cases", 0, "channels", 1, "processingTime"]]);
  });

  it("requires document numbers in the legal basis", () => {
    const r = checkPublicDisclosure(complete({ legalBasis: [{ number: "87/2014/QH13" }, { number: "", title: "Nghị định về hộ tịch" }, { number: "Luật" }] }));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.params).toEqual({ reason: "incomplete", value: "Nghị định về hộ tịch", count: 2 });
    expect(r.findings[0]?.locations).toEqual([["legalBasis", 1, "number"], ["legalBasis", 2, "number"]]);
  });

  it("needs one usable contact channel among phone, e-mail and address", () => {
    expect(codes(complete({ contact: { phone: "0275 3822 000" } }))).toEqual([]);
    expect(codes(complete({ contact: { email: "motcua@bentre.gov.vn" } }))).toEqual([]);
    expect(codes(complete({ contact: { address: "Số 7 Cách Mạng Tháng Tám, Bến Tre" } }))).toEqual([]);
    expect(codes(complete({ contact: {} }))).toEqual(["disclosure.contact_missing"]);
    expect(codes(complete({ contact: undefined }))).toEqual(["disclosure.contact_missing"]);
    const bad = checkPublicDisclosure(complete({ contact: { phone: "123", email: "not-an-email", address: "Đang cập nhật", name: "Bộ phận một cửa" } }));
    expect(bad.findings[0]?.params).toEqual({ reason: "invalid", value: "123", count: 3 });
    expect(bad.findings[0]?.locations).toEqual([["contact", "phone"], ["contact", "email"], ["contact", "address"]]);
  });

  it("checks every case of a multi-case procedure", () => {
    const c = complete();
    const p = { ...c, cases: [c.cases![0]!, { id: "foreign", steps: [{ name: "Nộp" }], documents: [], channels: c.cases![0]!.channels }] };
    const r = checkPublicDisclosure(p);
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([["disclosure.documents_missing", ["cases", 1, "documents"]]]);
  });

  it("uses a named placeholder option", () => {
    const p = complete({ conditions: ["Liên hệ bộ phận một cửa"] });
    expect(checkPublicDisclosure(p).fullyDisclosed).toBe(true);
    expect(checkPublicDisclosure(p, { placeholders: [...DEFAULT_PLACEHOLDERS, "liên hệ bộ phận một cửa"] }).fullyDisclosed).toBe(false);
    expect(checkPublicDisclosure(complete({ conditions: ["Không"] }), { noneStatements: [] }).fullyDisclosed).toBe(true);
  });

  it("gives messages in both languages", () => {
    const [f] = checkPublicDisclosure(complete({ name: "Đang cập nhật" })).findings;
    expect(f?.message).toEqual({
      vi: 'Chưa công khai tên thủ tục (chỉ ghi giá trị giữ chỗ "Đang cập nhật")',
      en: 'The procedure name is not published (placeholder "Đang cập nhật")',
    });
    expect(f?.subject).toEqual({ kind: "procedure", code: "1.000894" });
    expect(f?.severity).toBe("error");
    expect(Object.isFrozen(f)).toBe(true);
  });

  it("validates its input at the boundary", () => {
    expect(() => checkPublicDisclosure({ name: "x" } as never)).toThrow(/Invalid procedure/);
    expect(() => checkPublicDisclosure(complete(), { strict: "yes" } as never)).toThrow(/options at strict/);
    const r = safeCheckPublicDisclosure(42);
    expect(r.success).toBe(false);
    expect(r.error?.code).toBe("invalid_input");
    expect(safeCheckPublicDisclosure(complete()).success).toBe(true);
  });

  it("does not mutate its input", () => {
    const p = complete({ name: "Đang cập nhật" });
    const before = JSON.stringify(p);
    checkPublicDisclosure(p, { strict: true });
    expect(JSON.stringify(p)).toBe(before);
  });

  it("runs a province's added and replaced rules, chosen by effective date", () => {
    const qr: ProcedureRule = {
      id: "local.online_level",
      target: "procedure",
      pillar: "disclosure",
      sources: ["local"],
      title: { vi: "Mức độ trực tuyến", en: "Online level" },
      check: (p) =>
        p.onlineServiceLevel !== undefined
          ? []
          : [
              createFinding({
                code: "local.online_level_missing",
                pillar: "disclosure",
                ruleId: "local.online_level",
                subject: { kind: "procedure", code: p.code },
                path: ["onlineServiceLevel"],
                message: { vi: "Chưa ghi mức độ trực tuyến", en: "Online level not stated" },
              }),
            ],
    };
    const relaxedContact: ProcedureRule = { ...(DEFAULT_RULE_SET.rules.find((r) => r.id === "disclosure.contact") as ProcedureRule), check: () => [] };
    const v2 = extendRuleSet(DEFAULT_RULE_SET, { id: "province-2026", effectiveFrom: "2026-01-01", add: [qr], replace: [relaxedContact] });
    const sets = [DEFAULT_RULE_SET, v2];
    const p = complete({ contact: undefined });
    const old = checkPublicDisclosure(p, { ruleSet: sets, at: "2025-12-31" });
    expect(old.ruleSetId).toBe("hcc-default");
    expect(old.findings.map((f) => f.code)).toEqual(["disclosure.contact_missing"]);
    const now = checkPublicDisclosure(p, { ruleSet: sets, at: "2026-01-01" });
    expect(now.ruleSetId).toBe("province-2026");
    expect(now.findings.map((f) => f.code)).toEqual(["local.online_level_missing"]);
    // Without `at`, the procedure's own version date chooses.
    const versioned = checkPublicDisclosure({ ...p, version: { effectiveFrom: "2026-03-01" } }, { ruleSet: sets });
    expect(versioned.ruleSetId).toBe("province-2026");
    expect(() => checkPublicDisclosure(p, { ruleSet: sets })).toThrow(/pass the `at` option/);
  });

  it("property: a procedure built with all eight items always passes the eight-item check", () => {
    const text = fc
      .string({ minLength: 1, maxLength: 30 })
      .map((s) => `${s.replace(/\s+/g, " ").trim()} văn bản`)
      .filter((s) => /[\p{L}\p{N}]/u.test(s));
    const unit = fc.constantFrom("working_hours" as const, "working_days" as const, "calendar_days" as const, "months" as const);
    const channel = fc.record({
      channel: fc.constantFrom("direct" as const, "online" as const, "postal" as const),
      processingTime: fc.record({ value: fc.integer({ min: 1, max: 90 }), unit }),
      fees: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }) }), { minLength: 1, maxLength: 3 }),
    });
    const procedureCase = fc.record({
      steps: fc.array(fc.record({ name: text }), { minLength: 1, maxLength: 5 }),
      documents: fc.array(fc.record({ name: text }), { minLength: 1, maxLength: 5 }),
      channels: fc.array(channel, { minLength: 1, maxLength: 3 }),
    });
    const contact = fc.oneof(
      fc.record({ phone: fc.stringMatching(/^0\d{9}$/) }),
      fc.record({ email: fc.constantFrom("a@b.vn", "motcua@bentre.gov.vn") }),
      fc.record({ address: text }),
    );
    const procedure = fc.record({
      code: fc.stringMatching(/^[1-3]\.\d{6}$/),
      name: text,
      cases: fc.array(procedureCase, { minLength: 1, maxLength: 3 }),
      conditions: fc.array(fc.oneof(text, fc.constantFrom("Không", "Không có")), { minLength: 1, maxLength: 3 }),
      legalBasis: fc.array(fc.record({ number: fc.stringMatching(/^\d{1,3}\/20\d{2}\/(QH1[0-5]|NĐ-CP|TT-BTP)$/) }), { minLength: 1, maxLength: 4 }),
      contact,
    });
    fc.assert(
      fc.property(procedure, (p) => {
        const r = checkPublicDisclosure(p);
        return r.fullyDisclosed && r.findings.length === 0;
      }),
      { numRuns: 300 },
    );
  });
});

describe("checkCatalogueDisclosure and indicator13", () => {
  it("computes the share fully disclosed and the 766 indicator 1.3 on the Decree 63 components", () => {
    const catalogue = [
      complete(),
      complete({ code: "1.000001", contact: undefined }), // fails the eight (contact), passes Decree 63
      complete({ code: "1.000002", results: [] }), // passes the eight, fails Decree 63
      complete({ code: "1.000003", name: "-" }), // fails both
    ];
    const c = checkCatalogueDisclosure(catalogue);
    expect(c.procedures).toBe(4);
    expect(c.fullyDisclosed).toEqual({ numerator: 2, denominator: 4, ratio: 0.5 });
    expect(c.indicator13).toEqual({ complete: 2, published: 4, applicable: true, ratio: 0.5, points: 1, maxPoints: 2 });
    expect(c.proceduresByCode).toEqual({ "disclosure.contact_missing": 1, "disclosure.name_missing": 1 });
    const strict = checkCatalogueDisclosure(catalogue, { strict: true });
    expect(strict.fullyDisclosed.numerator).toBe(1);
    expect(strict.indicator13.complete).toBe(2);
    expect(strict.proceduresByCode["disclosure.result_missing"]).toBe(1);
  });

  it("is not applicable on an empty catalogue", () => {
    const c = checkCatalogueDisclosure([]);
    expect(c.fullyDisclosed.ratio).toBeNull();
    expect(c.indicator13).toEqual({ complete: 0, published: 0, applicable: false, ratio: null, points: null, maxPoints: 2 });
  });

  it("names the bad procedure's index", () => {
    expect(() => checkCatalogueDisclosure([complete(), { name: "x" } as never])).toThrow(/Procedure #1: Invalid procedure/);
    expect(() => checkCatalogueDisclosure("x" as never)).toThrow(/expects an array/);
  });

  it("indicator13 validates its counts", () => {
    expect(indicator13(1188, 1320).points).toBe(1.8);
    expect(() => indicator13(3, 2)).toThrow(/complete ≤ published/);
    expect(() => indicator13(-1, 2)).toThrow();
    expect(() => indicator13(0.5, 2)).toThrow();
  });
});
