/**
 * Comparing a float32 computation (tfjs) with a float64 reference, cell by cell, with a relative tolerance:
 * |a − b| ≤ rtol·max(|a|, |b|) + atol. A fixed absolute tolerance calls 1e9 ± 21 a disagreement (float32 keeps
 * 24 bits, so 1e9 is only known to ±32), and an absolute difference alone hides that scale. Values beyond
 * float32's largest finite number (≈ 3.4 × 10³⁸) become Infinity in float32: that is an overflow, said as such,
 * not a disagreement and not a change of shape.
 *
 * A cell that is a sum of terms can cancel (1e9 − 1e9 + 1 = 1): float32 then loses digits relative to the
 * terms, not to the result. So the scale of a cell is the larger of |a|, |b| and, when given, the sum of the
 * terms' magnitudes (`magnitude`: the same computation on |x| and |w|), the error bound of a float sum.
 */

/** The largest finite float32, (2 − 2⁻²³)·2¹²⁷. */
export const FLOAT32_MAX = 3.4028234663852886e38;

export interface Tolerance {
  /** Relative part: float32 rounding, and WebGL's half floats on some phones, stay within 1e-3. */
  rtol: number;
  /** Absolute part, for cells that should be 0. */
  atol: number;
}

export const FLOAT32_TOLERANCE: Tolerance = { rtol: 1e-3, atol: 1e-6 };

export type GridComparison =
  | { kind: 'shape'; actual: [number, number]; expected: [number, number] }
  /** Some reference value (or input to it) is beyond float32's range, or not finite at all; `largest` is the
   * largest finite magnitude among them. */
  | { kind: 'overflow'; largest: number }
  | {
      kind: 'agree' | 'differ';
      /** Largest |a − b| over the cells. */
      largestDifference: number;
      /** Largest |a − b| / scale (max(|a|, |b|, magnitude)) over the cells whose scale is not 0. */
      largestRelative: number;
    };

function shape(grid: readonly (readonly number[])[]): [number, number] {
  return [grid.length, grid[0]?.length ?? 0];
}

/** True when every value is a finite number that float32 can hold. */
export function fitsFloat32(values: Iterable<number>): boolean {
  for (const v of values) if (!Number.isFinite(v) || Math.abs(v) > FLOAT32_MAX) return false;
  return true;
}

type Grid = readonly (readonly number[])[];

export interface CompareOptions {
  /** The numbers the reference was computed from: one beyond float32 makes the comparison an overflow. */
  inputs?: readonly number[];
  /** Per cell, the sum of the magnitudes of the terms summed into it (same shape as `expected`). */
  magnitude?: Grid;
  tolerance?: Tolerance;
}

/** `actual` (float32) against `expected` (float64), cell by cell. */
export function compareGrids(
  actual: Grid,
  expected: Grid,
  { inputs = [], magnitude, tolerance = FLOAT32_TOLERANCE }: CompareOptions = {},
): GridComparison {
  const { rtol, atol } = tolerance;
  const [a, e] = [shape(actual), shape(expected)];
  if (a[0] !== e[0] || actual.some((row, y) => row.length !== expected[y].length)) {
    return { kind: 'shape', actual: a, expected: e };
  }
  const flat = expected.flat();
  if (!fitsFloat32(flat) || !fitsFloat32(inputs) || !fitsFloat32(actual.flat())) {
    // The largest finite magnitude (a float64 sum can itself reach Infinity; that says nothing more).
    const largest = Math.max(0, ...[...flat, ...inputs].map(Math.abs).filter(Number.isFinite));
    return { kind: 'overflow', largest };
  }
  let [largestDifference, largestRelative, ok] = [0, 0, true];
  actual.forEach((row, y) =>
    row.forEach((value, x) => {
      const reference = expected[y][x];
      const difference = Math.abs(value - reference);
      const size = Math.max(Math.abs(value), Math.abs(reference));
      const scale = Math.max(size, magnitude?.[y]?.[x] ?? 0);
      largestDifference = Math.max(largestDifference, difference);
      if (scale > 0) largestRelative = Math.max(largestRelative, difference / scale);
      if (difference > rtol * scale + atol) ok = false;
    }),
  );
  return { kind: ok ? 'agree' : 'differ', largestDifference, largestRelative };
}
