// The home page's facts, checked by other routes: the pipeline sizes by hand-rolled Caffe arithmetic and the
// VGG paper's configuration D, the model's numbers recomputed from evaluation.json's confusion matrix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facts, pct } from '../../../src/lib/lesson-facts/index';

const evaluation = JSON.parse(readFileSync(new URL('../../../public/models/evaluation.json', import.meta.url), 'utf8'));

describe('home page facts', () => {
  it('VGG16 (configuration D): blocks of 2, 2, 3, 3, 3 convolutions, each pool doubling the stride', () => {
    expect(facts.blocks.map((b) => b.convs)).toEqual([2, 2, 3, 3, 3]);
    expect(facts.blocks.map((b) => b.stride)).toEqual([1, 2, 3, 4, 5].map((b) => 2 ** b));
    expect(facts.blocks.map((b) => b.pool)).toEqual(['pool1', 'pool2', 'pool3', 'pool4', 'pool5']);
    expect(facts.fc6).toEqual({ kernelSize: 7, outChannels: 4096 });
    expect(facts.fc7).toEqual({ kernelSize: 1, outChannels: 4096 });
    // a 224 image halves five times to 7; fc6 of the classifier reads 7·7·512 = 25,088 numbers
    expect(facts.vgg.pool5).toEqual([224 / 32, 224 / 32, 512]);
    expect(facts.vgg.fc6Inputs).toBe(25088);
  });

  it('a 500×500 image: pad 100 and ceil pools give pool5 22, fc6 16 at stride 32, and a 500×500 label map', () => {
    let side = 500 + 2 * 100 - 3 + 1; // conv1_1: 3×3, pad 100; the other 3×3 convs keep the size
    for (let b = 0; b < 5; b++) side = Math.ceil((side - 2) / 2) + 1; // 2×2/2 pools, Caffe's ceil
    expect(side).toBe(22);
    expect(facts.scoreSize).toBe(side - 7 + 1); // fc6: 7×7, pad 0
    expect(facts.scoreSize).toBe(16);
    expect(facts.scoreStride).toBe(32);
    expect(facts.outputSize).toBe(facts.input);
  });

  it('FCN-32s, 16s and 8s: upsampling strides multiply to 32, skips from pool4 then pool3', () => {
    const [v32, v16, v8] = facts.variants;
    expect(v32).toMatchObject({ variant: 'fcn32s', upsampleStrides: [32], skips: [], predictionStride: 32 });
    expect(v16).toMatchObject({ variant: 'fcn16s', upsampleStrides: [2, 16], skips: ['pool4'], predictionStride: 16 });
    expect(v8).toMatchObject({
      variant: 'fcn8s',
      upsampleStrides: [2, 2, 8],
      skips: ['pool4', 'pool3'],
      predictionStride: 8,
    });
    for (const v of facts.variants) expect(v.upsampleStrides.reduce((a, b) => a * b, 1)).toBe(32);
  });

  it('class counts and the example shapes', () => {
    expect(facts.vocClasses).toBe(21);
    expect(facts.ourClasses).toBe(evaluation.classes.length);
    expect(facts.example.scoreShape).toEqual([300, 400, 21]);
    expect(facts.example.labelShape).toEqual([300, 400]);
  });

  it("the shipped FCN-8s's numbers agree with its summed confusion matrix", () => {
    const m = evaluation.models.fcn8s;
    const confusion: number[][] = m.confusion;
    let total = 0;
    let diagonal = 0;
    let objects = 0;
    let asBackground = 0;
    let right = 0;
    confusion.forEach((row, t) =>
      row.forEach((count, p) => {
        total += count;
        if (t === p) diagonal += count;
        if (t > 0) {
          objects += count;
          if (p === 0) asBackground += count;
          if (p === t) right += count;
        }
      }),
    );
    expect(facts.model).not.toBeNull();
    expect(facts.model!.pixelAccuracy).toBeCloseTo(diagonal / total, 4);
    expect(facts.model!.missed).toBeCloseTo(asBackground / objects, 10);
    expect(facts.model!.wrongClass).toBeCloseTo((objects - right - asBackground) / objects, 10);
    expect(facts.model!.scenes * evaluation.sceneSize[0] * evaluation.sceneSize[1]).toBe(total);
    expect(facts.model!.boundaryAccuracy).toBe(m.boundaryAccuracy);
    // edges are harder than the average pixel: the home page's check question depends on it
    expect(facts.model!.boundaryAccuracy!).toBeLessThan(facts.model!.pixelAccuracy);
  });

  it('pct formats a fraction with one decimal by default', () => {
    expect(pct(0.8826)).toBe('88.3%');
    expect(pct(0.5, 0)).toBe('50%');
  });
});
