/** The columns of the evaluation table (keys as in `npm run evaluate -- --json`) and the three models. */
import type { FcnVariant } from '../../lib/fcn/config';

export type ScoreKey = 'pixelAccuracy' | 'meanAccuracy' | 'meanIoU' | 'frequencyWeightedIoU' | 'boundaryAccuracy';

export const SCORE_COLUMNS: readonly { key: ScoreKey; label: string }[] = [
  { key: 'pixelAccuracy', label: 'pixel acc.' },
  { key: 'meanAccuracy', label: 'mean acc.' },
  { key: 'meanIoU', label: 'mean IoU' },
  { key: 'frequencyWeightedIoU', label: 'f.w. IoU' },
  { key: 'boundaryAccuracy', label: 'boundary acc.' },
];

export const MODELS: readonly (readonly [FcnVariant, string])[] = [
  ['fcn32s', 'FCN-32s'], ['fcn16s', 'FCN-16s'], ['fcn8s', 'FCN-8s'],
];

/** Four decimals, as the evaluation script's JSON rounds them. */
export const formatScore = (value: number): string => value.toFixed(4);
