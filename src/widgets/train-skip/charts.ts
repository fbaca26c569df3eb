/**
 * The two charts of <train-skip-el>: the training loss per step (labelled by stage) and the held-out scores per
 * evaluation, with FCN-32s's scores as the dashed reference. Drawn at the loss box's width (260–520 px).
 */
import { skipLossCurve, skipScoresCurve, type ScoreMetric, type ScorePoint } from '../../figures/skip-training';
import type { Messages } from '../../i18n/client';
import { FCN_VARIANT_LABELS, type SkipVariant } from '../../lib/fcn/variants';
import type { HeldOutScores } from '../../tf/skip-train-messages';
import { required } from '../shared/dom';

/** One training step's loss as the worker reports it. */
export interface StageLoss {
  step: number;
  stage: SkipVariant;
  loss: number;
}

/** Replace both charts with the losses and scores so far (fcn32: the reference line, once known). */
export function drawCharts(
  host: HTMLElement,
  m: Messages,
  losses: readonly StageLoss[],
  scores: readonly ScorePoint[],
  fcn32: HeldOutScores | undefined,
): void {
  const lossBox = required(host, '.loss-curve');
  const width = Math.max(260, Math.min(520, lossBox.clientWidth || 320));
  lossBox.replaceChildren(
    skipLossCurve(
      losses.map((p) => ({ step: p.step, stage: FCN_VARIANT_LABELS[p.stage], loss: p.loss })),
      { width, m },
    ),
  );
  const reference: Record<ScoreMetric, number> | undefined = fcn32 && {
    'mean IoU': fcn32.meanIoU,
    'boundary accuracy': fcn32.boundaryAccuracy,
  };
  required(host, '.scores-curve').replaceChildren(skipScoresCurve(scores, reference, { width, m }));
}
