/**
 * Words and resets for <train-skip-el>: the status sentence for each state the worker reports, and the view
 * put back to the server-rendered start (TrainSkip.astro) when the element is mounted again with a new worker.
 */
import type { FromWorker } from '../../tf/skip-train-messages';
import { required } from '../shared/dom';

type StateMessage = Extract<FromWorker, { type: 'state' }>;

export function stateWords(
  message: StateMessage,
  context: { speed: string; readyText: string; evalEvery: string },
): string {
  const what =
    message.stage === 'fcn8s'
      ? 'score_pool3 and upscore_pool4 join score_pool4 and upscore2'
      : 'score_pool4 and upscore2';
  const words: Record<string, string> = {
    training: `Training ${what} (${context.speed}, in a worker: the page stays responsive).`,
    paused: `Paused at step ${message.step}.`,
    hidden: `Paused at step ${message.step} while the page is hidden; it goes on when you come back.`,
    reset: 'Back to step 0: score_pool4 is zero again and upscore2 bilinear.',
    fcn8s: 'FCN-8s: score_pool3 starts at zero and upscore_pool4 bilinear, so this head starts from your FCN-16s.',
    ready: `${context.readyText} Press Train; held-out scores are measured every ${context.evalEvery} steps.`,
    'learning rate': `Learning rate ${message.learningRate}.`,
  };
  return words[message.reason] ?? `Stopped at step ${message.step}: ${message.reason}.`;
}

/** The outputs' texts before the first evaluation, as TrainSkip.astro renders them. */
const FIRST_OUTPUTS: Record<string, string> = {
  step: '0',
  stage: 'FCN-16s',
  meanIoU: '…',
  boundaryAccuracy: '…',
  agree: '…',
  speed: 'not measured yet',
};
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
export function resetView(host: HTMLElement): void {
  if (host.dataset.ready === undefined && host.dataset.trainStep === '0') return;
  for (const key of REPORTED) delete host.dataset[key];
  host.dataset.trainStep = '0';
  for (const button of host.querySelectorAll<HTMLButtonElement>('.buttons button')) button.disabled = true;
  const train = required<HTMLButtonElement>(host, 'button.train');
  train.textContent = 'Train';
  train.setAttribute('aria-pressed', 'false');
  required(host, '.loading').hidden = false;
  const bar = required<HTMLProgressElement>(host, '.loading progress');
  [bar.max, bar.value] = [1, 0];
  for (const [key, text] of Object.entries(FIRST_OUTPUTS)) {
    const out = host.querySelector<HTMLOutputElement>(`.scores output[data-key="${key}"]`);
    if (out) out.value = text;
  }
  for (const box of host.querySelectorAll('.panel-drawing, .loss-curve, .scores-curve')) box.replaceChildren();
  for (const panel of host.querySelectorAll<HTMLElement>('[data-panel]')) delete panel.dataset.state;
  for (const note of host.querySelectorAll('.panel-note')) note.textContent = '';
  for (const score of host.querySelectorAll<HTMLOutputElement>('.panel-score output')) score.value = '…';
  required(host, '[data-panel="trained"] .panel-title').textContent = 'your head, step 0';
  required(host, '.problem').textContent = '';
}
