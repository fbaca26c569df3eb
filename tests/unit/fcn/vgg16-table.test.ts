// VGG16 layer by layer for any input size: shapes, parameters (138,357,544 in all), multiply-adds, receptive
// field and stride; and the predicted shapes against our narrow network really run in tfjs (cpu backend).
import type { Tensor4D } from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/lib/random';
import { tableTotal, vgg16Table, type Vgg16Row } from '../../../src/lib/fcn/vgg16-table';
import { blockWidths, SHIPPED_CONFIG } from '../../../src/lib/fcn/config';
import { createFcnWeights, disposeWeights, forwardFcn } from '../../../src/tf/fcn/model';
import { backboneForward, measureShapes } from '../../../src/tf/vgg-run';
import { cpuTf } from '../helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
let tf: Tf;
beforeAll(async () => {
  tf = await cpuTf();
});

function rowsOf(height: number, width: number, options = {}): Vgg16Row[] {
  const table = vgg16Table(height, width, options);
  if (!table.ok) throw new Error(table.reason);
  return table.rows;
}
const byName = (rows: Vgg16Row[], name: string): Vgg16Row => rows.find((r) => r.name === name)!;

describe('vgg16Table(224, 224)', () => {
  const rows = rowsOf(224, 224);
  it('has the input, 13 convs, 5 pools, fc6, fc7, fc8', () => {
    expect(rows).toHaveLength(22);
    expect(rows.filter((r) => r.kind === 'conv')).toHaveLength(16);
    expect(rows.filter((r) => r.kind === 'pool')).toHaveLength(5);
  });
  it('learns 138,357,544 parameters in all, 102,764,544 of them in fc6', () => {
    expect(tableTotal(rows, 'parameters')).toBe(138_357_544);
    expect(byName(rows, 'fc6').parameters).toBe(7 * 7 * 512 * 4096 + 4096);
    expect(
      tableTotal(
        rows.filter((r) => r.name.startsWith('conv')),
        'parameters',
      ),
    ).toBe(14_714_688);
  });
  it('halves 224 five times to 7 at pool5, and conv1_1 is conv3-64 with 1,792 parameters', () => {
    expect(byName(rows, 'pool5').shape).toEqual([7, 7, 512]);
    expect(byName(rows, 'conv1_1')).toMatchObject({ notation: 'conv3-64', parameters: 1792, shape: [224, 224, 64] });
  });
  it('counts conv1_2 multiply-adds as 224·224·9·64·64 and ~15.5 G for the 13 convs', () => {
    expect(byName(rows, 'conv1_2').multiplyAdds).toBe(224 * 224 * 9 * 64 * 64);
    const convs = tableTotal(
      rows.filter((r) => r.name.startsWith('conv')),
      'multiplyAdds',
    );
    expect(convs / 1e9).toBeCloseTo(15.35, 1);
  });
  it('gives the classic receptive fields: conv1_2 5, pool1 6, conv5_3 196, pool5 212 with stride 32', () => {
    expect(byName(rows, 'conv1_2').receptiveField).toBe(5);
    expect(byName(rows, 'pool1').receptiveField).toBe(6);
    expect(byName(rows, 'conv5_3').receptiveField).toBe(196);
    expect([byName(rows, 'pool5').receptiveField, byName(rows, 'pool5').stride]).toEqual([212, 32]);
    expect(byName(rows, 'fc6').receptiveField).toBe(212 + 6 * 32);
  });
  it('with the reference fc6 (pad 0) the 7×7 pool5 gives a 1×1 fc6: the classifier, one answer', () => {
    expect(byName(rowsOf(224, 224, { fc6Padding: 0 }), 'fc8').shape).toEqual([1, 1, 1000]);
    expect(byName(rowsOf(384, 384, { fc6Padding: 0 }), 'fc8').shape).toEqual([6, 6, 1000]);
  });
});

describe('vgg16Table for odd sizes', () => {
  it('rounds pools up: 225 → 113 → 57 → 29 → 15 → 8, and parameters do not depend on the size', () => {
    const rows = rowsOf(225, 97);
    expect(['pool1', 'pool2', 'pool3', 'pool4', 'pool5'].map((n) => byName(rows, n).shape[0])).toEqual([
      113, 57, 29, 15, 8,
    ]);
    expect(byName(rows, 'pool5').shape[1]).toBe(4);
    expect(tableTotal(rows, 'parameters')).toBe(138_357_544);
  });
  it('refuses a size that is not a whole number ≥ 1 with a sentence', () => {
    const table = vgg16Table(0, 5);
    expect(table.ok).toBe(false);
    if (!table.ok) expect(table.reason).toContain('Height must be a whole number');
  });
});

describe('predicted shapes = shapes of our narrow network run in tfjs (random image, random weights)', () => {
  it('for 12 random sizes, odd ones included, every layer matches [h, w, c] of vgg16Table at ÷8', async () => {
    const random = createRandom(97);
    const sizes: [number, number][] = [
      [97, 131],
      [1, 1],
      [33, 65],
      [224, 224],
    ];
    while (sizes.length < 12) sizes.push([random.int(1, 200), random.int(1, 200)]);
    for (const [h, w] of sizes) {
      const run = await measureShapes(h, w, h + w);
      const predicted = rowsOf(h, w, {
        blockWidths: blockWidths(SHIPPED_CONFIG),
        fcWidth: SHIPPED_CONFIG.fcWidth,
        classes: SHIPPED_CONFIG.numClasses,
      }).slice(1);
      expect(
        run.layers.map((l) => [l.name, l.shape]),
        `${h}×${w}`,
      ).toEqual(predicted.map((r) => [r.name, r.shape]));
    }
    expect(tf.memory().numTensors).toBe(0);
  });
  it('backboneForward gives the same pool5 and fc8 as forwardFcn (the shipped model code)', () => {
    const weights = createFcnWeights(SHIPPED_CONFIG, 5, 'fcn32s');
    const randomised = Object.fromEntries(
      Object.entries(weights).map(([k, t], i) => [
        k,
        k.startsWith('score_fr') ? tf.randomNormal(t.shape, 0, 0.3, 'float32', i) : t,
      ]),
    );
    const image = tf.randomUniform([45, 70, 3], 0, 255, 'float32', 2);
    const seen: Record<string, number[]> = {};
    const ours = tf.tidy(() =>
      backboneForward(randomised, tf.expandDims(image, 0) as Tensor4D, (name, map) => {
        if (name === 'pool5') seen.pool5 = Array.from(map.dataSync());
      }),
    );
    const { logits, stages } = forwardFcn(randomised, image, 'fcn32s', { returnStages: true });
    expect(Array.from(stages!.pool5.dataSync())).toEqual(seen.pool5);
    expect(Array.from(ours.dataSync())).toEqual(Array.from(stages!.score_fr.dataSync()));
    tf.dispose([ours, logits, image, ...Object.values(stages!), ...Object.values(randomised)]);
    disposeWeights(weights);
    expect(tf.memory().numTensors).toBe(0);
  });
});
