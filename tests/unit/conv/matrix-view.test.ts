import { describe, expect, it } from 'vitest';
import { conv2d, transposedConv2d } from '../../../src/lib/conv/transposed';
import { gridPosition, kernelOfSize, matrixViewModel } from '../../../src/lib/conv/matrix-view';
import { clampState, decodeInput, encodeInput } from '../../../src/widgets/matrix-view/state';
import { highlightOf } from '../../../src/widgets/matrix-view/highlight';

const x4 = [
  [1, 0, 2, 1],
  [3, 1, 0, 2],
  [0, 2, 1, 1],
  [2, 1, 3, 0],
];

describe('matrixViewModel(params, x)', () => {
  it('gives y = conv2d(x) and Cᵀy = transposedConv2d(y) with the output padding that returns size i', () => {
    for (const inputSize of [2, 3, 4])
      for (const kernelSize of [2, 3])
        for (const stride of [1, 2])
          for (const padding of [0, 1]) {
            const x = x4.slice(0, inputSize).map((row) => row.slice(0, inputSize));
            const model = matrixViewModel({ inputSize, kernelSize, stride, padding }, x);
            if (!model.ok) {
              expect(kernelSize).toBeGreaterThan(inputSize + 2 * padding);
              continue;
            }
            const kernel = kernelOfSize(kernelSize);
            expect(model.output).toEqual(conv2d(x, kernel, { stride, padding }));
            expect(model.transposed).toEqual(
              transposedConv2d(model.output, kernel, { stride, padding, outputPadding: model.outputPadding }),
            );
            expect(model.roundTripDifference).toBeGreaterThan(0);
          }
  });

  it('says why a 3 × 3 kernel has no place on a 2 × 2 input without padding', () => {
    expect(
      matrixViewModel({ inputSize: 2, kernelSize: 3, stride: 1, padding: 0 }, [
        [1, 2],
        [3, 4],
      ]),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('no window fits') });
  });
});

describe('highlightOf(pattern, focus)', () => {
  const model = matrixViewModel(
    { inputSize: 3, kernelSize: 2, stride: 1, padding: 0 },
    x4.slice(0, 3).map((r) => r.slice(0, 3)),
  );
  if (!model.ok) throw new Error('model');
  it('lights the kernel placement of a row on x and on Cᵀy', () => {
    expect(highlightOf(model.pattern, { kind: 'row', index: 2 })).toEqual({
      rows: [2],
      columns: [],
      input: [3, 4, 6, 7],
      output: [2],
      transposed: [3, 4, 6, 7],
    });
  });
  it('lights the output cells an input cell feeds for a column', () => {
    expect(highlightOf(model.pattern, { kind: 'column', index: 0 }).output).toEqual([0]);
    expect(highlightOf(model.pattern, { kind: 'column', index: 4 }).output).toEqual([0, 1, 2, 3]);
  });
});

describe('matrix view state', () => {
  it('keeps the top-left of x when the input size changes and clamps entries to −9 … 9', () => {
    expect(
      decodeInput('1,2,3,4', 3)
        .slice(0, 2)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(decodeInput('1,2,3,40', 2)).toEqual([
      [1, 2],
      [3, 9],
    ]);
    expect(clampState({ i: 9, k: 1, s: 2.4, p: -1, x: 'nonsense' })).toMatchObject({ i: 4, k: 2, s: 2, p: 0 });
    expect(
      encodeInput([
        [1, -2],
        [3, 4],
      ]),
    ).toBe('1,-2,3,4');
    expect(gridPosition(5, 3)).toEqual([1, 2]);
  });
});
