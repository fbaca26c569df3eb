// FCN weights as a named map ("conv1_1/kernel" → tensor), their shapes and their initialisation.
// Kernels are tfjs layouts: conv [kh, kw, in, out]; transposed conv [kh, kw, out, in].
import * as tf from '@tensorflow/tfjs-core';
import { bilinearWeights } from '../../lib/conv/bilinear';
import { canWiden, widenTensor } from './widen';
import { backboneLayers, FC6_KERNEL, UPSAMPLERS, type FcnConfig, type FcnVariant, type UpsamplerName } from '../../lib/fcn/config';

export type FcnWeights = Record<string, tf.Tensor>;

export type WeightInit = 'he' | 'zeros' | 'bilinear';

export interface WeightSpec {
  name: string;
  shape: number[];
  init: WeightInit;
  trainable: boolean;
}

const UPSAMPLERS_OF: Record<FcnVariant, UpsamplerName[]> = {
  fcn32s: ['upscore'],
  fcn16s: ['upscore2', 'upscore16'],
  fcn8s: ['upscore2', 'upscore_pool4', 'upscore8'],
};

const SKIPS_OF: Record<FcnVariant, ('score_pool4' | 'score_pool3')[]> = {
  fcn32s: [],
  fcn16s: ['score_pool4'],
  fcn8s: ['score_pool4', 'score_pool3'],
};

function conv(name: string, k: number, inC: number, outC: number, init: WeightInit): WeightSpec[] {
  return [
    { name: `${name}/kernel`, shape: [k, k, inC, outC], init, trainable: true },
    { name: `${name}/bias`, shape: [outC], init: 'zeros', trainable: true },
  ];
}

/** Every weight of `variant`, in a fixed order (the order of the saved weights manifest). */
export function weightSpecs(config: FcnConfig, variant: FcnVariant): WeightSpec[] {
  const layers = backboneLayers(config);
  const specs = layers.flatMap((l) => conv(l.name, 3, l.inChannels, l.outChannels, 'he'));
  const channelsOf = (block: number) => layers.filter((l) => l.name.startsWith(`conv${block}_`)).at(-1)!.outChannels;
  const n = config.numClasses;
  specs.push(...conv('fc6', FC6_KERNEL, channelsOf(5), config.fcWidth, 'he'));
  specs.push(...conv('fc7', 1, config.fcWidth, config.fcWidth, 'he'));
  // Scoring layers start at zero (as the reference's surgery), so a new skip first changes nothing.
  specs.push(...conv('score_fr', 1, config.fcWidth, n, 'zeros'));
  for (const skip of SKIPS_OF[variant]) {
    specs.push(...conv(skip, 1, channelsOf(skip === 'score_pool4' ? 4 : 3), n, 'zeros'));
  }
  for (const up of UPSAMPLERS_OF[variant]) {
    const u = UPSAMPLERS[up];
    specs.push({ name: `${up}/kernel`, shape: [u.kernelSize, u.kernelSize, n, n], init: 'bilinear', trainable: u.trainable });
  }
  return specs;
}

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
    weights[spec.name] = old && canWiden(old.shape, spec.shape) ? widenTensor(old, spec.shape, spec.init, fresh) : fresh();
  });
  return weights;
}

/** Number of scalar parameters. */
export function parameterCount(config: FcnConfig, variant: FcnVariant): number {
  return weightSpecs(config, variant).reduce((sum, s) => sum + s.shape.reduce((a, b) => a * b, 1), 0);
}

export function disposeWeights(weights: FcnWeights): void {
  tf.dispose(Object.values(weights));
}
