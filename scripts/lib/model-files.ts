// Node-only: read shipped model files from public/models/ for src/tf/fcn/load.ts (same checks as the browser).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelFileReader } from '../../src/tf/fcn/load';
import { MODELS_DIR } from './checkpoint';

export function fileReader(dir = MODELS_DIR): ModelFileReader {
  return async (file) => new Uint8Array(await readFile(path.join(dir, file)));
}
