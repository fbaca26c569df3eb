import { describe, expect, it } from 'vitest';
import {
  compositeOverBackground,
  fileProblem,
  fitSize,
  MAX_SIDE,
  MIN_SIDE,
  NEUTRAL_BACKGROUND,
  rgbaToRgb,
  rgbToRgba,
} from '../../../src/lib/image/image-input';

describe('fitSize(height, width, maxSide, minSide)', () => {
  it('fitSize(300, 451) keeps an image that is within the limits', () => {
    expect(fitSize(300, 451)).toEqual({
      ok: true,
      height: 300,
      width: 451,
      scale: 1,
      original: { width: 451, height: 300 },
    });
  });

  it('fitSize(3000, 4000) scales the long side down to 512 and keeps the aspect ratio', () => {
    const d = fitSize(3000, 4000);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect([d.height, d.width]).toEqual([384, 512]);
    expect(d.scale).toBeCloseTo(512 / 4000, 12);
    expect(d.original).toEqual({ width: 4000, height: 3000 });
  });

  it('fitSize(512, 512) is exactly at the limit and is not scaled', () => {
    expect(fitSize(MAX_SIDE, MAX_SIDE)).toMatchObject({ ok: true, scale: 1 });
  });

  it('fitSize(10, 200) refuses a side shorter than 16 px and says why', () => {
    const d = fitSize(10, 200);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.problem).toEqual({ code: 'tooSmall', width: 200, height: 10, minSide: MIN_SIDE });
  });

  it('fitSize(16, 16) accepts the smallest allowed image', () => {
    expect(fitSize(16, 16)).toMatchObject({ ok: true, height: 16, width: 16 });
  });

  it('fitSize(20, 5000) refuses a strip that would become thinner than 16 px once scaled', () => {
    const d = fitSize(20, 5000);
    expect(d.ok).toBe(false);
    if (!d.ok)
      expect(d.problem).toMatchObject({ code: 'tooThin', width: 5000, height: 20, scaledHeight: 2, minSide: 16 });
  });

  it('fitSize(0, 10) and fitSize(NaN, 10) refuse an image without pixels', () => {
    expect(fitSize(0, 10).ok).toBe(false);
    expect(fitSize(Number.NaN, 10).ok).toBe(false);
  });

  it('fitSize(h, w, maxSide, minSide) honours custom limits', () => {
    expect(fitSize(100, 50, 64, 8)).toMatchObject({ ok: true, height: 64, width: 32 });
    expect(fitSize(7, 7, 64, 8).ok).toBe(false);
  });
});

describe('compositeOverBackground(rgba, height, width, background)', () => {
  it('keeps opaque pixels and puts fully transparent ones on the neutral grey', () => {
    const rgba = [10, 20, 30, 255, 200, 100, 50, 0];
    const out = compositeOverBackground(rgba, 1, 2);
    expect(Array.from(out.rgb)).toEqual([10, 20, 30, ...NEUTRAL_BACKGROUND]);
    expect(out.transparentPixels).toBe(1);
  });

  it('blends half-transparent pixels: α·colour + (1 − α)·background', () => {
    const out = compositeOverBackground([255, 0, 0, 51], 1, 1, [0, 0, 255]);
    expect(out.rgb[0]).toBeCloseTo(51, 5);
    expect(out.rgb[1]).toBeCloseTo(0, 5);
    expect(out.rgb[2]).toBeCloseTo(204, 5);
  });

  it('throws when the array does not hold height × width × 4 values', () => {
    expect(() => compositeOverBackground([1, 2, 3], 1, 1)).toThrow(RangeError);
  });
});

describe('rgbaToRgb and rgbToRgba', () => {
  it('round-trip opaque pixels, shape [height, width, channels]', () => {
    const rgba = new Uint8ClampedArray([1, 2, 3, 255, 4, 5, 6, 255]);
    const rgb = rgbaToRgb(rgba, 1, 2);
    expect(Array.from(rgb.rgb)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(rgbToRgba(rgb))).toEqual(Array.from(rgba));
  });
});

describe('fileProblem(file)', () => {
  it('refuses an empty file', () => {
    expect(fileProblem({ name: 'a.png', type: 'image/png', size: 0 })).toEqual({ code: 'empty' });
  });
  it('refuses a file whose type is not an image', () => {
    expect(fileProblem({ name: 'notes.txt', type: 'text/plain', size: 12 })).toEqual({
      code: 'notImage',
      type: 'text/plain',
    });
  });
  it('lets an image or an unknown type through to the decoder', () => {
    expect(fileProblem({ name: 'a.png', type: 'image/png', size: 100 })).toBeNull();
    expect(fileProblem({ name: 'a', type: '', size: 100 })).toBeNull();
  });
});
