import { describe, expect, it } from 'vitest';
import {
  checkerStrength,
  constantInput,
  doublingPadding,
  interiorRange,
  kernelFor,
  overlapCounts,
  phaseSums,
  stackedTransposed,
} from '../../../src/lib/conv/checkerboard';

describe('checkerboard maths', () => {
  it('doublingPadding(k) makes every stride-2 layer exactly double the size', () => {
    expect(doublingPadding(3)).toEqual({ padding: 1, outputPadding: 1 });
    expect(doublingPadding(4)).toEqual({ padding: 1, outputPadding: 0 });
    for (let k = 2; k <= 6; k += 1) {
      for (let layers = 1; layers <= 3; layers += 1) {
        const out = stackedTransposed(constantInput(4), kernelFor('ones', k, 1), layers);
        expect(out.length).toBe(4 * 2 ** layers);
      }
    }
  });

  it('overlapCounts(k, n) alternates 1, 2 for k = 3 and stays 2 for k = 4 in the interior', () => {
    const [s3, e3] = interiorRange(3, 4, 1);
    expect(overlapCounts(3, 4).slice(s3, e3)).toEqual([1, 2, 1, 2, 1, 2, 1]);
    const [s4, e4] = interiorRange(4, 4, 1);
    expect(
      overlapCounts(4, 4)
        .slice(s4, e4)
        .every((c) => c === 2),
    ).toBe(true);
  });

  it('interiorRange marks cells that equal the value of an endless constant input', () => {
    for (const k of [3, 4, 5]) {
      const kernel = kernelFor('random', k, 7);
      const small = stackedTransposed(constantInput(4), kernel, 2);
      const big = stackedTransposed(constantInput(12), kernel, 2);
      const [start, end] = interiorRange(k, 4, 2);
      expect(end).toBeGreaterThan(start);
      // The big input's cell at the same phase, far from every edge, has the same value.
      const shift = 8 * 4;
      for (let y = start; y < end; y += 1) {
        for (let x = start; x < end; x += 1) expect(small[y][x]).toBeCloseTo(big[y + shift][x + shift], 10);
      }
    }
  });

  it('checkerStrength is 0 for a flat interior (k = 4 ones) and about 0.48 for k = 3 ones', () => {
    const flat = stackedTransposed(constantInput(4), kernelFor('ones', 4, 1), 1);
    expect(checkerStrength(flat, interiorRange(4, 4, 1)).strength).toBe(0);
    const uneven = stackedTransposed(constantInput(4), kernelFor('ones', 3, 1), 2);
    expect(checkerStrength(uneven, interiorRange(3, 4, 2)).strength).toBeGreaterThan(0.4);
  });

  it('phaseSums: bilinear k = 3 has four equal parity sums, ones k = 3 has 4, 2, 2, 1', () => {
    expect(phaseSums(kernelFor('bilinear', 3, 1)).flat()).toEqual([1, 1, 1, 1]);
    expect(phaseSums(kernelFor('ones', 3, 1)).flat()).toEqual([4, 2, 2, 1]);
  });
});
