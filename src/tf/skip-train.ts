/**
 * Training the skip in a tab: FCN-32s becomes FCN-16s (then FCN-8s) by training ONLY the new head. The backbone
 * and score_fr stay frozen, so their maps (pool3, pool4, score_fr) are computed once per scene (cacheFeatures)
 * and each step runs just the head (fcnHead, the same definition forwardFcn uses):
 *   FCN-16s: score_pool4 (1×1, zero init, learnable) + upscore2 (×2, bilinear init, learnable),
 *            upscore16 (×16, bilinear, fixed);
 *   FCN-8s (from the trained FCN-16s): + score_pool3 (zero) + upscore_pool4 (×2, bilinear, learnable),
 *            upscore8 (×8, bilinear, fixed); upscore16 is no longer used.
 * Loss: per-pixel softmax cross-entropy (./fcn/loss.ts); optimiser: Adam (written out here so the learning rate
 * can change between steps and every moment tensor is ours to dispose). No DOM: runs in a worker and in Node.
 */
import * as tf from '@tensorflow/tfjs-core';
import { bilinearWeights } from '../lib/conv/bilinear';
import { createRandom, type Random } from '../lib/random';
import { UPSAMPLERS } from '../lib/fcn/config';
import type { UpsamplerName } from '../lib/fcn/head';
import { skipStageLayers, type SkipStageLayers } from '../lib/fcn/skip-head';
import type { FcnVariant, SkipVariant } from '../lib/fcn/variants';
import { softmaxCrossEntropyIgnore } from './fcn/loss';
import { fcnHead, forwardFcn, type FcnWeights, type HeadInputs } from './fcn/model';

/** The frozen maps of a set of scenes, [n, h/8 | h/16 | h/32, w/…, c], and their labels [n, h, w] (int32). */
export interface CachedFeatures {
  count: number;
  size: [number, number];
  pool3: tf.Tensor4D;
  pool4: tf.Tensor4D;
  scoreFr: tf.Tensor4D;
  labels: tf.Tensor3D;
}

/** The layers each stage trains, and the fixed final upsampler it adds (from the head's graph, src/lib/fcn). */
export const STAGE_LAYERS: Record<SkipVariant, SkipStageLayers> = {
  fcn16s: skipStageLayers('fcn16s'),
  fcn8s: skipStageLayers('fcn8s'),
};

/**
 * Runs the frozen FCN-32s on `images` ([n, h, w, 3], RGB 0–255) in chunks and keeps pool3, pool4 and score_fr;
 * also returns FCN-32s's own predicted labels (argmax of its ×32 head), n·h·w values.
 */
export async function cacheFeatures(
  weights32: FcnWeights,
  images: Float32Array,
  labels: Uint8Array,
  count: number,
  size: [number, number],
  chunk = 4,
): Promise<{ features: CachedFeatures; fcn32Labels: Int32Array }> {
  const [h, w] = size;
  const parts: { pool3: tf.Tensor4D; pool4: tf.Tensor4D; scoreFr: tf.Tensor4D }[] = [];
  const fcn32Labels = new Int32Array(count * h * w);
  for (let start = 0; start < count; start += chunk) {
    const n = Math.min(chunk, count - start);
    const x = tf.tensor4d(images.subarray(start * h * w * 3, (start + n) * h * w * 3), [n, h, w, 3]);
    const { logits, stages = {} } = forwardFcn(weights32, x, 'fcn32s', { returnStages: true });
    const predicted = tf.argMax(logits, -1);
    fcn32Labels.set((await predicted.data()) as Int32Array, start * h * w);
    parts.push({
      pool3: stages.pool3 as tf.Tensor4D,
      pool4: stages.pool4 as tf.Tensor4D,
      scoreFr: stages.score_fr as tf.Tensor4D,
    });
    const keep = new Set<tf.Tensor>([stages.pool3, stages.pool4, stages.score_fr]);
    tf.dispose([x, logits, predicted, ...Object.values(stages).filter((t) => !keep.has(t))]);
  }
  const concat = (key: 'pool3' | 'pool4' | 'scoreFr'): tf.Tensor4D => {
    const out =
      parts.length === 1
        ? tf.clone(parts[0][key])
        : tf.concat(
            parts.map((p) => p[key]),
            0,
          );
    return out as tf.Tensor4D;
  };
  const features: CachedFeatures = {
    count,
    size,
    pool3: concat('pool3'),
    pool4: concat('pool4'),
    scoreFr: concat('scoreFr'),
    labels: tf.tensor3d(Int32Array.from(labels), [count, h, w], 'int32'),
  };
  tf.dispose(parts.flatMap((p) => [p.pool3, p.pool4, p.scoreFr]));
  return { features, fcn32Labels };
}

