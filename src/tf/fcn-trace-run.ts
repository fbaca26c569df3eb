/**
 * Run an FCN for real — every layer of `fcnLayerSpecs(design, variant)` as a tfjs op on random weights at a
 * narrow width — and report the [height, width] each layer actually produced. The shapes are whatever
 * tf.conv2d, tf.maxPool, tf.conv2dTranspose and tf.slice return, so they can be compared with the tracer's
 * arithmetic (src/lib/fcn/geometry.ts); the bottom/right padding ceil rounding needs comes from the pool rule of
 * src/lib/conv/pool.ts (poolPadding). Crop offsets come from the coordinate maps, as in Caffe.
 *
 * Translation to tfjs (names from the maths outside this file):
 * - conv (k, s, p): tf.conv2d with explicit padding p on all four sides, then ReLU when the spec asks.
 * - pool, floor: tf.maxPool 'valid'. pool, ceil: the same with extra padding at the bottom/right so the last,
 *   partial window exists (PyTorch's / Caffe's rule: it must start inside input + left padding). Padded cells
 *   never win a max, exactly like Caffe's -∞.
 * - deconv (k, s, p): tf.conv2dTranspose 'valid' gives the full (i − 1)·s + k result; cutting p from each side
 *   is PyTorch's padding (the trick of src/tf/transposed-ops.ts).
 * - crop: tf.slice at the offset, the reference's size; a window running past the map is refused with a sentence
 *   (tf.slice would refuse it too, less readably). sum: tf.add of two equal shapes (no broadcasting).
 */
import * as tf from '@tensorflow/tfjs-core';
import { poolEndPadding } from '../lib/conv/pool';
import {
  alignedCropOffset,
  coordMaps,
  FCN_INPUT,
  fcnLayerSpecs,
  type CropSpec,
  type FcnDesign,
  type FcnLayerSpec,
  type PoolRounding,
  type PoolSpec,
} from '../lib/fcn/layers';
import type { FcnVariant } from '../lib/fcn/variants';

export interface TraceRunOptions {
  design: FcnDesign;
  variant: FcnVariant;
  poolRounding: PoolRounding;
  height: number;
  width: number;
  /** Channels of every hidden conv, fc6 and fc7 included (VGG has 64…4096; shapes do not depend on it). */
  channels?: number;
  /** Channels of the score layers and deconvolutions. */
  classes?: number;
  seed?: number;
}

export interface LayerRun {
  name: string;
  /** [height, width, channels] the op returned; absent when it refused or left no pixels. */
  shape?: [number, number, number];
  /** Why the network stopped here: tfjs's own error, or "no pixels left". */
  error?: string;
}

export interface TraceRun {
  layers: LayerRun[];
  /** Every layer ran and produced pixels. */
  ok: boolean;
  backend: string;
  /** Wall time from building the input to the last layer's values being ready. */
  milliseconds: number;
}

type Blob = tf.Tensor4D;

/** [top, bottom] padding of a pool: ceil rounding adds src/lib/conv/pool.ts's end padding at the bottom. */
export function poolPadding(size: number, spec: PoolSpec): [number, number] {
  const { kernelSize, stride, padding } = spec;
  if (spec.rounding === 'floor') return [padding, padding];
  return [padding, padding + poolEndPadding({ size, kernelSize, stride, padding, ceil: true })];
}

/** The crop offset in the cut blob's pixels: the design's number, or the one the coordinate maps line up. */
function cropOffsetOf(spec: CropSpec, maps: ReturnType<typeof coordMaps>): number {
  if (spec.offset !== 'aligned') return spec.offset;
  const bottom = maps.get(spec.input);
  const reference = maps.get(spec.reference);
  if (!bottom || !reference) throw new RangeError(`no coordinate map for ${spec.input} or ${spec.reference}`);
  return alignedCropOffset(bottom, reference);
}

const spatial = (x: Blob): string => `${x.shape[1]}×${x.shape[2]}`;

