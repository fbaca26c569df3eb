/**
 * The shipped FCN-32s / 16s / 8s in a browser page: fetched once (counting bytes as they stream in, for a
 * progress bar), checked against the SHA-256 manifest by src/tf/fcn/load.ts, decoded into tensors on the
 * current tfjs backend. When the reader switches backend (BACKEND_EVENT) the tensors are disposed and the
 * next `load()` decodes the already verified bytes again on the new backend — nothing is downloaded twice.
 * Each variant is fetched on first request (the home page's teaser needs only FCN-8s). A variant missing from
 * the manifest (its training stage has not finished) or failing its check is reported with a message naming
 * the file; the other variants still load.
 */
import * as tf from '@tensorflow/tfjs-core';
import { BACKEND_EVENT } from '../lib/backend-events';
import { FCN_VARIANT_LABELS, FCN_VARIANTS, type FcnVariant } from '../lib/fcn/variants';
import { loadFcn, MANIFEST_FILE, type ModelFileReader } from './fcn/load';
import { disposeWeights, parameterCount, inferConfig, type FcnWeights } from './fcn/model';
import type { ModelManifest } from './fcn/sha256';

export type ModelEntry =
  | { variant: FcnVariant; state: 'ready'; weights: FcnWeights; parameters: number }
  | {
      variant: FcnVariant;
      state: 'missing' | 'failed';
      /** The whole sentence, in English (scripts and logs). */
      message: string;
      /** What failed, technically (a file, a check, an HTTP status), for a widget to put in its own sentence. */
      reason?: string;
    };

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
}

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

type ManifestResult = { ok: true; manifest: ModelManifest } | { ok: false; message: string };

export class FcnModelStore {
  readonly baseUrl: string;
  /** Bytes of files that passed the SHA-256 check (kept across backend changes). */
  private readonly verified = new Map<string, Uint8Array>();
  private readonly listeners = new Set<(progress: LoadProgress) => void>();
  /** Download progress over every file fetched so far (a widget asking for more models extends the total). */
  private readonly progress: LoadProgress = { loadedBytes: 0, totalBytes: 0 };
  private manifest: Promise<ManifestResult> | undefined;
  /** Each variant's entry on `backend`, loaded on first request. */
  private readonly entries = new Map<FcnVariant, Promise<ModelEntry>>();
  private backend: string | undefined;
  /** Goes up whenever loaded weights are disposed; a run that started under an older one is stale. */
  generation = 0;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    // On the page a backend change is announced; in a worker load() notices it (tf.getBackend() differs).
    globalThis.document?.addEventListener(BACKEND_EVENT, () => {
      if (this.backend !== undefined && tf.getBackend() !== this.backend) this.reset();
    });
  }

  /** Listen to download progress; returns the unsubscribe function. */
  onProgress(listener: (progress: LoadProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The asked-for variants (default all three) on the current backend, in that order. Each is downloaded and
   * decoded once, on first request, so a page whose widgets only run FCN-8s never fetches the other two.
   */
  load(variants: readonly FcnVariant[] = FCN_VARIANTS): Promise<ModelEntry[]> {
    if (this.backend !== undefined && this.backend !== tf.getBackend()) this.reset();
    this.backend = tf.getBackend();
    return Promise.all(
      variants.map((variant) => {
        let entry = this.entries.get(variant);
        if (!entry) {
          entry = this.loadVariant(variant);
          this.entries.set(variant, entry);
        }
        return entry;
      }),
    );
  }

  /** Dispose every loaded weight tensor; the next load() decodes again (from verified bytes). */
  reset(): void {
    const previous = [...this.entries.values()];
    this.entries.clear();
    this.manifest = undefined;
    this.backend = undefined;
    this.generation += 1;
    for (const entry of previous)
      void entry.then((e) => {
        if (e.state === 'ready') disposeWeights(e.weights);
      });
  }

  private readManifest(): Promise<ManifestResult> {
    this.manifest ??= fetchCounting(`${this.baseUrl}/${MANIFEST_FILE}`, () => {}).then(
      (bytes) => ({ ok: true as const, manifest: JSON.parse(new TextDecoder().decode(bytes)) as ModelManifest }),
      (error: unknown) => ({
        ok: false as const,
        message: `the model manifest ${this.baseUrl}/${MANIFEST_FILE} could not be read (${String(error)})`,
      }),
    );
    return this.manifest;
  }

  private report(): void {
    for (const listener of this.listeners) listener({ ...this.progress });
  }

  private async loadVariant(variant: FcnVariant): Promise<ModelEntry> {
    const result = await this.readManifest();
    if (!result.ok) {
      const message = `${FCN_VARIANT_LABELS[variant]} could not be used: ${result.message}`;
      return { variant, state: 'failed', message, reason: result.message };
    }
    const { manifest } = result;
    const files = [`${variant}/model.json`, `${variant}/weights.bin`];
    if (!files.every((f) => manifest.files[f])) {
      return {
        variant,
        state: 'missing',
        message:
          `${FCN_VARIANT_LABELS[variant]} is not available yet: ${this.baseUrl}/${MANIFEST_FILE} does not list ` +
          `${files.join(' and ')} (its training stage has not finished).`,
      };
    }
    this.progress.totalBytes += files
      .filter((f) => !this.verified.has(f))
      .reduce((n, f) => n + (manifest.files[f]?.bytes ?? 0), 0);
    this.report();
    const fetched = new Map<string, Uint8Array>();
    const read: ModelFileReader = async (file) => {
      const known = this.verified.get(file);
      if (known) return known;
      const bytes = await fetchCounting(`${this.baseUrl}/${file}`, (count) => {
        this.progress.loadedBytes += count;
        this.report();
      });
      fetched.set(file, bytes);
      return bytes;
    };
    try {
      const { weights } = await loadFcn(read, variant, manifest);
      for (const [file, bytes] of fetched) this.verified.set(file, bytes);
      return { variant, state: 'ready', weights, parameters: parameterCount(inferConfig(weights), variant) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        variant,
        state: 'failed',
        message: `${FCN_VARIANT_LABELS[variant]} could not be used: ${reason}`,
        reason,
      };
    }
  }
}

/** The finest variant that loads (FCN-8s, else 16s, else 32s), fetching a coarser one only when needed. */
export async function finestReady(store: FcnModelStore): Promise<ModelEntry> {
  let last: ModelEntry | undefined;
  for (const variant of [...FCN_VARIANTS].reverse()) {
    const [entry] = await store.load([variant]);
    if (entry.state === 'ready') return entry;
    last ??= entry;
  }
  return last!;
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
