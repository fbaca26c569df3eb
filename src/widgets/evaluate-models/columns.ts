/** The columns of the evaluation table (keys as in `npm run evaluate -- --json`) and the three models. */
import { FCN_VARIANT_LABELS, FCN_VARIANTS, type FcnVariant } from '../../lib/fcn/variants';

export type ScoreKey = 'pixelAccuracy' | 'meanAccuracy' | 'meanIoU' | 'frequencyWeightedIoU' | 'boundaryAccuracy';

export const SCORE_COLUMNS: readonly { key: ScoreKey; label: string }[] = [
  { key: 'pixelAccuracy', label: 'pixel acc.' },
  { key: 'meanAccuracy', label: 'mean acc.' },
  { key: 'meanIoU', label: 'mean IoU' },
  { key: 'frequencyWeightedIoU', label: 'f.w. IoU' },
  { key: 'boundaryAccuracy', label: 'boundary acc.' },
];

export const MODELS: readonly (readonly [FcnVariant, string])[] = FCN_VARIANTS.map(
  (v) => [v, FCN_VARIANT_LABELS[v]] as const,
);

/** Four decimals, as the evaluation script's JSON rounds them. */
export const formatScore = (value: number): string => value.toFixed(4);
