import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { englishName, parseCsv, renderOfficialDays } from "../scripts/generate-official-days.mjs";

describe("generated official data", () => {
  it("official-days.ts is what the generator produces from data/vn-days-off.csv", () => {
    const path = fileURLToPath(new URL("./generated/official-days.ts", import.meta.url));
    expect(readFileSync(path, "utf8")).toBe(renderOfficialDays());
  });

  it("the repository copy of the CSV equals the shared authority when it is present", () => {
    // The project keeps the authority beside the repository: ../shared/data/vn-days-off.csv.
    const shared = fileURLToPath(new URL("../../../../shared/data/vn-days-off.csv", import.meta.url));
    let text: string | undefined;
    try {
      text = readFileSync(shared, "utf8");
    } catch {
      text = undefined;
    }
    if (text !== undefined) expect(readFileSync(fileURLToPath(new URL("../data/vn-days-off.csv", import.meta.url)), "utf8")).toBe(text);
  });

  it("parses quoted CSV fields and rejects bad rows", () => {
    expect(parseCsv('a,"b,""c"""\r\nd,e')).toEqual([["a", 'b,"c"'], ["d", "e"]]);
    expect(() => renderOfficialDays("date,kind,name,source\n2025-01-01,holiday,X,Y\n")).toThrow(/English name/);
    expect(() => renderOfficialDays("date,kind,name,source\n2025-01-01,party,Tết Dương lịch,Y\n")).toThrow(/bad kind/);
    expect(() => renderOfficialDays("wrong\n")).toThrow(/header/);
    expect(englishName("bridge_off", "whatever")).toBe("Swapped day off");
  });
});
