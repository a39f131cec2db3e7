// Wire <-> domain converters for the list items shared by the legacy and ministry formats.
import type { DossierFee, OtherAttachment, ResultDocument, SubmittedDocument } from "../extras.js";
import { feeCollectionMethods, feeTypes } from "../code-lists.js";
import type { LegacyDocument, LegacyFee, LegacyOtherAttachment, LegacyResult } from "../legacy-record.js";
import { isBlank, readAmount, readCode, readFlag, readInt, readObject, readText, type Issues, type Path } from "./read.js";

export const flag = (value: boolean | undefined): string => (value === undefined ? "" : value ? "1" : "0");
export const text = (value: string | undefined): string => value ?? "";

/** Copies the defined properties of `source` (exactOptionalPropertyTypes-friendly). */
export function defined<T extends object>(source: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined) out[k] = v;
  return out as T;
}

export function emitDocument(doc: SubmittedDocument): LegacyDocument {
  return {
    TepDinhKemId: text(doc.id),
    TenTepDinhKem: doc.name,
    IsDeleted: flag(doc.deleted),
    MaThanhPhanHoSo: text(doc.componentCode),
    DuongDanTaiTepTin: text(doc.url),
    DuocSoHoa: flag(doc.digitised),
    DuocTaiSuDung: flag(doc.reused),
    DuocLayTuKhoDMQG: flag(doc.fromNationalRepository),
    MaKetQuaThayThe: text(doc.replacedResultCode),
  };
}

export function readDocument(raw: unknown, path: Path, issues: Issues): SubmittedDocument | undefined {
  const o = readObject(raw, path, issues);
  if (o === undefined) return undefined;
  const name = readText(o["TenTepDinhKem"], [...path, "TenTepDinhKem"], issues, true);
  const doc = defined<SubmittedDocument>({
    id: readText(o["TepDinhKemId"], [...path, "TepDinhKemId"], issues),
    name: name ?? "",
    componentCode: readText(o["MaThanhPhanHoSo"], [...path, "MaThanhPhanHoSo"], issues),
    url: readText(o["DuongDanTaiTepTin"], [...path, "DuongDanTaiTepTin"], issues),
    deleted: readFlag(o["IsDeleted"], [...path, "IsDeleted"], issues),
    digitised: readFlag(o["DuocSoHoa"], [...path, "DuocSoHoa"], issues),
    reused: readFlag(o["DuocTaiSuDung"], [...path, "DuocTaiSuDung"], issues),
    fromNationalRepository: readFlag(o["DuocLayTuKhoDMQG"], [...path, "DuocLayTuKhoDMQG"], issues),
    replacedResultCode: readText(o["MaKetQuaThayThe"], [...path, "MaKetQuaThayThe"], issues),
  });
  return name === undefined ? undefined : doc;
}

export function emitFee(fee: DossierFee): LegacyFee {
  const wire: LegacyFee = {
    TenPhiLePhi: fee.name,
    MaPhiLePhi: text(fee.code),
    HinhThucThu: fee.collection === undefined ? "" : String(feeCollectionMethods.toCode(fee.collection)),
    Gia: String(fee.amount),
    LoaiPhiLePhi: fee.type === undefined ? "" : String(feeTypes.toCode(fee.type)),
  };
  if (fee.paid !== undefined) wire.TrangThaiThanhToan = flag(fee.paid);
  return wire;
}

export function readFee(raw: unknown, path: Path, issues: Issues): DossierFee | undefined {
  const o = readObject(raw, path, issues);
  if (o === undefined) return undefined;
  const name = readText(o["TenPhiLePhi"], [...path, "TenPhiLePhi"], issues, true);
  const amountRaw = isBlank(o["Gia"]) ? o["SoTien"] : o["Gia"];
  const amount = readAmount(amountRaw, [...path, "Gia"], issues);
  if (isBlank(amountRaw)) issues.push({ path: [...path, "Gia"], message: "required amount is missing" });
  const fee = defined<DossierFee>({
    name: name ?? "",
    code: readText(o["MaPhiLePhi"], [...path, "MaPhiLePhi"], issues),
    amount: amount ?? 0,
    collection: readCode(o["HinhThucThu"], feeCollectionMethods, [...path, "HinhThucThu"], issues),
    type: readCode(o["LoaiPhiLePhi"], feeTypes, [...path, "LoaiPhiLePhi"], issues),
    paid: readFlag(o["TrangThaiThanhToan"], [...path, "TrangThaiThanhToan"], issues),
  });
  return name === undefined || amount === undefined ? undefined : fee;
}

export function emitResult(result: ResultDocument): LegacyResult {
  return {
    TenGiayTo: result.name,
    MaThanhPhanHoSo: text(result.componentCode),
    GiayToId: text(result.id),
    DuongDanTepTinKetQua: text(result.url),
    MaGiayToKetQua: text(result.code),
  };
}

export function readResult(raw: unknown, path: Path, issues: Issues): ResultDocument | undefined {
  const o = readObject(raw, path, issues);
  if (o === undefined) return undefined;
  const name = readText(o["TenGiayTo"], [...path, "TenGiayTo"], issues, true);
  const result = defined<ResultDocument>({
    name: name ?? "",
    componentCode: readText(o["MaThanhPhanHoSo"], [...path, "MaThanhPhanHoSo"], issues),
    id: readText(o["GiayToId"], [...path, "GiayToId"], issues),
    url: readText(o["DuongDanTepTinKetQua"], [...path, "DuongDanTepTinKetQua"], issues),
    code: readText(o["MaGiayToKetQua"], [...path, "MaGiayToKetQua"], issues),
  });
  return name === undefined ? undefined : result;
}

export function emitOther(other: OtherAttachment): LegacyOtherAttachment {
  return {
    TenGiayTo: other.name,
    SoLuong: other.count === undefined ? "" : String(other.count),
    LoaiGiayTo: other.kind === undefined ? "" : String(other.kind),
  };
}

export function readOther(raw: unknown, path: Path, issues: Issues): OtherAttachment | undefined {
  const o = readObject(raw, path, issues);
  if (o === undefined) return undefined;
  const name = readText(o["TenGiayTo"], [...path, "TenGiayTo"], issues, true);
  const other = defined<OtherAttachment>({
    name: name ?? "",
    count: readInt(o["SoLuong"], [...path, "SoLuong"], issues),
    kind: readInt(o["LoaiGiayTo"], [...path, "LoaiGiayTo"], issues),
  });
  return name === undefined ? undefined : other;
}
