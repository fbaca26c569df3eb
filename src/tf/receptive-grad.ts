/**
 * The receptive field measured, not computed: build a one-channel network from the layer list with random
 * weights, run it on a random image, and take `tf.grad` of ONE output cell with respect to the input. The
 * pixels where that gradient is non-zero are the pixels the cell can feel.
 *
 * Two choices keep "non-zero" equal to "in the field": every weight and input value is positive and there
 * is no ReLU, so no path can cancel or switch off; and pools average instead of taking the max (a max-pool
 * passes gradient only to the winner of each window — its field has the same extent, but one input shows
 * just one path through it). Translation to tfjs: padding p is an explicit tf.pad of zeros; a dilated conv
 * gets its kernel dilated by hand, zeros between the taps (tfjs has no gradient for dilated conv2d, and a
 * zero tap passes no gradient, exactly like a tap that is not there); a ceil pool gets
 * the extra bottom/right padding that lets its last, partial window exist.
 */
import * as tf from '@tensorflow/tfjs-core';
import { avgPoolGradConfig } from '@tensorflow/tfjs-core/dist/gradients/AvgPool_grad';
import { castGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Cast_grad';
import { conv2DGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Conv2D_grad';
import { padV2GradConfig } from '@tensorflow/tfjs-core/dist/gradients/PadV2_grad';
import { sliceGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Slice_grad';
import { sumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sum_grad';
import { poolEndPadding } from '../lib/conv/pool';
import type { RfLayer } from '../lib/conv/receptive-field';

/** Only the gradients this network needs (all of tfjs's would add ~100 KB to the page). */
function registerGradients(): void {
  for (const config of [
    avgPoolGradConfig,
    castGradConfig,
    conv2DGradConfig,
    padV2GradConfig,
    sliceGradConfig,
    sumGradConfig,
  ]) {
    if (!tf.getGradient(config.kernelName)) tf.registerGradient(config);
  }
}

export interface GradientSupport {
  /** 1 where ∂ output[row, col] / ∂ input ≠ 0, [height, width] row-major. */
  mask: Uint8Array;
  height: number;
  width: number;
  /** Output map size [height, width] the network produced. */
  outputShape: [number, number];
  /** Rows and columns that hold a non-zero gradient, ascending. */
  rows: number[];
  cols: number[];
}

/** Extra bottom/right padding that a pool with ceil rounding needs beyond p (src/lib/conv/pool.ts's rule). */
function ceilExtra(size: number, layer: RfLayer): number {
  const { kernelSize, stride, padding } = layer;
  return poolEndPadding({ size, kernelSize, stride, padding, ceil: true });
}

function applyLayer(x: tf.Tensor4D, layer: RfLayer, kernel: tf.Tensor4D | null): tf.Tensor4D {
  const [, h, w] = x.shape;
  const p = layer.padding;
  if (layer.kind === 'pool') {
    const extra = layer.ceil ? [ceilExtra(h, layer), ceilExtra(w, layer)] : [0, 0];
    const padded = tf.pad(x, [
      [0, 0],
      [p, p + extra[0]],
      [p, p + extra[1]],
      [0, 0],
    ]);
    return tf.avgPool(padded, layer.kernelSize, layer.stride, 'valid');
  }
  if (!kernel) throw new Error('a conv layer needs a kernel');
  const padded =
    p > 0
      ? tf.pad(x, [
          [0, 0],
          [p, p],
          [p, p],
          [0, 0],
        ])
      : x;
  const { stride: s, dilation: d } = layer;
  return tf.conv2d(padded, d === 1 ? kernel : dilateKernel(kernel, d), s, 'valid');
}

/** A k×k kernel with d − 1 zeros between its taps: span d(k − 1) + 1. */
function dilateKernel(kernel: tf.Tensor4D, d: number): tf.Tensor4D {
  const k = kernel.shape[0];
  const span = d * (k - 1) + 1;
  const taps = kernel.dataSync();
  const out = new Float32Array(span * span);
  for (let y = 0; y < k; y++) for (let x = 0; x < k; x++) out[y * d * span + x * d] = taps[y * k + x];
  return tf.tensor4d(out, [span, span, 1, 1]);
}

/**
 * Where the gradient of output cell (row, col) is non-zero, for an input of height × width through `layers`
 * with positive random weights (seeded). Throws when a layer has no output (check sizes first).
 */
export function gradientSupport(
  height: number,
  width: number,
  layers: readonly RfLayer[],
  row: number,
  col: number,
  seed = 1,
): GradientSupport {
  registerGradients();
  let outputShape: [number, number] = [0, 0];
  const values = tf.tidy(() => {
    const kernels = layers.map((layer, i) =>
      layer.kind === 'conv'
        ? (tf.randomUniform(
            [layer.kernelSize, layer.kernelSize, 1, 1],
            0.5,
            1.5,
            'float32',
            seed * 101 + i,
          ) as tf.Tensor4D)
        : null,
    );
    const image = tf.randomUniform([1, height, width, 1], 0.5, 1.5, 'float32', seed) as tf.Tensor4D;
    const network = (x: tf.Tensor): tf.Tensor => {
      let y = x as tf.Tensor4D;
      layers.forEach((layer, i) => {
        y = applyLayer(y, layer, kernels[i]);
      });
      outputShape = [y.shape[1], y.shape[2]];
      if (row < 0 || col < 0 || row >= y.shape[1] || col >= y.shape[2]) {
        throw new RangeError(`output cell (${row}, ${col}) is outside the ${y.shape[1]} × ${y.shape[2]} output`);
      }
      return tf.sum(tf.slice(y, [0, row, col, 0], [1, 1, 1, 1]));
    };
    return tf.reshape(tf.grad(network)(image), [height, width]);
  });
  const gradient = values.dataSync();
  values.dispose();
  const mask = new Uint8Array(height * width);
  const rowSet = new Set<number>();
  const colSet = new Set<number>();
  gradient.forEach((g, i) => {
    if (g === 0) return;
    mask[i] = 1;
    rowSet.add(Math.floor(i / width));
    colSet.add(i % width);
  });
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return { mask, height, width, outputShape, rows: sorted(rowSet), cols: sorted(colSet) };
}

/** True when the mask is exactly the product rows × cols (the field of one cell is a product of two axes). */
export function maskMatches(support: GradientSupport, rows: readonly number[], cols: readonly number[]): boolean {
  const rowSet = new Set(rows);
  const colSet = new Set(cols);
  for (let y = 0; y < support.height; y++) {
    for (let x = 0; x < support.width; x++) {
      if ((support.mask[y * support.width + x] === 1) !== (rowSet.has(y) && colSet.has(x))) return false;
    }
  }
  return true;
}
