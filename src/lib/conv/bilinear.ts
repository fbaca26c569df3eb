/**
 * Bilinear-interpolation kernels used to initialise FCN's upsampling layers
 * (fcn.berkeleyvision.org `surgery.upsample_filt`): f = ⌈size/2⌉, centre c = f − 1 for odd sizes and
 * f − 0.5 for even ones, weight w(x, y) = (1 − |x − c|/f)·(1 − |y − c|/f).
 * A transposed conv with kernel 2s, stride s (and padding s/2 for even s, or a crop) using it interpolates.
 */

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`Kernel size must be a whole number ≥ 1 (got ${size}).`);
  }
}

/** The 1-D tent (1 − |x − c|/f) for x = 0 … size−1; the 2-D kernel is its outer product. */
export function bilinearTent(size: number): number[] {
  checkSize(size);
  const factor = Math.ceil(size / 2);
  const centre = size % 2 === 1 ? factor - 1 : factor - 0.5;
  return Array.from({ length: size }, (_, x) => 1 - Math.abs(x - centre) / factor);
}

/** The size×size bilinear kernel, shape [height, width]. */
export function bilinearKernel(size: number): number[][] {
  const tent = bilinearTent(size);
  return tent.map((wy) => tent.map((wx) => wy * wx));
}

/**
 * Weights for a `channels` → `channels` transposed conv, flat in tfjs `conv2dTranspose` filter layout
 * [kernelH, kernelW, outChannels, inChannels]: index ((y·size + x)·channels + out)·channels + in.
 * Each class maps only to itself (the bilinear kernel on the diagonal out = in), zeros elsewhere.
 */
export function bilinearWeights(size: number, channels: number): Float32Array {
  if (!Number.isInteger(channels) || channels < 1) {
    throw new RangeError(`Channels must be a whole number ≥ 1 (got ${channels}).`);
  }
  const kernel = bilinearKernel(size);
  const weights = new Float32Array(size * size * channels * channels);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      for (let c = 0; c < channels; c += 1) {
        weights[((y * size + x) * channels + c) * channels + c] = kernel[y][x];
      }
    }
  }
  return weights;
}
