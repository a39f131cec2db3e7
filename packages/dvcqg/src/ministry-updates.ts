// The ministry portal's updates of a filed dossier: progress steps (CapNhatTienTrinh) and status
// updates (CapNhatTrangThai). The filing itself (NoiHoSo) is in ministry.ts.
import { dossierStatuses, type Dossier, type DossierInput, type DossierStatus } from "@hcc/core";
import * as z from "zod";
import { dossierFeeSchema, resultDocumentSchema, type DossierFeeInput, type ResultDocument } from "./extras.js";
import type { LegacyFee, LegacyResult } from "./legacy-wire.js";
import { DEFAULT_MAPPINGS, type DvcqgMappings } from "./mappings.js";
import { MINISTRY_PARTS_PATHS } from "./ministry.js";
import { progressRows, type ProgressOptions } from "./progress.js";
import { emitFee, emitResult, text } from "./_internal/parts.js";
import { translateIssues } from "./_internal/paths.js";
import { deepFreeze, isoLocal, issue, throwIfIssues, type Issues } from "./_internal/read.js";
import { validateDossierAndExtras } from "./_internal/validate.js";

/**
 * A progress item of the ministry portal (`CapNhatTienTrinh`): like the legacy one, plus the
 * portal's dossier id, with ISO 8601 local times (`yyyy-MM-ddTHH:mm:ss.SSS`, no zone) and a
 * numeric status.
 *
 * @example
 * ```ts
 * import { type MinistryProgressItem } from "@hcc/dvcqg";
 * const item: MinistryProgressItem = {
 *   IDHoSo: "123", MaHoSo: "X", NguoiXuLy: "A", ThoiDiemXuLy: "2024-03-01T09:00:00.000", PhongBanXuLy: "",
 *   NoiDungXuLy: "Tiếp nhận", TrangThai: 2, NgayBatDau: "2024-03-01T09:00:00.000", NgayKetThucTheoQuyDinh: "",
 * };
 * ```
 *
 * @category Ministry API
 */
export interface MinistryProgressItem {
  /** The portal's dossier id (returned when the dossier was created). */
  IDHoSo: string;
  /** Dossier code. */
  MaHoSo: string;
  /** Official who acted. */
  NguoiXuLy: string;
  /** When (`yyyy-MM-ddTHH:mm:ss.SSS`). */
  ThoiDiemXuLy: string;
  /** Unit that acted. */
  PhongBanXuLy: string;
  /** What was done. */
  NoiDungXuLy: string;
  /** National status after the step. */
  TrangThai: number;
  /** Start of the step. */
  NgayBatDau: string;
  /** Due date that applies. */
  NgayKetThucTheoQuyDinh: string;
}

/**
 * The ministry portal's progress items of a dossier: the same rows as {@link toProgressItems},
 * written in the ministry format.
 *
 * @param dossier - a core dossier
 * @param portalId - the portal's dossier id (`IDHoSo`)
 * @param options - `since`, titles, mappings
 * @returns the items, frozen
 * @throws {HccError} `invalid_record`
 * @example
 * ```ts
 * import { toMinistryProgressItems } from "@hcc/dvcqg";
 * const [item] = toMinistryProgressItems(
 *   { code: "X", procedureCode: "1.0", agencyCode: "G", status: 4, events: [{ step: "appraise", at: "2024-03-02T10:00", place: "department" }] },
 *   "123",
 * );
 * item?.ThoiDiemXuLy; //=> "2024-03-02T10:00:00.000"
 * item?.TrangThai; //=> 4
 * ```
 *
 * @category Ministry API
 */
export function toMinistryProgressItems(dossier: DossierInput | Dossier, portalId: string, options: ProgressOptions = {}): readonly MinistryProgressItem[] {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const { dossier: d, rows } = progressRows(dossier, options, "dossier for CapNhatTienTrinh");
  return deepFreeze(
    rows.map((row) => ({
      IDHoSo: portalId,
      MaHoSo: d.code,
      NguoiXuLy: text(row.event.actor),
      ThoiDiemXuLy: isoLocal(row.event.at),
      PhongBanXuLy: text(row.event.agencyCode),
      NoiDungXuLy: row.what,
      TrangThai: Number(mappings.statusCodes[row.status]),
      NgayBatDau: isoLocal(row.event.at),
      NgayKetThucTheoQuyDinh: isoLocal(row.dueAt),
    })),
  );
}

/**
 * A status update of the ministry portal (`CapNhatTrangThai`). Fee and result lists are only
 * allowed with statuses 5 (supplement), 6 (financial obligation) and 9 (done).
 *
 * @example
 * ```ts
 * import { type MinistryStatusUpdate } from "@hcc/dvcqg";
 * const u: MinistryStatusUpdate = { IdHoSo: "123", MaHoSo: "X", TrangThai: 4, NoiDungYKien: "", PhongBanXuLy: "", NoiDungXuLy: "" };
 * ```
 *
 * @category Ministry API
 */
