import { describe, expect, it } from 'vitest';
import { cropRuleOffset, predictionShift } from '../../../src/lib/fcn/crop-rules';
import { fcnLayout } from '../../../src/lib/fcn/geometry';

describe('cropRuleOffset(rule, alignedOffset, { cut, reference })', () => {
  it('aligned keeps the coordinate-map offset, top-left 0, centred ⌊(cut − reference)/2⌋', () => {
    const axis = { cut: 544, reference: 500 };
    expect(cropRuleOffset('aligned', 19, axis)).toBe(19);
    expect(cropRuleOffset('top-left', 19, axis)).toBe(0);
    expect(cropRuleOffset('centred', 19, axis)).toBe(22);
    expect(cropRuleOffset('centred', 19, { cut: 545, reference: 500 })).toBe(22);
  });
});

describe('predictionShift(rule, alignedOffset, axis, scale)', () => {
  it('caffe FCN-32s at 500²: a top-left crop moves the prediction 19 px down/right, a centred one 3 px up/left', () => {
    const layout = fcnLayout({ variant: 'fcn32s', height: 500, width: 500, design: 'caffe' });
    const crop = layout.crops[0];
    const upscore = layout.layers.find((l) => l.name === 'upscore');
    const axis = { cut: upscore?.height ?? 0, reference: 500 };
    expect(predictionShift('top-left', crop.alignedOffset, axis)).toBe(19);
    expect(predictionShift('centred', crop.alignedOffset, axis)).toBe(-3);
    expect(predictionShift('aligned', crop.alignedOffset, axis)).toBe(0);
  });

  it("a skip crop counts in the cut blob's pixels: offset 5 at scale 16 is 80 input pixels", () => {
    expect(predictionShift('top-left', 5, { cut: 44, reference: 34 }, 16)).toBe(80);
  });

  it("the centred crop's error changes with the input size while the aligned offset does not", () => {
    const shifts = [500, 512, 640].map((size) => {
      const layout = fcnLayout({ variant: 'fcn32s', height: size, width: size, design: 'caffe' });
      const upscore = layout.layers.find((l) => l.name === 'upscore');
      return predictionShift('centred', layout.crops[0].alignedOffset, { cut: upscore?.height ?? 0, reference: size });
    });
    expect(new Set(shifts).size).toBeGreaterThan(1);
  });
});
