/**
 * Our network's backbone, layer by layer, with the ops the models run (src/tf/fcn/run-layers.ts on the 'ours'
 * layer graph: 3×3 convs pad 1 + ReLU, ceil-rounded max-pools, fc6 7×7 pad 3, fc7 1×1, score_fr 1×1): every
 * intermediate map can be looked at (feature maps) or measured (the VGG16 shape table). Layer names are
 * VGG16's; score_fr is reported as fc8, its place in the classifier. Nothing here predicts a size: shapes are
 * whatever the tfjs ops return.
 */
import * as tf from '@tensorflow/tfjs-core';
import { SHIPPED_CONFIG } from '../lib/fcn/config';
import { FCN_INPUT, fcnLayerSpecs } from '../lib/fcn/layers';
import { createFcnWeights, disposeWeights, normaliseImage, type FcnWeights } from './fcn/model';
import { runLayers } from './fcn/run-layers';

export type LayerVisitor = (name: string, map: tf.Tensor4D) => void;

/** The backbone and classifier-as-convolutions: the 'ours' specs up to score_fr (the same for every variant). */
const BACKBONE = (() => {
  const specs = fcnLayerSpecs('ours', 'fcn32s');
  return specs.slice(0, specs.findIndex((s) => s.name === 'score_fr') + 1);
})();

/**
 * Runs the backbone and classifier-as-convolutions on `image` ([1, h, w, 3], RGB in 0–255) and calls `visit`
 * with every layer's output (inside the caller's tidy). Returns fc8 (score_fr).
 */
export function backboneForward(weights: FcnWeights, image: tf.Tensor4D, visit: LayerVisitor = () => {}): tf.Tensor4D {
  const blobs = runLayers(
    weights,
    BACKBONE,
    new Map([[FCN_INPUT, normaliseImage(image) as tf.Tensor4D]]),
    (spec, map) => {
      visit(spec.name === 'score_fr' ? 'fc8' : spec.name, map);
      return map;
    },
  );
  const fc8 = blobs.get('score_fr');
  if (!fc8) throw new Error('the backbone has no score_fr');
  return fc8;
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
