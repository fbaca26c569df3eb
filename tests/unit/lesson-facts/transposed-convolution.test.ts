// The transposed-convolution lesson's facts, checked by other routes: sizes by hand-rolled Caffe/PyTorch arithmetic
// and the reference implementation's published layers, stamping by the sum formula y[o] = Σ x[i]·w[o − s·i],
// matrices multiplied out by hand, overlap counts by enumerating (input cell, tap) pairs, the bilinear tent by
// surgery.upsample_filt's formula written out again.
import { describe, expect, it } from 'vitest';
import { facts, list } from '../../../src/lib/lesson-facts/transposed-convolution';

/** 1-D transposed convolution straight from the sum: y[o] = Σ_{i: 0 ≤ o − s·i < k} x[i]·w[o − s·i]. */
function scatterSum(x: number[], w: number[], s: number): number[] {
  const length = (x.length - 1) * s + w.length;
  return Array.from({ length }, (_, o) => {
    let sum = 0;
    x.forEach((value, i) => {
      const tap = o - s * i;
      if (tap >= 0 && tap < w.length) sum += value * w[tap];
    });
    return sum;
  });
}

/** How many (input cell, tap) pairs land on each output cell of a 1-D transposed conv after cropping p (and adding a). */
function stampsPerCell(n: number, k: number, s: number, p: number, a: number): number[] {
  const out = (n - 1) * s - 2 * p + k + a;
  return Array.from({ length: out }, (_, o) => {
    let count = 0;
    for (let i = 0; i < n; i++) for (let t = 0; t < k; t++) if (i * s + t - p === o) count++;
    return count;
  });
}

/** upsample_filt's 1-D tent, written out again: f = ceil(K/2), c = f − 1 (odd K) or f − 0.5 (even K). */
function tent(K: number): number[] {
  const f = Math.ceil(K / 2);
  const c = K % 2 === 1 ? f - 1 : f - 0.5;
  return Array.from({ length: K }, (_, x) => 1 - Math.abs(x - c) / f);
}

