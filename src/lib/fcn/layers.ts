/**
 * Layer specifications of FCN-32s / 16s / 8s in three designs, and their coordinate maps.
 *
 * One list of specs per (design, variant) is the single source for the shape tracer (./geometry.ts), the stage
 * panels (./stages.ts), the widgets and the tfjs model (src/tf/fcn/model.ts runs the 'ours' list). Names follow the reference net.py (shelhamer/fcn.berkeleyvision.org,
 * voc-fcn8s/net.py); the seed's PyTorch port calls FCN-32s's deconvolution `upscore32`, here it is `upscore`.
 *
 * Designs
 * - 'caffe': the reference. conv1_1 pad 100, other 3×3 convs pad 1, 2×2/2 max pools, fc6 7×7 pad 0, fc7 and
 *   score_fr 1×1, deconvolutions without padding, and crops whose offsets come from the coordinate maps
 *   (caffe's coord_map.crop): the larger blob is cut to the size of the smaller one.
 * - 'seed': the study note's PyTorch port. Every conv pad 1, fc6/fc7 1×1, padded deconvolutions (k64 s32 p16;
 *   k4 s2 p1; k32 s16 p8; for FCN-8s by analogy k16 s8 p4); the skip sum takes the top-left `[:h, :w]` of the
 *   UPSAMPLED map at the skip's size (offset 0), and the net returns the last upsampling uncropped.
 * - 'ours': the shipped model. As 'seed' but fc6 is a real 7×7 conv with pad 3 (size-preserving), and the final
 *   output is cut to the input's size at offset 0.
 */

import { FC6_KERNEL_SIZE, HEAD_UPSAMPLERS, type UpsamplerName } from './head';
import { blockConvNames, VGG16_BLOCKS } from './vgg16';
import type { FcnVariant } from './variants';

export type FcnDesign = 'caffe' | 'seed' | 'ours';
export type PoolRounding = 'ceil' | 'floor';

/** Name of the input image blob (as in the reference prototxt). Its channels are RGB. */
export const FCN_INPUT = 'data';

/** Kernel size k, stride s, padding p (same on both spatial axes). */
export interface WindowParams {
  kernelSize: number;
  stride: number;
  padding: number;
}

/** Convolution (+ ReLU unless `relu` is false). `outChannels: 'classes'` means one channel per class. */
export interface ConvSpec extends WindowParams {
  kind: 'conv';
  name: string;
  input: string;
  outChannels: number | 'classes';
  relu: boolean;
}

/** 2×2 max pooling with stride 2; `rounding` is how a window hanging over the edge is treated. */
export interface PoolSpec extends WindowParams {
  kind: 'pool';
  name: string;
  input: string;
  rounding: PoolRounding;
}

/** Transposed convolution ("deconvolution"), one channel per class, no bias, bilinear initialisation. */
export interface DeconvSpec extends WindowParams {
  kind: 'deconv';
  name: string;
  input: string;
  outChannels: 'classes';
}

/**
 * Keep a window of `input` the size of `reference`, starting at `offset` on both axes. 'aligned' means the offset
 * is derived from the coordinate maps (what caffe's coord_map.crop does). `explicit` is false when the design's
 * own code does not crop (the seed returns the last upsampling as it is); the crop then only describes the
 * top-left part of the output that lines up with the input.
 */
export interface CropSpec {
  kind: 'crop';
  name: string;
  input: string;
  reference: string;
  offset: number | 'aligned';
  explicit: boolean;
}

/** Element-wise sum of two blobs of equal size (Caffe's Eltwise SUM). */
export interface SumSpec {
  kind: 'sum';
  name: string;
  inputs: [string, string];
}

export type FcnLayerSpec = ConvSpec | PoolSpec | DeconvSpec | CropSpec | SumSpec;

export interface SpecOptions {
  /** Rounding of all five pools; 'ceil' (the default) in Caffe and in the seed's `ceil_mode=True`. */
  poolRounding?: PoolRounding;
}

function conv(
  name: string,
  input: string,
  kernelSize: number,
  padding: number,
  out: number | 'classes',
  relu = true,
): ConvSpec {
  return { kind: 'conv', name, input, kernelSize, stride: 1, padding, outChannels: out, relu };
}

/** A head upsampler: the reference's kernel size and stride; padding none in Caffe, (k − s)/2 in the ports. */
function deconv(design: FcnDesign, name: UpsamplerName, input: string): DeconvSpec {
  const { kernelSize, stride } = HEAD_UPSAMPLERS[name];
  const padding = design === 'caffe' ? 0 : (kernelSize - stride) / 2;
  return { kind: 'deconv', name, input, kernelSize, stride, padding, outChannels: 'classes' };
}

function crop(name: string, input: string, reference: string, offset: number | 'aligned', explicit = true): CropSpec {
  return { kind: 'crop', name, input, reference, offset, explicit };
}

function sum(name: string, a: string, b: string): SumSpec {
  return { kind: 'sum', name, inputs: [a, b] };
}

/** VGG16's 13 convs and 5 pools, then fc6, fc7 and score_fr, as convolutions. */
function backbone(design: FcnDesign, rounding: PoolRounding): FcnLayerSpec[] {
  const specs: FcnLayerSpec[] = [];
  let input = FCN_INPUT;
  VGG16_BLOCKS.forEach(({ width }, b) => {
    for (const name of blockConvNames(b)) {
      specs.push(conv(name, input, 3, design === 'caffe' && name === 'conv1_1' ? 100 : 1, width));
      input = name;
    }
    const pool = `pool${b + 1}`;
    specs.push({ kind: 'pool', name: pool, input, kernelSize: 2, stride: 2, padding: 0, rounding });
    input = pool;
  });
  // fc6: the reference's 7×7 (pad 0), ours keeps the size (pad 3), the seed's port made it 1×1.
  const fc6 =
    design === 'seed' ? { k: 1, p: 0 } : { k: FC6_KERNEL_SIZE, p: design === 'ours' ? (FC6_KERNEL_SIZE - 1) / 2 : 0 };
  specs.push(conv('fc6', 'pool5', fc6.k, fc6.p, 4096));
  specs.push(conv('fc7', 'fc6', 1, 0, 4096));
  specs.push(conv('score_fr', 'fc7', 1, 0, 'classes', false));
  return specs;
}

