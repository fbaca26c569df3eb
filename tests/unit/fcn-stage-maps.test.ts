// src/tf/fcn-browser.ts's stage reads, with random weights on the CPU backend: stageMaps gives one class's channel
// of every stage (its argmax over the classes is what stageLabelMaps says), a bad class is refused, and neither
// leaves a tensor behind — also when it throws.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FcnConfig } from '../../src/lib/fcn/config';
import { FCN_VARIANTS } from '../../src/lib/fcn/variants';
import { stagePanels } from '../../src/lib/fcn/stages';
import { stageLabelMaps, stageMaps } from '../../src/tf/fcn-browser';
import { createFcnWeights, type FcnWeights } from '../../src/tf/fcn/model';
import { createRandom } from '../../src/lib/random';
import { cpuTf } from './helpers/tf-cpu';

const tiny: FcnConfig = { widthDivisor: 32, fcWidth: 8, numClasses: 3 };
let tf: Awaited<ReturnType<typeof cpuTf>>;
let weights: FcnWeights;

beforeAll(async () => {
  tf = await cpuTf();
  const all = {
    ...createFcnWeights(tiny, 3, 'fcn32s'),
    ...createFcnWeights(tiny, 3, 'fcn16s'),
    ...createFcnWeights(tiny, 3, 'fcn8s'),
  };
  // Random score layers too (fresh ones are zero, every class would tie).
  weights = Object.fromEntries(
    Object.entries(all).map(([k, t], i) => [
      k,
      k.includes('upscore') ? t : tf.randomNormal(t.shape, 0, 0.3, 'float32', i),
    ]),
  );
});

describe('stageMaps / stageLabelMaps', () => {
  it('agree: per stage, the labels are the argmax of the three class maps; no tensor is left', async () => {
    const random = createRandom(11);
    const [height, width] = [40, 56];
    const image = { height, width, rgb: Float32Array.from({ length: height * width * 3 }, () => random.next() * 255) };
    for (const variant of FCN_VARIANTS) {
      const before = tf.memory().numTensors;
      const labels = await stageLabelMaps(weights, image, variant);
      const perClass = await Promise.all([0, 1, 2].map((c) => stageMaps(weights, image, variant, c)));
      expect(tf.memory().numTensors).toBe(before);
      expect(labels.map((s) => s.name)).toEqual(stagePanels(variant, height, width).map((p) => p.name));
      labels.forEach((stage, s) => {
        for (const maps of perClass) expect([maps[s].height, maps[s].width]).toEqual([stage.height, stage.width]);
        for (let i = 0; i < stage.labels.length; i += 1) {
          const scores = perClass.map((maps) => maps[s].values[i]);
          expect(scores[stage.labels[i]], `${variant} ${stage.name} cell ${i}`).toBe(Math.max(...scores));
        }
      });
    }
  });

  it('refuses a class the head does not have, and disposes what it made', async () => {
    const image = { height: 32, width: 32, rgb: new Float32Array(32 * 32 * 3).fill(100) };
    const before = tf.memory().numTensors;
    await expect(stageMaps(weights, image, 'fcn8s', 3)).rejects.toThrow(/class 3 is not one of the 3 score channels/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