describe('transposed-convolution lesson facts', () => {
  it('FCN-32s on a 500×500 image: pool5 22, fc6 and score_fr 16 at stride 32, upscore 544, crop 19, 21 classes', () => {
    let side = 500 + 2 * 100 - 3 + 1; // conv1_1: 3×3, pad 100; the other 3×3 convs keep the size
    for (let b = 0; b < 5; b++) side = Math.ceil((side - 2) / 2) + 1; // Caffe's 2×2/2 pools round up
    expect(facts.fcn.pool5).toBe(side);
    expect(facts.fcn.fc6).toBe(side - 7 + 1);
    expect(facts.fcn.scoreFr).toBe(facts.fcn.fc6);
    expect(facts.fcn.scoreStride).toBe(2 ** 5);
    expect(facts.fcn.upscore).toBe((facts.fcn.scoreFr - 1) * 32 + 64);
    expect([facts.fcn.pool5, facts.fcn.fc6, facts.fcn.upscore]).toEqual([22, 16, 544]);
    expect(facts.fcn.cropOffset).toBe(19); // voc-fcn32s's prototxt: the score crop has offset 19
    expect(facts.fcn.classes).toBe(21);
  });

  it("the reference's transposed layers: kernel 2s, no padding, o = (i − 1)s + k", () => {
    const rows = facts.upsamplingLayers.map((l) => `${l.variant} ${l.name} ${l.kernelSize}/${l.stride}`);
    expect(rows).toEqual([
      'fcn32s upscore 64/32',
      'fcn16s upscore2 4/2',
      'fcn16s upscore16 32/16',
      'fcn8s upscore2 4/2',
      'fcn8s upscore_pool4 4/2',
      'fcn8s upscore8 16/8',
    ]);
    for (const l of facts.upsamplingLayers) {
      expect(l.kernelSize).toBe(2 * l.stride);
      expect(l.padding).toBe(0);
      expect(l.to).toBe((l.from - 1) * l.stride + l.kernelSize);
    }
    // 34 = (16 − 1)·2 + 4 and 70 = (34 − 1)·2 + 4: the ×2 maps of FCN-16s/8s; 560 and 568 are then cropped to 500.
    expect(facts.upsamplingLayers.map((l) => l.to)).toEqual([544, 34, 560, 34, 70, 568]);
  });

  it('1-D stamping: x = [2, 5], w = [1, 2, 1] gives 2, 9, 12, 5 at stride 1 and 2, 4, 7, 10, 5 at stride 2', () => {
    const { input, kernel, stamps, stride1, stride2 } = facts.oneD;
    expect(stamps).toEqual([
      [2, 4, 2],
      [5, 10, 5],
    ]);
    expect(stride1).toEqual(scatterSum(input, kernel, 1));
    expect(stride2).toEqual(scatterSum(input, kernel, 2));
    expect(list(stride1)).toBe('2, 9, 12, 5');
    expect(list(stride2)).toBe('2, 4, 7, 10, 5');
  });

  it("the stepper's example: four stamps meet only in the centre of the 5×5 canvas; it holds 2 + 5 + 1 + 3", () => {
    const { input, kernel, stride } = facts.stepper;
    const n = (input.length - 1) * stride + kernel.length;
    const canvas = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const hits = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    input.forEach((row, y) =>
      row.forEach((v, x) =>
        kernel.forEach((kr, ky) =>
          kr.forEach((w, kx) => {
            canvas[y * stride + ky][x * stride + kx] += v * w;
            hits[y * stride + ky][x * stride + kx] += 1;
          }),
        ),
      ),
    );
    expect(facts.stepper.outputSize).toBe(n);
    expect(facts.stepper.steps).toBe(4);
    expect(facts.stepper.busiest).toMatchObject({ row: 2, col: 2, value: canvas[2][2] });
    expect(facts.stepper.busiest.terms.reduce((a, b) => a + b, 0)).toBe(2 + 5 + 1 + 3);
    expect(hits[2][2]).toBe(4);
    expect(facts.stepper.stampCounts).toEqual([...new Set(hits.flat())].sort((a, b) => a - b));
    expect(facts.stepper.stampCounts).toEqual([1, 2, 4]);
  });

  it('sizes: 5×5 from 2×2 (s = 2) or 3×3 (s = 1); padding crops 2p; output padding picks 9 or 10', () => {
    const { fiveByFive, crop, outputPadding } = facts.sizes;
    expect(fiveByFive.viaStride2.output).toBe((2 - 1) * 2 + 3);
    expect(fiveByFive.viaStride1.output).toBe((3 - 1) * 1 + 3);
    expect([fiveByFive.viaStride2.output, fiveByFive.viaStride1.output]).toEqual([5, 5]);
    expect(crop.uncropped).toBe((16 - 1) * 2 + 4);
    expect(crop.cropped).toBe(crop.uncropped - 2 * crop.padding);
    expect(crop.cropped).toBe(2 * crop.size);
    const forward = (i: number) => Math.floor((i + 2 * 1 - 3) / 2) + 1;
    const shared = Array.from({ length: 30 }, (_, i) => i + 1).filter((i) => forward(i) === 5);
    expect(outputPadding.shared).toEqual(shared);
    expect(outputPadding.shared).toEqual([9, 10]);
    expect(outputPadding.back).toBe(9);
    expect(outputPadding.backPadded).toBe(10);
  });

  it('the matrix view: C, y = Cx, Cᵀy and CᵀC multiplied out by hand', () => {
    const { C, x, y, back, CtC, outputSize } = facts.matrix;
    expect(C).toEqual([
      [1, 2, 1, 0],
      [0, 1, 2, 1],
    ]);
    expect(outputSize).toBe(2);
    expect(y).toEqual([1 * 1 + 2 * 0 + 1 * 2, 1 * 0 + 2 * 2 + 1 * 1]);
    expect(back).toEqual([0, 1, 2, 3].map((j) => C[0][j] * y[0] + C[1][j] * y[1]));
    expect(back).toEqual(scatterSum(y, facts.matrix.kernel, 1));
    expect(back).not.toEqual(x);
    expect(CtC).toEqual([
      [1, 2, 1, 0],
      [2, 5, 4, 1],
      [1, 4, 5, 2],
      [0, 1, 2, 1],
    ]);
  });

  it('zero insertion: [2, 0, 5] padded by 2 and convolved with the flipped kernel equals the stride-2 stamping', () => {
    const z = facts.zeroInsertion;
    expect(z.padded).toEqual([0, 0, 2, 0, 5, 0, 0]);
    expect(z.result).toEqual(scatterSum(facts.oneD.input, facts.oneD.kernel, 2));
    expect(z.result).toEqual(facts.oneD.stride2);
  });

  it('the ×2 bilinear kernel (K = 4) is the tent 0.25, 0.75, 0.75, 0.25 and gives every cell weight 1', () => {
    expect(facts.bilinear.tent).toEqual(tent(4));
    expect(facts.bilinear.tent).toEqual([0.25, 0.75, 0.75, 0.25]);
    expect([facts.bilinear.factor, facts.bilinear.centre]).toEqual([2, 1.5]);
    expect(facts.bilinear.phaseSums).toEqual([0.25 + 0.75, 0.75 + 0.25]);
  });

  it('overlap counts: k = 3 alternates 1 and 2 inside; k = 4 gives 2 inside but 1 on the border row (4, 2, 1 in 2-D)', () => {
    const { even, uneven, inputSize } = facts.checkerboard;
    expect(even.row).toEqual(stampsPerCell(inputSize, 4, 2, 1, 0));
    expect(uneven.row).toEqual(stampsPerCell(inputSize, 3, 2, 1, 1));
    expect(even.row).toEqual([1, 2, 2, 2, 2, 2, 2, 1]);
    expect(even.interior).toEqual([2]);
    expect(even.border).toEqual([1]);
    expect(even.interior2d).toEqual([4]);
    expect([even.edge2d, even.corner2d]).toEqual([2, 1]);
    expect(uneven.interior).toEqual([1, 2]);
    expect(uneven.interior2d).toEqual([1, 2, 4]);
  });

  it('flat interiors: ones only for even k; bilinear for k = 2, 3, 4, 6 (its tap sums per parity agree)', () => {
    const paritySums = (w: number[]) => [0, 1].map((p) => w.filter((_, i) => i % 2 === p).reduce((a, b) => a + b, 0));
    const flat = (w: number[]) => {
      const [a, b] = paritySums(w);
      return Math.abs(a - b) < 1e-12;
    };
    const { kernelSizes, flatOnes, flatBilinear, bilinear3, ones3 } = facts.checkerboard;
    expect(flatOnes).toEqual(kernelSizes.filter((k) => flat(new Array<number>(k).fill(1))));
    expect(flatBilinear).toEqual(kernelSizes.filter((k) => flat(tent(k))));
    expect(flatOnes).toEqual([2, 4, 6]);
    expect(flatBilinear).toEqual([2, 3, 4, 6]);
    expect(bilinear3.tent).toEqual([0.5, 1, 0.5]);
    expect(bilinear3.phaseSums).toEqual([1, 1, 1, 1]);
    expect(ones3.phaseSums).toEqual([4, 2, 2, 1]);
  });

  it('check-yourself answers: 7 → 14 with k4 s2 p1; a k3 s2 p1 convolution maps 10 to 5', () => {
    expect(facts.quiz.doubled.output).toBe((7 - 1) * 2 - 2 * 1 + 4);
    expect(facts.quiz.doubled.output).toBe(14);
    expect(facts.quiz.forward.output).toBe(Math.floor((10 + 2 - 3) / 2) + 1);
  });
});
