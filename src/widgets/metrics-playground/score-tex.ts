/**
 * The four FCN scores as TeX with the reader's numbers put in, in the paper's notation: n_ij = pixels of true
 * class i predicted as j, t_i = Σ_j n_ij (pixels truly i), n_cl = number of classes that take part. A class
 * with t_i = 0 has no accuracy; a class absent from truth AND prediction has no IoU: both are left out. With no
 * pixel counted every score is 0/0, undefined, and the TeX says so. Pure strings in no language: no DOM, no
 * KaTeX (the element renders them), no words (./words.ts has those).
 */
import { segmentationScores, type ConfusionMatrix } from '../../lib/metrics/scores';

export type ScoreName = 'pixelAccuracy' | 'meanAccuracy' | 'meanIoU' | 'frequencyWeightedIoU';
export const SCORE_NAMES: readonly ScoreName[] = ['pixelAccuracy', 'meanAccuracy', 'meanIoU', 'frequencyWeightedIoU'];

/** The definitions, symbols only (FCN paper, section 5). */
export const SCORE_DEFINITIONS: Record<ScoreName, string> = {
  pixelAccuracy: String.raw`\frac{\sum_i n_{ii}}{\sum_i t_i}`,
  meanAccuracy: String.raw`\frac{1}{n_{cl}} \sum_i \frac{n_{ii}}{t_i}`,
  meanIoU: String.raw`\frac{1}{n_{cl}} \sum_i \frac{n_{ii}}{t_i + \sum_j n_{ji} - n_{ii}}`,
  frequencyWeightedIoU: String.raw`\frac{1}{\sum_k t_k} \sum_i t_i \, \frac{n_{ii}}{t_i + \sum_j n_{ji} - n_{ii}}`,
};

const decimal = (value: number): string => value.toFixed(3);
const frac = (top: number, bottom: number): string => String.raw`\tfrac{${top}}{${bottom}}`;
/** Terms joined by top-level "+" in plain parentheses, so KaTeX may break the line after any "+". */
const sum = (terms: readonly string[]): string => (terms.length === 0 ? '0' : terms.join(' + '));

interface Parts {
  rowSum: number[];
  union: number[];
  diag: number[];
  total: number;
}

function parts(confusion: ConfusionMatrix): Parts {
  const rowSum = confusion.map((row) => row.reduce((s, v) => s + v, 0));
  const colSum = confusion[0].map((_, j) => confusion.reduce((s, row) => s + row[j], 0));
  const diag = confusion.map((row, i) => row[i]);
  const union = diag.map((d, i) => rowSum[i] + colSum[i] - d);
  return { rowSum, union, diag, total: rowSum.reduce((s, v) => s + v, 0) };
}

/** One score with numbers substituted: "= fraction(s) = decimal". */
export function substitutedTex(name: ScoreName, confusion: ConfusionMatrix): string {
  const { rowSum, union, diag, total } = parts(confusion);
  if (total === 0) return String.raw`= \tfrac{0}{0}`;
  const scores = segmentationScores(confusion);
  const value = decimal(scores[name]);
  const classes = diag.map((_, i) => i);
  if (name === 'pixelAccuracy') {
    return String.raw`= ${frac(
      diag.reduce((s, v) => s + v, 0),
      total,
    )} = ${value}`;
  }
  if (name === 'meanAccuracy') {
    const used = classes.filter((i) => rowSum[i] > 0);
    return String.raw`= \tfrac{1}{${used.length || 1}}\,( ${sum(used.map((i) => frac(diag[i], rowSum[i])))} ) = ${value}`;
  }
  const used = classes.filter((i) => union[i] > 0);
  if (name === 'meanIoU') {
    return String.raw`= \tfrac{1}{${used.length || 1}}\,( ${sum(used.map((i) => frac(diag[i], union[i])))} ) = ${value}`;
  }
  const weighted = classes
    .filter((i) => rowSum[i] > 0)
    .map((i) => String.raw`${rowSum[i]} \cdot ${frac(diag[i], union[i])}`);
  return String.raw`= \tfrac{1}{${total || 1}}\,( ${sum(weighted)} ) = ${value}`;
}

/**
 * The classes a score leaves out (empty for pixel accuracy): for mean IoU those absent from truth and prediction,
 * for mean accuracy and frequency-weighted IoU those absent from the truth.
 */
export function leftOutClasses(name: ScoreName, confusion: ConfusionMatrix): number[] {
  if (name === 'pixelAccuracy') return [];
  const { rowSum, union } = parts(confusion);
  const sizes = name === 'meanIoU' ? union : rowSum;
  return sizes.flatMap((size, i) => (size === 0 ? [i] : []));
}
