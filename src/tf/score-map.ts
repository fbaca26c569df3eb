/**
 * Where the shipped FCN "looks" for a class: its class scores on an image, turned into probabilities by a
 * softmax over the classes, twice — straight out of the convolutionalised classifier (score_fr, one cell per
 * 32 × 32 pixels: the map of answers an FC layer could never give) and at full size after the network's
 * upsampling. One run gives every class; plain arrays come back, no tensor is left.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RgbImage } from '../lib/image/image-input';
import type { FcnVariant } from '../lib/fcn/variants';
import { forwardFcn, type FcnWeights } from './fcn/model';

export interface ProbabilityMap {
  height: number;
  width: number;
  classes: number;
  /** Softmax over classes, [height, width, classes] row-major. */
  values: Float32Array;
}

export interface ScoreMaps {
  /** score_fr: before any upsampling. */
  coarse: ProbabilityMap;
  /** The network's final output, the image's size. */
  full: ProbabilityMap;
  milliseconds: number;
}

async function read(t: tf.Tensor): Promise<ProbabilityMap> {
  const [height, width, classes] = t.shape as [number, number, number];
  return { height, width, classes, values: (await t.data()) as Float32Array };
}

export async function scoreMaps(weights: FcnWeights, image: RgbImage, variant: FcnVariant): Promise<ScoreMaps> {
  const start = performance.now();
  const x = tf.tensor3d(image.rgb, [image.height, image.width, 3]);
  const { logits, stages = {} } = forwardFcn(weights, x, variant, { returnStages: true });
  try {
    const scoreFr = stages.score_fr;
    if (!scoreFr) throw new Error('forwardFcn returned no score_fr map');
    const [coarse, full] = tf.tidy(() => [tf.softmax(scoreFr, -1), tf.softmax(logits, -1)]);
    try {
      const result = { coarse: await read(coarse), full: await read(full) };
      return { ...result, milliseconds: performance.now() - start };
    } finally {
      tf.dispose([coarse, full]);
    }
  } finally {
    tf.dispose([x, logits, ...Object.values(stages)]);
  }
}
