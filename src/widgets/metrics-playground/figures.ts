/**
 * The playground's two figures for one confusion matrix, in the page's language: the matrix (src/figures/
 * confusion-matrix.ts) and the per-class IoU bars (src/figures/iou-bars.ts). Pure: the .astro draws them at
 * build time (firstFrame) and the element on every change.
 */
import type { Messages } from '../../i18n';
import { segmentationScores, scoresDefined, type ConfusionMatrix } from '../../lib/metrics/scores';
import { drawConfusionMatrix } from '../../figures/confusion-matrix';
import { drawIoUBars } from '../../figures/iou-bars';
import { barsText, classNames, confusionText } from './words';

export function matrixFigure(m: Messages, confusion: ConfusionMatrix, width: number): SVGSVGElement {
  return drawConfusionMatrix({ confusion, classNames: classNames(m) }, { width, text: confusionText(m, confusion) });
}

export function barsFigure(m: Messages, confusion: ConfusionMatrix, width: number): SVGSVGElement {
  const scores = segmentationScores(confusion);
  return drawIoUBars(
    {
      perClassIoU: scores.perClassIoU,
      classNames: classNames(m),
      meanIoU: scoresDefined(scores) ? scores.meanIoU : null,
    },
    { width, colourOf: (c) => `var(--class-${c})`, text: barsText(m, scores) },
  );
}
