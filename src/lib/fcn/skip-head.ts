/**
 * What each skip stage adds to the head below it, read off the layer graph of ./layers.ts (the head is
 * described once, there and in ./head.ts): FCN-16s adds score_pool4 (a 1×1 scoring of pool4), the learned ×2
 * upsampler upscore2 and the fixed bilinear ×16 upscore16; FCN-8s adds score_pool3, upscore_pool4 and upscore8.
 * The in-tab training (src/tf/skip-train.ts) trains the skip scoring and the learned upsampler of each stage.
 */
import { HEAD_UPSAMPLERS, type UpsamplerName } from './head';
import { fcnLayerSpecs } from './layers';
import type { FcnVariant, SkipVariant } from './variants';

export interface SkipStageLayers {
  /** The 1×1 convolution that scores the skip's pool map (starts at zero). */
  skip: string;
  /** The learned ×2 upsampler that brings the coarser scores to the skip's grid (starts bilinear). */
  up: UpsamplerName;
  /** The final upsampler to the image, fixed bilinear. */
  fixed: UpsamplerName;
}

/** The variant each skip stage starts from. */
export const PREVIOUS_STAGE: Record<SkipVariant, FcnVariant> = { fcn16s: 'fcn32s', fcn8s: 'fcn16s' };

const isUpsampler = (name: string): name is UpsamplerName => name in HEAD_UPSAMPLERS;

/** The layers `stage` has and the variant before it has not (in our model's design). */
export function skipStageLayers(stage: SkipVariant): SkipStageLayers {
  const before = new Set(fcnLayerSpecs('ours', PREVIOUS_STAGE[stage]).map((s) => s.name));
  const added = fcnLayerSpecs('ours', stage).filter((s) => !before.has(s.name));
  const skip = added.find((s) => s.kind === 'conv')?.name;
  const ups = added.filter((s) => s.kind === 'deconv').map((s) => s.name);
  const up = ups.filter(isUpsampler).find((name) => HEAD_UPSAMPLERS[name].trainable);
  const fixed = ups.filter(isUpsampler).find((name) => !HEAD_UPSAMPLERS[name].trainable);
  if (!skip || !up || !fixed) throw new Error(`the ${stage} head adds no skip scoring or upsamplers`);
  return { skip, up, fixed };
}
