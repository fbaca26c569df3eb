/**
 * The second opinion: recompute the confusion matrix with tfjs (oneHot + matMul), score it with the same
 * formulas, and say in the status line whether tfjs and src/lib/metrics/scores.ts agree, cell by cell and score by score.
 */
import type { Messages } from '../../i18n';
import { segmentationScores, type ConfusionMatrix } from '../../lib/metrics/scores';
import { SCORE_NAMES } from './score-tex';

interface MetricsOps {
  confusionMatrixTf(truth: readonly number[], prediction: readonly number[], numClasses: number): number[][];
  activeBackend(): string;
}

export interface Agreement {
  cells: number;
  differingCells: number;
  largestScoreDifference: number;
}

export function compareConfusions(fromTf: ConfusionMatrix, reference: ConfusionMatrix): Agreement {
  let differingCells = 0;
  reference.forEach((row, i) =>
    row.forEach((count, j) => {
      if (fromTf[i]?.[j] !== count) differingCells += 1;
    }),
  );
  const a = segmentationScores(fromTf);
  const b = segmentationScores(reference);
  const largestScoreDifference = Math.max(...SCORE_NAMES.map((name) => Math.abs(a[name] - b[name])));
  return { cells: reference.length * reference.length, differingCells, largestScoreDifference };
}

export function tfAgreement(
  status: HTMLElement,
  ops: MetricsOps,
  labels: { truth: readonly number[]; prediction: readonly number[] },
  reference: ConfusionMatrix,
  numClasses: number,
  m: Messages,
): Agreement | null {
  try {
    const fromTf = ops.confusionMatrixTf(labels.truth, labels.prediction, numClasses);
    const agreement = compareConfusions(fromTf, reference);
    const backend = ops.activeBackend().toUpperCase();
    const agree = agreement.differingCells === 0;
    const verdict = document.createElement('span');
    verdict.className = agree ? 'agree' : 'disagree';
    verdict.textContent = m.t(agree ? 'metricsPlayground.tfAgrees' : 'metricsPlayground.tfDisagrees', { backend });
    const detail = agree
      ? m.t('metricsPlayground.tfAgreesDetail', {
          cells: agreement.cells,
          difference: agreement.largestScoreDifference,
        })
      : m.t('metricsPlayground.tfDisagreesDetail', { differing: agreement.differingCells, cells: agreement.cells });
    status.replaceChildren(verdict, detail);
    return agreement;
  } catch (error) {
    status.textContent = m.t('metricsPlayground.tfError', { error: String(error) });
    return null;
  }
}
