/**
 * The "whole dataset vs per image" table: the reader's painting plus fixed companion images, scored per image,
 * averaged, and scored once from the summed confusion matrix. Fills the server-rendered table cells.
 */
import type { ProtocolComparison } from '../../lib/metrics/protocols';
import { formatScore } from './score-tex';

const points = (value: number): string => `${(Math.abs(value) * 100).toFixed(1)} percentage points`;

/** The sentence under the table: which protocol gives the higher mean IoU, and by how much. */
export function protocolVerdict(comparison: ProtocolComparison): string {
  const difference = comparison.accumulated.meanIoU - comparison.averaged.meanIoU;
  if (Math.abs(difference) < 5e-4) return 'For these images both protocols give the same mean IoU.';
  const higher = difference > 0 ? 'one matrix over the dataset' : 'the per-image average';
  return `Mean IoU differs by ${points(difference)}: ${higher} gives the higher number, from the same pixels.`;
}

export function renderDatasetPanel(root: HTMLElement, comparison: ProtocolComparison): void {
  const set = (row: string, column: string, text: string): void => {
    const cell = root.querySelector(`tr[data-row="${row}"] [data-column="${column}"]`);
    if (cell) cell.textContent = text;
  };
  comparison.perImage.forEach((image, i) => {
    set(String(i), 'counted', String(image.counted));
    set(String(i), 'pixelAccuracy', formatScore(image.scores.pixelAccuracy));
    set(String(i), 'meanIoU', formatScore(image.scores.meanIoU));
  });
  set('averaged', 'pixelAccuracy', formatScore(comparison.averaged.pixelAccuracy));
  set('averaged', 'meanIoU', formatScore(comparison.averaged.meanIoU));
  const total = comparison.perImage.reduce((s, image) => s + image.counted, 0);
  set('accumulated', 'counted', String(total));
  set('accumulated', 'pixelAccuracy', formatScore(comparison.accumulated.pixelAccuracy));
  set('accumulated', 'meanIoU', formatScore(comparison.accumulated.meanIoU));
  const verdict = root.querySelector('.verdict');
  if (verdict) verdict.textContent = protocolVerdict(comparison);
}
