import { describe, expect, it } from 'vitest';
import {
  addConfusion,
  boundaryAccuracy,
  boundaryMask,
  confusionMatrix,
  emptyConfusion,
  perImageMean,
  scoresDefined,
  segmentationScores,
  type SegmentationScores,
} from '../../../src/lib/metrics/scores';
import { cpuTf } from '../helpers/tf-cpu';
import { createRandom } from '../../../src/lib/random';

function randomLabels(next: () => number, length: number, n: number, voidRate: number): number[] {
  return Array.from({ length }, () => (next() < voidRate ? 255 : Math.floor(next() * n)));
}

describe('confusionMatrix + segmentationScores, worked by hand', () => {
  it('2 classes: TP=3, TN=5, FP=1, FN=1 gives pixel accuracy (TP+TN)/all = 0.8', () => {
    // class 1 = "object" (positive), class 0 = background (negative)
    const truth = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const pred = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]; // 3 TP, 1 FN, 1 FP, 5 TN
    const c = confusionMatrix(truth, pred, 2);
    expect(c).toEqual([
      [5, 1],
      [1, 3],
    ]);
    const s = segmentationScores(c);
    expect(s.pixelAccuracy).toBeCloseTo((3 + 5) / 10, 12);
    expect(s.perClassIoU[1]).toBeCloseTo(3 / (3 + 1 + 1), 12); // TP / (TP + FP + FN)
    expect(s.perClassIoU[0]).toBeCloseTo(5 / 7, 12);
    expect(s.meanIoU).toBeCloseTo(23 / 35, 12);
    expect(s.perClassAccuracy).toEqual([5 / 6, 3 / 4]);
    expect(s.meanAccuracy).toBeCloseTo(19 / 24, 12);
    expect(s.frequencyWeightedIoU).toBeCloseTo(0.6 * (5 / 7) + 0.4 * 0.6, 12);
  });

  it('3 classes: rows are truth, columns prediction', () => {
    const truth = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2];
    const pred = [0, 0, 1, 2, 1, 1, 0, 2, 2, 1];
    const c = confusionMatrix(truth, pred, 3);
    expect(c).toEqual([
      [2, 1, 1],
      [1, 2, 0],
      [0, 1, 2],
    ]);
    const s = segmentationScores(c);
    expect(s.pixelAccuracy).toBeCloseTo(0.6, 12);
    expect(s.perClassAccuracy.map((v) => v ?? -1)).toEqual([0.5, 2 / 3, 2 / 3]);
    expect(s.meanAccuracy).toBeCloseTo(11 / 18, 12);
    expect(s.perClassIoU[0]).toBeCloseTo(2 / 5, 12); // 2 / (4 + 3 − 2)
    expect(s.perClassIoU[1]).toBeCloseTo(2 / 5, 12); // 2 / (3 + 4 − 2)
    expect(s.perClassIoU[2]).toBeCloseTo(1 / 2, 12); // 2 / (3 + 3 − 2)
    expect(s.meanIoU).toBeCloseTo(13 / 30, 12);
    expect(s.frequencyWeightedIoU).toBeCloseTo(0.4 * 0.4 + 0.3 * 0.4 + 0.3 * 0.5, 12);
  });

  it('the imbalance trap: predicting all background scores 95% pixel accuracy but 47.5% mean IoU', () => {
    const truth = Array.from({ length: 100 }, (_, i) => (i < 5 ? 1 : 0));
    const pred = new Array<number>(100).fill(0);
    const s = segmentationScores(confusionMatrix(truth, pred, 2));
    expect(s.pixelAccuracy).toBeCloseTo(0.95, 12);
    expect(s.perClassIoU).toEqual([0.95, 0]);
    expect(s.meanIoU).toBeCloseTo(0.475, 12);
    expect(s.meanAccuracy).toBeCloseTo(0.5, 12);
    expect(s.frequencyWeightedIoU).toBeCloseTo(0.95 * 0.95, 12);
  });

  it('ignore label 255 (and any truth outside [0, n)) is skipped, whatever was predicted there', () => {
    const c = confusionMatrix([0, 255, 1, 255, 7, -1], [0, 1, 1, 0, 99, 99], 2);
    expect(c).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(segmentationScores(c).pixelAccuracy).toBe(1);
  });

  it('options.ignoreLabel can skip an in-range class', () => {
    expect(confusionMatrix([0, 1, 2, 0], [1, 1, 2, 2], 3, { ignoreLabel: 0 })).toEqual([
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('a class absent from truth and prediction gets null and is left out of the means', () => {
    const s = segmentationScores(confusionMatrix([0, 0, 1, 1], [0, 1, 1, 1], 3));
    expect(s.perClassIoU[2]).toBeNull();
    expect(s.perClassAccuracy[2]).toBeNull();
    expect(s.meanIoU).toBeCloseTo((1 / 2 + 2 / 3) / 2, 12);
    expect(s.meanAccuracy).toBeCloseTo((1 / 2 + 1) / 2, 12);
  });

  it('a class predicted but absent from the truth has IoU 0 (counted) and accuracy null', () => {
    const s = segmentationScores(confusionMatrix([0, 0, 0, 0], [0, 0, 0, 1], 2));
    expect(s.perClassIoU).toEqual([0.75, 0]);
    expect(s.perClassAccuracy).toEqual([0.75, null]);
    expect(s.meanIoU).toBeCloseTo(0.375, 12);
    expect(s.meanAccuracy).toBe(0.75);
    expect(s.frequencyWeightedIoU).toBeCloseTo(0.75, 12);
  });

  it('an all-zero matrix scores 0 (not NaN) with null per-class values', () => {
    const s = segmentationScores(emptyConfusion(3));
    expect([s.pixelAccuracy, s.meanAccuracy, s.meanIoU, s.frequencyWeightedIoU]).toEqual([0, 0, 0, 0]);
    expect(s.perClassIoU).toEqual([null, null, null]);
    expect(s.perClassAccuracy).toEqual([null, null, null]);
  });
});

describe('RangeErrors', () => {
  it('confusionMatrix(truth, prediction) with different lengths throws', () => {
    expect(() => confusionMatrix([0, 1], [0], 2)).toThrow(RangeError);
    expect(() => confusionMatrix([0, 1], [0], 2)).toThrow(/2 pixels.*1/);
  });
  it('a counted pixel predicted outside [0, n) throws (it would corrupt the bincount histogram)', () => {
    expect(() => confusionMatrix([0, 1], [0, 2], 2)).toThrow(RangeError);
    expect(() => confusionMatrix([0, 1], [-1, 1], 2)).toThrow(/prediction\[0\] = -1/);
    expect(() => confusionMatrix([0], [0.5], 2)).toThrow(RangeError);
  });
  it('non-integer truth, bad class counts and non-square or mismatched matrices throw', () => {
    expect(() => confusionMatrix([0.5], [0], 2)).toThrow(RangeError);
    expect(() => confusionMatrix([0], [0], 0)).toThrow(RangeError);
    expect(() => emptyConfusion(1.5)).toThrow(RangeError);
    expect(() => segmentationScores([[1, 2]])).toThrow(RangeError);
    expect(() => addConfusion(emptyConfusion(2), emptyConfusion(3))).toThrow(RangeError);
  });
});

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

describe('perImageMean: dataset-accumulated vs per-image-averaged', () => {
  it('a small perfect image counts as much as a large wrong one when averaging per image', () => {
    const small = confusionMatrix([1], [1], 2); // 1 pixel, right
    const large = confusionMatrix(new Array<number>(99).fill(1), new Array<number>(99).fill(0), 2); // 99 pixels, wrong
    const perImage = perImageMean([segmentationScores(small), segmentationScores(large)]);
    const accumulated = segmentationScores(addConfusion(small, large));
    expect(perImage.pixelAccuracy).toBeCloseTo(0.5, 12);
    expect(accumulated.pixelAccuracy).toBeCloseTo(0.01, 12);
    // IoU of class 0: null in the small image (absent), 0 in the large one → per-class mean over present = 0
    expect(perImage.perClassIoU[0]).toBe(0);
    expect(perImage.perClassIoU[1]).toBeCloseTo(0.5, 12); // (1 + 0) / 2
    expect(perImage.meanIoU).toBeCloseTo((1 + 0) / 2, 12);
  });
  it('an empty list gives zeros, not NaN', () => {
    const m = perImageMean([]);
    expect([m.pixelAccuracy, m.meanAccuracy, m.meanIoU, m.frequencyWeightedIoU]).toEqual([0, 0, 0, 0]);
    expect(scoresDefined(m)).toBe(false);
  });
  it('skips an image whose every pixel is ignored: its scores are undefined, not 0', () => {
    const right = segmentationScores(confusionMatrix([0, 1], [0, 1], 2));
    const ignored = segmentationScores(confusionMatrix([255, 255], [0, 1], 2));
    expect(ignored.counted).toBe(0);
    expect(scoresDefined(ignored)).toBe(false);
    const m = perImageMean([right, ignored]);
    expect([m.pixelAccuracy, m.meanAccuracy, m.meanIoU, m.frequencyWeightedIoU]).toEqual([1, 1, 1, 1]);
    expect(m.counted).toBe(2);
    expect(scoresDefined(perImageMean([ignored, ignored]))).toBe(false);
  });
});

describe('boundaryMask and boundaryAccuracy', () => {
  it('boundaryMask(row 000111, 1, 6, r) marks the edge pixels at r = 0 and one more each side at r = 1', () => {
    const row = [0, 0, 0, 1, 1, 1];
    expect([...boundaryMask(row, 1, 6, 0)]).toEqual([0, 0, 1, 1, 0, 0]);
    expect([...boundaryMask(row, 1, 6, 1)]).toEqual([0, 1, 1, 1, 1, 0]);
    expect([...boundaryMask(row, 1, 6, 5)]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('the band is Euclidean: (2, 2) is not within radius 2 of the edge point (0, 0), but (1, 1) is', () => {
    // Only column 0/1 border is an edge in a 5×5 map split vertically after column 0.
    const labels = Array.from({ length: 25 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const mask = boundaryMask(labels, 5, 5, 2);
    // edge pixels are columns 0 and 1; radius 2 reaches column 3 in a straight line
    for (let y = 0; y < 5; y++) expect([...mask.slice(5 * y, 5 * y + 5)]).toEqual([1, 1, 1, 1, 0]);
  });

  it('void pixels are not in the band, but a class next to void is an edge', () => {
    const row = [0, 0, 255, 255, 1, 1];
    expect([...boundaryMask(row, 1, 6, 0)]).toEqual([0, 1, 0, 0, 1, 0]);
    expect([...boundaryMask(row, 1, 6, 1)]).toEqual([1, 1, 0, 0, 1, 1]);
  });

  it('matches a brute-force distance-to-nearest-edge on random maps', () => {
    const next = createRandom(99).next;
    for (let trial = 0; trial < 40; trial++) {
      const h = 1 + Math.floor(next() * 9);
      const w = 1 + Math.floor(next() * 9);
      const labels = randomLabels(next, h * w, 3, 0.1);
      const radius = Math.floor(next() * 4) + (next() < 0.3 ? 0.5 : 0);
      const edges: [number, number][] = [];
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const v = labels[y * w + x];
          if (v === 255) continue;
          const nbrs = [
            [y - 1, x],
            [y + 1, x],
            [y, x - 1],
            [y, x + 1],
          ].filter(([a, b]) => a >= 0 && a < h && b >= 0 && b < w);
          if (nbrs.some(([a, b]) => labels[a * w + b] !== v)) edges.push([y, x]);
        }
      const expected = labels.map((v, i) => {
        if (v === 255) return 0;
        const [y, x] = [Math.floor(i / w), i % w];
        return edges.some(([a, b]) => (a - y) ** 2 + (b - x) ** 2 <= radius ** 2) ? 1 : 0;
      });
      expect([...boundaryMask(labels, h, w, radius)]).toEqual(expected);
    }
  });

  it('boundaryAccuracy counts only band pixels; null when there is no edge', () => {
    const truth = [0, 0, 0, 1, 1, 1];
    const pred = [1, 1, 0, 0, 1, 1]; // band at r = 1 is indices 1..4: right at 2 and 4, wrong at 1 and 3
    expect(boundaryAccuracy(truth, pred, 1, 6, { radius: 1 })).toBeCloseTo(0.5, 12);
    expect(boundaryAccuracy([2, 2, 2, 2], [0, 0, 0, 0], 2, 2)).toBeNull();
    expect(() => boundaryAccuracy(truth, pred, 2, 6)).toThrow(RangeError);
    expect(() => boundaryAccuracy(truth, [0], 1, 6)).toThrow(RangeError);
  });
});
