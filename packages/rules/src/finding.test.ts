import { describe, expect, it } from "vitest";
import { FINDING_CODES, createFinding, findingMessage, findingTitle, isFindingCode, type FindingCode } from "@hcc/rules";

// Parameters every code may use; each message must render in both languages with them and without.
const SAMPLE = { reason: "placeholder", value: "Đang cập nhật", step: "approve", place: "department", agencyCode: "000.00.17.H48", before: 3, after: 5 };

describe("finding codes and messages", () => {
  it("lists 23 unique, namespaced codes", () => {
    expect(FINDING_CODES).toHaveLength(23);
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    for (const code of FINDING_CODES) expect(code).toMatch(/^(disclosure|on_the_spot|reduction)\.[a-z_]+$/);
    expect(Object.isFrozen(FINDING_CODES)).toBe(true);
  });

  it.each(FINDING_CODES.map((c) => [c]))("%s has a Vietnamese and an English message and title", (code) => {
    const vi = findingMessage(code as FindingCode, SAMPLE, "vi");
    const en = findingMessage(code as FindingCode, SAMPLE, "en");
    expect(vi.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(vi).not.toBe(en);
    expect(vi).not.toMatch(/undefined|\[object/);
    expect(en).not.toMatch(/undefined|\[object/);
    // English messages are ASCII apart from quoted values and arrows.
    expect(en.replace(/"[^"]*"/g, "").replace(/→/g, "")).toMatch(/^[\x20-\x7e]+$/);
    expect(findingMessage(code as FindingCode, {}, "vi")).not.toMatch(/undefined/);
    expect(findingMessage(code as FindingCode)).toBe(findingMessage(code as FindingCode, {}, "vi"));
    expect(findingTitle(code, "vi")).not.toBe(findingTitle(code, "en"));
    expect(isFindingCode(code)).toBe(true);
  });

  it("renders parameters into messages", () => {
    expect(findingMessage("disclosure.fees_missing", { reason: "absent" }, "vi")).toBe("Chưa công khai phí, lệ phí (chưa có)");
    expect(findingMessage("on_the_spot.step_missing", { step: "return" }, "en")).toBe('Step "Return the result" is missing');
    expect(findingMessage("on_the_spot.place_unknown", { step: "receive" }, "vi")).toBe('Bước "Tiếp nhận" chưa ghi nơi thực hiện');
    expect(findingMessage("on_the_spot.step_off_site", { step: "custom", place: "moon" }, "en")).toBe('Step "custom" happens at moon, not at the center');
    expect(findingMessage("reduction.fees_increased", { before: 0, after: 20000 }, "vi")).toBe("Phí, lệ phí tăng (0 → 20000 đồng)");
    expect(findingMessage("disclosure.legal_basis_missing", { reason: "incomplete" }, "vi")).toBe("Chưa công khai căn cứ pháp lý (thiếu một phần)");
    expect(findingMessage("disclosure.legal_basis_missing", { reason: "invalid", value: "Luật" }, "vi")).toBe('Chưa công khai căn cứ pháp lý (không hợp lệ "Luật")');
    expect(findingMessage("disclosure.legal_basis_missing", { reason: "other" }, "vi")).toBe("Chưa công khai căn cứ pháp lý (other)");
  });

  it("rejects unknown codes", () => {
    expect(() => findingMessage("nope" as FindingCode)).toThrow(/Unknown finding code "nope"/);
    expect(isFindingCode("toString")).toBe(false);
    expect(isFindingCode(42)).toBe(false);
    expect(findingTitle("local.x", "en")).toBe("local.x");
    expect(findingMessage("disclosure.name_missing", null as never, "en")).toBe("The procedure name is not published (absent)");
  });
});

describe("createFinding", () => {
  it("fills built-in messages and freezes the result", () => {
    const f = createFinding({ code: "disclosure.name_missing", pillar: "disclosure", ruleId: "disclosure.name", subject: { kind: "procedure", code: "1.000894" } });
    expect(f).toEqual({
      code: "disclosure.name_missing",
      severity: "error",
      pillar: "disclosure",
      ruleId: "disclosure.name",
      subject: { kind: "procedure", code: "1.000894" },
      path: [],
      locations: [[]],
      params: {},
      message: { vi: "Chưa công khai tên thủ tục (chưa có)", en: "The procedure name is not published (absent)" },
    });
    expect(Object.isFrozen(f.path) && Object.isFrozen(f.params) && Object.isFrozen(f.message)).toBe(true);
  });

  it("takes a province's own code with its own messages, and requires them", () => {
    const message = { vi: "Chưa có mã QR", en: "No QR code" };
    const f = createFinding({ code: "local.qr", severity: "info", pillar: "disclosure", ruleId: "local.qr", subject: { kind: "dossier", code: "D-1" }, message });
    expect(f.message).toEqual(message);
    expect(f.severity).toBe("info");
    expect(() => createFinding({ code: "local.qr", pillar: "disclosure", ruleId: "local.qr", subject: { kind: "dossier", code: "D-1" } })).toThrow(/pass its message/);
  });
});

describe("createFinding guards", () => {
  it.each([null, {}, { code: "x", pillar: "nope", ruleId: "r", subject: { kind: "procedure", code: "1" } }, { code: "x", pillar: "disclosure", ruleId: "r", subject: { kind: "agency", code: "1" } }, { code: "disclosure.name_missing", pillar: "disclosure", ruleId: "r", severity: "fatal", subject: { kind: "procedure", code: "1" } }])(
    "rejects %j",
    (input) => {
      expect(() => createFinding(input as never)).toThrow(/Invalid finding/);
    },
  );
});
