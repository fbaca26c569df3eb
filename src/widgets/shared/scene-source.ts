/**
 * The scene generator's inputs in a browser: public/data/dataset.json, the sprites of one split and the
 * textures, decoded to the RGBA / greyscale arrays src/lib/scene expects by the same decoder Node uses
 * (src/lib/png-rgba.ts), so every scene here is byte-identical to the one training and `npm run evaluate` see.
 */
import { decodePngRgba, type RgbaImage } from '../../lib/png-rgba';
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

/**
 * Fetches a dataset PNG and decodes it with the same pure decoder as Node (src/lib/png-rgba.ts), not through a
 * canvas: a canvas premultiplies alpha, which shifted semi-transparent sprite edges by a grey level or so and
 * made the page's scenes differ slightly from the ones the models were trained and evaluated on.
 */
export async function decodeRgba(url: string): Promise<RgbaImage> {
  return decodePngRgba(new Uint8Array(await (await fetchOk(url)).arrayBuffer()));
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
