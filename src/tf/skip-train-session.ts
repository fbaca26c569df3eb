/**
 * One reader's skip-training run, inside the worker: cache the frozen FCN-32s's maps for the training and
 * held-out scenes, then take steps while asked to, scoring the held-out scenes every few steps with the metric
 * code every page uses (src/lib/metrics/tally.ts). Every operation runs one after another (a promise chain),
 * so a Reset or a stage change never lands in the middle of a step. Talks only through `post`.
 */
import { boundaryMask } from '../lib/metrics/scores';
import { addScene, BOUNDARY_RADIUS, emptyTally, tallyScores } from '../lib/metrics/tally';
import type { FcnWeights } from './fcn/model';
import { disposeWeights } from './fcn/model';
import { cacheFeatures, disposeFeatures, SkipTrainer, type CachedFeatures } from './skip-train';
import type {
  DisplayScene,
  Evaluation,
  FromWorker,
  HeldOutScores,
  SkipSettings,
  StateReason,
} from './skip-train-messages';
import { liveTensors, type WorkerBackend } from './worker-backend';

/** Scenes as the network sees them: RGB floats [n, h, w, 3] and labels [n, h, w]; RGBA kept for drawing. */
export interface SceneSet {
  seeds: number[];
  rgb: Float32Array;
  labels: Uint8Array;
  rgba: Uint8ClampedArray[];
}

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

