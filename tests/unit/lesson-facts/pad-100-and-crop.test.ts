// The pad-100-and-crop lesson's facts, checked by other routes: sizes recomputed with plain formulas in loops (no
// fcn/geometry.ts, no conv/arithmetic.ts), the crop offsets against the numbers written in the reference prototxts
// (shelhamer/fcn.berkeleyvision.org: crop offsets 19; 5 and 27; 5, 9 and 31), pool rounding by counting window
// starts, and the failing sizes by an independent re-implementation of the three Caffe heads.
import { describe, expect, it } from 'vitest';
import { facts, pooledSide, POOL_SETTINGS } from '../../../src/lib/lesson-facts/pad-100-and-crop';

const conv = (i: number, k: number, p: number): number => i + 2 * p - k + 1;
/** Windows of 2 at stride 2 that start inside the input (Caffe, ceil_mode, 'SAME') or fit whole ('VALID', floor). */
function windows(i: number, roundUp: boolean): number {
  let count = 0;
  for (let x = 0; x < i; x += 2) if (roundUp || x + 2 <= i) count += 1;
  return count;
}
const up = (i: number, k: number, s: number): number => (i - 1) * s + k;

/** Caffe FCN-8s/16s/32s with pad 100, by hand: pools 1–5 and whether every crop fits, for a square side n. */
function caffeByHand(n: number, roundUp: boolean) {
  const pools: number[] = [];
  let side = conv(n, 3, 100);
  for (let k = 0; k < 5; k++) pools.push((side = windows(side, roundUp)));
  const fc6 = side - 6;
  if (fc6 < 1) return { pools, fc6, ok: { fcn32s: false, fcn16s: false, fcn8s: false } };
  const upscore2 = up(fc6, 4, 2);
  const fits16 = 5 + upscore2 <= pools[3];
  const upscorePool4 = up(upscore2, 4, 2);
  return {
    pools,
    fc6,
    upscore: up(fc6, 64, 32),
    ok: {
      fcn32s: 19 + n <= up(fc6, 64, 32),
      fcn16s: fits16 && 27 + n <= up(upscore2, 32, 16),
      fcn8s: fits16 && 9 + upscorePool4 <= pools[2] && 31 + n <= up(upscorePool4, 16, 8),
    },
  };
}

