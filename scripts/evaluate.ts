// npm run evaluate                         → scores the shipped FCN-32s/16s/8s on the test split, writes
//                                            public/models/evaluation.json
// npm run evaluate -- --seeds FROM:TO --json → scores scenes FROM … TO−1, composed from the test split's
//                                            (held-out) objects exactly as the test split is; JSON on stdout
// npm run evaluate -- --split val --json   → the same on validation scenes (training objects, new arrangements)
// Options: --size N (scene side, default the training size 128); --seeds also works with --split val;
// --objects clipart|emoji|all (default all): compose the scenes from that source's objects only.
// evaluation.json holds all three: `models` for all objects (what the pages show), `byObjects.clipart` and
// `byObjects.emoji` for scenes made only of clip-art or only of emoji objects.
// Each model's JSON also has objectPixels (src/lib/metrics/pixel-fates.ts: shares of object pixels right, missed as
// background, given another object class; background false alarms) and the summed confusion matrix.
// Metrics (src/lib/metrics/scores.ts): pixel accuracy, mean accuracy, mean IoU, frequency-weighted IoU, per-class
// IoU (confusion matrix summed over all scenes) and boundary accuracy (pixels within 3 px of a true edge).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pixelFates } from '../src/lib/metrics/pixel-fates';
import { CLASSES, EVAL_SCENES, SEED_RANGES, SPRITE_ORIGINS, type SpriteOrigin } from '../src/lib/scene/dataset';
import { FCN_VARIANTS } from '../src/lib/fcn/variants';
import { loadFcn, loadManifest } from '../src/tf/fcn/load';
import { disposeWeights } from '../src/tf/fcn/weights';
import { MODELS_DIR, saveJson } from './lib/checkpoint';
import { loadSceneInputs } from './lib/load-data';
import { fileReader } from './lib/model-files';
import { BOUNDARY_RADIUS, scoreScenes, seedRange, type SceneScores } from './lib/score-scenes';
import { TORCH_PLAN } from './lib/torch-plan';
import { initWasmBackend } from './lib/wasm-backend';
import { choiceOption, wholeNumberOption } from './lib/cli';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seeds: { type: 'string' },
    size: { type: 'string' },
    split: { type: 'string', default: 'test' },
    objects: { type: 'string', default: 'all' },
  },
});

function parseSeeds(text: string | undefined, split: 'val' | 'test'): [number, number] {
  if (!text) return [SEED_RANGES[split].from, SEED_RANGES[split].from + EVAL_SCENES[split]];
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match) throw new Error(`--seeds wants FROM:TO (TO exclusive), got ${text}`);
  const [from, to] = [Number(match[1]), Number(match[2])];
  if (!(to > from)) throw new Error(`--seeds ${text}: TO must be greater than FROM`);
  return [from, to];
}

function rounded(scores: SceneScores): Record<string, unknown> {
  const r = (v: number | null) => (v === null ? null : Math.round(v * 1e4) / 1e4);
  const fates = pixelFates(scores.confusion);
  return {
    pixelAccuracy: r(scores.pixelAccuracy),
    meanAccuracy: r(scores.meanAccuracy),
    meanIoU: r(scores.meanIoU),
    frequencyWeightedIoU: r(scores.frequencyWeightedIoU),
    boundaryAccuracy: r(scores.boundaryAccuracy),
    perClassIoU: Object.fromEntries(CLASSES.map((c, i) => [c.name, r(scores.perClassIoU[i] ?? null)])),
    perClassAccuracy: Object.fromEntries(CLASSES.map((c, i) => [c.name, r(scores.perClassAccuracy[i] ?? null)])),
    objectPixels: {
      ...fates,
      correct: r(fates.correct),
      missed: r(fates.missed),
      wrongClass: r(fates.wrongClass),
      falseAlarm: r(fates.falseAlarm),
    },
    confusion: scores.confusion,
    scenes: scores.scenes,
    pixels: scores.pixels,
  };
}

async function main(): Promise<void> {
  const json = args.json;
  const seedsOption = args.seeds;
  const size = wholeNumberOption(args.size, 'size', TORCH_PLAN.size);
  const split = choiceOption(args.split, 'split', ['test', 'val'] as const);
  if (split === 'val' && !json)
    throw new Error('--split val prints JSON only (add --json): evaluation.json holds the test split');
  const [from, to] = parseSeeds(seedsOption, split);
  const objects = choiceOption<SpriteOrigin | 'all'>(args.objects, 'objects', [...SPRITE_ORIGINS, 'all']);
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const backend = await initWasmBackend();
  const read = fileReader();
  const manifest = await loadManifest(read);
  const seeds = seedRange(from, to);
  const evaluateObjects = async (source: SpriteOrigin | 'all') => {
    const inputs = loadSceneInputs(split, undefined, source);
    const results: Record<string, Record<string, unknown>> = {};
    for (const variant of FCN_VARIANTS) {
      if (!manifest.files[`${variant}/model.json`]) {
        log(`${variant}: not in public/models/manifest.json, skipped`);
        continue;
      }
      const { weights } = await loadFcn(read, variant, manifest);
      const t0 = performance.now();
      const scores = scoreScenes(weights, variant, seeds, [size, size], inputs);
      disposeWeights(weights);
      log(
        `${source} objects, ${variant}: mIoU ${scores.meanIoU.toFixed(4)} pixel acc ${scores.pixelAccuracy.toFixed(4)} boundary ${scores.boundaryAccuracy.toFixed(4)} (${seeds.length} scenes, ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );
      results[variant] = rounded(scores);
    }
    return { testSprites: inputs.sprites.length, models: results };
  };
  if (json) {
    process.stdout.write(`${JSON.stringify((await evaluateObjects(objects)).models, null, 1)}\n`);
    return;
  }
  const all = await evaluateObjects('all');
  const byObjects: Record<string, unknown> = {};
  for (const source of SPRITE_ORIGINS) byObjects[source] = await evaluateObjects(source);
  const report = {
    split: seedsOption ? 'custom' : split,
    seeds: { from, to },
    sceneSize: [size, size],
    spriteSplit: 'test',
    testSprites: all.testSprites,
    boundaryRadius: BOUNDARY_RADIUS,
    classes: CLASSES.map((c) => c.name),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, backend },
    models: all.models,
    byObjects,
  };
  const out = path.join(MODELS_DIR, 'evaluation.json');
  saveJson(out, report);
  log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
