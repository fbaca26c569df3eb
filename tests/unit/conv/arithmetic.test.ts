import type { Rank } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  checkConv,
  checkPool,
  checkTransposedConv,
  convInputSizesFor,
  convOutputSize,
  dilatedSpan,
  outputPaddingFor,
  poolOutputSize,
  transposedConvOutputSize,
} from '../../../src/lib/conv/arithmetic';
import { createRandom } from '../../../src/lib/random';
import { cpuTf } from '../helpers/tf-cpu';

const RANDOM_CASES = 500;

interface ConvConfig {
  size: number;
  kernel: number;
  stride: number;
  padding: number;
  dilation: number;
}

/** Random configurations for which a forward conv is valid. */
function randomConvConfigs(seed: number, count: number): ConvConfig[] {
  const random = createRandom(seed);
  const configs: ConvConfig[] = [];
  while (configs.length < count) {
    const config = {
      size: random.int(1, 40),
      kernel: random.int(1, 7),
      stride: random.int(1, 5),
      padding: random.int(0, 4),
      dilation: random.int(1, 3),
    };
    if (checkConv(config).ok) configs.push(config);
  }
  return configs;
}

describe('convOutputSize', () => {
  it('convOutputSize({ size: 500, kernel: 3, padding: 100 }) is 698 (FCN conv1_1)', () => {
    expect(convOutputSize({ size: 500, kernel: 3, padding: 100 })).toBe(698);
  });
  it('convOutputSize({ size: 224, kernel: 3, padding: 1 }) is 224 (a VGG 3×3 conv keeps the size)', () => {
    expect(convOutputSize({ size: 224, kernel: 3, padding: 1 })).toBe(224);
  });
  it('convOutputSize({ size: 5, kernel: 3, stride: 2, padding: 1 }) and size 6 are both 3', () => {
    expect(convOutputSize({ size: 5, kernel: 3, stride: 2, padding: 1 })).toBe(3);
    expect(convOutputSize({ size: 6, kernel: 3, stride: 2, padding: 1 })).toBe(3);
  });
  it('convOutputSize({ size: 7, kernel: 3, dilation: 2 }) is 3 (span 5)', () => {
    expect(dilatedSpan(3, 2)).toBe(5);
    expect(convOutputSize({ size: 7, kernel: 3, dilation: 2 })).toBe(3);
  });
  it('convOutputSize({ size: 22, kernel: 7 }) is 16 (fc6 as a 7×7 conv on pool5)', () => {
    expect(convOutputSize({ size: 22, kernel: 7 })).toBe(16);
  });
});

describe('the VGG16 stack of FCN on a 500×500 image', () => {
  /** conv1_1 pad 100, 3×3 pad-1 convs (sizes unchanged), five 2×2/2 pools, then fc6 7×7. */
  function pool5AndFc6(ceil: boolean): { pools: number[]; fc6: number } {
    let size = convOutputSize({ size: 500, kernel: 3, padding: 100 });
    const pools: number[] = [];
    for (const convs of [2, 2, 3, 3, 3]) {
      for (let c = pools.length === 0 ? 1 : 0; c < convs; c += 1) {
        size = convOutputSize({ size, kernel: 3, padding: 1 });
      }
      size = poolOutputSize({ size, kernel: 2, stride: 2, ceil });
      pools.push(size);
    }
    return { pools, fc6: convOutputSize({ size, kernel: 7 }) };
  }

  it('with ceil pools gives pool1…pool5 = 349, 175, 88, 44, 22 and fc6 16', () => {
    expect(pool5AndFc6(true)).toEqual({ pools: [349, 175, 88, 44, 22], fc6: 16 });
  });
  it('transposedConvOutputSize({ size: 16, kernel: 64, stride: 32 }) is 544, enough for the crop at 19', () => {
    const upscore = transposedConvOutputSize({ size: 16, kernel: 64, stride: 32 });
    expect(upscore).toBe(544);
    expect(19 + 500).toBeLessThanOrEqual(upscore);
  });
  it('with floor pools gives fc6 15 and upscore 512, too small for the 500-pixel crop at 19', () => {
    const { pools, fc6 } = pool5AndFc6(false);
    expect(pools).toEqual([349, 174, 87, 43, 21]);
    expect(fc6).toBe(15);
    const upscore = transposedConvOutputSize({ size: fc6, kernel: 64, stride: 32 });
    expect(upscore).toBe(512);
    expect(19 + 500).toBeGreaterThan(upscore);
  });
  it('transposedConvOutputSize({ size: 16, kernel: 4, stride: 2 }) is 34 (FCN-16s upscore2)', () => {
    expect(transposedConvOutputSize({ size: 16, kernel: 4, stride: 2 })).toBe(34);
  });
});

