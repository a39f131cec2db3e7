import { defineCodeList } from "@hcc/core";

/**
 * How a fee is collected (`HinhThucThu` in fee lists): 1 on receipt, 2 with a supplement,
 * 4 when the result is returned (the VNPT iGate ministry-portal guide; there is no code 3).
 *
 * @example
 * ```ts
 * import { feeCollectionMethods } from "@hcc/dvcqg";
 * feeCollectionMethods.fromCode("4"); //=> "on_return"
 * ```
 *
 * @category Extras and code lists
 */
export const feeCollectionMethods = /* @__PURE__ */ defineCodeList<FeeCollectionMethod>("fee collection method (HinhThucThu)", [
  { key: "on_receipt", code: 1, label: { vi: "Thu khi tiếp nhận", en: "On receipt" } },
  { key: "on_supplement", code: 2, label: { vi: "Thu khi bổ sung", en: "With a supplement" } },
  { key: "on_return", code: 4, label: { vi: "Thu khi trả kết quả", en: "When the result is returned" } },
] as const);

/**
 * Key of {@link feeCollectionMethods}.
 *
 * @example
 * ```ts
 * import { type FeeCollectionMethod } from "@hcc/dvcqg";
 * const method: FeeCollectionMethod = "on_receipt";
 * ```
 *
 * @category Extras and code lists
 */
export type FeeCollectionMethod = "on_receipt" | "on_supplement" | "on_return";

/**
 * Kind of fee (`LoaiPhiLePhi`): 1 ordinary fee or charge, 2 appraisal / licensing fee, 3 renewal
 * fee (iGate ministry-portal guide).
 *
 * @example
 * ```ts
 * import { feeTypes } from "@hcc/dvcqg";
 * feeTypes.toCode("licensing"); //=> 2
 * ```
 *
 * @category Extras and code lists
 */
export const feeTypes = /* @__PURE__ */ defineCodeList<FeeType>("fee type (LoaiPhiLePhi)", [
  { key: "regular", code: 1, label: { vi: "Phí, lệ phí thông thường", en: "Ordinary fee or charge" } },
  { key: "licensing", code: 2, label: { vi: "Phí thẩm định cấp phép", en: "Appraisal / licensing fee" } },
  { key: "renewal", code: 3, label: { vi: "Phí gia hạn", en: "Renewal fee" } },
] as const);

/**
 * Key of {@link feeTypes}.
 *
 * @example
 * ```ts
 * import { type FeeType } from "@hcc/dvcqg";
 * const type: FeeType = "regular";
 * ```
 *
 * @category Extras and code lists
 */
export type FeeType = "regular" | "licensing" | "renewal";

/**
 * Kind of copy of a submitted document (`LoaiBan`): 0 original, 1 copy, 2 electronic.
 *
 * @example
 * ```ts
 * import { copyTypes } from "@hcc/dvcqg";
 * copyTypes.fromCode(2); //=> "electronic"
 * ```
 *
 * @category Extras and code lists
 */
export const copyTypes = /* @__PURE__ */ defineCodeList<CopyType>("copy type (LoaiBan)", [
  { key: "original", code: 0, label: { vi: "Bản chính", en: "Original" } },
  { key: "copy", code: 1, label: { vi: "Bản sao", en: "Copy" } },
  { key: "electronic", code: 2, label: { vi: "Bản điện tử", en: "Electronic" } },
] as const);

/**
 * Key of {@link copyTypes}.
 *
 * @example
 * ```ts
 * import { type CopyType } from "@hcc/dvcqg";
 * const type: CopyType = "copy";
 * ```
 *
 * @category Extras and code lists
 */
export type CopyType = "original" | "copy" | "electronic";

/**
 * Kind of personal identifier in `DinhDanhCHS.LoaiDinhDanh`: 1 personal identification number
 * (CCCD, 12 digits), 2 legacy identity card (CMND, 9 digits). Inferred from the Tân Dân sync
 * [medium confidence].
 *
 * @example
 * ```ts
 * import { identityTypes } from "@hcc/dvcqg";
 * identityTypes.fromCode("2"); //=> "legacy_id_card"
 * ```
 *
 * @category Extras and code lists
 */
export const identityTypes = /* @__PURE__ */ defineCodeList<IdentityType>("identity type (LoaiDinhDanh)", [
  { key: "personal_id", code: 1, label: { vi: "Số định danh cá nhân / CCCD", en: "Personal identification number" } },
  { key: "legacy_id_card", code: 2, label: { vi: "Chứng minh nhân dân", en: "Legacy identity card (CMND)" } },
] as const);

/**
 * Key of {@link identityTypes}.
 *
 * @example
 * ```ts
 * import { type IdentityType } from "@hcc/dvcqg";
 * const type: IdentityType = "personal_id";
 * ```
 *
 * @category Extras and code lists
 */
export type IdentityType = "personal_id" | "legacy_id_card";