export interface MinistryStatusUpdate {
  /** The portal's dossier id. */
  IdHoSo: string;
  /** Dossier code. */
  MaHoSo: string;
  /** National status. */
  TrangThai: number;
  /** Opinion (reason shown to the applicant). */
  NoiDungYKien: string;
  /** Unit. */
  PhongBanXuLy: string;
  /** What was done. */
  NoiDungXuLy: string;
  /** Fees (statuses 5, 6, 9 only). */
  DanhSachLePhi?: LegacyFee[];
  /** Result documents (statuses 5, 6, 9 only). */
  DanhSachGiayToKetQua?: LegacyResult[];
}

/**
 * Options of {@link toMinistryStatusUpdate}.
 *
 * @example
 * ```ts
 * import { type MinistryStatusOptions } from "@hcc/dvcqg";
 * const options: MinistryStatusOptions = { opinion: "Yêu cầu nộp lệ phí", fees: [{ name: "Lệ phí", amount: 135000 }] };
 * ```
 *
 * @category Ministry API
 */
export interface MinistryStatusOptions {
  /** `NoiDungYKien`. */
  readonly opinion?: string;
  /** `PhongBanXuLy`. */
  readonly unit?: string;
  /** `NoiDungXuLy`. */
  readonly content?: string;
  /** Fees to request (statuses 5, 6, 9). */
  readonly fees?: readonly DossierFeeInput[];
  /** Result documents (statuses 5, 6, 9). */
  readonly results?: readonly ResultDocument[];
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

const statusOptionsSchema = z.object({
  opinion: z.string().optional(),
  unit: z.string().optional(),
  content: z.string().optional(),
  fees: z.array(dossierFeeSchema).default([]),
  results: z.array(resultDocumentSchema).default([]),
});
const LISTS_ALLOWED: readonly DossierStatus[] = ["supplement_requested", "financial_obligation_requested", "done"];

/**
 * The ministry portal's status update for a dossier's current status.
 *
 * @param dossier - a core dossier
 * @param portalId - the portal's dossier id (`IdHoSo`)
 * @param options - opinion, unit, content, fees, results, mappings
 * @returns the update, frozen
 * @throws {HccError} `invalid_record` (e.g. fees with a status other than 5, 6, 9)
 * @example
 * ```ts
 * import { toMinistryStatusUpdate } from "@hcc/dvcqg";
 * const u = toMinistryStatusUpdate(
 *   { code: "X", procedureCode: "1.0", agencyCode: "G", status: "financial_obligation_requested" }, "123",
 *   { opinion: "Yêu cầu nộp lệ phí thẩm định", fees: [{ name: "Lệ phí thẩm định", code: "LP.THAMDINH", amount: 135000, collection: 1, type: 2 }] },
 * );
 * u.TrangThai; //=> 6
 * u.DanhSachLePhi?.[0]?.LoaiPhiLePhi; //=> "2"
 * ```
 *
 * @category Ministry API
 */
export function toMinistryStatusUpdate(dossier: DossierInput | Dossier, portalId: string, options: MinistryStatusOptions = {}): MinistryStatusUpdate {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const issues: Issues = [];
  const { dossier: d } = validateDossierAndExtras(dossier, undefined, issues, { code: "MaHoSo", status: "TrangThai" });
  const o = statusOptionsSchema.safeParse({ ...options, mappings: undefined });
  if (!o.success) issues.push(...translateIssues(o.error, MINISTRY_PARTS_PATHS));
  if (portalId === "") issue(issues, ["IdHoSo"], "the portal's dossier id is required");
  if (d !== undefined && o.success && !LISTS_ALLOWED.includes(d.status)) {
    if (o.data.fees.length > 0) issue(issues, ["DanhSachLePhi"], `fees go only with statuses 5, 6, 9, not ${dossierStatuses.toCode(d.status)}`);
    if (o.data.results.length > 0) issue(issues, ["DanhSachGiayToKetQua"], `results go only with statuses 5, 6, 9, not ${dossierStatuses.toCode(d.status)}`);
  }
  throwIfIssues(issues, "status update for CapNhatTrangThai", dossier);
  const dd = d as Dossier;
  const data = (o as { data: z.output<typeof statusOptionsSchema> }).data;
  const update: MinistryStatusUpdate = {
    IdHoSo: portalId,
    MaHoSo: dd.code,
    TrangThai: Number(mappings.statusCodes[dd.status]),
    NoiDungYKien: text(data.opinion),
    PhongBanXuLy: text(data.unit),
    NoiDungXuLy: text(data.content),
  };
  if (data.fees.length > 0) update.DanhSachLePhi = data.fees.map(emitFee);
  if (data.results.length > 0) update.DanhSachGiayToKetQua = data.results.map(emitResult);
  return deepFreeze(update);
}
