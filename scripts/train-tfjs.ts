// npx tsx scripts/train-tfjs.ts [--resume] [--stage-steps 32s=N,16s=N,8s=N] [--export-latest fcn8s-wide] [--stop-after <stage>]
// Trains FCN-32s → 16s → 8s (scripts/lib/train-plan.ts) on tfjs's wasm backend in Node, checkpointing to
// checkpoints/ (weights, Adam state, progress) so `--resume` continues exactly where it stopped. When a stage
// ends its weights are exported float16 to public/models/<variant>/ and manifest.json is refreshed; the log
// (loss, lr, steps/s, validation metrics) is written to public/models/training-log.json.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { SEED_RANGES, EVAL_SCENES } from '../src/lib/scene/dataset';
import { softmaxCrossEntropyIgnore } from '../src/tf/fcn/loss';
import {
  createFcnWeights,
  extendFcnWeights,
  forwardFcn,
  parameterCount,
  weightSpecs,
  type FcnWeights,
} from '../src/tf/fcn/model';
import {
  CHECKPOINT_DIR,
  exportShippedModel,
  loadNamedTensors,
  loadWeights,
  MODELS_DIR,
  saveJson,
  saveNamedTensors,
  saveWeights,
} from './lib/checkpoint';
import { loadSceneInputs } from './lib/load-data';
import { ProgressBar } from './lib/progress';
import { composeBatch, scenesToTensors } from './lib/scene-batch';
import { scoreScenes, seedRange, type SceneScores } from './lib/score-scenes';
import { learningRate, stageConfig, stageName, TRAIN_PLAN, type Stage } from './lib/train-plan';
import { initWasmBackend } from './lib/wasm-backend';
import { fileReader } from './lib/model-files';
import { loadFcn } from '../src/tf/fcn/load';
import { existsSync, readFileSync } from 'node:fs';

interface LogEntry {
  stage: string;
  step: number;
  loss: number;
  lr: number;
  stepsPerSecond: number;
  elapsedSeconds: number;
}
interface ValEntry {
  stage: string;
  step: number;
  loss: number;
  scores: Omit<SceneScores, 'perClassAccuracy' | 'confusion'>;
}
interface TrainState {
  stageIndex: number;
  step: number;
  elapsedSeconds: number;
  stageSeconds: Record<string, number>;
  log: LogEntry[];
  val: ValEntry[];
}

const STATE_FILE = path.join(CHECKPOINT_DIR, 'state.json');
const LOG_FILE = path.join(MODELS_DIR, 'training-log.json');

const { values: args } = parseArgs({
  options: {
    resume: { type: 'boolean', default: false },
    'stage-steps': { type: 'string' },
    'export-latest': { type: 'string' },
    'stop-after': { type: 'string' },
  },
});

function parseStageSteps(stages: Stage[]): void {
  const text = args['stage-steps'];
  if (text === undefined) return;
  for (const part of text.split(',')) {
    const [name, n] = part.split('=');
    const stage = stages.find((s) => stageName(s) === `fcn${name.replace(/^fcn/, '')}`);
    if (stage) stage.steps = Number(n);
  }
}

/**
 * `--export-latest fcn8s-wide`: ship a stage's final weights, or the newest checkpoint of a stage that has not
 * finished (time ran out), with the current export format.
 */
async function exportLatest(variant: string): Promise<void> {
  const stage = TRAIN_PLAN.stages.find((s) => stageName(s) === variant);
  const final = loadWeights(`${variant}-final`);
  const weights = final ?? loadWeights(`${variant}-latest`);
  if (!stage || !weights) throw new Error(`no checkpoints/${variant}-final or -latest to export`);
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as TrainState;
  const current = TRAIN_PLAN.stages[state.stageIndex];
  const step = current && stageName(current) === variant ? state.step : stage.steps;
  await exportShippedModel(weights, stage.variant, stageConfig(TRAIN_PLAN, stage), {
    steps: step,
    plannedSteps: stage.steps,
    batchSize: TRAIN_PLAN.batchSize,
    trainingSize: TRAIN_PLAN.size,
    seconds: Math.round(state.stageSeconds[variant] ?? 0),
    initialisedFrom: stage.from,
    ...(final ? {} : { note: 'exported from the latest checkpoint before the stage finished' }),
  });
  console.log(
    `exported ${path.relative(process.cwd(), path.join(CHECKPOINT_DIR, `${variant}-${final ? 'final' : 'latest'}`))} (step ${step}) to ${path.relative(process.cwd(), path.join(MODELS_DIR, stage.variant))}/`,
  );
}

