/**
 * The numbers <train-skip-el> shows for an evaluation: the outputs of its scores list (step, stage, mean IoU and
 * boundary accuracy with their change since step 0 and FCN-32s's value, agreement with FCN-32s) and the data-*
 * attributes the tests read (data-train-step, data-eval-step, data-val-miou(-initial), data-val-boundary(-initial)).
 */
import type { Messages } from '../../i18n/client';
import { FCN_VARIANT_LABELS } from '../../lib/fcn/variants';
import type { Evaluation, HeldOutScores } from '../../tf/skip-train-messages';

/** Set the scores list's output with this data-key (absent outputs are skipped). */
export function setOutput(host: HTMLElement, key: string, text: string): void {
  const out = host.querySelector<HTMLOutputElement>(`.scores output[data-key="${key}"]`);
  if (out) out.value = text;
}

/** Show an evaluation's scores; initial is the first evaluation's, fcn32 FCN-32s's own on the same scenes. */
export function showEvaluation(
  host: HTMLElement,
  m: Messages,
  e: Evaluation,
  initial: HeldOutScores,
  fcn32: HeldOutScores,
): void {
  const d = host.dataset;
  const pct = (v: number): string => m.percent(v);
  const signed = (v: number): string => `${v >= 0 ? '+' : '−'}${m.number(Math.abs(100 * v), 1)}`;
  [d.valMiou, d.valBoundary] = [String(e.scores.meanIoU), String(e.scores.boundaryAccuracy)];
  [d.valMiouInitial, d.valBoundaryInitial] = [String(initial.meanIoU), String(initial.boundaryAccuracy)];
  d.trainStep = String(e.step);
  d.evalStep = String(e.step);
  setOutput(host, 'step', String(e.step));
  setOutput(host, 'stage', FCN_VARIANT_LABELS[e.stage]);
  setOutput(
    host,
    'meanIoU',
    m.t('trainSkip.out.meanIoU', {
      value: pct(e.scores.meanIoU),
      change: signed(e.scores.meanIoU - initial.meanIoU),
      reference: pct(fcn32.meanIoU),
    }),
  );
  setOutput(
    host,
    'boundaryAccuracy',
    m.t('trainSkip.out.boundary', {
      value: pct(e.scores.boundaryAccuracy),
      change: signed(e.scores.boundaryAccuracy - initial.boundaryAccuracy),
      reference: pct(fcn32.boundaryAccuracy),
    }),
  );
  setOutput(host, 'agree', m.t('trainSkip.out.agree', { share: pct(e.agreeWithFcn32) }));
}
