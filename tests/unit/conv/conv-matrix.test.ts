// conv2d against tf.conv2d, and the convolution as a matrix: C·vec(x) is conv2d(x), Cᵀ·vec(y) is the transposed
// convolution, CᵀC is not the identity (src/lib/conv/transposed.ts).
import { describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { checkConv, outputPaddingFor } from '../../../src/lib/conv/arithmetic';
import { flatten, identity, matMul, matVec, reshape, transpose } from '../../../src/lib/grid/matrix';
import { createRandom, type Random } from '../../../src/lib/random';
import {
  axisPair,
  conv2d,
  convMatrix,
  transposedConv2d,
  type AxisParam,
  type ConvOptions,
} from '../../../src/lib/conv/transposed';
import { cpuTf } from '../helpers/tf-cpu';
import {
  MATRIX_CASES,
  TF_CONV_CASES,
  expectGridsClose,
  shapeOf,
  tfConv,
  type Grid,
  type Pair,
  type PairOptions,
} from './helpers/transposed-cases';

describe('conv2d and convMatrix', () => {
  interface ConvCase {
    input: Grid;
    kernel: Grid;
    options: ConvOptions;
    pairs: Omit<PairOptions, 'outputPadding'>;
  }

  function randomConv(random: Random): ConvCase {
    for (;;) {
      const [h, w, kh, kw] = [random.int(1, 9), random.int(1, 9), random.int(1, 5), random.int(1, 5)];
      const perAxis = random.chance(0.5);
      const draw = (lo: number, hi: number): AxisParam =>
        perAxis ? [random.int(lo, hi), random.int(lo, hi)] : random.int(lo, hi);
      const options = { stride: draw(1, 4), padding: draw(0, 3), dilation: draw(1, 3) };
      const pairs = {
        stride: axisPair(options.stride),
        padding: axisPair(options.padding),
        dilation: axisPair(options.dilation),
      };
      const fits = [0, 1].every((axis) => checkConv(axisOptions(pairs, [h, w][axis], [kh, kw][axis], axis)).ok);
      if (fits) return { input: random.grid(h, w, -1, 1), kernel: random.grid(kh, kw, -1, 1), options, pairs };
    }
  }

  /** The one-axis parameters of a conv for `checkConv` / `outputPaddingFor`. */
  function axisOptions(pairs: ConvCase['pairs'], size: number, kernelSize: number, axis: 0 | 1 | number) {
    return {
      size,
      kernelSize,
      stride: pairs.stride[axis],
      padding: pairs.padding[axis],
      dilation: pairs.dilation[axis],
    };
  }

  it('conv2d([[1, 2, 3, 4]], [[1, 0, -1]]) is [[-2, -2]] (cross-correlation: no flip)', () => {
    expect(conv2d([[1, 2, 3, 4]], [[1, 0, -1]])).toEqual([[-2, -2]]);
  });
  it('conv2d throws a RangeError naming the axis when no window fits', () => {
    expect(() => conv2d([[1, 2, 3]], [[1], [1]])).toThrow(/Height: The kernel \(2\) is wider than the input \(1\)/);
  });

  it(`conv2d matches tf.conv2d (explicit padding, dilations) on ${TF_CONV_CASES} random configs`, async () => {
    const tf = await cpuTf();
    const random = createRandom(31);
    for (let n = 0; n < TF_CONV_CASES; n += 1) {
      const { input, kernel, options, pairs } = randomConv(random);
      const text = `case ${n}: ${JSON.stringify({ input: shapeOf(input), kernel: shapeOf(kernel), ...pairs })}`;
      expectGridsClose(conv2d(input, kernel, options), tfConv(tf, input, kernel, pairs), text);
    }
  });

  it(`convMatrix(h, w, kernel)·vec(x) is vec(conv2d(x)) on ${MATRIX_CASES} random configs`, () => {
    const random = createRandom(41);
    for (let n = 0; n < MATRIX_CASES; n += 1) {
      const { input, kernel, options } = randomConv(random);
      const matrix = convMatrix(input.length, input[0].length, kernel, options);
      const expected = conv2d(input, kernel, options);
      expect(matrix).toHaveLength(expected.length * expected[0].length);
      expect(matrix[0]).toHaveLength(input.length * input[0].length);
      const product = reshape(matVec(matrix, flatten(input)), ...shapeOf(expected));
      expectGridsClose(product, expected, `case ${n}`, 1e-12);
    }
  });

  it(`reshape(Cᵀ·vec(y)) is transposedConv2d(y) with outputPadding = outputPaddingFor(i) per axis, on ${MATRIX_CASES} random configs`, () => {
    const random = createRandom(42);
    let withOutputPadding = 0;
    for (let n = 0; n < MATRIX_CASES; n += 1) {
      const { input, kernel, options, pairs } = randomConv(random);
      const [h, w] = shapeOf(input);
      const outputPadding = [0, 1].map((axis) =>
        outputPaddingFor(axisOptions(pairs, [h, w][axis], shapeOf(kernel)[axis], axis)),
      ) as Pair;
      const matrix = convMatrix(h, w, kernel, options);
      const y = random.grid(...shapeOf(conv2d(input, kernel, options)), -1, 1);
      const viaMatrix = reshape(matVec(transpose(matrix), flatten(y)), h, w);
      expectGridsClose(transposedConv2d(y, kernel, { ...options, outputPadding }), viaMatrix, `case ${n}`, 1e-12);
      if (outputPadding.some((a) => a > 0)) withOutputPadding += 1;
    }
    expect(withOutputPadding).toBeGreaterThan(20);
  });

  it('convMatrix(1, 3, [[1, 1]]) is [[1, 1, 0], [0, 1, 1]] and CᵀC is not the identity', () => {
    const matrix = convMatrix(1, 3, [[1, 1]]);
    expect(matrix).toEqual([
      [1, 1, 0],
      [0, 1, 1],
    ]);
    const gram = matMul(transpose(matrix), matrix);
    expect(gram).toEqual([
      [1, 1, 0],
      [1, 2, 1],
      [0, 1, 1],
    ]);
    expect(gram).not.toEqual(identity(3));
    // so the transposed conv does not undo the conv: [1, 2, 3] → [3, 5] → [3, 8, 5]
    expect(transposedConv2d(conv2d([[1, 2, 3]], [[1, 1]]), [[1, 1]])).toEqual([[3, 8, 5]]);
  });

  it('convMatrix(4, 4, 3×3 kernel, { stride: 2, padding: 1 }) is 4×16, so CᵀC (16×16) cannot be the identity', () => {
    const kernel = [
      [1, 2, 1],
      [2, 4, 2],
      [1, 2, 1],
    ];
    const matrix = convMatrix(4, 4, kernel, { stride: 2, padding: 1 });
    expect([matrix.length, matrix[0].length]).toEqual([4, 16]);
    const gram = matMul(transpose(matrix), matrix);
    expect(gram).toHaveLength(16);
    expect(gram).not.toEqual(identity(16));
    expect(gram[0][0]).toBe(16); // input cell (0, 0) is read once, by the centre weight 4: 4·4
  });
});