describe('transposedConvOutputSize', () => {
  it('transposedConvOutputSize({ size: 2, kernel: 3, stride: 2 }) is 5', () => {
    expect(transposedConvOutputSize({ size: 2, kernel: 3, stride: 2 })).toBe(5);
  });
  it('transposedConvOutputSize({ size: 3, kernel: 3 }) is 5', () => {
    expect(transposedConvOutputSize({ size: 3, kernel: 3 })).toBe(5);
  });
  it('transposedConvOutputSize({ size: 3, kernel: 3, stride: 2, padding: 1 }) is 5, and 6 with outputPadding: 1', () => {
    expect(transposedConvOutputSize({ size: 3, kernel: 3, stride: 2, padding: 1 })).toBe(5);
    expect(transposedConvOutputSize({ size: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 })).toBe(6);
  });
  it('transposedConvOutputSize({ size: 2, kernel: 2, dilation: 3, outputPadding: 2 }) is 7 (a < d is allowed)', () => {
    expect(transposedConvOutputSize({ size: 2, kernel: 2, dilation: 3, outputPadding: 2 })).toBe(7);
  });
});

describe('poolOutputSize', () => {
  it('poolOutputSize({ size: 7, kernel: 2 }) is 3, and 4 with ceil', () => {
    expect(poolOutputSize({ size: 7, kernel: 2 })).toBe(3);
    expect(poolOutputSize({ size: 7, kernel: 2, ceil: true })).toBe(4);
  });
  it('poolOutputSize({ size: 4, kernel: 2, stride: 3, padding: 1, ceil: true }) is 2: a window starting in the right padding is dropped', () => {
    expect(Math.ceil((4 + 2 - 2) / 3) + 1).toBe(3);
    expect(poolOutputSize({ size: 4, kernel: 2, stride: 3, padding: 1, ceil: true })).toBe(2);
  });
  it('poolOutputSize({ size: 1, kernel: 2, stride: 2, ceil: true }) is 1 (Caffe, PyTorch ceil_mode); floor has no window', () => {
    expect(poolOutputSize({ size: 1, kernel: 2, stride: 2, ceil: true })).toBe(1);
    expect(poolOutputSize({ size: 3, kernel: 5, stride: 2, padding: 1, ceil: true })).toBe(1);
    expect(() => poolOutputSize({ size: 1, kernel: 2, stride: 2 })).toThrow(/no window fits/);
  });
  it('poolOutputSize({ size: 5, kernel: 1, stride: 3, ceil: true }) is 2', () => {
    expect(poolOutputSize({ size: 5, kernel: 1, stride: 3, ceil: true })).toBe(2);
  });

  it(`poolOutputSize counts the windows one by one on ${RANDOM_CASES} random configs`, () => {
    const random = createRandom(7);
    let checked = 0;
    while (checked < RANDOM_CASES) {
      const size = random.int(1, 40);
      const kernel = random.int(1, 6);
      const stride = random.int(1, 6);
      const padding = random.int(0, kernel - 1);
      if (!checkPool({ size, kernel, stride, padding }).ok) continue;
      const padded = size + 2 * padding;
      let fullWindows = 0;
      let coveringWindows = 0;
      for (let j = 0; j * stride < padded; j += 1) {
        if (j * stride + kernel <= padded) fullWindows += 1;
        // ceil mode: a window is added while cells are left uncovered, if it starts before the right padding
        const cellsLeft = j === 0 || (j - 1) * stride + kernel < padded;
        if (cellsLeft && j * stride < size + padding) coveringWindows += 1;
      }
      expect(poolOutputSize({ size, kernel, stride, padding })).toBe(fullWindows);
      expect(poolOutputSize({ size, kernel, stride, padding, ceil: true })).toBe(coveringWindows);
      checked += 1;
    }
  });

  it('poolOutputSize({ ceil: false }) matches the shape of tf.maxPool on 100 random configs', async () => {
    const tf = await cpuTf();
    const random = createRandom(8);
    for (let n = 0; n < 100; n += 1) {
      const size = random.int(2, 20);
      const kernel = random.int(1, Math.min(size, 5));
      const stride = random.int(1, 4);
      const padding = random.int(0, kernel - 1);
      const expected = poolOutputSize({ size, kernel, stride, padding });
      const shape = tf.tidy(() => tf.maxPool(tf.zeros<Rank.R4>([1, size, size, 1]), kernel, stride, padding, 'floor').shape);
      expect(shape).toEqual([1, expected, expected, 1]);
    }
  });
});

