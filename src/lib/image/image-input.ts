/**
 * What the FCN widgets accept from a reader's image, as pure rules (no DOM): which size the image is run at,
 * and how transparent pixels become RGB. The network itself takes any height × width ≥ 1 (it is fully
 * convolutional), but
 * - a photo of 4000 × 3000 px would take seconds and hundreds of MB of activations in a browser tab, so the
 *   long side is scaled down to `MAX_SIDE` (the aspect ratio is kept);
 * - below `MIN_SIDE` px a side collapses to a single cell by pool4 and nothing sensible is left to show, so
 *   such images are refused with a message instead of being blown up into a blur;
 * - transparent pixels have no colour the network was trained on, so they are composited over a neutral grey.
 * Refusals are codes with their numbers (`ImageProblem`), worded by the widget.
 */
import type { Sniffed } from './sniff';

/** Long side (px) an image is scaled down to before inference. */
export const MAX_SIDE = 512;
/** Shortest side (px) an image may have; smaller ones are refused. */
export const MIN_SIDE = 16;
/** Colour behind transparent pixels: mid grey, [r, g, b] in 0–255. */
export const NEUTRAL_BACKGROUND: readonly [number, number, number] = [128, 128, 128];

/**
 * Why an image cannot be used, as a code and the numbers a sentence needs (the widget words it in the reader's
 * language; sizes are width × height there, as image editors and file browsers print them).
 */
export type ImageProblem =
  | { code: 'noPixels'; width: number; height: number }
  | { code: 'tooSmall'; width: number; height: number; minSide: number }
  | {
      code: 'tooThin';
      width: number;
      height: number;
      scaledWidth: number;
      scaledHeight: number;
      maxSide: number;
      minSide: number;
    }
  | { code: 'empty' }
  | { code: 'notImage'; type: string }
  | { code: 'unknownFormat' }
  | { code: 'heic' }
  | { code: 'tooManyPixels'; width: number; height: number; maxPixels: number };

/** An accepted size: `scale` < 1 when the image is scaled down from `original`. */
export type SizeDecision =
  | { ok: true; height: number; width: number; scale: number; original: { width: number; height: number } }
  | { ok: false; problem: ImageProblem };

/**
 * The size to run an image of `height × width` at: unchanged when both sides are within
 * [minSide, maxSide]; scaled by maxSide / long side when too large (rounded, aspect kept); refused when a side
 * is (or would become) shorter than minSide.
 */
export function fitSize(height: number, width: number, maxSide = MAX_SIDE, minSide = MIN_SIDE): SizeDecision {
  if (!(Number.isFinite(height) && Number.isFinite(width)) || height < 1 || width < 1)
    return { ok: false, problem: { code: 'noPixels', width, height } };
  if (Math.min(height, width) < minSide) return { ok: false, problem: { code: 'tooSmall', width, height, minSide } };
  const original = { width, height };
  const long = Math.max(height, width);
  if (long <= maxSide) return { ok: true, height, width, scale: 1, original };
  const scale = maxSide / long;
  const [h, w] = [Math.max(1, Math.round(height * scale)), Math.max(1, Math.round(width * scale))];
  if (Math.min(h, w) < minSide) {
    const problem = { code: 'tooThin', width, height, scaledWidth: w, scaledHeight: h, maxSide, minSide } as const;
    return { ok: false, problem };
  }
  return { ok: true, height: h, width: w, scale, original };
}

export interface RgbImage {
  height: number;
  width: number;
  /** RGB floats in [0, 255], [height, width, 3] row-major. */
  rgb: Float32Array;
}

/**
 * RGBA bytes (straight alpha, [height, width, 4]) → RGB over `background`: out = α·colour + (1 − α)·background.
 * Also counts the pixels that were not fully opaque.
 */
export function compositeOverBackground(
  rgba: ArrayLike<number>,
  height: number,
  width: number,
  background: readonly [number, number, number] = NEUTRAL_BACKGROUND,
): RgbImage & { transparentPixels: number } {
  const n = height * width;
  if (rgba.length !== n * 4)
    throw new RangeError(`expected ${n * 4} RGBA values for ${height} × ${width}, got ${rgba.length}`);
  const rgb = new Float32Array(n * 3);
  let transparentPixels = 0;
  for (let i = 0; i < n; i++) {
    const alpha = rgba[i * 4 + 3] / 255;
    if (alpha < 1) transparentPixels++;
    for (let c = 0; c < 3; c++) rgb[i * 3 + c] = alpha * rgba[i * 4 + c] + (1 - alpha) * background[c];
  }
  return { height, width, rgb, transparentPixels };
}

/** RGB floats ([h, w, 3], 0–255) → opaque RGBA bytes for drawing. */
export function rgbToRgba(image: RgbImage): Uint8ClampedArray {
  const n = image.height * image.width;
  const out = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    out[i * 4] = image.rgb[i * 3];
    out[i * 4 + 1] = image.rgb[i * 3 + 1];
    out[i * 4 + 2] = image.rgb[i * 3 + 2];
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** Opaque RGBA bytes (e.g. a generated scene) → RGB floats ([h, w, 3], 0–255); alpha is ignored. */
export function rgbaToRgb(rgba: ArrayLike<number>, height: number, width: number): RgbImage {
  const n = height * width;
  const rgb = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) rgb[i * 3 + c] = rgba[i * 4 + c];
  return { height, width, rgb };
}

export interface FileFacts {
  name: string;
  /** MIME type as the browser guessed it (may be empty). */
  type: string;
  size: number;
}

/** A reason to refuse a file before trying to decode it, or null when it is worth a try. */
export function fileProblem(file: FileFacts): ImageProblem | null {
  if (file.size === 0) return { code: 'empty' };
  if (file.type !== '' && !file.type.startsWith('image/')) return { code: 'notImage', type: file.type };
  return null;
}

/** Largest image (in pixels) handed to the browser's decoder: a 10000 × 10000 PNG would need 400 MB decoded. */
export const MAX_DECODE_PIXELS = 40_000_000;

/**
 * A reason to refuse a file from what its first bytes say (./sniff.ts), before decoding it, or null: not an
 * image at all, HEIC (browsers do not decode it), or more pixels than MAX_DECODE_PIXELS.
 */
export function headerProblem(sniffed: Sniffed, maxPixels = MAX_DECODE_PIXELS): ImageProblem | null {
  if (sniffed.format === 'unknown') return { code: 'unknownFormat' };
  if (sniffed.format === 'heic') return { code: 'heic' };
  const { width, height } = sniffed;
  if (width !== undefined && height !== undefined && width * height > maxPixels)
    return { code: 'tooManyPixels', width, height, maxPixels };
  return null;
}
