// Wire <-> domain converters for the list items shared by the legacy and ministry formats, each
// described once by its field table (see wire.ts).
import type { DossierFee, OtherAttachment, ResultDocument, SubmittedDocument } from "../extras.js";
import { feeCollectionMethods, feeTypes } from "../code-lists.js";
import type { LegacyDocument, LegacyFee, LegacyOtherAttachment, LegacyResult } from "../legacy-wire.js";
import type { Issues, Path } from "./read.js";
import { amountField, codeField, flagField, intField, optionalFlagField, textField, wireRecord } from "./wire.js";

export const flag = (value: boolean | undefined): string => (value === undefined ? "" : value ? "1" : "0");
export const text = (value: string | undefined): string => value ?? "";

/** Copies the defined properties of `source` (exactOptionalPropertyTypes-friendly). */
export function defined<T extends object>(source: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** A submitted document (`TaiLieuNop[]`, `DanhSachGiayToBoSung[]`). */
export const documentRecord = /* @__PURE__ */ wireRecord<SubmittedDocument, LegacyDocument>([
  textField("id", "TepDinhKemId"),
  textField("name", "TenTepDinhKem", { required: true }),
  flagField("deleted", "IsDeleted"),
  textField("componentCode", "MaThanhPhanHoSo"),
  textField("url", "DuongDanTaiTepTin"),
  flagField("digitised", "DuocSoHoa"),
  flagField("reused", "DuocTaiSuDung"),
  flagField("fromNationalRepository", "DuocLayTuKhoDMQG"),
  textField("replacedResultCode", "MaKetQuaThayThe"),
]);

/** A fee (`DanhSachLePhi[]`); the amount is also read from `SoTien`, `TrangThaiThanhToan` is emitted only when known. */
export const feeRecord = /* @__PURE__ */ wireRecord<DossierFee, LegacyFee>([
  textField("name", "TenPhiLePhi", { required: true }),
  textField("code", "MaPhiLePhi"),
  codeField("collection", "HinhThucThu", feeCollectionMethods, { as: "string" }),
  amountField("amount", "Gia", ["SoTien"]),
  codeField("type", "LoaiPhiLePhi", feeTypes, { as: "string" }),
  optionalFlagField("paid", "TrangThaiThanhToan"),
]);

/** A result document (`DanhSachGiayToKetQua[]`). */
export const resultRecord = /* @__PURE__ */ wireRecord<ResultDocument, LegacyResult>([
  textField("name", "TenGiayTo", { required: true }),
  textField("componentCode", "MaThanhPhanHoSo"),
  textField("id", "GiayToId"),
  textField("url", "DuongDanTepTinKetQua"),
  textField("code", "MaGiayToKetQua"),
]);

/** Another attachment (`DanhSachTepDinhKemKhac[]`). */
export const otherRecord = /* @__PURE__ */ wireRecord<OtherAttachment, LegacyOtherAttachment>([
  textField("name", "TenGiayTo", { required: true }),
  intField("count", "SoLuong", { as: "string" }),
  intField("kind", "LoaiGiayTo", { as: "string" }),
]);

export const emitDocument = (doc: SubmittedDocument): LegacyDocument => documentRecord.write(doc);
export const readDocument = (raw: unknown, path: Path, issues: Issues): SubmittedDocument | undefined => documentRecord.read(raw, path, issues);
export const emitFee = (fee: DossierFee): LegacyFee => feeRecord.write(fee);
export const readFee = (raw: unknown, path: Path, issues: Issues): DossierFee | undefined => feeRecord.read(raw, path, issues);
export const emitResult = (result: ResultDocument): LegacyResult => resultRecord.write(result);
export const readResult = (raw: unknown, path: Path, issues: Issues): ResultDocument | undefined => resultRecord.read(raw, path, issues);
export const emitOther = (other: OtherAttachment): LegacyOtherAttachment => otherRecord.write(other);
export const readOther = (raw: unknown, path: Path, issues: Issues): OtherAttachment | undefined => otherRecord.read(raw, path, issues);