describe('conv and transposed conv undo each other’s sizes', () => {
  const configs = randomConvConfigs(1, RANDOM_CASES);

  it(`transposedConvOutputSize(convOutputSize(i)) with a = (i + 2p − d(k−1) − 1) mod s is i, on ${RANDOM_CASES} random configs`, () => {
    for (const config of configs) {
      const { size, kernel, stride, padding, dilation } = config;
      const outputPadding = (size + 2 * padding - dilation * (kernel - 1) - 1) % stride;
      expect(outputPaddingFor(config)).toBe(outputPadding);
      const back = transposedConvOutputSize({
        size: convOutputSize(config),
        kernel,
        stride,
        padding,
        dilation,
        outputPadding,
      });
      expect(back, JSON.stringify(config)).toBe(size);
    }
  });

  it(`convInputSizesFor lists exactly the sizes that map to the output, on ${RANDOM_CASES} random configs`, () => {
    for (const config of configs) {
      const { kernel, stride, padding, dilation } = config;
      const outputSize = convOutputSize(config);
      const sizes = convInputSizesFor({ outputSize, kernel, stride, padding, dilation });
      expect(sizes).toContain(config.size);
      const bruteForce: number[] = [];
      for (let size = 1; size <= 40 * 5 + 20; size += 1) {
        const check = checkConv({ size, kernel, stride, padding, dilation });
        if (check.ok && check.size === outputSize) bruteForce.push(size);
      }
      expect(sizes, JSON.stringify(config)).toEqual(bruteForce);
      expect(sizes.length).toBeLessThanOrEqual(stride);
      // the a-th size is the one the transposed conv recovers with output padding a
      sizes.forEach((size) => {
        const outputPadding = outputPaddingFor({ size, kernel, stride, padding, dilation });
        expect(transposedConvOutputSize({ size: outputSize, kernel, stride, padding, dilation, outputPadding })).toBe(size);
      });
    }
  });

  it('convInputSizesFor({ outputSize: 3, kernel: 3, stride: 2, padding: 1 }) is [5, 6]', () => {
    expect(convInputSizesFor({ outputSize: 3, kernel: 3, stride: 2, padding: 1 })).toEqual([5, 6]);
  });
  it('convInputSizesFor({ outputSize: 1, kernel: 1, padding: 3 }) is [] (padding alone makes 7 outputs)', () => {
    expect(convInputSizesFor({ outputSize: 1, kernel: 1, padding: 3 })).toEqual([]);
  });
});

