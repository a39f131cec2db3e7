import { readFileSync } from "node:fs";
import { isHccError, parseDossier, type Dossier } from "@hcc/core";
import {
  createMappings,
  dossierExtrasSchema,
  fromLegacyRecord,
  safeFromLegacyRecord,
  safeToLegacyRecord,
  toLegacyRecord,
  type DossierExtras,
} from "@hcc/dvcqg";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dossierArb, extrasArb, strip } from "../test/arbitraries.js";

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;

/** The dossier fields the legacy record maps, normalised the documented way. */
function mapped(d: Dossier) {
  return strip({
    code: d.code,
    procedureCode: d.procedureCode,
    procedureName: d.procedureName,
    fieldCode: d.fieldCode,
    fieldName: d.fieldName,
    agencyCode: d.agencyCode,
    handlingAgencyCode: d.handlingAgencyCode === d.agencyCode ? undefined : d.handlingAgencyCode,
    channel: d.channel,
    applicantKind: d.applicantKind,
    applicant: d.applicant === undefined || Object.keys(strip(d.applicant)).length === 0 ? undefined : strip(d.applicant),
    summary: d.summary,
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    endedAt: d.endedAt,
    returnedAt: d.returnedAt,
    status: d.status,
    returnMethod: d.returnMethod ?? "desk",
    supplementRequests: d.supplementRequests,
    flags: strip(d.flags),
  });
}

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isHccError(error)) return error;
    throw error;
  }
  throw new Error("expected an HccError");
}

