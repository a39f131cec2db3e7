import { parseDossier } from "@hcc/core";
import { fromProgressItems, safeFromProgressItems, toProgressItems } from "@hcc/dvcqg";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantArb, strip, textArb } from "../test/arbitraries.js";

describe("CapNhatTienDoHoSoMC progress items", () => {
  it("preserves time, actor, unit, status and note through the wire (property)", () => {
    const eventArb = fc.record({
      step: fc.constantFrom("receive", "appraise", "approve", "return", "supplement", "payment" as const),
      at: instantArb,
      place: fc.constant("center" as const),
      actor: fc.option(textArb, { nil: undefined }),
      agencyCode: fc.option(textArb, { nil: undefined }),
      status: fc.constantFrom("received", "processing", "supplement_requested", "done", "returned" as const),
      note: textArb,
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 6 }), (events) => {
        const dossier = parseDossier({ code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing", events: strip(events) });
        const items = toProgressItems(dossier);
        for (const item of items) for (const value of Object.values(item)) expect(typeof value).toBe("string");
        const back = fromProgressItems(JSON.parse(JSON.stringify(items)), { place: "center" });
        const key = (e: { at: string; actor?: string | undefined; agencyCode?: string | undefined; status?: string | undefined; note?: string | undefined }) =>
          strip({ at: e.at, actor: e.actor, agencyCode: e.agencyCode, status: e.status, note: e.note });
        const sorted = [...dossier.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
        expect(back.map(key)).toEqual(sorted.map(key));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("derives status and text from the step, due dates from legs, and skips what was pushed", () => {
    const items = toProgressItems(
      {
        code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: "returned", dueAt: "2019-05-09T17:00",
        events: [
          { step: "receive", at: "2019-05-06T08:00", place: "center", actor: "A" },
          { step: "return", at: "2019-05-09T09:00", place: "center" },
        ],
      },
      { titles: { A: "Chuyên viên" } },
    );
    expect(items[0]).toEqual({
      MaHoSo: "X-190506-0001", NguoiXuLy: "A", ChucDanh: "Chuyên viên", ThoiDiemXuLy: "20190506080000", PhongBanXuLy: "",
      NoiDungXuLy: "Tiếp nhận", TrangThai: "2", NgayBatDau: "20190506080000", NgayKetThucTheoQuyDinh: "20190509170000",
    });
    expect(items[1]?.TrangThai).toBe("10");
    expect(items[1]?.ChucDanh).toBe("");
  });

  it("reports invalid input with wire names", () => {
    expect(() => toProgressItems({ code: "", procedureCode: "1", agencyCode: "X", status: 2, events: [{ step: "receive", at: "bad", place: "center" }] }, { since: -1 })).toThrow(
      expect.objectContaining({ code: "invalid_record", issues: [expect.objectContaining({ path: ["MaHoSo"] }), expect.objectContaining({ path: ["events", 0, "ThoiDiemXuLy"] }), expect.objectContaining({ path: ["since"] })] }),
    );
    const r = safeFromProgressItems([{ MaHoSo: "", ThoiDiemXuLy: "x", TrangThai: "" }, 5, { MaHoSo: "X", ThoiDiemXuLy: "20190506", TrangThai: "0", NgayBatDau: "?" }]);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["0.MaHoSo", "0.ThoiDiemXuLy", "0.TrangThai", "1", "2.TrangThai", "2.NgayBatDau"]);
    expect(fromProgressItems({ MaHoSo: "X", ThoiDiemXuLy: "20190506", TrangThai: 9 })[0]?.step).toBe("approve");
    expect(fromProgressItems(undefined)).toEqual([]);
    expect(safeFromProgressItems("x").success).toBe(false);
  });
});
