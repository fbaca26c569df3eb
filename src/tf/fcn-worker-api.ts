/**
 * What the page's model worker computes (src/widgets/shared/fcn.worker.ts runs it; the messages are
 * ./fcn-worker-protocol.ts): the shipped FCNs on images (./fcn-browser.ts), their score and feature maps
 * (./score-map.ts, ./feature-maps.ts), the evaluation (./evaluate-browser.ts), the backend check
 * (./backend-check.ts) and the tracer's run (./fcn-trace-run.ts) — tfjs on the worker's own backend
 * (./worker-backend.ts: WebGL on an OffscreenCanvas, WASM, then CPU). Weights stay here, named by a ModelHandle;
 * one model store per models folder re-decodes them after a backend switch. Calls run one at a time.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendInfo, BackendName } from '../lib/backend-events';
import type { RgbImage } from '../lib/image/image-input';
import type { FcnVariant } from '../lib/fcn/variants';
import { checkBackends } from './backend-check';
import { evaluateModels, type SceneInputs } from './evaluate-browser';
import { finestReady, pageModels, segment, stageLabelMaps, stageMaps, type ModelEntry } from './fcn-browser';
import type { Scene } from '../lib/scene';
import type { FcnWeights } from './fcn/model';
import type { Args, Method, ModelHandle, Result, WorkerModelEntry } from './fcn-worker-protocol';
import { runFcnTrace } from './fcn-trace-run';
import { classicMaps, firstLayerFilters, layerMaps } from './feature-maps';
import { scoreMaps } from './score-map';
import { prepareWasm, startWorkerBackend } from './worker-backend';

/** What one call may use besides its arguments: its cancellation and a progress report. */
export interface CallContext {
  signal: AbortSignal;
  progress(done: number, total: number): void;
}

/** Scene inputs for the evaluation (the worker fetches the sprites seeds draw; src/widgets/shared/scene-source.ts). */
export interface SceneProvider {
  inputs(dataUrl: string): Promise<SceneInputs>;
  prepare(dataUrl: string, seeds: number[], size: number): Promise<void>;
  scene(dataUrl: string, seed: number, size: number): Promise<Scene>;
}

export type WorkerApi = { [M in Method]: (context: CallContext, ...args: Args<M>) => Promise<Result<M>> };

const plainEntry = (modelsUrl: string, entry: ModelEntry): WorkerModelEntry =>
  entry.state === 'ready'
    ? {
        variant: entry.variant,
        state: 'ready',
        weights: { modelsUrl, variant: entry.variant },
        parameters: entry.parameters,
      }
    : { variant: entry.variant, state: entry.state, message: entry.message, reason: entry.reason };

/** The weights a handle names, on the current backend (decoded again after a switch). */
async function weightsOf(model: ModelHandle): Promise<FcnWeights> {
  const [entry] = await pageModels(model.modelsUrl).load([model.variant]);
  if (entry.state !== 'ready') throw new Error(entry.message);
  return entry.weights;
}

/** Shapes × models × backends already run once (the first run compiles shaders / allocates). */
const warm = new Set<string>();

async function timedSegment(model: ModelHandle, image: RgbImage, variant: FcnVariant, runs = 1) {
  const weights = await weightsOf(model);
  const key = `${tf.getBackend()} ${model.modelsUrl} ${variant} ${image.height}x${image.width}`;
  if (runs > 1 && !warm.has(key)) await segment(weights, image, variant);
  warm.add(key);
  const outs = [];
  for (let i = 0; i < Math.max(1, runs); i++) outs.push(await segment(weights, image, variant));
  const times = outs.map((o) => o.milliseconds).sort((a, b) => a - b);
  return { ...outs[outs.length - 1], milliseconds: times[Math.floor(times.length / 2)] };
}

/** Runs `work` on backend `name`, then returns to the worker's backend (for the backend check). */
async function withBackend<T>(name: BackendName, work: () => Promise<T> | T): Promise<T> {
  const previous = tf.getBackend();
  if (name === 'wasm') prepareWasm();
  if (!(await tf.setBackend(name))) throw new Error(`tfjs could not start the ${name} backend`);
  try {
    return await work();
  } finally {
    await tf.setBackend(previous);
  }
}

