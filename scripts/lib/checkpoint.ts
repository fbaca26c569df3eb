// Node-only: checkpoints (float32 weights + Adam state + progress) and exporting shipped models (8-bit, see
// SHIPPED_QUANTIZE) with their SHA-256 manifest.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { FcnConfig } from '../../src/lib/fcn/config';
import { FCN_VARIANTS, type FcnVariant } from '../../src/lib/fcn/variants';
import { decodeFcnModel, encodeFcnModel, WEIGHTS_FILE, type FcnModelJson, type Quantize } from '../../src/tf/fcn/io';
import { MANIFEST_FILE } from '../../src/tf/fcn/load';
import { sha256Hex, type ModelManifest } from '../../src/tf/fcn/sha256';
import type { FcnWeights } from '../../src/tf/fcn/weights';

/** A tensor with a name (the shape of tfjs optimizers' getWeights()). */
export interface NamedTensor {
  name: string;
  tensor: tf.Tensor;
}

export const CHECKPOINT_DIR = path.resolve(process.env.FCN_CHECKPOINT_DIR ?? 'checkpoints');
export const MODELS_DIR = path.resolve(process.env.FCN_MODELS_DIR ?? 'public/models');

function writeAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

/** Saves full-precision weights as checkpoints/<name>.json + .bin. */
export async function saveWeights(
  name: string,
  weights: FcnWeights,
  variant: FcnVariant,
  config: FcnConfig,
): Promise<void> {
  const { modelJson, bin } = await encodeFcnModel(weights, variant, config, 'none');
  writeAtomic(path.join(CHECKPOINT_DIR, `${name}.bin`), bin);
  writeAtomic(path.join(CHECKPOINT_DIR, `${name}.json`), JSON.stringify(modelJson));
}

export function loadWeights(name: string): FcnWeights | null {
  const jsonFile = path.join(CHECKPOINT_DIR, `${name}.json`);
  if (!existsSync(jsonFile)) return null;
  const modelJson = JSON.parse(readFileSync(jsonFile, 'utf8')) as FcnModelJson;
  return decodeFcnModel(modelJson, readFileSync(path.join(CHECKPOINT_DIR, `${name}.bin`)));
}

/** Saves named tensors (e.g. the optimizer's moments) as float32. */
export async function saveNamedTensors(name: string, named: NamedTensor[]): Promise<void> {
  const specs = named.map((n) => ({ name: n.name, shape: n.tensor.shape, dtype: n.tensor.dtype }));
  const arrays = await Promise.all(named.map(async (n) => Float32Array.from((await n.tensor.data()) as Float32Array)));
  const bin = new Uint8Array(arrays.reduce((s, a) => s + a.byteLength, 0));
  let offset = 0;
  for (const a of arrays) {
    bin.set(new Uint8Array(a.buffer), offset);
    offset += a.byteLength;
  }
  writeAtomic(path.join(CHECKPOINT_DIR, `${name}.bin`), bin);
  writeAtomic(path.join(CHECKPOINT_DIR, `${name}.json`), JSON.stringify(specs));
}

export function loadNamedTensors(name: string): NamedTensor[] | null {
  const jsonFile = path.join(CHECKPOINT_DIR, `${name}.json`);
  if (!existsSync(jsonFile)) return null;
  const specs = JSON.parse(readFileSync(jsonFile, 'utf8')) as { name: string; shape: number[]; dtype: tf.DataType }[];
  const bytes = readFileSync(path.join(CHECKPOINT_DIR, `${name}.bin`));
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  let offset = 0;
  return specs.map((s) => {
    const size = s.shape.reduce((a, b) => a * b, 1);
    const values = all.subarray(offset, offset + size);
    offset += size;
    return {
      name: s.name,
      tensor: s.dtype === 'int32' ? tf.tensor(Int32Array.from(values), s.shape, 'int32') : tf.tensor(values, s.shape),
    };
  });
}

export function saveJson(file: string, value: unknown): void {
  writeAtomic(file, JSON.stringify(value, null, 1) + '\n');
}

/**
 * How shipped weights are stored. The wide models (2.5 M parameters each) need 8 bits to keep all three under
 * 8 MB; on the test split uint8 cost FCN-8s 0.001 mean IoU against float32 (docs/model-card.md).
 */
export const SHIPPED_QUANTIZE: Quantize = 'uint8';

/** Writes public/models/<variant>/{model.json, weights.bin} (SHIPPED_QUANTIZE) and refreshes manifest.json. */
export async function exportShippedModel(
  weights: FcnWeights,
  variant: FcnVariant,
  config: FcnConfig,
  trainingInfo: Record<string, unknown>,
): Promise<void> {
  const { modelJson, bin } = await encodeFcnModel(weights, variant, config, SHIPPED_QUANTIZE, trainingInfo);
  writeAtomic(path.join(MODELS_DIR, variant, WEIGHTS_FILE), bin);
  writeAtomic(path.join(MODELS_DIR, variant, 'model.json'), JSON.stringify(modelJson, null, 1) + '\n');
  await writeManifest();
}

/** Hashes every shipped model file present into public/models/manifest.json. */
export async function writeManifest(): Promise<ModelManifest> {
  const manifest: ModelManifest = { algorithm: 'SHA-256', files: {} };
  for (const variant of FCN_VARIANTS) {
    for (const file of [`${variant}/model.json`, `${variant}/${WEIGHTS_FILE}`]) {
      const full = path.join(MODELS_DIR, file);
      if (!existsSync(full)) continue;
      const bytes = readFileSync(full);
      manifest.files[file] = { sha256: await sha256Hex(bytes), bytes: bytes.length };
    }
  }
  writeAtomic(path.join(MODELS_DIR, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}
