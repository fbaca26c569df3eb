// Node-only: run an FCN over scenes of given seeds and score it with src/lib/metrics.ts — confusion-matrix
// metrics (pixel acc., mean acc., mean IoU, f.w. IoU, per-class IoU) accumulated over all pixels, and boundary
// accuracy = (correct pixels within 3 px of a true edge) / (pixels within 3 px of a true edge), over all scenes.
import * as tf from '@tensorflow/tfjs-core';
import { addConfusion, boundaryMask, confusionMatrix, emptyConfusion, segmentationScores } from '../../src/lib/metrics';
import { NUM_CLASSES } from '../../src/lib/scene/dataset';
import type { FcnVariant } from '../../src/tf/fcn/config';
import { forwardFcn, type FcnWeights } from '../../src/tf/fcn/model';
import { composeBatch, scenesToTensors } from './scene-batch';
import type { SceneInputs } from './load-data';

export interface SceneScores {
  pixelAccuracy: number;
  meanAccuracy: number;
  meanIoU: number;
  frequencyWeightedIoU: number;
  boundaryAccuracy: number;
  perClassIoU: (number | null)[];
  perClassAccuracy: (number | null)[];
  scenes: number;
  pixels: number;
}

export const BOUNDARY_RADIUS = 3;

export function scoreScenes(
  weights: FcnWeights,
  variant: FcnVariant,
  seeds: readonly number[],
  size: [number, number],
  inputs: SceneInputs,
  batchSize = 8,
): SceneScores {
  let confusion = emptyConfusion(NUM_CLASSES);
  let [bandPixels, bandCorrect] = [0, 0];
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
      const prediction = labelsOut.subarray(b * n, (b + 1) * n);
      confusion = addConfusion(confusion, confusionMatrix(scene.labels, prediction, NUM_CLASSES));
      const band = boundaryMask(scene.labels, scene.height, scene.width, BOUNDARY_RADIUS);
      for (let i = 0; i < n; i++) {
        if (!band[i]) continue;
        bandPixels++;
        if (prediction[i] === scene.labels[i]) bandCorrect++;
      }
    });
  }
  const s = segmentationScores(confusion);
  return {
    pixelAccuracy: s.pixelAccuracy,
    meanAccuracy: s.meanAccuracy,
    meanIoU: s.meanIoU,
    frequencyWeightedIoU: s.frequencyWeightedIoU,
    boundaryAccuracy: bandPixels === 0 ? 0 : bandCorrect / bandPixels,
    perClassIoU: s.perClassIoU,
    perClassAccuracy: s.perClassAccuracy,
    scenes: seeds.length,
    pixels: confusion.flat().reduce((a, b) => a + b, 0),
  };
}

export function seedRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
