const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const vnDay = (ms: number): number => Math.floor((ms + OFFSET_MS) / DAY_MS);

/**
 * The classification rule of §4.11 on plain numbers (no allocation): returns the verdict code
 * 0–5. `asOfMs` must be finite (checked by the callers). See `classifyVerdict` for the rule.
 */
export function classifyCode(
  receivedMs: number,
  dueMs: number,
  endedMs: number,
  asOfMs: number,
  supplementRequests: number,
  instantComparator: boolean,
  lateIfMultipleSupplements: boolean,
  netWorkingMinutes: number,
  maxWorkingMinutes: number,
): number {
  if (Number.isNaN(receivedMs) || receivedMs > asOfMs) return 0;
  const multiple = lateIfMultipleSupplements && supplementRequests > 1;
  const within = Number.isNaN(netWorkingMinutes) || Number.isNaN(maxWorkingMinutes) || netWorkingMinutes <= maxWorkingMinutes;
  if (!Number.isNaN(endedMs) && endedMs <= asOfMs) {
    if (multiple) return 3;
    if (Number.isNaN(dueMs)) return within ? 2 : 3;
    const endDay = vnDay(endedMs);
    const dueDay = vnDay(dueMs);
    if (endDay < dueDay) return 1;
    if (instantComparator) return endedMs <= dueMs ? 2 : 3;
    return endDay === dueDay ? 2 : 3;
  }
  if (multiple) return 5;
  if (Number.isNaN(dueMs)) return within ? 4 : 5;
  if (instantComparator) return dueMs >= asOfMs ? 4 : 5;
  return vnDay(dueMs) >= vnDay(asOfMs) ? 4 : 5;
}
