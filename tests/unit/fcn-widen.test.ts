// Growing a trained FCN wider (src/tf/fcn/widen.ts, via extendFcnWeights) leaves its logits unchanged,
// per-block widths round-trip through inferConfig, and 8-bit weights decode within half a quantisation step.
import { beforeAll, describe, expect, it } from 'vitest';
import { backboneLayers, type FcnConfig } from '../../src/lib/fcn/config';
import { FCN_VARIANTS } from '../../src/lib/fcn/variants';
import { decodeFcnModel, encodeFcnModel, quantizeUint8, UINT8_MIN_SIZE } from '../../src/tf/fcn/io';
import {
  createFcnWeights,
  extendFcnWeights,
  forwardFcn,
  inferConfig,
  weightSpecs,
  type FcnWeights,
} from '../../src/tf/fcn/model';
import { canWiden, widenTensor } from '../../src/tf/fcn/widen';
import { cpuTf } from './helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
const narrow: FcnConfig = { widthDivisor: 32, fcWidth: 8, numClasses: 3 };
const wide: FcnConfig = { widthDivisor: 32, fcWidth: 12, numClasses: 3, blockWidths: [2, 4, 8, 24, 20] };
let tf: Tf;

beforeAll(async () => {
  tf = await cpuTf();
});

/** Random values in every weight, as after training (fresh score layers would be zero and hide the skips). */
function trained(config: FcnConfig, variant: (typeof FCN_VARIANTS)[number], seed: number): FcnWeights {
  const w = createFcnWeights(config, seed, variant);
  return Object.fromEntries(
    Object.entries(w).map(([k, t], i) => [
      k,
      k.includes('upscore') ? t : tf.randomNormal(t.shape, 0, 0.3, 'float32', seed + i),
    ]),
  );
}

describe('extendFcnWeights into a wider configuration', () => {
  it('gives exactly the narrow model’s logits, for every variant, on odd and multiple-of-32 inputs', () => {
    for (const variant of FCN_VARIANTS) {
      const small = trained(narrow, variant, 11);
      const grown = extendFcnWeights(small, wide, 5, variant);
      expect(inferConfig(grown)).toEqual(wide);
      for (const [h, w] of [
        [64, 64],
        [45, 70],
      ]) {
        const image = tf.randomUniform([h, w, 3], 0, 255, 'float32', h);
        const [a, b] = [forwardFcn(small, image, variant).logits, forwardFcn(grown, image, variant).logits];
        expect(b.shape).toEqual([h, w, 3]);
        expect(tf.max(tf.abs(tf.sub(a, b))).dataSync()[0], `${variant} ${h}×${w}`).toBe(0);
        expect(tf.max(tf.abs(a)).dataSync()[0]).toBeGreaterThan(0.01);
        tf.dispose([image, a, b]);
      }
    }
  });

  it('copies old weights into the corner, zeroes paths out of new channels, and gives new channels fresh inputs', () => {
    const small = trained(narrow, 'fcn8s', 3);
    const grown = extendFcnWeights(small, wide, 5, 'fcn8s');
    const [oldK, newK] = [small['conv4_2/kernel'], grown['conv4_2/kernel']];
    const [, , inOld, outOld] = oldK.shape;
    expect(newK.shape).toEqual([3, 3, 24, 24]);
    expect(tf.slice(newK, [0, 0, 0, 0], oldK.shape).arraySync()).toEqual(oldK.arraySync());
    // Old outputs ignore the new inputs; new outputs read every input.
    expect(tf.max(tf.abs(tf.slice(newK, [0, 0, inOld, 0], [-1, -1, -1, outOld]))).dataSync()[0]).toBe(0);
    expect(tf.max(tf.abs(tf.slice(newK, [0, 0, 0, outOld], [-1, -1, -1, -1]))).dataSync()[0]).toBeGreaterThan(0);
    // Scoring layers read nothing from the new channels; biases of new channels start at 0.
    const score = grown['score_fr/kernel'];
    expect(tf.max(tf.abs(tf.slice(score, [0, 0, narrow.fcWidth, 0], [-1, -1, -1, -1]))).dataSync()[0]).toBe(0);
    expect(Array.from(grown['fc7/bias'].dataSync().slice(narrow.fcWidth))).toEqual(new Array(4).fill(0));
    expect(backboneLayers(wide).map((l) => l.outChannels)).toEqual([2, 2, 4, 4, 8, 8, 8, 24, 24, 24, 20, 20, 20]);
  });

  it('refuses to shrink a weight', () => {
    expect(canWiden([3, 3, 4, 8], [3, 3, 4, 4])).toBe(false);
    expect(canWiden([3, 3, 4], [3, 3, 4, 4])).toBe(false);
    expect(() => widenTensor(tf.zeros([1, 1, 4, 8]), [1, 1, 4, 4], 'he', () => tf.zeros([1, 1, 4, 4]))).toThrow(
      /cannot widen/,
    );
  });
});

describe('uint8 weights', () => {
  it('quantizeUint8 keeps 0 exact and every value within half a step, on many random tensors', () => {
    for (let seed = 0; seed < 50; seed++) {
      const n = 100 + seed * 37;
      const values = tf
        .randomNormal([n], seed % 7 === 0 ? 2 : 0, 0.1 + seed / 20, 'float32', seed)
        .dataSync() as Float32Array;
      values[seed % n] = 0;
      const { codes, min, scale } = quantizeUint8(values);
      expect(min + scale * codes[seed % n]).toBe(0);
      for (let i = 0; i < n; i++)
        expect(Math.abs(min + scale * codes[i] - values[i])).toBeLessThanOrEqual(scale / 2 + 1e-6);
    }
  });

  it('encodes large learned tensors as uint8, small ones and fixed upsamplers as float16, and decodes them close', async () => {
    const w = trained(wide, 'fcn8s', 9);
    const { modelJson, bin } = await encodeFcnModel(w, 'fcn8s', wide, 'uint8');
    const entries = modelJson.weightsManifest[0].weights;
    const fixed = new Set(
      weightSpecs(wide, 'fcn8s')
        .filter((s) => !s.trainable)
        .map((s) => s.name),
    );
    expect(fixed.has('upscore8/kernel')).toBe(true);
    for (const e of entries) {
      const size = e.shape.reduce((a, b) => a * b, 1);
      expect(e.quantization?.dtype, e.name).toBe(size >= UINT8_MIN_SIZE && !fixed.has(e.name) ? 'uint8' : 'float16');
    }
    expect(entries.some((e) => e.quantization?.dtype === 'uint8')).toBe(true);
    const decoded = decodeFcnModel(modelJson, bin);
    for (const e of entries) {
      const [a, b] = [w[e.name].dataSync(), decoded[e.name].dataSync()];
      const step = e.quantization?.dtype === 'uint8' ? e.quantization.scale! : 0;
      for (let i = 0; i < a.length; i++)
        expect(Math.abs(a[i] - b[i]), e.name).toBeLessThanOrEqual(step / 2 + Math.abs(a[i]) * 1e-3 + 1e-6);
    }
  });
});
