import { describe, expect, it } from 'vitest';
import { boundaryMask, confusionMatrix, segmentationScores } from '../../../src/lib/metrics/scores';
import {
  BACKGROUND,
  CLASS_NAMES,
  GRID_SIZE,
  IGNORE_LABEL,
  PLAYGROUND_CLASS_COUNT,
  PRESETS,
  SHIFT_PIXELS,
  SWAPPED_CLASSES,
  companionImages,
  isPresetName,
  objectOutline,
  presetPair,
  relabelOutline,
  sceneTruth,
  shiftLabels,
  swapClasses,
  workedExample,
} from '../../../src/lib/metrics/presets';

const N = GRID_SIZE * GRID_SIZE;
const scoresOf = (name: Parameters<typeof presetPair>[0]) => {
  const { truth, prediction } = presetPair(name);
  return segmentationScores(confusionMatrix(truth, prediction, PLAYGROUND_CLASS_COUNT));
};
const count = (labels: readonly number[], label: number): number => labels.filter((v) => v === label).length;

describe('sceneTruth()', () => {
  const truth = sceneTruth();

  it('is a 16×16 map with background and every object class, mostly background', () => {
    expect(truth).toHaveLength(N);
    for (let c = 0; c < PLAYGROUND_CLASS_COUNT; c++) expect(count(truth, c)).toBeGreaterThan(0);
    expect(count(truth, BACKGROUND) / N).toBeGreaterThan(0.6);
    expect(CLASS_NAMES).toHaveLength(PLAYGROUND_CLASS_COUNT);
  });

  it('is the same on every call (deterministic)', () => {
    expect(sceneTruth()).toEqual(truth);
  });

  it(`keeps objects ≥ ${SHIFT_PIXELS} px from the left and right edges, so a shift loses no object pixel`, () => {
    for (let y = 0; y < GRID_SIZE; y++) {
      for (let x = 0; x < GRID_SIZE; x++) {
        if (x < SHIFT_PIXELS || x >= GRID_SIZE - SHIFT_PIXELS) expect(truth[y * GRID_SIZE + x]).toBe(BACKGROUND);
      }
    }
  });
});

describe('presetPair(name)', () => {
  it("'perfect' gives 1.0 for all four scores and every present class", () => {
    const s = scoresOf('perfect');
    expect([s.pixelAccuracy, s.meanAccuracy, s.meanIoU, s.frequencyWeightedIoU]).toEqual([1, 1, 1, 1]);
    expect(s.perClassIoU).toEqual([1, 1, 1, 1]);
  });

  it("'allBackground' scores pixel accuracy = background share, mean IoU = that share / 4, mean accuracy 1/4", () => {
    const share = count(sceneTruth(), BACKGROUND) / N;
    const s = scoresOf('allBackground');
    expect(s.pixelAccuracy).toBeCloseTo(share, 12);
    expect(s.meanIoU).toBeCloseTo(share / PLAYGROUND_CLASS_COUNT, 12);
    expect(s.meanAccuracy).toBeCloseTo(1 / PLAYGROUND_CLASS_COUNT, 12);
    expect(s.perClassIoU).toEqual([share, 0, 0, 0]);
    expect(s.pixelAccuracy - s.meanIoU).toBeGreaterThan(0.5);
  });

  it(`'shifted' errs only within ${SHIFT_PIXELS} px of a truth edge, and on every pixel that changed`, () => {
    const { truth, prediction } = presetPair('shifted');
    const band = boundaryMask(truth, GRID_SIZE, GRID_SIZE, SHIFT_PIXELS);
    let errors = 0;
    prediction.forEach((p, i) => {
      if (p !== truth[i]) {
        errors += 1;
        expect(band[i]).toBe(1);
      }
    });
    expect(errors).toBeGreaterThan(0);
    expect(prediction).toEqual(shiftLabels(truth, GRID_SIZE, GRID_SIZE, 0, SHIFT_PIXELS));
    for (let c = 1; c < PLAYGROUND_CLASS_COUNT; c++) expect(count(prediction, c)).toBe(count(truth, c));
  });

  it("'swapped' gives IoU 0 to both swapped classes and leaves the others perfect", () => {
    const s = scoresOf('swapped');
    const [a, b] = SWAPPED_CLASSES;
    expect(s.perClassIoU[a]).toBe(0);
    expect(s.perClassIoU[b]).toBe(0);
    const truth = sceneTruth();
    expect(s.pixelAccuracy).toBeCloseTo(1 - (count(truth, a) + count(truth, b)) / N, 12);
    expect(s.perClassIoU[3]).toBe(1);
  });

  it("'borderErrors' errs only on object outlines, always saying background there", () => {
    const { truth, prediction } = presetPair('borderErrors');
    const outline = objectOutline(truth, GRID_SIZE, GRID_SIZE);
    prediction.forEach((p, i) => {
      if (outline[i]) expect(p).toBe(BACKGROUND);
      else expect(p).toBe(truth[i]);
    });
    const s = scoresOf('borderErrors');
    expect(s.pixelAccuracy).toBeGreaterThan(0.8);
    expect(s.meanIoU).toBeLessThan(s.pixelAccuracy);
  });

  it("'voidOutlines' marks exactly the mistaken pixels 255, so every score returns to 1.0", () => {
    const { truth, prediction } = presetPair('voidOutlines');
    const errors = presetPair('borderErrors');
    truth.forEach((t, i) => {
      expect(t === IGNORE_LABEL).toBe(errors.prediction[i] !== errors.truth[i]);
    });
    expect(prediction).toEqual(errors.prediction);
    const s = scoresOf('voidOutlines');
    expect([s.pixelAccuracy, s.meanAccuracy, s.meanIoU, s.frequencyWeightedIoU]).toEqual([1, 1, 1, 1]);
    const counted = confusionMatrix(truth, prediction, PLAYGROUND_CLASS_COUNT)
      .flat()
      .reduce((a, b) => a + b, 0);
    expect(counted).toBe(N - count(truth, IGNORE_LABEL));
  });

  it('every preset in PRESETS has a pair and a name check', () => {
    for (const preset of PRESETS) {
      expect(isPresetName(preset)).toBe(true);
      const { truth, prediction } = presetPair(preset);
      expect(truth).toHaveLength(N);
      expect(prediction).toHaveLength(N);
      expect(prediction.every((p) => p >= 0 && p < PLAYGROUND_CLASS_COUNT)).toBe(true);
    }
    expect(isPresetName('nonsense')).toBe(false);
  });
});

