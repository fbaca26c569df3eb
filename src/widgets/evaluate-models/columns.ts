/** The columns of the evaluation table (keys as in `npm run evaluate -- --json`) and the three models. */
import type { Messages, UiKey } from '../../i18n';
import { FCN_VARIANT_LABELS, FCN_VARIANTS, type FcnVariant } from '../../lib/fcn/variants';

export type ScoreKey = 'pixelAccuracy' | 'meanAccuracy' | 'meanIoU' | 'frequencyWeightedIoU' | 'boundaryAccuracy';

export const SCORE_COLUMNS: readonly { key: ScoreKey; label: UiKey }[] = [
  { key: 'pixelAccuracy', label: 'evaluateModels.columnPixelAccuracy' },
  { key: 'meanAccuracy', label: 'evaluateModels.columnMeanAccuracy' },
  { key: 'meanIoU', label: 'evaluateModels.columnMeanIoU' },
  { key: 'frequencyWeightedIoU', label: 'evaluateModels.columnFrequencyWeightedIoU' },
  { key: 'boundaryAccuracy', label: 'evaluateModels.columnBoundaryAccuracy' },
];

export const MODELS: readonly (readonly [FcnVariant, string])[] = FCN_VARIANTS.map(
  (v) => [v, FCN_VARIANT_LABELS[v]] as const,
);

/** Four decimals, as the evaluation script's JSON rounds them, with the locale's decimal mark. */
export const formatScore = (m: Messages, value: number): string => m.number(value, 4);

/** "1 scene" / "6 scenes", "1 model" / "3 models", in the page's language. */
export const countOf = (m: Messages, count: number, one: UiKey, many: UiKey): string =>
  count === 1 ? m.t(one) : m.t(many, { count });
