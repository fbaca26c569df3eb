/**
 * Shape and coordinate tracer for FCN: push an input size through the layer specs of ./layers.ts and report,
 * for every layer, its size and where its pixels sit in the input (input coordinate = scale·y + offset), and for
 * every crop its offset and whether the window fits.
 *
 * Sizes (dilation 1), with i the input size of a layer, by the rules of src/lib/conv:
 *   conv               o = ⌊(i + 2p − k)/s⌋ + 1                                       (./conv/arithmetic.ts)
 *   pool, floor        o = ⌊(i + 2p − k)/s⌋ + 1                                       (./conv/pool.ts)
 *   pool, ceil (Caffe) o = ⌈(i + 2p − k)/s⌉ + 1, minus one if the last window starts at or past i + p
 *   transposed conv    o = (i − 1)·s − 2p + k
 *   crop               the reference's size; it fits when offset ≥ 0 and offset + reference ≤ input.
 */
import { checkConv, checkTransposedConv } from '../conv/arithmetic';
import { checkPool } from '../conv/pool';
import {
  alignedCropOffset,
  coordMaps,
  FCN_INPUT,
  fcnLayerSpecs,
  type CoordMap,
  type FcnDesign,
  type FcnLayerSpec,
  type PoolRounding,
} from './layers';
import type { FcnVariant } from './variants';

export interface FcnLayoutOptions {
  variant: FcnVariant;
  height: number;
  width: number;
  design: FcnDesign;
  poolRounding?: PoolRounding;
}

export interface LayerGeometry {
  name: string;
  kind: FcnLayerSpec['kind'];
  /** Output size; 0 when the layer has no pixels left (the layout stops there). */
  height: number;
  width: number;
  /** Input coordinate of this blob's pixel y: scale·y + offset (pixel centres; the same on both axes). */
  scale: number;
  offset: number;
}

export interface CropGeometry {
  name: string;
  /** The blob that is cut, and the blob whose size it is cut to. */
  input: string;
  reference: string;
  /** Offset the design uses, in the cut blob's pixels. */
  offset: number;
  /** Offset that lines the two blobs up exactly, from the coordinate maps (= offset for 'caffe'). */
  alignedOffset: number;
  /** (offset − alignedOffset)·scale: how many input pixels the kept window is off from exact alignment. */
  shift: number;
  /** The window [offset, offset + reference) lies inside the cut blob on both axes (false if never reached). */
  fits: boolean;
  /** The cut blob is exactly the reference's size: the crop removes nothing. */
  exact: boolean;
  /** False when the design's code does not actually crop here (see CropSpec.explicit). */
  explicit: boolean;
}

export interface FcnLayout {
  layers: LayerGeometry[];
  crops: CropGeometry[];
  /** Every layer has pixels and every crop fits. */
  ok: boolean;
  /** Short reason when not ok, e.g. "fc6 has no pixels" or "crop score does not fit in upscore". */
  failure?: string;
  /** The options used, with defaults filled in. */
  options: Required<FcnLayoutOptions>;
}

/** Output size of a conv, pool or transposed conv along one axis (./conv rules); 0 when nothing is left. */
export function outputSize(spec: Exclude<FcnLayerSpec, { kind: 'crop' | 'sum' }>, i: number): number {
  if (i < 1) return 0;
  const { kernelSize, stride, padding } = spec;
  const check =
    spec.kind === 'deconv'
      ? checkTransposedConv({ size: i, kernelSize, stride, padding })
      : spec.kind === 'pool'
        ? checkPool({ size: i, kernelSize, stride, padding, ceil: spec.rounding === 'ceil' })
        : checkConv({ size: i, kernelSize, stride, padding });
  return check.ok ? check.size : 0;
}

interface Size {
  height: number;
  width: number;
}

/** Trace an input of `height × width` through one FCN variant. Never throws for a valid input size. */
export function fcnLayout(options: FcnLayoutOptions): FcnLayout {
  const { variant, height, width, design } = options;
  const poolRounding = options.poolRounding ?? 'ceil';
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 1 || width < 1) {
    throw new RangeError(`input size must be positive integers, got ${height}×${width}`);
  }
  const specs = fcnLayerSpecs(design, variant, { poolRounding });
  const maps = coordMaps(specs); // size-free: rounding and input size do not move pixel centres
  const map = (name: string): CoordMap => maps.get(name) ?? { scale: 1, offset: 0 };
  const sizes = new Map<string, Size>([[FCN_INPUT, { height, width }]]);
  const size = (name: string): Size => sizes.get(name) ?? { height: 0, width: 0 };
  const layers: LayerGeometry[] = [];
  const crops: CropGeometry[] = [];
  let failure: string | undefined;
  const add = (spec: FcnLayerSpec, s: Size) => {
    sizes.set(spec.name, s);
    layers.push({ name: spec.name, kind: spec.kind, height: s.height, width: s.width, ...map(spec.name) });
  };

  for (const spec of specs) {
    if (spec.kind === 'crop') {
      const bottom = map(spec.input);
      const alignedOffset = alignedCropOffset(bottom, map(spec.reference));
      const offset = spec.offset === 'aligned' ? alignedOffset : spec.offset;
      const from = size(spec.input);
      const to = size(spec.reference);
      const inside = (cut: number, ref: number) => Number.isInteger(offset) && offset >= 0 && offset + ref <= cut;
      const fits = failure === undefined && inside(from.height, to.height) && inside(from.width, to.width);
      crops.push({
        name: spec.name,
        input: spec.input,
        reference: spec.reference,
        offset,
        alignedOffset,
        shift: (offset - alignedOffset) * bottom.scale,
        fits,
        exact: fits && offset === 0 && from.height === to.height && from.width === to.width,
        explicit: spec.explicit,
      });
      if (failure !== undefined) continue;
      if (fits) add(spec, to);
      else failure = `crop ${spec.name} does not fit in ${spec.input}`;
    } else if (failure !== undefined) {
      continue;
    } else if (spec.kind === 'sum') {
      const [a, b] = spec.inputs.map(size);
      if (a.height === b.height && a.width === b.width) add(spec, a);
      else failure = `${spec.name} adds ${a.height}×${a.width} to ${b.height}×${b.width}`;
    } else {
      const bottom = size(spec.input);
      const h = outputSize(spec, bottom.height);
      const w = outputSize(spec, bottom.width);
      add(spec, { height: Math.max(0, h), width: Math.max(0, w) });
      if (h <= 0 || w <= 0) failure = `${spec.name} has no pixels`;
    }
  }
  const result: FcnLayout = { layers, crops, ok: failure === undefined, options: { ...options, poolRounding } };
  if (failure !== undefined) result.failure = failure;
  return result;
}
