/**
 * Our network's backbone, layer by layer, with the ops of src/tf/fcn/model.ts (3×3 convs pad 1 + ReLU,
 * maxPoolCeil, fc6 7×7 pad 3, fc7 1×1, score_fr 1×1): every intermediate map can be looked at (feature maps)
 * or measured (the VGG16 shape table). Layer names are VGG16's; score_fr is reported as fc8, its place in
 * the classifier. Nothing here predicts a size: shapes are whatever the tfjs ops return.
 */
import * as tf from '@tensorflow/tfjs-core';
import { backboneLayers, SHIPPED_CONFIG } from '../lib/fcn/config';
import { createFcnWeights, disposeWeights, inferConfig, maxPoolCeil, normaliseImage, type FcnWeights } from './fcn/model';

export type LayerVisitor = (name: string, map: tf.Tensor4D) => void;

function convRelu(x: tf.Tensor4D, weights: FcnWeights, name: string, pad: number, relu = true): tf.Tensor4D {
  const filter = weights[`${name}/kernel`] as tf.Tensor4D | undefined;
  const bias = weights[`${name}/bias`] as tf.Tensor1D | undefined;
  if (!filter || !bias) throw new Error(`these weights lack ${name}`);
  const padding = pad === 0 ? 'valid' : ([[0, 0], [pad, pad], [pad, pad], [0, 0]] as tf.backend_util.ExplicitPadding);
  return tf.fused.conv2d({ x, filter, strides: 1, pad: padding, bias, activation: relu ? 'relu' : 'linear' });
}

/**
 * Runs the backbone and classifier-as-convolutions on `image` ([1, h, w, 3], RGB in 0–255) and calls `visit`
 * with every layer's output (inside the caller's tidy). Returns fc8 (score_fr).
 */
export function backboneForward(weights: FcnWeights, image: tf.Tensor4D, visit: LayerVisitor = () => {}): tf.Tensor4D {
  const layers = backboneLayers(inferConfig(weights));
  let x = normaliseImage(image) as tf.Tensor4D;
  layers.forEach((layer, i) => {
    x = convRelu(x, weights, layer.name, 1);
    visit(layer.name, x);
    const block = layer.name.slice(4, 5);
    if (layers[i + 1]?.name.slice(4, 5) !== block) {
      x = maxPoolCeil(x);
      visit(`pool${block}`, x);
    }
  });
  x = convRelu(x, weights, 'fc6', 3);
  visit('fc6', x);
  x = convRelu(x, weights, 'fc7', 0);
  visit('fc7', x);
  x = convRelu(x, weights, 'score_fr', 0, false);
  visit('fc8', x);
  return x;
}

export interface MeasuredLayer {
  name: string;
  /** [height, width, channels] as tfjs returned it. */
  shape: [number, number, number];
}

export interface ShapeRun {
  layers: MeasuredLayer[];
  backend: string;
  milliseconds: number;
}

/**
 * Our narrow network (SHIPPED_CONFIG: see describeWidths; 6 classes) with random weights on a random
 * height × width image: the shape of every layer's output. Shapes do not depend on the weights.
 */
export async function measureShapes(height: number, width: number, seed = 1): Promise<ShapeRun> {
  const start = performance.now();
  const layers: MeasuredLayer[] = [];
  const weights = createFcnWeights(SHIPPED_CONFIG, seed, 'fcn32s');
  try {
    const last = tf.tidy(() => {
      const image = tf.randomUniform([1, height, width, 3], 0, 255, 'float32', seed) as tf.Tensor4D;
      return backboneForward(weights, image, (name, map) => {
        const [, h, w, c] = map.shape;
        layers.push({ name, shape: [h, w, c] });
      });
    });
    await last.data();
    last.dispose();
  } finally {
    disposeWeights(weights);
  }
  return { layers, backend: tf.getBackend(), milliseconds: performance.now() - start };
}
