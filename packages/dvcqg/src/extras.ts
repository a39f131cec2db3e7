import { instantSchema } from "@hcc/core";
import * as z from "zod";
import { feeCollectionMethods, feeTypes } from "./code-lists.js";
import { onlinePaymentChannels } from "./payment-channel.js";

/**
 * A document the applicant submitted (`TaiLieuNop` item of the legacy sync): the file, its
 * component of the procedure (`MaThanhPhanHoSo`) and its digitisation flags.
 *
 * @example
 * ```ts
 * import { submittedDocumentSchema } from "@hcc/dvcqg";
 * submittedDocumentSchema.parse({ name: "Tờ khai.pdf", componentCode: "TP1", digitised: true }).name; //=> "Tờ khai.pdf"
 * ```
 *
 * @category Extras and code lists
 */
export const submittedDocumentSchema = /* @__PURE__ */ z.object({
  /** File id in the sending system (`TepDinhKemId`). */
  id: z.string().optional(),
  /** File name (`TenTepDinhKem`). */
  name: z.string().min(1),
  /** The procedure's document component (`MaThanhPhanHoSo`). */
  componentCode: z.string().optional(),
  /** Download address (`DuongDanTaiTepTin`). */
  url: z.string().optional(),
  /** Marked deleted (`IsDeleted`). */
  deleted: z.boolean().optional(),
  /** Digitised at intake (`DuocSoHoa`). */
  digitised: z.boolean().optional(),
  /** Reused from an earlier dossier (`DuocTaiSuDung`). */
  reused: z.boolean().optional(),
  /** Taken from the national repository (`DuocLayTuKhoDMQG`). */
  fromNationalRepository: z.boolean().optional(),
  /** The earlier result this document replaces (`MaKetQuaThayThe`). */
  replacedResultCode: z.string().optional(),
});

/**
 * A fee or charge levied on a dossier (`DanhSachLePhi` item): name, code, amount in VND, how it
 * is collected (`HinhThucThu`), its kind (`LoaiPhiLePhi`) and whether it is paid
 * (`TrangThaiThanhToan`, ministry portal).
 *
 * @example
 * ```ts
 * import { dossierFeeSchema } from "@hcc/dvcqg";
 * dossierFeeSchema.parse({ name: "Lệ phí", amount: 135000, collection: 1, type: "2" }).collection; //=> "on_receipt"
 * ```
 *
 * @category Extras and code lists
 */
export const dossierFeeSchema = /* @__PURE__ */ z.object({
  /** Fee name (`TenPhiLePhi`). */
  name: z.string().min(1),
  /** Fee code (`MaPhiLePhi`). */
  code: z.string().optional(),
  /** Amount in VND (`Gia`). */
  amount: z.number().finite().nonnegative(),
  /** When it is collected (`HinhThucThu`). */
  collection: feeCollectionMethods.schema.optional(),
  /** Kind of fee (`LoaiPhiLePhi`). */
  type: feeTypes.schema.optional(),
  /** Paid or not (`TrangThaiThanhToan`). */
  paid: z.boolean().optional(),
});

/**
 * A result document issued for a dossier (`DanhSachGiayToKetQua` item).
 *
 * @example
 * ```ts
 * import { resultDocumentSchema } from "@hcc/dvcqg";
 * resultDocumentSchema.parse({ name: "Giấy chứng nhận", code: "KQ01" }).code; //=> "KQ01"
 * ```
 *
 * @category Extras and code lists
 */
export const resultDocumentSchema = /* @__PURE__ */ z.object({
  /** Document name (`TenGiayTo`). */
  name: z.string().min(1),
  /** Component code (`MaThanhPhanHoSo`). */
  componentCode: z.string().optional(),
  /** Document id (`GiayToId`). */
  id: z.string().optional(),
  /** Download address (`DuongDanTepTinKetQua`). */
  url: z.string().optional(),
  /** Result code in the national repository (`MaGiayToKetQua`). */
  code: z.string().optional(),
});