describe('label-map helpers', () => {
  it('shiftLabels(labels, h, w, dy, dx) moves content and fills the uncovered side', () => {
    expect(shiftLabels([1, 2, 3, 4], 2, 2, 0, 1)).toEqual([0, 1, 0, 3]);
    expect(shiftLabels([1, 2, 3, 4], 2, 2, 1, 0, 9)).toEqual([9, 9, 1, 2]);
    expect(shiftLabels([1, 2, 3, 4], 2, 2, 0, -1)).toEqual([2, 0, 4, 0]);
  });

  it('swapClasses(labels, a, b) exchanges two labels and keeps the rest', () => {
    expect(swapClasses([0, 1, 2, 3, 1], 1, 2)).toEqual([0, 2, 1, 3, 2]);
  });

  it('objectOutline marks object pixels next to another label, not the image border or background', () => {
    // 4×4 with a 2×2 object in the top-left corner and a full-width bar at the bottom
    const labels = [1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2];
    const outline = objectOutline(labels, 4, 4);
    // (0, 0) touches only its own class and the image border, so it is inside, not on the outline
    expect(outline.map(Number)).toEqual([0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(relabelOutline(labels, 4, 4, 255).slice(0, 2)).toEqual([1, 255]);
  });
});

describe('companionImages()', () => {
  it('a tiny missed object scores IoU 0 for its class; an empty scene counts background only', () => {
    const [tiny, empty] = companionImages();
    const tinyScores = segmentationScores(
      confusionMatrix(tiny.pair.truth, tiny.pair.prediction, PLAYGROUND_CLASS_COUNT),
    );
    expect(tinyScores.perClassIoU).toEqual([(N - 4) / N, null, null, 0]);
    expect(tinyScores.meanIoU).toBeCloseTo((N - 4) / N / 2, 12);
    const emptyScores = segmentationScores(
      confusionMatrix(empty.pair.truth, empty.pair.prediction, PLAYGROUND_CLASS_COUNT),
    );
    expect(emptyScores.perClassIoU).toEqual([1, null, null, null]);
    expect(emptyScores.meanIoU).toBe(1);
  });
});

describe('workedExample()', () => {
  it('counts by hand: background 10 right, animal 3 of 4, plant 3 of 4, the void pixel left out', () => {
    const ex = workedExample();
    expect(ex.truth).toHaveLength(ex.height * ex.width);
    const c = confusionMatrix(ex.truth, ex.prediction, ex.classNames.length);
    expect(c).toEqual([
      [10, 0, 1],
      [1, 3, 0],
      [1, 0, 3],
    ]);
    const s = segmentationScores(c);
    expect(s.pixelAccuracy).toBeCloseTo(16 / 19, 12);
    expect(s.perClassIoU[0]).toBeCloseTo(10 / 13, 12);
    expect(s.perClassIoU[1]).toBeCloseTo(3 / 4, 12);
    expect(s.perClassIoU[2]).toBeCloseTo(3 / 5, 12);
  });
});