describe('pad-100-and-crop lesson facts', () => {
  it("fc6 is VGG16's 7×7×512 → 4096 layer: 25,088 inputs, 102,760,448 weights", () => {
    expect(facts.fc6).toMatchObject({
      kernelSize: 7,
      inChannels: 512,
      outChannels: 4096,
      inputs: 25_088,
      weights: 102_760_448,
      shrink: 6,
    });
  });

  it('VGG16 at 224 leaves pool5 7×7 and fc6 1×1; a plainly padded port at 500 leaves 16 and 10 and needs ≥ 193 px', () => {
    let side = 224;
    for (let k = 0; k < 5; k++) side = windows(side, true);
    expect(facts.vgg).toEqual({ side: 224, pool5: side, fc6: side - 6 });
    let plain = 500;
    for (let k = 0; k < 5; k++) plain = windows(plain, true);
    expect(facts.plain.pool5).toBe(plain);
    expect(facts.plain.fc6).toBe(plain - 6);
    expect(Math.ceil(192 / 32)).toBeLessThan(7);
    expect(facts.plain.smallestSide).toBe(193);
  });

  it('Caffe at 500×500: 698, pools 349/175/88/44/22, fc6 16, upscore 544; the border could be as small as 97', () => {
    const hand = caffeByHand(500, true);
    expect(facts.caffe500).toMatchObject({
      conv1_1: 698,
      pool1: hand.pools[0],
      pool2: hand.pools[1],
      pool3: hand.pools[2],
      pool4: hand.pools[3],
      pool5: hand.pools[4],
      fc6: hand.fc6,
      upscore: hand.upscore,
      ok: true,
    });
    expect(facts.upscoreSize).toBe(544);
    expect(facts.border.onePixel).toEqual({ pool5: caffeByHand(1, true).pools[4], fc6: caffeByHand(1, true).fc6 });
    expect(caffeByHand(1, true).fc6).toBeGreaterThanOrEqual(1);
    // With a border of 96 a 1×1 image reaches pool5 6×6 (too small for fc6); with 97, 7×7.
    const pool5With = (border: number) => {
      let s = 1 + 2 * border - 2;
      for (let k = 0; k < 5; k++) s = windows(s, true);
      return s;
    };
    expect([pool5With(96), pool5With(97)]).toEqual([6, 7]);
    expect(facts.border.smallestForOnePixel).toBe(97);
  });

  it("the crop offsets are the reference prototxts' 19; 5, 27; 5, 9, 31, and the final ones move one for one with the border", () => {
    expect(facts.offsets).toEqual({
      fcn32s: { score: 19 },
      fcn16s: { score_pool4c: 5, score: 27 },
      fcn8s: { score_pool4c: 5, score_pool3c: 9, score: 31 },
    });
    const border = facts.conv1_1.padding;
    expect(border + facts.offsetsWithoutBorder.fcn32s.score).toBe(19);
    expect(border + facts.offsetsWithoutBorder.fcn16s.score).toBe(27);
    expect(border + facts.offsetsWithoutBorder.fcn8s.score).toBe(31);
    expect([facts.offsetsWithoutBorder.fcn8s.score_pool4c, facts.offsetsWithoutBorder.fcn8s.score_pool3c]).toEqual([
      5, 9,
    ]);
    // upscore's pixel 0 by composing by hand: conv1_1 −99, five pools add 0.5·(1+2+4+8+16), fc6 adds 32·3, upscore subtracts 63/2.
    expect(-99 + 0.5 * 31 + 32 * 3 - 63 / 2).toBe(facts.upscoreOffset);
    expect(facts.pool4Misplaced).toBe(5 * 16);
  });

  it('a centred crop starts at ⌊(544 − 500)/2⌋ = 22 (3 px off) and at ⌊(576 − 512)/2⌋ = 32 (13 px off)', () => {
    expect(facts.centred.example).toEqual({ upscore: 544, start: 22, shift: 19 - 22 });
    expect(facts.centred.multipleOf32).toEqual({ upscore: caffeByHand(512, true).upscore, start: 32, shift: 19 - 32 });
  });

  it("pool rounding: Caffe, ceil_mode and SAME count windows that start inside; PyTorch's default and VALID only whole ones", () => {
    for (let i = 1; i <= 2048; i++) {
      for (const setting of POOL_SETTINGS) {
        const roundUp = setting === 'caffe' || setting === 'pytorchCeil' || setting === 'tfSame';
        expect(pooledSide(setting, i)).toBe(windows(i, roundUp));
      }
      // TensorFlow's documented sizes: VALID ⌈(i − k + 1)/s⌉, SAME ⌈i/s⌉.
      if (i >= 2) expect(pooledSide('tfValid', i)).toBe(Math.ceil((i - 2 + 1) / 2));
      expect(pooledSide('tfSame', i)).toBe(Math.ceil(i / 2));
    }
    expect(facts.rounding.caffe).toEqual({ roundsUp: true, oddInput: 349, oddOutput: 175, pool5: 22 });
    expect(facts.rounding.tfSame).toEqual(facts.rounding.caffe);
    expect(facts.rounding.pytorchCeil).toEqual(facts.rounding.caffe);
    expect(facts.rounding.pytorch).toEqual({
      roundsUp: false,
      oddInput: 349,
      oddOutput: 174,
      pool5: caffeByHand(500, false).pools[4],
    });
    expect(facts.rounding.tfValid).toEqual(facts.rounding.pytorch);
  });

  it('floor pools: 500×500 gets upscore 512 < 19 + 500; 512×512 fits; 1×1 runs out at fc6 (pool5 6×6)', () => {
    const h500 = caffeByHand(500, false);
    expect(facts.floor.example).toMatchObject({
      pool5: h500.pools[4],
      fc6: h500.fc6,
      upscore: h500.upscore,
      ok: false,
      rowsNeeded: 519,
    });
    expect(h500.upscore).toBeLessThan(519);
    expect(facts.floor.multipleOf32).toMatchObject({ ok: true, upscore: caffeByHand(512, false).upscore });
    expect(facts.floor.onePixel).toMatchObject({
      ok: false,
      emptyLayer: 'fc6',
      emptyInput: caffeByHand(1, false).pools[4],
    });
    // FCN-8s still fits: fc6 15 → upscore2 32 → upscore_pool4 66 → upscore8 (66 − 1)·8 + 16 = 536 ≥ 31 + 500.
    expect(caffeByHand(500, false).ok.fcn8s).toBe(true);
    expect(facts.floor.fcn8sExample).toEqual({
      side: 500,
      upscore8: up(up(up(h500.fc6, 4, 2), 4, 2), 16, 8),
      rowsNeeded: 531,
      ok: true,
    });
  });

  it('sides 1–1024 that fail in some head: 0 with ceil, 397 with floor (Caffe); 0 in our design', () => {
    const failing = (roundUp: boolean) => {
      let count = 0;
      for (let n = 1; n <= 1024; n++) if (!Object.values(caffeByHand(n, roundUp).ok).every(Boolean)) count += 1;
      return count;
    };
    expect(facts.failing.caffeCeil).toBe(failing(true));
    expect(facts.failing.caffeFloor).toBe(failing(false));
    expect(facts.failing.oursCeil).toBe(0);
  });

  it('the simple port and our design pad their transposed convolutions by (k − s)/2, so every crop offset is 0', () => {
    for (const design of [facts.port, facts.ours]) {
      expect(design.deconvs.map((d) => [d.name, d.padding])).toEqual([
        ['upscore', 16],
        ['upscore2', 1],
        ['upscore16', 8],
        ['upscore_pool4', 1],
        ['upscore8', 4],
      ]);
      expect(Object.values(design.offsets).every((o) => o === 0)).toBe(true);
    }
    // The port's FCN-32s and 16s return 32·⌈500/32⌉ = 512 rows, uncropped.
    expect([facts.port.fcn32s, facts.port.fcn16s]).toEqual([32 * Math.ceil(500 / 32), 32 * Math.ceil(500 / 32)]);
    expect(facts.ours.exactAt512).toBe(true);
    // 500 → pool3 ⌈500/8⌉ = 63, pool4 32 → upscore_pool4 64 → 63; upscore8 63·8 = 504 → 500.
    expect(facts.ours.trimsAt500).toEqual([
      { name: 'upscore_pool4c', from: 2 * Math.ceil(500 / 16), to: Math.ceil(500 / 8) },
      { name: 'score', from: 8 * Math.ceil(500 / 8), to: 500 },
    ]);
  });

  it('check yourself: Caffe FCN-32s at 224×224 gives pool5 14, fc6 8, upscore 288', () => {
    const hand = caffeByHand(224, true);
    expect(facts.check224).toMatchObject({ pool5: hand.pools[4], fc6: hand.fc6, upscore: hand.upscore, ok: true });
    expect([hand.pools[4], hand.fc6, hand.upscore]).toEqual([14, 8, 288]);
  });
});
