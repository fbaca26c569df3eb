/**
 * PNG bytes → straight-alpha RGBA [height, width, 4], the same in Node and in the browser, so a scene composed
 * from the dataset's sprites is byte-identical in training, `npm run evaluate` and the page. (A browser
 * canvas stores premultiplied alpha, so reading a semi-transparent sprite edge back through it rounds the
 * colour differently.) Decoding is fast-png's; this only expands grey, grey+alpha, RGB and palette images to
 * RGBA and 16-bit samples to 8 bits (round(v / 257), as pngjs does). Pure.
 */
import { convertIndexedToRgb, decode } from 'fast-png';

export interface RgbaImage {
  height: number;
  width: number;
  rgba: Uint8ClampedArray;
}

export function decodePngRgba(bytes: Uint8Array): RgbaImage {
  const png = decode(bytes);
  const { width, height } = png;
  const pixels = width * height;
  let samples: ArrayLike<number> = png.data;
  let channels = png.channels;
  let depth: number = png.depth;
  if (png.palette) {
    samples = convertIndexedToRgb(png);
    channels = samples.length / pixels;
    depth = 8;
  }
  if (depth !== 8 && depth !== 16) throw new Error(`PNG with ${depth}-bit grey samples is not supported`);
  if (samples.length !== pixels * channels)
    throw new Error(`PNG data has ${samples.length} samples, expected ${pixels * channels}`);
  const at = depth === 16 ? (i: number) => Math.round(samples[i] / 257) : (i: number) => samples[i];
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let p = 0; p < pixels; p++) {
    const s = p * channels;
    const o = p * 4;
    if (channels <= 2) {
      rgba[o] = rgba[o + 1] = rgba[o + 2] = at(s);
      rgba[o + 3] = channels === 2 ? at(s + 1) : 255;
    } else {
      rgba[o] = at(s);
      rgba[o + 1] = at(s + 1);
      rgba[o + 2] = at(s + 2);
      rgba[o + 3] = channels === 4 ? at(s + 3) : 255;
    }
  }
  return { height, width, rgba };
}