/**
 * A new machine has no checkpoints/ (they are not committed), but a shipped model is the export of one stage
 * (its trainingInfo names the stage it started from and its steps): a stage that starts from that stage can
 * start from public/models instead (8-bit weights decoded to float32, SHA-256 checked against the manifest).
 */
async function loadShippedStage(stages: Stage[], from: string): Promise<FcnWeights | null> {
  const source = stages.find((s) => stageName(s) === from);
  if (!source) return null;
  const { weights, modelJson } = await loadFcn(fileReader(), source.variant);
  const info = modelJson.trainingInfo ?? {};
  if (info.initialisedFrom !== source.from || info.steps !== source.steps) {
    tf.dispose(Object.values(weights));
    return null;
  }
  console.log(`no checkpoints/${from}-final: starting from the shipped ${source.variant} (its export, 8-bit)`);
  return weights;
}

async function main(): Promise<void> {
  if (args['export-latest'] !== undefined) {
    await initWasmBackend();
    return exportLatest(args['export-latest']);
  }
  const plan = structuredClone(TRAIN_PLAN);
  parseStageSteps(plan.stages);
  const resume = args.resume;
  const backend = await initWasmBackend();
  const inputs = loadSceneInputs('train');
  const valSeeds = seedRange(SEED_RANGES.val.from, SEED_RANGES.val.from + Math.min(plan.valScenes, EVAL_SCENES.val));
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    backend,
  };
  let state: TrainState = { stageIndex: 0, step: 0, elapsedSeconds: 0, stageSeconds: {}, log: [], val: [] };
  if (resume && existsSync(STATE_FILE)) state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as TrainState;
  console.log(
    `backend ${JSON.stringify(backend)}; ${inputs.sprites.length} training sprites; resume=${resume} at stage ${state.stageIndex} step ${state.step}`,
  );
  const bar = new ProgressBar(25);
  const writeLog = () =>
    saveJson(LOG_FILE, {
      plan,
      machine,
      parameters: Object.fromEntries(
        plan.stages.map((s) => [s.variant, parameterCount(stageConfig(plan, s), s.variant)]),
      ),
      ...state,
    });

  for (; state.stageIndex < plan.stages.length; state.stageIndex++, state.step = 0) {
    const stage = plan.stages[state.stageIndex];
    const label = stageName(stage);
    const config = stageConfig(plan, stage);
    // Initial weights: checkpoint (resume) → previous stage's final weights → fresh.
    let init: FcnWeights | null = state.step > 0 ? loadWeights(`${label}-latest`) : null;
    if (!init && stage.from) {
      const from = loadWeights(`${stage.from}-final`) ?? (await loadShippedStage(plan.stages, stage.from));
      if (!from) throw new Error(`stage ${label} needs checkpoints/${stage.from}-final; train that stage first`);
      init = extendFcnWeights(from, config, plan.seed + state.stageIndex, stage.variant);
      tf.dispose(Object.values(from));
    }
    if (!init) {
      init = createFcnWeights(config, plan.seed, stage.variant);
      state.step = 0;
    }
    const trainable = new Set(
      weightSpecs(config, stage.variant)
        .filter((s) => s.trainable)
        .map((s) => s.name),
    );
    const weights: FcnWeights = {};
    for (const [name, t] of Object.entries(init)) {
      weights[name] = trainable.has(name) ? tf.variable(t, true, `${label}/${name}`) : t;
      if (weights[name] !== t) t.dispose();
    }
    const variables = Object.values(weights).filter((t): t is tf.Variable => t instanceof tf.Variable);
    const optimizer = tf.train.adam(stage.lr);
    if (state.step > 0) {
      const saved = loadNamedTensors(`${label}-adam`);
      if (saved) {
        await optimizer.setWeights(saved);
        // setWeights wraps each tensor in a new variable that shares its data: drop our references.
        tf.dispose(saved.map((n) => n.tensor));
      }
    }
    bar.log(
      `stage ${label}: ${stage.steps} steps from ${stage.from ?? 'scratch'}; ${variables.length} trainable tensors, ${parameterCount(config, stage.variant)} parameters`,
    );

    let [windowLoss, windowSteps, windowStart] = [0, 0, performance.now()];
    let lastSave = performance.now();
    const stageStart = performance.now() - (state.stageSeconds[label] ?? 0) * 1000;
    const checkpoint = async () => {
      await saveWeights(`${label}-latest`, weights, stage.variant, config);
      const optimizerState = await optimizer.getWeights();
      await saveNamedTensors(`${label}-adam`, optimizerState);
      // getWeights() makes a fresh 'iter' scalar each call (the moments are the live variables): free it.
      optimizerState.find((w) => w.name === 'iter')?.tensor.dispose();
      state.stageSeconds[label] = (performance.now() - stageStart) / 1000;
      saveJson(STATE_FILE, state);
      writeLog();
      lastSave = performance.now();
    };
    while (state.step < stage.steps) {
      const lr = learningRate(stage, state.step, plan.finalLrFraction);
      (optimizer as unknown as { learningRate: number }).learningRate = lr;
      const base = SEED_RANGES.train.from + state.stageIndex * plan.seedsPerStage + state.step * plan.batchSize;
      const seeds = seedRange(base, base + plan.batchSize);
      const t0 = performance.now();
      const { images, labels } = scenesToTensors(composeBatch(seeds, [plan.size, plan.size], inputs));
      const forward = { dropoutRate: stage.dropoutRate ?? 0, dropoutSeed: base };
      const lossTensor = optimizer.minimize(
        () => softmaxCrossEntropyIgnore(forwardFcn(weights, images, stage.variant, forward).logits, labels),
        true,
        variables,
      );
      const loss = (await lossTensor!.data())[0];
      tf.dispose([images, labels, lossTensor!]);
      if (!Number.isFinite(loss)) throw new Error(`loss became ${loss} at ${label} step ${state.step}`);
      state.step++;
      state.elapsedSeconds += (performance.now() - t0) / 1000;
      windowLoss += loss;
      windowSteps++;
      const seconds = (performance.now() - windowStart) / 1000;
      bar.update({
        label,
        step: state.step,
        total: stage.steps,
        loss: windowLoss / windowSteps,
        stepsPerSecond: windowSteps / seconds,
      });
      if (state.step % 25 === 0 || state.step === stage.steps) {
        state.log.push({
          stage: label,
          step: state.step,
          loss: windowLoss / windowSteps,
          lr,
          stepsPerSecond: windowSteps / seconds,
          elapsedSeconds: Math.round(state.elapsedSeconds),
        });
        [windowLoss, windowSteps, windowStart] = [0, 0, performance.now()];
      }
      if (state.step % plan.valEvery === 0 || state.step === stage.steps) {
        const scores = scoreScenes(weights, stage.variant, valSeeds, [plan.size, plan.size], inputs);
        const { perClassAccuracy: _omit, confusion: _matrix, ...kept } = scores;
        state.val.push({ stage: label, step: state.step, loss: state.log.at(-1)?.loss ?? loss, scores: kept });
        bar.log(
          `  val ${label} step ${state.step}: mIoU ${scores.meanIoU.toFixed(3)} pixAcc ${scores.pixelAccuracy.toFixed(3)} boundary ${scores.boundaryAccuracy.toFixed(3)} (${tf.memory().numTensors} tensors)`,
        );
      }
      if (state.step % plan.checkpointEverySteps === 0 || performance.now() - lastSave > 180_000) await checkpoint();
    }
    await checkpoint();
    await saveWeights(`${label}-final`, weights, stage.variant, config);
    await exportShippedModel(weights, stage.variant, config, {
      steps: stage.steps,
      batchSize: plan.batchSize,
      trainingSize: plan.size,
      seconds: Math.round(state.stageSeconds[label] ?? 0),
      initialisedFrom: stage.from,
    });
    if (args['stop-after'] === label) {
      state.stageIndex++;
      state.step = 0;
      saveJson(STATE_FILE, state);
      writeLog();
      bar.log(`stage ${label} done; stopping (--stop-after)`);
      return;
    }
    bar.log(
      `stage ${label} done in ${Math.round(state.stageSeconds[label] ?? 0)} s; exported ${path.relative(process.cwd(), path.join(MODELS_DIR, stage.variant))}/`,
    );
    tf.dispose(Object.values(weights));
    optimizer.dispose();
  }
  saveJson(STATE_FILE, state);
  writeLog();
  console.log(`training finished: ${Math.round(state.elapsedSeconds)} s of steps`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
