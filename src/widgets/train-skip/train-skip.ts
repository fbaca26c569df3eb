/**
 * <train-skip-el>: the reader trains FCN-32s's skip head. All computing happens in a worker
 * (./train-skip.worker.ts); this element sends Train / Pause / Reset / FCN-8s / learning-rate commands and
 * draws what comes back: the loss curve, the held-out scores, and one held-out scene predicted by FCN-32s and
 * by the head as it trains. It pauses while the page is hidden and resumes when it is shown again.
 * For tests, the element carries data-train-step, data-val-miou(-initial), data-val-boundary(-initial),
 * data-ready, data-running, data-stage and data-tensors (the worker's live tfjs tensors).
 */
import { skipLossCurve, skipScoresCurve, type ScoreMetric, type ScorePoint } from '../../figures/skip-training';
import { BACKEND_PREFERENCE_KEY, isBackendName, type BackendName } from '../../lib/backend-events';
import { rgbaToRgb } from '../../lib/image/image-input';
import { CLASSES } from '../../lib/scene/dataset';
import { FCN_VARIANT_LABELS, type SkipVariant } from '../../lib/fcn/variants';
import type { DisplayScene, Evaluation, FromWorker, HeldOutScores, SkipSettings, ToWorker } from '../../tf/skip-train-messages';
import { atom, type Atom } from '../shared/atom';
import type { FcnInput } from '../shared/fcn-input';
import { drawInputPanels, drawModelPanel } from '../shared/fcn-panels';
import { prefersReducedMotion, whenNear } from '../shared/lazy';
import { readQuery, writeQuery } from '../shared/url-state';

interface State extends Record<string, string | number> { learningRate: number }

const pct = (v: number): string => `${(100 * v).toFixed(1)}%`;
const signed = (v: number): string => `${v >= 0 ? '+' : '−'}${Math.abs(100 * v).toFixed(1)}`;

/** The page's backend choice (?backend= or the badge's stored choice), passed to the worker. */
function backendChoice(): BackendName | null {
  const fromQuery = new URLSearchParams(location.search).get('backend');
  if (isBackendName(fromQuery)) return fromQuery;
  try {
    const stored = localStorage.getItem(BACKEND_PREFERENCE_KEY);
    return isBackendName(stored) ? stored : null;
  } catch {
    return null;
  }
}

class TrainSkip extends HTMLElement {
  private state: Atom<State> | undefined;
  private worker: Worker | undefined;
  private input: FcnInput | undefined;
  private display: DisplayScene | undefined;
  private fcn32: HeldOutScores | undefined;
  private backendLabel = '';
  /** Backend and preparation times, kept for the status line. */
  private readyText = '';
  private running = false;
  private pausedByHiding = false;
  private losses: { step: number; stage: SkipVariant; loss: number }[] = [];
  private scores: ScorePoint[] = [];
  private initial: HeldOutScores | undefined;
  private stepsPerSecond = 0;
  private drawQueued = false;
  private readonly onVisibility = (): void => this.visibilityChanged();

