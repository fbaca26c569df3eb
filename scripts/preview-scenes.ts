import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { composeScene, colouriseLabels } from '../src/lib/scene/index';
import { loadSceneInputs } from './lib/load-data';
// npx tsx scripts/preview-scenes.ts [train|test] [out.png]: 8 composed scenes (images and labels) in one PNG.
const [splitText = 'train', outFile = '/tmp/scenes-preview.png'] = parseArgs({ allowPositionals: true }).positionals;
const inputs = loadSceneInputs(splitText === 'test' ? 'test' : 'train');
const n = 8,
  H = 128,
  W = 128;
const out = new PNG({ width: W * n, height: H * 4 });
const t0 = performance.now();
for (let k = 0; k < 2 * n; k++) {
  const s = composeScene(1000 + k, { height: H, width: W, ...inputs });
  const lab = colouriseLabels(s.labels);
  const row = Math.floor(k / n) * 2,
    col = k % n;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      out.data.set(s.image.subarray(i, i + 4), ((row * H + y) * W * n + col * W + x) * 4);
      out.data.set(lab.subarray(i, i + 4), (((row + 1) * H + y) * W * n + col * W + x) * 4);
    }
}
console.log('ms/scene', (performance.now() - t0) / (2 * n));
writeFileSync(outFile, PNG.sync.write(out));
