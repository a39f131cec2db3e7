// Validation of domain objects before emission, with issue paths translated to wire names.
import { dossierSchema, type Dossier } from "@hcc/core";
import type * as z from "zod";
import { dossierExtrasSchema, type DossierExtras } from "../extras.js";
import { defined, documentRecord, feeRecord, otherRecord, resultRecord } from "./parts.js";
import { translateIssues, type PathTable } from "./paths.js";
import type { Issues } from "./read.js";

const DOC_PATHS: PathTable = documentRecord.paths;
const FEE_PATHS: PathTable = feeRecord.paths;
const RESULT_PATHS: PathTable = resultRecord.paths;

export const DOSSIER_PATHS: PathTable = {
  code: "MaHoSo",
  procedureCode: "MaTTHC",
  procedureName: "TenTTHC",
  fieldCode: "MaLinhVuc",
  fieldName: "TenLinhVuc",
  agencyCode: "DonViXuLy",
  handlingAgencyCode: "DonViXuLy",
  channel: "KenhThucHien",
  applicantKind: "LoaiDoiTuong",
  applicant: ["", { name: "ChuHoSo", idNumber: "SoGiayToChuHoSo", phone: "SoDienThoai", email: "Email" }],
  summary: "TrichYeuHoSo",
  submittedAt: "NgayNopHoSo",
  receivedAt: "NgayTiepNhan",
  dueAt: "NgayHenTra",
  endedAt: "NgayKetThucXuLy",
  returnedAt: "NgayTra",
  status: "TrangThaiHoSo",
  returnMethod: "HinhThuc",
  supplementRequests: ["DanhSachHoSoBoSung", { requestedAt: "NgayBoSung", completedAt: "NgayTiepNhanBoSung", reason: "NoiDungBoSung" }],
  flags: ["", { digitised: "HoSoCoThanhPhanSoHoa", paidOnline: "DuocThanhToanTrucTuyen" }],
};

const EXTRAS_PATHS: PathTable = {
  subjectCode: "MaDoiTuong",
  otherInfo: "ThongTinKhac",
  fax: "Fax",
  returnInfo: "ThongTinTra",
  note: "GhiChu",
  refusedAt: "NgayTuChoi",
  submissionPlace: "NoiNopHoSo",
  vneidVerified: "TaiKhoanDuocXacThucVoiVNeID",
  onlinePayment: "DuocThanhToanTrucTuyen",
  documents: ["TaiLieuNop", DOC_PATHS],
  fees: ["DanhSachLePhi", FEE_PATHS],
  otherAttachments: ["DanhSachTepDinhKemKhac", otherRecord.paths],
  results: ["DanhSachGiayToKetQua", RESULT_PATHS],
  supplements: [
    "DanhSachHoSoBoSung",
    {
      requestedBy: "NguoiYeuCauBoSung",
      receivedBy: "NguoiTiepNhanBoSung",
      receiptInfo: "ThongTinTiepNhan",
      previousDueAt: "NgayHenTraTruoc",
      newDueAt: "NgayHenTraMoi",
      documents: ["DanhSachGiayToBoSung", DOC_PATHS],
      fees: ["DanhSachLePhiBoSung", FEE_PATHS],
    },
  ],
  databaseCodes: ["DSKetNoiCSDL", { "*": "MaCSDL" }],
};

/** Validates a dossier and extras, translating issue paths to wire field names. */
export function validateDossierAndExtras(
  dossier: unknown,
  extras: unknown,
  issues: Issues,
  dossierPaths: PathTable = DOSSIER_PATHS,
  extrasSchema: z.ZodType<DossierExtras> = dossierExtrasSchema,
): { dossier?: Dossier; extras?: DossierExtras } {
  const d = dossierSchema.safeParse(dossier);
  if (!d.success) issues.push(...translateIssues(d.error, dossierPaths));
  const x = extrasSchema.safeParse(extras ?? {});
  if (!x.success) issues.push(...translateIssues(x.error, EXTRAS_PATHS));
  return defined({ dossier: d.success ? d.data : undefined, extras: x.success ? x.data : undefined });
}

