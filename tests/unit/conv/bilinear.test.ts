import { describe, expect, it } from 'vitest';
import { bilinearKernel, bilinearTent, bilinearWeights } from '../../../src/lib/conv/bilinear';
import { createRandom } from '../../../src/lib/random';
import { transposedConv2d } from '../../../src/lib/conv/transposed';
import { cpuTf } from '../helpers/tf-cpu';

/** Largest |a − b| over two equally shaped grids. */
const maxDifference = (a: number[][], b: number[][]): number =>
  Math.max(...a.flatMap((row, r) => row.map((v, c) => Math.abs(v - b[r][c]))));

/** Output indices that received two stamps along an axis of n inputs (k = 2s, padding p). */
const interior = (n: number, stride: number, padding: number): number[] =>
  Array.from({ length: n * stride - stride }, (_, j) => stride - padding + j);

describe('bilinearKernel', () => {
  it('bilinearKernel(4) has rows 0.0625·[1, 3, 3, 1], 0.1875·[1, 3, 3, 1], …', () => {
    expect(bilinearKernel(4)).toEqual([
      [0.0625, 0.1875, 0.1875, 0.0625],
      [0.1875, 0.5625, 0.5625, 0.1875],
      [0.1875, 0.5625, 0.5625, 0.1875],
      [0.0625, 0.1875, 0.1875, 0.0625],
    ]);
  });
  it('bilinearKernel(3) peaks at 1 in the centre', () => {
    expect(bilinearKernel(3)).toEqual([
      [0.25, 0.5, 0.25],
      [0.5, 1, 0.5],
      [0.25, 0.5, 0.25],
    ]);
  });
  it('bilinearKernel(1) is [[1]] and bilinearKernel(2) is all 0.25', () => {
    expect(bilinearKernel(1)).toEqual([[1]]);
    expect(bilinearKernel(2)).toEqual([
      [0.25, 0.25],
      [0.25, 0.25],
    ]);
  });
  it('bilinearTent(64) (FCN-32s upscore) rises from 1/64 in steps of 1/32', () => {
    const tent = bilinearTent(64);
    expect(tent[0]).toBeCloseTo(1 / 64, 15);
    expect(tent[31]).toBeCloseTo(1 - 1 / 64, 15);
    expect(tent[1] - tent[0]).toBeCloseTo(1 / 32, 15);
  });

  it('bilinearKernel(size) is symmetric under transposing and flipping, for sizes 1–40', () => {
    for (let size = 1; size <= 40; size += 1) {
      const kernel = bilinearKernel(size);
      const transposed = kernel.map((row, y) => row.map((_, x) => kernel[x][y]));
      const upsideDown = [...kernel].reverse();
      const mirrored = kernel.map((row) => [...row].reverse());
      expect(maxDifference(kernel, transposed)).toBe(0);
      expect(maxDifference(kernel, upsideDown)).toBeLessThan(1e-14);
      expect(maxDifference(kernel, mirrored)).toBeLessThan(1e-14);
      expect(Math.min(...kernel.flat())).toBeGreaterThan(0);
    }
  });

  it('bilinearKernel(2s) sums to s², and each of its s phases sums to 1 (so a constant stays constant), for s = 1–32', () => {
    for (let stride = 1; stride <= 32; stride += 1) {
      const kernel = bilinearKernel(2 * stride);
      const total = kernel.flat().reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(stride * stride, 10);
      const tent = bilinearTent(2 * stride);
      for (let phase = 0; phase < stride; phase += 1) {
        expect(tent[phase] + tent[phase + stride]).toBeCloseTo(1, 14);
      }
    }
  });

  it('bilinearKernel(0) and bilinearKernel(2.5) throw a RangeError', () => {
    expect(() => bilinearKernel(0)).toThrow(/Kernel size must be a whole number ≥ 1/);
    expect(() => bilinearKernel(2.5)).toThrow(RangeError);
    expect(() => bilinearWeights(4, 0)).toThrow(/Channels must be a whole number ≥ 1/);
  });
});

