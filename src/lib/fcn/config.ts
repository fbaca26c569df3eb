// FCN configuration: VGG16's topology at reduced width, and our geometry ("ours" design).
//
// Topology (as VGG16 / fcn.berkeleyvision.org): 13 3×3 convs in blocks of 2-2-3-3-3, five 2×2 stride-2
// max-pools, fc6 as a 7×7 conv, fc7 1×1, score_fr 1×1. Widths are VGG16's divided by `widthDivisor`
// (64-128-256-512-512 → 8-16-32-64-64 for 8) unless `blockWidths` sets them (the shipped models: wider deep
// blocks, 8-16-32-128-128), fc6/fc7 4096 → `fcWidth`.
//
// Geometry ("ours", not the reference's pad 100): every 3×3 conv pads 1, fc6 pads 3, pools round UP (ceil,
// as Caffe) — tfjs pools round down, so an odd map is padded by one zero row/column at the bottom/right
// first (exact, because pool inputs are ReLU outputs ≥ 0). Upsamplers: upscore k64 s32 p16, upscore2 k4 s2 p1,
// upscore16 k32 s16 p8, upscore_pool4 k4 s2 p1, upscore8 k16 s8 p4; each exactly doubles (or ×8/×16/×32)
// its input. For an input that is a multiple of 32 every map lines up with no crop. For ANY other size the
// ceil pools make each upsampled map at most one cell (or, at the end, < 32 px) larger than the map it
// joins, and it is cropped at offset 0 to that map's size — the coordinate maps compose to identity
// (a pool-k cell's centre is at 2^k·y + (2^k − 1)/2 in input pixels, and the bilinear upsamplers put it
// there), so the crop offset is 0 for every size, where the reference's pad 100 needs 19 / 5 / 27 / 9 / 31.
export type FcnVariant = 'fcn32s' | 'fcn16s' | 'fcn8s';
export const FCN_VARIANTS: readonly FcnVariant[] = ['fcn32s', 'fcn16s', 'fcn8s'];

export interface FcnConfig {
  /** VGG16 widths are divided by this (8 → conv widths 8-16-32-64-64). */
  widthDivisor: number;
  /** Channels of fc6 and fc7 (VGG16: 4096). */
  fcWidth: number;
  numClasses: number;
  /** Channels of each of the five blocks when they differ from VGG16's ÷ `widthDivisor` (wider deep blocks). */
  blockWidths?: readonly number[];
}

/** VGG16 conv blocks: [number of convs, VGG16 width]. */
export const VGG16_BLOCKS: readonly (readonly [number, number])[] = [
  [2, 64],
  [2, 128],
  [3, 256],
  [3, 512],
  [3, 512],
];

export const FC6_KERNEL = 7;

export interface Upsampler {
  kernelSize: number;
  stride: number;
  padding: number;
  /** Learned (intermediate ×2 layers) or frozen bilinear (final layers), as in the paper. */
  trainable: boolean;
}

export const UPSAMPLERS = {
  upscore: { kernelSize: 64, stride: 32, padding: 16, trainable: false },
  upscore2: { kernelSize: 4, stride: 2, padding: 1, trainable: true },
  upscore16: { kernelSize: 32, stride: 16, padding: 8, trainable: false },
  upscore_pool4: { kernelSize: 4, stride: 2, padding: 1, trainable: true },
  upscore8: { kernelSize: 16, stride: 8, padding: 4, trainable: false },
} as const satisfies Record<string, Upsampler>;

export type UpsamplerName = keyof typeof UPSAMPLERS;

/** The first (session 1–2) models: VGG16's widths ÷ 8 throughout, fc6/fc7 128. */
export const NARROW_CONFIG: FcnConfig = { widthDivisor: 8, fcWidth: 128, numClasses: 6 };

/** The shipped models' configuration: ÷ 8 in blocks 1–3, ÷ 4 in blocks 4–5 (128 channels), fc6/fc7 256. */
export const SHIPPED_CONFIG: FcnConfig = { widthDivisor: 8, fcWidth: 256, numClasses: 6, blockWidths: [8, 16, 32, 128, 128] };

/** Conv names and channel counts of the backbone, e.g. ['conv1_1', 3, 8]. */
export function backboneLayers(config: FcnConfig): { name: string; inChannels: number; outChannels: number }[] {
  const layers: { name: string; inChannels: number; outChannels: number }[] = [];
  let inChannels = 3;
  const widths = blockWidths(config);
  VGG16_BLOCKS.forEach(([count], b) => {
    const outChannels = widths[b];
    for (let i = 1; i <= count; i++) {
      layers.push({ name: `conv${b + 1}_${i}`, inChannels, outChannels });
      inChannels = outChannels;
    }
  });
  return layers;
}

/** Channels of the five blocks, e.g. [8, 16, 32, 128, 128]. */
export function blockWidths(config: FcnConfig): number[] {
  return VGG16_BLOCKS.map(([, width], b) => config.blockWidths?.[b] ?? Math.max(1, Math.round(width / config.widthDivisor)));
}

/** Short description of a configuration's widths: "channels 8-16-32-128-128, fc6/fc7 256". */
export function describeWidths(config: FcnConfig): string {
  return `channels ${blockWidths(config).join('-')}, fc6/fc7 ${config.fcWidth}`;
}

/** Output size of every stage for an input of height × width (ceil pools): pool1 … pool5. */
export { ceilPoolSizes as poolSizes } from './stages';
