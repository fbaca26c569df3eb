/**
 * The model computations of src/tf (fcn-browser, fcn-store, score-map, feature-maps, evaluate-browser,
 * backend-check, fcn-trace-run) with the same names and meanings, run by the page's model worker
 * (./fcn-worker.ts). A widget asks `modelOps(host, signal)` instead of importing those modules: the methods are
 * async, a model's weights are a handle (the worker keeps the tensors), and every call belongs to the widget's
 * mount (dropped when it leaves; a newer call of the same method supersedes an older one still waiting).
 */
import { CLASSIC_KERNELS } from '../../lib/conv/classic-kernels';
import { FCN_VARIANTS, type FcnVariant } from '../../lib/fcn/variants';
import type { RgbImage } from '../../lib/image/image-input';
import type { EvaluationResult } from '../../tf/evaluate-browser';
import type { TraceRunOptions } from '../../tf/fcn-trace-run';
import type { ModelHandle, Result, WorkerModelEntry } from '../../tf/fcn-worker-protocol';
import { pageWorker, workerCalls, type Downloads, type WorkerCall } from './fcn-worker';
import { whenNear } from './lazy';
import { unlessAborted } from './widget';

export type { ModelHandle, WorkerModelEntry as ModelEntry };

/** A models folder as the worker's store holds it: which variants load, and how far their download is. */
export interface ModelStore {
  readonly baseUrl: string;
  /** Goes up when the worker switches backend (a run that started before it mixed two backends). */
  readonly generation: number;
  load(variants?: readonly FcnVariant[]): Promise<WorkerModelEntry[]>;
  /** Listen to download progress; returns the unsubscribe function. */
  onProgress(listener: (progress: Downloads) => void): () => void;
}

export interface EvaluationCall {
  models: readonly { variant: FcnVariant; weights: ModelHandle }[];
  /** Where the test scenes come from (a scene source's folder): the worker composes them itself. */
  inputs: { dataUrl: string };
  firstSeed: number;
  scenes: number;
  size: number;
  onProgress?: (done: number, total: number) => void;
  /** Stops the evaluation after its current scene; the result then covers the scenes scored. */
  signal?: AbortSignal;
  /** Ignored: the worker fetches the sprites itself. Kept so the widget's request reads as before. */
  prepare?: (seeds: number[]) => Promise<void>;
}

function storeOf(call: WorkerCall, baseUrl: string): ModelStore {
  const worker = pageWorker();
  const url = baseUrl.replace(/\/$/, '');
  return {
    baseUrl: url,
    get generation() {
      return worker.generation;
    },
    load: (variants = FCN_VARIANTS) => call('load', [url, [...variants]], { concurrent: true }),
    onProgress(listener) {
      const forward = (modelsUrl: string, progress: Downloads) => {
        if (modelsUrl === url) listener(progress);
      };
      worker.downloadListeners.add(forward);
      const known = worker.downloads.get(url);
      if (known) listener(known);
      return () => worker.downloadListeners.delete(forward);
    },
  };
}

function opsOf(call: WorkerCall) {
  return {
    CLASSIC_KERNELS,
    pageModels: (baseUrl = '/models'): ModelStore => storeOf(call, baseUrl),
    finestReady: (store: ModelStore) => call('finestReady', [store.baseUrl]),
    /** A test scene composed in the worker (sprite decoding and composing off the page's thread). */
    testScene: (dataUrl: string, seed: number, size: number) => call('testScene', [dataUrl, seed, size]),
    segment: (model: ModelHandle, image: RgbImage, variant: FcnVariant, runs = 1) =>
      call('segment', [model, image, variant, runs]),
    stageMaps: (model: ModelHandle, image: RgbImage, variant: FcnVariant, classId: number) =>
      call('stageMaps', [model, image, variant, classId]),
    stageLabelMaps: (model: ModelHandle, image: RgbImage, variant: FcnVariant) =>
      call('stageLabelMaps', [model, image, variant]),
    scoreMaps: (model: ModelHandle, image: RgbImage, variant: FcnVariant) => call('scoreMaps', [model, image, variant]),
    classicMaps: (image: RgbImage) => call('classicMaps', [image]),
    firstLayerFilters: (model: ModelHandle) => call('firstLayerFilters', [model]),
    firstLayerMaps: (model: ModelHandle, image: RgbImage) => call('firstLayerMaps', [model, image]),
    layerMaps: (model: ModelHandle, image: RgbImage, layer: string, count: number) =>
      call('layerMaps', [model, image, layer, count]),
    evaluateModels: (request: EvaluationCall): Promise<EvaluationResult> =>
      call(
        'evaluateModels',
        [
          {
            models: request.models.map((m) => m.weights),
            dataUrl: request.inputs.dataUrl,
            firstSeed: request.firstSeed,
            scenes: request.scenes,
            size: request.size,
          },
        ],
        { onProgress: request.onProgress, stop: request.signal },
      ),
    checkBackends: () => call('checkBackends', []),
    runFcnTrace: (options: TraceRunOptions) => call('runFcnTrace', [options]),
    liveTensors: (): Promise<Result<'numTensors'>> => call('numTensors', [], { concurrent: true }),
  };
}

export type ModelOps = ReturnType<typeof opsOf>;

/**
 * Once `host` is near the screen: the page's model worker, started (its backend chosen), and this mount's
 * calls to it. Never settles once `signal` has aborted; rejects when no tfjs backend could start in the worker.
 */
export async function modelOps(host: Element, signal: AbortSignal): Promise<ModelOps> {
  await whenNear(host, { signal });
  await unlessAborted(signal, pageWorker().ready);
  return opsOf(workerCalls(signal));
}
