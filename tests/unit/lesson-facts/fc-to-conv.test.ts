// The fc-to-conv lesson's facts, checked by other routes: counts multiplied out by hand; the weight layouts by
// running a small dense layer and the convolution made from its weights, in plain loops, in both memory orders
// (a flat copy for channels-first, a reshape for channels-last, the stated permutation between them); answer
// maps by halving with rounding up; the field of one answer against the FCN paper's Table 1 (rf size 404).
import { describe, expect, it } from 'vitest';
import { facts } from '../../../src/lib/lesson-facts/fc-to-conv';

/** A deterministic pseudo-random list (no dependence on src/lib). */
const numbers = (n: number, seed: number): number[] =>
  Array.from({ length: n }, (_, i) => Math.sin(seed * 97 + i * 13.37) * 0.5);

/** Row-major index of `index` in an array of `shape`. */
const at = (shape: readonly number[], index: readonly number[]): number =>
  index.reduce((flat, v, axis) => flat * shape[axis] + v, 0);

/** Permute a row-major array: out axis a is in axis perm[a] (numpy's transpose). */
function permute(values: readonly number[], shape: readonly number[], perm: readonly number[]): number[] {
  const outShape = perm.map((p) => shape[p]);
  const out = new Array<number>(values.length);
  const index = new Array<number>(shape.length).fill(0);
  for (let flat = 0; flat < values.length; flat++) {
    let rest = flat;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      index[axis] = rest % shape[axis];
      rest = Math.floor(rest / shape[axis]);
    }
    out[
      at(
        outShape,
        perm.map((p) => index[p]),
      )
    ] = values[flat];
  }
  return out;
}

describe('fc-to-conv lesson facts', () => {
  it('fc6: 4096 outputs × 25,088 = 7·7·512 inputs, 102,764,544 numbers as a dense layer or a 7×7 convolution', () => {
    expect(facts.classifier.inputs).toBe(7 * 7 * 512);
    expect(facts.classifier.fc6Dense).toBe(4096 * 25_088 + 4096);
    expect(facts.classifier.fc6Conv).toBe(facts.classifier.fc6Dense);
    expect(facts.classifier.fc7Conv).toBe(4096 * 4096 + 4096);
    expect(facts.layouts.channelsFirst.dense).toEqual([4096, 25_088]);
    expect(facts.layouts.channelsLast.dense).toEqual([25_088, 4096]);
  });

  it('channels-first weights copy flat into [out, in, kh, kw]; channels-last ones reshape to [kh, kw, in, out]; the permutation links them', () => {
    const [h, w, c, o] = [2, 3, 4, 5];
    const map = numbers(h * w * c, 1); // channels-last map, [h, w, c]
    const chw = permute(map, [h, w, c], [2, 0, 1]); // the same map channels-first, [c, h, w]
    // A dense layer in Caffe/PyTorch: W is [o, c·h·w], its inputs the channels-first flattening.
    const dense = numbers(o * c * h * w, 2);
    const want = Array.from({ length: o }, (_, out) =>
      chw.reduce((sum, x, i) => sum + dense[out * chw.length + i] * x, 0),
    );
    // The same numbers read flat as a Caffe kernel [o, c, kh, kw], convolved once over the map.
    const caffeConv = Array.from({ length: o }, (_, out) => {
      let sum = 0;
      for (let ch = 0; ch < c; ch++)
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++) {
            sum += dense[at([o, c, h, w], [out, ch, y, x])] * map[at([h, w, c], [y, x, ch])];
          }
      return sum;
    });
    caffeConv.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
    // Into a channels-last kernel [kh, kw, in, out] the axes must move: the facts' permutation.
    const tfKernel = permute(dense, [o, c, h, w], facts.layouts.firstToLast);
    const tfConv = Array.from({ length: o }, (_, out) => {
      let sum = 0;
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++)
          for (let ch = 0; ch < c; ch++) {
            sum += tfKernel[at([h, w, c, o], [y, x, ch, out])] * map[at([h, w, c], [y, x, ch])];
          }
      return sum;
    });
    tfConv.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
    // A Keras/tfjs dense kernel [h·w·c, o] on the channels-last flattening is that kernel already, unmoved.
    const keras = permute(tfKernel, [h * w * c, o], [0, 1]);
    const kerasOut = Array.from({ length: o }, (_, out) => map.reduce((sum, x, i) => sum + keras[i * o + out] * x, 0));
    kerasOut.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
    // And the shapes the lesson prints follow the same permutation.
    const { channelsFirst, channelsLast, firstToLast } = facts.layouts;
    expect(firstToLast.map((a) => channelsFirst.conv[a])).toEqual(channelsLast.conv);
    expect(channelsLast.conv).toEqual([7, 7, 512, 4096]);
  });

  it('with an unpadded 7×7 fc6, 224, 384 and 500 pixels give 1, 6 and 10 answers a side; at least 193 pixels are needed', () => {
    const pool5 = (side: number) => [1, 2, 3, 4, 5].reduce((s) => Math.ceil(s / 2), side);
    expect(facts.answers.sides).toEqual(
      [224, 384, 500].map((side) => ({ side, pool5: pool5(side), answers: pool5(side) - 7 + 1 })),
    );
    expect(facts.answers.sides.map((s) => s.answers)).toEqual([1, 6, 10]);
    expect(facts.answers.smallestSide).toBe(193);
    expect(pool5(192)).toBe(6);
  });

  it("one answer sees 404 pixels (the FCN paper's rf size for FCN-VGG16), and answers are 2⁵ = 32 pixels apart", () => {
    expect(facts.answers.field).toBe(404);
    expect(facts.answers.jump).toBe(2 ** 5);
  });

  it('the score layer (1×1, 4096 → 21) keeps 86,037 parameters while its multiply-adds grow with the map', () => {
    expect(facts.scoreLayer.parameters).toBe(4096 * 21 + 21);
    expect(facts.scoreLayer.small).toEqual({ side: 1, multiplyAdds: 4096 * 21 });
    expect(facts.scoreLayer.large).toEqual({ side: 10, multiplyAdds: 100 * 4096 * 21 });
  });

  it('our network answers 5 × 5 on the 160-pixel heat-map scene: ⌈160 / 32⌉, fc6 padded to keep the size', () => {
    expect(facts.heatmap).toEqual({ scene: 160, scoreSide: Math.ceil(160 / 32), classes: 6, stride: 32 });
  });

  it('a kernel fits any input at least as large as itself: o = i − k + 1, nothing when i < k', () => {
    const out = (i: number, k: number) => Math.max(0, i - k + 1);
    expect(facts.kernelFits).toEqual({
      oneByOneOnOne: out(1, 1),
      threeOnTwo: out(2, 3),
      threeOnThree: out(3, 3),
      sevenOnSix: out(6, 7),
    });
  });

  it('check-yourself answers', () => {
    expect(facts.quiz.widget).toEqual({ h: 4, w: 3, H: 9, W: 7, answers: [9 - 4 + 1, 7 - 3 + 1] });
    expect(facts.quiz.oneByOne.parameters).toBe(256 * 64 + 64);
    expect(facts.quiz.oneByOne.small.multiplyAdds).toBe(10 * 10 * 256 * 64);
    expect(facts.quiz.oneByOne.large.multiplyAdds).toBe(300 * 200 * 256 * 64);
    expect(facts.quiz.dense.parameters).toBe(5 * 5 * 16 * 10 + 10);
    expect(facts.quiz.wide.answers).toEqual([9 - 5 + 1, 12 - 5 + 1]);
  });
});
