import { defineCodeList } from "./code-list.js";

/**
 * Dossier statuses with the national portal's codes (`TrangThaiHoSo`, 1–10).
 *
 * | code | key | Vietnamese |
 * |---|---|---|
 * | 1 | `registered` | Mới đăng ký |
 * | 2 | `received` | Được tiếp nhận |
 * | 3 | `not_received` | Không được tiếp nhận |
 * | 4 | `processing` | Đang xử lý |
 * | 5 | `supplement_requested` | Yêu cầu bổ sung giấy tờ |
 * | 6 | `financial_obligation_requested` | Yêu cầu thực hiện nghĩa vụ tài chính |
 * | 7 | `withdrawn` | Công dân yêu cầu rút hồ sơ |
 * | 8 | `stopped` | Dừng xử lý |
 * | 9 | `done` | Đã xử lý xong |
 * | 10 | `returned` | Đã trả kết quả |
 *
 * Statuses 1 and 3 are not "received"; 9 and 10 are resolved; 7 and 8 end processing without a
 * result and still count as resolved in the national report (classified by their end date).
 *
 * @example
 * ```ts
 * import { dossierStatuses } from "@hcc/core";
 * dossierStatuses.fromCode(10); //=> "returned"
 * dossierStatuses.label("done"); //=> "Đã xử lý xong"
 * ```
 *
 * @category Code lists
 */
export const dossierStatuses = /* @__PURE__ */ defineCodeList<DossierStatus>("dossier status", [
  { key: "registered", code: 1, label: { vi: "Mới đăng ký", en: "Registered" } },
  { key: "received", code: 2, label: { vi: "Được tiếp nhận", en: "Received" } },
  { key: "not_received", code: 3, label: { vi: "Không được tiếp nhận", en: "Not received" } },
  { key: "processing", code: 4, label: { vi: "Đang xử lý", en: "Processing" } },
  { key: "supplement_requested", code: 5, label: { vi: "Yêu cầu bổ sung giấy tờ", en: "Supplement requested" } },
  {
    key: "financial_obligation_requested",
    code: 6,
    label: { vi: "Yêu cầu thực hiện nghĩa vụ tài chính", en: "Financial obligation requested" },
  },
  { key: "withdrawn", code: 7, label: { vi: "Công dân yêu cầu rút hồ sơ", en: "Withdrawn by the applicant" } },
  { key: "stopped", code: 8, label: { vi: "Dừng xử lý", en: "Processing stopped" } },
  { key: "done", code: 9, label: { vi: "Đã xử lý xong", en: "Processing done" } },
  { key: "returned", code: 10, label: { vi: "Đã trả kết quả", en: "Result returned" } },
] as const);

/**
 * A dossier status key (see {@link dossierStatuses}).
 *
 * @example
 * ```ts
 * import { type DossierStatus } from "@hcc/core";
 * const status: DossierStatus = "processing";
 * ```
 *
 * @category Code lists
 */
export type DossierStatus = "registered" | "received" | "not_received" | "processing" | "supplement_requested" | "financial_obligation_requested" | "withdrawn" | "stopped" | "done" | "returned";

/**
 * Statuses that end processing: done (9), returned (10), withdrawn (7), stopped (8). When a
 * dossier's history holds several, the end of processing is the time of the one with the highest
 * {@link TERMINAL_STATUS_PRECEDENCE | precedence}.
 *
 * @example
 * ```ts
 * import { TERMINAL_STATUSES } from "@hcc/core";
 * TERMINAL_STATUSES.includes("returned"); //=> true
 * ```
 *
 * @category Code lists
 */
export const TERMINAL_STATUSES: readonly DossierStatus[] = Object.freeze(["done", "returned", "withdrawn", "stopped"]);

/**
 * Precedence of terminal statuses when picking the end of processing [portal rule]: done
 * ("Đã xử lý xong") wins over returned ("Đã trả kết quả"), which wins over stopped/withdrawn.
 * Higher number wins; non-terminal statuses are absent.
 *
 * @example
 * ```ts
 * import { TERMINAL_STATUS_PRECEDENCE } from "@hcc/core";
 * TERMINAL_STATUS_PRECEDENCE.done > TERMINAL_STATUS_PRECEDENCE.returned; //=> true
 * ```
 *
 * @category Code lists
 */
