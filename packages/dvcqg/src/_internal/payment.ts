// `DuocThanhToanTrucTuyen` on the wire: a code 0–3 (rules-2025.md §D), or, from older senders, a
// yes/no flag. Read into a payment channel plus the yes/no the core dossier keeps; written back
// as the code that was read.
import { isPaidOnline, onlinePaymentChannels, type OnlinePaymentChannel } from "../payment-channel.js";
import { flag } from "./parts.js";
import { describe, isBlank, issue, type Issues, type Path } from "./read.js";

const YES = new Set(["true", "yes", "co", "có"]);
const NO = new Set(["false", "no", "khong", "không"]);

/** The channel (when a code was sent) and the yes/no (whenever a value was sent). */
export function readPayment(value: unknown, path: Path, issues: Issues): { channel?: OnlinePaymentChannel; paidOnline?: boolean } {
  if (isBlank(value)) return {};
  if (typeof value === "boolean") return { paidOnline: value };
  if (typeof value === "string" || typeof value === "number") {
    const text = String(value).trim();
    const parsed = onlinePaymentChannels.schema.safeParse(/^\d+$/.test(text) ? Number(text) : text);
    if (parsed.success) return { channel: parsed.data, paidOnline: isPaidOnline(parsed.data) };
    const lower = text.toLowerCase();
    if (YES.has(lower)) return { paidOnline: true };
    if (NO.has(lower)) return { paidOnline: false };
  }
  issue(issues, path, `unknown online payment channel ${describe(value)}: expected 0, 1, 2 or 3 (or true/false)`, value);
  return {};
}

/** The wire value: the channel's code when known, else the yes/no as 1/0; a contradiction is an issue. */
export function writePayment(channel: OnlinePaymentChannel | undefined, paidOnline: boolean | undefined, issues: Issues): string {
  if (channel === undefined) return flag(paidOnline);
  if (paidOnline !== undefined && paidOnline !== isPaidOnline(channel)) {
    issue(issues, ["DuocThanhToanTrucTuyen"], `flags.paidOnline is ${paidOnline} but the payment channel is ${channel}`, channel);
  }
  return String(onlinePaymentChannels.toCode(channel));
}
