// FC = conv: the dense weights reshaped into a kernel give the same answer with tf.conv2d as tf.matMul gives
// on the flattened map (cpu backend, random inputs); 'chw' flattening needs a permutation; a 1×1 conv equals
// the per-pixel matrix product, and its parameters do not depend on height or width.
import { beforeAll, describe, expect, it } from 'vitest';
import { convMultiplyAdds, convParameters } from '../../../src/lib/conv/cost';
import { denseToConvKernel, flattenMap, movedWeights } from '../../../src/lib/conv/fc-conv';
import { createRandom } from '../../../src/lib/random';
import { fcEqualsConv } from '../../../src/tf/fc-conv-ops';
import { oneByOne } from '../../../src/tf/one-by-one-ops';
import { cpuTf } from '../helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
let tf: Tf;
beforeAll(async () => {
  tf = await cpuTf();
});

describe('denseToConvKernel(dense, [h, w, c], n, order)', () => {
  it("is a pure reshape for 'hwc' (no weight moves) and a permutation for 'chw'", () => {
    const dense = Float32Array.from({ length: 2 * 3 * 4 * 5 }, (_, i) => i);
    expect(Array.from(denseToConvKernel(dense, [2, 3, 4], 5, 'hwc'))).toEqual(Array.from(dense));
    expect(movedWeights([2, 3, 4], 5, 'hwc')).toBe(0);
    expect(movedWeights([2, 3, 4], 5, 'chw')).toBeGreaterThan(0);
  });
  it("'chw' weights (Caffe/PyTorch flattening) reshaped give tf.conv2d = dense on the chw-flattened map", () => {
    const random = createRandom(3);
    const [h, w, c, n] = [3, 2, 4, 5];
    const map = Float32Array.from({ length: h * w * c }, () => random.float(-1, 1));
    const dense = Float32Array.from({ length: h * w * c * n }, () => random.float(-1, 1));
    const gap = tf.tidy(() => {
      const expected = tf.matMul(
        tf.tensor2d(flattenMap(map, [h, w, c], 'chw'), [1, h * w * c]),
        tf.tensor2d(dense, [h * w * c, n]),
      );
      const kernel = tf.tensor4d(denseToConvKernel(dense, [h, w, c], n, 'chw'), [h, w, c, n]);
      const actual = tf.conv2d(tf.tensor4d(map, [1, h, w, c]), kernel, 1, 'valid');
      return tf.max(tf.abs(tf.sub(tf.reshape(actual, [n]), tf.reshape(expected, [n])))).dataSync()[0];
    });
    expect(gap).toBeLessThan(1e-5);
  });
});

describe('fcEqualsConv(params) with tf.matMul and tf.conv2d', () => {
  it('agrees to < 1e-4 on 20 random sizes; the wide input gives an (H − h + 1) × (W − w + 1) map whose corner is the dense answer', () => {
    const random = createRandom(11);
    for (let k = 0; k < 20; k++) {
      const p = {
        height: random.int(1, 7),
        width: random.int(1, 7),
        channels: random.int(1, 8),
        outFeatures: random.int(1, 10),
        seed: k + 1,
        wideHeight: 0,
        wideWidth: 0,
      };
      p.wideHeight = p.height + random.int(0, 5);
      p.wideWidth = p.width + random.int(0, 5);
      const result = fcEqualsConv(p);
      expect(result.dense.some((v) => v !== 0)).toBe(true);
      expect(result.maxDifference).toBeLessThan(1e-4);
      expect(result.cornerDifference).toBeLessThan(1e-4);
      expect(result.wideShape).toEqual([p.wideHeight - p.height + 1, p.wideWidth - p.width + 1, p.outFeatures]);
    }
    expect(tf.memory().numTensors).toBe(0);
  });
});

describe('oneByOne(params) and the cost of a 1×1 conv', () => {
  it('the conv output at a pixel equals that pixel · W + b, for random sizes', () => {
    const random = createRandom(5);
    for (let k = 0; k < 10; k++) {
      const [h, w] = [random.int(1, 9), random.int(1, 9)];
      const r = oneByOne({
        height: h,
        width: w,
        inChannels: random.int(1, 16),
        outChannels: random.int(1, 16),
        row: random.int(0, h - 1),
        col: random.int(0, w - 1),
        seed: k,
      });
      expect(r.maxDifference).toBeLessThan(1e-5);
      expect(r.outputShape).toEqual([h, w, r.bias.length]);
    }
    expect(tf.memory().numTensors).toBe(0);
  });
  it('parameters C_in·C_out + C_out for any H, W; multiply-adds H·W·C_in·C_out', () => {
    expect(convParameters({ kernelSize: 1, inChannels: 512, outChannels: 21 })).toBe(512 * 21 + 21);
    expect(convMultiplyAdds(16, 16, { kernelSize: 1, inChannels: 4096, outChannels: 21 })).toBe(16 * 16 * 4096 * 21);
  });
});
