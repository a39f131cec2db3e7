import { readFileSync } from "node:fs";
import { parseDossier, type DossierInput } from "@hcc/core";
import {
  createMappings,
  fromMinistryDossier,
  fromProgressItems,
  safeFromMinistryDossier,
  safeToMinistryDossier,
  toMinistryDossier,
  toMinistryProgressItems,
  toMinistryStatusUpdate,
} from "@hcc/dvcqg";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantArb, strip, textArb } from "../test/arbitraries.js";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/ministry-noihoso.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("ministry portal NoiHoSo", () => {
  it("parses the fixture written from the documented body", () => {
    const out = fromMinistryDossier(fixture);
    expect(out.dossier).toMatchObject({
      code: "G12.22-240301-0007",
      procedureCode: "1.012345",
      agencyCode: "G12.22",
      channel: "online",
      applicantKind: "business",
      applicant: { name: "Công ty TNHH Nền tảng Số Việt" },
      submittedAt: "2024-03-01T09:15:00+07:00",
      status: "registered",
    });
    expect(out.components[0]).toMatchObject({ code: "000.00.00.DVC-THONGTIN", count: 2, copyType: "electronic" });
    expect(out.components[0]?.files[0]).toEqual({ id: "65e1f0a1", hash: "9f86d081884c7d65", name: "dang-ky.pdf", resultCode: "KQ.DVC.THONGTIN" });
    expect(out.fees[0]).toEqual({ name: "Lệ phí thẩm định hồ sơ nền tảng", code: "LP.THAMDINH", amount: 135000, collection: "on_receipt", type: "licensing", paid: false });
    expect(out.submitter).toEqual({ kind: "citizen", name: "Phạm Văn E", idNumber: "079088000123", phone: "0909000111" });
    expect(out.serviceCode).toBe("DVC-1.012345");
    expect(out.form["MaSoThue"]).toBe("0312345678");
  });

  it("round-trips dossier fields, components, fees and submitter (property)", () => {
    const arb = fc.record({
      code: textArb,
      applicantKind: fc.constantFrom("citizen", "business", "household_business" as const),
      name: textArb,
      idNumber: fc.option(fc.stringMatching(/^\d{12}$/), { nil: undefined }),
      submittedAt: instantArb,
      channel: fc.constantFrom("direct", "online", "postal" as const),
      components: fc.array(
        fc.record({ code: textArb, name: textArb, count: fc.nat(5), copyType: fc.constantFrom("original", "copy", "electronic" as const), files: fc.array(fc.record({ id: textArb, name: textArb, hash: fc.option(textArb, { nil: undefined }) }), { maxLength: 2 }) }),
        { maxLength: 3 },
      ),
      fees: fc.array(fc.record({ name: textArb, amount: fc.nat(1_000_000), paid: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(arb, (g) => {
        const dossier = parseDossier(strip({ code: g.code, procedureCode: "1.012345", agencyCode: "G12.22", status: "registered", channel: g.channel, applicantKind: g.applicantKind, applicant: { name: g.name, idNumber: g.idNumber }, submittedAt: g.submittedAt }));
        const body = toMinistryDossier(dossier, { components: strip(g.components), fees: strip(g.fees) });
        const back = fromMinistryDossier(JSON.parse(JSON.stringify(body)));
        expect(back.dossier).toEqual(dossier);
        expect(back.components).toEqual(strip(g.components));
        expect(back.fees).toEqual(strip(g.fees));
        expect(back.submitter).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("keeps a different submitter and the conflicting applicant-kind list", () => {
    const body = toMinistryDossier(
      { code: "X", procedureCode: "1.0", agencyCode: "G", status: 1, applicantKind: "household_business", applicant: { name: "Hộ KD Bình An", idNumber: "1" }, receivedAt: "2024-03-01" },
      { submitter: { name: "Trần F", kind: "citizen", phone: "09" } },
    );
    expect(body.LoaiDoiTuong).toBe(2);
    expect(body.NgayNop).toBe("2024-03-01 00:00:00");
    expect(body.ThongTinNguoiNop).toEqual({ LoaiDoiTuong: 0, ThongTinChiTiet: { TenNguoiNop: "Trần F", SoDinhDanh: "", SoDienThoai: "09", Email: "", DiaChi: "" } });
    const back = fromMinistryDossier(body);
    expect(back.submitter).toEqual({ kind: "citizen", name: "Trần F", phone: "09" });
    expect(back.dossier.applicant).toEqual({ name: "Hộ KD Bình An" });
  });

  it("names every bad field and emits nothing", () => {
    const r = safeToMinistryDossier(
      { code: "X", procedureCode: "1.0", agencyCode: "G", status: 1, applicantKind: "organization", applicant: { name: "A" }, submittedAt: "2024-03-01" },
      { components: [{ code: "", name: "T", copyType: 7 }], fees: [{ name: "L", amount: "x" as unknown as number }], submitter: { name: "B", kind: "state_agency" } },
    );
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["ThanhPhanHoSo.0.MaThanhPhanHoSo", "ThanhPhanHoSo.0.LoaiBan", "DanhSachLePhi.0.Gia"]);
    const r2 = safeToMinistryDossier({ code: "X", procedureCode: "1.0", agencyCode: "G", status: 1, applicantKind: "organization", applicant: { name: "A" }, submittedAt: "2024-03-01" }, { submitter: { name: "B", kind: "state_agency" } });
    expect(r2.error?.issues.map((i) => i.path.join("."))).toEqual(["LoaiDoiTuong", "ThongTinNguoiNop.LoaiDoiTuong"]);
    expect(toMinistryDossier({ code: "X", procedureCode: "1.0", agencyCode: "G", status: 1, applicantKind: "organization", applicant: { name: "A" }, submittedAt: "2024-03-01" }, { mappings: createMappings({ ministryApplicantKinds: { organization: "1" } }) }).LoaiDoiTuong).toBe(1);
    const bad = safeFromMinistryDossier({
      MaHoSo: "X", MaTTHC: "", ChuHoSo: "A", LoaiDoiTuong: 3, NgayNop: "01/13/2024",
      ThanhPhanHoSo: [{ MaThanhPhanHoSo: "T", TenThanhPhanHoSo: "N", LoaiBan: 5, SoLuong: "a", GiayToDinhKem: [{ TenGiayTo: "f" }] }],
      ThongTinNguoiNop: { LoaiDoiTuong: 9, ThongTinChiTiet: "x" },
      KenhThucHien: 0,
    });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual([
      "MaTTHC", "MaDonViTiepNhan", "NgayNop", "LoaiDoiTuong", "KenhThucHien",
      "ThanhPhanHoSo.0.SoLuong", "ThanhPhanHoSo.0.LoaiBan", "ThanhPhanHoSo.0.GiayToDinhKem.0.IdGiayTo",
      "ThongTinNguoiNop.LoaiDoiTuong", "ThongTinNguoiNop.ThongTinChiTiet",
    ]);
    expect(safeFromMinistryDossier(7).error?.code).toBe("invalid_record");
    expect(safeFromMinistryDossier(undefined).error?.issues[0]?.message).toMatch(/NoiHoSo/);
  });

  it("writes progress and status updates, and reads progress back", () => {
    const dossier: DossierInput = {
      code: "G12.22-240301-0007", procedureCode: "1.012345", agencyCode: "G12.22", status: "financial_obligation_requested",
      dueAt: "2024-03-15T17:00",
      legs: [{ agencyCode: "P1", dueAt: "2024-03-10T17:00" }],
      events: [
        { step: "appraise", at: "2024-03-02T10:00:00.250", place: "department", actor: "Cán bộ B", agencyCode: "P1" },
        { step: "receive", at: "2024-03-01T09:15", place: "center", actor: "Cán bộ A", note: "Tiếp nhận hồ sơ" },
        { step: "payment", at: "2024-03-03T08:00", place: "department", status: "financial_obligation_requested" },
      ],
    };
    const items = toMinistryProgressItems(dossier, "65e1", { titles: { "Cán bộ A": "Chuyên viên" } });
    expect(items.map((i) => [i.ThoiDiemXuLy, i.TrangThai, i.NoiDungXuLy, i.NgayKetThucTheoQuyDinh])).toEqual([
      ["2024-03-01T09:15:00.000", 2, "Tiếp nhận hồ sơ", "2024-03-15T17:00:00.000"],
      ["2024-03-02T10:00:00.250", 4, "Thẩm định", "2024-03-10T17:00:00.000"],
      ["2024-03-03T08:00:00.000", 6, "Thu phí, lệ phí", "2024-03-15T17:00:00.000"],
    ]);
    expect(toMinistryProgressItems(dossier, "65e1", { since: 2 })).toHaveLength(1);
    const events = fromProgressItems(items, { place: "center" });
    expect(events.map((e) => [e.step, e.at, e.actor, e.status])).toEqual([
      ["receive", "2024-03-01T09:15:00+07:00", "Cán bộ A", "received"],
      ["other", "2024-03-02T10:00:00.250+07:00", "Cán bộ B", "processing"],
      ["payment", "2024-03-03T08:00:00+07:00", undefined, "financial_obligation_requested"],
    ]);
    const update = toMinistryStatusUpdate(dossier, "65e1", { opinion: "Nộp lệ phí", fees: [{ name: "Lệ phí", amount: 135000 }], results: [{ name: "Thông báo" }] });
    expect(update).toMatchObject({ IdHoSo: "65e1", TrangThai: 6, NoiDungYKien: "Nộp lệ phí", DanhSachLePhi: [{ Gia: "135000" }], DanhSachGiayToKetQua: [{ TenGiayTo: "Thông báo" }] });
    expect(() => toMinistryStatusUpdate({ ...dossier, status: "processing" }, "", { fees: [{ name: "L", amount: 1 }], results: [{ name: "R" }] })).toThrow(
      expect.objectContaining({ code: "invalid_record", issues: [expect.objectContaining({ path: ["IdHoSo"] }), expect.objectContaining({ path: ["DanhSachLePhi"] }), expect.objectContaining({ path: ["DanhSachGiayToKetQua"] })] }),
    );
    expect(toMinistryStatusUpdate({ ...dossier, status: "processing" }, "1")).toEqual({ IdHoSo: "1", MaHoSo: "G12.22-240301-0007", TrangThai: 4, NoiDungYKien: "", PhongBanXuLy: "", NoiDungXuLy: "" });
  });
});
