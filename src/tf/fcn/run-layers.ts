// The layer graph of src/lib/fcn/layers.ts as tfjs ops: every FCN map the models compute comes from runLayers,
// one spec at a time, so the network that runs is the network the lessons describe ('ours' design).
//
// Translation to tfjs (names from the maths outside this file):
// - conv (k, pad p): tf.fused.conv2d with explicit padding p, bias, ReLU unless the spec says otherwise; the
//   weight's kernel must be k × k.
// - pool (k, s, p, ceil): tf.maxPool 'valid' after padding p, plus src/lib/conv/pool.ts's end padding for ceil
//   rounding, with zeros (exact after a ReLU: a zero never beats the window's maximum).
// - deconv (k, s, p): tf.conv2dTranspose, output (i − 1)·s − 2p + k.
// - crop: tf.slice at the spec's offset, the reference map's size. sum: tf.add.
import * as tf from '@tensorflow/tfjs-core';
import { poolEndPadding } from '../../lib/conv/pool';
import type { ConvSpec, DeconvSpec, FcnLayerSpec, PoolSpec } from '../../lib/fcn/layers';
import type { FcnWeights } from './weights';

/** Named maps, each [batch, h, w, c]. */
export type Blobs = Map<string, tf.Tensor4D>;

/** Called with each spec and its output; returns the map to go on with (e.g. after dropout). */
export type LayerHook = (spec: FcnLayerSpec, output: tf.Tensor4D) => tf.Tensor4D;

/** The named weight, or a clear error (e.g. FCN-8s weights have no `upscore`, FCN-32s's final layer). */
export function need(weights: FcnWeights, name: string): tf.Tensor {
  const t = weights[name];
  if (!t) throw new Error(`these FCN weights lack ${name}`);
  return t;
}

function kernelOf(weights: FcnWeights, spec: ConvSpec | DeconvSpec): tf.Tensor4D {
  const kernel = need(weights, `${spec.name}/kernel`) as tf.Tensor4D;
  const [kh, kw] = kernel.shape;
  if (kh !== spec.kernelSize || kw !== spec.kernelSize) {
    throw new Error(
      `${spec.name} is ${spec.kernelSize}×${spec.kernelSize} in the layer graph, but its weights are ${kh}×${kw}`,
    );
  }
  return kernel;
}

function convLayer(x: tf.Tensor4D, weights: FcnWeights, spec: ConvSpec): tf.Tensor4D {
  const p = spec.padding;
  const pad =
    p === 0
      ? 'valid'
      : ([
          [0, 0],
          [p, p],
          [p, p],
          [0, 0],
        ] as tf.backend_util.ExplicitPadding);
  const bias = need(weights, `${spec.name}/bias`) as tf.Tensor1D;
  const filter = kernelOf(weights, spec);
  return tf.fused.conv2d({ x, filter, strides: spec.stride, pad, bias, activation: spec.relu ? 'relu' : 'linear' });
}

/** Max pooling; ceil rounding pads the end by poolEndPadding first (inputs are ≥ 0 after ReLU). */
export function poolLayer(x: tf.Tensor4D, spec: PoolSpec): tf.Tensor4D {
  const [, h, w] = x.shape;
  const { kernelSize, stride, padding } = spec;
  const ceil = spec.rounding === 'ceil';
  const end = (size: number) => padding + poolEndPadding({ size, kernelSize, stride, padding, ceil });
  const [bottom, right] = [end(h), end(w)];
  const padded =
    padding > 0 || bottom > 0 || right > 0
      ? tf.pad(x, [
          [0, 0],
          [padding, bottom],
          [padding, right],
          [0, 0],
        ])
      : x;
  return tf.maxPool(padded, kernelSize, stride, 'valid');
}

function deconvLayer(x: tf.Tensor4D, weights: FcnWeights, spec: DeconvSpec): tf.Tensor4D {
  const kernel = kernelOf(weights, spec);
  const { kernelSize: k, stride: s, padding: p } = spec;
  const [n, h, w] = x.shape;
  const out: [number, number, number, number] = [n, (h - 1) * s - 2 * p + k, (w - 1) * s - 2 * p + k, kernel.shape[2]];
  return tf.conv2dTranspose(x, kernel, out, s, p);
}

/** Crop `x` to `height × width` starting at `offset` on both axes (the 'ours' design: always 0). */
function crop(x: tf.Tensor4D, [height, width]: readonly [number, number], offset: number): tf.Tensor4D {
  const [, h, w] = x.shape;
  if (h === height && w === width && offset === 0) return x;
  if (offset < 0 || offset + height > h || offset + width > w) {
    throw new RangeError(`a ${height}×${width} window at offset ${offset} does not fit in ${h}×${w}`);
  }
  return tf.slice(x, [0, offset, offset, 0], [-1, height, width, -1]);
}

/**
 * Runs `specs` in order on `blobs` (which must hold every map the first specs read) and adds each output to it.
 * `sizes` gives the [height, width] of a crop reference that is not a blob (the image, for the head alone).
 * Creates tensors without a tidy of its own, so gradients can flow through it.
 */
export function runLayers(
  weights: FcnWeights,
  specs: readonly FcnLayerSpec[],
  blobs: Blobs,
  hook: LayerHook = (_spec, t) => t,
  sizes: ReadonlyMap<string, readonly [number, number]> = new Map(),
): Blobs {
  const get = (name: string): tf.Tensor4D => {
    const blob = blobs.get(name);
    if (!blob) throw new Error(`the FCN needs the ${name} map`);
    return blob;
  };
  const sizeOf = (name: string): readonly [number, number] => {
    const blob = blobs.get(name);
    if (blob) return [blob.shape[1], blob.shape[2]];
    const size = sizes.get(name);
    if (!size) throw new Error(`the FCN needs the size of the ${name} map`);
    return size;
  };
  for (const spec of specs) {
    let y: tf.Tensor4D;
    if (spec.kind === 'sum') y = tf.add(get(spec.inputs[0]), get(spec.inputs[1]));
    else if (spec.kind === 'crop') {
      if (spec.offset === 'aligned') throw new Error(`${spec.name}: the models crop at a fixed offset ('ours' design)`);
      y = crop(get(spec.input), sizeOf(spec.reference), spec.offset);
    } else if (spec.kind === 'pool') y = poolLayer(get(spec.input), spec);
    else if (spec.kind === 'deconv') y = deconvLayer(get(spec.input), weights, spec);
    else y = convLayer(get(spec.input), weights, spec);
    blobs.set(spec.name, hook(spec, y));
  }
  return blobs;
}
