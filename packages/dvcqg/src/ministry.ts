// Over 400 lines on purpose: one wire format, the ministry portal's filing (NoiHoSo), both ways —
// its documented body and option types and their TSDoc are most of it; the fields of its list
// items are described once, in the field tables below. Its updates are in ministry-updates.ts.
import {
  HccError,
  channels,
  safely,
  type Dossier,
  type DossierInput,
  type DossierStatus,
  type SafeParseResult,
} from "@hcc/core";
import * as z from "zod";
import { copyTypes } from "./code-lists.js";
import { dossierFeeSchema, type DossierFee, type DossierFeeInput } from "./extras.js";
import type { LegacyFee } from "./legacy-wire.js";
import { DEFAULT_MAPPINGS, fromNationalProcedureCode, toNationalProcedureCode, type DvcqgMappings } from "./mappings.js";
import { defined, emitFee, feeRecord, readFee, text } from "./_internal/parts.js";
import { translateIssues } from "./_internal/paths.js";
import {
  deepFreeze,
  isBlank,
  issue,
  readCode,
  readInstant,
  readItems,
  readMapped,
  readObject,
  readText,
  spaced,
  throwIfIssues,
  type Issues,
  type Path,
} from "./_internal/read.js";
import { validateDossierAndExtras } from "./_internal/validate.js";
import { codeField, intField, listField, textField, wireRecord } from "./_internal/wire.js";

/**
 * One dossier component of a ministry-portal filing (`ThanhPhanHoSo[]`): the procedure's
 * component, how many, which kind of copy (`LoaiBan` 0 original, 1 copy, 2 electronic) and the
 * uploaded files (ids returned by the portal's upload step).
 *
 * @example
 * ```ts
 * import { dossierComponentSchema } from "@hcc/dvcqg";
 * dossierComponentSchema.parse({ code: "TP1", name: "Tờ khai", copyType: 2, files: [{ id: "f1", name: "to-khai.pdf" }] }).count; //=> 1
 * ```
 *
 * @category Ministry API
 */
export const dossierComponentSchema = /* @__PURE__ */ z.object({
  /** Component code (`MaThanhPhanHoSo`). */
  code: z.string().min(1),
  /** Component name (`TenThanhPhanHoSo`). */
  name: z.string().min(1),
  /** Number of copies (`SoLuong`). */
  count: z.number().int().nonnegative().default(1),
  /** Kind of copy (`LoaiBan`). */
  copyType: copyTypes.schema.default("original"),
  /** Uploaded files (`GiayToDinhKem`). */
  files: z
    .array(
      z.object({
        /** File id from the upload step (`IdGiayTo`). */
        id: z.string().min(1),
        /** File hash from the upload step (`HashTepTin`). */
        hash: z.string().optional(),
        /** File name (`TenGiayTo`). */
        name: z.string().min(1),
        /** Result code it feeds, e.g. `KQ.DVC.THONGTIN` (`MaKetQua`). */
        resultCode: z.string().optional(),
      }),
    )
    .default([]),
});

/**
 * The person who files (`ThongTinNguoiNop`), when different from the dossier's applicant.
 *
 * @example
 * ```ts
 * import { submitterSchema } from "@hcc/dvcqg";
 * submitterSchema.parse({ name: "Lê Thị D", kind: "citizen" }).name; //=> "Lê Thị D"
 * ```
 *
 * @category Ministry API
 */
export const submitterSchema = /* @__PURE__ */ z.object({
  /** Applicant kind of the submitter. */
  kind: z.enum(["citizen", "business", "state_agency", "organization", "household_business"]).optional(),
  /** Name (`TenNguoiNop`). */
  name: z.string().min(1),
  /** Identification number (`SoDinhDanh`). */
  idNumber: z.string().optional(),
  /** Telephone (`SoDienThoai`). */
  phone: z.string().optional(),
  /** E-mail (`Email`). */
  email: z.string().optional(),
  /** Address (`DiaChi`). */
  address: z.string().optional(),
});

