// Shared by the transposed-convolution unit tests (transposed, transposed-tf, conv-matrix): the tf reference
// routes (tf.conv2dTranspose, zero insertion + tf.conv2d, tf.grad of conv2d), grid helpers and the random cases.
import type { Tensor, Tensor4D } from '@tensorflow/tfjs-core';
import { expect } from 'vitest';
import { checkTransposedConv, transposedConvOutputSize } from '../../../../src/lib/conv/arithmetic';
import { flatten, reshape } from '../../../../src/lib/grid/matrix';
import type { Random } from '../../../../src/lib/random';
import { axisPair, type AxisParam, type TransposedConvOptions } from '../../../../src/lib/conv/transposed';
import type { cpuTf } from '../../helpers/tf-cpu';

export type Tf = Awaited<ReturnType<typeof cpuTf>>;
export type Grid = number[][];
export type Pair = [number, number];
export type ExplicitPad = [[number, number], [number, number], [number, number], [number, number]];

/** Every parameter as a [height, width] pair, as the tf reference routes need it. */
export interface PairOptions {
  stride: Pair;
  padding: Pair;
  outputPadding: Pair;
  dilation: Pair;
}

export const TF_TRANSPOSE_CASES = 400;
export const ZERO_INSERTION_CASES = 300;
export const GRADIENT_CASES = 100;
export const TF_CONV_CASES = 300;
export const MATRIX_CASES = 150;
export const STEPPER_CASES = 100;

export const explicitPad = ([ph, pw]: Pair): ExplicitPad => [
  [0, 0],
  [ph, ph],
  [pw, pw],
  [0, 0],
];
export const shapeOf = (grid: Grid): [number, number] => [grid.length, grid[0].length];

export function expectGridsClose(actual: Grid, expected: Grid, label: string, tolerance = 1e-4): void {
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
export const image = (tf: Tf, grid: Grid) => tf.tensor4d(flatten(grid), [1, ...shapeOf(grid), 1]);
export const filter = (tf: Tf, kernel: Grid) => tf.tensor4d(flatten(kernel), [...shapeOf(kernel), 1, 1]);
export const toGrid = (tensor: Tensor): Grid => {
  const [, height, width] = tensor.shape;
  return reshape(Array.from(tensor.dataSync()), height, width);
};

export function outputShapeOf(input: Grid, kernel: Grid, options: PairOptions): Pair {
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
export function tfTransposed(tf: Tf, input: Grid, kernel: Grid, options: PairOptions): Grid {
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
export function zeroInsertionRoute(tf: Tf, input: Grid, kernel: Grid, options: PairOptions): Grid {
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
export function gradientRoute(tf: Tf, y: Grid, kernel: Grid, options: PairOptions): Grid {
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
export function tfConv(
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

export interface Case {
  input: Grid;
  kernel: Grid;
  /** What the library is called with: half the cases one number per parameter, half [height, width] pairs. */
  options: TransposedConvOptions;
  pairs: PairOptions;
}

export const label = (n: number, { input, kernel, pairs }: Case): string =>
  `case ${n}: ${JSON.stringify({ input: shapeOf(input), kernel: shapeOf(kernel), ...pairs })}`;

/** A random valid transposed-conv case; `maxDilation` 1 keeps it inside what tf.conv2dTranspose can do. */
export function randomCase(random: Random, maxDilation: number): Case {
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
