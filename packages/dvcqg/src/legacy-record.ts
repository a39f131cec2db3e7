// The legacy national adapter's dossier record (DongBoHoSoMC), both ways: toLegacyRecord and
// fromLegacyRecord with their documented options. Over 400 lines on purpose: the writer and the
// reader of one wire record are kept side by side so a field cannot change on one side only; the
// field names and list items themselves are described once, in legacy-wire.ts and _internal/wire.ts.
import {
  HccError,
  channels,
  returnMethods,
  safeParseDossierCode,
  safely,
  type Dossier,
  type DossierInput,
  type SafeParseResult,
  type SupplementRequest,
} from "@hcc/core";
import { identityTypes } from "./code-lists.js";
import { readPayment, writePayment } from "./_internal/payment.js";
import { type DossierExtras, type DossierExtrasInput, type SupplementDetails } from "./extras.js";
import { DEFAULT_MAPPINGS, fromNationalProcedureCode, toNationalProcedureCode, type DvcqgMappings } from "./mappings.js";
import {
  defined,
  emitDocument,
  emitFee,
  emitOther,
  emitResult,
  flag,
  readDocument,
  readFee,
  readOther,
  readResult,
  text,
} from "./_internal/parts.js";
import {
  compact,
  deepFreeze,
  isBlank,
  issue,
  pick,
  readCode,
  readFlag,
  readInstant,
  readItems,
  readList,
  readMapped,
  readObject,
  readText,
  throwIfIssues,
  type Issues,
  type Path,
} from "./_internal/read.js";
import { validateDossierAndExtras } from "./_internal/validate.js";
import type { LegacyDocument, LegacyFee, LegacyResult, LegacyOtherAttachment, LegacyIdentity, LegacySupplement, LegacyDossierRecord } from "./legacy-wire.js";

export type { LegacyDocument, LegacyFee, LegacyResult, LegacyOtherAttachment, LegacyIdentity, LegacySupplement, LegacyDossierRecord } from "./legacy-wire.js";

/**
 * Options of {@link toLegacyRecord}.
 *
 * @example
 * ```ts
 * import { type ToLegacyRecordOptions } from "@hcc/dvcqg";
 * const options: ToLegacyRecordOptions = { extras: { note: "Liên thông" } };
 * ```
 *
 * @category Legacy records
 */
