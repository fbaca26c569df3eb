/**
 * Build-time facts about the shipped models, read from public/models/ when the site is built. Each file may not
 * exist yet (the weights, log and evaluation appear as training stages finish): a missing file is null, and the
 * pages say so instead of showing numbers.
 */
import type { TrainingLogFile } from '../figures/training-curves';
import type { PixelFates } from '../lib/metrics/pixel-fates';
import type { FcnVariant } from '../lib/fcn/variants';

export interface VariantEvaluation {
  pixelAccuracy: number;
  meanAccuracy: number;
  meanIoU: number;
  frequencyWeightedIoU: number;
  boundaryAccuracy?: number;
  perClassIoU?: Record<string, number | null>;
  /** Shares of object pixels right / missed as background / another object class; background false alarms. */
  objectPixels?: PixelFates;
  scenes?: number;
  pixels?: number;
}

export interface EvaluationFile {
  split: string;
  seeds: { from: number; to: number };
  sceneSize: [number, number];
  testSprites?: number;
  boundaryRadius?: number;
  classes?: string[];
  machine?: { backend?: { backend?: string } };
  models: Partial<Record<FcnVariant, VariantEvaluation>>;
}

export interface ManifestFile {
  algorithm: string;
  files: Record<string, { sha256: string; bytes: number }>;
}

const first = <T>(found: Record<string, unknown>): T | null => (Object.values(found)[0] as T | undefined) ?? null;

export const evaluation = first<EvaluationFile>(
  import.meta.glob('../../public/models/evaluation.json', { eager: true, import: 'default' }),
);
export const trainingLog = first<TrainingLogFile>(
  import.meta.glob('../../public/models/training-log.json', { eager: true, import: 'default' }),
);
export const manifest = first<ManifestFile>(
  import.meta.glob('../../public/models/manifest.json', { eager: true, import: 'default' }),
);
