/**
 * The metrics playground's words, in the page's language: score names and values ("n/a" when undefined), the
 * counted-pixels line, left-out notes, preset and image names, the dataset verdict, and the figures' text.
 * Shared by MetricsPlayground.astro (the build-time first frame) and the element, so both say the same.
 */
import type { Messages, UiKey } from '../../i18n';
import { classKey } from '../../i18n/class-names';
import { scoresDefined, type ConfusionMatrix, type SegmentationScores } from '../../lib/metrics/scores';
import {
  CLASS_NAMES,
  IGNORE_LABEL,
  SHIFT_PIXELS,
  SWAPPED_CLASSES,
  type CompanionName,
  type PresetName,
} from '../../lib/metrics/presets';
import type { ProtocolComparison } from '../../lib/metrics/protocols';
import type { ConfusionFigureText } from '../../figures/confusion-matrix';
import { confusionHighlights } from '../../lib/metrics/confusion-highlights';
import type { IoUBarsText } from '../../figures/iou-bars';
import { leftOutClasses, type ScoreName } from './score-tex';

export const SCORE_LABEL_KEYS: Record<ScoreName, UiKey> = {
  pixelAccuracy: 'metricsPlayground.pixelAccuracy',
  meanAccuracy: 'metricsPlayground.meanAccuracy',
  meanIoU: 'metricsPlayground.meanIoU',
  frequencyWeightedIoU: 'metricsPlayground.frequencyWeightedIoU',
};

const PRESET_KEYS: Record<PresetName, readonly [UiKey, UiKey]> = {
  perfect: ['metricsPlayground.presetPerfect', 'metricsPlayground.presetPerfectHint'],
  allBackground: ['metricsPlayground.presetAllBackground', 'metricsPlayground.presetAllBackgroundHint'],
  shifted: ['metricsPlayground.presetShifted', 'metricsPlayground.presetShiftedHint'],
  swapped: ['metricsPlayground.presetSwapped', 'metricsPlayground.presetSwappedHint'],
  borderErrors: ['metricsPlayground.presetBorderErrors', 'metricsPlayground.presetBorderErrorsHint'],
  voidOutlines: ['metricsPlayground.presetVoidOutlines', 'metricsPlayground.presetVoidOutlinesHint'],
};

const COMPANION_KEYS: Record<CompanionName, UiKey> = {
  tinyPlant: 'metricsPlayground.companionTinyPlant',
  empty: 'metricsPlayground.companionEmpty',
};

/** The playground's class names (background, animal, …) in the page's language, index = label. */
export const classNames = (m: Messages): string[] => CLASS_NAMES.map((name) => m.t(classKey(name)));

/** A cell's label in words: a class name, or "ignore (255)". */
export const labelName = (m: Messages, label: number): string =>
  label === IGNORE_LABEL ? m.t('metricsPlayground.brushIgnore') : classNames(m)[label];

/** A score as a percentage with one decimal, or "n/a" when no pixel was counted. */
export function scoreText(m: Messages, value: number, scores: Pick<SegmentationScores, 'counted'>): string {
  return scoresDefined(scores) ? m.percent(value, 1) : m.t('metricsPlayground.notAvailable');
}

export function presetText(m: Messages, name: PresetName): { label: string; hint: string } {
  const [label, hint] = PRESET_KEYS[name];
  const [a, b] = SWAPPED_CLASSES.map((c) => classNames(m)[c]);
  const params = { shift: SHIFT_PIXELS, a, b };
  return { label: m.t(label, params), hint: m.t(hint, params) };
}

export const companionLabel = (m: Messages, name: CompanionName): string => m.t(COMPANION_KEYS[name]);

/** "Pixels counted: 255 of 256 (1 ignored …)", and why the scores are undefined when none is counted. */
export function countedLine(m: Messages, counted: number, pixels: number): string {
  const ignored = pixels - counted;
  if (counted === 0) return m.t('metricsPlayground.countedNone', { pixels });
  return ignored === 0
    ? m.t('metricsPlayground.countedAll', { counted, pixels })
    : m.t('metricsPlayground.countedSome', { counted, pixels, ignored });
}

