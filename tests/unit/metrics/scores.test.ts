// src/lib/metrics/scores.ts: the confusion matrix and the scores from it worked by hand, its RangeErrors, and
// perImageMean. Random cases against independent computations: scores-random.test.ts; the boundary band:
// scores-boundary.test.ts.
import { describe, expect, it } from 'vitest';
import {
  addConfusion,
  confusionMatrix,
  emptyConfusion,
  perImageMean,
  scoresDefined,
  segmentationScores,
} from '../../../src/lib/metrics/scores';

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
