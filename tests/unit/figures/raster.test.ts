// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { greyUrl, overlayUrl, rgbaToUrl } from '../../../src/figures/raster';
import { decodePngRgba } from '../../../src/lib/image/png-rgba';
import { installCanvas } from './helpers/svg-snapshot';

beforeAll(installCanvas);

/** The RGBA pixels a data URL holds, row-major. */
function pixelsOf(url: string): number[][] {
  expect(url.startsWith('data:image/png;base64,')).toBe(true);
  const { rgba } = decodePngRgba(new Uint8Array(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')));
  return Array.from({ length: rgba.length / 4 }, (_, i) => [...rgba.subarray(i * 4, i * 4 + 4)]);
}

describe('raster: numbers → PNG data URLs for SVG <image>', () => {
  it('rgbaToUrl(rgba, height, width) keeps every byte', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 255, 0, 128, 0, 64, 0, 0, 255, 0]);
    expect(pixelsOf(rgbaToUrl(rgba, 1, 3))).toEqual([
      [255, 0, 0, 255],
      [0, 128, 0, 64],
      [0, 0, 255, 0],
    ]);
  });

  it('greyUrl(values, height, width) scales the map to its own min … max (low = dark)', () => {
    const grey = pixelsOf(greyUrl(new Float32Array([-2, 0, 2, 6]), 2, 2)).map(([g]) => g);
    expect(grey).toEqual([0, 64, 128, 255]);
  });

  it('greyUrl(values, height, width, [lo, hi]) scales to a given range', () => {
    expect(pixelsOf(greyUrl(new Float32Array([0, 5, 10]), 1, 3, [0, 20])).map(([g]) => g)).toEqual([0, 64, 128]);
  });

  it('overlayUrl(p, height, width, colour) is the colour at opacity p·0.85, clamped to [0, 1]', () => {
    const overlay = pixelsOf(overlayUrl(new Float32Array([0, 0.5, 1, 1.5]), 1, 4, [10, 20, 30]));
    expect(overlay).toEqual([
      [10, 20, 30, 0],
      [10, 20, 30, 108],
      [10, 20, 30, 217],
      [10, 20, 30, 217],
    ]);
  });
});
