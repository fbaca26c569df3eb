import { describe, expect, it } from 'vitest';
import {
  checkConv,
  checkTransposedConv,
  convInputSizesFor,
  convOutputSize,
  dilatedSpan,
  outputPaddingFor,
  transposedConvOutputSize,
} from '../../../src/lib/conv/arithmetic';
import { checkPool, poolOutputSize } from '../../../src/lib/conv/pool';
import { createRandom } from '../../../src/lib/random';

const RANDOM_CASES = 500;

interface ConvConfig {
  size: number;
  kernelSize: number;
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
      kernelSize: random.int(1, 7),
      stride: random.int(1, 5),
      padding: random.int(0, 4),
      dilation: random.int(1, 3),
    };
    if (checkConv(config).ok) configs.push(config);
  }
  return configs;
}

describe('convOutputSize', () => {
  it('convOutputSize({ size: 500, kernelSize: 3, padding: 100 }) is 698 (FCN conv1_1)', () => {
    expect(convOutputSize({ size: 500, kernelSize: 3, padding: 100 })).toBe(698);
  });
  it('convOutputSize({ size: 224, kernelSize: 3, padding: 1 }) is 224 (a VGG 3×3 conv keeps the size)', () => {
    expect(convOutputSize({ size: 224, kernelSize: 3, padding: 1 })).toBe(224);
  });
  it('convOutputSize({ size: 5, kernelSize: 3, stride: 2, padding: 1 }) and size 6 are both 3', () => {
    expect(convOutputSize({ size: 5, kernelSize: 3, stride: 2, padding: 1 })).toBe(3);
    expect(convOutputSize({ size: 6, kernelSize: 3, stride: 2, padding: 1 })).toBe(3);
  });
  it('convOutputSize({ size: 7, kernelSize: 3, dilation: 2 }) is 3 (span 5)', () => {
    expect(dilatedSpan(3, 2)).toBe(5);
    expect(convOutputSize({ size: 7, kernelSize: 3, dilation: 2 })).toBe(3);
  });
  it('convOutputSize({ size: 22, kernelSize: 7 }) is 16 (fc6 as a 7×7 conv on pool5)', () => {
    expect(convOutputSize({ size: 22, kernelSize: 7 })).toBe(16);
  });
});

describe('the VGG16 stack of FCN on a 500×500 image', () => {
  /** conv1_1 pad 100, 3×3 pad-1 convs (sizes unchanged), five 2×2/2 pools, then fc6 7×7. */
  function pool5AndFc6(ceil: boolean): { pools: number[]; fc6: number } {
    let size = convOutputSize({ size: 500, kernelSize: 3, padding: 100 });
    const pools: number[] = [];
    for (const convs of [2, 2, 3, 3, 3]) {
      for (let c = pools.length === 0 ? 1 : 0; c < convs; c += 1) {
        size = convOutputSize({ size, kernelSize: 3, padding: 1 });
      }
      size = poolOutputSize({ size, kernelSize: 2, stride: 2, ceil });
      pools.push(size);
    }
    return { pools, fc6: convOutputSize({ size, kernelSize: 7 }) };
  }

  it('with ceil pools gives pool1…pool5 = 349, 175, 88, 44, 22 and fc6 16', () => {
    expect(pool5AndFc6(true)).toEqual({ pools: [349, 175, 88, 44, 22], fc6: 16 });
  });
  it('transposedConvOutputSize({ size: 16, kernelSize: 64, stride: 32 }) is 544, enough for the crop at 19', () => {
    const upscore = transposedConvOutputSize({ size: 16, kernelSize: 64, stride: 32 });
    expect(upscore).toBe(544);
    expect(19 + 500).toBeLessThanOrEqual(upscore);
  });
  it('with floor pools gives fc6 15 and upscore 512, too small for the 500-pixel crop at 19', () => {
    const { pools, fc6 } = pool5AndFc6(false);
    expect(pools).toEqual([349, 174, 87, 43, 21]);
    expect(fc6).toBe(15);
    const upscore = transposedConvOutputSize({ size: fc6, kernelSize: 64, stride: 32 });
    expect(upscore).toBe(512);
    expect(19 + 500).toBeGreaterThan(upscore);
  });
  it('transposedConvOutputSize({ size: 16, kernelSize: 4, stride: 2 }) is 34 (FCN-16s upscore2)', () => {
    expect(transposedConvOutputSize({ size: 16, kernelSize: 4, stride: 2 })).toBe(34);
  });
});