/**
 * A paper attachment outside the procedure's list (`DanhSachTepDinhKemKhac` item).
 *
 * @example
 * ```ts
 * import { otherAttachmentSchema } from "@hcc/dvcqg";
 * otherAttachmentSchema.parse({ name: "Giấy ủy quyền", count: 1 }).count; //=> 1
 * ```
 *
 * @category Extras and code lists
 */
export const otherAttachmentSchema = /* @__PURE__ */ z.object({
  /** Name (`TenGiayTo`). */
  name: z.string().min(1),
  /** Number of sheets or copies (`SoLuong`). */
  count: z.number().int().nonnegative().optional(),
  /** Sender-specific kind code (`LoaiGiayTo`). */
  kind: z.number().int().nonnegative().optional(),
});

/**
 * The parts of a supplement round (`DanhSachHoSoBoSung` item) that the core
 * `SupplementRequest` does not hold: who asked, who received, the appointment before and after.
 *
 * @example
 * ```ts
 * import { supplementDetailsSchema } from "@hcc/dvcqg";
 * supplementDetailsSchema.parse({ requestedBy: "Nguyễn Văn A" }).documents; //=> []
 * ```
 *
 * @category Extras and code lists
 */
export const supplementDetailsSchema = /* @__PURE__ */ z.object({
  /** Official who asked for the supplement (`NguoiYeuCauBoSung`). */
  requestedBy: z.string().optional(),
  /** Official who received it (`NguoiTiepNhanBoSung`). */
  receivedBy: z.string().optional(),
  /** Receipt remarks (`ThongTinTiepNhan`). */
  receiptInfo: z.string().optional(),
  /** Appointment before the supplement (`NgayHenTraTruoc`). */
  previousDueAt: instantSchema.optional(),
  /** New appointment after it (`NgayHenTraMoi`). */
  newDueAt: instantSchema.optional(),
  /** Documents supplied (`DanhSachGiayToBoSung`). */
  documents: z.array(submittedDocumentSchema).default([]),
  /** Fees added (`DanhSachLePhiBoSung`). */
  fees: z.array(dossierFeeSchema).default([]),
});

/**
 * Everything a legacy sync record carries that the core `Dossier` does not: contact remarks,
 * return information, notes, the refusal date, the document / fee / result lists, per-supplement
 * details (by index of `dossier.supplementRequests`) and connected databases.
 *
 * @example
 * ```ts
 * import { dossierExtrasSchema } from "@hcc/dvcqg";
 * dossierExtrasSchema.parse({ note: "Hồ sơ liên thông" }).fees; //=> []
 * ```
 *
 * @category Extras and code lists
 */
export const dossierExtrasSchema = /* @__PURE__ */ z.object({
  /** Applicant's own code in the sender (`MaDoiTuong`). */
  subjectCode: z.string().optional(),
  /** Other contact information (`ThongTinKhac`). */
  otherInfo: z.string().optional(),
  /** Fax (`Fax`). */
  fax: z.string().optional(),
  /** How the result was handed over (`ThongTinTra`). */
  returnInfo: z.string().optional(),
  /** Free remark (`GhiChu`). */
  note: z.string().optional(),
  /** Refusal date (`NgayTuChoi`). */
  refusedAt: instantSchema.optional(),
  /** Where the dossier was filed, as the sender codes it (`NoiNopHoSo`). */
  submissionPlace: z.string().optional(),
  /** The applicant's account was verified with VNeID (`TaiKhoanDuocXacThucVoiVNeID`). */
  vneidVerified: z.boolean().optional(),
  /**
   * How the fees were paid (`DuocThanhToanTrucTuyen` 0–3, see `onlinePaymentChannels`); kept so
   * that a record is written back with the code it was read with. The dossier's
   * `flags.paidOnline` says the same as a yes/no.
   */
  onlinePayment: onlinePaymentChannels.schema.optional(),
  /** Submitted documents (`TaiLieuNop`). */
  documents: z.array(submittedDocumentSchema).default([]),
  /** Fees (`DanhSachLePhi`). */
  fees: z.array(dossierFeeSchema).default([]),
  /** Other attachments (`DanhSachTepDinhKemKhac`). */
  otherAttachments: z.array(otherAttachmentSchema).default([]),
  /** Result documents (`DanhSachGiayToKetQua`). */
  results: z.array(resultDocumentSchema).default([]),
  /** Per supplement round, same index as `dossier.supplementRequests`. */
  supplements: z.array(supplementDetailsSchema).default([]),
  /** Connected national databases consulted (`DSKetNoiCSDL[].MaCSDL`). */
  databaseCodes: z.array(z.string().min(1)).default([]),
});

