/**
 * A fully connected layer over an H × W × C map is a convolution with an H × W kernel: the same numbers,
 * reshaped. The dense layer first flattens the map into one vector of H·W·C features; its weight matrix has
 * one row per feature and one column per output. Reading the rows back as [H, W, C] gives, for every output,
 * an H × W × C filter — a conv kernel [kh, kw, C_in, C_out] in tfjs's layout.
 *
 * Flatten order decides whether that is a pure reshape: flattening [height, width, channels] row-major
 * (TensorFlow's order, ours) puts feature (y·W + x)·C + c in row (y·W + x)·C + c of the matrix, which IS
 * the kernel's memory order, so no number moves. Caffe and PyTorch flatten [channels, height, width], which is
 * their kernel's [out, in, kh, kw] order, so the reference's net surgery copies fc6 flat too; only moving
 * weights between a channels-first and a channels-last framework needs the axes permuted.
 */

export type FlattenOrder = 'hwc' | 'chw';

/** Index of feature (y, x, c) in the flattened vector of an [height, width, channels] map. */
export function flatIndex(
  y: number,
  x: number,
  c: number,
  shape: readonly [number, number, number],
  order: FlattenOrder,
): number {
  const [height, width, channels] = shape;
  return order === 'hwc' ? (y * width + x) * channels + c : (c * height + y) * width + x;
}

/** Flatten an [height, width, channels] map (row-major `values`) into the dense layer's input vector. */
export function flattenMap(
  values: ArrayLike<number>,
  shape: readonly [number, number, number],
  order: FlattenOrder,
): Float32Array {
  const [height, width, channels] = shape;
  const out = new Float32Array(height * width * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) out[flatIndex(y, x, c, shape, order)] = values[(y * width + x) * channels + c];
    }
  }
  return out;
}

/**
 * Dense weights [H·W·C, C_out] (row-major, rows in `order`) → conv kernel [H, W, C, C_out] (row-major): the
 * kernel entry (y, x, c, o) is the weight from feature (y, x, c) to output o.
 */
export function denseToConvKernel(
  dense: ArrayLike<number>,
  inputShape: readonly [number, number, number],
  outFeatures: number,
  order: FlattenOrder = 'hwc',
): Float32Array {
  const [height, width, channels] = inputShape;
  const features = height * width * channels;
  if (dense.length !== features * outFeatures) {
    throw new RangeError(
      `dense weights hold ${dense.length} numbers; [${features}, ${outFeatures}] needs ${features * outFeatures}`,
    );
  }
  const kernel = new Float32Array(dense.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) {
        const row = flatIndex(y, x, c, inputShape, order);
        const at = ((y * width + x) * channels + c) * outFeatures;
        for (let o = 0; o < outFeatures; o++) kernel[at + o] = dense[row * outFeatures + o];
      }
    }
  }
  return kernel;
}

/** How many numbers move when reshaping: 0 for 'hwc' (a pure reshape), most of them for 'chw'. */
export function movedWeights(
  inputShape: readonly [number, number, number],
  outFeatures: number,
  order: FlattenOrder,
): number {
  const [height, width, channels] = inputShape;
  let moved = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) {
        if (flatIndex(y, x, c, inputShape, order) !== (y * width + x) * channels + c) moved += outFeatures;
      }
    }
  }
  return moved;
}
