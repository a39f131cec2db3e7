import { workingMsBetween, type Clock } from "./working-time.js";

let scratchFrom = new Float64Array(16);
let scratchTo = new Float64Array(16);

/**
 * Working time (ms) covered by the union of pause intervals `[from[i], to[i])` for
 * `begin ≤ i < end`, clipped to `[lo, hi)`. An open pause (`to` NaN) runs to `hi`. Overlapping
 * intervals are counted once. Allocates nothing for up to 16 pauses per dossier.
 */
export function pausedWorkingMs(
  clock: Clock,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  begin: number,
  end: number,
  lo: number,
  hi: number,
): number {
  if (end <= begin || !(hi > lo)) return 0;
  if (end - begin > scratchFrom.length) {
    scratchFrom = new Float64Array(2 * (end - begin));
    scratchTo = new Float64Array(2 * (end - begin));
  }
  let n = 0;
  for (let i = begin; i < end; i++) {
    const a = Math.max(from[i]!, lo);
    const rawTo = to[i]!;
    const b = Math.min(Number.isNaN(rawTo) ? hi : rawTo, hi);
    if (!(b > a)) continue;
    // insertion sort by start
    let j = n++;
    while (j > 0 && scratchFrom[j - 1]! > a) {
      scratchFrom[j] = scratchFrom[j - 1]!;
      scratchTo[j] = scratchTo[j - 1]!;
      j--;
    }
    scratchFrom[j] = a;
    scratchTo[j] = b;
  }
  if (n === 0) return 0;
  let total = 0;
  let curA = scratchFrom[0]!;
  let curB = scratchTo[0]!;
  for (let k = 1; k < n; k++) {
    const a = scratchFrom[k]!;
    const b = scratchTo[k]!;
    if (a <= curB) {
      if (b > curB) curB = b;
    } else {
      total += workingMsBetween(clock, curA, curB);
      curA = a;
      curB = b;
    }
  }
  return total + workingMsBetween(clock, curA, curB);
}
