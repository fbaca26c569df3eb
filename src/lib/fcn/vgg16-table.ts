/**
 * VGG16 layer by layer for an input of any height × width: output shape [height, width, channels], learned
 * parameters, multiply-adds, receptive field and effective stride. The classifier's three fully connected
 * layers appear in their FCN form: fc6 a 7×7 convolution, fc7 and fc8 1×1 convolutions (same parameters).
 *
 * Geometry is that of our FCN (the 'ours' design of ./layers.ts): 3×3 convs pad 1, 2×2 stride-2 max-pools rounding up
 * (Caffe's ceil mode, so an odd side keeps its last pixel), fc6 pad 3 by default (the reference uses 0, which
 * needs a pool5 of at least 7×7). `widthDivisor` or `blockWidths` shrink the widths as our shipped model does.
 */
import { checkConv } from '../conv/arithmetic';
import { checkPool } from '../conv/pool';
import { convMultiplyAdds, convParameters } from '../conv/cost';
import { conv, pool, receptiveFieldStats, type RfLayer } from '../conv/receptive-field';
import { FC6_KERNEL_SIZE } from './head';
import { blockConvNames, VGG16_BLOCKS } from './vgg16';

export interface Vgg16Options {
  /** Divide every conv width by this (rounded, at least 1). Default 1: full VGG16. */
  widthDivisor?: number;
  /** Channels of each of the five conv blocks (overrides `widthDivisor`). */
  blockWidths?: readonly number[];
  /** Channels of fc6 and fc7. Default 4096. */
  fcWidth?: number;
  /** Outputs of the last layer (fc8; score_fr in FCN). Default 1000 (ImageNet). */
  classes?: number;
  /** Padding of the 7×7 fc6. Default 3 (ours: keeps the size); 0 in the reference. */
  fc6Padding?: number;
}

export interface Vgg16Row {
  name: string;
  /** The paper's notation: "conv3-64", "maxpool", "conv7-4096" (fc6 as a convolution). */
  notation: string;
  kind: 'input' | 'conv' | 'pool';
  shape: [number, number, number];
  parameters: number;
  multiplyAdds: number;
  /** Receptive field in input pixels (the same on both axes). */
  receptiveField: number;
  /** Effective stride: input pixels between neighbouring cells. */
  stride: number;
}

/** A failure names, when a layer has no window, that layer and the [height, width] it was given. */
export type Vgg16Table =
  { ok: true; rows: Vgg16Row[] } | { ok: false; reason: string; layer?: string; input?: [number, number] };

interface LayerPlan {
  name: string;
  layer: RfLayer;
  outChannels: number;
  notation: string;
}

/** The 21 layers after the input: 13 convs, 5 pools, fc6, fc7, fc8 — in order. */
export function vgg16Plan(options: Vgg16Options = {}): LayerPlan[] {
  const { widthDivisor = 1, blockWidths, fcWidth = 4096, classes = 1000, fc6Padding = 3 } = options;
  const plan: LayerPlan[] = [];
  VGG16_BLOCKS.forEach(({ width }, b) => {
    const channels = blockWidths?.[b] ?? Math.max(1, Math.round(width / widthDivisor));
    for (const name of blockConvNames(b)) {
      plan.push({ name, layer: conv(3, { padding: 1 }), outChannels: channels, notation: `conv3-${channels}` });
    }
    plan.push({ name: `pool${b + 1}`, layer: pool(2, 2, 0, true), outChannels: channels, notation: 'maxpool 2×2/2' });
  });
  plan.push({
    name: 'fc6',
    layer: conv(FC6_KERNEL_SIZE, { padding: fc6Padding }),
    outChannels: fcWidth,
    notation: `conv${FC6_KERNEL_SIZE}-${fcWidth}`,
  });
  plan.push({ name: 'fc7', layer: conv(1), outChannels: fcWidth, notation: `conv1-${fcWidth}` });
  plan.push({ name: 'fc8', layer: conv(1), outChannels: classes, notation: `conv1-${classes}` });
  return plan;
}

/** Every layer of VGG16 on a height × width × 3 input, or the reason a layer has no output. */
export function vgg16Table(height: number, width: number, options: Vgg16Options = {}): Vgg16Table {
  for (const [name, value] of [
    ['Height', height],
    ['Width', width],
  ] as const) {
    if (!Number.isInteger(value) || value < 1)
      return { ok: false, reason: `${name} must be a whole number ≥ 1 (got ${value}).` };
  }
  const plan = vgg16Plan(options);
  const stats = receptiveFieldStats(plan.map((p) => p.layer));
  const rows: Vgg16Row[] = [
    {
      name: 'input',
      notation: 'RGB image',
      kind: 'input',
      shape: [height, width, 3],
      parameters: 0,
      multiplyAdds: 0,
      receptiveField: 1,
      stride: 1,
    },
  ];
  for (const [i, { name, layer, outChannels, notation }] of plan.entries()) {
    const [h, w, c] = rows[rows.length - 1].shape;
    const { kernelSize, stride, padding } = layer;
    const along = [h, w].map((s) =>
      layer.kind === 'pool'
        ? checkPool({ size: s, kernelSize, stride, padding, ceil: layer.ceil })
        : checkConv({ size: s, kernelSize, stride, padding }),
    );
    const bad = along.find((check) => !check.ok);
    if (bad && !bad.ok) return { ok: false, reason: `${name}: ${bad.reason}`, layer: name, input: [h, w] };
    const size = along.map((check) => (check.ok ? check.size : 0)) as [number, number];
    const cost = { kernelSize: layer.kernelSize, inChannels: c, outChannels };
    rows.push({
      name,
      notation,
      kind: layer.kind,
      shape: [size[0], size[1], outChannels],
      parameters: layer.kind === 'conv' ? convParameters(cost) : 0,
      multiplyAdds: layer.kind === 'conv' ? convMultiplyAdds(size[0], size[1], cost) : 0,
      receptiveField: stats[i + 1].size,
      stride: stats[i + 1].jump,
    });
  }
  return { ok: true, rows };
}

/** Sum of a column over the rows. */
export function tableTotal(rows: readonly Vgg16Row[], key: 'parameters' | 'multiplyAdds'): number {
  return rows.reduce((sum, row) => sum + row[key], 0);
}
