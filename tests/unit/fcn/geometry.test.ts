import { describe, expect, it } from 'vitest';
import { fcnLayout, type FcnLayout } from '../../../src/lib/fcn/geometry';
import {
  cropOffsets,
  FCN_INPUT,
  fcnLayerSpecs,
  type FcnDesign,
  type FcnLayerSpec,
  type PoolRounding,
} from '../../../src/lib/fcn/layers';
import { FCN_VARIANTS, type FcnVariant } from '../../../src/lib/fcn/variants';

const DESIGNS: FcnDesign[] = ['caffe', 'seed', 'ours'];
const CAFFE_OFFSETS: Record<FcnVariant, Record<string, number>> = {
  fcn32s: { score: 19 },
  fcn16s: { score_pool4c: 5, score: 27 },
  fcn8s: { score_pool4c: 5, score_pool3c: 9, score: 31 },
};

function layer(result: FcnLayout, name: string) {
  const found = result.layers.find((l) => l.name === name);
  if (!found) throw new Error(`no layer ${name}`);
  return found;
}

const size = (result: FcnLayout, name: string) => {
  const l = layer(result, name);
  return [l.height, l.width];
};

describe('fcnLayout, design caffe (pad 100, crops from coordinate maps)', () => {
  it('caffe + ceil, 500×500: pool5 22×22, fc6 16×16, FCN-32s upscore 544×544, crop 19 fits', () => {
    const r = fcnLayout({ variant: 'fcn32s', height: 500, width: 500, design: 'caffe' });
    expect(size(r, 'conv1_1')).toEqual([698, 698]);
    expect(size(r, 'pool5')).toEqual([22, 22]);
    expect(size(r, 'fc6')).toEqual([16, 16]);
    expect(size(r, 'upscore')).toEqual([544, 544]);
    expect(r.crops).toMatchObject([{ name: 'score', offset: 19, fits: true, shift: 0 }]);
    expect(layer(r, 'score')).toMatchObject({ height: 500, width: 500, scale: 1, offset: 0 });
    expect(r.ok).toBe(true);
    expect(r.failure).toBeUndefined();
  });

  it('caffe + floor, 500×500: fc6 15×15, upscore 512×512 < 19 + 500, so the FCN-32s crop does not fit', () => {
    const r = fcnLayout({ variant: 'fcn32s', height: 500, width: 500, design: 'caffe', poolRounding: 'floor' });
    expect(size(r, 'pool5')).toEqual([21, 21]);
    expect(size(r, 'fc6')).toEqual([15, 15]);
    expect(size(r, 'upscore')).toEqual([512, 512]);
    expect(r.crops).toMatchObject([{ name: 'score', offset: 19, fits: false }]);
    expect(r.layers.some((l) => l.name === 'score')).toBe(false);
    expect(r.ok).toBe(false);
    expect(r.failure).toMatch(/score/);
  });

  it('caffe + floor, 500×500: FCN-16s and FCN-8s still fit (upscore16 528 ≥ 27 + 500, upscore8 536 ≥ 31 + 500)', () => {
    const r16 = fcnLayout({ variant: 'fcn16s', height: 500, width: 500, design: 'caffe', poolRounding: 'floor' });
    const r8 = fcnLayout({ variant: 'fcn8s', height: 500, width: 500, design: 'caffe', poolRounding: 'floor' });
    expect(size(r16, 'upscore16')).toEqual([528, 528]);
    expect(size(r8, 'upscore8')).toEqual([536, 536]);
    expect([r16.ok, r8.ok]).toEqual([true, true]);
  });

  it('layer names follow voc-fcn8s/net.py', () => {
    const names = fcnLayout({ variant: 'fcn8s', height: 500, width: 500, design: 'caffe' }).layers.map((l) => l.name);
    expect(names).toEqual([
      ...['conv1_1', 'conv1_2', 'pool1', 'conv2_1', 'conv2_2', 'pool2'],
      ...['conv3_1', 'conv3_2', 'conv3_3', 'pool3', 'conv4_1', 'conv4_2', 'conv4_3', 'pool4'],
      ...['conv5_1', 'conv5_2', 'conv5_3', 'pool5', 'fc6', 'fc7', 'score_fr'],
      ...['upscore2', 'score_pool4', 'score_pool4c', 'fuse_pool4', 'upscore_pool4'],
      ...['score_pool3', 'score_pool3c', 'fuse_pool3', 'upscore8', 'score'],
    ]);
  });

  it('crop offsets 19; 5, 27; 5, 9, 31 and every crop fits for every input size 1..1024 with ceil rounding', () => {
    for (const variant of FCN_VARIANTS) {
      expect(cropOffsets('caffe', variant)).toEqual(CAFFE_OFFSETS[variant]);
      for (let n = 1; n <= 1024; n++) {
        const r = fcnLayout({ variant, height: n, width: 1025 - n, design: 'caffe' });
        const offsets = Object.fromEntries(r.crops.map((c) => [c.name, c.offset]));
        expect(offsets).toEqual(CAFFE_OFFSETS[variant]);
        expect(r.crops.every((c) => c.fits && c.shift === 0 && c.alignedOffset === c.offset)).toBe(true);
        expect(r.ok).toBe(true);
        expect(layer(r, 'score')).toMatchObject({ height: n, width: 1025 - n, scale: 1, offset: 0 });
      }
    }
  });

  it('the offsets come from the coordinate maps, not from the sizes: floor rounding gives the same ones', () => {
    for (const variant of FCN_VARIANTS) {
      const r = fcnLayout({ variant, height: 3, width: 3, design: 'caffe', poolRounding: 'floor' });
      expect(Object.fromEntries(r.crops.map((c) => [c.name, c.offset]))).toEqual(CAFFE_OFFSETS[variant]);
    }
  });

  it('non-square 375×500 (a typical VOC image) traces each axis on its own', () => {
    const r = fcnLayout({ variant: 'fcn32s', height: 375, width: 500, design: 'caffe' });
    expect(size(r, 'conv1_1')).toEqual([573, 698]);
    expect(size(r, 'pool5')).toEqual([18, 22]);
    expect(size(r, 'fc6')).toEqual([12, 16]);
    expect(size(r, 'upscore')).toEqual([416, 544]);
    expect(size(r, 'score')).toEqual([375, 500]);
  });
});

