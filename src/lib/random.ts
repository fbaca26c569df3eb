/**
 * A tiny seeded pseudo-random generator (mulberry32), so tests and generated scenes are reproducible:
 * the same seed always gives the same sequence. Not for cryptography.
 */

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform whole number in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  /** Uniform float in [lo, hi). */
  float(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** A [height, width] grid of uniform floats in [lo, hi). */
  grid(height: number, width: number, lo?: number, hi?: number): number[][];
}

/** A generator whose whole state is one 32-bit integer derived from `seed`. */
export function createRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (lo: number, hi: number): number => {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) {
      throw new RangeError(`int(lo, hi) needs whole numbers with lo ≤ hi (got ${lo}, ${hi}).`);
    }
    return lo + Math.floor(next() * (hi - lo + 1));
  };

  const float = (lo: number, hi: number): number => lo + next() * (hi - lo);

  return {
    next,
    int,
    float,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() needs at least one item.');
      return items[int(0, items.length - 1)];
    },
    grid: (height, width, lo = 0, hi = 1) =>
      Array.from({ length: height }, () => Array.from({ length: width }, () => float(lo, hi))),
  };
}
