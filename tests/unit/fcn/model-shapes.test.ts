// The FCN described once (src/lib/fcn) against the FCN that runs (src/tf/fcn/model.ts), for many input sizes
// and every variant: each map the 'ours' layer graph describes — its size from the tracer (fcnLayout), its
// channels from the config — is exactly the map forwardFcn returns; the stage panels, pool sizes and the VGG16
// table say the same; every upsampler multiplies by exactly its stride with the kernel size its weights have;
// every crop starts at offset 0, keeps the top-left of the map it cuts and removes less than one step of it.
import type { Tensor } from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockWidths, UPSAMPLERS, type FcnConfig } from '../../../src/lib/fcn/config';
import { fcnLayout } from '../../../src/lib/fcn/geometry';
import { HEAD_UPSAMPLERS } from '../../../src/lib/fcn/head';
import { fcnLayerSpecs, type FcnLayerSpec } from '../../../src/lib/fcn/layers';
import { poolSizes, stagePanels } from '../../../src/lib/fcn/stages';
import { FCN_VARIANTS, type FcnVariant } from '../../../src/lib/fcn/variants';
import { vgg16Table } from '../../../src/lib/fcn/vgg16-table';
import { createRandom } from '../../../src/lib/random';
import { createFcnWeights, forwardFcn, weightSpecs, type FcnWeights } from '../../../src/tf/fcn/model';
import { cpuTf } from '../helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
/** Narrow (channels 2-4-8-16-16, fc 4), so forty sizes × three variants run in seconds on the CPU backend. */
const config: FcnConfig = { widthDivisor: 32, fcWidth: 4, numClasses: 3 };

/** Edge cases (1 px, one side 1, just under / at / over multiples of 32, odd and even) and seeded random sizes. */
const SIZES: [number, number][] = (() => {
  const fixed: [number, number][] = [
    [1, 1],
    [1, 37],
    [2, 2],
    [3, 9],
    [7, 5],
    [16, 16],
    [17, 15],
    [31, 33],
    [32, 32],
    [33, 33],
    [47, 62],
    [63, 65],
    [64, 64],
    [65, 96],
    [97, 131],
    [100, 100],
    [128, 64],
    [129, 127],
    [136, 136],
    [160, 96],
  ];
  const random = createRandom(2024);
  const drawn = Array.from({ length: 20 }, (): [number, number] => [random.int(1, 170), random.int(1, 170)]);
  return [...fixed, ...drawn];
})();

let tf: Tf;
let weights: FcnWeights;

beforeAll(async () => {
  tf = await cpuTf();
  // One map holding every head's layers, so the same weights run all three variants.
  weights = Object.assign({}, ...FCN_VARIANTS.map((v) => createFcnWeights(config, 5, v)));
});

/** Channels the described layer has at this config: VGG16's block widths scaled, fc6/fc7 fcWidth, scores one per class. */
function describedChannels(specs: readonly FcnLayerSpec[]): Map<string, number> {
  const widths = blockWidths(config);
  const channels = new Map<string, number>([['data', 3]]);
  for (const spec of specs) {
    if (spec.kind === 'sum') channels.set(spec.name, channels.get(spec.inputs[0]) ?? -1);
    else if (spec.kind === 'pool' || spec.kind === 'crop') channels.set(spec.name, channels.get(spec.input) ?? -1);
    else if (spec.kind === 'deconv' || spec.outChannels === 'classes') channels.set(spec.name, config.numClasses);
    else {
      const block = /^conv(\d)_/.exec(spec.name);
      channels.set(spec.name, block ? widths[Number(block[1]) - 1] : config.fcWidth);
    }
  }
  return channels;
}

/** Runs forwardFcn with every stage kept; returns plain shapes and a way to read a map's values. */
function run(variant: FcnVariant, height: number, width: number) {
  const image = tf.randomUniform([height, width, 3], 0, 255, 'float32', height * 1000 + width);
  const { logits, stages = {} } = forwardFcn(weights, image, variant, { returnStages: 'all' });
  const shapes = new Map(Object.entries(stages).map(([name, t]) => [name, t.shape]));
  const values = (name: string): Float32Array => stages[name].dataSync() as Float32Array;
  const dispose = () => tf.dispose([image, logits, ...(Object.values(stages) as Tensor[])]);
  return { logitsShape: logits.shape, shapes, values, dispose };
}

describe('forwardFcn(weights, image, variant) returns exactly the maps src/lib/fcn describes', () => {
  it.each(FCN_VARIANTS)(
    `%s: every map of the 'ours' layer graph has the traced size and the configured channels, at ${SIZES.length} sizes`,
    (variant) => {
      const specs = fcnLayerSpecs('ours', variant);
      const channels = describedChannels(specs);
      for (const [h, w] of SIZES) {
        const layout = fcnLayout({ design: 'ours', variant, height: h, width: w });
        expect(layout.ok, `${h}×${w}: ${layout.failure}`).toBe(true);
        const model = run(variant, h, w);
        try {
          expect(model.logitsShape, `${h}×${w} logits`).toEqual([h, w, config.numClasses]);
          expect([...model.shapes.keys()].sort(), `${h}×${w}: the maps returned are the maps described`).toEqual(
            specs.map((s) => s.name).sort(),
          );
          for (const layer of layout.layers) {
            expect(model.shapes.get(layer.name), `${variant} ${h}×${w} ${layer.name}`).toEqual([
              layer.height,
              layer.width,
              channels.get(layer.name),
            ]);
          }
          expect(poolSizes(h, w)).toEqual([1, 2, 3, 4, 5].map((k) => model.shapes.get(`pool${k}`)?.slice(0, 2)));
        } finally {
          model.dispose();
        }
      }
    },
  );

  it.each(FCN_VARIANTS)(
    `%s: the stage panels' sizes and kept windows are the maps and crops the model returns, at ${SIZES.length} sizes`,
    (variant) => {
      const specs = fcnLayerSpecs('ours', variant);
      for (const [h, w] of SIZES) {
        const model = run(variant, h, w);
        try {
          for (const panel of stagePanels(variant, h, w)) {
            expect(model.shapes.get(panel.name)?.slice(0, 2), `${variant} ${h}×${w} ${panel.name}`).toEqual(panel.size);
            const crop = specs.find((s) => s.kind === 'crop' && s.input === panel.name);
            if (crop)
              expect(model.shapes.get(crop.name)?.slice(0, 2), `${variant} ${h}×${w} ${crop.name}`).toEqual(panel.kept);
            else expect(panel.kept).toEqual(panel.size);
          }
        } finally {
          model.dispose();
        }
      }
    },
  );
});

