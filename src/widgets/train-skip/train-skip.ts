/**
 * <train-skip-el>: the reader trains FCN-32s's skip head. All computing happens in a worker
 * (./train-skip.worker.ts); this element sends Train / Pause / Reset / FCN-8s / learning-rate commands and
 * draws what comes back: the loss curve, the held-out scores, and one held-out scene predicted by FCN-32s and
 * by the head as it trains. It pauses while the page is hidden and resumes when it is shown again. Removing the
 * element ends its worker; adding it again starts a new one from step 0.
 * For tests, the element carries data-train-step, data-val-miou(-initial), data-val-boundary(-initial),
 * data-ready, data-running, data-stage and data-tensors (the worker's live tfjs tensors).
 * The charts are drawn by ./charts.ts, an evaluation's numbers shown by ./readout.ts, the words chosen by ./view.ts.
 */
import type { ScorePoint } from '../../figures/skip-training';
import { messagesOf } from '../../i18n/client';
import { BACKEND_PREFERENCE_KEY, backendPreference, type BackendName } from '../../lib/backend-events';
import { rgbaToRgb } from '../../lib/image/image-input';
import { CLASSES } from '../../lib/scene/dataset';
import { FCN_VARIANT_LABELS, type SkipVariant } from '../../lib/fcn/variants';
import type { Evaluation, FromWorker, HeldOutScores, SkipSettings, ToWorker } from '../../tf/skip-train-messages';
import { atom } from '../shared/atom';
import { finder, prefersReducedMotion } from '../shared/dom';
import type { FcnInput } from '../shared/fcn-input';
import { drawInputPanels, drawModelPanel } from '../shared/fcn-panels';
import { whenNear } from '../shared/lazy';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, perFrame, type MountContext, type Teardown } from '../shared/widget';
import { drawCharts, type StageLoss } from './charts';
import { setOutput, showEvaluation } from './readout';
import { progressWords, resetView, stateWords, whyWords } from './view';

interface State extends Record<string, string | number> {
  learningRate: number;
}

/** The page's backend choice (?backend= or the badge's stored choice), passed to the worker. */
const backendChoice = (): BackendName | null =>
  backendPreference(location.search, () => localStorage.getItem(BACKEND_PREFERENCE_KEY));

