/**
 * Single-channel 2-D convolution and transposed convolution, written the way the lesson explains them.
 * Grids are arrays of rows, shape [height, width]; kernels may be non-square. Semantics follow PyTorch:
 * `conv2d` is cross-correlation (no kernel flip); `transposedConv2d` scatters each input value times the
 * kernel at (y·stride, x·stride) on a canvas, sums overlaps, then crops `padding` from the top/left and
 * `padding − outputPadding` from the bottom/right (growing the canvas with zeros when that is negative).
 * Each parameter is one number for both axes or a [height, width] pair (so a 1×n grid can be a 1-D strip).
 */
import { checkConv, checkTransposedConv, dilatedSpan, type SizeCheck } from './arithmetic';
import { filledGrid, gridShape, type Matrix } from '../grid/matrix';

/** One value for both axes, or [height, width]. */
export type AxisParam = number | readonly [number, number];

export interface ConvOptions {
  stride?: AxisParam;
  padding?: AxisParam;
  dilation?: AxisParam;
}

export interface TransposedConvOptions extends ConvOptions {
  outputPadding?: AxisParam;
}

type Pair = [number, number];
const AXES = [0, 1] as const;
const AXIS_NAMES = ['Height', 'Width'] as const;

/** The [height, width] values of a parameter. */
export function axisPair(value: AxisParam): Pair {
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}

/** The part of the uncropped canvas that is the output, in canvas coordinates. */
export interface CropWindow {
  top: number;
  left: number;
  height: number;
  width: number;
}

/** One canvas cell written while stamping: canvas[row][col] += contribution = value · kernel[kernelRow][kernelCol]. */
export interface StampCell {
  row: number;
  col: number;
  kernelRow: number;
  kernelCol: number;
  contribution: number;
}

/** Stamping input cell (y, x): its value, the cells it wrote, and a fresh copy of the canvas afterwards. */
export interface ScatterStep {
  y: number;
  x: number;
  value: number;
  stamp: StampCell[];
  canvasAfter: Matrix;
}

export interface ScatterRecord {
  /** [height, width] of the uncropped canvas (already grown when outputPadding > padding). */
  canvasShape: [number, number];
  crop: CropWindow;
  /** One step per input cell, row-major. */
  steps: ScatterStep[];
  /** The cropped result, equal to transposedConv2d(input, kernel, options). */
  output: Matrix;
}

interface ScatterGeometry {
  kernelShape: Pair;
  stride: Pair;
  dilation: Pair;
  canvasShape: Pair;
  crop: CropWindow;
}

function sizeOrThrow(check: SizeCheck, axis: string): number {
  if (!check.ok) throw new RangeError(`${axis}: ${check.reason}`);
  return check.size;
}

function scatterGeometry(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  options: TransposedConvOptions,
): ScatterGeometry {
  const inputShape = gridShape(input, 'input');
  const kernelShape = gridShape(kernel, 'kernel');
  const stride = axisPair(options.stride ?? 1);
  const padding = axisPair(options.padding ?? 0);
  const outputPadding = axisPair(options.outputPadding ?? 0);
  const dilation = axisPair(options.dilation ?? 1);
  const [height, width] = AXES.map((axis) =>
    sizeOrThrow(
      checkTransposedConv({
        size: inputShape[axis],
        kernelSize: kernelShape[axis],
        stride: stride[axis],
        padding: padding[axis],
        outputPadding: outputPadding[axis],
        dilation: dilation[axis],
      }),
      AXIS_NAMES[axis],
    ),
  );
  const canvasShape = AXES.map(
    (axis) =>
      (inputShape[axis] - 1) * stride[axis] +
      dilatedSpan(kernelShape[axis], dilation[axis]) +
      Math.max(0, outputPadding[axis] - padding[axis]),
  ) as Pair;
  return { kernelShape, stride, dilation, canvasShape, crop: { top: padding[0], left: padding[1], height, width } };
}

function stampOf(
  geometry: ScatterGeometry,
  kernel: readonly (readonly number[])[],
  y: number,
  x: number,
  value: number,
): StampCell[] {
  const { kernelShape, stride, dilation } = geometry;
  const stamp: StampCell[] = [];
  for (let kernelRow = 0; kernelRow < kernelShape[0]; kernelRow += 1) {
    for (let kernelCol = 0; kernelCol < kernelShape[1]; kernelCol += 1) {
      stamp.push({
        row: y * stride[0] + kernelRow * dilation[0],
        col: x * stride[1] + kernelCol * dilation[1],
        kernelRow,
        kernelCol,
        contribution: value * kernel[kernelRow][kernelCol],
      });
    }
  }
  return stamp;
}

function cropCanvas(canvas: Matrix, { top, left, height, width }: CropWindow): Matrix {
  return canvas.slice(top, top + height).map((row) => row.slice(left, left + width));
}

/** Transposed convolution (PyTorch `conv_transpose2d`, one channel, no bias) by literal scatter-add. */
export function transposedConv2d(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  options: TransposedConvOptions = {},
): Matrix {
  const geometry = scatterGeometry(input, kernel, options);
  const canvas = filledGrid(...geometry.canvasShape);
  input.forEach((row, y) =>
    row.forEach((value, x) => {
      for (const cell of stampOf(geometry, kernel, y, x, value)) canvas[cell.row][cell.col] += cell.contribution;
    }),
  );
  return cropCanvas(canvas, geometry.crop);
}

