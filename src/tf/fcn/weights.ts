// FCN weights as a named map ("conv1_1/kernel" → tensor), their shapes and their initialisation.
// Kernels are tfjs layouts: conv [kh, kw, in, out]; transposed conv [kh, kw, out, in].
import * as tf from '@tensorflow/tfjs-core';
import { bilinearWeights } from '../../lib/conv/bilinear';
import { canWiden, widenTensor } from './widen';
import type { FcnConfig } from '../../lib/fcn/config';
import type { FcnVariant } from '../../lib/fcn/variants';

export type FcnWeights = Record<string, tf.Tensor>;

import { weightSpecs, type WeightSpec } from '../../lib/fcn/weight-specs';

export { weightSpecs, parameterCount, type WeightInit, type WeightSpec } from '../../lib/fcn/weight-specs';

function initialise(spec: WeightSpec, seed: number): tf.Tensor {
  if (spec.init === 'zeros') return tf.zeros(spec.shape);
  if (spec.init === 'bilinear') return tf.tensor(bilinearWeights(spec.shape[0], spec.shape[2]), spec.shape);
  const [kh, kw, inC] = spec.shape;
  return tf.randomNormal(spec.shape, 0, Math.sqrt(2 / (kh * kw * inC)), 'float32', seed);
}

/** Fresh weights for `variant`: He-normal convs (seeded), zero biases and scores, bilinear upsamplers. */
export function createFcnWeights(config: FcnConfig, seed: number, variant: FcnVariant = 'fcn8s'): FcnWeights {
  const weights: FcnWeights = {};
  weightSpecs(config, variant).forEach((spec, i) => {
    weights[spec.name] = initialise(spec, seed * 1000 + i);
  });
  return weights;
}

/**
 * Weights for `variant` that start from `from` (the paper's staging: FCN-16s from FCN-32s, FCN-8s from
 * FCN-16s): every shared name is copied (cloned), the rest initialised as in createFcnWeights. When `config`
 * is wider than `from`, shared weights are widened without changing the function (see widen.ts).
 */
export function extendFcnWeights(from: FcnWeights, config: FcnConfig, seed: number, variant: FcnVariant): FcnWeights {
  const weights: FcnWeights = {};
  weightSpecs(config, variant).forEach((spec, i) => {
    const old = from[spec.name];
    const fresh = () => initialise(spec, seed * 1000 + i);
    // Same shape: widenTensor pads by nothing, i.e. copies.
    weights[spec.name] =
      old && canWiden(old.shape, spec.shape) ? widenTensor(old, spec.shape, spec.init, fresh) : fresh();
  });
  return weights;
}

export function disposeWeights(weights: FcnWeights): void {
  tf.dispose(Object.values(weights));
}
