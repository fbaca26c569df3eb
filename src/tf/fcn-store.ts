/**
 * The shipped FCN-32s / 16s / 8s in a browser page: fetched once (counting bytes as they stream in, for a
 * progress bar), checked against the SHA-256 manifest by src/tf/fcn/load.ts, decoded into tensors on the
 * current tfjs backend. When the reader switches backend (BACKEND_EVENT) the tensors are disposed and the
 * next `load()` decodes the already verified bytes again on the new backend — nothing is downloaded twice.
 * A variant missing from the manifest (its training stage has not finished) or failing its check is
 * reported with a message naming the file; the other variants still load.
 */
import * as tf from '@tensorflow/tfjs-core';
import { BACKEND_EVENT } from '../lib/backend-events';
import { FCN_VARIANTS, type FcnVariant } from './fcn/config';
import { loadFcn, MANIFEST_FILE, type ModelFileReader } from './fcn/load';
import { disposeWeights, parameterCount, inferConfig, type FcnWeights } from './fcn/model';
import type { ModelManifest } from './fcn/sha256';

export type ModelEntry =
  | { variant: FcnVariant; state: 'ready'; weights: FcnWeights; parameters: number }
  | { variant: FcnVariant; state: 'missing' | 'failed'; message: string };

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
}

export const VARIANT_LABEL: Record<FcnVariant, string> = { fcn32s: 'FCN-32s', fcn16s: 'FCN-16s', fcn8s: 'FCN-8s' };

/** Fetches `url`, reading the body stream chunk by chunk and reporting each chunk's length. */
async function fetchCounting(url: string, onBytes: (count: number) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onBytes(bytes.length);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    onBytes(value.length);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export class FcnModelStore {
  readonly baseUrl: string;
  /** Bytes of files that passed the SHA-256 check (kept across backend changes). */
  private readonly verified = new Map<string, Uint8Array>();
  private readonly listeners = new Set<(progress: LoadProgress) => void>();
  private loading: Promise<ModelEntry[]> | undefined;
  private backend: string | undefined;
  /** Goes up whenever loaded weights are disposed; a run that started under an older one is stale. */
  generation = 0;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    document.addEventListener(BACKEND_EVENT, () => {
      if (this.backend !== undefined && tf.getBackend() !== this.backend) this.reset();
    });
  }

  /** Listen to download progress; returns the unsubscribe function. */
  onProgress(listener: (progress: LoadProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** All three variants on the current backend (loaded once; call again after a backend change). */
  load(): Promise<ModelEntry[]> {
    if (this.loading && this.backend === tf.getBackend()) return this.loading;
    if (this.loading) this.reset();
    this.backend = tf.getBackend();
    this.loading = this.loadAll();
    return this.loading;
  }

  /** Dispose every loaded weight tensor; the next load() decodes again. */
  reset(): void {
    const previous = this.loading;
    this.loading = undefined;
    this.backend = undefined;
    this.generation += 1;
    void previous?.then((entries) => {
      for (const entry of entries) if (entry.state === 'ready') disposeWeights(entry.weights);
    });
  }

  private async loadAll(): Promise<ModelEntry[]> {
    let manifest: ModelManifest;
    try {
      manifest = JSON.parse(new TextDecoder().decode(await fetchCounting(`${this.baseUrl}/${MANIFEST_FILE}`, () => {}))) as ModelManifest;
    } catch (error) {
      const message = `the model manifest ${this.baseUrl}/${MANIFEST_FILE} could not be read (${String(error)})`;
      return FCN_VARIANTS.map((variant) => ({ variant, state: 'failed', message }));
    }
    const listed = FCN_VARIANTS.filter((v) => manifest.files[`${v}/model.json`] && manifest.files[`${v}/weights.bin`]);
    const pending = listed.flatMap((v) => [`${v}/model.json`, `${v}/weights.bin`]).filter((f) => !this.verified.has(f));
    const progress: LoadProgress = { loadedBytes: 0, totalBytes: pending.reduce((n, f) => n + (manifest.files[f]?.bytes ?? 0), 0) };
    const report = (): void => { for (const listener of this.listeners) listener({ ...progress }); };
    report();
    const entries: ModelEntry[] = [];
    for (const variant of FCN_VARIANTS) {
      if (!listed.includes(variant)) {
        entries.push({
          variant, state: 'missing',
          message: `${VARIANT_LABEL[variant]} is not available yet: ${this.baseUrl}/${MANIFEST_FILE} does not list ` +
            `${variant}/model.json and ${variant}/weights.bin (its training stage has not finished).`,
        });
        continue;
      }
      const fetched = new Map<string, Uint8Array>();
      const read: ModelFileReader = async (file) => {
        const known = this.verified.get(file);
        if (known) return known;
        const bytes = await fetchCounting(`${this.baseUrl}/${file}`, (count) => {
          progress.loadedBytes += count;
          report();
        });
        fetched.set(file, bytes);
        return bytes;
      };
      try {
        const { weights } = await loadFcn(read, variant, manifest);
        for (const [file, bytes] of fetched) this.verified.set(file, bytes);
        entries.push({ variant, state: 'ready', weights, parameters: parameterCount(inferConfig(weights), variant) });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        entries.push({ variant, state: 'failed', message: `${VARIANT_LABEL[variant]} could not be used: ${reason}` });
      }
    }
    return entries;
  }
}

/** One store per page and models folder, shared by every widget on the page (a download cache, not state). */
const stores = new Map<string, FcnModelStore>();

export function pageModels(baseUrl = '/models'): FcnModelStore {
  let store = stores.get(baseUrl);
  if (!store) {
    store = new FcnModelStore(baseUrl);
    stores.set(baseUrl, store);
  }
  return store;
}
