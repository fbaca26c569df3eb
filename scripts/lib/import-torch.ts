// Node-only: a finished PyTorch stage (checkpoints/torch/<stage>/export.json + export.bin, float32 in tfjs layouts,
// batch norm folded) becomes public/models/<variant>/ in the shipped 8-bit format, and the stage logs become
// public/models/training-log.json.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { SHIPPED_CONFIG } from '../../src/lib/fcn/config';
import { parameterCount, weightSpecs, type FcnWeights } from '../../src/tf/fcn/weights';
import { exportShippedModel, MODELS_DIR, saveJson } from './checkpoint';
import { TORCH_DIR, TORCH_PLAN, type TorchStage } from './torch-plan';

interface ExportJson {
  weights: { name: string; shape: number[] }[];
  trainingInfo: Record<string, unknown>;
}

/** The float32 weights a stage exported, checked name by name and shape by shape against weightSpecs. */
export function readTorchExport(stage: TorchStage): { weights: FcnWeights; info: Record<string, unknown> } {
  const dir = path.join(TORCH_DIR, stage.name);
  const meta = JSON.parse(readFileSync(path.join(dir, 'export.json'), 'utf8')) as ExportJson;
  const bytes = readFileSync(path.join(dir, 'export.bin'));
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const specs = weightSpecs(SHIPPED_CONFIG, stage.variant);
  if (meta.weights.length !== specs.length)
    throw new Error(`${stage.name}: ${meta.weights.length} tensors, expected ${specs.length}`);
  const weights: FcnWeights = {};
  let offset = 0;
  meta.weights.forEach((w, i) => {
    if (w.name !== specs[i].name || w.shape.join() !== specs[i].shape.join()) {
      throw new Error(
        `${stage.name}: tensor ${i} is ${w.name} ${w.shape}, expected ${specs[i].name} ${specs[i].shape}`,
      );
    }
    const size = w.shape.reduce((a, b) => a * b, 1);
    weights[w.name] = tf.tensor(all.slice(offset, offset + size), w.shape);
    offset += size;
  });
  if (offset !== all.length) throw new Error(`${stage.name}: export.bin has ${all.length} floats, the specs ${offset}`);
  return { weights, info: meta.trainingInfo };
}

export async function importTorchStage(stage: TorchStage): Promise<void> {
  const { weights, info } = readTorchExport(stage);
  await exportShippedModel(weights, stage.variant, SHIPPED_CONFIG, info);
  tf.dispose(Object.values(weights));
  console.log(`shipped ${stage.name} as public/models/${stage.variant}/`);
}

interface TorchLogEntry {
  step: number;
  loss: number;
  lr: number;
  seconds: number;
  valMeanIoU?: number;
  valPixelAccuracy?: number;
}

/** Merges every stage's log.json into public/models/training-log.json (the format the training curves read). */
export function writeTrainingLog(): void {
  const log: object[] = [];
  const val: object[] = [];
  const stageSeconds: Record<string, number> = {};
  for (const stage of TORCH_PLAN.stages) {
    const file = path.join(TORCH_DIR, stage.name, 'log.json');
    if (!existsSync(file)) continue;
    const entries = JSON.parse(readFileSync(file, 'utf8')) as TorchLogEntry[];
    stageSeconds[stage.name] = entries.at(-1)?.seconds ?? 0;
    for (const e of entries) {
      if (e.step % 25 === 0)
        log.push({
          stage: stage.name,
          step: e.step,
          loss: e.loss,
          lr: e.lr,
          stepsPerSecond: e.step / e.seconds,
          elapsedSeconds: e.seconds,
        });
      if (e.valMeanIoU !== undefined)
        val.push({
          stage: stage.name,
          step: e.step,
          loss: e.loss,
          scores: {
            meanIoU: e.valMeanIoU,
            ...(e.valPixelAccuracy === undefined ? {} : { pixelAccuracy: e.valPixelAccuracy }),
          },
        });
    }
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    framework: 'PyTorch (Debian python3-torch)',
  };
  const parameters = Object.fromEntries(
    TORCH_PLAN.stages.map((s) => [s.variant, parameterCount(SHIPPED_CONFIG, s.variant)]),
  );
  saveJson(path.join(MODELS_DIR, 'training-log.json'), {
    plan: TORCH_PLAN,
    machine,
    parameters,
    stageSeconds,
    log,
    val,
  });
}
