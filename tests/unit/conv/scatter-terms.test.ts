import { describe, expect, it } from 'vitest';
import { canvasTerms, sumText, total } from '../../../src/lib/conv/scatter-terms';
import { scatterSteps } from '../../../src/lib/conv/transposed';

describe('canvasTerms(shape, stamps, count)', () => {
  it('lists the terms each canvas cell received, in stamping order', () => {
    const record = scatterSteps([[3, 7]], [[1, 2, 1]], { stride: 2 });
    const stamps = record.steps.map((s) => s.stamp);
    expect(canvasTerms(record.canvasShape, stamps, 0)).toEqual([[[], [], [], [], []]]);
    expect(canvasTerms(record.canvasShape, stamps, 1)).toEqual([[[3], [6], [3], [], []]]);
    expect(canvasTerms(record.canvasShape, stamps, 2)).toEqual([[[3], [6], [3, 7], [14], [7]]]);
  });

  it('sums to the canvas that scatterSteps records', () => {
    const record = scatterSteps(
      [
        [3, 7],
        [1, 2],
      ],
      [
        [1, 2, 1],
        [0, 1, 0],
        [2, 1, 3],
      ],
      { stride: 2, dilation: 2 },
    );
    const stamps = record.steps.map((s) => s.stamp);
    record.steps.forEach((step, i) => {
      const terms = canvasTerms(record.canvasShape, stamps, i + 1);
      expect(terms.map((row) => row.map(total))).toEqual(step.canvasAfter);
    });
  });
});

describe('sumText(terms)', () => {
  it('writes the sum out', () => {
    expect(sumText([])).toBe('');
    expect(sumText([4])).toBe('4');
    expect(sumText([4, 6])).toBe('4 + 6');
    expect(sumText([4, -2, 0.5])).toBe('4 − 2 + 0.5');
    expect(sumText([-4, 6])).toBe('−4 + 6');
  });
});
