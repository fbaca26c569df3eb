/**
 * Shape and coordinate tracer for FCN: push an input size through the layer specs of fcn-layers.ts and report,
 * for every layer, its size and where its pixels sit in the input (input coordinate = scale·y + offset), and for
 * every crop its offset and whether the window fits.
 *
 * Sizes (dilation 1), with i the input size of a layer:
 *   conv               o = ⌊(i + 2p − k)/s⌋ + 1
 *   pool, floor        o = ⌊(i + 2p − k)/s⌋ + 1
 *   pool, ceil (Caffe) o = ⌈(i + 2p − k)/s⌉ + 1, minus one if p > 0 and the last window starts at or past i + p
 *   transposed conv    o = (i − 1)·s − 2p + k
 *   crop               the reference's size; it fits when offset ≥ 0 and offset + reference ≤ input.
 */
import {
  alignedCropOffset,
  FCN_INPUT,
  fcnLayerSpecs,
  layerCoordMap,
  type CoordMap,
  type FcnDesign,
  type FcnLayerSpec,
  type FcnVariant,
  type PoolRounding,
  type PoolSpec,
  type WindowParams,
} from './fcn-layers';

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

/** ⌊(i + 2p − k)/s⌋ + 1, or with ⌈⌉ and Caffe's/PyTorch's rule that the last window must start inside i + p. */
function windowOutputSize(i: number, { kernelSize: k, stride: s, padding: p }: WindowParams, ceil = false): number {
  if (!ceil) return Math.floor((i + 2 * p - k) / s) + 1;
  let o = Math.ceil((i + 2 * p - k) / s) + 1;
  if (p > 0 && (o - 1) * s >= i + p) o -= 1;
  return o;
}

function outputSize(spec: Exclude<FcnLayerSpec, { kind: 'crop' | 'sum' }>, i: number): number {
  if (spec.kind === 'deconv') return (i - 1) * spec.stride - 2 * spec.padding + spec.kernelSize;
  return windowOutputSize(i, spec, spec.kind === 'pool' && (spec as PoolSpec).rounding === 'ceil');
}

interface Blob {
  height: number;
  width: number;
  map: CoordMap;
}

/** Trace an input of `height × width` through one FCN variant. Never throws for a valid input size. */
export function fcnLayout(options: FcnLayoutOptions): FcnLayout {
  const { variant, height, width, design } = options;
  const poolRounding = options.poolRounding ?? 'ceil';
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 1 || width < 1) {
    throw new RangeError(`input size must be positive integers, got ${height}×${width}`);
  }
  const specs = fcnLayerSpecs(design, variant, { poolRounding });
  const blobs = new Map<string, Blob>([[FCN_INPUT, { height, width, map: { scale: 1, offset: 0 } }]]);
  const layers: LayerGeometry[] = [];
  const crops: CropGeometry[] = [];
  let failure: string | undefined;
  const blob = (name: string): Blob => {
    const b = blobs.get(name);
    if (!b) throw new Error(`internal: ${name} used before it is computed`);
    return b;
  };
  const add = (spec: FcnLayerSpec, b: Blob) => {
    blobs.set(spec.name, b);
    layers.push({ name: spec.name, kind: spec.kind, height: b.height, width: b.width, ...b.map });
  };

  for (const spec of specs) {
    if (failure !== undefined) {
      if (spec.kind === 'crop') crops.push(unreached(spec, specs));
      continue;
    }
    if (spec.kind === 'sum') {
      const [a, b] = spec.inputs.map(blob);
      if (a.height !== b.height || a.width !== b.width) {
        failure = `${spec.name} adds ${a.height}×${a.width} to ${b.height}×${b.width}`;
      } else add(spec, a);
    } else if (spec.kind === 'crop') {
      const bottom = blob(spec.input);
      const reference = blob(spec.reference);
      const alignedOffset = alignedCropOffset(bottom.map, reference.map);
      const offset = spec.offset === 'aligned' ? alignedOffset : spec.offset;
      const inside = (size: number, ref: number) => Number.isInteger(offset) && offset >= 0 && offset + ref <= size;
      const fits = inside(bottom.height, reference.height) && inside(bottom.width, reference.width);
      crops.push({
        name: spec.name,
        input: spec.input,
        reference: spec.reference,
        offset,
        alignedOffset,
        shift: (offset - alignedOffset) * bottom.map.scale,
        fits,
        exact: fits && offset === 0 && bottom.height === reference.height && bottom.width === reference.width,
        explicit: spec.explicit,
      });
      if (!fits) failure = `crop ${spec.name} does not fit in ${spec.input}`;
      else {
        const map = { scale: bottom.map.scale, offset: bottom.map.offset + bottom.map.scale * offset };
        add(spec, { height: reference.height, width: reference.width, map });
      }
    } else {
      const bottom = blob(spec.input);
      const h = outputSize(spec, bottom.height);
      const w = outputSize(spec, bottom.width);
      add(spec, { height: Math.max(0, h), width: Math.max(0, w), map: layerCoordMap(spec, bottom.map) });
      if (h <= 0 || w <= 0) failure = `${spec.name} has no pixels`;
    }
  }
  const result: FcnLayout = { layers, crops, ok: failure === undefined, options: { ...options, poolRounding } };
  if (failure !== undefined) result.failure = failure;
  return result;
}

/** A crop the trace never reached: offsets from the size-free coordinate maps, fits false. */
function unreached(spec: Extract<FcnLayerSpec, { kind: 'crop' }>, specs: readonly FcnLayerSpec[]): CropGeometry {
  const maps = new Map<string, CoordMap>([[FCN_INPUT, { scale: 1, offset: 0 }]]);
  for (const s of specs) {
    if (s.kind === 'sum') maps.set(s.name, maps.get(s.inputs[0]) ?? { scale: 1, offset: 0 });
    else if (s.kind === 'crop') {
      const b = maps.get(s.input) ?? { scale: 1, offset: 0 };
      const c = s.offset === 'aligned' ? alignedCropOffset(b, maps.get(s.reference) ?? b) : s.offset;
      maps.set(s.name, { scale: b.scale, offset: b.offset + b.scale * c });
    } else maps.set(s.name, layerCoordMap(s, maps.get(s.input) ?? { scale: 1, offset: 0 }));
  }
  const bottom = maps.get(spec.input) ?? { scale: 1, offset: 0 };
  const alignedOffset = alignedCropOffset(bottom, maps.get(spec.reference) ?? bottom);
  const offset = spec.offset === 'aligned' ? alignedOffset : spec.offset;
  return {
    name: spec.name,
    input: spec.input,
    reference: spec.reference,
    offset,
    alignedOffset,
    shift: (offset - alignedOffset) * bottom.scale,
    fits: false,
    exact: false,
    explicit: spec.explicit,
  };
}
