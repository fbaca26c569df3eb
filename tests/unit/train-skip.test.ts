// Training the skip on cached features (src/tf/skip-train.ts), on the cpu backend at a tiny width: the head is
// forwardFcn's head, the zero-initialised skip starts from FCN-32s's own scores, training lowers the loss, the
// FCN-8s stage grows from the trained FCN-16s, and nothing leaks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FcnConfig } from '../../src/lib/fcn/config';
import { createFcnWeights, extendFcnWeights, forwardFcn, type FcnWeights } from '../../src/tf/fcn/model';
import {
  cacheFeatures,
  disposeFeatures,
  headLogits,
  learnedNames,
  SkipTrainer,
  type CachedFeatures,
} from '../../src/tf/skip-train';
import { registerHeadGradients } from '../../src/tf/skip-train-gradients';
import { cpuTf } from './helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
const tiny: FcnConfig = { widthDivisor: 32, fcWidth: 8, numClasses: 3 };
const [H, W] = [64, 96];
const COUNT = 4;
let tf: Tf;
let w32: FcnWeights;
let images: Float32Array;
let labels: Uint8Array;

/** Random weights for the layers whose names start with one of `prefixes` (fresh score layers are zero). */
function randomised(w: FcnWeights, seed: number, prefixes = ['conv', 'fc', 'score']): FcnWeights {
  const pick = (k: string) => prefixes.some((p) => k.startsWith(p));
  return Object.fromEntries(
    Object.entries(w).map(([k, t], i) => [k, pick(k) ? tf.randomNormal(t.shape, 0, 0.3, 'float32', seed + i) : t]),
  );
}

const maxDiff = (a: import('@tensorflow/tfjs-core').Tensor, b: import('@tensorflow/tfjs-core').Tensor): number =>
  tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

async function features(weights: FcnWeights): Promise<CachedFeatures> {
  return (await cacheFeatures(weights, images, labels, COUNT, [H, W], 3)).features;
}

beforeAll(async () => {
  tf = await cpuTf();
  registerHeadGradients();
  w32 = randomised(createFcnWeights(tiny, 11, 'fcn32s'), 100);
  images = tf.randomUniform([COUNT, H, W, 3], 0, 255, 'float32', 5).dataSync() as Float32Array;
  // Labels that depend on the image (class = which third of the red range), so there is something to learn.
  labels = Uint8Array.from({ length: COUNT * H * W }, (_, i) => Math.min(2, Math.floor(images[i * 3] / 85)));
});

describe('fcnHead via headLogits(weights, cached features, variant)', () => {
  it('equals forwardFcn(weights, images, "fcn16s") and ("fcn8s") exactly, for the same weights', async () => {
    // Same backbone and score_fr as the cached FCN-32s; random skips and ×2 upsamplers (all learned layers).
    const w16 = randomised(extendFcnWeights(w32, tiny, 2, 'fcn16s'), 300, ['score_pool', 'upscore2']);
    const w8 = randomised(extendFcnWeights(w16, tiny, 3, 'fcn8s'), 500, ['score_pool3', 'upscore_pool4']);
    const cached = await features(w32);
    const x = tf.tensor4d(images, [COUNT, H, W, 3]);
    for (const [variant, weights] of [
      ['fcn16s', w16],
      ['fcn8s', w8],
    ] as const) {
      const { logits } = forwardFcn(weights, x, variant);
      const head = tf.tidy(() => headLogits(weights, cached, variant));
      expect(head.shape).toEqual([COUNT, H, W, 3]);
      expect(maxDiff(head, logits), variant).toBe(0);
      tf.dispose([logits, head]);
    }
    tf.dispose([x, ...Object.values(w16), ...Object.values(w8)]);
    disposeFeatures(cached);
  });

  it('caches FCN-32s\'s own labels: argmax of forwardFcn(w32, "fcn32s")', async () => {
    const { features: cached, fcn32Labels } = await cacheFeatures(w32, images, labels, COUNT, [H, W], 3);
    const expected = tf.tidy(() =>
      tf.argMax(forwardFcn(w32, tf.tensor4d(images, [COUNT, H, W, 3]), 'fcn32s').logits, -1).dataSync(),
    );
    expect(Array.from(fcn32Labels)).toEqual(Array.from(expected));
    disposeFeatures(cached);
  });
});