describe("the 'ours' upsamplers and crops, as the model runs them", () => {
  it('each upsampler is the reference kernel size (2s for stride s) with padding (k − s)/2, in the specs, the config and the weights', () => {
    for (const variant of FCN_VARIANTS) {
      const weightShapes = new Map(weightSpecs(config, variant).map((s) => [s.name, s.shape]));
      for (const spec of fcnLayerSpecs('ours', variant)) {
        if (spec.kind !== 'deconv') continue;
        const name = spec.name as keyof typeof HEAD_UPSAMPLERS;
        expect(spec.kernelSize, spec.name).toBe(2 * spec.stride);
        expect(spec.padding, spec.name).toBe((spec.kernelSize - spec.stride) / 2);
        expect(UPSAMPLERS[name]).toEqual({
          kernelSize: spec.kernelSize,
          stride: spec.stride,
          padding: spec.padding,
          trainable: HEAD_UPSAMPLERS[name].trainable,
        });
        expect(weightShapes.get(`${spec.name}/kernel`)).toEqual([
          spec.kernelSize,
          spec.kernelSize,
          config.numClasses,
          config.numClasses,
        ]);
      }
    }
  });

  it.each(FCN_VARIANTS)(
    `%s: every upsampler multiplies its input by exactly its stride; every crop cuts at offset 0 less than one step off, at ${SIZES.length} sizes`,
    (variant) => {
      const specs = fcnLayerSpecs('ours', variant);
      for (const [h, w] of SIZES) {
        const model = run(variant, h, w);
        try {
          for (const spec of specs) {
            if (spec.kind === 'deconv') {
              const [ih, iw] = model.shapes.get(spec.input) ?? [];
              expect(model.shapes.get(spec.name)?.slice(0, 2), `${variant} ${h}×${w} ${spec.name}`).toEqual([
                ih * spec.stride,
                iw * spec.stride,
              ]);
            }
            if (spec.kind !== 'crop') continue;
            expect(spec.offset, spec.name).toBe(0);
            const [ch, cw] = model.shapes.get(spec.input) ?? [];
            const [rh, rw] = spec.reference === 'data' ? [h, w] : (model.shapes.get(spec.reference) ?? []);
            const up = specs.find((s) => s.name === spec.input);
            const step = up?.kind === 'deconv' ? up.stride : 1;
            for (const [cut, kept] of [
              [ch, rh],
              [cw, rw],
            ]) {
              expect(cut - kept, `${variant} ${h}×${w} ${spec.name}`).toBeGreaterThanOrEqual(0);
              expect(cut - kept, `${variant} ${h}×${w} ${spec.name}`).toBeLessThan(step);
            }
          }
        } finally {
          model.dispose();
        }
      }
    },
  );

  it('a crop keeps the top-left window of the map it cuts (97×131, FCN-8s)', () => {
    const model = run('fcn8s', 97, 131);
    try {
      for (const spec of fcnLayerSpecs('ours', 'fcn8s')) {
        if (spec.kind !== 'crop') continue;
        const [ch, cw, c] = model.shapes.get(spec.input) ?? [];
        const [kh, kw] = model.shapes.get(spec.name) ?? [];
        const cut = model.values(spec.input);
        const kept = model.values(spec.name);
        let worst = 0;
        for (let y = 0; y < kh; y++)
          for (let x = 0; x < kw; x++)
            for (let k = 0; k < c; k++) {
              worst = Math.max(worst, Math.abs(kept[(y * kw + x) * c + k] - cut[(y * cw + x) * c + k]));
            }
        expect(ch, spec.name).toBeGreaterThanOrEqual(kh);
        expect(worst, spec.name).toBe(0);
      }
    } finally {
      model.dispose();
    }
  });
});

describe('the VGG16 table at our widths describes the backbone the model runs', () => {
  it(`vgg16Table(h, w, our widths) rows equal forwardFcn's conv, pool and fc maps at ${SIZES.length} sizes`, () => {
    for (const [h, w] of SIZES) {
      const table = vgg16Table(h, w, {
        blockWidths: blockWidths(config),
        fcWidth: config.fcWidth,
        classes: config.numClasses,
      });
      expect(table.ok).toBe(true);
      if (!table.ok) continue;
      const model = run('fcn32s', h, w);
      try {
        for (const row of table.rows.slice(1)) {
          const name = row.name === 'fc8' ? 'score_fr' : row.name;
          expect(model.shapes.get(name), `${h}×${w} ${row.name}`).toEqual(row.shape);
        }
      } finally {
        model.dispose();
      }
    }
  });
});
