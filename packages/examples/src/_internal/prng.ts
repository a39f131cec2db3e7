/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) and the sampling
 * helpers the example generators need. Deterministic on every platform: only 32-bit integer
 * arithmetic, no `Math.random`.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a seeded generator. Equal seeds give equal sequences. */
export function createRng(seed: number): Rng {
  const init = splitmix32(Math.trunc(seed) | 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextU32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) nextU32();
  return {
    next: () => nextU32() / 4294967296,
    int: (min, max) => min + Math.floor((nextU32() / 4294967296) * (max - min + 1)),
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

/** Builds a cumulative-weight table for {@link pickWeighted}. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] ?? 0;
    out[i] = sum;
  }
  return out;
}

/** Index drawn with probability proportional to its weight (binary search on the cumulative table). */
export function pickWeighted(cum: Float64Array, rng: Rng): number {
  const total = cum[cum.length - 1] ?? 0;
  const x = rng.next() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Exactly `k` distinct indices drawn without replacement with probability increasing with the
 * weight (Efraimidis–Spirakis: the k largest keys `u^(1/w)`). Weights must be positive.
 */
export function sampleWithoutReplacement(weights: readonly number[], k: number, rng: Rng): Uint8Array {
  const n = weights.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = Math.max(rng.next(), Number.MIN_VALUE);
    keys[i] = Math.log(u) / (weights[i] ?? 1);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((x, y) => (keys[y] ?? 0) - (keys[x] ?? 0) || x - y);
  const chosen = new Uint8Array(n);
  for (let i = 0; i < k && i < n; i++) chosen[order[i] as number] = 1;
  return chosen;
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), so that the
 * parts add up to `total` exactly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const parts = raw.map(Math.floor);
  let rest = total - parts.reduce((s, p) => s + p, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    rest--;
  }
  return parts;
}
