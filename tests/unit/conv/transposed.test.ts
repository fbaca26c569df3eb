import type { Tensor, Tensor4D } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import {
  checkConv,
  checkTransposedConv,
  outputPaddingFor,
  transposedConvOutputSize,
} from '../../../src/lib/conv/arithmetic';
import { flatten, identity, matMul, matVec, reshape, transpose } from '../../../src/lib/grid/matrix';
import { createRandom, type Random } from '../../../src/lib/random';
import {
  axisPair,
  contributionsPerCell,
  conv2d,
  convMatrix,
  scatterSteps,
  transposedConv2d,
  type AxisParam,
  type ConvOptions,
  type TransposedConvOptions,
} from '../../../src/lib/conv/transposed';
import { cpuTf } from '../helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
type Grid = number[][];
type Pair = [number, number];
type ExplicitPad = [[number, number], [number, number], [number, number], [number, number]];

/** Every parameter as a [height, width] pair, as the tf reference routes need it. */
interface PairOptions {
  stride: Pair;
  padding: Pair;
  outputPadding: Pair;
  dilation: Pair;
}

const TF_TRANSPOSE_CASES = 400;
const ZERO_INSERTION_CASES = 300;
const GRADIENT_CASES = 100;
const TF_CONV_CASES = 300;
const MATRIX_CASES = 150;
const STEPPER_CASES = 100;

const explicitPad = ([ph, pw]: Pair): ExplicitPad => [
  [0, 0],
  [ph, ph],
  [pw, pw],
  [0, 0],
];
const shapeOf = (grid: Grid): [number, number] => [grid.length, grid[0].length];

function expectGridsClose(actual: Grid, expected: Grid, label: string, tolerance = 1e-4): void {
  expect(shapeOf(actual), label).toEqual(shapeOf(expected));
  actual.forEach((row, r) =>
    row.forEach((value, c) => {
      if (Math.abs(value - expected[r][c]) > tolerance) {
        expect.fail(`${label}: cell [${r}][${c}] is ${value}, expected ${expected[r][c]}`);
      }
    }),
  );
}

/** Single-channel grid ↔ NHWC tensor; kernels use [kH, kW, 1, 1], the same flat order for both filter layouts. */
const image = (tf: Tf, grid: Grid) => tf.tensor4d(flatten(grid), [1, ...shapeOf(grid), 1]);
const filter = (tf: Tf, kernel: Grid) => tf.tensor4d(flatten(kernel), [...shapeOf(kernel), 1, 1]);
const toGrid = (tensor: Tensor): Grid => {
  const [, height, width] = tensor.shape;
  return reshape(Array.from(tensor.dataSync()), height, width);
};

function outputShapeOf(input: Grid, kernel: Grid, options: PairOptions): Pair {
  return ([0, 1] as const).map((axis) =>
    transposedConvOutputSize({
      size: shapeOf(input)[axis],
      kernelSize: shapeOf(kernel)[axis],
      stride: options.stride[axis],
      padding: options.padding[axis],
      outputPadding: options.outputPadding[axis],
      dilation: options.dilation[axis],
    }),
  ) as Pair;
}

/** PyTorch-style transposed conv through tf.conv2dTranspose: explicit padding p, outputShape carries a. */
function tfTransposed(tf: Tf, input: Grid, kernel: Grid, options: PairOptions): Grid {
  const [height, width] = outputShapeOf(input, kernel, options);
  return tf.tidy(() =>
    toGrid(
      tf.conv2dTranspose(
        image(tf, input),
        filter(tf, kernel),
        [1, height, width, 1],
        options.stride,
        explicitPad(options.padding),
      ),
    ),
  );
}

/** Zero-insertion view: s−1 zeros between inputs, pad d(k−1)−p (+a bottom/right), flipped kernel, stride 1. */
function zeroInsertionRoute(tf: Tf, input: Grid, kernel: Grid, options: PairOptions): Grid {
  const { stride, padding, outputPadding, dilation } = options;
  const edge = shapeOf(kernel).map((k, axis) => dilation[axis] * (k - 1) - padding[axis]);
  const size = shapeOf(input).map((n, axis) => (n - 1) * stride[axis] + 1 + 2 * edge[axis] + outputPadding[axis]);
  const padded: Grid = Array.from({ length: size[0] }, () => new Array<number>(size[1]).fill(0));
  input.forEach((row, y) =>
    row.forEach((value, x) => {
      const [r, c] = [y * stride[0] + edge[0], x * stride[1] + edge[1]];
      if (r >= 0 && r < size[0] && c >= 0 && c < size[1]) padded[r][c] = value;
    }),
  );
  const flipped = kernel.map((row) => [...row].reverse()).reverse();
  return tf.tidy(() => toGrid(tf.conv2d(image(tf, padded), filter(tf, flipped), 1, 'valid', 'NHWC', dilation)));
}

