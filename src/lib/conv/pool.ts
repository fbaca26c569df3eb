/**
 * Pooling sizes along one axis: the one place the floor / ceil rule is written. Floor rounding (PyTorch's
 * default, TensorFlow 'VALID') keeps only whole windows; ceil rounding (Caffe, PyTorch `ceil_mode=True`) also
 * keeps a last window that hangs over the bottom/right edge, as long as it starts inside the input.
 * `poolEndPadding` turns the ceil rule into the extra bottom/right padding a floor-only pool (tfjs 'valid')
 * needs to compute the same windows — every tfjs pool with ceil rounding in this project pads by it.
 */
import { firstProblem, orThrow, paddedInputText, type SizeCheck } from './size-check';

/** One axis of a pooling layer; stride defaults to the window size, `ceil` is Caffe/PyTorch ceil_mode. */
export interface PoolSizeParams {
  size: number;
  kernelSize: number;
  stride?: number;
  padding?: number;
  ceil?: boolean;
}

/**
 * Pooling: floor ⌊(i+2p−k)/s⌋+1, or ceil ⌈(i+2p−k)/s⌉+1 minus one when the last window would start
 * inside the right padding ((o−1)s ≥ i + p). Padding must be smaller than the window (as in Caffe).
 */
export function checkPool({
  size,
  kernelSize,
  stride = kernelSize,
  padding = 0,
  ceil = false,
}: PoolSizeParams): SizeCheck {
  const problem = firstProblem([
    ['Input size', size, 1],
    ['Window size', kernelSize, 1],
    ['Stride', stride, 1],
    ['Padding', padding, 0],
  ]);
  if (problem) return { ok: false, reason: problem };
  if (padding >= kernelSize) {
    return {
      ok: false,
      reason: `Padding p = ${padding} must be smaller than the window k = ${kernelSize}, or a window could sit entirely in the padding.`,
    };
  }
  // Floor rounding needs a whole window inside the padded input; ceil rounding (Caffe, PyTorch ceil_mode)
  // also keeps a last window that hangs over the right edge, as long as it starts inside the input.
  if (!ceil && kernelSize > size + 2 * padding) {
    return {
      ok: false,
      reason: `The pooling window (${kernelSize}) is wider than the ${paddedInputText(size, padding)}, so no window fits.`,
    };
  }
  const room = size + 2 * padding - kernelSize;
  if (!ceil) return { ok: true, size: Math.floor(room / stride) + 1 };
  let out = Math.ceil(room / stride) + 1;
  if ((out - 1) * stride >= size + padding) out -= 1;
  if (out < 1) {
    return { ok: false, reason: `No pooling window starts inside the ${paddedInputText(size, padding)}.` };
  }
  return { ok: true, size: out };
}

/** Pooling output size; throws a RangeError that says why for impossible parameters. */
export function poolOutputSize(params: PoolSizeParams): number {
  return orThrow(checkPool(params));
}

/**
 * Cells to add at the bottom/right end, beyond the padding p on both sides, so that a pool that keeps only
 * whole windows computes `params`' windows: the last of the o windows ends at (o − 1)s + k, so the end padding
 * is max(0, (o − 1)s + k − (i + 2p)). 0 for floor rounding; for a 2×2 stride-2 ceil pool it is i mod 2. Those
 * cells must never win (zeros after a ReLU for a max-pool, as in the FCN; Caffe uses −∞).
 */
export function poolEndPadding(params: PoolSizeParams): number {
  const { size, kernelSize, stride = kernelSize, padding = 0 } = params;
  const out = poolOutputSize(params);
  return Math.max(0, (out - 1) * stride + kernelSize - size - 2 * padding);
}
