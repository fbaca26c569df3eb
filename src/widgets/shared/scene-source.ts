/**
 * The scene generator's inputs in a browser: public/data/dataset.json, the sprites of one split and the
 * textures, decoded to the RGBA / greyscale arrays src/lib/scene expects (Node decodes the same PNGs with
 * pngjs in scripts/lib/load-data.ts). Labels come out identical to Node's, since they depend only on alpha,
 * which survives exactly; a canvas stores premultiplied colour, so RGB of semi-transparent sprite edges may
 * differ from Node's by rounding.
 */
import { composeScene, spriteEntriesFor, type DatasetFile, type Scene, type Split, type Sprite, type Texture } from '../../lib/scene';

export interface SceneSource {
  dataset: DatasetFile;
  split: Split;
  sprites: Sprite[];
  textures: Texture[];
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
  return response;
}

/** Decodes an image file to straight-alpha RGBA, [height, width, 4]. */
export async function decodeRgba(url: string): Promise<{ height: number; width: number; rgba: Uint8ClampedArray }> {
  const blob = await (await fetchOk(url)).blob();
  const bitmap = await createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  try {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas context');
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    return { height: bitmap.height, width: bitmap.width, rgba: data };
  } finally {
    bitmap.close();
  }
}

async function loadSceneSource(dataUrl: string, split: Split): Promise<SceneSource> {
  const dataset = (await (await fetchOk(`${dataUrl}/dataset.json`)).json()) as DatasetFile;
  const sprites = await Promise.all(spriteEntriesFor(dataset, split).map(async (entry) => {
    const { height, width, rgba } = await decodeRgba(`${dataUrl}/${entry.file}`);
    return { name: entry.file, classId: entry.classId, height, width, rgba };
  }));
  const textures = await Promise.all(dataset.textures.map(async (entry) => {
    const { height, width, rgba } = await decodeRgba(`${dataUrl}/${entry.file}`);
    const gray = new Uint8Array(height * width);
    for (let i = 0; i < gray.length; i++) gray[i] = rgba[i * 4];
    return { name: entry.file.replace(/^.*\//, '').replace(/\.png$/, ''), height, width, gray };
  }));
  return { dataset, split, sprites, textures };
}

/** One download per page, data folder and split (a cache shared by the widgets of a page, not state). */
const sources = new Map<string, Promise<SceneSource>>();

export function pageSceneSource(dataUrl: string, split: Split): Promise<SceneSource> {
  const key = `${dataUrl}|${split}`;
  let source = sources.get(key);
  if (!source) {
    source = loadSceneSource(dataUrl, split);
    sources.set(key, source);
    source.catch(() => sources.delete(key));
  }
  return source;
}

/** Scene `seed` at height × width, composed exactly as the training and evaluation scripts compose it. */
export function sceneOf(source: SceneSource, seed: number, height: number, width: number): Scene {
  return composeScene(seed, { height, width, sprites: source.sprites, textures: source.textures });
}

/** A seed drawn uniformly from `split`'s range (a reader's "new random scene"). */
export function randomSeed(source: SceneSource): number {
  const range = source.dataset.seedRanges[source.split];
  return range.from + Math.floor(Math.random() * (range.to - range.from));
}