describe('impossible parameters are explained', () => {
  it('convOutputSize({ size: 3, kernel: 4, dilation: 2, padding: 1 }) throws: the dilated kernel does not fit', () => {
    expect(() => convOutputSize({ size: 3, kernel: 4, dilation: 2, padding: 1 })).toThrow(
      new RangeError('The dilated kernel (span 7) is wider than the padded input (5), so no window fits.'),
    );
  });
  it('convOutputSize({ size: 2, kernel: 3 }) throws: the kernel is wider than the input', () => {
    expect(() => convOutputSize({ size: 2, kernel: 3 })).toThrow(/kernel \(3\) is wider than the input \(2\)/);
  });
  it('convOutputSize({ size: 5, kernel: 3, stride: 0 }) and stride 1.5 throw: stride must be a whole number ≥ 1', () => {
    expect(() => convOutputSize({ size: 5, kernel: 3, stride: 0 })).toThrow(/Stride must be a whole number ≥ 1/);
    expect(() => convOutputSize({ size: 5, kernel: 3, stride: 1.5 })).toThrow(RangeError);
  });
  it('convOutputSize with negative padding, size 2.5 or kernel NaN throws and names the parameter', () => {
    expect(() => convOutputSize({ size: 5, kernel: 3, padding: -1 })).toThrow(/Padding must be a whole number ≥ 0/);
    expect(() => convOutputSize({ size: 2.5, kernel: 1 })).toThrow(/Input size must be a whole number/);
    expect(() => convOutputSize({ size: 5, kernel: Number.NaN })).toThrow(/Kernel size/);
    expect(() => convOutputSize({ size: 5, kernel: 3, dilation: 0 })).toThrow(/Dilation/);
  });
  it('transposedConvOutputSize({ size: 3, kernel: 3, stride: 2, outputPadding: 2 }) throws: a must be < max(s, d)', () => {
    expect(() => transposedConvOutputSize({ size: 3, kernel: 3, stride: 2, outputPadding: 2 })).toThrow(
      new RangeError('Output padding a = 2 must be smaller than max(stride, dilation) = 2.'),
    );
  });
  it('transposedConvOutputSize({ size: 1, kernel: 1, padding: 1 }) throws: the crop removes everything', () => {
    expect(() => transposedConvOutputSize({ size: 1, kernel: 1, padding: 1 })).toThrow(/nothing is left/);
  });
  it('checkTransposedConv reports the reason without throwing', () => {
    expect(checkTransposedConv({ size: 2, kernel: 3, stride: 2, outputPadding: 3 })).toEqual({
      ok: false,
      reason: 'Output padding a = 3 must be smaller than max(stride, dilation) = 2.',
    });
    expect(checkTransposedConv({ size: 2, kernel: 3, stride: 2 })).toEqual({ ok: true, size: 5 });
    expect(checkConv({ size: 4, kernel: 5 })).toMatchObject({ ok: false });
  });
  it('poolOutputSize({ size: 5, kernel: 2, padding: 2 }) throws: padding must be smaller than the window', () => {
    expect(() => poolOutputSize({ size: 5, kernel: 2, padding: 2 })).toThrow(
      /Padding p = 2 must be smaller than the window k = 2/,
    );
  });
  it('poolOutputSize({ size: 1, kernel: 3, padding: 0 }) throws: the window is wider than the input', () => {
    expect(() => poolOutputSize({ size: 1, kernel: 3 })).toThrow(/pooling window \(3\) is wider than the input \(1\)/);
    expect(checkPool({ size: 1, kernel: 3 }).ok).toBe(false);
  });
  it('convInputSizesFor({ outputSize: 0, kernel: 3 }) throws: output size must be ≥ 1', () => {
    expect(() => convInputSizesFor({ outputSize: 0, kernel: 3 })).toThrow(/Output size must be a whole number ≥ 1/);
  });
});
