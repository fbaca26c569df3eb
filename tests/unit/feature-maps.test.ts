// Feature maps and score maps with real ops on the cpu backend, using fresh (untrained) weights of the
// shipped configuration: shapes per layer, the classic kernels' known answers, softmax sums, no leaks.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/lib/random';
import type { RgbImage } from '../../src/lib/image/image-input';
import { SHIPPED_CONFIG } from '../../src/lib/fcn/config';
import { createFcnWeights, disposeWeights } from '../../src/tf/fcn/model';
import { classicMaps, firstLayerFilters, firstLayerMaps, layerMaps } from '../../src/tf/feature-maps';
import { scoreMaps } from '../../src/tf/score-map';
import { classicMapsOf } from '../../src/lib/conv/classic-maps';
import { cpuTf } from './helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
let tf: Tf;
beforeAll(async () => {
  tf = await cpuTf();
});

function randomImage(height: number, width: number, seed: number): RgbImage {
  const random = createRandom(seed);
  return { height, width, rgb: Float32Array.from({ length: height * width * 3 }, () => random.float(0, 255)) };
}

describe('feature maps', () => {
  it('conv1_1 gives 8 maps of the image size with 8 filters of 27 weights; pool3 of 40 × 56 is 5 × 7 × 32', async () => {
    const weights = createFcnWeights(SHIPPED_CONFIG, 3, 'fcn32s');
    const image = randomImage(40, 56, 1);
    expect(firstLayerFilters(weights).map((f) => f.weights.length)).toEqual(new Array(8).fill(27));
    const first = await firstLayerMaps(weights, image);
    expect(first.shape).toEqual([40, 56, 8]);
    expect(first.maps).toHaveLength(8);
    expect(first.maps.every((m) => m.values.every((v) => v >= 0))).toBe(true);
    const deep = await layerMaps(weights, image, 'pool3', 8);
    expect(deep.shape).toEqual([5, 7, 32]);
    expect(deep.maps.map((m) => [m.height, m.width])).toEqual(new Array(8).fill([5, 7]));
    disposeWeights(weights);
    expect(tf.memory().numTensors).toBe(0);
  });
  it('classic kernels: a flat grey image has zero edges inside and is unchanged by the blur away from the border', async () => {
    const flat: RgbImage = { height: 6, width: 6, rgb: new Float32Array(6 * 6 * 3).fill(102) };
    const maps = await classicMaps(flat);
    const inside = (values: Float32Array): number[] => [values[2 * 6 + 2], values[3 * 6 + 3]];
    for (const m of maps.slice(0, 3)) expect(inside(m.values).map((v) => Math.abs(v) < 1e-6)).toEqual([true, true]);
    expect(inside(maps[3].values).map((v) => Number(v.toFixed(5)))).toEqual([0.4, 0.4]);
    expect(tf.memory().numTensors).toBe(0);
  });
});

describe('classicMapsOf (pure, for the build) against classicMaps (tf.conv2d)', () => {
  it('gives the same maps on 40 random images of random sizes, within float32 rounding', async () => {
    const random = createRandom(31);
    for (let trial = 0; trial < 40; trial++) {
      const image = randomImage(random.int(1, 24), random.int(1, 24), 100 + trial);
      const [pure, real] = [classicMapsOf(image), await classicMaps(image)];
      expect(pure.map((m) => [m.label, m.height, m.width])).toEqual(real.map((m) => [m.label, m.height, m.width]));
      pure.forEach((m, i) => {
        const worst = m.values.reduce((w, v, j) => Math.max(w, Math.abs(v - real[i].values[j])), 0);
        expect(worst, `trial ${trial}, ${m.label}`).toBeLessThan(1e-5);
      });
    }
    expect(tf.memory().numTensors).toBe(0);
  });
});

describe('scoreMaps(weights, image, variant)', () => {
  it('gives score_fr at 1/32 (rounded up) and the full size, both summing to 1 over classes', async () => {
    const weights = createFcnWeights(SHIPPED_CONFIG, 4, 'fcn32s');
    const maps = await scoreMaps(weights, randomImage(100, 70, 2), 'fcn32s');
    expect([maps.coarse.height, maps.coarse.width, maps.coarse.classes]).toEqual([4, 3, 6]);
    expect([maps.full.height, maps.full.width, maps.full.classes]).toEqual([100, 70, 6]);
    const sum = Array.from(maps.full.values.subarray(0, 6)).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 5);
    disposeWeights(weights);
    expect(tf.memory().numTensors).toBe(0);
  });
});
