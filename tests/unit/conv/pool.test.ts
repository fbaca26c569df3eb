import type { Rank } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { checkPool, poolEndPadding, poolOutputSize } from '../../../src/lib/conv/pool';
import { createRandom } from '../../../src/lib/random';
import { cpuTf } from '../helpers/tf-cpu';

const RANDOM_CASES = 500;

describe('poolOutputSize', () => {
  it('poolOutputSize({ size: 7, kernelSize: 2 }) is 3, and 4 with ceil', () => {
    expect(poolOutputSize({ size: 7, kernelSize: 2 })).toBe(3);
    expect(poolOutputSize({ size: 7, kernelSize: 2, ceil: true })).toBe(4);
  });
  it('poolOutputSize({ size: 4, kernelSize: 2, stride: 3, padding: 1, ceil: true }) is 2: a window starting in the right padding is dropped', () => {
    expect(Math.ceil((4 + 2 - 2) / 3) + 1).toBe(3);
    expect(poolOutputSize({ size: 4, kernelSize: 2, stride: 3, padding: 1, ceil: true })).toBe(2);
  });
  it('poolOutputSize({ size: 1, kernelSize: 2, stride: 2, ceil: true }) is 1 (Caffe, PyTorch ceil_mode); floor has no window', () => {
    expect(poolOutputSize({ size: 1, kernelSize: 2, stride: 2, ceil: true })).toBe(1);
    expect(poolOutputSize({ size: 3, kernelSize: 5, stride: 2, padding: 1, ceil: true })).toBe(1);
    expect(() => poolOutputSize({ size: 1, kernelSize: 2, stride: 2 })).toThrow(/no window fits/);
  });
  it('poolOutputSize({ size: 5, kernelSize: 1, stride: 3, ceil: true }) is 2', () => {
    expect(poolOutputSize({ size: 5, kernelSize: 1, stride: 3, ceil: true })).toBe(2);
  });

  it(`poolOutputSize counts the windows one by one on ${RANDOM_CASES} random configs`, () => {
    const random = createRandom(7);
    let checked = 0;
    while (checked < RANDOM_CASES) {
      const size = random.int(1, 40);
      const kernelSize = random.int(1, 6);
      const stride = random.int(1, 6);
      const padding = random.int(0, kernelSize - 1);
      if (!checkPool({ size, kernelSize, stride, padding }).ok) continue;
      const padded = size + 2 * padding;
      let fullWindows = 0;
      let coveringWindows = 0;
      for (let j = 0; j * stride < padded; j += 1) {
        if (j * stride + kernelSize <= padded) fullWindows += 1;
        // ceil mode: a window is added while cells are left uncovered, if it starts before the right padding
        const cellsLeft = j === 0 || (j - 1) * stride + kernelSize < padded;
        if (cellsLeft && j * stride < size + padding) coveringWindows += 1;
      }
      expect(poolOutputSize({ size, kernelSize, stride, padding })).toBe(fullWindows);
      expect(poolOutputSize({ size, kernelSize, stride, padding, ceil: true })).toBe(coveringWindows);
      checked += 1;
    }
  });

  it('poolOutputSize({ ceil: false }) matches the shape of tf.maxPool on 100 random configs', async () => {
    const tf = await cpuTf();
    const random = createRandom(8);
    for (let n = 0; n < 100; n += 1) {
      const size = random.int(2, 20);
      const kernelSize = random.int(1, Math.min(size, 5));
      const stride = random.int(1, 4);
      const padding = random.int(0, kernelSize - 1);
      const expected = poolOutputSize({ size, kernelSize, stride, padding });
      const shape = tf.tidy(
        () => tf.maxPool(tf.zeros<Rank.R4>([1, size, size, 1]), kernelSize, stride, padding, 'floor').shape,
      );
      expect(shape).toEqual([1, expected, expected, 1]);
    }
  });
});

describe('poolEndPadding', () => {
  it('poolEndPadding({ size, kernelSize: 2, stride: 2, ceil: true }) is size mod 2, and 0 with floor rounding', () => {
    for (let size = 1; size <= 40; size += 1) {
      expect(poolEndPadding({ size, kernelSize: 2, stride: 2, ceil: true }), `size ${size}`).toBe(size % 2);
      if (size >= 2) expect(poolEndPadding({ size, kernelSize: 2, stride: 2 })).toBe(0);
    }
  });

  it("padding the end by it makes tf.maxPool ('valid') return the ceil size, on 200 random configs", async () => {
    const tf = await cpuTf();
    const random = createRandom(9);
    for (let n = 0; n < 200; n += 1) {
      const size = random.int(1, 24);
      const kernelSize = random.int(1, 5);
      const stride = random.int(1, 4);
      const padding = random.int(0, kernelSize - 1);
      const params = { size, kernelSize, stride, padding, ceil: true };
      if (!checkPool(params).ok) continue;
      const end = padding + poolEndPadding(params);
      const shape = tf.tidy(
        () =>
          tf.maxPool(
            tf.zeros<Rank.R4>([1, size, 1, 1]),
            [kernelSize, 1],
            [stride, 1],
            [
              [0, 0],
              [padding, end],
              [0, 0],
              [0, 0],
            ],
          ).shape,
      );
      expect(shape[1], JSON.stringify(params)).toBe(poolOutputSize(params));
    }
  });
});
