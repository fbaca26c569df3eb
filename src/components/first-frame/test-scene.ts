/**
 * A test scene composed at build time (for a model widget's first frame): the same generator and PNG decoder as
 * the page (src/widgets/shared/scene-source.ts) and the scripts, reading public/data from disk, decoding only the
 * sprites the scene draws. Build-time only (a .astro file's frontmatter): it reads files with node:fs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePngRgba } from '../../lib/image/png-rgba';
import { composeScene, spriteEntriesFor, type DatasetFile, type Scene, type Sprite } from '../../lib/scene';

const DATA = path.resolve('public/data');
const decode = (file: string) => decodePngRgba(readFileSync(path.join(DATA, file)));

/** Test scene `seed` at size × size px, byte for byte the one the page composes. */
export function buildTestScene(dataset: DatasetFile, seed: number, size: number): Scene {
  const textures = dataset.textures.map((entry) => {
    const png = decode(entry.file);
    const gray = new Uint8Array(png.width * png.height);
    for (let i = 0; i < gray.length; i++) gray[i] = png.rgba[i * 4];
    return { name: entry.file.replace(/^.*\//, '').replace(/\.png$/, ''), height: png.height, width: png.width, gray };
  });
  const sprites: Sprite[] = spriteEntriesFor(dataset, 'test').map((entry) => ({
    name: entry.file,
    classId: entry.classId,
    height: entry.height,
    width: entry.width,
    rgba: new Uint8Array(0),
  }));
  const options = { height: size, width: size, sprites, textures };
  for (const object of composeScene(seed, { ...options, planOnly: true }).objects) {
    const sprite = sprites.find((s) => s.name === object.sprite);
    if (sprite && sprite.rgba.length === 0) sprite.rgba = decode(sprite.name).rgba;
  }
  return composeScene(seed, options);
}