/** Starts (or switches to) the best backend, the reader's choice first; says which, for the page's badge. */
export async function startBackend(preferred: BackendName | null): Promise<BackendInfo> {
  const started = await startWorkerBackend(preferred, { allowCpu: true });
  return { name: started.name, gpu: started.gpu, renderer: started.renderer, reason: started.reason };
}

const webglOf = (): MathBackendWebGL | undefined => tf.findBackend('webgl') as MathBackendWebGL | undefined;

/** Calls `onLost` once if the WebGL context now in use is lost (a GPU reset, a driver crash). */
export function watchContextLoss(onLost: () => void): void {
  if (tf.getBackend() !== 'webgl') return;
  const canvas = webglOf()?.gpgpu?.gl?.canvas;
  if (!canvas || !('addEventListener' in canvas)) return;
  canvas.addEventListener('webglcontextlost', onLost, { once: true });
}

/** After a lost WebGL context: move to WASM (CPU last) and make WebGL startable again later. */
export async function recoverFromContextLoss(): Promise<BackendInfo> {
  const factory = tf.findBackendFactory('webgl');
  const info = await startBackend('wasm');
  tf.removeBackend('webgl');
  if (factory) tf.registerBackend('webgl', factory, 2);
  return { ...info, reason: 'the WebGL context was lost, so the worker moved to WASM' };
}

/** Download progress of a models folder, reported as the bytes arrive. */
export function watchDownloads(modelsUrl: string, report: (loadedBytes: number, totalBytes: number) => void): void {
  pageModels(modelsUrl).onProgress((p) => report(p.loadedBytes, p.totalBytes));
}

export function workerApi(scenes: SceneProvider): WorkerApi {
  return {
    load: async (_, modelsUrl, variants) =>
      (await pageModels(modelsUrl).load(variants)).map((e) => plainEntry(modelsUrl, e)),
    finestReady: async (_, modelsUrl) => plainEntry(modelsUrl, await finestReady(pageModels(modelsUrl))),
    testScene: async (_, dataUrl, seed, size) => {
      const scene = await scenes.scene(dataUrl, seed, size);
      return { rgba: scene.image, labels: scene.labels, objects: scene.objects.map((o) => o.classId) };
    },
    segment: (_, model, image, variant, runs) => timedSegment(model, image, variant, runs),
    stageMaps: async (_, model, image, variant, classId) => stageMaps(await weightsOf(model), image, variant, classId),
    stageLabelMaps: async (_, model, image, variant) => stageLabelMaps(await weightsOf(model), image, variant),
    scoreMaps: async (_, model, image, variant) => scoreMaps(await weightsOf(model), image, variant),
    classicMaps: (_, image) => classicMaps(image),
    firstLayerFilters: async (_, model) => firstLayerFilters(await weightsOf(model)),
    firstLayerMaps: async (_, model, image) => layerMaps(await weightsOf(model), image, 'conv1_1', Infinity),
    layerMaps: async (_, model, image, layer, count) => layerMaps(await weightsOf(model), image, layer, count),
    evaluateModels: async ({ signal, progress }, request) => {
      const models = [];
      for (const handle of request.models) models.push({ variant: handle.variant, weights: await weightsOf(handle) });
      return evaluateModels({
        models,
        inputs: await scenes.inputs(request.dataUrl),
        firstSeed: request.firstSeed,
        scenes: request.scenes,
        size: request.size,
        signal,
        onProgress: progress,
        prepare: (seeds) => scenes.prepare(request.dataUrl, seeds, request.size),
      });
    },
    checkBackends: () => checkBackends(withBackend),
    runFcnTrace: (_, options) => runFcnTrace(options),
    numTensors: () => Promise.resolve(tf.memory().numTensors),
    loseWebglContext: async () => {
      const lose = webglOf()?.gpgpu?.gl?.getExtension('WEBGL_lose_context');
      lose?.loseContext();
      return Boolean(lose);
    },
  };
}
