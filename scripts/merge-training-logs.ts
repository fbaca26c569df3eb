// npx tsx scripts/merge-training-logs.ts <run-models-dir>... — when stages of the plan ran side by side in
// separate folders (FCN_CHECKPOINT_DIR / FCN_MODELS_DIR per run, each resumed from the same checkpoints of the
// stages before), this joins their training logs into public/models/training-log.json: the stages each run
// trained, in plan order, with the committed plan; then copies each variant's folder from the run that trained
// its last stage and refreshes manifest.json. A stage logged by several runs (the shared history) must be identical in each.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MODELS_DIR, saveJson, writeManifest } from './lib/checkpoint';
import { shippedTraining } from '../src/lib/fcn/training-stages';
import { stageName, TRAIN_PLAN } from './lib/train-plan';

interface Entry {
  stage: string;
  step: number;
  elapsedSeconds?: number;
}
interface LogFile {
  plan: unknown;
  machine: unknown;
  parameters: unknown;
  stageSeconds: Record<string, number>;
  log: Entry[];
  val: Entry[];
}

const runs = parseArgs({ allowPositionals: true }).positionals;
if (runs.length === 0) throw new Error('usage: merge-training-logs.ts <run-models-dir>...');
const logs = runs.map((dir) => ({
  dir,
  log: JSON.parse(readFileSync(path.join(dir, 'training-log.json'), 'utf8')) as LogFile,
}));
const merged: LogFile & { stageIndex: number; step: number; elapsedSeconds: number } = {
  ...logs[0].log,
  plan: TRAIN_PLAN,
  stageSeconds: {},
  log: [],
  val: [],
  stageIndex: TRAIN_PLAN.stages.length,
  step: 0,
  elapsedSeconds: 0,
};
for (const stage of TRAIN_PLAN.stages) {
  const name = stageName(stage);
  const source = logs.filter(({ log }) => log.log.some((e) => e.stage === name));
  if (source.length === 0) throw new Error(`no run logged stage ${name}`);
  // Stages before the split are in every run's log (each resumed from the same state): they must agree.
  const entries = (log: LogFile) =>
    JSON.stringify([log.log, log.val].map((list) => list.filter((e) => e.stage === name)));
  const differing = source.filter(({ log }) => entries(log) !== entries(source[0].log));
  if (differing.length > 0) throw new Error(`stage ${name} differs between ${source[0].dir} and ${differing[0].dir}`);
  const { log, dir } = source[0];
  merged.log.push(...log.log.filter((e) => e.stage === name));
  merged.val.push(...log.val.filter((e) => e.stage === name));
  merged.stageSeconds[name] = log.stageSeconds[name] ?? 0;
  console.log(`${name}: ${log.log.filter((e) => e.stage === name).length} log entries from ${dir}`);
}
merged.elapsedSeconds = Math.round(Object.values(merged.stageSeconds).reduce((a, b) => a + b, 0));
saveJson(path.join(MODELS_DIR, 'training-log.json'), merged);

// Each variant ships from the run that trained its shipped stage (shippedTraining: the last marked `ships`, else
// its last stage in the plan), if a run trained it at all.
const shipped = shippedTraining(TRAIN_PLAN.stages);
for (const variant of new Set(TRAIN_PLAN.stages.map((s) => s.variant))) {
  const last = shipped[variant].chain.at(-1)!;
  const run = logs.find(({ log }) => log.log.some((e) => e.stage === last));
  if (!run) continue;
  cpSync(path.join(run.dir, variant), path.join(MODELS_DIR, variant), { recursive: true });
  console.log(`shipped ${variant} (stage ${last}) from ${run.dir}`);
}
await writeManifest();
console.log(`wrote ${path.join(MODELS_DIR, 'training-log.json')} and manifest.json`);
