import { describe, expect, it } from "vitest";
import { DEFAULT_NONE_STATEMENTS, DEFAULT_PLACEHOLDERS, classifyText, isPlaceholder, normalizeText } from "@hcc/rules";

describe("placeholders", () => {
  it.each(["", " ", "\t\n", "-", "--", "—", "–", "...", "…", ". . .", "_", "?", "*", "N/A", "n/a", "NA", "null", "undefined", "0", "x", "TBD", "Đang cập nhật", "ĐANG CẬP NHẬT", "Đang cập nhật...", "chưa cập nhật", "Chưa có thông tin", "Updating"])(
    "%j is a placeholder",
    (text) => {
      expect(classifyText(text)).toBe("placeholder");
      expect(isPlaceholder(text)).toBe(true);
    },
  );

  it.each(["Không", "không có", "Không có.", "Không quy định", "Không yêu cầu điều kiện", "Miễn phí", "None"])("%j is an explicit none", (text) => {
    expect(classifyText(text)).toBe("none");
    expect(isPlaceholder(text)).toBe(false);
  });

  it.each(["Đăng ký kết hôn", "87/2014/QH13", "Có năng lực hành vi dân sự đầy đủ", "Không quá 15 ngày", "0275 3822 000", "x2"])("%j is content", (text) => {
    expect(classifyText(text)).toBe("content");
  });

  it("treats non-strings as placeholders", () => {
    expect(classifyText(undefined)).toBe("placeholder");
    expect(classifyText(null)).toBe("placeholder");
    expect(classifyText(12)).toBe("placeholder");
  });

  it("normalises Unicode forms, case, spaces and trailing punctuation", () => {
    const decomposed = "Đang cập nhật".normalize("NFD");
    expect(decomposed).not.toBe("Đang cập nhật");
    expect(classifyText(decomposed)).toBe("placeholder");
    expect(normalizeText("  KHÔNG   có ;")).toBe("không có");
  });

  it("uses the vocabulary given", () => {
    expect(classifyText("Liên hệ bộ phận một cửa", { placeholders: ["liên hệ bộ phận một cửa"] })).toBe("placeholder");
    // Replacing the list drops the defaults, but punctuation-only texts stay placeholders.
    expect(classifyText("Đang cập nhật", { placeholders: [] })).toBe("content");
    expect(classifyText("-", { placeholders: [] })).toBe("placeholder");
    expect(classifyText("Không", { noneStatements: [] })).toBe("content");
    expect(DEFAULT_PLACEHOLDERS).toContain("đang cập nhật");
    expect(DEFAULT_NONE_STATEMENTS).toContain("không");
  });
});