/** The full layer list of one variant in one design, in execution order. */
export function fcnLayerSpecs(design: FcnDesign, variant: FcnVariant, options: SpecOptions = {}): FcnLayerSpec[] {
  const specs = backbone(design, options.poolRounding ?? 'ceil');
  const caffe = design === 'caffe';
  const up = (name: UpsamplerName, input: string) => deconv(design, name, input);
  const finalCrop = (input: string) => crop('score', input, FCN_INPUT, caffe ? 'aligned' : 0, design !== 'seed');
  /** Caffe cuts the skip score (bigger, thanks to pad 100) to the upsampled size; the ports cut the upsampled map. */
  const fuse = (skip: string, upsampled: string, fused: string) => {
    specs.push(conv(skip, skip.replace('score_', ''), 1, 0, 'classes', false));
    if (caffe) specs.push(crop(`${skip}c`, skip, upsampled, 'aligned'), sum(fused, upsampled, `${skip}c`));
    else specs.push(crop(`${upsampled}c`, upsampled, skip, 0), sum(fused, `${upsampled}c`, skip));
  };
  if (variant === 'fcn32s') {
    specs.push(up('upscore', 'score_fr'), finalCrop('upscore'));
    return specs;
  }
  specs.push(up('upscore2', 'score_fr'));
  fuse('score_pool4', 'upscore2', 'fuse_pool4');
  if (variant === 'fcn16s') {
    specs.push(up('upscore16', 'fuse_pool4'), finalCrop('upscore16'));
    return specs;
  }
  specs.push(up('upscore_pool4', 'fuse_pool4'));
  fuse('score_pool3', 'upscore_pool4', 'fuse_pool3');
  specs.push(up('upscore8', 'fuse_pool3'), finalCrop('upscore8'));
  return specs;
}

/**
 * Where a blob's pixels sit in the input image: pixel y of the blob is centred at input coordinate
 * `scale · y + offset` (caffe's coord_map, written input-ward).
 */
export interface CoordMap {
  scale: number;
  offset: number;
}

/**
 * The map of a layer's output, given the map of its input.
 * conv / pool (k, s, p): output y is centred on input x = s·y + (k−1)/2 − p, so the scale multiplies by s and the
 * offset grows by scale_in·((k−1)/2 − p). Transposed conv: output y = s·x + (k−1)/2 − p, so x = (y − (k−1)/2 + p)/s.
 */
export function layerCoordMap(spec: ConvSpec | PoolSpec | DeconvSpec, bottom: CoordMap): CoordMap {
  const centre = (spec.kernelSize - 1) / 2 - spec.padding;
  if (spec.kind === 'deconv') {
    return { scale: bottom.scale / spec.stride, offset: bottom.offset - (bottom.scale * centre) / spec.stride };
  }
  return { scale: bottom.scale * spec.stride, offset: bottom.offset + bottom.scale * centre };
}

/**
 * The crop offset that lines `bottom` up with `reference`: cropped pixel i = bottom pixel i + c must sit where
 * reference pixel i sits, scale·(i + c) + offset_bottom = scale·i + offset_ref, so c = (offset_ref − offset_bottom)
 * / scale, in the cropped blob's own pixels. Both blobs must have the same scale.
 */
export function alignedCropOffset(bottom: CoordMap, reference: CoordMap): number {
  if (bottom.scale !== reference.scale) {
    throw new RangeError(`cannot align blobs of scale ${bottom.scale} and ${reference.scale} by cropping`);
  }
  return (reference.offset - bottom.offset) / bottom.scale;
}

/** The coordinate map of every blob in `specs` (plus the input), with crops at their design offset. */
export function coordMaps(specs: readonly FcnLayerSpec[]): Map<string, CoordMap> {
  const maps = new Map<string, CoordMap>([[FCN_INPUT, { scale: 1, offset: 0 }]]);
  const get = (name: string): CoordMap => {
    const map = maps.get(name);
    if (!map) throw new RangeError(`layer spec refers to ${name} before it is defined`);
    return map;
  };
  for (const spec of specs) {
    if (spec.kind === 'sum') maps.set(spec.name, get(spec.inputs[0]));
    else if (spec.kind === 'crop') {
      const bottom = get(spec.input);
      const c = spec.offset === 'aligned' ? alignedCropOffset(bottom, get(spec.reference)) : spec.offset;
      maps.set(spec.name, { scale: bottom.scale, offset: bottom.offset + bottom.scale * c });
    } else maps.set(spec.name, layerCoordMap(spec, get(spec.input)));
  }
  return maps;
}

/** The numeric offset of every crop of a design (they do not depend on the input size), e.g. { score: 19 }. */
export function cropOffsets(design: FcnDesign, variant: FcnVariant): Record<string, number> {
  const specs = fcnLayerSpecs(design, variant);
  const maps = coordMaps(specs);
  const offsets: Record<string, number> = {};
  for (const spec of specs) {
    if (spec.kind !== 'crop') continue;
    const bottom = maps.get(spec.input);
    const reference = maps.get(spec.reference);
    if (!bottom || !reference) continue;
    offsets[spec.name] = spec.offset === 'aligned' ? alignedCropOffset(bottom, reference) : spec.offset;
  }
  return offsets;
}
