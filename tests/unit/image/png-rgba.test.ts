import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodePngRgba } from '../../../src/lib/image/png-rgba';
import { createRandom } from '../../../src/lib/random';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.png') ? [path.join(dir, e.name)] : [],
  );

function sameAsPngjs(bytes: Buffer): void {
  const ours = decodePngRgba(new Uint8Array(bytes));
  const theirs = PNG.sync.read(bytes);
  expect([ours.height, ours.width]).toEqual([theirs.height, theirs.width]);
  expect(Buffer.from(ours.rgba).equals(theirs.data)).toBe(true);
}

describe('decodePngRgba', () => {
  it('decodes every sprite and texture of public/data to the same RGBA bytes as pngjs', () => {
    const all = files('public/data');
    expect(all.length).toBeGreaterThan(400);
    for (const file of all) sameAsPngjs(readFileSync(file));
  });

  it.each([
    ['grey', 0, 8],
    ['grey + alpha', 4, 8],
    ['RGB', 2, 8],
    ['RGBA', 6, 8],
    ['RGBA 16-bit', 6, 16],
    ['grey 16-bit', 0, 16],
  ] as const)('agrees with pngjs on random %s images', (_name, colorType, bitDepth) => {
    const random = createRandom(colorType * 100 + bitDepth);
    for (let k = 0; k < 5; k++) {
      const [width, height] = [random.int(1, 17), random.int(1, 17)];
      const png = new PNG({ width, height, colorType, bitDepth, inputColorType: 6, inputHasAlpha: true });
      const data = bitDepth === 16 ? new Uint16Array(width * height * 4) : png.data;
      for (let i = 0; i < data.length; i++) data[i] = random.int(0, bitDepth === 16 ? 65535 : 255);
      if (bitDepth === 16) png.data = Buffer.from(data.buffer);
      sameAsPngjs(PNG.sync.write(png, { colorType, bitDepth, inputColorType: 6, inputHasAlpha: true }));
    }
  });

  it('says what is wrong with bytes that are not a PNG', () => {
    expect(() => decodePngRgba(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow();
  });
});