function settingsOf(dataset: DOMStringMap, learningRate: number): SkipSettings {
  const n = (key: string, fallback: number) => Number(dataset[key] ?? fallback);
  return {
    size: n('size', 160),
    trainScenes: n('trainScenes', 48),
    heldOutScenes: n('heldOutScenes', 48),
    batchSize: n('batchSize', 8),
    evalEvery: n('evalEvery', 10),
    learningRate,
    firstTrainSeed: n('firstTrainSeed', 900_000_000),
    firstTestSeed: n('firstTestSeed', 2_000_000_000),
    maxStageSteps: n('maxStageSteps', 300),
  };
}

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const seconds = (ms: number): string => m.number(ms / 1000, 1);
  const perSecond = (rate: number): string =>
    m.t('trainSkip.speed', { rate: m.number(rate, 1), backend: backendLabel });
  const prefix = host.dataset.id ?? 'skip';
  const defaults: State = { learningRate: Number(host.dataset.learningRate ?? 0.001) };
  const state = atom<State>(readQuery(prefix, defaults));
  const rate = q<HTMLSelectElement>('select[name="learningRate"]');
  const button = (name: string): HTMLButtonElement => q<HTMLButtonElement>(`button.${name}`);
  const d = host.dataset;
  let worker: Worker | undefined;
  let input: FcnInput | undefined;
  let fcn32: HeldOutScores | undefined;
  let backendLabel = '';
  /** Backend and preparation times, kept for the status line. */
  let readyText = '';
  let running = false;
  let pausedByHiding = false;
  let losses: StageLoss[] = [];
  let scores: ScorePoint[] = [];
  let initial: HeldOutScores | undefined;
  let stepsPerSecond = 0;

  const setStatus = (text: string): void => {
    q('.status').textContent = text;
  };
  const showProblem = (text: string): void => {
    q('.problem').textContent = text;
  };
  const output = (key: string, text: string): void => setOutput(host, key, text);
  const send = (message: ToWorker): void => worker?.postMessage(message);
  const result = (variant: 'fcn32s' | SkipVariant, label: string, labels: Uint8Array) => ({
    variant,
    label,
    labels,
    milliseconds: null,
    backend: backendLabel,
    message: null,
    failed: false,
  });

  /** Redraw the charts once per frame at most (every evaluation only, when the reader asks for less motion). */
  const queueDraw = perFrame(signal, () => drawCharts(host, m, losses, scores, fcn32));

  const ready = (message: Extract<FromWorker, { type: 'ready' }>): void => {
    const { display, backend, timings, settings } = message;
    [fcn32, backendLabel] = [message.fcn32, backend.label];
    input = {
      height: display.height,
      width: display.width,
      rgba: display.rgba,
      image: rgbaToRgb(display.rgba, display.height, display.width),
      truth: display.truth,
      description: m.t('trainSkip.panel.scene', { seed: String(display.seed) }),
      notes: [],
    };
    drawInputPanels(host, input, CLASSES, 0.6, m);
    drawModelPanel(host, input, result('fcn32s', FCN_VARIANT_LABELS.fcn32s, display.fcn32), CLASSES, 0.6, 'fcn32s', m);
    q('.loading').hidden = true;
    for (const name of ['train', 'reset', 'fcn8s']) button(name).disabled = false;
    Object.assign(d, {
      ready: 'true',
      backend: backend.name,
      cacheMs: String(Math.round(timings.features)),
      scenesMs: String(Math.round(timings.scenes)),
    });
    readyText = m.t('trainSkip.ready', {
      backend: backend.label,
      why: whyWords(m, backend.why, backend.renderer),
      model: seconds(timings.model),
      scenes: settings.trainScenes + settings.heldOutScenes,
      composed: seconds(timings.scenes),
      features: seconds(timings.features),
    });
    setStatus(readyText);
  };

  const evaluated = (e: Evaluation): void => {
    if (!input || !fcn32) return;
    initial ??= e.scores;
    if (e.step === 0) scores = [];
    scores = [
      ...scores.filter((p) => p.step !== e.step),
      { step: e.step, metric: 'mean IoU', value: e.scores.meanIoU },
      { step: e.step, metric: 'boundary accuracy', value: e.scores.boundaryAccuracy },
    ];
    showEvaluation(host, m, e, initial, fcn32);
    const stage = FCN_VARIANT_LABELS[e.stage];
    q('[data-panel="trained"] .panel-title').textContent = m.t('trainSkip.panel.trained', {
      stage,
      step: e.stageStep,
    });
    drawModelPanel(
      host,
      input,
      result(e.stage, m.t('trainSkip.panel.headLabel', { stage, step: e.stageStep }), e.labels),
      CLASSES,
      0.6,
      'trained',
      m,
    );
    queueDraw();
  };

  const stateChanged = (message: Extract<FromWorker, { type: 'state' }>): void => {
    running = message.running;
    d.running = String(message.running);
    d.stage = message.stage;
    const train = button('train');
    train.textContent = m.t(
      message.running ? 'trainSkip.pause' : message.step > 0 ? 'trainSkip.trainOn' : 'trainSkip.train',
    );
    train.setAttribute('aria-pressed', String(message.running));
    button('fcn8s').disabled = message.stage === 'fcn8s';
    if (message.reason === 'reset') {
      losses = [];
      output('step', '0');
      d.trainStep = '0';
    }
    const speed = stepsPerSecond > 0 ? perSecond(stepsPerSecond) : backendLabel;
    setStatus(stateWords(m, message, { speed, readyText, evalEvery: d.evalEvery ?? '10' }));
  };

  const receive = (message: FromWorker): void => {
    switch (message.type) {
      case 'progress': {
        const bar = q<HTMLProgressElement>('.loading progress');
        bar.max = Math.max(1, message.total);
        bar.value = message.done;
        setStatus(progressWords(m, message.step, message.done, message.total));
        break;
      }
      case 'ready':
        return ready(message);
      case 'losses': {
        losses.push(...message.points);
        stepsPerSecond = message.stepsPerSecond;
        output('speed', perSecond(message.stepsPerSecond));
        const last = message.points.at(-1);
        if (last) {
          d.trainStep = String(last.step);
          output('step', String(last.step));
        }
        if (!prefersReducedMotion()) queueDraw();
        break;
      }
      case 'evaluation':
        return evaluated(message.evaluation);
      case 'state':
        return stateChanged(message);
      case 'tensors':
        d.tensors = String(message.count);
        break;
      case 'error':
        showProblem(m.t('trainSkip.error.start', { error: message.detail }));
        setStatus(m.t('trainSkip.error.stopped'));
        break;
    }
  };

  const start = (): void => {
    setStatus(m.t('trainSkip.startingWorker'));
    try {
      worker = new Worker(new URL('./train-skip.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      showProblem(m.t('trainSkip.error.noWorker', { error: String(error) }));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => receive(event.data), { signal });
    worker.addEventListener(
      'error',
      (event) => showProblem(m.t('trainSkip.error.worker', { error: event.message || m.t('trainSkip.error.unknown') })),
      { signal },
    );
    send({
      type: 'init',
      modelsUrl: d.models ?? '/models',
      dataUrl: d.data ?? '/data',
      backend: backendChoice(),
      settings: settingsOf(d, Number(rate.value)),
    });
  };

  resetView(host, m);
  queueDraw(); // the empty charts at this width (the build drew them at a guessed one)
  rate.value = String(state.get().learningRate);
  if (rate.value === '') rate.value = String(defaults.learningRate);
  const on = { signal };
  rate.addEventListener('change', () => state.set({ learningRate: Number(rate.value) }), on);
  const unsubscribe = state.subscribe((next) => {
    rate.value = String(next.learningRate);
    writeQuery(prefix, next, defaults);
    send({ type: 'learningRate', value: next.learningRate });
  });
  button('train').addEventListener('click', () => send({ type: running ? 'pause' : 'train' }), on);
  button('reset').addEventListener('click', () => send({ type: 'reset' }), on);
  button('fcn8s').addEventListener('click', () => send({ type: 'fcn8s' }), on);
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.hidden && running) {
        pausedByHiding = true;
        send({ type: 'pause', reason: 'hidden' });
      } else if (!document.hidden && pausedByHiding) {
        pausedByHiding = false;
        send({ type: 'train' });
      }
    },
    on,
  );
  void whenNear(host, { signal }).then(start);

  return () => {
    unsubscribe();
    worker?.terminate();
    worker = undefined;
  };
}

defineWidget('train-skip-el', mount);