/** One layer as a tfjs op. `weight` draws a seeded random tensor. Throws with a reader-facing reason. */
function applyLayer(
  spec: FcnLayerSpec,
  get: (name: string) => Blob,
  weight: (shape: number[]) => tf.Tensor,
  widths: { channels: number; classes: number },
  offsetOf: (spec: CropSpec) => number,
): Blob {
  if (spec.kind === 'sum') {
    const [a, b] = spec.inputs.map(get);
    if (!tf.util.arraysEqual(a.shape, b.shape)) throw new RangeError(`cannot add ${spatial(a)} to ${spatial(b)}`);
    return tf.add(a, b);
  }
  const x = get(spec.input);
  if (spec.kind === 'crop') {
    const c = offsetOf(spec);
    const reference = get(spec.reference);
    const [, h, w] = reference.shape;
    if (c < 0 || c + h > x.shape[1] || c + w > x.shape[2]) {
      if (!spec.explicit)
        throw new RangeError(`the code returns ${spatial(x)} uncropped: smaller than the ${h}×${w} input`);
      throw new RangeError(`a ${h}×${w} window at offset ${c} does not fit in ${spatial(x)}`);
    }
    return tf.slice(x, [0, c, c, 0], [1, h, w, x.shape[3]]);
  }
  if (spec.kind === 'pool') {
    const [top, bottom] = poolPadding(x.shape[1], spec);
    const [left, right] = poolPadding(x.shape[2], spec);
    const pad: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0],
      [top, bottom],
      [left, right],
      [0, 0],
    ];
    return tf.maxPool(x, spec.kernelSize, spec.stride, pad);
  }
  const inChannels = x.shape[3];
  const out = spec.outChannels === 'classes' ? widths.classes : widths.channels;
  const { kernelSize: k, stride: s, padding: p } = spec;
  if (spec.kind === 'conv') {
    const y = tf.conv2d(x, weight([k, k, inChannels, out]) as tf.Tensor4D, s, [
      [0, 0],
      [p, p],
      [p, p],
      [0, 0],
    ]);
    return spec.relu ? tf.relu(y) : y;
  }
  const full: [number, number] = [(x.shape[1] - 1) * s + k, (x.shape[2] - 1) * s + k];
  const y = tf.conv2dTranspose(
    x,
    weight([k, k, out, inChannels]) as tf.Tensor4D,
    [1, full[0], full[1], out],
    s,
    'valid',
  );
  const [h, w] = [full[0] - 2 * p, full[1] - 2 * p];
  if (h <= 0 || w <= 0) throw new RangeError(`padding ${p} removes all of the ${full[0]}×${full[1]} result`);
  return tf.slice(y, [0, p, p, 0], [1, h, w, out]);
}

/** Build and run the network once; all tensors live inside one tf.tidy. */
function forward(options: TraceRunOptions, layers: LayerRun[]): tf.Tensor {
  const { design, variant, poolRounding, height, width } = options;
  const widths = { channels: options.channels ?? 2, classes: options.classes ?? 2 };
  const specs = fcnLayerSpecs(design, variant, { poolRounding });
  const maps = coordMaps(specs);
  let seed = options.seed ?? 1;
  const weight = (shape: number[]): tf.Tensor => tf.randomNormal(shape, 0, 0.3, 'float32', seed++);
  return tf.tidy(() => {
    const blobs = new Map<string, Blob>([
      [FCN_INPUT, tf.randomUniform([1, height, width, 3], 0, 1, 'float32', seed++)],
    ]);
    const get = (name: string): Blob => {
      const blob = blobs.get(name);
      if (!blob) throw new RangeError(`${name} was never computed`);
      return blob;
    };
    let last: Blob = get(FCN_INPUT);
    for (const spec of specs) {
      try {
        const y = applyLayer(spec, get, weight, widths, (crop) => cropOffsetOf(crop, maps));
        const [, h, w, c] = y.shape;
        if (h <= 0 || w <= 0) {
          layers.push({ name: spec.name, error: `no pixels left (${h}×${w})` });
          break;
        }
        blobs.set(spec.name, y);
        layers.push({ name: spec.name, shape: [h, w, c] });
        last = y;
      } catch (error) {
        layers.push({ name: spec.name, error: error instanceof Error ? error.message : String(error) });
        break;
      }
    }
    return tf.sum(last);
  });
}

/** Run one configuration on the active backend; returns plain arrays only (no tensor outlives the call). */
export async function runFcnTrace(options: TraceRunOptions): Promise<TraceRun> {
  const start = performance.now();
  const layers: LayerRun[] = [];
  const total = forward(options, layers);
  try {
    await total.data(); // wait for the backend to finish (WebGL runs asynchronously)
  } finally {
    total.dispose();
  }
  const ok = layers.length === fcnLayerSpecs(options.design, options.variant).length && layers.every((l) => !l.error);
  return { layers, ok, backend: tf.getBackend(), milliseconds: performance.now() - start };
}
