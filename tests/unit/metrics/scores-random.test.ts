// src/lib/metrics/scores.ts against independent computations on random label maps: score.py's bincount
// histogram, per-class pixel sets, the sum of split images' confusions, and a one-hot matMul in tfjs.
import { describe, expect, it } from 'vitest';
import {
  addConfusion,
  confusionMatrix,
  segmentationScores,
  type SegmentationScores,
} from '../../../src/lib/metrics/scores';
import { cpuTf } from '../helpers/tf-cpu';
import { randomLabels } from '../helpers/random-labels';
import { createRandom } from '../../../src/lib/random';

/** score.py's way: bincount(n·truth + pred) over the mask 0 ≤ truth < n, reshaped n×n. */
function bincountConfusion(truth: number[], pred: number[], n: number): number[][] {
  const hist = new Array<number>(n * n).fill(0);
  truth.forEach((t, i) => {
    if (t >= 0 && t < n) hist[n * t + pred[i]] += 1;
  });
  return Array.from({ length: n }, (_, t) => hist.slice(n * t, n * t + n));
}

/** Scores from per-class sets of pixel indices: IoU = |T ∩ P| / |T ∪ P|, accuracy = |T ∩ P| / |T|. */
function setScores(truth: number[], pred: number[], n: number): Omit<SegmentationScores, 'meanAccuracy' | 'meanIoU'> {
  const counted = truth.map((t, i) => i).filter((i) => truth[i] < n);
  const T = Array.from({ length: n }, (_, c) => new Set(counted.filter((i) => truth[i] === c)));
  const P = Array.from({ length: n }, (_, c) => new Set(counted.filter((i) => pred[i] === c)));
  const inter = (c: number) => [...T[c]].filter((i) => P[c].has(i)).length;
  const union = (c: number) => new Set([...T[c], ...P[c]]).size;
  const perClassIoU = T.map((_, c) => (union(c) === 0 ? null : inter(c) / union(c)));
  return {
    counted: counted.length,
    pixelAccuracy: counted.length === 0 ? 0 : counted.filter((i) => truth[i] === pred[i]).length / counted.length,
    perClassIoU,
    perClassAccuracy: T.map((t, c) => (t.size === 0 ? null : inter(c) / t.size)),
    frequencyWeightedIoU: T.reduce(
      (s, t, c) => (t.size === 0 ? s : s + (t.size / counted.length) * perClassIoU[c]!),
      0,
    ),
  };
}

function nullMean(values: (number | null)[]): number {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length;
}

describe('random cases against independent computations', () => {
  it('250 random label maps: bincount histogram and set intersection/union agree with the library', () => {
    const next = createRandom(1411).next;
    for (let trial = 0; trial < 250; trial++) {
      const n = 1 + Math.floor(next() * 6);
      const length = Math.floor(next() * 80);
      const truth = randomLabels(next, length, n, 0.15);
      const pred = truth.map(() => Math.floor(next() * n));
      const c = confusionMatrix(truth, pred, n);
      expect(c).toEqual(bincountConfusion(truth, pred, n));
      const s = segmentationScores(c);
      const ref = setScores(truth, pred, n);
      expect(s.pixelAccuracy).toBeCloseTo(ref.pixelAccuracy, 12);
      expect(s.perClassIoU.length).toBe(n);
      s.perClassIoU.forEach((v, k) =>
        v === null ? expect(ref.perClassIoU[k]).toBeNull() : expect(v).toBeCloseTo(ref.perClassIoU[k]!, 12),
      );
      s.perClassAccuracy.forEach((v, k) =>
        v === null ? expect(ref.perClassAccuracy[k]).toBeNull() : expect(v).toBeCloseTo(ref.perClassAccuracy[k]!, 12),
      );
      expect(s.meanIoU).toBeCloseTo(nullMean(ref.perClassIoU), 12);
      expect(s.meanAccuracy).toBeCloseTo(nullMean(ref.perClassAccuracy), 12);
      expect(s.frequencyWeightedIoU).toBeCloseTo(ref.frequencyWeightedIoU, 12);
      for (const v of [s.pixelAccuracy, s.meanAccuracy, s.meanIoU, s.frequencyWeightedIoU])
        expect(Number.isNaN(v)).toBe(false);
    }
  });

  it('addConfusion over split images equals the confusion of the concatenation', () => {
    const next = createRandom(7).next;
    for (let trial = 0; trial < 20; trial++) {
      const n = 2 + Math.floor(next() * 4);
      const a = randomLabels(next, 30, n, 0.1);
      const b = randomLabels(next, 25, n, 0.1);
      const pa = a.map(() => Math.floor(next() * n));
      const pb = b.map(() => Math.floor(next() * n));
      const summed = addConfusion(confusionMatrix(a, pa, n), confusionMatrix(b, pb, n));
      expect(summed).toEqual(confusionMatrix([...a, ...b], [...pa, ...pb], n));
    }
  });

  it('confusionMatrix equals onehot(truth)ᵀ · onehot(prediction) computed with tf.matMul on the cpu backend', async () => {
    const tf = await cpuTf();
    const next = createRandom(2015).next;
    for (let trial = 0; trial < 20; trial++) {
      const n = 2 + Math.floor(next() * 5);
      const truth = randomLabels(next, 200, n, 0.1);
      const pred = truth.map(() => Math.floor(next() * n));
      const fromTf = tf.tidy(() => {
        const t = tf.tensor1d(truth, 'int32');
        const counted = tf.expandDims(tf.cast(tf.less(t, tf.scalar(n, 'int32')), 'float32'), 1); // void pixels give a zero row
        const truthOneHot = tf.mul(tf.cast(tf.oneHot(tf.minimum(t, tf.scalar(n - 1, 'int32')), n), 'float32'), counted);
        const predOneHot = tf.cast(tf.oneHot(tf.tensor1d(pred, 'int32'), n), 'float32');
        return tf.matMul(truthOneHot, predOneHot, true, false);
      });
      const counts = (await fromTf.array()) as number[][];
      fromTf.dispose();
      expect(confusionMatrix(truth, pred, n)).toEqual(counts);
    }
  });
});
