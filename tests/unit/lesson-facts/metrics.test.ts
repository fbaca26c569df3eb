// The metrics lesson's facts, checked by other routes: scores recounted pixel by pixel with plain loops (no
// confusionMatrix / segmentationScores), the dataset protocols rebuilt by hand, the paper's Table 2 as printed,
// and our models' numbers recomputed from evaluation.json's confusion matrices.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facts, pct } from '../../../src/lib/lesson-facts/metrics';
import { companionImages, presetPair, type PresetName } from '../../../src/lib/metrics/presets';

const evaluation = JSON.parse(readFileSync(new URL('../../../public/models/evaluation.json', import.meta.url), 'utf8'));
const CLASSES = 4;

/** Per-class IoU by set counting: |truth ∩ prediction| / |truth ∪ prediction| over pixels whose truth < 255. */
function iouBySets(pairs: { truth: number[]; prediction: number[] }[], c: number): number | null {
  let inter = 0;
  let union = 0;
  for (const { truth, prediction } of pairs) {
    truth.forEach((t, i) => {
      if (t === 255) return;
      const inT = t === c;
      const inP = prediction[i] === c;
      if (inT && inP) inter += 1;
      if (inT || inP) union += 1;
    });
  }
  return union === 0 ? null : inter / union;
}

const meanOf = (values: (number | null)[]): number => {
  const present = values.filter((v): v is number => v !== null);
  return present.reduce((a, b) => a + b, 0) / present.length;
};
const mIoU = (pairs: { truth: number[]; prediction: number[] }[]): number =>
  meanOf(Array.from({ length: CLASSES }, (_, c) => iouBySets(pairs, c)));
const pixelAcc = (name: PresetName): number => {
  const { truth, prediction } = presetPair(name);
  const kept = truth.map((t, i) => [t, prediction[i]]).filter(([t]) => t !== 255);
  return kept.filter(([t, p]) => t === p).length / kept.length;
};