describe('fcnLayout, failures do not throw', () => {
  it('caffe + floor on a 1×1 input: pool5 6×6, fc6 has no pixels, layers stop there and no crop fits', () => {
    const r = fcnLayout({ variant: 'fcn8s', height: 1, width: 1, design: 'caffe', poolRounding: 'floor' });
    expect(r.layers[r.layers.length - 1]).toMatchObject({ name: 'fc6', height: 0, width: 0 });
    expect(size(r, 'pool5')).toEqual([6, 6]);
    expect(r.crops.map((c) => [c.name, c.offset, c.fits])).toEqual([
      ['score_pool4c', 5, false],
      ['score_pool3c', 9, false],
      ['score', 31, false],
    ]);
    expect(r).toMatchObject({ ok: false, failure: 'fc6 has no pixels' });
  });

  it('every design, rounding and size 1..160 gives a layout; seed and ours never fail (the words: tests/unit/widgets/fcn-tracer)', () => {
    for (const design of DESIGNS)
      for (const poolRounding of ['ceil', 'floor'] as PoolRounding[])
        for (const variant of FCN_VARIANTS)
          for (let n = 1; n <= 160; n++) {
            const r = fcnLayout({ variant, height: n, width: n + 7, design, poolRounding });
            if (design !== 'caffe' && poolRounding === 'ceil') expect(r.ok).toBe(true);
            if (!r.ok) expect(r.crops.some((c) => !c.fits)).toBe(true);
          }
  });

  it('rejects an input size that is not a positive integer', () => {
    expect(() => fcnLayout({ variant: 'fcn8s', height: 0, width: 5, design: 'ours' })).toThrow(RangeError);
    expect(() => fcnLayout({ variant: 'fcn8s', height: 2.5, width: 5, design: 'ours' })).toThrow(RangeError);
  });
});

