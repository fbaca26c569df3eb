// Streams scenes to stdout for the PyTorch trainer (scripts/torch/), so the one scene generator
// (src/lib/scene, also run by the browser and `npm run evaluate`) makes every training scene.
//
//   npx tsx scripts/scene-stream.ts --split train --first 0 [--count N] [--size 128] [--objects all]
//
// Each scene is height·width·3 bytes of RGB then height·width bytes of labels; with no --count it streams
// seeds first, first+1, … until stdout closes.
import { parseArgs } from 'node:util';
import { composeScene } from '../src/lib/scene/compose';
import { SEED_RANGES, SPRITE_ORIGINS, type SpriteOrigin, type Split } from '../src/lib/scene/dataset';
import { loadSceneInputs } from './lib/load-data';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'train' },
    first: { type: 'string' },
    count: { type: 'string' },
    size: { type: 'string', default: '128' },
    objects: { type: 'string', default: 'all' },
  },
});
const split = values.split as Split;
if (!(split in SEED_RANGES)) throw new Error(`--split must be train, val or test, got ${values.split}`);
const objects = values.objects as SpriteOrigin | 'all';
if (objects !== 'all' && !SPRITE_ORIGINS.includes(objects)) throw new Error(`--objects must be clipart, emoji or all`);
const first = values.first === undefined ? SEED_RANGES[split].from : Number(values.first);
const count = values.count === undefined ? Infinity : Number(values.count);
const size = Number(values.size);
const inputs = loadSceneInputs(split, undefined, objects);

function write(buffer: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(buffer, (error) => (error ? reject(error) : undefined))) resolve();
    else process.stdout.once('drain', resolve);
  });
}

async function main(): Promise<void> {
  const out = new Uint8Array(size * size * 4);
  for (let k = 0; k < count; k++) {
    const scene = composeScene(first + k, { height: size, width: size, ...inputs });
    for (let i = 0; i < size * size; i++) {
      out[i * 3] = scene.image[i * 4];
      out[i * 3 + 1] = scene.image[i * 4 + 1];
      out[i * 3 + 2] = scene.image[i * 4 + 2];
    }
    out.set(scene.labels, size * size * 3);
    await write(out.slice());
  }
}

process.stdout.on('error', () => process.exit(0));
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
