import { VIETNAM_UTC_OFFSET_MS } from "@hcc/core";

/**
 * The Vietnam day number of an instant, `floor((ms + 7 h) / 1 day)`, exactly, with a
 * multiplication instead of the division (several times slower, and this runs three times per
 * dossier in the bulk paths). The rounded product can only be off by one day right at a day's
 * boundary; the two comparisons make the result exact whatever the rounding (no such input was
 * found by the tests, which compare with the division at every boundary 1900–2100). NaN stays NaN,
 * ±Infinity stays ±Infinity.
 */
export function vnDay(ms: number): number {
  const x = ms + VIETNAM_UTC_OFFSET_MS;
  const d = Math.floor(x * (1 / 86_400_000));
  return d * 86_400_000 > x ? d - 1 : (d + 1) * 86_400_000 <= x ? d + 1 : d;
}

/** The first millisecond of the Vietnam day of an instant (NaN and ±Infinity kept). */
export function vnDayStart(ms: number): number {
  return vnDay(ms) * 86_400_000 - VIETNAM_UTC_OFFSET_MS;
}

/**
 * The classification rule of §4.11 on plain numbers (no allocation): returns the verdict code
 * 0–5. `asOfMs` must be finite (checked by the callers), and `asOfDayStartMs` is
 * `vnDayStart(asOfMs)`, given so that loops over many dossiers work it out once. See
 * `classifyVerdict` for the rule.
 *
 * Days are compared through the first millisecond of the due day: the end is on an earlier day
 * when it is before that instant, on a later day when it is a day or more after it. One day
 * number per dossier instead of three.
 */
export function classifyCode(
  receivedMs: number,
  dueMs: number,
  endedMs: number,
  asOfMs: number,
  asOfDayStartMs: number,
  supplementRequests: number,
  instantComparator: boolean,
  lateIfMultipleSupplements: boolean,
  netWorkingMinutes: number,
  maxWorkingMinutes: number,
): number {
  if (receivedMs !== receivedMs || receivedMs > asOfMs) return 0;
  // ended at or before as-of (false for NaN = not ended): resolved, else in progress
  const ended = +(endedMs <= asOfMs);
  const multiple = lateIfMultipleSupplements && supplementRequests > 1;
  if (dueMs !== dueMs) {
    // no due date: §4.11's net-working-time rule when both minutes are known, else on time / within
    const late = multiple || netWorkingMinutes > maxWorkingMinutes;
    return (ended ? 2 : 4) + +late;
  }
  if (dueMs === Infinity || dueMs === -Infinity) {
    // a due "day" at ±infinity: compared as day numbers (an end at -Infinity is on that same day)
    if (multiple) return 5 - 2 * ended;
    if (!ended) return dueMs > 0 ? 4 : 5;
    if (dueMs > 0) return 1;
    return endedMs === -Infinity ? 2 : 3;
  }
  // Branch-free where the data decides (ended or not; early / on time / late): on real data these
  // outcomes are close to random, and mispredicted branches cost more than computing both sides.
  // The comparisons with an open dossier's end (NaN) are false and their result unused.
  const dueDayStart = vnDayStart(dueMs);
  const early = +(endedMs < dueDayStart);
  let resolved: number;
  let open: number;
  if (instantComparator) {
    // on time up to the due instant; early only on an earlier day
    resolved = 2 + +(endedMs > dueMs) - early;
    open = 5 - +(dueMs >= asOfMs);
  } else {
    resolved = 2 + +(endedMs >= dueDayStart + 86_400_000) - early;
    open = 5 - +(dueDayStart >= asOfDayStartMs);
  }
  // more than one supplement request: late / overdue whatever the dates say [portal rule]
  if (multiple) return 5 - 2 * ended;
  return open + ended * (resolved - open);
}
