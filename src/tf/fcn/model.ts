// The FCN forward pass, one definition for training and inference: the 'ours' layer graph of
// src/lib/fcn/layers.ts (a VGG16-shaped backbone at reduced width, fc6/fc7 as convolutions, score_fr, and the
// FCN-32s / 16s / 8s heads) run op by op by ./run-layers.ts. Widths come from the weights (src/lib/fcn/config.ts).
import * as tf from '@tensorflow/tfjs-core';
import { blockWidths, type FcnConfig } from '../../lib/fcn/config';
import { FCN_INPUT, fcnLayerSpecs, type FcnLayerSpec } from '../../lib/fcn/layers';
import type { FcnVariant } from '../../lib/fcn/variants';
import { VGG16_BLOCKS } from '../../lib/fcn/vgg16';
import { runLayers, type Blobs } from './run-layers';
import type { FcnWeights } from './weights';

export { createFcnWeights, extendFcnWeights, weightSpecs, parameterCount, disposeWeights } from './weights';
export type { FcnWeights, WeightSpec } from './weights';

/** Intermediate maps, by the reference prototxt's names, each [batch, h, w, c] (or [h, w, c] for one image). */
export type FcnStages = Record<string, tf.Tensor>;

export interface ForwardOptions {
  /**
   * Also return the intermediate maps (the caller owns and must dispose them): every map but the backbone's
   * convs (pool1 … pool5, fc6, fc7, score_fr and the head's), or with 'all' every map of the layer graph.
   */
  returnStages?: boolean | 'all';
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

/** Backbone convs (conv1_1 … conv5_3): run like every layer, kept as stages only when `returnStages` is 'all'. */
const isBackboneConv = (spec: FcnLayerSpec): boolean => spec.kind === 'conv' && spec.name.startsWith('conv');

/**
 * Runs FCN-`variant` on `image` (RGB floats in [0, 255], [height, width, 3] or [batch, height, width, 3];
 * any height and width ≥ 1) and returns logits of the same height and width: the 'ours' layer specs of
 * src/lib/fcn/layers.ts, one by one (./run-layers.ts). Stage tensors, if asked for, are kept out of the
 * internal tidy and must be disposed by the caller.
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
  const seed = options.dropoutSeed ?? 0;
  const dropped: Record<string, number> = { fc6: 0, fc7: 1 }; // the reference's drop6 / drop7
  const logits = tf.tidy(() => {
    const x4 = (single ? tf.expandDims(image, 0) : image) as tf.Tensor4D;
    const blobs: Blobs = new Map([[FCN_INPUT, normaliseImage(x4) as tf.Tensor4D]]);
    const hook = (spec: FcnLayerSpec, t: tf.Tensor4D): tf.Tensor4D => {
      const k = dropped[spec.name];
      const out = rate > 0 && k !== undefined ? (tf.dropout(t, rate, undefined, seed * 2 + k) as tf.Tensor4D) : t;
      if (options.returnStages === 'all' || (options.returnStages && !isBackboneConv(spec))) {
        keep[spec.name] = tf.keep(single ? tf.squeeze(out, [0]) : out);
      }
      return out;
    };
    const score = runLayers(weights, fcnLayerSpecs('ours', variant), blobs, hook).get('score');
    if (!score) throw new Error(`the ${variant} layer graph has no final score map`);
    return single ? tf.squeeze(score, [0]) : score;
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

/** The specs of `variant`'s head: everything after score_fr. */
export function headSpecs(variant: FcnVariant): FcnLayerSpec[] {
  const specs = fcnLayerSpecs('ours', variant);
  return specs.slice(specs.findIndex((s) => s.name === 'score_fr') + 1);
}

/**
 * The FCN-32s / 16s / 8s head, the same specs forwardFcn runs, for the in-page skip training: from score_fr
 * (and pool4, pool3) to logits [batch, height, width, classes]. Creates tensors without a tidy of its own (call
 * it inside one, or inside an optimiser's loss function, so gradients can flow through it).
 */
export function fcnHead(
  weights: FcnWeights,
  inputs: HeadInputs,
  variant: FcnVariant,
  [height, width]: [number, number],
): tf.Tensor4D {
  const blobs: Blobs = new Map([['score_fr', inputs.scoreFr]]);
  if (inputs.pool4) blobs.set('pool4', inputs.pool4);
  if (inputs.pool3) blobs.set('pool3', inputs.pool3);
  const out = runLayers(
    weights,
    headSpecs(variant),
    blobs,
    undefined,
    new Map([[FCN_INPUT, [height, width] as const]]),
  );
  const score = out.get('score');
  if (!score) throw new Error(`the ${variant} head has no final score map`);
  return score;
}

/** The configuration a weight map was built with (read from its shapes). */
export function inferConfig(weights: FcnWeights): FcnConfig {
  const first = weights['conv1_1/kernel'];
  const fc7 = weights['fc7/kernel'];
  const score = weights['score_fr/kernel'];
  if (!first || !fc7 || !score) throw new Error('FCN weights lack conv1_1, fc7 or score_fr');
  const config: FcnConfig = {
    widthDivisor: VGG16_BLOCKS[0].width / first.shape[3]!,
    fcWidth: fc7.shape[3]!,
    numClasses: score.shape[3]!,
  };
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

/** Per-pixel class = argmax of logits, as Int32 [height, width]. */
export function predictLabels(logits: tf.Tensor): tf.Tensor {
  return tf.argMax(logits, -1);
}
