/**
 * Evaluating the shipped FCNs in the page, exactly as `npm run evaluate -- --seeds FROM:TO` does in Node
 * (scripts/lib/score-scenes.ts): compose each test scene from its seed, run every model on it, take the argmax
 * class per pixel, and accumulate one confusion matrix per model over all scenes (src/lib/metrics/scores.ts) plus the
 * boundary counts (pixels within 3 px of a true edge, and how many of them are right). Scores are computed from
 * the summed matrix at the end, never averaged per scene. One scene at a time, yielding to the page between
 * scenes so a progress bar can move; an AbortSignal stops it after the current scene. No tensor is left behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import { boundaryMask, type ConfusionMatrix } from '../lib/metrics/scores';
import { addScene, BOUNDARY_RADIUS, emptyTally, tallyScores, type Tally, type TallyScores } from '../lib/metrics/tally';
import { composeScene, SCENE_CLASS_COUNT, type Sprite, type Texture } from '../lib/scene';
import type { FcnVariant } from '../lib/fcn/variants';
import { forwardFcn, predictLabels, type FcnWeights } from './fcn/model';
import { backendInUse } from './backend-in-use';

export { pageModels, type ModelEntry } from './fcn-store';

export { BOUNDARY_RADIUS };

export interface EvalModel {
  variant: FcnVariant;
  weights: FcnWeights;
}

export interface SceneInputs {
  sprites: readonly Sprite[];
  textures: readonly Texture[];
}

export interface ModelScores extends TallyScores {
  variant: FcnVariant;
  confusion: ConfusionMatrix;
}

export interface EvaluationResult {
  /** Seeds from … to − 1 were scored (to − from scenes; fewer than asked when stopped). */
  from: number;
  to: number;
  models: ModelScores[];
  milliseconds: number;
  backend: string;
  stopped: boolean;
}

export interface EvaluationRequest {
  models: readonly EvalModel[];
  inputs: SceneInputs;
  firstSeed: number;
  scenes: number;
  /** Scene side in pixels (the evaluation script's default is the training size, 128). */
  size: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Called before scenes `seeds` are composed (a browser fetches the sprites they draw). */
  prepare?: (seeds: number[]) => Promise<void>;
}

/** Scenes whose sprites are fetched together. */
const PREPARE_CHUNK = 10;

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Argmax labels of one scene (RGBA bytes, alpha ignored) by one model; every intermediate tensor is freed. */
async function labelsOf(model: EvalModel, rgba: ArrayLike<number>, size: number): Promise<Int32Array> {
  const n = size * size;
  const rgb = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) rgb[i * 3 + c] = rgba[i * 4 + c];
  const labels = tf.tidy(() =>
    predictLabels(forwardFcn(model.weights, tf.tensor3d(rgb, [size, size, 3]), model.variant).logits),
  );
  try {
    return (await labels.data()) as Int32Array;
  } finally {
    labels.dispose();
  }
}

function scoresOf(variant: FcnVariant, tally: Tally): ModelScores {
  return { variant, ...tallyScores(tally), confusion: tally.confusion };
}

/** Scores every model on scenes firstSeed … firstSeed + scenes − 1. */
export async function evaluateModels(request: EvaluationRequest): Promise<EvaluationResult> {
  const { models, inputs, firstSeed, scenes, size, onProgress, signal } = request;
  if (!Number.isInteger(scenes) || scenes < 1)
    throw new RangeError(`the number of scenes must be a positive integer, got ${scenes}`);
  const tallies: Tally[] = models.map(() => emptyTally(SCENE_CLASS_COUNT));
  const start = performance.now();
  let done = 0;
  onProgress?.(0, scenes);
  while (done < scenes && !signal?.aborted) {
    if (done % PREPARE_CHUNK === 0 && request.prepare) {
      const count = Math.min(PREPARE_CHUNK, scenes - done);
      await request.prepare(Array.from({ length: count }, (_, i) => firstSeed + done + i));
    }
    const scene = composeScene(firstSeed + done, {
      height: size,
      width: size,
      sprites: [...inputs.sprites],
      textures: [...inputs.textures],
    });
    const band = boundaryMask(scene.labels, size, size, BOUNDARY_RADIUS);
    for (const [m, model] of models.entries()) {
      const prediction = await labelsOf(model, scene.image, size);
      tallies[m] = addScene(tallies[m], scene.labels, prediction, size, size, band);
    }
    done += 1;
    onProgress?.(done, scenes);
    await nextFrame();
  }
  return {
    from: firstSeed,
    to: firstSeed + done,
    models: models.map((model, m) => scoresOf(model.variant, tallies[m])),
    milliseconds: performance.now() - start,
    backend: backendInUse(),
    stopped: done < scenes,
  };
}
