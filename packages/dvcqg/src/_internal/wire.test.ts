import { describe, expect, it } from "vitest";
import { documentRecord, feeRecord, otherRecord, resultRecord } from "./parts.js";
import type { Issues } from "./read.js";

describe("wire records: one field table drives reader, writer and paths", () => {
  it("writes every field under its wire name, in table order, and reads it back", () => {
    const doc = { id: "d1", name: "Tờ khai", deleted: false, componentCode: "TP1", url: "https://x/y", digitised: true, reused: false, fromNationalRepository: true, replacedResultCode: "KQ1" };
    const wire = documentRecord.write(doc);
    expect(Object.keys(wire)).toEqual(["TepDinhKemId", "TenTepDinhKem", "IsDeleted", "MaThanhPhanHoSo", "DuongDanTaiTepTin", "DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG", "MaKetQuaThayThe"]);
    expect(wire).toMatchObject({ IsDeleted: "0", DuocSoHoa: "1", MaKetQuaThayThe: "KQ1" });
    const issues: Issues = [];
    expect(documentRecord.read(wire, ["TaiLieuNop", 0], issues)).toEqual(doc);
    expect(issues).toEqual([]);
    expect(Object.values(documentRecord.paths)).toEqual(Object.keys(wire));
  });

  it("emits absent optional fields as empty strings, and leaves out a payment status that is not known", () => {
    expect(feeRecord.write({ name: "Lệ phí", amount: 50000 })).toEqual({ TenPhiLePhi: "Lệ phí", MaPhiLePhi: "", HinhThucThu: "", Gia: "50000", LoaiPhiLePhi: "" });
    expect(feeRecord.write({ name: "Lệ phí", amount: 0, paid: true }).TrangThaiThanhToan).toBe("1");
    expect(otherRecord.write({ name: "Ảnh" })).toEqual({ TenGiayTo: "Ảnh", SoLuong: "", LoaiGiayTo: "" });
    expect(resultRecord.write({ name: "Giấy phép" })).toEqual({ TenGiayTo: "Giấy phép", MaThanhPhanHoSo: "", GiayToId: "", DuongDanTepTinKetQua: "", MaGiayToKetQua: "" });
  });

  it("reads leniently (SoTien for Gia, thousands separators) and drops an item missing a required field, naming it", () => {
    const issues: Issues = [];
    expect(feeRecord.read({ TenPhiLePhi: "Lệ phí", SoTien: "50.000" }, ["DanhSachLePhi", 0], issues)).toEqual({ name: "Lệ phí", amount: 50000 });
    expect(issues).toEqual([]);
    expect(feeRecord.read({ TenPhiLePhi: "Lệ phí" }, ["DanhSachLePhi", 1], issues)).toBeUndefined();
    expect(issues).toEqual([{ path: ["DanhSachLePhi", 1, "Gia"], message: "required amount is missing" }]);
    expect(resultRecord.read({ GiayToId: "g1" }, ["DanhSachGiayToKetQua", 0], issues)).toBeUndefined();
    expect(issues[1]?.path).toEqual(["DanhSachGiayToKetQua", 0, "TenGiayTo"]);
  });
});
