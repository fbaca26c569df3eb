import { describe, expect, it } from 'vitest';
import {
  centredCropShift,
  cropOffsetsWithBorder,
  failingSizes,
  sizeOf,
  smallestBorderForOnePixel,
  smallestInputFor,
  traceSquare,
} from '../../../src/lib/fcn/size-facts';

describe('failingSizes(design, rounding)', () => {
  it('with ceil pools no size from 1 to 1024 fails in any design', () => {
    expect(failingSizes('caffe', 'ceil')).toEqual([]);
    expect(failingSizes('ours', 'ceil')).toEqual([]);
    expect(failingSizes('seed', 'ceil')).toEqual([]);
  });
  it('with floor pools Caffe fails at 500 (the crop) and at 1 (fc6), but not at 512', () => {
    const failing = failingSizes('caffe', 'floor');
    expect(failing).toContain(500);
    expect(failing).toContain(1);
    expect(failing).not.toContain(512);
  });
  it('with floor pools the padded designs only fit multiples of 32', () => {
    expect(failingSizes('ours', 'floor', 128)).toEqual(
      Array.from({ length: 128 }, (_, i) => i + 1).filter((n) => n % 32 !== 0),
    );
  });
});

describe('smallestInputFor(design, layer, minimum)', () => {
  it("without the 100-pixel border, pool5 reaches 7×7 (fc6's window) from 193 pixels", () => {
    expect(smallestInputFor('seed', 'pool5', 7)).toBe(193);
    expect(sizeOf(traceSquare('fcn32s', 'seed', 192), 'pool5')).toBe(6);
  });
});

describe('smallestBorderForOnePixel(fc6KernelSize)', () => {
  it('a 1×1 image needs conv1_1 padding 97 for pool5 to reach 7; 100 is enough', () => {
    expect(smallestBorderForOnePixel(7)).toBe(97);
    expect(sizeOf(traceSquare('fcn32s', 'caffe', 1), 'pool5')).toBeGreaterThanOrEqual(7);
  });
});

describe('centredCropShift(size)', () => {
  it('is −3 at 500 (centre 22 vs 19) and −13 at 512 (centre 32)', () => {
    expect(centredCropShift(500)).toBe(-3);
    expect(centredCropShift(512)).toBe(-13);
  });
});

describe('cropOffsetsWithBorder(variant, border)', () => {
  it('border 100 gives the reference offsets; the skip offsets never change, the final one moves one for one', () => {
    expect(cropOffsetsWithBorder('fcn8s', 100)).toEqual({ score_pool4c: 5, score_pool3c: 9, score: 31 });
    expect(cropOffsetsWithBorder('fcn8s', 0)).toEqual({ score_pool4c: 5, score_pool3c: 9, score: -69 });
    expect(cropOffsetsWithBorder('fcn32s', 81)).toEqual({ score: 0 });
    expect(cropOffsetsWithBorder('fcn16s', 100)).toEqual({ score_pool4c: 5, score: 27 });
  });
});
