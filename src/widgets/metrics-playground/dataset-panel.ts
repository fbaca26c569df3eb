/**
 * The "whole dataset vs per image" table: the reader's painting plus fixed companion images, scored per image,
 * averaged (over the images with counted pixels), and scored once from the summed confusion matrix. Fills the
 * server-rendered table cells; an image with no counted pixel reads "n/a".
 */
import type { Messages } from '../../i18n';
import type { ProtocolComparison } from '../../lib/metrics/protocols';
import { averagedRowLabel, protocolVerdict, scoreText } from './words';

export function renderDatasetPanel(root: HTMLElement, comparison: ProtocolComparison, m: Messages): void {
  const set = (row: string, column: string, text: string): void => {
    const cell = root.querySelector(`tr[data-row="${row}"] [data-column="${column}"]`);
    if (cell && cell.textContent !== text) cell.textContent = text;
  };
  comparison.perImage.forEach((image, i) => {
    set(String(i), 'counted', m.number(image.counted));
    set(String(i), 'pixelAccuracy', scoreText(m, image.scores.pixelAccuracy, image.scores));
    set(String(i), 'meanIoU', scoreText(m, image.scores.meanIoU, image.scores));
  });
  set('averaged', 'pixelAccuracy', scoreText(m, comparison.averaged.pixelAccuracy, comparison.averaged));
  set('averaged', 'meanIoU', scoreText(m, comparison.averaged.meanIoU, comparison.averaged));
  set('accumulated', 'counted', m.number(comparison.accumulated.counted));
  set('accumulated', 'pixelAccuracy', scoreText(m, comparison.accumulated.pixelAccuracy, comparison.accumulated));
  set('accumulated', 'meanIoU', scoreText(m, comparison.accumulated.meanIoU, comparison.accumulated));
  const averagedHeader = root.querySelector('tr[data-row="averaged"] th');
  if (averagedHeader) averagedHeader.textContent = averagedRowLabel(m, comparison);
  const verdict = root.querySelector('.verdict');
  if (verdict) verdict.textContent = protocolVerdict(m, comparison);
}
