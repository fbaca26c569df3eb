// npx tsx scripts/preview-predictions.ts <checkpoint-name|variant> [split] [out.png]
// Renders 8 scenes: image, truth and prediction rows, for looking at what a model does.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import * as tf from '@tensorflow/tfjs-core';
import { colouriseLabels, SEED_RANGES, type Split } from '../src/lib/scene/dataset';
import { forwardFcn, variantOf } from '../src/tf/fcn/model';
import { loadFcn } from '../src/tf/fcn/load';
import { loadWeights } from './lib/checkpoint';
import { loadSceneInputs } from './lib/load-data';
import { fileReader } from './lib/model-files';
import { composeBatch } from './lib/scene-batch';
import { initWasmBackend } from './lib/wasm-backend';
import { choiceOption } from './lib/cli';

await initWasmBackend();
const [name = 'fcn8s', splitText = 'test', outFile = '/tmp/predictions.png'] = parseArgs({
  allowPositionals: true,
}).positionals;
const split = choiceOption<Split>(splitText, 'split', ['train', 'val', 'test']);
const weights = loadWeights(name) ?? (await loadFcn(fileReader(), name as 'fcn8s')).weights;
const variant = variantOf(weights);
const [n, size] = [8, 128];
const scenes = composeBatch(
  Array.from({ length: n }, (_, i) => SEED_RANGES[split].from + i),
  [size, size],
  loadSceneInputs(split),
);
const out = new PNG({ width: size * n, height: size * 3 });
scenes.forEach((scene, k) => {
  const predicted = tf.tidy(() => {
    const rgb = tf.slice(tf.tensor3d(Float32Array.from(scene.image), [size, size, 4]), [0, 0, 0], [size, size, 3]);
    return tf.argMax(forwardFcn(weights, rgb, variant).logits, -1);
  });
  const rows = [scene.image, colouriseLabels(scene.labels), colouriseLabels(predicted.dataSync())];
  predicted.dispose();
  rows.forEach((rgba, r) => {
    for (let y = 0; y < size; y++)
      out.data.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), ((r * size + y) * size * n + k * size) * 4);
  });
});
writeFileSync(outFile, PNG.sync.write(out));
console.log(`${variant} (${name}) on ${split}`);
