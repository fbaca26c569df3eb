/**
 * The messages between the page (src/widgets/shared/fcn-worker.ts: draws) and its one page-wide model worker
 * (src/widgets/shared/fcn.worker.ts → ./fcn-worker-api.ts: computes). Every model computation is a `call` of one
 * method of `FcnWorkerApi` with an id; the worker answers `result` or `error` with the same id (an error is a
 * message, never a crash), and `progress` for long runs. Weights never cross: a model is named by a
 * `ModelHandle` (models folder + variant) and the worker keeps the tensors. Plain objects only (structured
 * clone); the worker transfers the typed arrays it returns. No tfjs here, so widgets may import these types.
 */
import type { BackendInfo, BackendName } from '../lib/backend-events';
import type { RgbImage } from '../lib/image/image-input';
import type { FcnVariant } from '../lib/fcn/variants';
import type { BackendResult } from './backend-check';
import type { EvaluationResult } from './evaluate-browser';
import type { Segmentation, StageLabelMap, StageMap } from './fcn-browser';
import type { TraceRun, TraceRunOptions } from './fcn-trace-run';
import type { FeatureMap, FirstLayerFilter, LayerMaps } from './feature-maps';
import type { ScoreMaps } from './score-map';

/** A shipped model as the page names it: the worker holds its weights. */
export interface ModelHandle {
  modelsUrl: string;
  variant: FcnVariant;
}

export type WorkerModelEntry =
  | { variant: FcnVariant; state: 'ready'; weights: ModelHandle; parameters: number }
  | { variant: FcnVariant; state: 'missing' | 'failed'; message: string; reason?: string };

/** What the worker needs to evaluate: the models, where the scenes come from, which scenes. */
export interface WorkerEvaluation {
  models: ModelHandle[];
  dataUrl: string;
  firstSeed: number;
  scenes: number;
  size: number;
}

/** A test scene composed in the worker (the page then only draws it): pixels, true labels, objects' classes. */
export interface WorkerScene {
  rgba: Uint8ClampedArray;
  labels: Uint8Array;
  objects: number[];
}

/** Every computation the worker offers: arguments → result (the worker's implementation is async). */
export interface FcnWorkerApi {
  load(modelsUrl: string, variants: FcnVariant[]): WorkerModelEntry[];
  finestReady(modelsUrl: string): WorkerModelEntry;
  /** Test scene `seed` at size × size px, composed from the data folder `dataUrl` (fetching its sprites). */
  testScene(dataUrl: string, seed: number, size: number): WorkerScene;
  /** With `runs` > 1: one untimed warm-up when this model has not yet run at this size, then the median time. */
  segment(model: ModelHandle, image: RgbImage, variant: FcnVariant, runs?: number): Segmentation;
  stageMaps(model: ModelHandle, image: RgbImage, variant: FcnVariant, classId: number): StageMap[];
  stageLabelMaps(model: ModelHandle, image: RgbImage, variant: FcnVariant): StageLabelMap[];
  scoreMaps(model: ModelHandle, image: RgbImage, variant: FcnVariant): ScoreMaps;
  classicMaps(image: RgbImage): FeatureMap[];
  firstLayerFilters(model: ModelHandle): FirstLayerFilter[];
  firstLayerMaps(model: ModelHandle, image: RgbImage): LayerMaps;
  layerMaps(model: ModelHandle, image: RgbImage, layer: string, count: number): LayerMaps;
  evaluateModels(request: WorkerEvaluation): EvaluationResult;
  checkBackends(): BackendResult[];
  runFcnTrace(options: TraceRunOptions): TraceRun;
  numTensors(): number;
  /** Test hook: lose the worker's WebGL context, as a GPU reset would (true when there was one to lose). */
  loseWebglContext(): boolean;
}

export type Method = keyof FcnWorkerApi;
export type Args<M extends Method> = Parameters<FcnWorkerApi[M]>;
export type Result<M extends Method> = ReturnType<FcnWorkerApi[M]>;

export type Call = { [M in Method]: { type: 'call'; id: number; method: M; args: Args<M> } }[Method];

export type ToFcnWorker =
  | { type: 'start'; backend: BackendName | null }
  | { type: 'switch'; backend: BackendName }
  | Call
  /** Drop these calls: unstarted ones never run; a running evaluation stops after its scene and answers. */
  | { type: 'cancel'; ids: number[] };

export type FromFcnWorker =
  | { type: 'backend'; info: BackendInfo }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string }
  | { type: 'progress'; id: number; done: number; total: number }
  /** Bytes of model files downloaded so far in the models folder `modelsUrl` (for progress bars). */
  | { type: 'download'; modelsUrl: string; loadedBytes: number; totalBytes: number }
  /** The worker could not start any backend: every call will fail with this message. */
  | { type: 'failed'; message: string };
