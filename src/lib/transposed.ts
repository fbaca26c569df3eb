/**
 * Single-channel 2-D convolution and transposed convolution, written the way the lesson explains them.
 * Grids are arrays of rows, shape [height, width]; kernels may be non-square. Semantics follow PyTorch:
 * `conv2d` is cross-correlation (no kernel flip); `transposedConv2d` scatters each input value times the
 * kernel at (y·stride, x·stride) on a canvas, sums overlaps, then crops `padding` from the top/left and
 * `padding − outputPadding` from the bottom/right (growing the canvas with zeros when that is negative).
 */
import { checkConv, checkTransposedConv, dilatedSpan, type SizeCheck } from './arithmetic';
import { filledGrid, gridShape, type Matrix } from './matrix';

export interface ConvOptions {
  stride?: number;
  padding?: number;
  dilation?: number;
}

export interface TransposedConvOptions extends ConvOptions {
  outputPadding?: number;
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
  inputShape: [number, number];
  kernelShape: [number, number];
  stride: number;
  dilation: number;
  canvasShape: [number, number];
  crop: CropWindow;
}

function sizeOrThrow(check: SizeCheck, axis: string): number {
  if (!check.ok) throw new RangeError(`${axis}: ${check.reason}`);
  return check.size;
}

function scatterGeometry(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  { stride = 1, padding = 0, outputPadding = 0, dilation = 1 }: TransposedConvOptions,
): ScatterGeometry {
  const inputShape = gridShape(input, 'input');
  const kernelShape = gridShape(kernel, 'kernel');
  const [height, width] = ([0, 1] as const).map((axis) =>
    sizeOrThrow(
      checkTransposedConv({
        size: inputShape[axis],
        kernel: kernelShape[axis],
        stride,
        padding,
        outputPadding,
        dilation,
      }),
      axis === 0 ? 'Height' : 'Width',
    ),
  );
  const grow = Math.max(0, outputPadding - padding);
  const canvasShape = ([0, 1] as const).map(
    (axis) => (inputShape[axis] - 1) * stride + dilatedSpan(kernelShape[axis], dilation) + grow,
  ) as [number, number];
  return { inputShape, kernelShape, stride, dilation, canvasShape, crop: { top: padding, left: padding, height, width } };
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
        row: y * stride + kernelRow * dilation,
        col: x * stride + kernelCol * dilation,
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

function convShapes(
  inputShape: [number, number],
  kernel: readonly (readonly number[])[],
  { stride = 1, padding = 0, dilation = 1 }: ConvOptions,
): { kernelShape: [number, number]; outputShape: [number, number] } {
  const kernelShape = gridShape(kernel, 'kernel');
  const outputShape = ([0, 1] as const).map((axis) =>
    sizeOrThrow(
      checkConv({ size: inputShape[axis], kernel: kernelShape[axis], stride, padding, dilation }),
      axis === 0 ? 'Height' : 'Width',
    ),
  ) as [number, number];
  return { kernelShape, outputShape };
}

/**
 * Visits every (output cell, kernel cell) pair whose input position lies inside the input (zero padding
 * contributes nothing), passing output (oy, ox), input (iy, ix) and the weight.
 */
function forEachTap(
  inputShape: [number, number],
  kernel: readonly (readonly number[])[],
  options: ConvOptions,
  visit: (oy: number, ox: number, iy: number, ix: number, weight: number) => void,
): [number, number] {
  const { stride = 1, padding = 0, dilation = 1 } = options;
  const { kernelShape, outputShape } = convShapes(inputShape, kernel, options);
  for (let oy = 0; oy < outputShape[0]; oy += 1) {
    for (let ox = 0; ox < outputShape[1]; ox += 1) {
      for (let ky = 0; ky < kernelShape[0]; ky += 1) {
        const iy = oy * stride + ky * dilation - padding;
        if (iy < 0 || iy >= inputShape[0]) continue;
        for (let kx = 0; kx < kernelShape[1]; kx += 1) {
          const ix = ox * stride + kx * dilation - padding;
          if (ix >= 0 && ix < inputShape[1]) visit(oy, ox, iy, ix, kernel[ky][kx]);
        }
      }
    }
  }
  return outputShape;
}

/** Cross-correlation with zero padding, as tfjs/PyTorch conv2d (one channel, no bias). */
export function conv2d(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  options: ConvOptions = {},
): Matrix {
  const inputShape = gridShape(input, 'input');
  const { outputShape } = convShapes(inputShape, kernel, options);
  const output = filledGrid(...outputShape);
  forEachTap(inputShape, kernel, options, (oy, ox, iy, ix, weight) => {
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
  const inputShape: [number, number] = [inputHeight, inputWidth];
  const { outputShape } = convShapes(inputShape, kernel, options);
  const matrix = filledGrid(outputShape[0] * outputShape[1], inputHeight * inputWidth);
  forEachTap(inputShape, kernel, options, (oy, ox, iy, ix, weight) => {
    matrix[oy * outputShape[1] + ox][iy * inputWidth + ix] += weight;
  });
  return matrix;
}