/** Which classes a score leaves out, in words (empty when none); "undefined" when nothing is counted. */
export function leftOutNote(m: Messages, name: ScoreName, confusion: ConfusionMatrix): string {
  const counted = confusion.flat().reduce((s, v) => s + v, 0);
  if (counted === 0) return m.t('metricsPlayground.undefinedScore');
  const out = leftOutClasses(name, confusion);
  if (out.length === 0) return '';
  const classes = out.map((c) => classNames(m)[c]).join(', ');
  return m.t(name === 'meanIoU' ? 'metricsPlayground.leftOutInNeither' : 'metricsPlayground.leftOutNotInTruth', {
    classes,
  });
}

/** The sentence under the dataset table: which protocol gives the higher mean IoU, and by how much. */
export function protocolVerdict(m: Messages, comparison: ProtocolComparison): string {
  if (!scoresDefined(comparison.accumulated)) return m.t('metricsPlayground.verdictUndefined');
  const difference = comparison.accumulated.meanIoU - comparison.averaged.meanIoU;
  if (Math.abs(difference) < 5e-4) return m.t('metricsPlayground.verdictSame');
  const points = m.number(Math.abs(difference) * 100, 1);
  return m.t(
    difference > 0 ? 'metricsPlayground.verdictAccumulatedHigher' : 'metricsPlayground.verdictAveragedHigher',
    { points },
  );
}

/** The averaged row's header: how many images the average is over (images with no counted pixel are skipped). */
export function averagedRowLabel(m: Messages, comparison: ProtocolComparison): string {
  const images = comparison.perImage.length;
  const defined = comparison.perImage.filter((image) => image.counted > 0).length;
  return defined === images
    ? m.t('metricsPlayground.rowAveraged', { images })
    : m.t('metricsPlayground.rowAveragedSkipping', { defined });
}

/** The confusion-matrix figure's words, with the matrix in words for screen readers. */
export function confusionText(m: Messages, confusion: ConfusionMatrix): ConfusionFigureText {
  const names = classNames(m);
  const { diagonal, worst } = confusionHighlights(confusion);
  const mistake =
    worst.count === 0
      ? m.t('metricsPlayground.matrixNoMistake')
      : m.t('metricsPlayground.matrixLargestMistake', {
          count: worst.count,
          truth: names[worst.truth],
          predicted: names[worst.predicted],
        });
  const entries = diagonal.map((count, i) => m.t('metricsPlayground.matrixDiagonalEntry', { count, name: names[i] }));
  return {
    predictedAxis: m.t('metricsPlayground.matrixPredictedAxis'),
    trueAxis: m.t('metricsPlayground.matrixTrueAxis'),
    description: m.t('metricsPlayground.matrixDescription', { diagonal: entries.join(', '), mistake }),
    cellTitle: (truth, predicted, count) => m.t('metricsPlayground.matrixCellTitle', { truth, predicted, count }),
    totalTitle: (count) => m.t('metricsPlayground.matrixTotalTitle', { count }),
    count: (count) => m.number(count),
  };
}

/** The IoU bars' words, with the bars in words for screen readers. */
export function barsText(m: Messages, scores: SegmentationScores): IoUBarsText {
  const names = classNames(m);
  const percent = (value: number): string => m.percent(value, 1);
  const entries = scores.perClassIoU.map((iou, c) =>
    iou === null
      ? m.t('metricsPlayground.barsEntryAbsent', { name: names[c] })
      : m.t('metricsPlayground.barsEntry', { name: names[c], value: percent(iou) }),
  );
  return {
    axis: m.t('metricsPlayground.barsAxis'),
    absent: m.t('metricsPlayground.barsAbsent'),
    mean: (value) => m.t('metricsPlayground.barsMean', { value: percent(value) }),
    percent,
    tick: (value) => m.percent(value, 0),
    description: m.t('metricsPlayground.barsDescription', {
      classes: entries.join('; '),
      mean: scoreText(m, scores.meanIoU, scores),
    }),
  };
}