/** The scatter-add as a sequence of steps for an animated stepper (one canvas copy per step). */
export function scatterSteps(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  options: TransposedConvOptions = {},
): ScatterRecord {
  const geometry = scatterGeometry(input, kernel, options);
  let canvas = filledGrid(...geometry.canvasShape);
  const steps: ScatterStep[] = [];
  input.forEach((row, y) =>
    row.forEach((value, x) => {
      const stamp = stampOf(geometry, kernel, y, x, value);
      canvas = canvas.map((canvasRow) => [...canvasRow]);
      for (const cell of stamp) canvas[cell.row][cell.col] += cell.contribution;
      steps.push({ y, x, value, stamp, canvasAfter: canvas });
    }),
  );
  return {
    canvasShape: geometry.canvasShape,
    crop: geometry.crop,
    steps,
    output: cropCanvas(canvas, geometry.crop),
  };
}

/**
 * For each output cell [row][col], the terms value·weight that summed into it, in scatter order
 * (so adding them left to right reproduces transposedConv2d exactly). Cells no stamp reached get [].
 */
export function contributionsPerCell(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  options: TransposedConvOptions = {},
): number[][][] {
  const geometry = scatterGeometry(input, kernel, options);
  const { top, left, height, width } = geometry.crop;
  const terms: number[][][] = Array.from({ length: height }, () => Array.from({ length: width }, () => []));
  input.forEach((row, y) =>
    row.forEach((value, x) => {
      for (const cell of stampOf(geometry, kernel, y, x, value)) {
        const r = cell.row - top;
        const c = cell.col - left;
        if (r >= 0 && r < height && c >= 0 && c < width) terms[r][c].push(cell.contribution);
      }
    }),
  );
  return terms;
}

interface ConvGeometry {
  kernelShape: Pair;
  outputShape: Pair;
  stride: Pair;
  padding: Pair;
  dilation: Pair;
}

function convGeometry(inputShape: Pair, kernel: readonly (readonly number[])[], options: ConvOptions): ConvGeometry {
  const kernelShape = gridShape(kernel, 'kernel');
  const stride = axisPair(options.stride ?? 1);
  const padding = axisPair(options.padding ?? 0);
  const dilation = axisPair(options.dilation ?? 1);
  const outputShape = AXES.map((axis) =>
    sizeOrThrow(
      checkConv({
        size: inputShape[axis],
        kernelSize: kernelShape[axis],
        stride: stride[axis],
        padding: padding[axis],
        dilation: dilation[axis],
      }),
      AXIS_NAMES[axis],
    ),
  ) as Pair;
  return { kernelShape, outputShape, stride, padding, dilation };
}

/**
 * Visits every (output cell, kernel cell) pair whose input position lies inside the input (zero padding
 * contributes nothing), passing output (oy, ox), input (iy, ix) and the weight.
 */
function forEachTap(
  inputShape: Pair,
  kernel: readonly (readonly number[])[],
  { kernelShape, outputShape, stride, padding, dilation }: ConvGeometry,
  visit: (oy: number, ox: number, iy: number, ix: number, weight: number) => void,
): void {
  for (let oy = 0; oy < outputShape[0]; oy += 1) {
    for (let ox = 0; ox < outputShape[1]; ox += 1) {
      for (let ky = 0; ky < kernelShape[0]; ky += 1) {
        const iy = oy * stride[0] + ky * dilation[0] - padding[0];
        if (iy < 0 || iy >= inputShape[0]) continue;
        for (let kx = 0; kx < kernelShape[1]; kx += 1) {
          const ix = ox * stride[1] + kx * dilation[1] - padding[1];
          if (ix >= 0 && ix < inputShape[1]) visit(oy, ox, iy, ix, kernel[ky][kx]);
        }
      }
    }
  }
}

/** Cross-correlation with zero padding, as tfjs/PyTorch conv2d (one channel, no bias). */
export function conv2d(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  options: ConvOptions = {},
): Matrix {
  const inputShape = gridShape(input, 'input');
  const geometry = convGeometry(inputShape, kernel, options);
  const output = filledGrid(...geometry.outputShape);
  forEachTap(inputShape, kernel, geometry, (oy, ox, iy, ix, weight) => {
    output[oy][ox] += weight * input[iy][ix];
  });
  return output;
}

/**
 * The convolution as a matrix C: one row per output cell, one column per input cell (both row-major),
 * so vec(conv2d(x)) = C·vec(x). With the same options, reshape(Cᵀ·vec(y)) = transposedConv2d(y) using
 * outputPadding a = outputPaddingFor(…) on each axis; a = 0 exactly when s divides i + 2p − d(k−1) − 1.
 */
export function convMatrix(
  inputHeight: number,
  inputWidth: number,
  kernel: readonly (readonly number[])[],
  options: ConvOptions = {},
): Matrix {
  const inputShape: Pair = [inputHeight, inputWidth];
  const geometry = convGeometry(inputShape, kernel, options);
  const [outputHeight, outputWidth] = geometry.outputShape;
  const matrix = filledGrid(outputHeight * outputWidth, inputHeight * inputWidth);
  forEachTap(inputShape, kernel, geometry, (oy, ox, iy, ix, weight) => {
    matrix[oy * outputWidth + ox][iy * inputWidth + ix] += weight;
  });
  return matrix;
}
