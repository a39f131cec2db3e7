// The wire records of the portal's legacy dossier sync (DongBoHoSoMC), as emitted: every value a
// string. Read and written by legacy-record.ts; their list items by _internal/parts.ts.

/**
 * A submitted-document item of the legacy sync (`TaiLieuNop[]`); every value a string, flags
 * `"1"`/`"0"`, `""` when unknown.
 *
 * @example
 * ```ts
 * import { type LegacyDocument } from "@hcc/dvcqg";
 * const doc: LegacyDocument = {
 *   TepDinhKemId: "", TenTepDinhKem: "To khai.pdf", IsDeleted: "0", MaThanhPhanHoSo: "TP1",
 *   DuongDanTaiTepTin: "", DuocSoHoa: "1", DuocTaiSuDung: "0", DuocLayTuKhoDMQG: "", MaKetQuaThayThe: "",
 * };
 * ```
 *
 * @category Legacy records
 */
export interface LegacyDocument {
  /** File id in the sender. */
  TepDinhKemId: string;
  /** File name. */
  TenTepDinhKem: string;
  /** `"1"` when deleted. */
  IsDeleted: string;
  /** Procedure document component code. */
  MaThanhPhanHoSo: string;
  /** Download address. */
  DuongDanTaiTepTin: string;
  /** `"1"` when digitised. */
  DuocSoHoa: string;
  /** `"1"` when reused. */
  DuocTaiSuDung: string;
  /** `"1"` when taken from the national repository. */
  DuocLayTuKhoDMQG: string;
  /** Result code replaced by this document. */
  MaKetQuaThayThe: string;
}

/**
 * A fee item (`DanhSachLePhi[]`, also used by the ministry portal).
 *
 * @example
 * ```ts
 * import { type LegacyFee } from "@hcc/dvcqg";
 * const fee: LegacyFee = { TenPhiLePhi: "Lệ phí", MaPhiLePhi: "LP01", HinhThucThu: "1", Gia: "50000", LoaiPhiLePhi: "1" };
 * ```
 *
 * @category Legacy records
 */
export interface LegacyFee {
  /** Fee name. */
  TenPhiLePhi: string;
  /** Fee code. */
  MaPhiLePhi: string;
  /** 1 on receipt, 2 with a supplement, 4 on return. */
  HinhThucThu: string;
  /** Amount in VND, digits. */
  Gia: string;
  /** 1 ordinary, 2 licensing, 3 renewal. */
  LoaiPhiLePhi: string;
  /** `"1"` paid, `"0"` unpaid; only when known. */
  TrangThaiThanhToan?: string;
}

/**
 * A result-document item (`DanhSachGiayToKetQua[]`).
 *
 * @example
 * ```ts
 * import { type LegacyResult } from "@hcc/dvcqg";
 * const r: LegacyResult = { TenGiayTo: "Giấy phép", MaThanhPhanHoSo: "", GiayToId: "1", DuongDanTepTinKetQua: "", MaGiayToKetQua: "" };
 * ```
 *
 * @category Legacy records
 */
export interface LegacyResult {
  /** Document name. */
  TenGiayTo: string;
  /** Component code. */
  MaThanhPhanHoSo: string;
  /** Document id. */
  GiayToId: string;
  /** Download address. */
  DuongDanTepTinKetQua: string;
  /** Result code in the national repository. */
  MaGiayToKetQua: string;
}

/**
 * Another attachment (`DanhSachTepDinhKemKhac[]`).
 *
 * @example
 * ```ts
 * import { type LegacyOtherAttachment } from "@hcc/dvcqg";
 * const a: LegacyOtherAttachment = { TenGiayTo: "Giấy ủy quyền", SoLuong: "1", LoaiGiayTo: "" };
 * ```
 *
 * @category Legacy records
 */
export interface LegacyOtherAttachment {
  /** Name. */
  TenGiayTo: string;
  /** Count, digits or `""`. */
  SoLuong: string;
  /** Sender's kind code, digits or `""`. */
  LoaiGiayTo: string;
}

/**
 * The applicant's identifier (`DinhDanhCHS[]`): type 1 CCCD (12 digits), 2 CMND (9 digits).
 *
 * @example
 * ```ts
 * import { type LegacyIdentity } from "@hcc/dvcqg";
 * const id: LegacyIdentity = { LoaiDinhDanh: "1", SoDinhDanh: "083190000001" };
 * ```
 *
 * @category Legacy records
 */
export interface LegacyIdentity {
  /** `"1"` personal id, `"2"` legacy id card. */
  LoaiDinhDanh: string;
  /** The number. */
  SoDinhDanh: string;
}

