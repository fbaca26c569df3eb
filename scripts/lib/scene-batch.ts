// Node-only: compose a batch of scenes into tensors [batch, h, w, 3] (float RGB 0–255) and [batch, h, w] int32.
import * as tf from '@tensorflow/tfjs-core';
import { composeScene } from '../../src/lib/scene/compose';
import type { Scene } from '../../src/lib/scene/types';
import type { SceneInputs } from './load-data';

export function composeBatch(seeds: readonly number[], size: [number, number], inputs: SceneInputs): Scene[] {
  return seeds.map((seed) => composeScene(seed, { height: size[0], width: size[1], ...inputs }));
}

export function scenesToTensors(scenes: readonly Scene[]): { images: tf.Tensor4D; labels: tf.Tensor3D } {
  const { height, width } = scenes[0];
  const rgb = new Float32Array(scenes.length * height * width * 3);
  const labels = new Int32Array(scenes.length * height * width);
  scenes.forEach((scene, b) => {
    const base = b * height * width;
    for (let i = 0; i < height * width; i++) {
      rgb[(base + i) * 3] = scene.image[i * 4];
      rgb[(base + i) * 3 + 1] = scene.image[i * 4 + 1];
      rgb[(base + i) * 3 + 2] = scene.image[i * 4 + 2];
      labels[base + i] = scene.labels[i];
    }
  });
  return {
    images: tf.tensor4d(rgb, [scenes.length, height, width, 3]),
    labels: tf.tensor3d(labels, [scenes.length, height, width], 'int32'),
  };
}
