// The stage panels' predicted sizes agree with the maps the real model (src/tf/fcn/model.ts) returns.
import { beforeAll, describe, expect, it } from 'vitest';
import { croppedCells, poolSizes, stagePanels } from '../../../src/lib/fcn/stages';
import { FCN_VARIANTS } from '../../../src/lib/fcn/variants';
import type { FcnConfig } from '../../../src/lib/fcn/config';
import { createFcnWeights, forwardFcn, type FcnWeights } from '../../../src/tf/fcn/model';
import { cpuTf } from '../helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
const tiny: FcnConfig = { widthDivisor: 32, fcWidth: 4, numClasses: 2 };
let tf: Tf;
let weights: FcnWeights;

beforeAll(async () => {
  tf = await cpuTf();
  weights = {
    ...createFcnWeights(tiny, 3, 'fcn32s'),
    ...createFcnWeights(tiny, 3, 'fcn16s'),
    ...createFcnWeights(tiny, 3, 'fcn8s'),
  };
});

describe('poolSizes(height, width)', () => {
  it('poolSizes(136, 100) halves five times, rounding up', () => {
    expect(poolSizes(136, 100)).toEqual([
      [68, 50],
      [34, 25],
      [17, 13],
      [9, 7],
      [5, 4],
    ]);
  });
});

describe('stagePanels(variant, height, width)', () => {
  it('stagePanels(fcn8s, 128, 128) crops nothing: every map lines up', () => {
    for (const panel of stagePanels('fcn8s', 128, 128)) expect(croppedCells(panel), panel.name).toEqual([0, 0]);
  });

  it('stagePanels(fcn8s, 100, 100) crops one cell at each join and 4 px at the end', () => {
    const crops = Object.fromEntries(stagePanels('fcn8s', 100, 100).map((p) => [p.name, croppedCells(p)]));
    expect(crops.upscore2).toEqual([1, 1]);
    expect(crops.upscore_pool4).toEqual([1, 1]);
    expect(crops.upscore8).toEqual([4, 4]);
  });

  it.each([
    [136, 136],
    [97, 131],
    [128, 64],
  ])('every panel of every variant at %i×%i has the size of the map forwardFcn returns', (h, w) => {
    const image = tf.randomUniform([h, w, 3], 0, 255);
    for (const variant of FCN_VARIANTS) {
      const { logits, stages } = forwardFcn(weights, image, variant, { returnStages: true });
      for (const panel of stagePanels(variant, h, w)) {
        const map = stages?.[panel.name];
        expect(map, `${variant} ${panel.name}`).toBeDefined();
        expect(map?.shape.slice(0, 2), `${variant} ${panel.name}`).toEqual(panel.size);
      }
      tf.dispose([logits, ...Object.values(stages ?? {})]);
    }
    image.dispose();
  });
});
