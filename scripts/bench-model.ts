// npx tsx scripts/bench-model.ts [--steps N] [--runs N]
// Model numbers for docs/bench.md ("Model"): training steps/s at the training recipe's batch and size (from
// public/models/training-log.json, plus a fresh measurement of N steps), FCN-8s inference at 256×256 on the
// wasm backend in Node (median of N runs, each after a warm-up), and the tensor count before/after 20 inferences.
// Prints JSON. Run it on an otherwise idle machine: other processes slow every number down.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { SEED_RANGES } from '../src/lib/scene/dataset';
import { SHIPPED_CONFIG } from '../src/lib/fcn/config';
import { FCN_VARIANTS } from '../src/lib/fcn/variants';
import { loadFcn } from '../src/tf/fcn/load';
import { softmaxCrossEntropyIgnore } from '../src/tf/fcn/loss';
import { createFcnWeights, forwardFcn, weightSpecs } from '../src/tf/fcn/model';
import { MODELS_DIR } from './lib/checkpoint';
import { loadSceneInputs } from './lib/load-data';
import { fileReader } from './lib/model-files';
import { composeBatch, scenesToTensors } from './lib/scene-batch';
import { TRAIN_PLAN } from './lib/train-plan';
import { initWasmBackend } from './lib/wasm-backend';
import { wholeNumberOption } from './lib/cli';

const { values: args } = parseArgs({ options: { steps: { type: 'string' }, runs: { type: 'string' } } });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const backend = await initWasmBackend();
  const steps = wholeNumberOption(args.steps, 'steps', 20);
  const runs = wholeNumberOption(args.runs, 'runs', 20);
  const inputs = loadSceneInputs('train');

  // Fresh training steps (FCN-8s head, the costliest), timed after 3 warm-up steps.
  const config = SHIPPED_CONFIG;
  const init = createFcnWeights(config, 1, 'fcn8s');
  const trainable = new Set(
    weightSpecs(config, 'fcn8s')
      .filter((s) => s.trainable)
      .map((s) => s.name),
  );
  const weights = Object.fromEntries(Object.entries(init).map(([k, t]) => [k, trainable.has(k) ? tf.variable(t) : t]));
  const variables = Object.values(weights).filter((t): t is tf.Variable => t instanceof tf.Variable);
  const optimizer = tf.train.adam(1e-4);
  const stepTimes: number[] = [];
  for (let s = 0; s < steps + 3; s++) {
    const t0 = performance.now();
    const seeds = Array.from(
      { length: TRAIN_PLAN.batchSize },
      (_, i) => SEED_RANGES.train.from + s * TRAIN_PLAN.batchSize + i,
    );
    const { images, labels } = scenesToTensors(composeBatch(seeds, [TRAIN_PLAN.size, TRAIN_PLAN.size], inputs));
    const loss = optimizer.minimize(
      () => softmaxCrossEntropyIgnore(forwardFcn(weights, images, 'fcn8s').logits, labels),
      true,
      variables,
    )!;
    await loss.data();
    tf.dispose([images, labels, loss]);
    if (s >= 3) stepTimes.push(performance.now() - t0);
  }
  tf.dispose(Object.values(weights));
  optimizer.dispose();

  // Inference at 256×256 with the shipped FCN-8s (or fresh weights if none are shipped yet).
  const shipped = existsSync(path.join(MODELS_DIR, 'manifest.json'));
  const model = shipped ? (await loadFcn(fileReader(), 'fcn8s')).weights : createFcnWeights(config, 1, 'fcn8s');
  const image = tf.randomUniform([256, 256, 3], 0, 255, 'float32', 1);
  forwardFcn(model, image, 'fcn8s').logits.dispose();
  const before = tf.memory().numTensors;
  const inference: Record<string, number> = {};
  for (const variant of FCN_VARIANTS) {
    if (variant !== 'fcn8s') continue;
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const { logits } = forwardFcn(model, image, variant);
      await logits.data();
      logits.dispose();
      times.push(performance.now() - t0);
    }
    inference[variant] = Math.round(median(times) * 10) / 10;
  }
  const after = tf.memory().numTensors;

  const logFile = path.join(MODELS_DIR, 'training-log.json');
  const log = existsSync(logFile)
    ? (JSON.parse(readFileSync(logFile, 'utf8')) as {
        log: { stage: string; stepsPerSecond: number }[];
        stageSeconds: Record<string, number>;
      })
    : null;
  const logged = log
    ? Object.fromEntries(
        FCN_VARIANTS.map((v) => [v, median(log.log.filter((e) => e.stage === v).map((e) => e.stepsPerSecond)) ?? null]),
      )
    : null;
  console.log(
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model ?? 'unknown',
          loadAverage1m: os.loadavg()[0],
          node: process.version,
          backend,
        },
        training: {
          batchSize: TRAIN_PLAN.batchSize,
          size: TRAIN_PLAN.size,
          measuredStepsPerSecond: Math.round((1000 / median(stepTimes)) * 100) / 100,
          medianStepMs: Math.round(median(stepTimes)),
          loggedMedianStepsPerSecond: logged,
          loggedStageSeconds: log?.stageSeconds ?? null,
        },
        inference256Ms: inference,
        inferenceWeights: shipped ? 'shipped' : 'fresh (no shipped weights yet)',
        tensorsBeforeAfter20: [before, after],
      },
      null,
      1,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