/**
 * A dossier component (see {@link dossierComponentSchema}).
 *
 * @example
 * ```ts
 * import { type DossierComponent } from "@hcc/dvcqg";
 * const c: DossierComponent = { code: "TP1", name: "Tờ khai", count: 1, copyType: "electronic", files: [] };
 * ```
 *
 * @category Ministry API
 */
export interface DossierComponent extends z.output<typeof dossierComponentSchema> {}
/**
 * What {@link dossierComponentSchema} accepts.
 *
 * @example
 * ```ts
 * import { type DossierComponentInput } from "@hcc/dvcqg";
 * const c: DossierComponentInput = { code: "TP1", name: "Tờ khai", copyType: 2 };
 * ```
 *
 * @category Ministry API
 */
export interface DossierComponentInput extends z.input<typeof dossierComponentSchema> {}
/**
 * A submitter (see {@link submitterSchema}).
 *
 * @example
 * ```ts
 * import { type Submitter } from "@hcc/dvcqg";
 * const s: Submitter = { name: "Lê Thị D" };
 * ```
 *
 * @category Ministry API
 */
export interface Submitter extends z.output<typeof submitterSchema> {}

/**
 * The ministry-portal filing body (`NoiHoSo`, VNPT iGate "DVC Bộ" API), as emitted: codes as
 * numbers where the guide sends numbers (`LoaiDoiTuong`, `KenhThucHien`, `SoLuong`, `LoaiBan`),
 * fee fields as strings, `NgayNop` `yyyy-MM-dd HH:mm:ss` Vietnam time. Its applicant-kind list is
 * **not** the legacy one: 0 citizen, 1 business, 2 household business.
 *
 * @example
 * ```ts
 * import { toMinistryDossier, type MinistryDossierBody } from "@hcc/dvcqg";
 * const body: MinistryDossierBody = toMinistryDossier({
 *   code: "G12.22-240301-0001", procedureCode: "1.012345", agencyCode: "G12.22", status: "registered",
 *   applicantKind: "business", applicant: { name: "Công ty A" }, submittedAt: "2024-03-01T09:00",
 * });
 * body.LoaiDoiTuong; //=> 1
 * body.NgayNop; //=> "2024-03-01 09:00:00"
 * ```
 *
 * @category Ministry API
 */
export interface MinistryDossierBody {
  /** Dossier code (from the portal's sequence step or the sender). */
  MaHoSo: string;
  /** National procedure code. */
  MaTTHC: string;
  /** Online-service code at the portal (`""` when not known). */
  MaDichVuCong: string;
  /** Applicant name. */
  ChuHoSo: string;
  /** Applicant kind, ministry list (0 citizen, 1 business, 2 household business). */
  LoaiDoiTuong: number;
  /** Receiving unit code. */
  MaDonViTiepNhan: string;
  /** Filing time, `yyyy-MM-dd HH:mm:ss` Vietnam time. */
  NgayNop: string;
  /** Channel: 1 direct, 2 online, 3 postal. */
  KenhThucHien: number;
  /** The e-form's own fields, passed through. */
  EformThongTinChiTiet: Record<string, unknown>;
  /** Dossier components with their uploaded files. */
  ThanhPhanHoSo: {
    MaThanhPhanHoSo: string;
    TenThanhPhanHoSo: string;
    SoLuong: number;
    LoaiBan: number;
    GiayToDinhKem: { IdGiayTo: string; HashTepTin: string; TenGiayTo: string; MaKetQua: string }[];
  }[];
  /** The submitter. */
  ThongTinNguoiNop: {
    LoaiDoiTuong: number;
    ThongTinChiTiet: { TenNguoiNop: string; SoDinhDanh: string; SoDienThoai: string; Email: string; DiaChi: string };
  };
  /** Fees, with `TrangThaiThanhToan` when known. */
  DanhSachLePhi: LegacyFee[];
}

/**
 * Options of {@link toMinistryDossier}.
 *
 * @example
 * ```ts
 * import { type ToMinistryDossierOptions } from "@hcc/dvcqg";
 * const options: ToMinistryDossierOptions = { serviceCode: "DVC-01", components: [{ code: "TP1", name: "Tờ khai" }] };
 * ```
 *
 * @category Ministry API
 */