export interface ToLegacyRecordOptions {
  /** Content the core dossier does not hold (documents, fees, results…). */
  readonly extras?: DossierExtrasInput;
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

/**
 * Options of {@link fromLegacyRecord}.
 *
 * @example
 * ```ts
 * import { type FromLegacyRecordOptions } from "@hcc/dvcqg";
 * const options: FromLegacyRecordOptions = { agencyCode: "000.00.53.H07" };
 * ```
 *
 * @category Legacy records
 */
export interface FromLegacyRecordOptions {
  /**
   * The receiving agency. Default: the agency part of a `{agency}-{yyMMdd}-{sequence}` dossier code,
   * else `DonViXuLy`.
   */
  readonly agencyCode?: string;
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

/**
 * A legacy record read back: the core dossier and what the record carried beyond it.
 *
 * @example
 * ```ts
 * import { fromLegacyRecord, type LegacyConversion } from "@hcc/dvcqg";
 * const out: LegacyConversion = fromLegacyRecord({ MaHoSo: "X-190506-0001", MaTTHC: "1.001612", TrangThaiHoSo: "4" });
 * out.dossier.agencyCode; //=> "X"
 * ```
 *
 * @category Legacy records
 */
export interface LegacyConversion {
  /** The dossier. */
  readonly dossier: Dossier;
  /** Documents, fees, results, notes… */
  readonly extras: DossierExtras;
}

/** The receiving agency of a dossier code, by @hcc/core's one rule (`parseDossierCode`); undefined when it is none. */
function agencyOfDossierCode(code: string): string | undefined {
  const parsed = safeParseDossierCode(code);
  return parsed.success ? parsed.data.agencyCode : undefined;
}

/** 9 digits = CMND (type 2); anything else = personal id (type 1). */
function identityTypeOf(idNumber: string): string {
  return String(identityTypes.toCode(/^\d{9}$/.test(idNumber) ? "legacy_id_card" : "personal_id"));
}

/**
 * Writes a dossier as a legacy sync record (`DongBoHoSoMC`), strictly: all values strings, dates
 * `yyyyMMddHHmmss` Vietnam time (seconds; milliseconds are dropped), absent values `""`, lists
 * always present. The dossier and the extras are validated **in full first**: on any problem
 * nothing is returned and one `invalid_record` error lists every bad field by its wire name.
 *
 * Field rules: `DonViXuLy` is the handling agency, else the receiving one; `HinhThuc` defaults to
 * `"0"` (at the desk); `LoaiDoiTuong` uses the legacy list (a kind without a legacy code, e.g.
 * household business by default, is an error until the deployment maps it); `MaTTHC` goes through
 * `mappings.procedureCodes`; `DinhDanhCHS` is derived from the id number (9 digits → type 2).
 *
 * @param dossier - a core dossier (or dossier input)
 * @param options - extras and mappings
 * @returns the frozen wire record
 * @throws {HccError} `invalid_record` with `issues[].path` = wire field names
 * @example
 * ```ts
 * import { toLegacyRecord } from "@hcc/dvcqg";
 * const r = toLegacyRecord(
 *   { code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07",
 *     status: 10, channel: "postal", receivedAt: "2019-05-06T08:00", endedAt: "2019-05-08T10:30" },
 *   { extras: { fees: [{ name: "Lệ phí", amount: 100000, collection: "on_receipt" }] } },
 * );
 * r.NgayTiepNhan; //=> "20190506080000"
 * r.KenhThucHien; //=> "3"
 * r.DanhSachLePhi[0]?.Gia; //=> "100000"
 * ```
 *
 * @category Legacy records
 */
export function toLegacyRecord(dossier: DossierInput | Dossier, options: ToLegacyRecordOptions = {}): LegacyDossierRecord {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const issues: Issues = [];
  const { dossier: d, extras: x } = validateDossierAndExtras(dossier, options.extras, issues);
  if (d === undefined || x === undefined) {
    throwIfIssues(issues, "dossier for DongBoHoSoMC", dossier);
    throw new HccError("invariant_violation", "Validation reported no issue for an invalid value (a bug: please report it)", { value: issues });
  }
  let loaiDoiTuong = "";
  if (d.applicantKind !== undefined) {
    const code = mappings.legacyApplicantKinds[d.applicantKind];
    if (code === undefined) {
      issue(issues, ["LoaiDoiTuong"], `applicant kind ${JSON.stringify(d.applicantKind)} has no code in the legacy list; map it in legacyApplicantKinds`, d.applicantKind);
    } else loaiDoiTuong = code;
  }
  if (x.supplements.length > d.supplementRequests.length) {
    issue(issues, ["DanhSachHoSoBoSung"], `${x.supplements.length} supplement details for ${d.supplementRequests.length} supplement requests`);
  }
  const status = mappings.statusCodes[d.status];
  const payment = writePayment(x.onlinePayment, d.flags.paidOnline, issues);
  throwIfIssues(issues, "dossier for DongBoHoSoMC", dossier);

  const idNumber = d.applicant?.idNumber;
  const record: LegacyDossierRecord = {
    MaHoSo: d.code,
    MaTTHC: toNationalProcedureCode(d.procedureCode, mappings),
    TenTTHC: text(d.procedureName),
    MaLinhVuc: text(d.fieldCode),
    TenLinhVuc: text(d.fieldName),
    KenhThucHien: String(channels.toCode(d.channel)),
    ChuHoSo: text(d.applicant?.name),
    LoaiDoiTuong: loaiDoiTuong,
    MaDoiTuong: text(x.subjectCode),
    SoGiayToChuHoSo: text(idNumber),
    DinhDanhCHS: idNumber === undefined || idNumber === "" ? [] : [{ LoaiDinhDanh: identityTypeOf(idNumber), SoDinhDanh: idNumber }],
    ThongTinKhac: text(x.otherInfo),
    Email: text(d.applicant?.email),
    Fax: text(x.fax),
    SoDienThoai: text(d.applicant?.phone),
    TrichYeuHoSo: text(d.summary),
    NgayNopHoSo: compact(d.submittedAt),
    NgayTiepNhan: compact(d.receivedAt),
    NgayHenTra: compact(d.dueAt),
    TrangThaiHoSo: status,
    NgayTra: compact(d.returnedAt),
    ThongTinTra: text(x.returnInfo),
    HinhThuc: String(returnMethods.toCode(d.returnMethod ?? "desk")),
    NgayKetThucXuLy: compact(d.endedAt),
    NgayTuChoi: compact(x.refusedAt),
    DonViXuLy: d.handlingAgencyCode ?? d.agencyCode,
    NoiNopHoSo: text(x.submissionPlace),
    GhiChu: text(x.note),
    HoSoCoThanhPhanSoHoa: flag(d.flags.digitised),
    DuocThanhToanTrucTuyen: payment,
    TaiKhoanDuocXacThucVoiVNeID: flag(x.vneidVerified),
    TaiLieuNop: x.documents.map(emitDocument),
    DanhSachLePhi: x.fees.map(emitFee),
    DanhSachTepDinhKemKhac: x.otherAttachments.map(emitOther),
    DanhSachHoSoBoSung: d.supplementRequests.map((s, i) => emitSupplement(s, x.supplements[i], i)),
    DanhSachGiayToKetQua: x.results.map(emitResult),
    DSKetNoiCSDL: x.databaseCodes.map((MaCSDL) => ({ MaCSDL })),
  };
  return deepFreeze(record);
}

function emitSupplement(s: SupplementRequest, details: SupplementDetails | undefined, index: number): LegacySupplement {
  return {
    HoSoBoSungId: String(index + 1),
    NguoiYeuCauBoSung: text(details?.requestedBy),
    NoiDungBoSung: text(s.reason),
    NgayBoSung: compact(s.requestedAt),
    NguoiTiepNhanBoSung: text(details?.receivedBy),
    ThongTinTiepNhan: text(details?.receiptInfo),
    NgayTiepNhanBoSung: compact(s.completedAt),
    TrangThaiBoSung: s.completedAt === undefined ? "0" : "1",
    DanhSachGiayToBoSung: (details?.documents ?? []).map(emitDocument),
    DanhSachLePhiBoSung: (details?.fees ?? []).map(emitFee),
    NgayHenTraTruoc: compact(details?.previousDueAt),
    NgayHenTraMoi: compact(details?.newDueAt),
  };
}

/**
 * Non-throwing {@link toLegacyRecord}.
 *
 * @param dossier - a core dossier
 * @param options - extras and mappings
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeToLegacyRecord } from "@hcc/dvcqg";
 * const r = safeToLegacyRecord({ code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: 2, receivedAt: "2019-02-30" });
 * r.error?.issues[0]?.path; //=> ["NgayTiepNhan"]
 * ```
 *
 * @category Legacy records
 */
export function safeToLegacyRecord(dossier: unknown, options: ToLegacyRecordOptions = {}): SafeParseResult<LegacyDossierRecord> {
  return safely(() => toLegacyRecord(dossier as DossierInput, options));
}

function readSupplementList(raw: unknown, issues: Issues): { requests: SupplementRequest[]; details: SupplementDetails[] } {
  const requests: SupplementRequest[] = [];
  const details: SupplementDetails[] = [];
  readList(raw, ["DanhSachHoSoBoSung"], issues).forEach((item, i) => {
    const path: Path = ["DanhSachHoSoBoSung", i];
    const o = readObject(item, path, issues);
    if (o === undefined) return;
    const requestedAt = readInstant(o["NgayBoSung"], [...path, "NgayBoSung"], issues, true);
    const completedAt = readInstant(o["NgayTiepNhanBoSung"], [...path, "NgayTiepNhanBoSung"], issues);
    const reason = readText(o["NoiDungBoSung"], [...path, "NoiDungBoSung"], issues);
    readText(o["HoSoBoSungId"], [...path, "HoSoBoSungId"], issues);
    readFlag(o["TrangThaiBoSung"], [...path, "TrangThaiBoSung"], issues);
    const documents = readItems(o["DanhSachGiayToBoSung"], [...path, "DanhSachGiayToBoSung"], issues, readDocument);
    const fees = readItems(o["DanhSachLePhiBoSung"], [...path, "DanhSachLePhiBoSung"], issues, readFee);
    if (requestedAt !== undefined) requests.push(defined<SupplementRequest>({ requestedAt, completedAt, reason }));
    details.push(
      defined<SupplementDetails>({
        requestedBy: readText(o["NguoiYeuCauBoSung"], [...path, "NguoiYeuCauBoSung"], issues),
        receivedBy: readText(o["NguoiTiepNhanBoSung"], [...path, "NguoiTiepNhanBoSung"], issues),
        receiptInfo: readText(o["ThongTinTiepNhan"], [...path, "ThongTinTiepNhan"], issues),
        previousDueAt: readInstant(o["NgayHenTraTruoc"], [...path, "NgayHenTraTruoc"], issues),
        newDueAt: readInstant(o["NgayHenTraMoi"], [...path, "NgayHenTraMoi"], issues),
        documents,
        fees,
      }),
    );
  });
  return { requests, details };
}

function isEmptyDetails(d: SupplementDetails): boolean {
  return Object.keys(d).every((k) => k === "documents" || k === "fees") && d.documents.length === 0 && d.fees.length === 0;
}

/**
 * Reads a legacy sync record (`DongBoHoSoMC`) into a core dossier plus its extras, leniently:
 * values may be strings or numbers, dates `yyyyMMddHHmmss` (also 8/10/12 digits, a number, ISO
 * 8601, `yyyy-MM-dd HH:mm:ss` or `dd/MM/yyyy HH:mm:ss`), flags `1/0/true/false`, lists arrays or
 * JSON strings, `""`/`null` for absent; `SoCMND` is accepted for `SoGiayToChuHoSo`. Every bad
 * field is reported, by wire name, in one `invalid_record` error.
 *
 * @param input - the record as received (parsed JSON)
 * @param options - the receiving agency and mappings
 * @returns `{ dossier, extras }`, frozen
 * @throws {HccError} `invalid_record` with `issues[].path` = wire field names
 * @example
 * ```ts
 * import { fromLegacyRecord } from "@hcc/dvcqg";
 * const { dossier } = fromLegacyRecord({
 *   MaHoSo: "000.00.53.H07-190506-0001", MaTTHC: "1.001612", TrangThaiHoSo: 4,
 *   KenhThucHien: "2", NgayTiepNhan: 20190506080000, NgayHenTra: "2019-05-10 17:00:00",
 * });
 * dossier.dueAt; //=> "2019-05-10T17:00:00+07:00"
 * dossier.channel; //=> "online"
 * ```
 *
 * @category Legacy records
 */
export function fromLegacyRecord(input: unknown, options: FromLegacyRecordOptions = {}): LegacyConversion {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const issues: Issues = [];
  const o = readObject(input, [], issues);
  if (o === undefined) {
    if (isBlank(input)) issue(issues, [], "expected a DongBoHoSoMC record, got nothing", input);
    throwIfIssues(issues, "DongBoHoSoMC record", input);
    throw new HccError("invariant_violation", "Validation reported no issue for an invalid value (a bug: please report it)", { value: issues });
  }
  const r = (name: string, required = false): string | undefined => readText(o[name], [name], issues, required);
  const at = (name: string): string | undefined => readInstant(o[name], [name], issues);
  const f = (name: string): boolean | undefined => readFlag(o[name], [name], issues);

  const code = r("MaHoSo", true);
  const nationalProcedure = r("MaTTHC", true);
  const statusRaw = o["TrangThaiHoSo"];
  if (isBlank(statusRaw)) issue(issues, ["TrangThaiHoSo"], "required dossier status is missing", statusRaw);
  const status = readMapped(statusRaw, mappings.statusCodes, "dossier status", ["TrangThaiHoSo"], issues);
  const channel = readCode(o["KenhThucHien"], channels, ["KenhThucHien"], issues) ?? "direct";
  const returnMethod = readCode(o["HinhThuc"], returnMethods, ["HinhThuc"], issues);
  const applicantKind = readMapped(o["LoaiDoiTuong"], mappings.legacyApplicantKinds, "applicant kind (legacy list)", ["LoaiDoiTuong"], issues);

  const idField = pick(o, "SoGiayToChuHoSo", "SoCMND");
  let idNumber = readText(idField.value, [idField.name], issues);
  readItems(o["DinhDanhCHS"], ["DinhDanhCHS"], issues, (raw, path, iss) => {
    const item = readObject(raw, path, iss);
    if (item === undefined) return undefined;
    readCode(item["LoaiDinhDanh"], identityTypes, [...path, "LoaiDinhDanh"], iss);
    const number = readText(item["SoDinhDanh"], [...path, "SoDinhDanh"], iss, true);
    if (idNumber === undefined && number !== undefined) idNumber = number;
    return number;
  });

  const donViXuLy = r("DonViXuLy");
  const agencyCode = options.agencyCode ?? (code === undefined ? undefined : agencyOfDossierCode(code)) ?? donViXuLy;
  if (agencyCode === undefined && code !== undefined) {
    issue(issues, ["DonViXuLy"], "cannot tell the receiving agency: the dossier code has no agency part and DonViXuLy is empty", code);
  }
  const applicant = defined<NonNullable<DossierInput["applicant"]>>({
    name: r("ChuHoSo"),
    idNumber,
    phone: r("SoDienThoai"),
    email: r("Email"),
  });
  const supplements = readSupplementList(o["DanhSachHoSoBoSung"], issues);
  const payment = readPayment(o["DuocThanhToanTrucTuyen"], ["DuocThanhToanTrucTuyen"], issues);
  const flags = defined<NonNullable<DossierInput["flags"]>>({ digitised: f("HoSoCoThanhPhanSoHoa"), paidOnline: payment.paidOnline });

  const dossierInput = defined<DossierInput>({
    code,
    procedureCode: nationalProcedure === undefined ? undefined : fromNationalProcedureCode(nationalProcedure, mappings),
    procedureName: r("TenTTHC"),
    fieldCode: r("MaLinhVuc"),
    fieldName: r("TenLinhVuc"),
    agencyCode,
    handlingAgencyCode: donViXuLy !== undefined && donViXuLy !== agencyCode ? donViXuLy : undefined,
    channel,
    applicantKind,
    applicant: Object.keys(applicant).length === 0 ? undefined : applicant,
    summary: r("TrichYeuHoSo"),
    submittedAt: at("NgayNopHoSo"),
    receivedAt: at("NgayTiepNhan"),
    dueAt: at("NgayHenTra"),
    endedAt: at("NgayKetThucXuLy"),
    returnedAt: at("NgayTra"),
    status,
    returnMethod,
    supplementRequests: supplements.requests,
    flags,
  });
  const details = supplements.details;
  while (details.length > 0 && isEmptyDetails(details[details.length - 1] as SupplementDetails)) details.pop();
  const extrasInput = defined<DossierExtrasInput>({
    subjectCode: r("MaDoiTuong"),
    otherInfo: r("ThongTinKhac"),
    fax: r("Fax"),
    returnInfo: r("ThongTinTra"),
    note: r("GhiChu"),
    refusedAt: at("NgayTuChoi"),
    submissionPlace: r("NoiNopHoSo"),
    vneidVerified: f("TaiKhoanDuocXacThucVoiVNeID"),
    onlinePayment: payment.channel,
    documents: readItems(o["TaiLieuNop"], ["TaiLieuNop"], issues, readDocument),
    fees: readItems(o["DanhSachLePhi"], ["DanhSachLePhi"], issues, readFee),
    otherAttachments: readItems(o["DanhSachTepDinhKemKhac"], ["DanhSachTepDinhKemKhac"], issues, readOther),
    results: readItems(o["DanhSachGiayToKetQua"], ["DanhSachGiayToKetQua"], issues, readResult),
    supplements: details,
    databaseCodes: readItems(o["DSKetNoiCSDL"], ["DSKetNoiCSDL"], issues, (raw, path, iss) => {
      const item = readObject(raw, path, iss);
      return item === undefined ? undefined : readText(item["MaCSDL"], [...path, "MaCSDL"], iss, true);
    }),
  });
  if (issues.length > 0) throwIfIssues(issues, "DongBoHoSoMC record", input);
  const { dossier, extras } = validateDossierAndExtras(dossierInput, extrasInput, issues);
  throwIfIssues(issues, "DongBoHoSoMC record", input);
  return deepFreeze({ dossier: dossier as Dossier, extras: extras as DossierExtras });
}

/**
 * Non-throwing {@link fromLegacyRecord}.
 *
 * @param input - the record as received
 * @param options - the receiving agency and mappings
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeFromLegacyRecord } from "@hcc/dvcqg";
 * const r = safeFromLegacyRecord({ MaHoSo: "X-190506-0001", MaTTHC: "1.001612", TrangThaiHoSo: "11", NgayHenTra: "2019-13-01" });
 * r.error?.issues.map((i) => i.path[0]); //=> ["TrangThaiHoSo", "NgayHenTra"]
 * ```
 *
 * @category Legacy records
 */
export function safeFromLegacyRecord(input: unknown, options: FromLegacyRecordOptions = {}): SafeParseResult<LegacyConversion> {
  return safely(() => fromLegacyRecord(input, options));
}
