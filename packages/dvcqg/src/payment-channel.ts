import { defineCodeList } from "@hcc/core";

/**
 * How a dossier's fees were paid (`DuocThanhToanTrucTuyen` of the legacy sync): 0 not paid
 * online, 1 paid on the national portal, 2 paid through the province's payment gateway, and 3,
 * which one vendor sends for "not paid online" ([code lists](../../../docs/dvcqg.md#5-code-lists-and-where-they-conflict) in the DVCQG guide). A reader accepts all four and a
 * writer gives back the code it read, so a vendor's 3 stays 3.
 *
 * @example
 * ```ts
 * import { onlinePaymentChannels } from "@hcc/dvcqg";
 * onlinePaymentChannels.fromCode("2"); //=> "provincial_gateway"
 * onlinePaymentChannels.toCode("not_paid_vendor"); //=> 3
 * ```
 *
 * @category Extras and code lists
 */
export const onlinePaymentChannels = /* @__PURE__ */ defineCodeList<OnlinePaymentChannel>("online payment channel (DuocThanhToanTrucTuyen)", [
  { key: "not_paid", code: 0, label: { vi: "Không thanh toán trực tuyến", en: "Not paid online" } },
  { key: "national_portal", code: 1, label: { vi: "Thanh toán trên Cổng DVCQG", en: "Paid on the national portal" } },
  { key: "provincial_gateway", code: 2, label: { vi: "Thanh toán qua cổng thanh toán của tỉnh", en: "Paid through the province's gateway" } },
  { key: "not_paid_vendor", code: 3, label: { vi: "Không thanh toán trực tuyến (mã 3)", en: "Not paid online (vendor code 3)" } },
] as const);

/**
 * Key of {@link onlinePaymentChannels}.
 *
 * @example
 * ```ts
 * import { type OnlinePaymentChannel } from "@hcc/dvcqg";
 * const channel: OnlinePaymentChannel = "national_portal";
 * ```
 *
 * @category Extras and code lists
 */
export type OnlinePaymentChannel = "not_paid" | "national_portal" | "provincial_gateway" | "not_paid_vendor";

/**
 * Whether a payment channel means "paid online" in the national portal's sense: 1 (national
 * portal) or 2 (the province's gateway); 0 and 3 are not.
 *
 * @param channel - a payment channel
 * @returns `true` for `national_portal` and `provincial_gateway`
 * @example
 * ```ts
 * import { isPaidOnline } from "@hcc/dvcqg";
 * isPaidOnline("provincial_gateway"); //=> true
 * isPaidOnline("not_paid_vendor"); //=> false
 * ```
 *
 * @category Extras and code lists
 */
export function isPaidOnline(channel: OnlinePaymentChannel): boolean {
  return channel === "national_portal" || channel === "provincial_gateway";
}
