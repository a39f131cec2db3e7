import { safely, type SafeParseResult } from "@hcc/core";
import { fromLegacyRecord, type FromLegacyRecordOptions } from "@hcc/dvcqg";
import { deepFreeze, type PortalDossier } from "./dossier.js";

/**
 * Reads the national portal's own dossier record (`DongBoHoSoMC`, the legacy sync) into a
 * {@link PortalDossier}, through `@hcc/dvcqg`'s reader (`fromLegacyRecord`): every value may be a
 * string, flags `"True"`/`"False"`, `""` for absent, lists as arrays or JSON text,
 * `DuocThanhToanTrucTuyen` 0–3. Deleted submitted files (`IsDeleted`) are left out.
 *
 * @param record - the record as received (parsed JSON)
 * @param options - the receiving agency and the deployment's code mappings (see `@hcc/dvcqg`)
 * @returns the frozen dossier
 * @throws {HccError} `invalid_record` naming every bad field by its wire name
 * @example
 * ```ts
 * import { portalDossierFromLegacy } from "@hcc/stats";
 * const d = portalDossierFromLegacy({
 *   MaHoSo: "000.00.21.H61-250805-0007", MaTTHC: "1.004227", KenhThucHien: "", TrangThaiHoSo: "10",
 *   NgayTiepNhan: "20250805083000", NgayKetThucXuLy: "20250811160000", NgayTra: "20250813090000",
 *   DuocThanhToanTrucTuyen: "3", TaiKhoanDuocXacThucVoiVNeID: "True",
 *   DanhSachGiayToKetQua: [{ TenGiayTo: "Giấy phép", MaGiayToKetQua: "KQ1", DuongDanTepTinKetQua: "https://x/1" }],
 * });
 * d.channel; //=> "direct"
 * d.payment; //=> "not_paid_vendor"
 * d.processedAt; //=> "2025-08-11T16:00:00+07:00"
 * d.results; //=> [{ code: "KQ1", fileUrl: "https://x/1" }]
 * ```
 *
 * @category Portal 766
 */
export function portalDossierFromLegacy(record: unknown, options: FromLegacyRecordOptions = {}): PortalDossier {
  const { dossier: d, extras: x } = fromLegacyRecord(record, options);
  const out: Record<string, unknown> = {
    code: d.code,
    procedureCode: d.procedureCode,
    agencyCode: d.handlingAgencyCode ?? d.agencyCode,
    channel: d.channel,
    status: d.status,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    processedAt: d.endedAt,
    returnedAt: d.returnedAt,
    refusedAt: x.refusedAt,
    supplements: d.supplementRequests.map((s) => strip({ requestedAt: s.requestedAt, completedAt: s.completedAt })),
    payment: x.onlinePayment ?? (d.flags.paidOnline === undefined ? undefined : d.flags.paidOnline ? "national_portal" : "not_paid"),
    fees: x.fees.map((f) => f.amount),
    results: x.results.map((r) => strip({ code: r.code, fileUrl: r.url })),
    documents: x.documents
      .filter((doc) => doc.deleted !== true)
      .map((doc) => strip({ componentCode: doc.componentCode, fileUrl: doc.url, digitised: doc.digitised, fromNationalStore: doc.fromNationalRepository })),
    digitisedComponents: d.flags.digitised,
    vneidVerified: x.vneidVerified,
    databaseCodes: x.databaseCodes,
  };
  return deepFreeze(strip(out) as unknown as PortalDossier);
}

/**
 * Non-throwing {@link portalDossierFromLegacy}.
 *
 * @param record - the record as received
 * @param options - agency and mappings
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safePortalDossierFromLegacy } from "@hcc/stats";
 * safePortalDossierFromLegacy({ MaHoSo: "X-250805-0001", MaTTHC: "1.004227", TrangThaiHoSo: "4", DuocThanhToanTrucTuyen: "7" }).success; //=> false
 * ```
 *
 * @category Portal 766
 */
export function safePortalDossierFromLegacy(record: unknown, options: FromLegacyRecordOptions = {}): SafeParseResult<PortalDossier> {
  return safely(() => portalDossierFromLegacy(record, options));
}

function strip<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
