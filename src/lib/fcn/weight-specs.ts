// The FCN's weights described without tensors: every weight's name, shape (tfjs layouts: conv [kh, kw, in, out];
// transposed conv [kh, kw, out, in]), initialisation and trainability, derived from the 'ours' layer graph. Pure:
// the model card and the PyTorch architecture export read it at build time without loading tfjs.
import { blockWidths, type FcnConfig } from './config';
import { FCN_INPUT, fcnLayerSpecs } from './layers';
import { HEAD_UPSAMPLERS, type UpsamplerName } from './head';
import type { FcnVariant } from './variants';

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
      upsamplers.push({
        name: `${spec.name}/kernel`,
        shape: [k, k, n, n],
        init: 'bilinear',
        trainable: HEAD_UPSAMPLERS[spec.name as UpsamplerName].trainable,
      });
      channels.set(spec.name, n);
    } else {
      const block = /^conv(\d)_/.exec(spec.name);
      const out = spec.outChannels === 'classes' ? n : block ? widths[Number(block[1]) - 1] : config.fcWidth;
      // Scoring layers start at zero (as the reference's surgery), so a new skip first changes nothing.
      convs.push(
        ...conv(
          spec.name,
          spec.kernelSize,
          channels.get(spec.input) ?? 0,
          out,
          spec.outChannels === 'classes' ? 'zeros' : 'he',
        ),
      );
      channels.set(spec.name, out);
    }
  }
  return [...convs, ...upsamplers];
}

/** Number of weights (parameters) of `variant`. */
export function parameterCount(config: FcnConfig, variant: FcnVariant): number {
  return weightSpecs(config, variant).reduce((sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1), 0);
}