describe('SkipTrainer', () => {
  it('step 0 adds nothing to FCN-32s\'s scores: its logits are forwardFcn "fcn16s" with score_pool4 = 0 (extendFcnWeights), exactly', async () => {
    const cached = await features(w32);
    const trainer = new SkipTrainer(cached, { learningRate: 0.01, batchSize: 2, seed: 1 });
    const w16 = extendFcnWeights(w32, tiny, 4, 'fcn16s');
    expect(maxDiff(w16['score_pool4/kernel'], tf.zerosLike(w16['score_pool4/kernel']))).toBe(0);
    const { logits } = forwardFcn(w16, tf.tensor4d(images, [COUNT, H, W, 3]), 'fcn16s');
    const head = tf.tidy(() => headLogits(trainer.headWeights, cached, 'fcn16s'));
    expect(maxDiff(head, logits)).toBe(0);
    tf.dispose([logits, head, ...Object.values(w16)]);
    trainer.dispose();
    disposeFeatures(cached);
  });

  it("step 0 equals FCN-32s's logits where score_fr is linear (a ramp): ×2 then ×16 bilinear = ×32 bilinear away from the border", async () => {
    // score_fr of a 128×128 input is 4×4; a ramp a·y + b·x + c per class. Interior: 16·1 + 7.5 … 16·6 + 7.5 px.
    const size = 128;
    const ramp = tf.tidy(() => {
      const y = tf.reshape(tf.range(0, 4), [1, 4, 1, 1]);
      const x = tf.reshape(tf.range(0, 4), [1, 1, 4, 1]);
      const perClass = tf.reshape(tf.tensor1d([0.7, -1.3, 0.2]), [1, 1, 1, 3]);
      return tf.add(
        tf.mul(tf.add(tf.mul(y, 2), tf.mul(x, -1)), perClass),
        0.5,
      ) as import('@tensorflow/tfjs-core').Tensor4D;
    });
    const cached: CachedFeatures = {
      count: 1,
      size: [size, size],
      scoreFr: ramp,
      pool4: tf.randomNormal([1, 8, 8, 4]),
      pool3: tf.randomNormal([1, 16, 16, 2]),
      labels: tf.zeros([1, size, size], 'int32'),
    };
    const trainer = new SkipTrainer(cached, { learningRate: 0.01, batchSize: 1, seed: 1 });
    const w32Head = { 'upscore/kernel': w32['upscore/kernel'] };
    const [two, one] = tf.tidy(() => [
      headLogits(trainer.headWeights, cached, 'fcn16s'),
      headLogits(w32Head, cached, 'fcn32s'),
    ]);
    const interior = (t: import('@tensorflow/tfjs-core').Tensor) => tf.slice(t, [0, 24, 24, 0], [1, 80, 80, 3]);
    expect(maxDiff(interior(two), interior(one))).toBeLessThan(1e-5);
    // At the border the two paths fade out differently (both treat the outside as zero scores).
    expect(maxDiff(two, one)).toBeGreaterThan(1e-3);
    tf.dispose([two, one]);
    trainer.dispose();
    disposeFeatures(cached);
  });

  it('trains only the new layers (score_pool4, upscore2; then also score_pool3, upscore_pool4) and lowers the loss', async () => {
    expect(learnedNames('fcn16s')).toEqual(['score_pool4/kernel', 'score_pool4/bias', 'upscore2/kernel']);
    const cached = await features(w32);
    const trainer = new SkipTrainer(cached, { learningRate: 0.05, batchSize: COUNT, seed: 3 });
    const fixed = tf.clone(trainer.headWeights['upscore16/kernel']);
    const losses: number[] = [];
    for (let i = 0; i < 8; i++) losses.push(await trainer.step());
    expect(losses[7]).toBeLessThan(losses[0] * 0.95);
    expect(trainer.steps).toBe(8);
    expect(maxDiff(trainer.headWeights['upscore16/kernel'], fixed)).toBe(0);
    expect(
      maxDiff(trainer.headWeights['score_pool4/kernel'], tf.zerosLike(trainer.headWeights['score_pool4/kernel'])),
    ).toBeGreaterThan(0);
    fixed.dispose();
    trainer.dispose();
    disposeFeatures(cached);
  }, 300_000);

  it('goes on to FCN-8s from the trained FCN-16s: score_pool3 = 0, so it starts as forwardFcn "fcn8s" with those weights', async () => {
    const cached = await features(w32);
    const trainer = new SkipTrainer(cached, { learningRate: 0.05, batchSize: 2, seed: 3 });
    for (let i = 0; i < 3; i++) await trainer.step();
    const pool4Kernel = tf.clone(trainer.headWeights['score_pool4/kernel']);
    trainer.goToFcn8s();
    expect(trainer.stage).toBe('fcn8s');
    expect(trainer.steps).toBe(0);
    expect(maxDiff(trainer.headWeights['score_pool4/kernel'], pool4Kernel)).toBe(0);
    const full = { ...w32, ...trainer.headWeights };
    const { logits } = forwardFcn(full, tf.tensor4d(images, [COUNT, H, W, 3]), 'fcn8s');
    const head = tf.tidy(() => headLogits(trainer.headWeights, cached, 'fcn8s'));
    expect(maxDiff(head, logits)).toBe(0);
    const before = await trainer.predict(cached, 3);
    expect(before.length).toBe(COUNT * H * W);
    const loss = await trainer.step();
    expect(Number.isFinite(loss)).toBe(true);
    tf.dispose([logits, head, pool4Kernel]);
    trainer.dispose();
    disposeFeatures(cached);
  }, 300_000);

  it('leaks no tensor over steps, predictions, FCN-8s, reset and dispose', async () => {
    const cached = await features(w32);
    const start = tf.memory().numTensors;
    const trainer = new SkipTrainer(cached, { learningRate: 0.01, batchSize: 2, seed: 9 });
    const held = tf.memory().numTensors;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) await trainer.step();
      await trainer.predict(cached);
      trainer.goToFcn8s();
      await trainer.step();
      trainer.reset();
      expect(tf.memory().numTensors, `round ${round}`).toBe(held);
    }
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(start);
    disposeFeatures(cached);
  }, 300_000);
});
