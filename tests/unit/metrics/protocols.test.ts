import { describe, expect, it } from 'vitest';
import { compareProtocols } from '../../../src/lib/metrics/protocols';
import { companionImages, PLAYGROUND_CLASS_COUNT, presetPair } from '../../../src/lib/metrics/presets';
import { confusionMatrixTf } from '../../../src/tf/metrics-ops';
import { confusionMatrix } from '../../../src/lib/metrics/scores';
import { decodeLabels, encodeLabels } from '../../../src/widgets/metrics-playground/label-codec';
import { cpuTf } from '../helpers/tf-cpu';

describe('compareProtocols(images, numClasses)', () => {
  it('one image: accumulating and averaging agree', () => {
    const c = compareProtocols([presetPair('shifted')], PLAYGROUND_CLASS_COUNT);
    expect(c.accumulated.meanIoU).toBeCloseTo(c.averaged.meanIoU, 12);
    expect(c.accumulated.pixelAccuracy).toBeCloseTo(c.averaged.pixelAccuracy, 12);
  });

  it('a tiny missed object hurts the per-image average far more than the dataset matrix', () => {
    const images = [presetPair('perfect'), ...companionImages().map((image) => image.pair)];
    const c = compareProtocols(images, PLAYGROUND_CLASS_COUNT);
    // per image: 1, (252/256 + 0)/2, 1 → mean ≈ 0.831
    expect(c.averaged.meanIoU).toBeCloseTo((1 + 252 / 256 / 2 + 1) / 3, 12);
    // one matrix: the plant's 4 missed pixels against its 26 + 4 → IoU 26/30, the rest near 1
    expect(c.accumulated.perClassIoU[3]).toBeCloseTo(26 / 30, 12);
    expect(c.accumulated.meanIoU - c.averaged.meanIoU).toBeGreaterThan(0.1);
    expect(c.confusion.flat().reduce((a, b) => a + b, 0)).toBe(3 * 256);
    expect(c.perImage.map((image) => image.counted)).toEqual([256, 256, 256]);
  });

  it('pixel accuracy of the summed matrix is the pixel-weighted mean of per-image accuracies', () => {
    const images = [presetPair('voidOutlines'), presetPair('allBackground')];
    const c = compareProtocols(images, PLAYGROUND_CLASS_COUNT);
    const [a, b] = c.perImage;
    const weighted =
      (a.scores.pixelAccuracy * a.counted + b.scores.pixelAccuracy * b.counted) / (a.counted + b.counted);
    expect(c.accumulated.pixelAccuracy).toBeCloseTo(weighted, 12);
    expect(a.counted).toBeLessThan(b.counted);
  });
});

describe('confusionMatrixTf(truth, prediction, n) on the cpu backend', () => {
  it('equals confusionMatrix for every preset, ignore pixels included', async () => {
    await cpuTf();
    for (const name of ['perfect', 'allBackground', 'shifted', 'swapped', 'borderErrors', 'voidOutlines'] as const) {
      const { truth, prediction } = presetPair(name);
      expect(confusionMatrixTf(truth, prediction, PLAYGROUND_CLASS_COUNT)).toEqual(
        confusionMatrix(truth, prediction, PLAYGROUND_CLASS_COUNT),
      );
    }
  });
});

describe('encodeLabels / decodeLabels', () => {
  it('run-length encodes with capital labels and base-36 lengths, Z for ignore', () => {
    expect(encodeLabels([0, 0, 0, 0, 1, 255, 255])).toBe('A4BZ2');
    expect(encodeLabels(new Array<number>(256).fill(0))).toBe('A74');
  });

  it('round-trips every preset in far fewer characters than pixels', () => {
    for (const name of ['shifted', 'voidOutlines'] as const) {
      const { truth } = presetPair(name);
      const text = encodeLabels(truth);
      expect(text.length).toBeLessThan(200);
      expect(decodeLabels(text, truth.length, PLAYGROUND_CLASS_COUNT)).toEqual(truth);
    }
  });

  it('rejects malformed text, the wrong length and unknown classes', () => {
    expect(decodeLabels('A4', 5, 4)).toBeNull();
    expect(decodeLabels('a4', 4, 4)).toBeNull();
    expect(decodeLabels('E4', 4, 4)).toBeNull();
    expect(decodeLabels('A3Z', 4, 4)).toEqual([0, 0, 0, 255]);
    expect(() => encodeLabels([30])).toThrow(RangeError);
  });
});
