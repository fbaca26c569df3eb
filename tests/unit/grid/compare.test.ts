// Comparing float32 (tfjs) with the float64 reference: a relative tolerance scaled by the terms' magnitudes,
// and overflow said as overflow (#18 "found by trying": 1e9 read "agrees … largest difference 21", 1e308 read
// "shapes differ").
import { describe, expect, it } from 'vitest';
import { compareGrids, fitsFloat32, FLOAT32_MAX } from '../../../src/lib/grid/compare';
import { transposedConv2d } from '../../../src/lib/conv/transposed';

const f32 = (grid: number[][]): number[][] => grid.map((row) => row.map(Math.fround));

describe('compareGrids', () => {
  it('calls float32 rounding of 1e9 an agreement, with a tiny relative difference', () => {
    const expected = [[1e9 + 21, 2e9 + 3]];
    const result = compareGrids(f32(expected), expected);
    expect(result.kind).toBe('agree');
    if (result.kind !== 'agree') return;
    expect(result.largestDifference).toBeGreaterThan(0);
    expect(result.largestRelative).toBeLessThan(1e-7);
  });

  it('judges a cancelling sum against the size of its terms', () => {
    // 1e9·1 + (−1e9)·1 + 1 = 1 in float64; float32 cannot hold 1e9 + 1 and may give 0.
    const expected = [[1]];
    const actual = [[0]];
    expect(compareGrids(actual, expected).kind).toBe('differ');
    expect(compareGrids(actual, expected, { magnitude: [[2e9 + 1]] }).kind).toBe('agree');
  });

  it('still finds a real disagreement', () => {
    const result = compareGrids([[1, 2.1]], [[1, 2]], { magnitude: [[1, 2]] });
    expect(result.kind).toBe('differ');
  });

  it('says overflow, not "shapes differ", when a value is beyond float32', () => {
    expect(compareGrids([[Infinity]], [[1e308]], { inputs: [1e308, 1] })).toEqual({ kind: 'overflow', largest: 1e308 });
    // Both factors fit, their product does not: float32 gives Infinity.
    expect(compareGrids([[Infinity]], [[1e40]], { inputs: [1e20, 1e20] }).kind).toBe('overflow');
    expect(fitsFloat32([FLOAT32_MAX, -FLOAT32_MAX])).toBe(true);
    expect(fitsFloat32([3.5e38])).toBe(false);
  });

  it('reports different shapes as such', () => {
    expect(compareGrids([[1, 2]], [[1], [2]])).toEqual({ kind: 'shape', actual: [1, 2], expected: [2, 1] });
  });

  it('agrees for the stepper’s large values computed in float32 (scatter-add of fround values)', () => {
    const input = [
      [1e9, -1e9],
      [3, 1e9],
    ];
    const kernel = [
      [1, 1],
      [1, 1],
    ];
    const options = { stride: 1, padding: 0, outputPadding: 0, dilation: 1 };
    const expected = transposedConv2d(input, kernel, options);
    const magnitude = transposedConv2d(
      input.map((r) => r.map(Math.abs)),
      kernel,
      options,
    );
    expect(compareGrids(f32(expected), expected, { inputs: input.flat(), magnitude }).kind).toBe('agree');
  });
});