const yieldNow = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class SkipSession {
  private running = false;
  private looping = false;
  private queue: Promise<unknown> = Promise.resolve();
  private totalSteps = 0;
  /** Wall time of the last few steps (training only), for steps per second. */
  private stepTimes: number[] = [];
  private readonly bands: Uint8Array[];
  private readonly displayIndex: number;

  private constructor(
    private readonly trainer: SkipTrainer,
    private readonly train: CachedFeatures,
    private readonly heldOut: CachedFeatures,
    private readonly fcn32Labels: Int32Array,
    private readonly heldOutLabels: Uint8Array,
    private readonly settings: SkipSettings,
    private readonly post: Post,
  ) {
    const n = settings.size * settings.size;
    this.bands = Array.from({ length: heldOut.count }, (_, b) =>
      boundaryMask(heldOutLabels.subarray(b * n, (b + 1) * n), settings.size, settings.size, BOUNDARY_RADIUS),
    );
    // The scene with the most boundary pixels: the one whose edges have the most to gain.
    const counts = this.bands.map((band) => band.reduce((a, v) => a + v, 0));
    this.displayIndex = counts.indexOf(Math.max(...counts));
  }

  /** Caches features (the FCN-32s weights are disposed afterwards: only its maps are needed) and scores step 0. */
  static async start(
    weights32: FcnWeights,
    trainSet: SceneSet,
    heldSet: SceneSet,
    settings: SkipSettings,
    backend: WorkerBackend,
    modelMs: number,
    scenesMs: number,
    post: Post,
  ): Promise<SkipSession> {
    const size: [number, number] = [settings.size, settings.size];
    const t0 = performance.now();
    post({
      type: 'progress',
      step: 'caching',
      done: 0,
      total: 2,
    });
    const train = await cacheFeatures(weights32, trainSet.rgb, trainSet.labels, trainSet.seeds.length, size);
    post({ type: 'progress', step: 'cachingHeldOut', done: 1, total: 2 });
    const held = await cacheFeatures(weights32, heldSet.rgb, heldSet.labels, heldSet.seeds.length, size);
    const featuresMs = performance.now() - t0;
    disposeWeights(weights32);
    const trainer = new SkipTrainer(train.features, {
      learningRate: settings.learningRate,
      batchSize: settings.batchSize,
      seed: 1,
    });
    const session = new SkipSession(
      trainer,
      train.features,
      held.features,
      held.fcn32Labels,
      heldSet.labels,
      settings,
      post,
    );
    const i = session.displayIndex;
    const n = settings.size * settings.size;
    const display: DisplayScene = {
      seed: heldSet.seeds[i],
      height: settings.size,
      width: settings.size,
      rgba: heldSet.rgba[i],
      truth: heldSet.labels.slice(i * n, (i + 1) * n),
      fcn32: Uint8Array.from(held.fcn32Labels.subarray(i * n, (i + 1) * n)),
    };
    post(
      {
        type: 'ready',
        backend,
        timings: { model: modelMs, scenes: scenesMs, features: featuresMs },
        display,
        fcn32: session.score(held.fcn32Labels),
        settings,
      },
      [display.rgba.buffer, display.truth.buffer, display.fcn32.buffer],
    );
    await session.exclusive(() => session.evaluate());
    session.postState('ready');
    return session;
  }

  private exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Held-out scores of labels for every held-out scene, summed over all pixels (as score.py). */
  private score(predicted: Int32Array): HeldOutScores {
    const n = this.settings.size * this.settings.size;
    let tally = emptyTally(this.train.scoreFr.shape[3]);
    for (let b = 0; b < this.heldOut.count; b++) {
      const [from, to] = [b * n, (b + 1) * n];
      tally = addScene(
        tally,
        this.heldOutLabels.subarray(from, to),
        predicted.subarray(from, to),
        this.settings.size,
        this.settings.size,
        this.bands[b],
      );
    }
    const s = tallyScores(tally);
    return { meanIoU: s.meanIoU, boundaryAccuracy: s.boundaryAccuracy, pixelAccuracy: s.pixelAccuracy };
  }

  private async evaluate(): Promise<void> {
    const t0 = performance.now();
    const predicted = await this.trainer.predict(this.heldOut);
    let agree = 0;
    for (let i = 0; i < predicted.length; i++) if (predicted[i] === this.fcn32Labels[i]) agree++;
    const n = this.settings.size * this.settings.size;
    const labels = Uint8Array.from(predicted.subarray(this.displayIndex * n, (this.displayIndex + 1) * n));
    const evaluation: Evaluation = {
      step: this.totalSteps,
      stage: this.trainer.stage,
      stageStep: this.trainer.steps,
      scores: this.score(predicted),
      labels,
      agreeWithFcn32: agree / predicted.length,
      milliseconds: performance.now() - t0,
    };
    this.post({ type: 'evaluation', evaluation }, [labels.buffer]);
    this.postTensors();
  }

  private postTensors(): void {
    this.post({ type: 'tensors', count: liveTensors() });
  }

  private postState(reason: StateReason): void {
    this.post({
      type: 'state',
      running: this.running,
      stage: this.trainer.stage,
      step: this.totalSteps,
      stageStep: this.trainer.steps,
      learningRate: this.trainer.learningRate,
      reason,
    });
  }

  private async oneStep(): Promise<void> {
    if (!this.running) return;
    const t0 = performance.now();
    const loss = await this.trainer.step();
    this.stepTimes = [...this.stepTimes.slice(-19), performance.now() - t0];
    this.totalSteps += 1;
    const mean = this.stepTimes.reduce((a, b) => a + b, 0) / this.stepTimes.length;
    this.post({
      type: 'losses',
      points: [{ step: this.totalSteps, stage: this.trainer.stage, loss }],
      stepsPerSecond: 1000 / mean,
    });
    if (this.trainer.steps % this.settings.evalEvery === 0) await this.evaluate();
    if (this.trainer.steps >= this.settings.maxStageSteps) {
      this.running = false;
      this.postState('limit');
    }
  }

  private async loop(): Promise<void> {
    this.looping = true;
    try {
      while (this.running) {
        await this.exclusive(() => this.oneStep());
        await yieldNow();
      }
    } finally {
      this.looping = false;
    }
  }

  trainOn(): void {
    if (this.running) return;
    if (this.trainer.steps >= this.settings.maxStageSteps) return this.postState('alreadyDone');
    this.running = true;
    this.postState('training');
    if (!this.looping) void this.loop();
  }

  pause(reason: 'paused' | 'hidden' = 'paused'): void {
    if (!this.running) return;
    this.running = false;
    this.postState(reason);
  }

  reset(): Promise<void> {
    this.running = false;
    return this.exclusive(async () => {
      this.trainer.reset();
      this.totalSteps = 0;
      this.stepTimes = [];
      this.postState('reset');
      await this.evaluate();
    });
  }

  goToFcn8s(): Promise<void> {
    this.running = false;
    return this.exclusive(async () => {
      if (this.trainer.stage === 'fcn8s') return;
      this.trainer.goToFcn8s();
      this.postState('fcn8s');
      await this.evaluate();
    });
  }

  setLearningRate(value: number): void {
    if (!(value > 0 && Number.isFinite(value))) return;
    void this.exclusive(() => {
      this.trainer.learningRate = value;
      this.postState('learningRate');
    });
  }

  dispose(): void {
    this.running = false;
    void this.exclusive(() => {
      this.trainer.dispose();
      disposeFeatures(this.train);
      disposeFeatures(this.heldOut);
    });
  }
}
