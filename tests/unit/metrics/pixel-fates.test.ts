import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../../../src/lib/metrics/scores';
import { pixelFates } from '../../../src/lib/metrics/pixel-fates';
import { createRandom } from '../../../src/lib/random';

describe('pixelFates(confusion, background)', () => {
  it('splits object pixels into correct / missed / wrong class, and counts background false alarms', () => {
    // rows = truth (background, cat, dog), columns = prediction
    const confusion = [
      [90, 6, 4],
      [5, 30, 5],
      [10, 10, 40],
    ];
    const fates = pixelFates(confusion);
    expect(fates.objectPixels).toBe(100);
    expect(fates.correct).toBeCloseTo(0.7, 12);
    expect(fates.missed).toBeCloseTo(0.15, 12);
    expect(fates.wrongClass).toBeCloseTo(0.15, 12);
    expect(fates.falseAlarm).toBeCloseTo(0.1, 12);
  });

  it('agrees with counting the pixels one by one on random label maps (any background id)', () => {
    const random = createRandom(17);
    for (let trial = 0; trial < 50; trial++) {
      const classes = random.int(2, 6);
      const background = random.int(0, classes - 1);
      const truth = Array.from({ length: 200 }, () => random.int(0, classes - 1));
      const prediction = truth.map((t) => (random.chance(0.4) ? random.int(0, classes - 1) : t));
      const fates = pixelFates(confusionMatrix(truth, prediction, classes), background);
      const objects = truth.map((t, i) => [t, prediction[i]]).filter(([t]) => t !== background);
      const share = (k: number) => (objects.length === 0 ? 0 : k / objects.length);
      expect(fates.objectPixels).toBe(objects.length);
      expect(fates.correct).toBeCloseTo(share(objects.filter(([t, p]) => p === t).length), 12);
      expect(fates.missed).toBeCloseTo(share(objects.filter(([, p]) => p === background).length), 12);
      expect(fates.wrongClass).toBeCloseTo(share(objects.filter(([t, p]) => p !== t && p !== background).length), 12);
      const bg = truth.map((t, i) => [t, prediction[i]]).filter(([t]) => t === background);
      expect(fates.falseAlarm).toBeCloseTo(
        bg.length === 0 ? 0 : bg.filter(([, p]) => p !== background).length / bg.length,
        12,
      );
    }
  });

  it('refuses a background id outside the matrix', () => {
    expect(() => pixelFates([[1]], 1)).toThrow(RangeError);
  });
});
