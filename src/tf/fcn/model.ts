// The FCN forward pass, one definition for training and inference: a VGG16-shaped backbone (reduced width),
// fc6/fc7 as convolutions, score_fr, and the FCN-32s / 16s / 8s heads. Geometry in ./config.ts.
import * as tf from '@tensorflow/tfjs-core';
import { backboneLayers, blockWidths, poolSizes, UPSAMPLERS, VGG16_BLOCKS, type FcnConfig, type FcnVariant, type UpsamplerName } from '../../lib/fcn/config';
import type { FcnWeights } from './weights';

export { createFcnWeights, extendFcnWeights, weightSpecs, parameterCount, disposeWeights } from './weights';
export type { FcnWeights, WeightSpec } from './weights';

/** Intermediate maps, by the reference prototxt's names, each [batch, h, w, c] (or [h, w, c] for one image). */
export type FcnStages = Record<string, tf.Tensor>;

export interface ForwardOptions {
  /** Also return the intermediate maps (the caller owns and must dispose them). */
  returnStages?: boolean;
  /**
   * Training only: dropout after fc6 and fc7 (the reference's drop6/drop7) with this rate in [0, 1); each
   * kept activation is scaled by 1 / (1 − rate), so inference (rate 0, the default) needs no rescaling.
   */
  dropoutRate?: number;
  /** Seed of the dropout masks (vary it per step). */
  dropoutSeed?: number;
}

export interface ForwardResult {
  /** Class scores before softmax, [height, width, classes] (or [batch, height, width, classes]). */
  logits: tf.Tensor;
  stages?: FcnStages;
}

/** Input scaling: RGB in [0, 255] → [−1, 1]. */
export function normaliseImage(image: tf.Tensor): tf.Tensor {
  return tf.sub(tf.div(image, 127.5), 1);
}

/** The named weight, or a clear error (e.g. FCN-8s weights have no `upscore`, FCN-32s's final layer). */
function need(w: FcnWeights, name: string): tf.Tensor {
  const t = w[name];
  if (!t) throw new Error(`these FCN weights lack ${name} (weights belong to one variant: ${variantOf(w)})`);
  return t;
}

function convRelu(x: tf.Tensor4D, w: FcnWeights, name: string, pad: number, relu = true): tf.Tensor4D {
  const kernel = need(w, `${name}/kernel`) as tf.Tensor4D;
  const bias = need(w, `${name}/bias`) as tf.Tensor1D;
  const padding = pad === 0 ? 'valid' : ([[0, 0], [pad, pad], [pad, pad], [0, 0]] as tf.backend_util.ExplicitPadding);
  return tf.fused.conv2d({ x, filter: kernel, strides: 1, pad: padding, bias, activation: relu ? 'relu' : 'linear' });
}

/** 2×2 stride-2 max-pool with ceil rounding (pad an odd side with one zero; inputs are ≥ 0 after ReLU). */
export function maxPoolCeil(x: tf.Tensor4D): tf.Tensor4D {
  const [, h, w] = x.shape;
  const padded = h % 2 || w % 2 ? tf.pad(x, [[0, 0], [0, h % 2], [0, w % 2], [0, 0]]) : x;
  return tf.maxPool(padded, 2, 2, 'valid');
}

/** Transposed conv with our kernel/stride/padding; output (i − 1)·s − 2p + k = s·i. */
function upsample(x: tf.Tensor4D, w: FcnWeights, name: UpsamplerName): tf.Tensor4D {
  const u = UPSAMPLERS[name];
  const kernel = need(w, `${name}/kernel`) as tf.Tensor4D;
  const [n, h, wd] = x.shape;
  const out: [number, number, number, number] = [n, (h - 1) * u.stride - 2 * u.padding + u.kernelSize, (wd - 1) * u.stride - 2 * u.padding + u.kernelSize, kernel.shape[2]];
  return tf.conv2dTranspose(x, kernel, out, u.stride, u.padding);
}

/** Crop `x` to `height × width` starting at `offset` (our design: always 0). */
export function cropTo(x: tf.Tensor4D, height: number, width: number, offset = 0): tf.Tensor4D {
  const [, h, w] = x.shape;
  if (h === height && w === width && offset === 0) return x;
  return tf.slice(x, [0, offset, offset, 0], [-1, height, width, -1]);
}

/**
 * Runs FCN-`variant` on `image` (RGB floats in [0, 255], [height, width, 3] or [batch, height, width, 3];
 * any height and width ≥ 1) and returns logits of the same height and width. Stage tensors, if asked for,
 * are kept out of the internal tidy and must be disposed by the caller.
 */