  private find<T extends HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`train-skip-el lacks ${selector}`);
    return el;
  }

  private button(name: string): HTMLButtonElement {
    return this.find<HTMLButtonElement>(`button.${name}`);
  }

  connectedCallback(): void {
    if (this.state) return;
    const prefix = this.dataset.id ?? 'skip';
    const defaults: State = { learningRate: Number(this.dataset.learningRate ?? 0.001) };
    const state = atom<State>(readQuery(prefix, defaults));
    this.state = state;
    const rate = this.find<HTMLSelectElement>('select[name="learningRate"]');
    rate.value = String(state.get().learningRate);
    if (rate.value === '') rate.value = String(defaults.learningRate);
    rate.addEventListener('change', () => state.set({ learningRate: Number(rate.value) }));
    state.subscribe((next) => {
      rate.value = String(next.learningRate);
      writeQuery(prefix, next, defaults);
      this.send({ type: 'learningRate', value: next.learningRate });
    });
    this.button('train').addEventListener('click', () => this.send({ type: this.running ? 'pause' : 'train' }));
    this.button('reset').addEventListener('click', () => this.send({ type: 'reset' }));
    this.button('fcn8s').addEventListener('click', () => this.send({ type: 'fcn8s' }));
    document.addEventListener('visibilitychange', this.onVisibility);
    void whenNear(this).then(() => this.start());
  }

  disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.worker?.terminate();
    this.worker = undefined;
  }

  private settings(): SkipSettings {
    const n = (key: string, fallback: number) => Number(this.dataset[key] ?? fallback);
    return {
      size: n('size', 160), trainScenes: n('trainScenes', 48), heldOutScenes: n('heldOutScenes', 48),
      batchSize: n('batchSize', 8), evalEvery: n('evalEvery', 10), learningRate: Number(this.find<HTMLSelectElement>('select[name="learningRate"]').value),
      firstTrainSeed: n('firstTrainSeed', 900_000_000), firstTestSeed: n('firstTestSeed', 2_000_000_000),
      maxStageSteps: n('maxStageSteps', 300),
    };
  }

  private start(): void {
    if (this.worker) return;
    this.setStatus('Starting a background worker…');
    try {
      this.worker = new Worker(new URL('./train-skip.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      this.showProblem(`This browser could not start a worker: ${String(error)}`);
      return;
    }
    this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => this.showProblem(`The training worker failed: ${event.message || 'unknown error'}`));
    this.send({ type: 'init', modelsUrl: this.dataset.models ?? '/models', dataUrl: this.dataset.data ?? '/data', backend: backendChoice(), settings: this.settings() });
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'progress': {
        const bar = this.find<HTMLProgressElement>('.loading progress');
        bar.max = Math.max(1, message.total);
        bar.value = message.done;
        this.setStatus(message.message);
        break;
      }
      case 'ready': return this.ready(message);
      case 'losses': {
        this.losses.push(...message.points);
        this.stepsPerSecond = message.stepsPerSecond;
        this.output('speed', `${message.stepsPerSecond.toFixed(1)} steps/s on ${this.backendLabel}`);
        const last = message.points.at(-1);
        if (last) {
          this.dataset.trainStep = String(last.step);
          this.output('step', String(last.step));
        }
        if (!prefersReducedMotion()) this.queueDraw();
        break;
      }
      case 'evaluation': return this.evaluated(message.evaluation);
      case 'state': return this.stateChanged(message);
      case 'tensors':
        this.dataset.tensors = String(message.count);
        break;
      case 'error':
        this.showProblem(`The training could not start: ${message.message}`);
        this.setStatus('Stopped.');
        break;
    }
  }

  private ready(message: Extract<FromWorker, { type: 'ready' }>): void {
    const { display, fcn32, backend, timings, settings } = message;
    [this.display, this.fcn32, this.backendLabel] = [display, fcn32, backend.label];
    this.input = {
      height: display.height, width: display.width, rgba: display.rgba, image: rgbaToRgb(display.rgba, display.height, display.width),
      truth: display.truth, description: `held-out scene, seed ${display.seed}`, notes: [],
    };
    drawInputPanels(this, this.input, CLASSES, 0.6);
    drawModelPanel(this, this.input, this.result('fcn32s', FCN_VARIANT_LABELS.fcn32s, display.fcn32), CLASSES, 0.6, 'fcn32s');
    this.find<HTMLElement>('.loading').hidden = true;
    for (const name of ['train', 'reset', 'fcn8s']) this.button(name).disabled = false;
    this.dataset.ready = 'true';
    this.dataset.backend = backend.name;
    this.dataset.cacheMs = String(Math.round(timings.features));
    this.dataset.scenesMs = String(Math.round(timings.scenes));
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    this.readyText = `Running on ${backend.label} in a worker (${backend.reason}). FCN-32s weights ${seconds(timings.model)} s; ` +
      `${settings.trainScenes + settings.heldOutScenes} scenes composed in ${seconds(timings.scenes)} s; their pool3, pool4 and score_fr cached in ${seconds(timings.features)} s.`;
    this.setStatus(this.readyText);
  }

  private result(variant: 'fcn32s' | SkipVariant, label: string, labels: Uint8Array) {
    return { variant, label, labels, milliseconds: null, backend: this.backendLabel, message: null, failed: false };
  }

  private evaluated(e: Evaluation): void {
    if (!this.input || !this.fcn32) return;
    this.initial ??= e.scores;
    if (e.step === 0) this.scores = [];
    this.scores = [...this.scores.filter((p) => p.step !== e.step),
      { step: e.step, metric: 'mean IoU', value: e.scores.meanIoU }, { step: e.step, metric: 'boundary accuracy', value: e.scores.boundaryAccuracy }];
    const d = this.dataset;
    [d.valMiou, d.valBoundary] = [String(e.scores.meanIoU), String(e.scores.boundaryAccuracy)];
    [d.valMiouInitial, d.valBoundaryInitial] = [String(this.initial.meanIoU), String(this.initial.boundaryAccuracy)];
    d.trainStep = String(e.step);
    d.evalStep = String(e.step);
    this.output('step', String(e.step));
    this.output('stage', FCN_VARIANT_LABELS[e.stage]);
    this.output('meanIoU', `${pct(e.scores.meanIoU)} (${signed(e.scores.meanIoU - this.initial.meanIoU)} since step 0; FCN-32s ${pct(this.fcn32.meanIoU)})`);
    this.output('boundaryAccuracy', `${pct(e.scores.boundaryAccuracy)} (${signed(e.scores.boundaryAccuracy - this.initial.boundaryAccuracy)}; FCN-32s ${pct(this.fcn32.boundaryAccuracy)})`);
    this.output('agree', `${pct(e.agreeWithFcn32)} of held-out pixels`);
    const title = this.find<HTMLElement>('[data-panel="trained"] .panel-title');
    title.textContent = `your ${FCN_VARIANT_LABELS[e.stage]} head, step ${e.stageStep}`;
    drawModelPanel(this, this.input, this.result(e.stage, `${FCN_VARIANT_LABELS[e.stage]} head at step ${e.stageStep}`, e.labels), CLASSES, 0.6, 'trained');
    this.queueDraw();
  }

  private stateChanged(message: Extract<FromWorker, { type: 'state' }>): void {
    this.running = message.running;
    this.dataset.running = String(message.running);
    this.dataset.stage = message.stage;
    const train = this.button('train');
    train.textContent = message.running ? 'Pause' : message.step > 0 ? 'Train on' : 'Train';
    train.setAttribute('aria-pressed', String(message.running));
    this.button('fcn8s').disabled = message.stage === 'fcn8s';
    if (message.reason === 'reset') {
      this.losses = [];
      this.output('step', '0');
      this.dataset.trainStep = '0';
    }
    const what = message.stage === 'fcn8s' ? 'score_pool3 and upscore_pool4 join score_pool4 and upscore2' : 'score_pool4 and upscore2';
    const speed = this.stepsPerSecond > 0 ? `${this.stepsPerSecond.toFixed(1)} steps/s on ${this.backendLabel}` : this.backendLabel;
    const words: Record<string, string> = {
      training: `Training ${what} (${speed}, in a worker: the page stays responsive).`,
      paused: `Paused at step ${message.step}.`,
      hidden: `Paused at step ${message.step} while the page is hidden; it goes on when you come back.`,
      reset: 'Back to step 0: score_pool4 is zero again and upscore2 bilinear.',
      fcn8s: 'FCN-8s: score_pool3 starts at zero and upscore_pool4 bilinear, so this head starts from your FCN-16s.',
      ready: `${this.readyText} Press Train; held-out scores are measured every ${this.dataset.evalEvery ?? 10} steps.`,
      'learning rate': `Learning rate ${message.learningRate}.`,
    };
    this.setStatus(words[message.reason] ?? `Stopped at step ${message.step}: ${message.reason}.`);
  }

  private visibilityChanged(): void {
    if (document.hidden && this.running) {
      this.pausedByHiding = true;
      this.send({ type: 'pause', reason: 'hidden' });
    } else if (!document.hidden && this.pausedByHiding) {
      this.pausedByHiding = false;
      this.send({ type: 'train' });
    }
  }

  /** Redraw the charts once per frame at most (every evaluation only, when the reader asks for less motion). */
  private queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    requestAnimationFrame(() => {
      this.drawQueued = false;
      this.drawCharts();
    });
  }

  private drawCharts(): void {
    if (!this.fcn32) return;
    const lossBox = this.find<HTMLElement>('.loss-curve');
    const width = Math.max(260, Math.min(520, lossBox.clientWidth || 320));
    const losses = this.losses.map((p) => ({ step: p.step, stage: FCN_VARIANT_LABELS[p.stage], loss: p.loss }));
    lossBox.replaceChildren(skipLossCurve(losses, { width }));
    const reference: Record<ScoreMetric, number> = { 'mean IoU': this.fcn32.meanIoU, 'boundary accuracy': this.fcn32.boundaryAccuracy };
    this.find<HTMLElement>('.scores-curve').replaceChildren(skipScoresCurve(this.scores, reference, { width }));
  }

  private output(key: string, text: string): void {
    const out = this.querySelector<HTMLOutputElement>(`.scores output[data-key="${key}"]`);
    if (out) out.value = text;
  }

  private setStatus(text: string): void {
    this.find<HTMLElement>('.status').textContent = text;
  }

  private showProblem(text: string): void {
    this.find<HTMLElement>('.problem').textContent = text;
  }
}

if (!customElements.get('train-skip-el')) customElements.define('train-skip-el', TrainSkip);
