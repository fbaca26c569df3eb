// Loading a shipped FCN: fetch the manifest, model.json and weights.bin, verify each file's SHA-256, decode.
// Works in browsers and in Node (pass a fetch-like reader for files).
import type { FcnVariant } from '../../lib/fcn/variants';
import { decodeFcnModel, WEIGHTS_FILE, type FcnModelJson } from './io';
import { verifyFile, type ModelManifest } from './sha256';
import type { FcnWeights } from './weights';

/** Reads a file below the models folder (e.g. 'fcn8s/model.json') as bytes. */
export type ModelFileReader = (file: string) => Promise<Uint8Array>;

export const MANIFEST_FILE = 'manifest.json';

/** A reader that fetches `${baseUrl}/${file}` (baseUrl such as '/models'). */
export function fetchReader(baseUrl: string): ModelFileReader {
  return async (file) => {
    const response = await fetch(`${baseUrl.replace(/\/$/, '')}/${file}`);
    if (!response.ok) throw new Error(`could not fetch ${file}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

export async function loadManifest(read: ModelFileReader): Promise<ModelManifest> {
  return JSON.parse(new TextDecoder().decode(await read(MANIFEST_FILE))) as ModelManifest;
}

export interface LoadedFcn {
  variant: FcnVariant;
  modelJson: FcnModelJson;
  weights: FcnWeights;
}

/** Loads and verifies one variant; throws IntegrityError if a byte differs from the manifest. */
export async function loadFcn(
  read: ModelFileReader,
  variant: FcnVariant,
  manifest?: ModelManifest,
): Promise<LoadedFcn> {
  const m = manifest ?? (await loadManifest(read));
  const jsonFile = `${variant}/model.json`;
  const binFile = `${variant}/${WEIGHTS_FILE}`;
  const [jsonBytes, bin] = await Promise.all([read(jsonFile), read(binFile)]);
  await verifyFile(m, jsonFile, jsonBytes);
  await verifyFile(m, binFile, bin);
  const modelJson = JSON.parse(new TextDecoder().decode(jsonBytes)) as FcnModelJson;
  return { variant, modelJson, weights: decodeFcnModel(modelJson, bin) };
}