/** The transposed conv as the gradient of conv2d with respect to its input: x ↦ Σ conv2d(x)·y. */
function gradientRoute(tf: Tf, y: Grid, kernel: Grid, options: PairOptions): Grid {
  const [height, width] = outputShapeOf(y, kernel, options);
  return tf.tidy(() => {
    const w = filter(tf, kernel);
    const dy = image(tf, y);
    const f = (x: Tensor) =>
      tf.sum(tf.mul(tf.conv2d(x as Tensor4D, w, options.stride, explicitPad(options.padding)), dy));
    return toGrid(tf.grad(f)(tf.zeros([1, height, width, 1])));
  });
}

/** tf.conv2d refuses stride > 1 together with dilation > 1: then run stride 1 and keep every s-th row/column. */
function tfConv(
  tf: Tf,
  input: Grid,
  kernel: Grid,
  { stride, padding, dilation }: Omit<PairOptions, 'outputPadding'>,
): Grid {
  const direct = stride.every((s) => s === 1) || dilation.every((d) => d === 1);
  const result = tf.tidy(() =>
    toGrid(
      tf.conv2d(image(tf, input), filter(tf, kernel), direct ? stride : 1, explicitPad(padding), 'NHWC', dilation),
    ),
  );
  if (direct) return result;
  return result.filter((_, r) => r % stride[0] === 0).map((row) => row.filter((_, c) => c % stride[1] === 0));
}

interface Case {
  input: Grid;
  kernel: Grid;
  /** What the library is called with: half the cases one number per parameter, half [height, width] pairs. */
  options: TransposedConvOptions;
  pairs: PairOptions;
}

const label = (n: number, { input, kernel, pairs }: Case): string =>
  `case ${n}: ${JSON.stringify({ input: shapeOf(input), kernel: shapeOf(kernel), ...pairs })}`;

/** A random valid transposed-conv case; `maxDilation` 1 keeps it inside what tf.conv2dTranspose can do. */
function randomCase(random: Random, maxDilation: number): Case {
  for (;;) {
    const [h, w, kh, kw] = [random.int(1, 6), random.int(1, 6), random.int(1, 5), random.int(1, 5)];
    const perAxis = random.chance(0.5);
    const draw = (lo: number, hi: number): AxisParam =>
      perAxis ? [random.int(lo, hi), random.int(lo, hi)] : random.int(lo, hi);
    const stride = axisPair(draw(1, 4));
    const dilation = axisPair(draw(1, maxDilation));
    const padding = draw(0, 4);
    const limits = [0, 1].map((axis) => Math.max(stride[axis], dilation[axis]) - 1);
    const outputPadding: AxisParam = perAxis
      ? [random.int(0, limits[0]), random.int(0, limits[1])]
      : random.int(0, Math.min(...limits));
    const options: TransposedConvOptions = perAxis
      ? { stride, padding, outputPadding, dilation }
      : { stride: stride[0], padding, outputPadding, dilation: dilation[0] };
    const pairs = { stride, padding: axisPair(padding), outputPadding: axisPair(outputPadding), dilation };
    const fits = [0, 1].every(
      (axis) =>
        checkTransposedConv({
          size: [h, w][axis],
          kernelSize: [kh, kw][axis],
          stride: stride[axis],
          padding: pairs.padding[axis],
          outputPadding: pairs.outputPadding[axis],
          dilation: dilation[axis],
        }).ok,
    );
    if (fits) return { input: random.grid(h, w, -1, 1), kernel: random.grid(kh, kw, -1, 1), options, pairs };
  }
}

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

describe('transposedConv2d against tfjs', () => {
  it(`transposedConv2d matches tf.conv2dTranspose (explicit padding, outputShape with a) on ${TF_TRANSPOSE_CASES} random configs`, async () => {
    const tf = await cpuTf();
    const random = createRandom(11);
    for (let n = 0; n < TF_TRANSPOSE_CASES; n += 1) {
      const testCase = randomCase(random, 1);
      const { input, kernel, options, pairs } = testCase;
      expectGridsClose(
        transposedConv2d(input, kernel, options),
        tfTransposed(tf, input, kernel, pairs),
        label(n, testCase),
      );
    }
  });

  it(`transposedConv2d matches the zero-insertion view run by tf.conv2d (dilation 1–3, a < max(s, d)) on ${ZERO_INSERTION_CASES} random configs`, async () => {
    const tf = await cpuTf();
    const random = createRandom(12);
    for (let n = 0; n < ZERO_INSERTION_CASES; n += 1) {
      const testCase = randomCase(random, 3);
      const { input, kernel, options, pairs } = testCase;
      expectGridsClose(
        transposedConv2d(input, kernel, options),
        zeroInsertionRoute(tf, input, kernel, pairs),
        label(n, testCase),
      );
    }
  });

  it(`transposedConv2d matches tf.grad of conv2d with respect to its input on ${GRADIENT_CASES} random configs`, async () => {
    const tf = await cpuTf();
    const random = createRandom(13);
    for (let n = 0; n < GRADIENT_CASES; n += 1) {
      const testCase = randomCase(random, 1);
      const { input, kernel, options, pairs } = testCase;
      expectGridsClose(
        transposedConv2d(input, kernel, options),
        gradientRoute(tf, input, kernel, pairs),
        label(n, testCase),
      );
    }
  });
});

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
