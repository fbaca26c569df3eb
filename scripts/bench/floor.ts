// The arithmetic of the inference bench (scripts/bench/inference.ts): medians of timed runs, a matmul's rate,
// and how far a measured time is from the floor a backend's matmul rate sets for a model's FLOPs.

/** The median of the finite values (the mean of the middle two for an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** FLOPs of an m×k by k×n matrix product: m·n·k multiply-adds, two FLOPs each. */
export function matMulFlops(m: number, k: number, n: number): number {
  return 2 * m * k * n;
}

/** A rate in GFLOP/s from FLOPs done in `milliseconds`. */
export function gflopsPerSecond(flops: number, milliseconds: number): number {
  return flops / (milliseconds * 1e6);
}

/** The floor: the milliseconds `flops` take at `gflops` GFLOP/s (the backend's measured matmul rate). */
export function floorMilliseconds(flops: number, gflops: number): number {
  return flops / (gflops * 1e6);
}

/** Time ÷ floor: 1 means the model ran as fast as one large matmul on that backend; the goal is ≤ 3. */
export function floorRatio(milliseconds: number, flops: number, gflops: number): number {
  return milliseconds / floorMilliseconds(flops, gflops);
}

/** `x` rounded to `digits` decimals, for the bench's reports. */
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
