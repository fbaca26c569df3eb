// The models' configuration: VGG16's topology (./vgg16.ts: 13 3×3 convs in blocks of 2-2-3-3-3, five 2×2
// stride-2 max-pools; ./head.ts: fc6 as a 7×7 conv, fc7 1×1, score_fr 1×1, the upsamplers) at reduced width,
// run with the 'ours' geometry of ./layers.ts. Widths are VGG16's divided by `widthDivisor`
// (64-128-256-512-512 → 8-16-32-64-64 for 8) unless `blockWidths` sets them (the shipped models: wider deep
// blocks, 8-16-32-128-128), fc6/fc7 4096 → `fcWidth`.
//
// Geometry ('ours', not the reference's pad 100): every 3×3 conv pads 1, fc6 pads 3, pools round UP (ceil, as
// Caffe; tfjs pools round down, so src/tf/fcn/model.ts pads the end first by src/lib/conv/pool.ts's rule —
// exact, because pool inputs are ReLU outputs ≥ 0), and every upsampler pads (k − s)/2, so it multiplies its
// input's size by exactly s. For an input that is a multiple of 32 every map lines up with no crop. For ANY
// other size the ceil pools make each upsampled map at most one cell (or, at the end, < 32 px) larger than the
// map it joins, and it is cropped at offset 0 to that map's size — the coordinate maps compose to identity
// (a pool-k cell's centre is at 2^k·y + (2^k − 1)/2 in input pixels, and the bilinear upsamplers put it
// there), so the crop offset is 0 for every size, where the reference's pad 100 needs 19 / 5 / 27 / 9 / 31.
import { fcnLayerSpecs, type DeconvSpec } from './layers';
import { HEAD_UPSAMPLERS, type UpsamplerName } from './head';
import { SCENE_CLASS_COUNT } from '../scene/dataset';
import { FCN_VARIANTS } from './variants';
import { blockConvNames, VGG16_BLOCKS } from './vgg16';

export interface FcnConfig {
  /** VGG16 widths are divided by this (8 → conv widths 8-16-32-64-64). */
  widthDivisor: number;
  /** Channels of fc6 and fc7 (VGG16: 4096). */
  fcWidth: number;
  /** Output channels of score_fr and the head: one per class (the scenes' 6 for every model here). */
  numClasses: number;
  /** Channels of each of the five blocks when they differ from VGG16's ÷ `widthDivisor` (wider deep blocks). */
  blockWidths?: readonly number[];
}

export interface Upsampler {
  kernelSize: number;
  stride: number;
  padding: number;
  /** Learned (intermediate ×2 layers) or frozen bilinear (final layers), as in the paper. */
  trainable: boolean;
}

/** The head's upsamplers as the models run them: the 'ours' layer specs' transposed convs, with `trainable`. */
export const UPSAMPLERS: Readonly<Record<UpsamplerName, Upsampler>> = (() => {
  const deconvs = FCN_VARIANTS.flatMap((v) => fcnLayerSpecs('ours', v)).filter(
    (spec): spec is DeconvSpec => spec.kind === 'deconv',
  );
  const out = {} as Record<UpsamplerName, Upsampler>;
  for (const name of Object.keys(HEAD_UPSAMPLERS) as UpsamplerName[]) {
    const spec = deconvs.find((d) => d.name === name);
    if (!spec) throw new Error(`no 'ours' head has ${name}`);
    out[name] = {
      kernelSize: spec.kernelSize,
      stride: spec.stride,
      padding: spec.padding,
      trainable: HEAD_UPSAMPLERS[name].trainable,
    };
  }
  return out;
})();

/** The first (session 1–2) models: VGG16's widths ÷ 8 throughout, fc6/fc7 128. */
export const NARROW_CONFIG: FcnConfig = { widthDivisor: 8, fcWidth: 128, numClasses: SCENE_CLASS_COUNT };

/** The shipped models' configuration: ÷ 8 in blocks 1–3, ÷ 4 in blocks 4–5 (128 channels), fc6/fc7 256. */
export const SHIPPED_CONFIG: FcnConfig = {
  widthDivisor: 8,
  fcWidth: 256,
  numClasses: SCENE_CLASS_COUNT,
  blockWidths: [8, 16, 32, 128, 128],
};

/** Conv names and channel counts of the backbone, e.g. ['conv1_1', 3, 8]. */
export function backboneLayers(config: FcnConfig): { name: string; inChannels: number; outChannels: number }[] {
  const layers: { name: string; inChannels: number; outChannels: number }[] = [];
  let inChannels = 3;
  const widths = blockWidths(config);
  VGG16_BLOCKS.forEach((_, b) => {
    const outChannels = widths[b];
    for (const name of blockConvNames(b)) {
      layers.push({ name, inChannels, outChannels });
      inChannels = outChannels;
    }
  });
  return layers;
}

/** Channels of the five blocks, e.g. [8, 16, 32, 128, 128]. */
export function blockWidths(config: FcnConfig): number[] {
  return VGG16_BLOCKS.map(
    ({ width }, b) => config.blockWidths?.[b] ?? Math.max(1, Math.round(width / config.widthDivisor)),
  );
}

/** Short description of a configuration's widths: "channels 8-16-32-128-128, fc6/fc7 256". */
export function describeWidths(config: FcnConfig): string {
  return `channels ${blockWidths(config).join('-')}, fc6/fc7 ${config.fcWidth}`;
}