describe("toLegacyRecord / fromLegacyRecord", () => {
  it("round-trips every mapped dossier field and every extra (property)", () => {
    fc.assert(
      fc.property(
        dossierArb.chain((d) => fc.tuple(fc.constant(d), extrasArb(d.supplementRequests?.length ?? 0))),
        ([input, extrasInput]) => {
          const dossier = parseDossier(input);
          const extras = dossierExtrasSchema.parse(extrasInput);
          const wire = toLegacyRecord(dossier, { extras });
          for (const [key, value] of Object.entries(wire)) {
            if (!Array.isArray(value)) expect(typeof value, key).toBe("string");
          }
          const json = JSON.parse(JSON.stringify(wire)) as unknown;
          const back = fromLegacyRecord(json);
          expect(mapped(back.dossier)).toEqual(mapped(dossier));
          // A yes/no written as 1/0 is read back as its payment channel (1 national portal, 0 not paid).
          const payment = dossier.flags.paidOnline === undefined ? {} : { onlinePayment: dossier.flags.paidOnline ? "national_portal" : "not_paid" };
          expect(back.extras).toEqual({ ...extras, ...payment });
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it("emits every date as yyyyMMddHHmmss in Vietnam time whatever the process time zone", () => {
    const r = toLegacyRecord({
      code: "000.00.53.H07-190506-0001",
      procedureCode: "1.001612",
      agencyCode: "000.00.53.H07",
      status: "returned",
      receivedAt: "2019-05-05T17:30:00Z",
      endedAt: new Date("2019-05-07T09:00:00.750Z"),
      applicant: { idNumber: "250123456" },
    });
    expect(r.NgayTiepNhan).toBe("20190506003000");
    expect(r.NgayKetThucXuLy).toBe("20190507160000");
    expect(r.NgayHenTra).toBe("");
    expect(r.HinhThuc).toBe("0");
    expect(r.KenhThucHien).toBe("1");
    expect(r.DinhDanhCHS).toEqual([{ LoaiDinhDanh: "2", SoDinhDanh: "250123456" }]);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it("parses the fixture written from the documented field list", () => {
    const { dossier, extras } = fromLegacyRecord(fixture("legacy-dongbohosomc.json"));
    expect(dossier).toMatchObject({
      code: "000.00.53.H07-190506-0001",
      procedureCode: "1.001612",
      agencyCode: "000.00.53.H07",
      channel: "direct",
      applicantKind: "citizen",
      applicant: { name: "Trần Thị B", idNumber: "083190000001", phone: "0912345678" },
      receivedAt: "2019-05-06T08:05:12+07:00",
      dueAt: "2019-05-09T17:00:00+07:00",
      endedAt: "2019-05-08T16:00:00+07:00",
      returnedAt: "2019-05-09T09:15:00+07:00",
      status: "returned",
      returnMethod: "desk",
      supplementRequests: [{ requestedAt: "2019-05-06T15:00:00+07:00", completedAt: "2019-05-07T09:00:00+07:00" }],
      flags: { digitised: true, paidOnline: false },
    });
    expect(dossier.handlingAgencyCode).toBeUndefined();
    expect(extras.documents[0]).toMatchObject({ id: "7731", componentCode: "1.001612.TP1", digitised: true, deleted: false });
    expect(extras.fees).toEqual([{ name: "Lệ phí đăng ký hộ kinh doanh", code: "LP01", amount: 100000, collection: "on_receipt", type: "regular" }]);
    expect(extras.supplements[0]).toMatchObject({ requestedBy: "Nguyễn Văn A", newDueAt: "2019-05-10T17:00:00+07:00" });
    expect(extras.results[0]?.code).toBe("KQ.1.001612");
    expect(extras.databaseCodes).toEqual(["CSDLQGDC"]);
    expect(extras.returnInfo).toBe("Trả tại quầy");
  });

  it("parses leniently: numbers, ISO and dd/MM/yyyy dates, SoCMND, JSON-string lists, booleans", () => {
    const { dossier, extras } = fromLegacyRecord(fixture("legacy-dongbohosomc-lenient.json"));
    expect(fromLegacyRecord({ ...fixture("legacy-dongbohosomc-lenient.json"), TrangThaiHoSo: "05", LoaiDoiTuong: 2.0 }).dossier.status).toBe("supplement_requested");
    expect(dossier.procedureCode).toBe("2.000635");
    expect(dossier.channel).toBe("online");
    expect(dossier.applicantKind).toBe("business");
    expect(dossier.applicant?.idNumber).toBe("250123456");
    expect(dossier.submittedAt).toBe("2022-10-02T21:14:00+07:00");
    expect(dossier.receivedAt).toBe("2022-10-03T08:00:00+07:00");
    expect(dossier.dueAt).toBe("2022-10-24T17:00:00+07:00");
    expect(dossier.status).toBe("supplement_requested");
    expect(dossier.returnMethod).toBeUndefined();
    expect(dossier.flags.paidOnline).toBe(true);
    expect(dossier.supplementRequests).toEqual([{ requestedAt: "2022-10-03T15:30:00+07:00", reason: "Thiếu bản vẽ mặt bằng" }]);
    expect(extras.documents).toEqual([{ name: "Ban ve.pdf", digitised: true }]);
    expect(extras.fees[0]).toMatchObject({ amount: 150000, collection: "on_return", type: "licensing" });
  });

  it("names every bad field of a malformed record, by wire name", () => {
    const error = errorOf(() =>
      fromLegacyRecord({
        MaHoSo: "",
        MaTTHC: { code: 1 },
        TrangThaiHoSo: "11",
        KenhThucHien: "4",
        HinhThuc: "2",
        LoaiDoiTuong: "0",
        NgayTiepNhan: "20190230080000",
        NgayHenTra: "2019-13-01",
        DuocThanhToanTrucTuyen: "maybe",
        TaiLieuNop: [{ TenTepDinhKem: "" }, "x"],
        DanhSachLePhi: [{ TenPhiLePhi: "Lệ phí", Gia: "một trăm", HinhThucThu: "3" }],
        DanhSachHoSoBoSung: [{ NgayBoSung: "" }],
        DinhDanhCHS: [{ LoaiDinhDanh: "9", SoDinhDanh: "1" }],
      }),
    );
    expect(error.code).toBe("invalid_record");
    expect(error.issues.map((i) => i.path.join("."))).toEqual([
      "MaHoSo",
      "MaTTHC",
      "TrangThaiHoSo",
      "KenhThucHien",
      "HinhThuc",
      "LoaiDoiTuong",
      "DinhDanhCHS.0.LoaiDinhDanh",
      "DanhSachHoSoBoSung.0.NgayBoSung",
      "DuocThanhToanTrucTuyen",
      "NgayTiepNhan",
      "NgayHenTra",
      "TaiLieuNop.0.TenTepDinhKem",
      "TaiLieuNop.1",
      "DanhSachLePhi.0.Gia",
      "DanhSachLePhi.0.HinhThucThu",
    ]);
    expect(error.message).toContain("MaHoSo");
  });

  it("reports dossier-level inconsistencies under the wire name", () => {
    const r = safeFromLegacyRecord({ MaHoSo: "X-190506-0001", MaTTHC: "1.001612", TrangThaiHoSo: "9", NgayTiepNhan: "20190510", NgayKetThucXuLy: "20190509" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([["NgayKetThucXuLy"]]);
  });

  it("rejects a non-object and an agency it cannot determine", () => {
    expect(safeFromLegacyRecord(null).error?.code).toBe("invalid_record");
    expect(safeFromLegacyRecord([1]).error?.issues[0]?.message).toMatch(/expected an object/);
    const r = safeFromLegacyRecord({ MaHoSo: "HS001", MaTTHC: "1.001612", TrangThaiHoSo: "2" });
    expect(r.error?.issues.map((i) => i.path)).toEqual([["DonViXuLy"]]);
    expect(fromLegacyRecord({ MaHoSo: "HS001", MaTTHC: "1.001612", TrangThaiHoSo: "2" }, { agencyCode: "A" }).dossier.agencyCode).toBe("A");
    expect(fromLegacyRecord({ MaHoSo: "HS001", MaTTHC: "1.001612", TrangThaiHoSo: "2", DonViXuLy: "B" }).dossier.agencyCode).toBe("B");
  });

  it("validates the whole dossier before emitting and emits nothing on error", () => {
    const r = safeToLegacyRecord(
      { code: "", procedureCode: "1.001612", agencyCode: "X", status: 12, receivedAt: "2019-02-30", applicant: { name: 5 } },
      { extras: { fees: [{ name: "", amount: -1 }], documents: [{ name: "ok", digitised: "yes" as unknown as boolean }], refusedAt: "nope" } },
    );
    expect(r.success).toBe(false);
    expect(r.data).toBeUndefined();
    expect(r.error?.code).toBe("invalid_record");
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([
      "MaHoSo",
      "ChuHoSo",
      "NgayTiepNhan",
      "TrangThaiHoSo",
      "NgayTuChoi",
      "TaiLieuNop.0.DuocSoHoa",
      "DanhSachLePhi.0.TenPhiLePhi",
      "DanhSachLePhi.0.Gia",
    ]);
  });

  it("refuses household business in the legacy list until the deployment maps it", () => {
    const dossier = { code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: 2, applicantKind: "household_business" } as const;
    const r = safeToLegacyRecord(dossier);
    expect(r.error?.issues.map((i) => i.path)).toEqual([["LoaiDoiTuong"]]);
    const mappings = createMappings({ legacyApplicantKinds: { household_business: "4" } });
    const wire = toLegacyRecord(dossier, { mappings });
    expect(wire.LoaiDoiTuong).toBe("4");
    // lossy on the way back: "4" reads as the first kind carrying it
    expect(fromLegacyRecord(wire, { mappings }).dossier.applicantKind).toBe("organization");
  });

  it("maps local procedure codes both ways and checks supplement details count", () => {
    const mappings = createMappings({ procedureCodes: { "BT-HKD-01": "1.001612" } });
    const dossier = { code: "X-190506-0001", procedureCode: "BT-HKD-01", agencyCode: "X", status: 4, handlingAgencyCode: "Y" } as const;
    const wire = toLegacyRecord(dossier, { mappings });
    expect(wire.MaTTHC).toBe("1.001612");
    expect(wire.DonViXuLy).toBe("Y");
    const back = fromLegacyRecord(wire, { mappings }).dossier;
    expect(back.procedureCode).toBe("BT-HKD-01");
    expect(back.handlingAgencyCode).toBe("Y");
    const extras: Partial<DossierExtras> = { supplements: [{ documents: [], fees: [] }] };
    expect(safeToLegacyRecord(dossier, { extras }).error?.issues.map((i) => i.path)).toEqual([["DanhSachHoSoBoSung"]]);
  });
});
