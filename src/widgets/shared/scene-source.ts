/**
 * The scene generator's inputs in a browser: public/data/dataset.json, the sprites of one split and the
 * textures, decoded to the RGBA / greyscale arrays src/lib/scene expects by the same decoder Node uses
 * (src/lib/image/png-rgba.ts), so every scene here is byte-identical to the one training and `npm run evaluate` see.
 * A split holds hundreds of sprites, so only their sizes are known up front: `ensureScenes` plans a scene's
 * objects (composeScene with planOnly) and fetches just the sprites it draws, once per page.
 */
import { decodePngRgba, type RgbaImage } from '../../lib/image/png-rgba';
import {
  composeScene,
  spriteEntriesFor,
  type DatasetFile,
  type Scene,
  type Split,
  type Sprite,
  type Texture,
} from '../../lib/scene';

export interface SceneSource {
  dataset: DatasetFile;
  split: Split;
  /** Every sprite of the split; `rgba` is empty until ensureScenes has fetched it. */
  sprites: Sprite[];
  textures: Texture[];
  dataUrl: string;
  /** Sprite downloads in flight or done, by file name (one fetch per sprite per page). */
  pending: Map<string, Promise<void>>;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
  return response;
}

/**
 * Fetches a dataset PNG and decodes it with the same pure decoder as Node (src/lib/image/png-rgba.ts), not through a
 * canvas: a canvas premultiplies alpha, which shifted semi-transparent sprite edges by a grey level or so and
 * made the page's scenes differ slightly from the ones the models were trained and evaluated on.
 */
export async function decodeRgba(url: string): Promise<RgbaImage> {
  return decodePngRgba(new Uint8Array(await (await fetchOk(url)).arrayBuffer()));
}

async function loadSceneSource(dataUrl: string, split: Split): Promise<SceneSource> {
  const dataset = (await (await fetchOk(`${dataUrl}/dataset.json`)).json()) as DatasetFile;
  // Sizes from dataset.json; pixels are fetched on demand (ensureScenes). An empty rgba means "not loaded".
  const sprites: Sprite[] = spriteEntriesFor(dataset, split).map((entry) => ({
    name: entry.file,
    classId: entry.classId,
    height: entry.height,
    width: entry.width,
    rgba: new Uint8Array(0),
  }));
  const textures = await Promise.all(
    dataset.textures.map(async (entry) => {
      const { height, width, rgba } = await decodeRgba(`${dataUrl}/${entry.file}`);
      const gray = new Uint8Array(height * width);
      for (let i = 0; i < gray.length; i++) gray[i] = rgba[i * 4];
      return { name: entry.file.replace(/^.*\//, '').replace(/\.png$/, ''), height, width, gray };
    }),
  );
  return { dataset, split, sprites, textures, dataUrl, pending: new Map() };
}

/** Fetches (once) every sprite that scenes `seeds` at height × width draw, so sceneOf can compose them. */
export async function ensureScenes(
  source: SceneSource,
  seeds: readonly number[],
  height: number,
  width: number,
): Promise<void> {
  const names = new Set<string>();
  for (const seed of seeds) {
    const plan = composeScene(seed, {
      height,
      width,
      sprites: source.sprites,
      textures: source.textures,
      planOnly: true,
    });
    for (const o of plan.objects) names.add(o.sprite);
  }
  await Promise.all(
    [...names].map((name) => {
      const sprite = source.sprites.find((s) => s.name === name);
      if (!sprite || sprite.rgba.length > 0) return Promise.resolve();
      let pending = source.pending.get(name);
      if (!pending) {
        pending = decodeRgba(`${source.dataUrl}/${name}`).then(({ height: h, width: w, rgba }) => {
          if (h !== sprite.height || w !== sprite.width)
            throw new Error(`${name} is ${w} × ${h} px, dataset.json says ${sprite.width} × ${sprite.height}`);
          sprite.rgba = rgba;
        });
        pending.catch(() => source.pending.delete(name));
        source.pending.set(name, pending);
      }
      return pending;
    }),
  );
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

/** Scene `seed` at height × width, composed exactly as the training and evaluation scripts compose it (after ensureScenes). */
export function sceneOf(source: SceneSource, seed: number, height: number, width: number): Scene {
  return composeScene(seed, { height, width, sprites: source.sprites, textures: source.textures });
}

/** A seed drawn uniformly from `split`'s range (a reader's "new random scene"). */
export function randomSeed(source: SceneSource): number {
  const range = source.dataset.seedRanges[source.split];
  return range.from + Math.floor(Math.random() * (range.to - range.from));
}