describe('transposedConvOutputSize', () => {
  it('transposedConvOutputSize({ size: 2, kernelSize: 3, stride: 2 }) is 5', () => {
    expect(transposedConvOutputSize({ size: 2, kernelSize: 3, stride: 2 })).toBe(5);
  });
  it('transposedConvOutputSize({ size: 3, kernelSize: 3 }) is 5', () => {
    expect(transposedConvOutputSize({ size: 3, kernelSize: 3 })).toBe(5);
  });
  it('transposedConvOutputSize({ size: 3, kernelSize: 3, stride: 2, padding: 1 }) is 5, and 6 with outputPadding: 1', () => {
    expect(transposedConvOutputSize({ size: 3, kernelSize: 3, stride: 2, padding: 1 })).toBe(5);
    expect(transposedConvOutputSize({ size: 3, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1 })).toBe(6);
  });
  it('transposedConvOutputSize({ size: 2, kernelSize: 2, dilation: 3, outputPadding: 2 }) is 7 (a < d is allowed)', () => {
    expect(transposedConvOutputSize({ size: 2, kernelSize: 2, dilation: 3, outputPadding: 2 })).toBe(7);
  });
});

describe('conv and transposed conv undo each other’s sizes', () => {
  const configs = randomConvConfigs(1, RANDOM_CASES);

  it(`transposedConvOutputSize(convOutputSize(i)) with a = (i + 2p − d(k−1) − 1) mod s is i, on ${RANDOM_CASES} random configs`, () => {
    for (const config of configs) {
      const { size, kernelSize, stride, padding, dilation } = config;
      const outputPadding = (size + 2 * padding - dilation * (kernelSize - 1) - 1) % stride;
      expect(outputPaddingFor(config)).toBe(outputPadding);
      const back = transposedConvOutputSize({
        size: convOutputSize(config),
        kernelSize,
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
      const { kernelSize, stride, padding, dilation } = config;
      const outputSize = convOutputSize(config);
      const sizes = convInputSizesFor({ outputSize, kernelSize, stride, padding, dilation });
      expect(sizes).toContain(config.size);
      const bruteForce: number[] = [];
      for (let size = 1; size <= 40 * 5 + 20; size += 1) {
        const check = checkConv({ size, kernelSize, stride, padding, dilation });
        if (check.ok && check.size === outputSize) bruteForce.push(size);
      }
      expect(sizes, JSON.stringify(config)).toEqual(bruteForce);
      expect(sizes.length).toBeLessThanOrEqual(stride);
      // the a-th size is the one the transposed conv recovers with output padding a
      sizes.forEach((size) => {
        const outputPadding = outputPaddingFor({ size, kernelSize, stride, padding, dilation });
        expect(
          transposedConvOutputSize({ size: outputSize, kernelSize, stride, padding, dilation, outputPadding }),
        ).toBe(size);
      });
    }
  });

  it('convInputSizesFor({ outputSize: 3, kernelSize: 3, stride: 2, padding: 1 }) is [5, 6]', () => {
    expect(convInputSizesFor({ outputSize: 3, kernelSize: 3, stride: 2, padding: 1 })).toEqual([5, 6]);
  });
  it('convInputSizesFor({ outputSize: 1, kernelSize: 1, padding: 3 }) is [] (padding alone makes 7 outputs)', () => {
    expect(convInputSizesFor({ outputSize: 1, kernelSize: 1, padding: 3 })).toEqual([]);
  });
});

describe('impossible parameters are explained', () => {
  it('convOutputSize({ size: 3, kernelSize: 4, dilation: 2, padding: 1 }) throws: the dilated kernel does not fit', () => {
    expect(() => convOutputSize({ size: 3, kernelSize: 4, dilation: 2, padding: 1 })).toThrow(
      new RangeError('The dilated kernel (span 7) is wider than the padded input (5), so no window fits.'),
    );
  });
  it('convOutputSize({ size: 2, kernelSize: 3 }) throws: the kernel is wider than the input', () => {
    expect(() => convOutputSize({ size: 2, kernelSize: 3 })).toThrow(/kernel \(3\) is wider than the input \(2\)/);
  });
  it('convOutputSize({ size: 5, kernelSize: 3, stride: 0 }) and stride 1.5 throw: stride must be a whole number ≥ 1', () => {
    expect(() => convOutputSize({ size: 5, kernelSize: 3, stride: 0 })).toThrow(/Stride must be a whole number ≥ 1/);
    expect(() => convOutputSize({ size: 5, kernelSize: 3, stride: 1.5 })).toThrow(RangeError);
  });
  it('convOutputSize with negative padding, size 2.5 or kernel size NaN throws and names the parameter', () => {
    expect(() => convOutputSize({ size: 5, kernelSize: 3, padding: -1 })).toThrow(/Padding must be a whole number ≥ 0/);
    expect(() => convOutputSize({ size: 2.5, kernelSize: 1 })).toThrow(/Input size must be a whole number/);
    expect(() => convOutputSize({ size: 5, kernelSize: Number.NaN })).toThrow(/Kernel size/);
    expect(() => convOutputSize({ size: 5, kernelSize: 3, dilation: 0 })).toThrow(/Dilation/);
  });
  it('transposedConvOutputSize({ size: 3, kernelSize: 3, stride: 2, outputPadding: 2 }) throws: a must be < max(s, d)', () => {
    expect(() => transposedConvOutputSize({ size: 3, kernelSize: 3, stride: 2, outputPadding: 2 })).toThrow(
      new RangeError('Output padding a = 2 must be smaller than max(stride, dilation) = 2.'),
    );
  });
  it('transposedConvOutputSize({ size: 1, kernelSize: 1, padding: 1 }) throws: the crop removes everything', () => {
    expect(() => transposedConvOutputSize({ size: 1, kernelSize: 1, padding: 1 })).toThrow(/nothing is left/);
  });
  it('checkTransposedConv reports the reason without throwing', () => {
    expect(checkTransposedConv({ size: 2, kernelSize: 3, stride: 2, outputPadding: 3 })).toEqual({
      ok: false,
      reason: 'Output padding a = 3 must be smaller than max(stride, dilation) = 2.',
    });
    expect(checkTransposedConv({ size: 2, kernelSize: 3, stride: 2 })).toEqual({ ok: true, size: 5 });
    expect(checkConv({ size: 4, kernelSize: 5 })).toMatchObject({ ok: false });
  });
  it('poolOutputSize({ size: 5, kernelSize: 2, padding: 2 }) throws: padding must be smaller than the window', () => {
    expect(() => poolOutputSize({ size: 5, kernelSize: 2, padding: 2 })).toThrow(
      /Padding p = 2 must be smaller than the window k = 2/,
    );
  });
  it('poolOutputSize({ size: 1, kernelSize: 3, padding: 0 }) throws: the window is wider than the input', () => {
    expect(() => poolOutputSize({ size: 1, kernelSize: 3 })).toThrow(
      /pooling window \(3\) is wider than the input \(1\)/,
    );
    expect(checkPool({ size: 1, kernelSize: 3 }).ok).toBe(false);
  });
  it('convInputSizesFor({ outputSize: 0, kernelSize: 3 }) throws: output size must be ≥ 1', () => {
    expect(() => convInputSizesFor({ outputSize: 0, kernelSize: 3 })).toThrow(/Output size must be a whole number ≥ 1/);
  });
});
