import type { Share } from "../share.js";

/** @internal */
export function makeShare(numerator: number, denominator: number): Share {
  return Object.freeze({ numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator });
}
