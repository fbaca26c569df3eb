/**
 * Words and resets for <train-skip-el>: the worker reports codes and numbers (src/tf/skip-train-messages.ts);
 * this file says them in the page's language (keys trainSkip.* of src/i18n/<locale>/train-skip.ts), and puts the
 * view back to the server-rendered start (TrainSkip.astro) when the element is mounted again with a new worker.
 */
import type { Messages } from '../../i18n/client';
import type { FromWorker, ProgressStep } from '../../tf/skip-train-messages';
import type { BackendWhy } from '../../tf/worker-backend';
import { required } from '../shared/dom';

type StateMessage = Extract<FromWorker, { type: 'state' }>;

const PROGRESS = {
  starting: 'trainSkip.progress.starting',
  composing: 'trainSkip.progress.composing',
  weights: 'trainSkip.progress.weights',
  caching: 'trainSkip.progress.caching',
  cachingHeldOut: 'trainSkip.progress.cachingHeldOut',
} as const satisfies Record<ProgressStep, string>;

/** What the worker is preparing, e.g. "Composing scenes in the worker (8 of 96)…". */
export function progressWords(m: Messages, step: ProgressStep, done: number, total: number): string {
  return m.t(PROGRESS[step], { done, total });
}

const WHY = {
  chosen: 'trainSkip.why.chosen',
  gpu: 'trainSkip.why.gpu',
  noOffscreenWebgl: 'trainSkip.why.noOffscreen',
  softwareWebgl: 'trainSkip.why.software',
  wasmFailed: 'trainSkip.why.wasmFailed',
} as const satisfies Record<BackendWhy, string>;

/** Why the worker runs on its backend. */
export function whyWords(m: Messages, why: BackendWhy, renderer: string | null): string {
  return m.t(WHY[why], { renderer: renderer ?? '?' });
}

export function stateWords(
  m: Messages,
  message: StateMessage,
  context: { speed: string; readyText: string; evalEvery: string },
): string {
  const step = message.step;
  switch (message.reason) {
    case 'training': {
      const what = m.t(message.stage === 'fcn8s' ? 'trainSkip.state.what8' : 'trainSkip.state.what16');
      return m.t('trainSkip.state.training', { what, speed: context.speed });
    }
    case 'paused':
      return m.t('trainSkip.state.paused', { step });
    case 'hidden':
      return m.t('trainSkip.state.hidden', { step });
    case 'reset':
      return m.t('trainSkip.state.reset');
    case 'fcn8s':
      return m.t('trainSkip.state.fcn8s');
    case 'ready':
      return m.t('trainSkip.state.ready', { ready: context.readyText, every: context.evalEvery });
    case 'learningRate':
      return m.t('trainSkip.state.learningRate', { rate: String(message.learningRate) });
    case 'limit':
      return m.t('trainSkip.state.limit', { step, count: message.stageStep });
    case 'alreadyDone':
      return m.t('trainSkip.state.alreadyDone', { step, count: message.stageStep });
  }
}

/** What a worker's reports set on the element; a new worker has reported nothing yet. */
const REPORTED = [
  'ready',
  'running',
  'stage',
  'tensors',
  'backend',
  'cacheMs',
  'scenesMs',
  'valMiou',
  'valBoundary',
  'valMiouInitial',
  'valBoundaryInitial',
  'evalStep',
] as const;

/** Undo what an earlier mount's worker drew (nothing to undo on the first mount). */
export function resetView(host: HTMLElement, m: Messages): void {
  if (host.dataset.ready === undefined && host.dataset.trainStep === '0') return;
  for (const key of REPORTED) delete host.dataset[key];
  host.dataset.trainStep = '0';
  for (const button of host.querySelectorAll<HTMLButtonElement>('.buttons button')) button.disabled = true;
  const train = required<HTMLButtonElement>(host, 'button.train');
  train.textContent = m.t('trainSkip.train');
  train.setAttribute('aria-pressed', 'false');
  required(host, '.loading').hidden = false;
  const bar = required<HTMLProgressElement>(host, '.loading progress');
  [bar.max, bar.value] = [1, 0];
  /** The outputs' texts before the first evaluation, as TrainSkip.astro renders them. */
  const first: Record<string, string> = {
    step: '0',
    stage: 'FCN-16s',
    meanIoU: '…',
    boundaryAccuracy: '…',
    agree: '…',
    speed: m.t('trainSkip.notMeasured'),
  };
  for (const [key, text] of Object.entries(first)) {
    const out = host.querySelector<HTMLOutputElement>(`.scores output[data-key="${key}"]`);
    if (out) out.value = text;
  }
  for (const box of host.querySelectorAll('.panel-drawing')) box.replaceChildren();
  for (const panel of host.querySelectorAll<HTMLElement>('[data-panel]')) delete panel.dataset.state;
  for (const note of host.querySelectorAll('.panel-note')) note.textContent = '';
  for (const score of host.querySelectorAll<HTMLOutputElement>('.panel-score output')) score.value = '…';
  required(host, '[data-panel="trained"] .panel-title').textContent = m.t('trainSkip.panel.start');
  required(host, '.problem').textContent = '';
}