describe('fcnLayout, designs seed and ours', () => {
  it('seed: the top-left [:h, :w] crops are exactly aligned (shift 0); only the size is off', () => {
    for (const variant of FCN_VARIANTS) {
      const r = fcnLayout({ variant, height: 100, width: 75, design: 'seed' });
      expect(r.crops.every((c) => c.offset === 0 && c.alignedOffset === 0 && c.shift === 0 && c.fits)).toBe(true);
      const final = r.crops[r.crops.length - 1];
      expect(final).toMatchObject({ name: 'score', explicit: false, exact: false });
      const factor = { fcn32s: 32, fcn16s: 16, fcn8s: 8 }[variant];
      expect(size(r, final.input)).toEqual([factor * Math.ceil(100 / factor), factor * Math.ceil(75 / factor)]);
      expect(layer(r, final.input)).toMatchObject({ scale: 1, offset: 0 });
    }
    const r16 = fcnLayout({ variant: 'fcn16s', height: 100, width: 75, design: 'seed' });
    expect(r16.crops[0]).toMatchObject({ name: 'upscore2c', input: 'upscore2', reference: 'score_pool4' });
    expect(size(r16, 'upscore2')).toEqual([8, 6]);
    expect(size(r16, 'score_pool4')).toEqual([7, 5]);
  });

  it('seed: fc6 and fc7 are 1×1; ours: fc6 is 7×7 with padding 3', () => {
    const fc6 = (design: FcnDesign) => fcnLayerSpecs(design, 'fcn8s').find((s) => s.name === 'fc6');
    expect(fc6('seed')).toMatchObject({ kernelSize: 1, padding: 0 });
    expect(fc6('ours')).toMatchObject({ kernelSize: 7, padding: 3 });
    expect(fc6('caffe')).toMatchObject({ kernelSize: 7, padding: 0 });
  });

  it('ours: for multiples of 32 every map is exactly input/stride and every crop removes nothing', () => {
    for (const variant of FCN_VARIANTS)
      for (const [h, w] of [
        [32, 32],
        [64, 96],
        [224, 224],
        [256, 512],
        [512, 352],
      ]) {
        const r = fcnLayout({ variant, height: h, width: w, design: 'ours' });
        expect(r.crops.every((c) => c.exact && c.offset === 0 && c.shift === 0)).toBe(true);
        for (const l of r.layers) {
          expect([l.height * l.scale, l.width * l.scale]).toEqual([h, w]);
          expect(l.offset).toBe((l.scale - 1) / 2); // a stride-s cell is centred on its s×s input block
        }
      }
  });

  it('ours: other sizes still fit (ceil pools round up), aligned, trimming the bottom and right', () => {
    const r = fcnLayout({ variant: 'fcn8s', height: 100, width: 50, design: 'ours' });
    expect(r.ok).toBe(true);
    expect(r.crops.every((c) => c.shift === 0 && c.fits)).toBe(true);
    expect(r.crops.some((c) => !c.exact)).toBe(true);
    expect(size(r, 'upscore8')).toEqual([104, 56]);
    expect(size(r, 'score')).toEqual([100, 50]);
  });
});

/**
 * Independent check of the coordinate maps: the centre (in input pixels) of blob pixel y, found by brute force on
 * an infinite line — a conv/pool pixel sits at the mean of its window's centres; a transposed-conv pixel at the
 * bilinear-weighted mean of the input pixels that scatter into it (FCN's kernel, exact for k = 2s).
 */
