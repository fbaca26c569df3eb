/**
 * An image ready for the FCN widgets: RGBA to draw, RGB floats to run, and the ground truth when there is
 * one. Made from a generated test scene (with its exact label map) or from an image file / URL (no truth),
 * following the size and transparency rules of src/lib/image/image-input.ts.
 */
import {
  compositeOverBackground,
  fileProblem,
  fitSize,
  rgbaToRgb,
  rgbToRgba,
  type RgbImage,
} from '../../lib/image/image-input';
import { ensureScenes, sceneOf, type SceneSource } from './scene-source';

export interface FcnInput {
  height: number;
  width: number;
  /** What is drawn: RGBA bytes [height, width, 4] (transparent pixels already on grey). */
  rgba: Uint8ClampedArray;
  /** What the network sees: RGB floats in [0, 255], [height, width, 3]. */
  image: RgbImage;
  /** Class per pixel [height, width], or null (a reader's image has no ground truth). */
  truth: Uint8Array | null;
  /** In words, e.g. "test scene, seed 2000000003, 128 × 128 px". */
  description: string;
  /** What was done to the image on the way in (scaled down, transparency, first GIF frame). */
  notes: string[];
}

/** A reason the image cannot be used, meant to be shown to the reader as is. */
export class InputProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputProblem';
  }
}

export async function sceneInput(source: SceneSource, seed: number, size: number): Promise<FcnInput> {
  await ensureScenes(source, [seed], size, size);
  const scene = sceneOf(source, seed, size, size);
  const objects = scene.objects.map((o) => source.dataset.classes[o.classId]?.name ?? `class ${o.classId}`);
  return {
    height: size,
    width: size,
    rgba: scene.image,
    image: rgbaToRgb(scene.image, size, size),
    truth: scene.labels,
    description: `test scene, seed ${seed}, ${size} × ${size} px, objects: ${objects.join(', ')}`,
    notes: [],
  };
}

/** Draws `bitmap` at the size `fitSize` allows and composites transparency over grey. */
function fromBitmap(bitmap: ImageBitmap, name: string, notes: string[]): FcnInput {
  const fit = fitSize(bitmap.height, bitmap.width);
  if (!fit.ok) throw new InputProblem(`${name}: ${fit.reason}.`);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [fit.width, fit.height];
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new InputProblem('this browser gave no 2D canvas to read the image with');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, fit.width, fit.height);
  const pixels = context.getImageData(0, 0, fit.width, fit.height).data;
  const image = compositeOverBackground(pixels, fit.height, fit.width);
  const allNotes = [...notes];
  if (fit.note) allNotes.push(fit.note);
  if (image.transparentPixels > 0) {
    const share = Math.round((100 * image.transparentPixels) / (fit.height * fit.width));
    allNotes.push(`${share}% of the pixels are (partly) transparent; they were put on a neutral grey background`);
  }
  return {
    height: fit.height,
    width: fit.width,
    rgba: rgbToRgba(image),
    image,
    truth: null,
    description: `${name}, ${fit.width} × ${fit.height} px`,
    notes: allNotes,
  };
}

/** A reader's file: refused with a clear message when empty, not an image, undecodable, or too small. */
export async function fileInput(file: File): Promise<FcnInput> {
  const problem = fileProblem(file);
  if (problem) throw new InputProblem(`${problem}.`);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new InputProblem(
      `${file.name} could not be decoded as an image: it may be corrupt, or in a format this browser cannot read.`,
    );
  }
  try {
    const notes = file.type === 'image/gif' ? ['a GIF may be animated: only its first frame is used'] : [];
    return fromBitmap(bitmap, file.name, notes);
  } finally {
    bitmap.close();
  }
}

/** An image shipped with the site (a photo without ground truth). */
export async function urlInput(url: string, name: string): Promise<FcnInput> {
  const response = await fetch(url);
  if (!response.ok) throw new InputProblem(`${url} could not be fetched (HTTP ${response.status}).`);
  const bitmap = await createImageBitmap(await response.blob());
  try {
    return fromBitmap(bitmap, name, []);
  } finally {
    bitmap.close();
  }
}
