// The real network (tfjs ops, random narrow weights, CPU backend) produces exactly the shapes the tracer's
// arithmetic predicts, for every design, variant and pool rounding — and stops at the same layer when a
// configuration fails.
import { beforeAll, describe, expect, it } from 'vitest';
import { fcnLayout } from '../../src/lib/fcn/geometry';
import type { FcnDesign, PoolRounding, PoolSpec } from '../../src/lib/fcn/layers';
import { FCN_VARIANTS, type FcnVariant } from '../../src/lib/fcn/variants';
import { createRandom } from '../../src/lib/random';
import { poolPadding, runFcnTrace, type TraceRun } from '../../src/tf/fcn-trace-run';
import { cpuTf } from './helpers/tf-cpu';

const DESIGNS: FcnDesign[] = ['caffe', 'seed', 'ours'];
const ROUNDINGS: PoolRounding[] = ['ceil', 'floor'];

beforeAll(async () => {
  await cpuTf();
});

/** Predicted [height, width] of every layer the tracer reaches; the failing layer (if any) last. */
function predicted(design: FcnDesign, variant: FcnVariant, poolRounding: PoolRounding, height: number, width: number) {
  const layout = fcnLayout({ design, variant, poolRounding, height, width });
  const sizes = layout.layers.map((l) => ({ name: l.name, size: [l.height, l.width] }));
  const failedCrop = layout.crops.find((c) => !c.fits && layout.layers.some((l) => l.name === c.input));
  const failing = failedCrop?.name ?? (layout.ok ? undefined : layout.layers.at(-1)?.name);
  const reached = sizes.filter((s) => s.size[0] > 0 && s.size[1] > 0);
  return { ok: layout.ok, reached, failing };
}

function actual(run: TraceRun) {
  const reached = run.layers.filter((l) => l.shape).map((l) => ({ name: l.name, size: l.shape?.slice(0, 2) }));
  return { ok: run.ok, reached, failing: run.layers.find((l) => l.error)?.name };
}

describe('poolPadding(size, 2×2 stride-2 pool)', () => {
  const pool = (rounding: PoolRounding): PoolSpec => ({
    kind: 'pool',
    name: 'p',
    input: 'x',
    kernelSize: 2,
    stride: 2,
    padding: 0,
    rounding,
  });
  it('ceil adds one row at the bottom for odd sizes only; floor adds none', () => {
    expect(poolPadding(5, pool('ceil'))).toEqual([0, 1]);
    expect(poolPadding(6, pool('ceil'))).toEqual([0, 0]);
    expect(poolPadding(1, pool('ceil'))).toEqual([0, 1]);
    expect(poolPadding(5, pool('floor'))).toEqual([0, 0]);
  });
});

describe('runFcnTrace on the CPU backend', () => {
  it('caffe + ceil, FCN-32s at 500×500 (width 1): pool5 22×22, fc6 16×16, upscore 544×544, score 500×500', async () => {
    const run = await runFcnTrace({
      design: 'caffe',
      variant: 'fcn32s',
      poolRounding: 'ceil',
      height: 500,
      width: 500,
      channels: 1,
      classes: 1,
    });
    const shape = (name: string) => run.layers.find((l) => l.name === name)?.shape?.slice(0, 2);
    expect(shape('pool5')).toEqual([22, 22]);
    expect(shape('fc6')).toEqual([16, 16]);
    expect(shape('upscore')).toEqual([544, 544]);
    expect(shape('score')).toEqual([500, 500]);
    expect(run.ok).toBe(true);
  });

  it('caffe + floor, FCN-32s at 500×500: upscore is 512×512 and the 500×500 window at offset 19 does not fit in it', async () => {
    const run = await runFcnTrace({
      design: 'caffe',
      variant: 'fcn32s',
      poolRounding: 'floor',
      height: 500,
      width: 500,
      channels: 1,
      classes: 1,
    });
    expect(run.layers.find((l) => l.name === 'upscore')?.shape?.slice(0, 2)).toEqual([512, 512]);
    expect(run.layers.at(-1)).toMatchObject({ name: 'score', error: expect.stringContaining('offset 19') });
    expect(run.ok).toBe(false);
  });

  it("caffe + floor at 1×1: fc6's 7×7 window finds only 6×6, so the run stops at fc6", async () => {
    const run = await runFcnTrace({
      design: 'caffe',
      variant: 'fcn8s',
      poolRounding: 'floor',
      height: 1,
      width: 1,
      channels: 1,
      classes: 1,
    });
    expect(run.layers.find((l) => l.name === 'pool5')?.shape?.slice(0, 2)).toEqual([6, 6]);
    expect(run.layers.at(-1)?.name).toBe('fc6');
    expect(run.layers.at(-1)?.error).toBeTruthy();
  });

  const random = createRandom(20241111);
  // Random sizes (most fail somewhere with floor rounding) plus multiples of 32, where every design fits.
  const sizes: (readonly [number, number])[] = [
    ...Array.from({ length: 30 }, () => [random.int(1, 130), random.int(1, 130)] as const),
    [32, 32],
    [64, 96],
    [96, 64],
  ];
  for (const design of DESIGNS) {
    for (const variant of FCN_VARIANTS) {
      for (const poolRounding of ROUNDINGS) {
        it(`${design} ${variant} ${poolRounding}: actual shapes equal fcnLayout's on ${sizes.length} sizes (30 random)`, async () => {
          for (const [height, width] of sizes) {
            const channels = 1 + ((height + width) % 2);
            const run = await runFcnTrace({
              design,
              variant,
              poolRounding,
              height,
              width,
              channels,
              classes: channels,
            });
            expect({ height, width, ...actual(run) }).toEqual({
              height,
              width,
              ...predicted(design, variant, poolRounding, height, width),
            });
          }
        });
      }
    }
  }
});