/**
 * A submitted document (see {@link submittedDocumentSchema}).
 *
 * @example
 * ```ts
 * import { type SubmittedDocument } from "@hcc/dvcqg";
 * const doc: SubmittedDocument = { name: "Tờ khai.pdf" };
 * ```
 *
 * @category Extras and code lists
 */
export interface SubmittedDocument extends z.output<typeof submittedDocumentSchema> {}
/**
 * A dossier fee (see {@link dossierFeeSchema}).
 *
 * @example
 * ```ts
 * import { type DossierFee } from "@hcc/dvcqg";
 * const fee: DossierFee = { name: "Lệ phí", amount: 100000, collection: "on_receipt" };
 * ```
 *
 * @category Extras and code lists
 */
export interface DossierFee extends z.output<typeof dossierFeeSchema> {}
/**
 * What {@link dossierFeeSchema} accepts (codes as numbers or strings too).
 *
 * @example
 * ```ts
 * import { type DossierFeeInput } from "@hcc/dvcqg";
 * const fee: DossierFeeInput = { name: "Lệ phí", amount: 100000, collection: 4 };
 * ```
 *
 * @category Extras and code lists
 */
export interface DossierFeeInput extends z.input<typeof dossierFeeSchema> {}
/**
 * A result document (see {@link resultDocumentSchema}).
 *
 * @example
 * ```ts
 * import { type ResultDocument } from "@hcc/dvcqg";
 * const result: ResultDocument = { name: "Giấy phép" };
 * ```
 *
 * @category Extras and code lists
 */
export interface ResultDocument extends z.output<typeof resultDocumentSchema> {}
/**
 * Another attachment (see {@link otherAttachmentSchema}).
 *
 * @example
 * ```ts
 * import { type OtherAttachment } from "@hcc/dvcqg";
 * const other: OtherAttachment = { name: "Giấy ủy quyền", count: 1 };
 * ```
 *
 * @category Extras and code lists
 */
export interface OtherAttachment extends z.output<typeof otherAttachmentSchema> {}
/**
 * Supplement details (see {@link supplementDetailsSchema}).
 *
 * @example
 * ```ts
 * import { type SupplementDetails } from "@hcc/dvcqg";
 * const s: SupplementDetails = { requestedBy: "Cán bộ A", documents: [], fees: [] };
 * ```
 *
 * @category Extras and code lists
 */
export interface SupplementDetails extends z.output<typeof supplementDetailsSchema> {}
/**
 * The legacy record's extra content (see {@link dossierExtrasSchema}).
 *
 * @example
 * ```ts
 * import { dossierExtrasSchema, type DossierExtras } from "@hcc/dvcqg";
 * const extras: DossierExtras = dossierExtrasSchema.parse({});
 * ```
 *
 * @category Extras and code lists
 */
export interface DossierExtras extends z.output<typeof dossierExtrasSchema> {}
/**
 * What {@link dossierExtrasSchema} accepts (lists optional).
 *
 * @example
 * ```ts
 * import { type DossierExtrasInput } from "@hcc/dvcqg";
 * const extras: DossierExtrasInput = { fees: [{ name: "Lệ phí", amount: 50000 }] };
 * ```
 *
 * @category Extras and code lists
 */
export interface DossierExtrasInput extends z.input<typeof dossierExtrasSchema> {}