function bruteCentre(specs: readonly FcnLayerSpec[], offsets: Record<string, number>) {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const memo = new Map<string, number>();
  const centre = (name: string, y: number): number => {
    if (name === FCN_INPUT) return y;
    const key = `${name}:${y}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const spec = byName.get(name)!;
    let value: number;
    if (spec.kind === 'sum') {
      value = centre(spec.inputs[0], y);
      expect(centre(spec.inputs[1], y)).toBeCloseTo(value, 9); // both summands describe the same place
    } else if (spec.kind === 'crop') value = centre(spec.input, y + offsets[spec.name]);
    else if (spec.kind === 'deconv') {
      const { kernelSize: k, stride: s, padding: p } = spec;
      const f = Math.ceil(k / 2);
      const c = k % 2 === 1 ? f - 1 : f - 0.5;
      let weight = 0;
      let acc = 0;
      for (let x = Math.ceil((y + p - k + 1) / s); x <= Math.floor((y + p) / s); x++) {
        const wj = 1 - Math.abs(y + p - s * x - c) / f;
        weight += wj;
        acc += wj * centre(spec.input, x);
      }
      value = acc / weight;
    } else {
      let acc = 0;
      for (let j = 0; j < spec.kernelSize; j++) acc += centre(spec.input, spec.stride * y - spec.padding + j);
      value = acc / spec.kernelSize;
    }
    memo.set(key, value);
    return value;
  };
  return centre;
}

describe('coordinate maps against a brute-force receptive-field centre', () => {
  it('input coordinate = scale·y + offset for every layer of every design and variant', () => {
    for (const design of DESIGNS)
      for (const variant of FCN_VARIANTS) {
        const r = fcnLayout({ variant, height: 500, width: 500, design });
        const centre = bruteCentre(fcnLayerSpecs(design, variant), cropOffsets(design, variant));
        for (const l of r.layers)
          for (const y of [0, 1, 3]) expect(centre(l.name, y)).toBeCloseTo(l.scale * y + l.offset, 9);
      }
  });

  it('hand-derived caffe values: conv1_1 −99, pool5 scale 32 offset −83.5, fc6 +12.5, upscore −19', () => {
    const r = fcnLayout({ variant: 'fcn32s', height: 500, width: 500, design: 'caffe' });
    expect(layer(r, 'conv1_1')).toMatchObject({ scale: 1, offset: -99 });
    expect(layer(r, 'pool5')).toMatchObject({ scale: 32, offset: -83.5 });
    expect(layer(r, 'fc6')).toMatchObject({ scale: 32, offset: 12.5 });
    expect(layer(r, 'upscore')).toMatchObject({ scale: 1, offset: -19 });
  });
});

/** Sizes by counting windows: conv/floor pool = starts j·s with j·s + k ≤ i + 2p; ceil pool = starts j·s < i + p. */
function bruteSizes(specs: readonly FcnLayerSpec[], h: number): Map<string, number> {
  const sizes = new Map<string, number>([[FCN_INPUT, h]]);
  for (const spec of specs) {
    if (spec.kind === 'sum') sizes.set(spec.name, sizes.get(spec.inputs[0])!);
    else if (spec.kind === 'crop') sizes.set(spec.name, sizes.get(spec.reference)!);
    else {
      const i = sizes.get(spec.input)!;
      const { kernelSize: k, stride: s, padding: p } = spec;
      let count = 0;
      if (spec.kind === 'deconv') {
        let last = -Infinity; // highest output index any input pixel scatters into, before trimming p each side
        for (let x = 0; x < i; x++) last = Math.max(last, s * x + k - 1);
        count = last + 1 - 2 * p;
      } else if (spec.kind === 'pool' && spec.rounding === 'ceil') {
        for (let j = 0; j * s < i + p; j++) count++;
      } else for (let j = 0; j * s + k <= i + 2 * p; j++) count++;
      sizes.set(spec.name, count);
    }
  }
  return sizes;
}

describe('sizes against window counting', () => {
  it('every layer of every design, both roundings, sizes 1..300', () => {
    for (const design of DESIGNS)
      for (const poolRounding of ['ceil', 'floor'] as PoolRounding[])
        for (const variant of FCN_VARIANTS)
          for (let n = 1; n <= 300; n += 7) {
            const r = fcnLayout({ variant, height: n, width: n, design, poolRounding });
            const expected = bruteSizes(fcnLayerSpecs(design, variant, { poolRounding }), n);
            for (const l of r.layers) expect(l.height).toBe(Math.max(0, expected.get(l.name)!));
          }
  });
});
