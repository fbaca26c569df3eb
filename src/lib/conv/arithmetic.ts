/**
 * Convolution arithmetic along one axis (Dumoulin & Visin, arXiv 1603.07285; PyTorch/Caffe semantics).
 * Every size function has a `check…` twin that returns `{ ok: false, reason }` instead of throwing, so a
 * widget can show the sentence directly; the throwing versions raise a `RangeError` with that same sentence.
 * Pooling sizes are in ./pool.ts.
 */
import { firstProblem, orThrow, paddedInputText, type SizeCheck } from './size-check';

export type { SizeCheck } from './size-check';

/** One axis of a convolution: input size i, kernel size k, stride s, padding p, dilation d. */
export interface ConvSizeParams {
  size: number;
  kernelSize: number;
  stride?: number;
  padding?: number;
  dilation?: number;
}

/** One axis of a transposed convolution; `outputPadding` is a, added to the bottom/right only. */
export interface TransposedConvSizeParams extends ConvSizeParams {
  outputPadding?: number;
}

/** Forward conv parameters that produced (or will produce) `outputSize`. */
export interface ConvInverseParams {
  outputSize: number;
  kernelSize: number;
  stride?: number;
  padding?: number;
  dilation?: number;
}

/** Cells covered by one dilated kernel: d(k − 1) + 1. */
export function dilatedSpan(kernelSize: number, dilation = 1): number {
  return dilation * (kernelSize - 1) + 1;
}

/** conv: o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1, or the reason no window fits. */
export function checkConv({ size, kernelSize, stride = 1, padding = 0, dilation = 1 }: ConvSizeParams): SizeCheck {
  const problem = firstProblem([
    ['Input size', size, 1],
    ['Kernel size', kernelSize, 1],
    ['Stride', stride, 1],
    ['Padding', padding, 0],
    ['Dilation', dilation, 1],
  ]);
  if (problem) return { ok: false, reason: problem };
  const span = dilatedSpan(kernelSize, dilation);
  if (span > size + 2 * padding) {
    const what = dilation > 1 ? `dilated kernel (span ${span})` : `kernel (${kernelSize})`;
    return {
      ok: false,
      reason: `The ${what} is wider than the ${paddedInputText(size, padding)}, so no window fits.`,
    };
  }
  return { ok: true, size: Math.floor((size + 2 * padding - span) / stride) + 1 };
}

/** conv output size; throws a RangeError that says why when no window fits. */
export function convOutputSize(params: ConvSizeParams): number {
  return orThrow(checkConv(params));
}

/** transposed conv (PyTorch): o = (i−1)s − 2p + d(k−1) + a + 1 with a < max(s, d), or the reason it fails. */
export function checkTransposedConv({
  size,
  kernelSize,
  stride = 1,
  padding = 0,
  outputPadding = 0,
  dilation = 1,
}: TransposedConvSizeParams): SizeCheck {
  const problem = firstProblem([
    ['Input size', size, 1],
    ['Kernel size', kernelSize, 1],
    ['Stride', stride, 1],
    ['Padding', padding, 0],
    ['Output padding', outputPadding, 0],
    ['Dilation', dilation, 1],
  ]);
  if (problem) return { ok: false, reason: problem };
  const limit = Math.max(stride, dilation);
  if (outputPadding >= limit) {
    return {
      ok: false,
      reason: `Output padding a = ${outputPadding} must be smaller than max(stride, dilation) = ${limit}.`,
    };
  }
  const uncropped = (size - 1) * stride + dilatedSpan(kernelSize, dilation) + outputPadding;
  const out = uncropped - 2 * padding;
  if (out < 1) {
    return {
      ok: false,
      reason:
        `Padding p = ${padding} crops 2p = ${2 * padding} cells, but the scattered canvas is only ` +
        `${uncropped} ${uncropped === 1 ? 'cell' : 'cells'} across, so nothing is left.`,
    };
  }
  return { ok: true, size: out };
}

/** transposed conv output size; throws a RangeError that says why for impossible parameters. */
export function transposedConvOutputSize(params: TransposedConvSizeParams): number {
  return orThrow(checkTransposedConv(params));
}

/**
 * The output padding a = (i + 2p − d(k−1) − 1) mod s that makes the transposed conv (same k, s, p, d)
 * give back exactly the forward input size i.
 */
export function outputPaddingFor(params: ConvSizeParams): number {
  const { size, kernelSize, stride = 1, padding = 0, dilation = 1 } = params;
  orThrow(checkConv(params));
  return (size + 2 * padding - dilatedSpan(kernelSize, dilation)) % stride;
}

/**
 * All forward input sizes i that the conv maps to `outputSize`, ascending. The candidates are
 * i₀ … i₀+s−1 with i₀ = (o−1)s − 2p + d(k−1) + 1 (the transposed conv's size with a = 0); candidate i₀ + a
 * is the size the transposed conv recovers with output padding a. Sizes below 1 or too small for the
 * kernel are left out.
 */
export function convInputSizesFor({
  outputSize,
  kernelSize,
  stride = 1,
  padding = 0,
  dilation = 1,
}: ConvInverseParams): number[] {
  const problem = firstProblem([
    ['Output size', outputSize, 1],
    ['Kernel size', kernelSize, 1],
    ['Stride', stride, 1],
    ['Padding', padding, 0],
    ['Dilation', dilation, 1],
  ]);
  if (problem) throw new RangeError(problem);
  const smallest = (outputSize - 1) * stride - 2 * padding + dilatedSpan(kernelSize, dilation);
  const sizes: number[] = [];
  for (let size = smallest; size < smallest + stride; size += 1) {
    if (size < 1) continue;
    const check = checkConv({ size, kernelSize, stride, padding, dilation });
    if (check.ok && check.size === outputSize) sizes.push(size);
  }
  return sizes;
}
