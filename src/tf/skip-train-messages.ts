/**
 * The messages between <train-skip-el> (main thread: draws) and its worker (src/widgets/train-skip/
 * train-skip.worker.ts → src/tf/skip-train-session.ts: computes). Plain objects only (structured clone); typed
 * arrays are transferred. No tfjs here, so the widget can import these types without loading tfjs.
 */
import type { BackendName } from '../lib/backend-events';
import type { WorkerBackend } from './worker-backend';
import type { SkipVariant } from '../lib/fcn/variants';

export interface SkipSettings {
  /** Scene side in pixels (the shipped models were trained at 128). */
  size: number;
  /** Training scenes composed and cached (training objects, seeds from firstTrainSeed). */
  trainScenes: number;
  /** Held-out scenes scored every evaluation (test objects, never seen in training). */
  heldOutScenes: number;
  batchSize: number;
  /** Evaluate on the held-out scenes every this many steps. */
  evalEvery: number;
  learningRate: number;
  firstTrainSeed: number;
  firstTestSeed: number;
  /** A stage stops by itself after this many steps. */
  maxStageSteps: number;
}

export interface HeldOutScores {
  meanIoU: number;
  boundaryAccuracy: number;
  pixelAccuracy: number;
}

export type ToWorker =
  | { type: 'init'; modelsUrl: string; dataUrl: string; backend: BackendName | null; settings: SkipSettings }
  | { type: 'train' }
  | { type: 'pause'; reason?: 'hidden' }
  | { type: 'reset' }
  | { type: 'fcn8s' }
  | { type: 'learningRate'; value: number };

export interface DisplayScene {
  seed: number;
  height: number;
  width: number;
  /** RGBA bytes [height, width, 4]. */
  rgba: Uint8ClampedArray;
  truth: Uint8Array;
  /** FCN-32s's labels (its own ×32 head). */
  fcn32: Uint8Array;
}

export interface Evaluation {
  /** Steps done over both stages. */
  step: number;
  stage: SkipVariant;
  stageStep: number;
  scores: HeldOutScores;
  /** The display scene's labels by the head now. */
  labels: Uint8Array;
  /** Share of held-out pixels where the head's label equals FCN-32s's. */
  agreeWithFcn32: number;
  milliseconds: number;
}

/** What the worker is preparing (the page says it in words). */
export type ProgressStep = 'starting' | 'composing' | 'weights' | 'caching' | 'cachingHeldOut';

/**
 * Why the session's state changed: the reader's commands, the page being hidden, and a stage that stopped at its
 * step limit ('limit') or was asked to go on past it ('alreadyDone'; both with the stage's steps in `stageStep`).
 */
export type StateReason =
  'ready' | 'training' | 'paused' | 'hidden' | 'reset' | 'fcn8s' | 'learningRate' | 'limit' | 'alreadyDone';

export type FromWorker =
  | { type: 'progress'; step: ProgressStep; done: number; total: number }
  | {
      type: 'ready';
      backend: Pick<WorkerBackend, 'name' | 'label' | 'why' | 'renderer'>;
      /** Milliseconds: model download + check, scene composition (with sprite downloads), feature caching. */
      timings: { model: number; scenes: number; features: number };
      display: DisplayScene;
      fcn32: HeldOutScores;
      settings: SkipSettings;
    }
  | { type: 'losses'; points: { step: number; stage: SkipVariant; loss: number }[]; stepsPerSecond: number }
  | { type: 'evaluation'; evaluation: Evaluation }
  | {
      type: 'state';
      running: boolean;
      stage: SkipVariant;
      step: number;
      stageStep: number;
      learningRate: number;
      reason: StateReason;
    }
  | { type: 'tensors'; count: number }
  /** `detail`: the exception's own (English) message, quoted inside the page's sentence. */
  | { type: 'error'; detail: string };
