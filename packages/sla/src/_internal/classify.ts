/**
 * The Vietnam day number of an instant, `floor((ms + 7 h) / 1 day)`, exactly, with a
 * multiplication instead of the division (several times slower, and this runs three times per
 * dossier in the bulk paths). The rounded product can only be off by one day right at a day's
 * boundary; the two comparisons make the result exact whatever the rounding (no such input was
 * found by the tests, which compare with the division at every boundary 1900–2100). NaN stays NaN,
 * ±Infinity stays ±Infinity.
 */
export function vnDay(ms: number): number {
  const x = ms + 25_200_000;
  const d = Math.floor(x * (1 / 86_400_000));
  return d * 86_400_000 > x ? d - 1 : (d + 1) * 86_400_000 <= x ? d + 1 : d;
}

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
  if (receivedMs !== receivedMs || receivedMs > asOfMs) return 0;
  // ended at or before as-of (false for NaN = not ended): resolved, else in progress
  const ended = endedMs <= asOfMs;
  const multiple = lateIfMultipleSupplements && supplementRequests > 1;
  if (dueMs !== dueMs) {
    // no due date: §4.11's net-working-time rule when both minutes are known, else on time / within
    const late = multiple || netWorkingMinutes > maxWorkingMinutes;
    return (ended ? 2 : 4) + +late;
  }
  const dueDay = vnDay(dueMs);
  let v: number;
  // Branch-free where the data decides (ended or not; early / on time / late): on real data these
  // outcomes are close to random, and mispredicted branches cost more than computing both sides.
  // The end day is NaN for an open dossier and then unused.
  if (instantComparator) {
    const endDay = vnDay(endedMs);
    const resolved = endDay < dueDay ? 1 : 2 + +(endedMs > dueMs);
    const open = 5 - +(dueMs >= asOfMs);
    v = ended ? resolved : open;
  } else {
    const d = vnDay(endedMs) - dueDay;
    const resolved = 2 + +(d > 0) - +(d < 0);
    const open = 5 - +(dueDay >= vnDay(asOfMs));
    const e = +ended;
    v = open + e * (resolved - open);
  }
  // more than one supplement request: late / overdue whatever the dates say [portal rule]
  return multiple ? 5 - 2 * +ended : v;
}
