/**
 * Running the shipped FCNs in the page: one image in, plain arrays out (labels, timings, stage maps), no tensor
 * left behind. Loading lives in ./fcn-store.ts; the maths of the heads in ./fcn/model.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { stagePanels } from '../lib/fcn/stages';
import type { RgbImage } from '../lib/image/image-input';
import type { FcnVariant } from '../lib/fcn/variants';
import { forwardFcn, predictLabels, type FcnWeights } from './fcn/model';
import { backendInUse } from './backend-in-use';

export { finestReady, pageModels, type ModelEntry, type LoadProgress, type FcnModelStore } from './fcn-store';

export interface Segmentation {
  variant: FcnVariant;
  /** Predicted class per pixel, [height, width]. */
  labels: Uint8Array;
  /** Wall time from the image tensor to the labels back in JavaScript. */
  milliseconds: number;
  /** The backend that computed it, as the badge names it (e.g. "WASM (CPU)"). */
  backend: string;
}

export interface StageMap {
  name: string;
  height: number;
  width: number;
  /** The chosen class's channel, [height, width]. */
  values: Float32Array;
}

/** Labels for every pixel of `image` by FCN-`variant`, with the time it took (one run). */
export async function segment(weights: FcnWeights, image: RgbImage, variant: FcnVariant): Promise<Segmentation> {
  const start = performance.now();
  const labels = tf.tidy(() => {
    const x = tf.tensor3d(image.rgb, [image.height, image.width, 3]);
    return predictLabels(forwardFcn(weights, x, variant).logits);
  });
  try {
    const values = await labels.data();
    const milliseconds = performance.now() - start;
    return { variant, labels: Uint8Array.from(values), milliseconds, backend: backendInUse() };
  } finally {
    labels.dispose();
  }
}

/**
 * Run the head once with its stages, turn each stage map ([h, w, classes]) into a 2-D tensor with `pick`, and read
 * them all back: [name, height, width, values] per stage, in stagePanels order. Every tensor is disposed, also
 * when a pick or a read fails.
 */
async function readStages<T extends Float32Array | Int32Array>(
  weights: FcnWeights,
  image: RgbImage,
  variant: FcnVariant,
  pick: (map: tf.Tensor3D) => tf.Tensor2D,
): Promise<{ name: string; height: number; width: number; values: T }[]> {
  const names = stagePanels(variant, image.height, image.width).map((p) => p.name);
  const x = tf.tensor3d(image.rgb, [image.height, image.width, 3]);
  const { logits, stages = {} } = forwardFcn(weights, x, variant, { returnStages: true });
  try {
    const picked = tf.tidy(() =>
      names.map((name) => {
        const map = stages[name];
        if (!map) throw new Error(`forwardFcn returned no ${name} map for ${variant}`);
        return pick(map as tf.Tensor3D);
      }),
    );
    try {
      const values = await Promise.all(picked.map((t) => t.data() as Promise<T>));
      return names.map((name, i) => {
        const [height, width] = picked[i].shape;
        return { name, height, width, values: values[i] };
      });
    } finally {
      tf.dispose(picked);
    }
  } finally {
    tf.dispose([x, logits, ...Object.values(stages)]);
  }
}

/**
 * The head's score maps for one class: score_fr, each ×2 upsampling (before its crop), each skip's 1×1
 * scores, each sum, the final upsampling (before its crop) and the final map, at their own resolutions.
 */
export async function stageMaps(
  weights: FcnWeights,
  image: RgbImage,
  variant: FcnVariant,
  classId: number,
): Promise<StageMap[]> {
  return readStages<Float32Array>(weights, image, variant, (map) => {
    const [h, w, c] = map.shape;
    if (classId < 0 || classId >= c) throw new RangeError(`class ${classId} is not one of the ${c} score channels`);
    return tf.reshape(tf.slice(map, [0, 0, classId], [h, w, 1]), [h, w]);
  });
}

/** Live tfjs tensors (for the page's own leak check). */
export function liveTensors(): number {
  return tf.memory().numTensors;
}

export interface StageLabelMap {
  name: string;
  height: number;
  width: number;
  /** The class with the highest score in each cell (argmax over the map's channels), [height, width]. */
  labels: Int32Array;
}

/** Every stage map of the head as labels: the class each cell scores highest. */
export async function stageLabelMaps(
  weights: FcnWeights,
  image: RgbImage,
  variant: FcnVariant,
): Promise<StageLabelMap[]> {
  const maps = await readStages<Int32Array>(weights, image, variant, (map) => tf.argMax(map, -1));
  return maps.map(({ name, height, width, values }) => ({ name, height, width, labels: values }));
}