export const TERMINAL_STATUS_PRECEDENCE: Readonly<Record<"done" | "returned" | "stopped" | "withdrawn", number>> = Object.freeze({
  done: 3,
  returned: 2,
  stopped: 1,
  withdrawn: 1,
});

/**
 * Tells whether a status means the dossier was received (everything but `registered` and
 * `not_received`).
 *
 * @param status - a dossier status
 * @returns `true` for statuses 2 and 4–10
 * @example
 * ```ts
 * import { isReceivedStatus } from "@hcc/core";
 * isReceivedStatus("registered"); //=> false
 * ```
 *
 * @category Code lists
 */
export function isReceivedStatus(status: DossierStatus): boolean {
  return status !== "registered" && status !== "not_received";
}

/**
 * Tells whether a status ends processing (see {@link TERMINAL_STATUSES}).
 *
 * @param status - a dossier status
 * @returns `true` for done, returned, withdrawn and stopped
 * @example
 * ```ts
 * import { isTerminalStatus } from "@hcc/core";
 * isTerminalStatus("supplement_requested"); //=> false
 * ```
 *
 * @category Code lists
 */
export function isTerminalStatus(status: DossierStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/**
 * Channels through which a dossier is filed (`KenhThucHien`): 1 direct at the desk, 2 online,
 * 3 public postal service. A missing channel on the wire means direct.
 *
 * @example
 * ```ts
 * import { channels } from "@hcc/core";
 * channels.fromCode(3); //=> "postal"
 * ```
 *
 * @category Code lists
 */
export const channels = /* @__PURE__ */ defineCodeList<Channel>("channel", [
  { key: "direct", code: 1, label: { vi: "Trực tiếp", en: "Direct (at the desk)" } },
  { key: "online", code: 2, label: { vi: "Trực tuyến", en: "Online" } },
  { key: "postal", code: 3, label: { vi: "Qua bưu chính công ích", en: "Public postal service" } },
] as const);

/**
 * A channel key (see {@link channels}).
 *
 * @example
 * ```ts
 * import { type Channel } from "@hcc/core";
 * const channel: Channel = "online";
 * ```
 *
 * @category Code lists
 */
export type Channel = "direct" | "online" | "postal";

/**
 * Administrative levels that implement procedures (`CAPTHUCHIEN`): 0 ministry, 1 province,
 * 2 district (abolished from 1 July 2025), 3 commune.
 *
 * @example
 * ```ts
 * import { levels } from "@hcc/core";
 * levels.label("province"); //=> "Cấp Tỉnh"
 * ```
 *
 * @category Code lists
 */
export const levels = /* @__PURE__ */ defineCodeList<Level>("level", [
  { key: "ministry", code: 0, label: { vi: "Cấp Bộ", en: "Ministry" } },
  { key: "province", code: 1, label: { vi: "Cấp Tỉnh", en: "Province" } },
  { key: "district", code: 2, label: { vi: "Cấp Huyện", en: "District" } },
  { key: "commune", code: 3, label: { vi: "Cấp Xã", en: "Commune" } },
] as const);

/**
 * A level key (see {@link levels}).
 *
 * @example
 * ```ts
 * import { type Level } from "@hcc/core";
 * const level: Level = "province";
 * ```
 *
 * @category Code lists
 */
export type Level = "ministry" | "province" | "district" | "commune";

/**
 * How the result is handed back (`HinhThuc`): 0 at the desk, 1 by post.
 *
 * @example
 * ```ts
 * import { returnMethods } from "@hcc/core";
 * returnMethods.fromCode("1"); //=> "post"
 * ```
 *
 * @category Code lists
 */
export const returnMethods = /* @__PURE__ */ defineCodeList<ReturnMethod>("return method", [
  { key: "desk", code: 0, label: { vi: "Trả trực tiếp", en: "At the desk" } },
  { key: "post", code: 1, label: { vi: "Trả qua bưu chính", en: "By post" } },
] as const);

/**
 * A return-method key (see {@link returnMethods}).
 *
 * @example
 * ```ts
 * import { type ReturnMethod } from "@hcc/core";
 * const method: ReturnMethod = "post";
 * ```
 *
 * @category Code lists
 */
export type ReturnMethod = "desk" | "post";

/**
 * Why a dossier's clock is paused. Supplement requests always pause the clock [portal]; the other
 * kinds pause it only where the procedure says so (`Procedure.timing.excludedPauseKinds`). The
 * numeric codes are `@hcc`'s own (no national list exists).
 *
 * @example
 * ```ts
 * import { pauseKinds } from "@hcc/core";
 * pauseKinds.label("financial_obligation", "en"); //=> "Financial obligation"
 * ```
 *
 * @category Code lists
 */
export const pauseKinds = /* @__PURE__ */ defineCodeList<PauseKind>("pause kind", [
  { key: "supplement", code: 1, label: { vi: "Bổ sung hồ sơ", en: "Supplement" } },
  { key: "financial_obligation", code: 2, label: { vi: "Thực hiện nghĩa vụ tài chính", en: "Financial obligation" } },
  { key: "consultation", code: 3, label: { vi: "Lấy ý kiến, xác minh", en: "Consultation" } },
  { key: "other", code: 4, label: { vi: "Lý do khác", en: "Other" } },
] as const);

/**
 * A pause-kind key (see {@link pauseKinds}).
 *
 * @example
 * ```ts
 * import { type PauseKind } from "@hcc/core";
 * const kind: PauseKind = "supplement";
 * ```
 *
 * @category Code lists
 */
export type PauseKind = "supplement" | "financial_obligation" | "consultation" | "other";

/**
 * Kinds of applicant, with the national portal's legacy `LoaiDoiTuong` codes (1 citizen,
 * 2 business, 3 state agency, 4 organisation/other). `household_business` (code 5) is `@hcc`'s
 * own: the legacy list has none, while the newer ministry-portal list uses 0/1/2 for
 * citizen/business/household business (mapped in `@hcc/dvcqg`).
 *
 * @example
 * ```ts
 * import { applicantKinds } from "@hcc/core";
 * applicantKinds.fromCode(2); //=> "business"
 * ```
 *
 * @category Code lists
 */
export const applicantKinds = /* @__PURE__ */ defineCodeList<ApplicantKind>("applicant kind", [
  { key: "citizen", code: 1, label: { vi: "Công dân", en: "Citizen" } },
  { key: "business", code: 2, label: { vi: "Doanh nghiệp", en: "Business" } },
  { key: "state_agency", code: 3, label: { vi: "Cơ quan nhà nước", en: "State agency" } },
  { key: "organization", code: 4, label: { vi: "Tổ chức / Khác", en: "Organisation / other" } },
  { key: "household_business", code: 5, label: { vi: "Hộ kinh doanh", en: "Household business" } },
] as const);

/**
 * An applicant-kind key (see {@link applicantKinds}).
 *
 * @example
 * ```ts
 * import { type ApplicantKind } from "@hcc/core";
 * const kind: ApplicantKind = "citizen";
 * ```
 *
 * @category Code lists
 */
export type ApplicantKind = "citizen" | "business" | "state_agency" | "organization" | "household_business";

/**
 * Online service levels: Decree 42/2022 `full` (toàn trình) and `partial` (một phần), `none`, and
 * the historical levels 1–4 of Decree 43/2011 (`level1`…`level4`) still found in old data.
 *
 * @example
 * ```ts
 * import { onlineServiceLevels } from "@hcc/core";
 * onlineServiceLevels.label("full", "en"); //=> "Full online"
 * ```
 *
 * @category Code lists
 */
export const onlineServiceLevels = /* @__PURE__ */ defineCodeList<OnlineServiceLevel>("online service level", [
  { key: "none", code: 0, label: { vi: "Không cung cấp trực tuyến", en: "Not online" } },
  { key: "partial", code: 10, label: { vi: "Dịch vụ công trực tuyến một phần", en: "Partially online" } },
  { key: "full", code: 20, label: { vi: "Dịch vụ công trực tuyến toàn trình", en: "Full online" } },
  { key: "level1", code: 1, label: { vi: "Mức độ 1", en: "Level 1 (information)" } },
  { key: "level2", code: 2, label: { vi: "Mức độ 2", en: "Level 2 (forms)" } },
  { key: "level3", code: 3, label: { vi: "Mức độ 3", en: "Level 3 (online filing)" } },
  { key: "level4", code: 4, label: { vi: "Mức độ 4", en: "Level 4 (online filing and payment)" } },
] as const);

/**
 * An online-service-level key (see {@link onlineServiceLevels}).
 *
 * @example
 * ```ts
 * import { type OnlineServiceLevel } from "@hcc/core";
 * const level: OnlineServiceLevel = "partial";
 * ```
 *
 * @category Code lists
 */
export type OnlineServiceLevel = "none" | "partial" | "full" | "level1" | "level2" | "level3" | "level4";

/**
 * Where a processing step happens, for the "4 tại chỗ" check: at the center (`center`), at the
 * department's own office (`department`) or elsewhere (`other`).
 *
 * @example
 * ```ts
 * import { places } from "@hcc/core";
 * places.label("center", "en"); //=> "At the service center"
 * ```
 *
 * @category Code lists
 */
export const places = /* @__PURE__ */ defineCodeList<Place>("place", [
  { key: "center", code: 1, label: { vi: "Tại Trung tâm", en: "At the service center" } },
  { key: "department", code: 2, label: { vi: "Tại sở, ngành", en: "At the department" } },
  { key: "other", code: 3, label: { vi: "Nơi khác", en: "Elsewhere" } },
] as const);

/**
 * A place key (see {@link places}).
 *
 * @example
 * ```ts
 * import { type Place } from "@hcc/core";
 * const place: Place = "center";
 * ```
 *
 * @category Code lists
 */
export type Place = "center" | "department" | "other";

/**
 * Kinds of processing step. The four of "4 tại chỗ" are `receive` (tiếp nhận), `appraise`
 * (thẩm định), `approve` (phê duyệt) and `return` (trả kết quả); the others are `transfer`
 * (chuyển), `supplement` (bổ sung), `payment` (thu phí), `consult` (lấy ý kiến) and `other`.
 *
 * @example
 * ```ts
 * import { stepKinds } from "@hcc/core";
 * stepKinds.label("appraise"); //=> "Thẩm định"
 * ```
 *
 * @category Code lists
 */
export const stepKinds = /* @__PURE__ */ defineCodeList<StepKind>("step kind", [
  { key: "receive", code: 1, label: { vi: "Tiếp nhận", en: "Receive" } },
  { key: "appraise", code: 2, label: { vi: "Thẩm định", en: "Appraise" } },
  { key: "approve", code: 3, label: { vi: "Phê duyệt", en: "Approve" } },
  { key: "return", code: 4, label: { vi: "Trả kết quả", en: "Return the result" } },
  { key: "transfer", code: 5, label: { vi: "Chuyển hồ sơ", en: "Transfer" } },
  { key: "supplement", code: 6, label: { vi: "Bổ sung hồ sơ", en: "Supplement" } },
  { key: "payment", code: 7, label: { vi: "Thu phí, lệ phí", en: "Payment" } },
  { key: "consult", code: 8, label: { vi: "Lấy ý kiến", en: "Consultation" } },
  { key: "other", code: 9, label: { vi: "Khác", en: "Other" } },
] as const);

/**
 * A step-kind key (see {@link stepKinds}).
 *
 * @example
 * ```ts
 * import { type StepKind } from "@hcc/core";
 * const kind: StepKind = "approve";
 * ```
 *
 * @category Code lists
 */
export type StepKind = "receive" | "appraise" | "approve" | "return" | "transfer" | "supplement" | "payment" | "consult" | "other";

/**
 * Units of a procedure's processing time: `working_hours`, `working_days` (most common),
 * `calendar_days` and `months` [portal]. The national database's own numeric codes are not
 * published; the codes here are `@hcc`'s.
 *
 * @example
 * ```ts
 * import { timeUnits } from "@hcc/core";
 * timeUnits.label("working_days"); //=> "Ngày làm việc"
 * ```
 *
 * @category Code lists
 */
export const timeUnits = /* @__PURE__ */ defineCodeList<TimeUnit>("time unit", [
  { key: "working_hours", code: 1, label: { vi: "Giờ làm việc", en: "Working hours" } },
  { key: "working_days", code: 2, label: { vi: "Ngày làm việc", en: "Working days" } },
  { key: "calendar_days", code: 3, label: { vi: "Ngày", en: "Calendar days" } },
  { key: "months", code: 4, label: { vi: "Tháng", en: "Months" } },
] as const);

/**
 * A time-unit key (see {@link timeUnits}).
 *
 * @example
 * ```ts
 * import { type TimeUnit } from "@hcc/core";
 * const unit: TimeUnit = "working_days";
 * ```
 *
 * @category Code lists
 */
export type TimeUnit = "working_hours" | "working_days" | "calendar_days" | "months";