export function forwardFcn(
  weights: FcnWeights,
  image: tf.Tensor,
  variant: FcnVariant,
  options: ForwardOptions = {},
): ForwardResult {
  const rate = options.dropoutRate ?? 0;
  if (!(rate >= 0 && rate < 1)) throw new RangeError(`dropoutRate must be in [0, 1), got ${rate}`);
  const single = image.rank === 3;
  const keep: FcnStages = {};
  const logits = tf.tidy(() => {
    const x4 = (single ? tf.expandDims(image, 0) : image) as tf.Tensor4D;
    const [, height, width] = x4.shape;
    const stage = (name: string, t: tf.Tensor4D): tf.Tensor4D => {
      if (options.returnStages) keep[name] = tf.keep(single ? tf.squeeze(t, [0]) : t);
      return t;
    };
    const config = inferConfig(weights);
    let x = normaliseImage(x4) as tf.Tensor4D;
    const pools: tf.Tensor4D[] = [];
    for (const layer of backboneLayers(config)) {
      x = convRelu(x, weights, layer.name, 1);
      const [block, index] = layer.name.slice(4).split('_').map(Number);
      const last = backboneLayers(config).filter((l) => l.name.startsWith(`conv${block}_`)).length;
      if (index === last) {
        x = stage(`pool${block}`, maxPoolCeil(x));
        pools.push(x);
      }
    }
    const seed = options.dropoutSeed ?? 0;
    const drop = (t: tf.Tensor4D, k: number): tf.Tensor4D => (rate > 0 ? (tf.dropout(t, rate, undefined, seed * 2 + k) as tf.Tensor4D) : t);
    x = stage('fc6', drop(convRelu(x, weights, 'fc6', 3), 0));
    x = stage('fc7', drop(convRelu(x, weights, 'fc7', 0), 1));
    const scoreFr = stage('score_fr', convRelu(x, weights, 'score_fr', 0, false));
    const out = fcnHead(weights, { scoreFr, pool4: pools[3], pool3: pools[2] }, variant, [height, width], stage);
    return single ? tf.squeeze(out, [0]) : out;
  });
  return options.returnStages ? { logits, stages: keep } : { logits };
}

/** What the head reads from the backbone, each [batch, h, w, c]: score_fr (1/32), pool4 (1/16), pool3 (1/8). */
export interface HeadInputs {
  scoreFr: tf.Tensor4D;
  /** Needed by FCN-16s and FCN-8s. */
  pool4?: tf.Tensor4D;
  /** Needed by FCN-8s. */
  pool3?: tf.Tensor4D;
}

/** Called with each named map the head makes; returns the map to go on with (forwardFcn keeps stages here). */
export type StageHook = (name: string, t: tf.Tensor4D) => tf.Tensor4D;

function needMap(t: tf.Tensor4D | undefined, name: string, variant: FcnVariant): tf.Tensor4D {
  if (!t) throw new Error(`the ${variant} head needs the ${name} map`);
  return t;
}

/**
 * The FCN-32s / 16s / 8s head, the one definition forwardFcn and the in-page skip training share: from
 * score_fr (and pool4, pool3) to logits [batch, height, width, classes]. Creates tensors without a tidy of its
 * own (call it inside one, or inside an optimiser's loss function, so gradients can flow through it).
 */
export function fcnHead(
  weights: FcnWeights, inputs: HeadInputs, variant: FcnVariant, [height, width]: [number, number],
  stage: StageHook = (_name, t) => t,
): tf.Tensor4D {
  const { scoreFr } = inputs;
  let score: tf.Tensor4D;
  if (variant === 'fcn32s') {
    score = stage('upscore', upsample(scoreFr, weights, 'upscore'));
  } else {
    const p4 = needMap(inputs.pool4, 'pool4', variant);
    const up2 = stage('upscore2', upsample(scoreFr, weights, 'upscore2'));
    const scorePool4 = stage('score_pool4', convRelu(p4, weights, 'score_pool4', 0, false));
    const up2c = stage('upscore2c', cropTo(up2, p4.shape[1], p4.shape[2]));
    const fuse4 = stage('fuse_pool4', tf.add(up2c, scorePool4));
    if (variant === 'fcn16s') {
      score = stage('upscore16', upsample(fuse4, weights, 'upscore16'));
    } else {
      const p3 = needMap(inputs.pool3, 'pool3', variant);
      const upPool4 = stage('upscore_pool4', upsample(fuse4, weights, 'upscore_pool4'));
      const scorePool3 = stage('score_pool3', convRelu(p3, weights, 'score_pool3', 0, false));
      const upPool4c = stage('upscore_pool4c', cropTo(upPool4, p3.shape[1], p3.shape[2]));
      const fuse3 = stage('fuse_pool3', tf.add(upPool4c, scorePool3));
      score = stage('upscore8', upsample(fuse3, weights, 'upscore8'));
    }
  }
  return stage('score', cropTo(score, height, width));
}

/** The configuration a weight map was built with (read from its shapes). */
export function inferConfig(weights: FcnWeights): FcnConfig {
  const first = weights['conv1_1/kernel'];
  const fc7 = weights['fc7/kernel'];
  const score = weights['score_fr/kernel'];
  if (!first || !fc7 || !score) throw new Error('FCN weights lack conv1_1, fc7 or score_fr');
  const config: FcnConfig = { widthDivisor: 64 / first.shape[3]!, fcWidth: fc7.shape[3]!, numClasses: score.shape[3]! };
  const widths = VGG16_BLOCKS.map((_, b) => weights[`conv${b + 1}_1/kernel`]?.shape[3] ?? 0);
  const uniform = blockWidths(config).every((width, b) => widths[b] === width);
  return uniform ? config : { ...config, blockWidths: widths };
}

/** The variant a weight map belongs to (from which head weights it has). */
export function variantOf(weights: FcnWeights): FcnVariant {
  if (weights['score_pool3/kernel']) return 'fcn8s';
  if (weights['score_pool4/kernel']) return 'fcn16s';
  return 'fcn32s';
}

/** Shapes of the maps for an input size (no tensors): pool1 … pool5 under ceil rounding. */
export { poolSizes };

/** Per-pixel class = argmax of logits, as Int32 [height, width]. */
export function predictLabels(logits: tf.Tensor): tf.Tensor {
  return tf.argMax(logits, -1);
}