/**
 * A supplement round (`DanhSachHoSoBoSung[]`).
 *
 * @example
 * ```ts
 * import { type LegacySupplement } from "@hcc/dvcqg";
 * const s: LegacySupplement = {
 *   HoSoBoSungId: "1", NguoiYeuCauBoSung: "", NoiDungBoSung: "Thiếu bản sao", NgayBoSung: "20240301090000",
 *   NguoiTiepNhanBoSung: "", ThongTinTiepNhan: "", NgayTiepNhanBoSung: "", TrangThaiBoSung: "0",
 *   DanhSachGiayToBoSung: [], DanhSachLePhiBoSung: [], NgayHenTraTruoc: "", NgayHenTraMoi: "",
 * };
 * ```
 *
 * @category Legacy records
 */
export interface LegacySupplement {
  /** 1-based sequence number. */
  HoSoBoSungId: string;
  /** Official who asked. */
  NguoiYeuCauBoSung: string;
  /** What is asked for. */
  NoiDungBoSung: string;
  /** When it was asked, `yyyyMMddHHmmss`. */
  NgayBoSung: string;
  /** Official who received the supplement. */
  NguoiTiepNhanBoSung: string;
  /** Receipt remarks. */
  ThongTinTiepNhan: string;
  /** When the complete supplement was received, `yyyyMMddHHmmss` or `""`. */
  NgayTiepNhanBoSung: string;
  /** `"1"` when the supplement is complete. */
  TrangThaiBoSung: string;
  /** Documents supplied. */
  DanhSachGiayToBoSung: LegacyDocument[];
  /** Fees added. */
  DanhSachLePhiBoSung: LegacyFee[];
  /** Appointment before, `yyyyMMddHHmmss` or `""`. */
  NgayHenTraTruoc: string;
  /** New appointment, `yyyyMMddHHmmss` or `""`. */
  NgayHenTraMoi: string;
}

/**
 * The legacy dossier sync record (`service: "DongBoHoSoMC"`), as emitted: every scalar a string
 * (`""` when unknown), every date `yyyyMMddHHmmss` in Vietnam time, every list present.
 *
 * @example
 * ```ts
 * import { toLegacyRecord, type LegacyDossierRecord } from "@hcc/dvcqg";
 * const record: LegacyDossierRecord = toLegacyRecord({
 *   code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: "received",
 * });
 * record.TrangThaiHoSo; //=> "2"
 * ```
 *
 * @category Legacy records
 */
export interface LegacyDossierRecord {
  /** Dossier code. */
  MaHoSo: string;
  /** National procedure code. */
  MaTTHC: string;
  /** Procedure name. */
  TenTTHC: string;
  /** Field (sector) code. */
  MaLinhVuc: string;
  /** Field (sector) name. */
  TenLinhVuc: string;
  /** Channel: 1 direct, 2 online, 3 postal. */
  KenhThucHien: string;
  /** Applicant name. */
  ChuHoSo: string;
  /** Applicant kind (legacy list: 1 citizen, 2 business, 3 state agency, 4 organisation). */
  LoaiDoiTuong: string;
  /** Applicant's code in the sender. */
  MaDoiTuong: string;
  /** Applicant's identification number. */
  SoGiayToChuHoSo: string;
  /** Applicant's identifiers with their type. */
  DinhDanhCHS: LegacyIdentity[];
  /** Other contact information. */
  ThongTinKhac: string;
  /** E-mail. */
  Email: string;
  /** Fax. */
  Fax: string;
  /** Telephone. */
  SoDienThoai: string;
  /** Summary of the request. */
  TrichYeuHoSo: string;
  /** Submission time (online filing). */
  NgayNopHoSo: string;
  /** Receipt time (clock start). */
  NgayTiepNhan: string;
  /** Due date (appointment). */
  NgayHenTra: string;
  /** National status 1–10. */
  TrangThaiHoSo: string;
  /** Time the result was returned. */
  NgayTra: string;
  /** How the result was handed over. */
  ThongTinTra: string;
  /** Return method: 0 at the desk, 1 by post. */
  HinhThuc: string;
  /** End of processing. */
  NgayKetThucXuLy: string;
  /** Refusal time. */
  NgayTuChoi: string;
  /** Processing agency code. */
  DonViXuLy: string;
  /** Where the dossier was filed, as the sender codes it. */
  NoiNopHoSo: string;
  /** Remark. */
  GhiChu: string;
  /** `"1"` when the dossier has digitised components. */
  HoSoCoThanhPhanSoHoa: string;
  /** Online payment: `"0"` not paid online, `"1"` national portal, `"2"` provincial gateway, `"3"` not paid online (one vendor's code). */
  DuocThanhToanTrucTuyen: string;
  /** `"1"` when the applicant's account is VNeID-verified. */
  TaiKhoanDuocXacThucVoiVNeID: string;
  /** Submitted documents. */
  TaiLieuNop: LegacyDocument[];
  /** Fees. */
  DanhSachLePhi: LegacyFee[];
  /** Other attachments. */
  DanhSachTepDinhKemKhac: LegacyOtherAttachment[];
  /** Supplement rounds. */
  DanhSachHoSoBoSung: LegacySupplement[];
  /** Result documents. */
  DanhSachGiayToKetQua: LegacyResult[];
  /** Connected databases consulted. */
  DSKetNoiCSDL: { MaCSDL: string }[];
}
