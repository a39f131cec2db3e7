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
  // literals, not the module constants: inside a hot caller they fold into the machine code
  const OFF = 25_200_000;
  const DAYMS = 86_400_000;
  if (receivedMs !== receivedMs || receivedMs > asOfMs) return 0;
  // ended at or before as-of (false for NaN = not ended): resolved, else in progress
  const ended = endedMs <= asOfMs;
  const multiple = lateIfMultipleSupplements && supplementRequests > 1;
  if (dueMs !== dueMs) {
    // no due date: §4.11's net-working-time rule when both minutes are known, else on time / within
    const late = multiple || netWorkingMinutes > maxWorkingMinutes;
    return (ended ? 2 : 4) + +late;
  }
  const dueDay = Math.floor((dueMs + OFF) / DAYMS);
  let v: number;
  // Branch-free where the data decides (ended or not; early / on time / late): on real data these
  // outcomes are close to random, and mispredicted branches cost more than computing both sides.
  // The end day is NaN for an open dossier and then unused.
  if (instantComparator) {
    const endDay = Math.floor((endedMs + OFF) / DAYMS);
    const resolved = endDay < dueDay ? 1 : 2 + +(endedMs > dueMs);
    const open = 5 - +(dueMs >= asOfMs);
    v = ended ? resolved : open;
  } else {
    const d = Math.floor((endedMs + OFF) / DAYMS) - dueDay;
    const resolved = 2 + +(d > 0) - +(d < 0);
    const open = 5 - +(dueDay >= Math.floor((asOfMs + OFF) / DAYMS));
    const e = +ended;
    v = open + e * (resolved - open);
  }
  // more than one supplement request: late / overdue whatever the dates say [portal rule]
  return multiple ? 5 - 2 * +ended : v;
}