describe('upsampling with a bilinear transposed conv', () => {
  it('transposedConv2d(constant 4×5 map, bilinearKernel(2s), { stride: s, padding: s/2 }) is constant inside, for s = 2, 4, 8, 16', () => {
    for (const stride of [2, 4, 8, 16]) {
      const padding = stride / 2;
      const input = Array.from({ length: 4 }, () => new Array<number>(5).fill(7));
      const output = transposedConv2d(input, bilinearKernel(2 * stride), { stride, padding });
      expect([output.length, output[0].length]).toEqual([4 * stride, 5 * stride]);
      for (const r of interior(4, stride, padding)) {
        for (const c of interior(5, stride, padding)) expect(output[r][c]).toBeCloseTo(7, 12);
      }
      expect(output[0][0]).toBeLessThan(7); // the border got only one stamp
    }
  });

  it('transposedConv2d(16×16 constant, bilinearKernel(64), { stride: 32 }) is 544×544 (FCN-32s) and constant inside', () => {
    const input = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    const output = transposedConv2d(input, bilinearKernel(64), { stride: 32 });
    expect([output.length, output[0].length]).toEqual([544, 544]);
    // rows 32…511 get two stamps; the crop at offset 19 (rows 19…518) sees the ramp-in at its edges
    for (const r of [32, 100, 271, 511]) {
      for (const c of [32, 64, 300, 511]) expect(output[r][c]).toBeCloseTo(1, 12);
    }
    expect(output[19][19]).toBeLessThan(1);
  });

  it('a linear ramp comes out as the same ramp sampled at (o + ½)/s − ½ inside, for s = 2, 4, 8', () => {
    for (const stride of [2, 4, 8]) {
      const padding = stride / 2;
      const ramp = [[0, 1, 2, 3, 4, 5]];
      const output = transposedConv2d(ramp, [bilinearTent(2 * stride)], { stride: [1, stride], padding: [0, padding] });
      for (const o of interior(6, stride, padding)) {
        expect(output[0][o]).toBeCloseTo((o + 0.5) / stride - 0.5, 12);
      }
    }
  });
});

describe('bilinearWeights', () => {
  it('bilinearWeights(4, 3) puts bilinearKernel(4) on the diagonal of [kH, kW, out, in] and zeros elsewhere', () => {
    const size = 4;
    const channels = 3;
    const weights = bilinearWeights(size, channels);
    const kernel = bilinearKernel(size);
    expect(weights).toHaveLength(size * size * channels * channels);
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        for (let out = 0; out < channels; out += 1) {
          for (let inC = 0; inC < channels; inC += 1) {
            const w = weights[((y * size + x) * channels + out) * channels + inC];
            expect(w).toBeCloseTo(out === inC ? kernel[y][x] : 0, 7);
          }
        }
      }
    }
  });

  it('bilinearWeights(4, 3) as the tf.conv2dTranspose filter upsamples each channel on its own, like transposedConv2d', async () => {
    const tf = await cpuTf();
    const random = createRandom(5);
    const [height, width, channels, stride] = [3, 4, 3, 2];
    const maps = Array.from({ length: channels }, () => random.grid(height, width, -1, 1));
    const nhwc = maps[0].flatMap((row, y) => row.flatMap((_, x) => maps.map((map) => map[y][x])));
    const [outH, outW] = [height * stride + stride, width * stride + stride];
    const result = tf.tidy(() => {
      const x = tf.tensor4d(nhwc, [1, height, width, channels]);
      const filter = tf.tensor4d(bilinearWeights(2 * stride, channels), [2 * stride, 2 * stride, channels, channels]);
      return Array.from(tf.conv2dTranspose(x, filter, [1, outH, outW, channels], stride, 'valid').dataSync());
    });
    maps.forEach((map, c) => {
      const expected = transposedConv2d(map, bilinearKernel(2 * stride), { stride });
      const actual = expected.map((row, y) => row.map((_, x) => result[(y * outW + x) * channels + c]));
      expect(maxDifference(actual, expected)).toBeLessThan(1e-5);
    });
  });
});