export function disposeFeatures(f: CachedFeatures): void {
  tf.dispose([f.pool3, f.pool4, f.scoreFr, f.labels]);
}

/** Fresh head weights of a stage: the skip's 1×1 scores at zero, both upsamplers bilinear. */
export function freshStageWeights(stage: SkipVariant, channels: number, numClasses: number): FcnWeights {
  const { skip, up, fixed } = STAGE_LAYERS[stage];
  const bilinear = (name: UpsamplerName): tf.Tensor => {
    const k = UPSAMPLERS[name].kernelSize;
    return tf.tensor4d(bilinearWeights(k, numClasses), [k, k, numClasses, numClasses]);
  };
  return {
    [`${skip}/kernel`]: tf.zeros([1, 1, channels, numClasses]),
    [`${skip}/bias`]: tf.zeros([numClasses]),
    [`${up}/kernel`]: bilinear(up),
    [`${fixed}/kernel`]: bilinear(fixed),
  };
}

/** The names a stage learns (the fixed final upsampler is not among them). */
export function learnedNames(stage: SkipVariant): string[] {
  const stages: SkipVariant[] = stage === 'fcn16s' ? ['fcn16s'] : ['fcn16s', 'fcn8s'];
  return stages.flatMap((s) => {
    const { skip, up } = STAGE_LAYERS[s];
    return [`${skip}/kernel`, `${skip}/bias`, `${up}/kernel`];
  });
}

export interface AdamSettings {
  beta1: number;
  beta2: number;
  epsilon: number;
}
export const ADAM: AdamSettings = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

export interface TrainerOptions {
  learningRate: number;
  batchSize: number;
  /** Seed of the order in which cached training scenes are drawn. */
  seed: number;
}

/** The head's logits for cached scenes `indices` (all when omitted). Call inside a tidy. */
export function headLogits(
  weights: FcnWeights,
  features: CachedFeatures,
  stage: FcnVariant,
  indices?: tf.Tensor1D,
): tf.Tensor4D {
  const pick = <T extends tf.Tensor>(t: T): T => (indices ? (tf.gather(t, indices) as T) : t);
  const inputs: HeadInputs = {
    scoreFr: pick(features.scoreFr),
    pool4: pick(features.pool4),
    pool3: pick(features.pool3),
  };
  return fcnHead(weights, inputs, stage, features.size);
}

/** A variable holding `t`'s values; `t` itself is disposed (the variable keeps the data). */
function variableFrom(t: tf.Tensor, trainable: boolean): tf.Variable {
  const v = tf.variable(t, trainable);
  t.dispose();
  return v;
}

/**
 * The trainable head over cached features. `step()` draws a batch (each scene once per pass, reshuffled),
 * takes one Adam step on the stage's learned layers and returns the batch's loss.
 */
export class SkipTrainer {
  stage: SkipVariant = 'fcn16s';
  steps = 0;
  learningRate: number;
  private weights: FcnWeights = {};
  private variables: tf.Variable[] = [];
  private moments: { m: tf.Variable; v: tf.Variable }[] = [];
  private readonly random: Random;
  private order: number[] = [];

  constructor(
    private readonly train: CachedFeatures,
    private readonly options: TrainerOptions,
  ) {
    this.learningRate = options.learningRate;
    this.random = createRandom(options.seed);
    this.setWeights({ ...this.fresh('fcn16s') });
  }

  private fresh(stage: SkipVariant): FcnWeights {
    const channels = (stage === 'fcn16s' ? this.train.pool4 : this.train.pool3).shape[3];
    return freshStageWeights(stage, channels, this.train.scoreFr.shape[3]);
  }