export interface ToMinistryDossierOptions {
  /** Components with their uploaded files. */
  readonly components?: readonly DossierComponentInput[];
  /** Fees. */
  readonly fees?: readonly DossierFeeInput[];
  /** The submitter, when not the applicant. */
  readonly submitter?: z.input<typeof submitterSchema>;
  /** Online-service code (`MaDichVuCong`). */
  readonly serviceCode?: string;
  /** E-form fields (`EformThongTinChiTiet`). */
  readonly form?: Readonly<Record<string, unknown>>;
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

const ministryOptionsSchema = z.object({
  components: z.array(dossierComponentSchema).default([]),
  fees: z.array(dossierFeeSchema).default([]),
  submitter: submitterSchema.optional(),
  serviceCode: z.string().optional(),
  form: z.record(z.string(), z.unknown()).default({}),
});
type MinistryParts = z.output<typeof ministryOptionsSchema>;

const MINISTRY_DOSSIER_PATHS = {
  code: "MaHoSo",
  procedureCode: "MaTTHC",
  agencyCode: "MaDonViTiepNhan",
  channel: "KenhThucHien",
  applicantKind: "LoaiDoiTuong",
  applicant: ["", { name: "ChuHoSo" }],
  submittedAt: "NgayNop",
} as const;
/** An uploaded file of a component (`GiayToDinhKem[]`). */
const fileRecord = /* @__PURE__ */ wireRecord<DossierComponent["files"][number], MinistryDossierBody["ThanhPhanHoSo"][number]["GiayToDinhKem"][number]>([
  textField("id", "IdGiayTo", { required: true }),
  textField("hash", "HashTepTin"),
  textField("name", "TenGiayTo", { required: true }),
  textField("resultCode", "MaKetQua"),
]);

/** A dossier component (`ThanhPhanHoSo[]`); counts and kinds of copy are numbers on this API. */
const componentRecord = /* @__PURE__ */ wireRecord<DossierComponent, MinistryDossierBody["ThanhPhanHoSo"][number]>([
  textField("code", "MaThanhPhanHoSo", { required: true }),
  textField("name", "TenThanhPhanHoSo", { required: true }),
  intField("count", "SoLuong", { as: "number", fallback: 1 }),
  codeField("copyType", "LoaiBan", copyTypes, { as: "number", fallback: "original" }),
  listField("files", "GiayToDinhKem", fileRecord),
]);

/** The submitter's details (`ThongTinNguoiNop.ThongTinChiTiet`). */
const submitterDetailRecord = /* @__PURE__ */ wireRecord<Partial<Omit<Submitter, "kind">>, MinistryDossierBody["ThongTinNguoiNop"]["ThongTinChiTiet"]>([
  textField("name", "TenNguoiNop"),
  textField("idNumber", "SoDinhDanh"),
  textField("phone", "SoDienThoai"),
  textField("email", "Email"),
  textField("address", "DiaChi"),
]);

/** Domain option keys → wire names of the filing and of its status updates. */
export const MINISTRY_PARTS_PATHS = {
  components: ["ThanhPhanHoSo", componentRecord.paths],
  fees: ["DanhSachLePhi", feeRecord.paths],
  submitter: ["ThongTinNguoiNop", { kind: "LoaiDoiTuong", ...submitterDetailRecord.paths }],
  serviceCode: "MaDichVuCong",
  form: "EformThongTinChiTiet",
} as const;

function ministryKind(kind: string | undefined, mappings: DvcqgMappings, path: Path, issues: Issues, required: boolean): number {
  if (kind === undefined) {
    if (required) issue(issues, path, "applicant kind is required by the ministry portal");
    return -1;
  }
  const code = mappings.ministryApplicantKinds[kind as keyof DvcqgMappings["ministryApplicantKinds"]];
  if (code === undefined) {
    issue(issues, path, `applicant kind ${JSON.stringify(kind)} has no code in the ministry list (0 citizen, 1 business, 2 household business); map it in ministryApplicantKinds`, kind);
    return -1;
  }
  return Number(code);
}

/**
 * Writes a dossier as a ministry-portal filing body (`NoiHoSo`). Validates the dossier and every
 * option first; on any problem nothing is returned and one `invalid_record` error names every bad
 * field by its wire name. Required: applicant name (`ChuHoSo`), applicant kind in the ministry
 * list (`LoaiDoiTuong`; state agencies and organisations have no code until mapped) and a filing
 * time (`submittedAt`, else `receivedAt`).
 *
 * @param dossier - a core dossier
 * @param options - components, fees, submitter, service code, e-form, mappings
 * @returns the body, frozen
 * @throws {HccError} `invalid_record`
 * @example
 * ```ts
 * import { toMinistryDossier } from "@hcc/dvcqg";
 * const body = toMinistryDossier(
 *   { code: "G12.22-240301-0001", procedureCode: "1.012345", agencyCode: "G12.22", status: 1, channel: 2,
 *     applicantKind: "citizen", applicant: { name: "Lê Thị D" }, submittedAt: "2024-03-01T09:00" },
 *   { components: [{ code: "000.00.00.DVC-THONGTIN", name: "Thông tin", copyType: "electronic", files: [{ id: "f1", name: "a.pdf", resultCode: "KQ.DVC.THONGTIN" }] }] },
 * );
 * body.ThanhPhanHoSo[0]?.LoaiBan; //=> 2
 * body.ThongTinNguoiNop.LoaiDoiTuong; //=> 0
 * ```
 *
 * @category Ministry API
 */
export function toMinistryDossier(dossier: DossierInput | Dossier, options: ToMinistryDossierOptions = {}): MinistryDossierBody {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const issues: Issues = [];
  const { dossier: d } = validateDossierAndExtras(dossier, undefined, issues, MINISTRY_DOSSIER_PATHS);
  const partsResult = ministryOptionsSchema.safeParse({ ...options, mappings: undefined });
  if (!partsResult.success) issues.push(...translateIssues(partsResult.error, MINISTRY_PARTS_PATHS));
  if (d === undefined || !partsResult.success) {
    throwIfIssues(issues, "dossier for NoiHoSo", dossier);
    throw new HccError("invariant_violation", "Validation reported no issue for an invalid value (a bug: please report it)", { value: issues });
  }
  const parts: MinistryParts = partsResult.data;
  const name = d.applicant?.name;
  if (name === undefined || name === "") issue(issues, ["ChuHoSo"], "applicant name is required by the ministry portal");
  const kind = ministryKind(d.applicantKind, mappings, ["LoaiDoiTuong"], issues, true);
  const submitterKind = parts.submitter?.kind === undefined ? kind : ministryKind(parts.submitter.kind, mappings, ["ThongTinNguoiNop", "LoaiDoiTuong"], issues, true);
  const filedAt = d.submittedAt ?? d.receivedAt;
  if (filedAt === undefined) issue(issues, ["NgayNop"], "filing time is required (submittedAt or receivedAt)");
  throwIfIssues(issues, "dossier for NoiHoSo", dossier);
  const s = parts.submitter;
  return deepFreeze({
    MaHoSo: d.code,
    MaTTHC: toNationalProcedureCode(d.procedureCode, mappings),
    MaDichVuCong: text(parts.serviceCode),
    ChuHoSo: name as string,
    LoaiDoiTuong: kind,
    MaDonViTiepNhan: d.agencyCode,
    NgayNop: spaced(filedAt),
    KenhThucHien: channels.toCode(d.channel),
    EformThongTinChiTiet: { ...parts.form },
    ThanhPhanHoSo: parts.components.map((c) => componentRecord.write(c)),
    ThongTinNguoiNop: {
      LoaiDoiTuong: submitterKind,
      // the submitter's details, else the applicant's
      ThongTinChiTiet: submitterDetailRecord.write(
        defined<Partial<Omit<Submitter, "kind">>>({
          name: s?.name ?? (name as string),
          idNumber: s === undefined ? d.applicant?.idNumber : s.idNumber,
          phone: s === undefined ? d.applicant?.phone : s.phone,
          email: s === undefined ? d.applicant?.email : s.email,
          address: s === undefined ? d.applicant?.address : s.address,
        }),
      ),
    },
    DanhSachLePhi: parts.fees.map(emitFee),
  });
}

/**
 * A ministry-portal filing read back (see {@link fromMinistryDossier}).
 *
 * @example
 * ```ts
 * import { fromMinistryDossier, type MinistryConversion } from "@hcc/dvcqg";
 * const out: MinistryConversion = fromMinistryDossier({
 *   MaHoSo: "G12.22-240301-0001", MaTTHC: "1.012345", ChuHoSo: "A", LoaiDoiTuong: 0, MaDonViTiepNhan: "G12.22", NgayNop: "2024-03-01 09:00:00",
 * });
 * out.dossier.applicantKind; //=> "citizen"
 * ```
 *
 * @category Ministry API
 */
export interface MinistryConversion {
  /** The dossier (status from the options, default `registered`). */
  readonly dossier: Dossier;
  /** Components with their files. */
  readonly components: readonly DossierComponent[];
  /** Fees. */
  readonly fees: readonly DossierFee[];
  /** The submitter, when the body names one different from the applicant. */
  readonly submitter?: Submitter;
  /** `MaDichVuCong`, when given. */
  readonly serviceCode?: string;
  /** `EformThongTinChiTiet`, as received. */
  readonly form: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link fromMinistryDossier}.
 *
 * @example
 * ```ts
 * import { type FromMinistryDossierOptions } from "@hcc/dvcqg";
 * const options: FromMinistryDossierOptions = { status: "received" };
 * ```
 *
 * @category Ministry API
 */
export interface FromMinistryDossierOptions {
  /** The body carries no status: the dossier's. Default `"registered"`. */
  readonly status?: DossierStatus;
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

/**
 * Reads a ministry-portal filing body (`NoiHoSo`) leniently (numbers or strings, ISO or
 * `yyyy-MM-dd HH:mm:ss` dates, missing `KenhThucHien` = online) into a core dossier plus its
 * components, fees and submitter. Every bad field is reported by its wire name.
 *
 * @param input - the body as received
 * @param options - status and mappings
 * @returns the conversion, frozen
 * @throws {HccError} `invalid_record`
 * @example
 * ```ts
 * import { fromMinistryDossier } from "@hcc/dvcqg";
 * const { dossier, fees } = fromMinistryDossier({
 *   MaHoSo: "G12.22-240301-0001", MaTTHC: "1.012345", ChuHoSo: "Hộ kinh doanh Bình An", LoaiDoiTuong: "2",
 *   MaDonViTiepNhan: "G12.22", NgayNop: "2024-03-01 09:00:00",
 *   DanhSachLePhi: [{ TenPhiLePhi: "Lệ phí", Gia: "135000", HinhThucThu: "1", LoaiPhiLePhi: "2", TrangThaiThanhToan: "0" }],
 * });
 * dossier.applicantKind; //=> "household_business"
 * fees[0]?.paid; //=> false
 * ```
 *
 * @category Ministry API
 */
export function fromMinistryDossier(input: unknown, options: FromMinistryDossierOptions = {}): MinistryConversion {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const issues: Issues = [];
  const o = readObject(input, [], issues);
  if (o === undefined) {
    if (issues.length === 0) issue(issues, [], "expected a NoiHoSo body", input);
    throwIfIssues(issues, "NoiHoSo body", input);
    throw new HccError("invariant_violation", "Validation reported no issue for an invalid value (a bug: please report it)", { value: issues });
  }
  const r = (name: string, required = false): string | undefined => readText(o[name], [name], issues, required);
  const code = r("MaHoSo", true);
  const procedure = r("MaTTHC", true);
  const name = r("ChuHoSo", true);
  const agencyCode = r("MaDonViTiepNhan", true);
  const submittedAt = readInstant(o["NgayNop"], ["NgayNop"], issues, true);
  if (isBlank(o["LoaiDoiTuong"])) issue(issues, ["LoaiDoiTuong"], "required applicant kind is missing", o["LoaiDoiTuong"]);
  const applicantKind = readMapped(o["LoaiDoiTuong"], mappings.ministryApplicantKinds, "applicant kind (ministry list)", ["LoaiDoiTuong"], issues);
  const channel = readCode(o["KenhThucHien"], channels, ["KenhThucHien"], issues) ?? "online";
  const serviceCode = r("MaDichVuCong");
  const form = readObject(o["EformThongTinChiTiet"], ["EformThongTinChiTiet"], issues) ?? {};
  const components = readItems(o["ThanhPhanHoSo"], ["ThanhPhanHoSo"], issues, (raw, path, iss) => componentRecord.read(raw, path, iss));
  const fees = readItems(o["DanhSachLePhi"], ["DanhSachLePhi"], issues, readFee);
  let submitter: Submitter | undefined;
  let idNumber: string | undefined;
  let phone: string | undefined;
  let email: string | undefined;
  let address: string | undefined;
  const who = readObject(o["ThongTinNguoiNop"], ["ThongTinNguoiNop"], issues);
  if (who !== undefined) {
    const kind = readMapped(who["LoaiDoiTuong"], mappings.ministryApplicantKinds, "applicant kind (ministry list)", ["ThongTinNguoiNop", "LoaiDoiTuong"], issues);
    const detail = submitterDetailRecord.read(who["ThongTinChiTiet"], ["ThongTinNguoiNop", "ThongTinChiTiet"], issues) ?? {};
    const sName = detail.name;
    ({ idNumber, phone, email, address } = detail);
    if (sName !== undefined && (sName !== name || (kind !== undefined && kind !== applicantKind))) {
      submitter = defined<Submitter>({ kind, name: sName, idNumber, phone, email, address });
      idNumber = phone = email = address = undefined;
    }
  }
  if (issues.length > 0) throwIfIssues(issues, "NoiHoSo body", input);
  const dossierInput = defined<DossierInput>({
    code,
    procedureCode: procedure === undefined ? undefined : fromNationalProcedureCode(procedure, mappings),
    agencyCode,
    channel,
    applicantKind,
    applicant: defined<NonNullable<DossierInput["applicant"]>>({ name, idNumber, phone, email, address }),
    submittedAt,
    status: options.status ?? "registered",
  });
  const { dossier } = validateDossierAndExtras(dossierInput, undefined, issues, MINISTRY_DOSSIER_PATHS);
  throwIfIssues(issues, "NoiHoSo body", input);
  return deepFreeze(
    defined<MinistryConversion>({ dossier: dossier as Dossier, components, fees, submitter, serviceCode, form: { ...form } }),
  );
}

/**
 * Non-throwing {@link fromMinistryDossier}.
 *
 * @param input - the body
 * @param options - status and mappings
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeFromMinistryDossier } from "@hcc/dvcqg";
 * safeFromMinistryDossier({ MaHoSo: "X", MaTTHC: "1.0", ChuHoSo: "A", LoaiDoiTuong: 4, MaDonViTiepNhan: "G", NgayNop: "2024-03-01" })
 *   .error?.issues[0]?.path; //=> ["LoaiDoiTuong"]
 * ```
 *
 * @category Ministry API
 */
export function safeFromMinistryDossier(input: unknown, options: FromMinistryDossierOptions = {}): SafeParseResult<MinistryConversion> {
  return safely(() => fromMinistryDossier(input, options));
}

/**
 * Non-throwing {@link toMinistryDossier}.
 *
 * @param dossier - a core dossier
 * @param options - components, fees, submitter…
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeToMinistryDossier } from "@hcc/dvcqg";
 * const r = safeToMinistryDossier({ code: "X", procedureCode: "1.0", agencyCode: "G", status: 1, applicantKind: "state_agency" });
 * r.error?.issues.map((i) => i.path[0]); //=> ["ChuHoSo", "LoaiDoiTuong", "NgayNop"]
 * ```
 *
 * @category Ministry API
 */
export function safeToMinistryDossier(dossier: unknown, options: ToMinistryDossierOptions = {}): SafeParseResult<MinistryDossierBody> {
  return safely(() => toMinistryDossier(dossier as DossierInput, options));
}
