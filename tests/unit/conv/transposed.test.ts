// transposedConv2d and scatterSteps (src/lib/conv/transposed.ts): hand-worked examples, and the stepper's record
// against the direct sum on random configs. Against tfjs: transposed-tf.test.ts; conv2d and C: conv-matrix.test.ts.
import { describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { createRandom } from '../../../src/lib/random';
import { contributionsPerCell, scatterSteps, transposedConv2d } from '../../../src/lib/conv/transposed';
import { STEPPER_CASES, randomCase } from './helpers/transposed-cases';

describe('transposedConv2d: hand-worked examples', () => {
  it('transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2 }) is [[3, 6, 19, 14, 28]]: 19 = 3·4 + 7·1', () => {
    expect(transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2 })).toEqual([[3, 6, 19, 14, 28]]);
    expect(contributionsPerCell([[3, 7]], [[1, 2, 4]], { stride: 2 })).toEqual([[[3], [6], [12, 7], [14], [28]]]);
  });
  it('transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, padding: [0, 1] }) crops one cell each side: [[6, 19, 14]]', () => {
    expect(transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, padding: [0, 1] })).toEqual([[6, 19, 14]]);
  });
  it('transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, padding: [0, 1], outputPadding: [0, 1] }) keeps the right cell: [[6, 19, 14, 28]]', () => {
    expect(transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, padding: [0, 1], outputPadding: [0, 1] })).toEqual([
      [6, 19, 14, 28],
    ]);
  });
  it('transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, outputPadding: [0, 1] }) grows the canvas with a zero', () => {
    expect(transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, outputPadding: [0, 1] })).toEqual([
      [3, 6, 19, 14, 28, 0],
    ]);
  });
  it('transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, outputPadding: 1 }) pads both axes, as in PyTorch: a zero row too', () => {
    expect(transposedConv2d([[3, 7]], [[1, 2, 4]], { stride: 2, outputPadding: 1 })).toEqual([
      [3, 6, 19, 14, 28, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
  });
  it('transposedConv2d([[1]], [[1, 2]], { dilation: 3 }) spreads the kernel out: [[1, 0, 0, 2]]', () => {
    expect(transposedConv2d([[1]], [[1, 2]], { dilation: 3 })).toEqual([[1, 0, 0, 2]]);
  });
  it('transposedConv2d(2×2 input, 3×3 ones, { stride: 2 }) is 5×5 with the four stamps overlapping in the middle', () => {
    const ones = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ];
    expect(
      transposedConv2d(
        [
          [1, 2],
          [3, 4],
        ],
        ones,
        { stride: 2 },
      ),
    ).toEqual([
      [1, 1, 3, 2, 2],
      [1, 1, 3, 2, 2],
      [4, 4, 10, 6, 6],
      [3, 3, 7, 4, 4],
      [3, 3, 7, 4, 4],
    ]);
    expect(
      contributionsPerCell(
        [
          [1, 2],
          [3, 4],
        ],
        ones,
        { stride: 2 },
      )[2][2],
    ).toEqual([1, 2, 3, 4]);
  });
  it('transposedConv2d(3×3 ones, 3×3 ones) is 5×5 and counts the overlapping stamps', () => {
    const ones = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ];
    expect(transposedConv2d(ones, ones)).toEqual([
      [1, 2, 3, 2, 1],
      [2, 4, 6, 4, 2],
      [3, 6, 9, 6, 3],
      [2, 4, 6, 4, 2],
      [1, 2, 3, 2, 1],
    ]);
  });
  it('transposedConv2d handles a non-square input and kernel: [[1], [2]] with [[1, 10]] at stride 2', () => {
    expect(transposedConv2d([[1], [2]], [[1, 10]], { stride: 2 })).toEqual([
      [1, 10],
      [0, 0],
      [2, 20],
    ]);
  });
  it('transposedConv2d throws a RangeError naming the axis when the parameters are impossible', () => {
    expect(() => transposedConv2d([[1, 2]], [[1]], { stride: 2, outputPadding: 2 })).toThrow(
      /Height: Output padding a = 2 must be smaller than max\(stride, dilation\) = 2/,
    );
    expect(() => transposedConv2d([[1]], [[1, 1]], { padding: 1 })).toThrow(/nothing is left/);
    expect(() => transposedConv2d([], [[1]])).toThrow(/input is empty/);
    expect(() => transposedConv2d([[1, 2], [3]], [[1]])).toThrow(/same length/);
  });
});

describe('scatterSteps and contributionsPerCell', () => {
  it('scatterSteps([[3, 7]], [[1, 2, 4]], { stride: 2, padding: [0, 1], outputPadding: [0, 1] }) records two stamps on a 1×5 canvas', () => {
    const record = scatterSteps([[3, 7]], [[1, 2, 4]], { stride: 2, padding: [0, 1], outputPadding: [0, 1] });
    expect(record.canvasShape).toEqual([1, 5]);
    expect(record.crop).toEqual({ top: 0, left: 1, height: 1, width: 4 });
    expect(record.steps.map(({ y, x, value }) => [y, x, value])).toEqual([
      [0, 0, 3],
      [0, 1, 7],
    ]);
    expect(record.steps[0].stamp.map((cell) => [cell.col, cell.contribution])).toEqual([
      [0, 3],
      [1, 6],
      [2, 12],
    ]);
    expect(record.steps[0].canvasAfter).toEqual([[3, 6, 12, 0, 0]]);
    expect(record.steps[1].canvasAfter).toEqual([[3, 6, 19, 14, 28]]);
    expect(record.output).toEqual([[6, 19, 14, 28]]);
  });
  it('scatterSteps grows the canvas when outputPadding > padding', () => {
    const record = scatterSteps([[3, 7]], [[1, 2, 4]], { stride: 2, outputPadding: [0, 1] });
    expect(record.canvasShape).toEqual([1, 6]);
    expect(record.crop).toEqual({ top: 0, left: 0, height: 1, width: 6 });
  });
  it(`scatterSteps agrees with transposedConv2d and never rewrites an earlier canvas, on ${STEPPER_CASES} random configs`, () => {
    const random = createRandom(21);
    for (let n = 0; n < STEPPER_CASES; n += 1) {
      const { input, kernel, options } = randomCase(random, 3);
      const record = scatterSteps(input, kernel, options);
      const snapshot = record.steps.map((step) => step.canvasAfter.map((row) => [...row]));
      const direct = transposedConv2d(input, kernel, options);
      expect(record.steps).toHaveLength(input.length * input[0].length);
      expect(record.output).toEqual(direct);
      record.steps.forEach((step, i) => {
        expect(step.stamp).toHaveLength(kernel.length * kernel[0].length);
        expect(step.canvasAfter).toEqual(snapshot[i]);
      });
      const terms = contributionsPerCell(input, kernel, options);
      const summed = terms.map((row) => row.map((cell) => cell.reduce((sum, term) => sum + term, 0)));
      expect(summed).toEqual(direct);
    }
  });
});