  /** Takes ownership of `weights`: learned ones become variables with zero Adam moments. */
  private setWeights(weights: FcnWeights): void {
    this.disposeWeights();
    const learned = new Set(learnedNames(this.stage));
    this.weights = {};
    for (const [name, t] of Object.entries(weights)) {
      if (!learned.has(name)) {
        this.weights[name] = t;
        continue;
      }
      const v = variableFrom(t, true);
      this.weights[name] = v;
      this.variables.push(v);
      this.moments.push({ m: variableFrom(tf.zerosLike(v), false), v: variableFrom(tf.zerosLike(v), false) });
    }
    this.steps = 0;
  }

  /** The current head weights (owned by the trainer; valid until the next reset or stage change). */
  get headWeights(): FcnWeights {
    return this.weights;
  }

  private nextBatch(): number[] {
    const batch: number[] = [];
    while (batch.length < Math.min(this.options.batchSize, this.train.count)) {
      if (this.order.length === 0) {
        this.order = Array.from({ length: this.train.count }, (_, i) => i);
        for (let i = this.order.length - 1; i > 0; i--) {
          const j = this.random.int(0, i);
          [this.order[i], this.order[j]] = [this.order[j], this.order[i]];
        }
      }
      batch.push(this.order.pop()!);
    }
    return batch;
  }

  /** One Adam step; resolves to the batch's mean loss. */
  async step(): Promise<number> {
    const batch = this.nextBatch();
    const t = this.steps + 1;
    const { beta1, beta2, epsilon } = ADAM;
    const lossTensor = tf.tidy(() => {
      const indices = tf.tensor1d(batch, 'int32');
      const labels = tf.gather(this.train.labels, indices);
      const { value, grads } = tf.variableGrads(
        () => softmaxCrossEntropyIgnore(headLogits(this.weights, this.train, this.stage, indices), labels),
        this.variables,
      );
      const stepSize = (this.learningRate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
      this.variables.forEach((variable, i) => {
        const g = grads[variable.name];
        const { m, v } = this.moments[i];
        m.assign(tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1)));
        v.assign(tf.add(tf.mul(v, beta2), tf.mul(tf.square(g), 1 - beta2)));
        variable.assign(tf.sub(variable, tf.mul(tf.div(m, tf.add(tf.sqrt(v), epsilon)), stepSize)));
      });
      return value;
    });
    const [loss] = await lossTensor.data();
    lossTensor.dispose();
    this.steps = t;
    return loss;
  }

  /** Argmax labels of the head on `features` ([n·h·w]), computed `chunk` scenes at a time. */
  async predict(features: CachedFeatures, chunk = 8): Promise<Int32Array> {
    const [h, w] = features.size;
    const out = new Int32Array(features.count * h * w);
    for (let start = 0; start < features.count; start += chunk) {
      const n = Math.min(chunk, features.count - start);
      const labels = tf.tidy(() => {
        const indices = tf.range(start, start + n, 1, 'int32') as tf.Tensor1D;
        return tf.argMax(headLogits(this.weights, features, this.stage, indices), -1);
      });
      out.set((await labels.data()) as Int32Array, start * h * w);
      labels.dispose();
    }
    return out;
  }

  /**
   * FCN-8s from the current FCN-16s (the paper's staging): score_pool4 and upscore2 keep their trained values
   * (and stay learnable), score_pool3 starts at zero, upscore_pool4 bilinear; upscore8 replaces upscore16.
   */
  goToFcn8s(): void {
    if (this.stage === 'fcn8s') return;
    const kept = tf.tidy(() =>
      Object.fromEntries(
        ['score_pool4/kernel', 'score_pool4/bias', 'upscore2/kernel'].map((name) => [
          name,
          tf.clone(this.weights[name]),
        ]),
      ),
    );
    const fresh = this.fresh('fcn8s');
    this.stage = 'fcn8s';
    this.setWeights({ ...kept, ...fresh });
  }

  /** Back to step 0 of FCN-16s (zero skip, bilinear upsamplers). */
  reset(): void {
    this.stage = 'fcn16s';
    this.order = [];
    this.setWeights(this.fresh('fcn16s'));
  }

  private disposeWeights(): void {
    tf.dispose([...Object.values(this.weights), ...this.moments.flatMap(({ m, v }) => [m, v])]);
    this.weights = {};
    this.variables = [];
    this.moments = [];
  }

  dispose(): void {
    this.disposeWeights();
  }
}
