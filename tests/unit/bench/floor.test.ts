import { describe, expect, it } from 'vitest';
import { floorMilliseconds, floorRatio, gflopsPerSecond, matMulFlops, median } from '../../../scripts/bench/floor';

describe('inference bench arithmetic', () => {
  it('takes the median of odd and even counts and skips non-finite values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7, NaN, Infinity, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('counts a matmul as two FLOPs per multiply-add and turns time into GFLOP/s', () => {
    expect(matMulFlops(1024, 1024, 1024)).toBe(2 * 1024 ** 3);
    // 2 GFLOP in 100 ms is 20 GFLOP/s.
    expect(gflopsPerSecond(2e9, 100)).toBeCloseTo(20, 12);
  });

  it('puts the floor at FLOPs ÷ rate and the ratio at time ÷ floor', () => {
    // 1.5 GFLOP at 30 GFLOP/s takes at least 50 ms; 150 ms is three times that.
    expect(floorMilliseconds(1.5e9, 30)).toBeCloseTo(50, 12);
    expect(floorRatio(150, 1.5e9, 30)).toBeCloseTo(3, 12);
    expect(floorRatio(50, 1.5e9, 30)).toBeCloseTo(1, 12);
  });
});
