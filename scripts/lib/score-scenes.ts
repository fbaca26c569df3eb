// Node-only: run an FCN over scenes of given seeds and score it with src/lib/metrics/scores.ts — confusion-matrix
// metrics (pixel acc., mean acc., mean IoU, f.w. IoU, per-class IoU) accumulated over all pixels, and boundary
// accuracy = (correct pixels within 3 px of a true edge) / (pixels within 3 px of a true edge), over all scenes.
import * as tf from '@tensorflow/tfjs-core';
import { addScene, emptyTally, tallyScores, type TallyScores } from '../../src/lib/metrics/tally';
import type { ConfusionMatrix } from '../../src/lib/metrics/scores';
import { SCENE_CLASS_COUNT } from '../../src/lib/scene/dataset';
import type { FcnVariant } from '../../src/lib/fcn/variants';
import { forwardFcn, type FcnWeights } from '../../src/tf/fcn/model';
import { composeBatch, scenesToTensors } from './scene-batch';
import type { SceneInputs } from './load-data';

export interface SceneScores extends TallyScores {
  scenes: number;
  /** The summed confusion matrix (rows truth, columns prediction) the scores come from. */
  confusion: ConfusionMatrix;
}

export { BOUNDARY_RADIUS } from '../../src/lib/metrics/tally';

export function scoreScenes(
  weights: FcnWeights,
  variant: FcnVariant,
  seeds: readonly number[],
  size: [number, number],
  inputs: SceneInputs,
  batchSize = 8,
): SceneScores {
  let tally = emptyTally(SCENE_CLASS_COUNT);
  for (let start = 0; start < seeds.length; start += batchSize) {
    const scenes = composeBatch(seeds.slice(start, start + batchSize), size, inputs);
    const predicted = tf.tidy(() => {
      const { images } = scenesToTensors(scenes);
      return tf.argMax(forwardFcn(weights, images, variant).logits, -1);
    });
    const labelsOut = predicted.dataSync();
    predicted.dispose();
    scenes.forEach((scene, b) => {
      const n = scene.height * scene.width;
      tally = addScene(tally, scene.labels, labelsOut.subarray(b * n, (b + 1) * n), scene.height, scene.width);
    });
  }
  return { ...tallyScores(tally), confusion: tally.confusion, scenes: seeds.length };
}

export function seedRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