describe('metrics lesson facts', () => {
  it('the all-background trap: pixel accuracy = background share, mean IoU = background IoU / 4', () => {
    const trap = facts.presets.allBackground;
    expect(trap.pixelAccuracy).toBeCloseTo(facts.backgroundShare, 12);
    expect(trap.pixelAccuracy).toBeCloseTo(pixelAcc('allBackground'), 12);
    expect(trap.perClassIoU[0]).toBeCloseTo(facts.backgroundShare, 12); // everything predicted background
    expect(trap.meanIoU).toBeCloseTo(facts.backgroundShare / 4, 12);
    expect(trap.meanAccuracy).toBeCloseTo(1 / 4, 12);
    expect(trap.frequencyWeightedIoU).toBeCloseTo(facts.backgroundShare ** 2, 12);
  });

  it('presets recounted pixel by pixel', () => {
    for (const name of ['swapped', 'borderErrors', 'voidOutlines'] as const) {
      expect(facts.presets[name].pixelAccuracy).toBeCloseTo(pixelAcc(name), 12);
      expect(facts.presets[name].meanIoU).toBeCloseTo(mIoU([presetPair(name)]), 12);
    }
    expect(facts.presets.swapped.perClassIoU.filter((v) => v === 0)).toHaveLength(2);
    expect(facts.presets.voidOutlines.meanIoU).toBe(1);
    expect(facts.presets.borderErrors.meanIoU).toBeLessThan(1);
    const { truth } = presetPair('voidOutlines');
    expect(facts.voidPixels).toBe(truth.filter((t) => t === 255).length);
  });

  it('the dataset: one summed matrix versus the average of per-image mean IoUs', () => {
    const companions = companionImages().map((c) => c.pair);
    for (const name of ['perfect', 'allBackground'] as const) {
      const pairs = [presetPair(name), ...companions];
      const d = facts.datasets[name];
      const perImage = pairs.map((pair) => mIoU([pair]));
      perImage.forEach((v, i) => expect(d.perImageMeanIoU[i]).toBeCloseTo(v, 12));
      expect(d.averagedMeanIoU).toBeCloseTo(perImage.reduce((a, b) => a + b, 0) / 3, 12);
      expect(d.summedMeanIoU).toBeCloseTo(mIoU(pairs), 12);
    }
    // Perfect: the tiny plant's missed pixels against all plant pixels of the set, vs 0 in its own image
    const plant = facts.plantIndex;
    const p = facts.datasets.perfect;
    expect(p.summedPerClassIoU[plant]).toBeCloseTo(facts.plantPixels / (facts.plantPixels + facts.tinyPlantPixels), 12);
    expect(p.perImagePerClassIoU[1][plant]).toBe(0);
    expect(p.perImageMeanIoU[1]).toBeCloseTo((1 - facts.tinyPlantPixels / 256) / 2, 12);
    expect(p.summedMeanIoU).toBeGreaterThan(p.averagedMeanIoU);
    // All background: the order flips (the empty scene scores 100% on its own)
    const a = facts.datasets.allBackground;
    expect(a.perImageMeanIoU[2]).toBe(1);
    expect(a.summedMeanIoU).toBeLessThan(a.averagedMeanIoU);
  });

  it('check-yourself examples', () => {
    expect(facts.check.counts).toMatchObject({ iou: 0.5, accuracy: 0.6 });
    expect(facts.check.imbalance.pixelAccuracy).toBeCloseTo(0.9, 12);
    expect(facts.check.imbalance.backgroundIoU).toBeCloseTo(0.9, 12);
    expect(facts.check.imbalance.meanIoU).toBeCloseTo(0.45, 12);
    expect(facts.vocClasses).toBe(20 + 1);
    expect(facts.predictionStrides).toEqual([2 ** 5, 2 ** 4, 2 ** 3]); // pool5, pool4, pool3
    expect(facts.check.twoPresent.present + facts.check.twoPresent.absent).toBe(facts.vocClasses);
  });

  it("the paper's Table 2 as printed (Long, Shelhamer, Darrell 2015)", () => {
    expect(facts.paper.rows.map((r) => [r.pixelAccuracy, r.meanAccuracy, r.meanIoU, r.frequencyWeightedIoU])).toEqual([
      [89.1, 73.3, 59.4, 81.4],
      [90.0, 75.7, 62.4, 83.0],
      [90.3, 75.9, 62.7, 83.2],
    ]);
    expect(facts.paper.pixelAccuracyGain).toBe(1.2);
    expect(facts.paper.meanIoUGain).toBe(3.3);
    expect(facts.paper.gap).toBe(29.7);
  });

  it("our models' numbers agree with evaluation.json's summed confusion matrices", () => {
    const ours = facts.ours!;
    expect(ours).not.toBeNull();
    (['fcn32s', 'fcn16s', 'fcn8s'] as const).forEach((variant, i) => {
      const confusion: number[][] = evaluation.models[variant].confusion;
      const total = confusion.flat().reduce((a, b) => a + b, 0);
      const diagonal = confusion.reduce((s, row, k) => s + row[k], 0);
      expect(ours.models[i].pixelAccuracy).toBeCloseTo(diagonal / total, 4);
      const ious = confusion.map((row, c) => {
        const col = confusion.reduce((s, r) => s + r[c], 0);
        const rowTotal = row.reduce((a, b) => a + b, 0);
        return row[c] / (rowTotal + col - row[c]);
      });
      expect(ours.models[i].meanIoU).toBeCloseTo(meanOf(ious), 4);
    });
    // every model sees the same truth: background's share from FCN-32s's rows
    const rows32: number[][] = evaluation.models.fcn32s.confusion;
    const bg = rows32[0].reduce((a, b) => a + b, 0);
    expect(ours.backgroundShare).toBeCloseTo(bg / rows32.flat().reduce((a, b) => a + b, 0), 12);
    expect(ours.scenes).toBe(evaluation.models.fcn8s.scenes);
  });

  it('pct is the shared formatter', () => {
    expect(pct(0.7344)).toBe('73.4%');
  });
});
