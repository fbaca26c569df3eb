import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { sniffImage } from '../../../src/lib/image/sniff';
import { headerProblem, MAX_DECODE_PIXELS } from '../../../src/lib/image/image-input';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A PNG header claiming width × height (signature + IHDR only: enough for the sniffer, not for a decoder). */
const pngHeader = (width: number, height: number): Uint8Array => {
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    u32(13),
    'IHDR',
    u32(width),
    u32(height),
    [8, 6, 0, 0, 0],
  );
};

describe('sniffImage(bytes)', () => {
  it('reads a real PNG: format and width × height from IHDR', () => {
    const png = PNG.sync.write(new PNG({ width: 30, height: 20 }));
    expect(sniffImage(new Uint8Array(png))).toEqual({ format: 'png', width: 30, height: 20 });
  });

  it('reads a 10000 × 10000 PNG header without decoding anything', () => {
    expect(sniffImage(pngHeader(10000, 10000))).toEqual({ format: 'png', width: 10000, height: 10000 });
  });

  it('knows GIF, BMP, JPEG (SOF0) and WebP (VP8X) sizes', () => {
    expect(sniffImage(bytes('GIF89a', [24, 0, 20, 0]))).toEqual({ format: 'gif', width: 24, height: 20 });
    const bmp = new Uint8Array(26);
    bmp.set(bytes('BM'));
    bmp.set([40, 0, 0, 0, 30, 0, 0, 0], 18);
    expect(sniffImage(bmp)).toEqual({ format: 'bmp', width: 40, height: 30 });
    const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 70, 3, 0, 0, 0, 0, 0]);
    expect(sniffImage(jpeg)).toEqual({ format: 'jpeg', width: 70, height: 50 });
    const webp = new Uint8Array(30);
    webp.set(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8X'));
    webp.set([99, 0, 0, 49, 0, 0], 24);
    expect(sniffImage(webp)).toEqual({ format: 'webp', width: 100, height: 50 });
  });

  it('tells SVG (with or without an XML prolog), HEIC and AVIF apart', () => {
    expect(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')).format).toBe('svg');
    expect(sniffImage(bytes('<?xml version="1.0"?>\n<!-- x -->\n<svg width="4">')).format).toBe('svg');
    expect(sniffImage(bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0])).format).toBe('heic');
    expect(sniffImage(bytes([0, 0, 0, 24], 'ftypavif', [0, 0, 0, 0])).format).toBe('avif');
  });

  it('calls text, an empty file and a broken PNG signature what they are', () => {
    expect(sniffImage(bytes('this is text, not a PNG')).format).toBe('unknown');
    expect(sniffImage(new Uint8Array(0)).format).toBe('unknown');
    expect(sniffImage(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))).toEqual({ format: 'png' });
  });
});

describe('headerProblem(sniffed)', () => {
  it('refuses what is not an image, HEIC, and more than MAX_DECODE_PIXELS', () => {
    expect(headerProblem({ format: 'unknown' })).toEqual({ code: 'unknownFormat' });
    expect(headerProblem({ format: 'heic' })).toEqual({ code: 'heic' });
    expect(headerProblem({ format: 'png', width: 10000, height: 8000 })).toEqual({
      code: 'tooManyPixels',
      width: 10000,
      height: 8000,
      maxPixels: MAX_DECODE_PIXELS,
    });
  });

  it('lets through an SVG, a size-less JPEG and an image at the limit', () => {
    expect(headerProblem({ format: 'svg' })).toBeNull();
    expect(headerProblem({ format: 'jpeg' })).toBeNull();
    expect(headerProblem({ format: 'png', width: MAX_DECODE_PIXELS / 5000, height: 5000 })).toBeNull();
  });
});
