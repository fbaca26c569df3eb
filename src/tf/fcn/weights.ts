// FCN weights as a named map ("conv1_1/kernel" → tensor), their shapes and their initialisation.
// Kernels are tfjs layouts: conv [kh, kw, in, out]; transposed conv [kh, kw, out, in].
import * as tf from '@tensorflow/tfjs-core';
import { bilinearWeights } from '../../lib/conv/bilinear';
import { canWiden, widenTensor } from './widen';
import { blockWidths, type FcnConfig } from '../../lib/fcn/config';
import { FCN_INPUT, fcnLayerSpecs } from '../../lib/fcn/layers';
import { HEAD_UPSAMPLERS, type UpsamplerName } from '../../lib/fcn/head';
import type { FcnVariant } from '../../lib/fcn/variants';

export type FcnWeights = Record<string, tf.Tensor>;

export type WeightInit = 'he' | 'zeros' | 'bilinear';

export interface WeightSpec {
  name: string;
  shape: number[];
  init: WeightInit;
  trainable: boolean;
}

function conv(name: string, k: number, inC: number, outC: number, init: WeightInit): WeightSpec[] {
  return [
    { name: `${name}/kernel`, shape: [k, k, inC, outC], init, trainable: true },
    { name: `${name}/bias`, shape: [outC], init: 'zeros', trainable: true },
  ];
}

/**
 * Every weight of `variant`, in a fixed order (the order of the saved weights manifest, and of the seeds
 * createFcnWeights draws): the 'ours' layer graph's convs in graph order (backbone, fc6, fc7, score_fr, the
 * skips' 1×1 scores), then its upsamplers in graph order. Channels: VGG16's blocks at the config's widths,
 * fc6/fc7 `fcWidth`, every score map one per class.
 */
export function weightSpecs(config: FcnConfig, variant: FcnVariant): WeightSpec[] {
  const specs = fcnLayerSpecs('ours', variant);
  const widths = blockWidths(config);
  const n = config.numClasses;
  const channels = new Map<string, number>([[FCN_INPUT, 3]]);
  const convs: WeightSpec[] = [];
  const upsamplers: WeightSpec[] = [];
  for (const spec of specs) {
    if (spec.kind === 'sum') channels.set(spec.name, channels.get(spec.inputs[0]) ?? 0);
    else if (spec.kind === 'pool' || spec.kind === 'crop') channels.set(spec.name, channels.get(spec.input) ?? 0);
    else if (spec.kind === 'deconv') {
      const k = spec.kernelSize;
      upsamplers.push({ name: `${spec.name}/kernel`, shape: [k, k, n, n], init: 'bilinear', trainable: HEAD_UPSAMPLERS[spec.name as UpsamplerName].trainable });
      channels.set(spec.name, n);
    } else {
      const block = /^conv(\d)_/.exec(spec.name);
      const out = spec.outChannels === 'classes' ? n : block ? widths[Number(block[1]) - 1] : config.fcWidth;
      // Scoring layers start at zero (as the reference's surgery), so a new skip first changes nothing.
      convs.push(...conv(spec.name, spec.kernelSize, channels.get(spec.input) ?? 0, out, spec.outChannels === 'classes' ? 'zeros' : 'he'));
      channels.set(spec.name, out);
    }
  }
  return [...convs, ...upsamplers];
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
