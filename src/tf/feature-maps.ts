/**
 * Feature maps with real ops: tf.conv2d of our trained model's first-layer filters over an image, a few
 * classic hand-made kernels (edges, blur) over its grey version, and any deeper layer of the backbone
 * (src/tf/vgg-run.ts). Everything runs in tf.tidy; plain Float32Arrays come back.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CLASSIC_KERNELS } from '../lib/conv/classic-kernels';
import type { RgbImage } from '../lib/image/image-input';
import type { FcnWeights } from './fcn/model';
import { backboneForward } from './vgg-run';

export { CLASSIC_KERNELS };

export interface FeatureMap {
  /** Which filter / channel made it. */
  label: string;
  height: number;
  width: number;
  values: Float32Array;
}

export interface LayerMaps {
  layer: string;
  /** The whole layer's output [height, width, channels]. */
  shape: [number, number, number];
  maps: FeatureMap[];
}

/** A 3×3 filter of conv1_1: its weights [3, 3, 3] (row, column, RGB) and bias. */
export interface FirstLayerFilter {
  weights: Float32Array;
  bias: number;
}

const imageTensor = (image: RgbImage): tf.Tensor4D => tf.tensor4d(image.rgb, [1, image.height, image.width, 3]);

/** Split a [1, h, w, c] map into c single-channel maps (selected channels only). */
async function channelsOf(
  map: tf.Tensor4D,
  channels: readonly number[],
  label: (c: number) => string,
): Promise<FeatureMap[]> {
  const [, h, w, c] = map.shape;
  const all = (await map.data()) as Float32Array;
  return channels.map((channel) => {
    const values = new Float32Array(h * w);
    for (let i = 0; i < h * w; i++) values[i] = all[i * c + channel];
    return { label: label(channel), height: h, width: w, values };
  });
}

export function firstLayerFilters(weights: FcnWeights): FirstLayerFilter[] {
  const kernel = weights['conv1_1/kernel'];
  const bias = weights['conv1_1/bias'];
  if (!kernel || !bias) throw new Error('these weights lack conv1_1');
  const k = kernel.dataSync();
  const b = bias.dataSync();
  const count = kernel.shape[3]!;
  return Array.from({ length: count }, (_, o) => {
    const w = new Float32Array(27);
    for (let i = 0; i < 27; i++) w[i] = k[i * count + o];
    return { weights: w, bias: b[o] };
  });
}

/** conv1_1 of the model on the image, after its ReLU, one map per filter (what the next layer receives). */
export async function firstLayerMaps(weights: FcnWeights, image: RgbImage): Promise<LayerMaps> {
  return layerMaps(weights, image, 'conv1_1', Infinity);
}

/** The classic kernels over the image's grey version (mean of R, G, B, scaled to 0–1). */
export async function classicMaps(image: RgbImage): Promise<FeatureMap[]> {
  const out = tf.tidy(() => {
    const grey = tf.div(tf.mean(imageTensor(image), 3, true), 255) as tf.Tensor4D;
    const kernels = tf.tensor4d(
      CLASSIC_KERNELS.flatMap((k) => [...k.kernel]),
      [CLASSIC_KERNELS.length, 3, 3, 1],
    );
    const filter = tf.transpose(kernels, [1, 2, 3, 0]) as tf.Tensor4D;
    return tf.conv2d(grey, filter, 1, 'same');
  });
  try {
    return await channelsOf(
      out,
      CLASSIC_KERNELS.map((_, i) => i),
      (c) => CLASSIC_KERNELS[c].name,
    );
  } finally {
    out.dispose();
  }
}

/**
 * The output of backbone layer `layer` ('conv3_3', 'pool4', …) on the image: its shape, and the `count`
 * channels with the largest mean activation (all channels in order when count ≥ channels).
 */
export async function layerMaps(
  weights: FcnWeights,
  image: RgbImage,
  layer: string,
  count: number,
): Promise<LayerMaps> {
  const kept = tf.tidy(() => {
    let found: tf.Tensor4D | undefined;
    backboneForward(weights, imageTensor(image), (name, map) => {
      if (name === layer) found = tf.keep(map);
    });
    if (!found) throw new Error(`the backbone has no layer ${layer}`);
    return found;
  });
  try {
    const [, h, w, c] = kept.shape;
    let channels = Array.from({ length: c }, (_, i) => i);
    if (count < c) {
      const meanTensor = tf.mean(kept, [0, 1, 2]);
      const means = await meanTensor.data();
      meanTensor.dispose();
      channels = channels.sort((a, b) => means[b] - means[a]).slice(0, count);
    }
    return { layer, shape: [h, w, c], maps: await channelsOf(kept, channels, (ch) => `channel ${ch + 1}`) };
  } finally {
    kept.dispose();
  }
}
