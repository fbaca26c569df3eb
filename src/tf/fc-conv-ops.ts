/**
 * "A fully connected layer is a convolution", computed twice with real tfjs ops: a dense layer (tf.matMul on
 * the flattened map) and tf.conv2d with the same weights reshaped into a kernel (src/lib/conv/fc-conv.ts). Then
 * the conv runs on a larger input whose top-left corner is the original map: it returns a map of answers,
 * and its corner cell is the dense layer's answer again. Everything is seeded, so a link reproduces it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { denseToConvKernel } from '../lib/conv/fc-conv';

export interface FcConvParams {
  /** The map the dense layer was built for: [height, width, channels]. */
  height: number;
  width: number;
  channels: number;
  outFeatures: number;
  /** The larger input the conv then slides over (≥ height, width). */
  wideHeight: number;
  wideWidth: number;
  seed: number;
}

export interface FcConvResult {
  /** tf.matMul(flattened map, W) + b: one vector of C_out numbers. */
  dense: number[];
  /** tf.conv2d(map, reshaped W) + b: a 1 × 1 × C_out map, read as a vector. */
  conv: number[];
  maxDifference: number;
  /** The conv on the larger input: [H', W', C_out] and its values (row-major). */
  wideShape: [number, number, number];
  wide: number[];
  /** Largest difference between the wide map's cell (0, 0) and the dense answer. */
  cornerDifference: number;
  backend: string;
}

const largestGap = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let gap = 0;
  for (let i = 0; i < a.length; i++) gap = Math.max(gap, Math.abs(a[i] - b[i]));
  return gap;
};

export function fcEqualsConv(p: FcConvParams): FcConvResult {
  const { height: h, width: w, channels: c, outFeatures: n } = p;
  if (p.wideHeight < h || p.wideWidth < w)
    throw new RangeError('the larger input must be at least as large as the map');
  const [dense, conv, wide] = tf.tidy(() => {
    const wideInput = tf.randomNormal([p.wideHeight, p.wideWidth, c], 0, 1, 'float32', p.seed);
    const map = tf.slice(wideInput, [0, 0, 0], [h, w, c]);
    const weights = tf.randomNormal([h * w * c, n], 0, 1 / Math.sqrt(h * w * c), 'float32', p.seed + 1);
    const bias = tf.randomNormal([n], 0, 0.1, 'float32', p.seed + 2);
    const denseOut = tf.add(tf.matMul(tf.reshape(map, [1, h * w * c]), weights), bias);
    const kernel = tf.tensor4d(denseToConvKernel(weights.dataSync(), [h, w, c], n, 'hwc'), [h, w, c, n]);
    const convOut = tf.add(tf.conv2d(tf.expandDims(map, 0) as tf.Tensor4D, kernel, 1, 'valid'), bias);
    const wideOut = tf.add(tf.conv2d(tf.expandDims(wideInput, 0) as tf.Tensor4D, kernel, 1, 'valid'), bias);
    return [denseOut, convOut, wideOut];
  });
  const [denseValues, convValues, wideValues] = [dense.dataSync(), conv.dataSync(), wide.dataSync()];
  const [, oh, ow] = wide.shape;
  tf.dispose([dense, conv, wide]);
  return {
    dense: Array.from(denseValues),
    conv: Array.from(convValues),
    maxDifference: largestGap(denseValues, convValues),
    wideShape: [oh, ow, n],
    wide: Array.from(wideValues),
    cornerDifference: largestGap(denseValues, wideValues.subarray(0, n)),
    backend: tf.getBackend(),
  };
}
