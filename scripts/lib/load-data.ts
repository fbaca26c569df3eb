// Node-only: decode public/data (dataset.json, sprites, textures) into the generator's inputs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePngRgba, type RgbaImage } from '../../src/lib/image/png-rgba';
import { spriteEntriesFor, type DatasetFile, type SpriteOrigin, type Split } from '../../src/lib/scene/dataset';
import type { Sprite, Texture } from '../../src/lib/scene/types';

export const DATA_DIR = path.resolve('public/data');

export function loadDatasetFile(dir = DATA_DIR): DatasetFile {
  return JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as DatasetFile;
}

/** The browser decodes with the same function (src/widgets/shared/scene-source.ts): identical scenes. */
function decode(file: string): RgbaImage {
  return decodePngRgba(readFileSync(file));
}

export function loadSprites(
  dataset: DatasetFile,
  split: Split,
  dir = DATA_DIR,
  origin: SpriteOrigin | 'all' = 'all',
): Sprite[] {
  return spriteEntriesFor(dataset, split, origin).map((entry) => {
    const png = decode(path.join(dir, entry.file));
    return {
      name: entry.file,
      classId: entry.classId,
      height: png.height,
      width: png.width,
      rgba: new Uint8Array(png.rgba.buffer, png.rgba.byteOffset, png.rgba.length),
    };
  });
}

export function loadTextures(dataset: DatasetFile, dir = DATA_DIR): Texture[] {
  return dataset.textures.map((entry) => {
    const png = decode(path.join(dir, entry.file));
    const gray = new Uint8Array(png.width * png.height);
    for (let i = 0; i < gray.length; i++) gray[i] = png.rgba[i * 4];
    return { name: path.basename(entry.file, '.png'), height: png.height, width: png.width, gray };
  });
}

export interface SceneInputs {
  sprites: Sprite[];
  textures: Texture[];
}

export function loadSceneInputs(split: Split, dir = DATA_DIR, origin: SpriteOrigin | 'all' = 'all'): SceneInputs {
  const dataset = loadDatasetFile(dir);
  return { sprites: loadSprites(dataset, split, dir, origin), textures: loadTextures(dataset, dir) };
}
