// Our composed Conv2DBackpropFilter (wasm has none) against the cpu backend's own gradient.
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { initWasmBackend } from '../../scripts/lib/wasm-backend';
import { conv2dBackpropFilterComposed } from '../../src/tf/fcn/kernels/conv2d-backprop-filter-wasm';

interface Case {
  kernel: number;
  stride: number;
  size: [number, number];
  pad: 'same' | 'valid' | number;
  cIn: number;
  cOut: number;
  batch: number;
}

const cases: Case[] = [
  { kernel: 1, stride: 1, size: [9, 7], pad: 'valid', cIn: 3, cOut: 5, batch: 2 },
  { kernel: 3, stride: 1, size: [10, 13], pad: 1, cIn: 4, cOut: 6, batch: 2 },
  { kernel: 3, stride: 2, size: [11, 12], pad: 'same', cIn: 3, cOut: 2, batch: 1 },
  { kernel: 4, stride: 2, size: [12, 9], pad: 1, cIn: 2, cOut: 3, batch: 2 },
  { kernel: 4, stride: 1, size: [8, 8], pad: 'valid', cIn: 2, cOut: 2, batch: 1 },
  { kernel: 1, stride: 2, size: [9, 10], pad: 'valid', cIn: 3, cOut: 4, batch: 1 },
  { kernel: 64, stride: 32, size: [96, 128], pad: 16, cIn: 2, cOut: 3, batch: 1 },
  { kernel: 64, stride: 32, size: [100, 70], pad: 'valid', cIn: 2, cOut: 2, batch: 2 },
  { kernel: 3, stride: 32, size: [70, 40], pad: 'same', cIn: 2, cOut: 2, batch: 1 },
];

function random(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5;
  }
  return out;
}

/** dLoss/dW with loss = Σ conv2d(x, W) ⊙ g, on the current backend. */
function filterGradient(c: Case, seed: number): { grad: Float32Array; xv: Float32Array; gv: Float32Array } {
  return tf.tidy(() => {
    const [h, w] = c.size;
    const xv = random(c.batch * h * w * c.cIn, seed);
    const wv = random(c.kernel * c.kernel * c.cIn * c.cOut, seed + 1);
    const x = tf.tensor4d(xv, [c.batch, h, w, c.cIn]);
    const wt = tf.tensor4d(wv, [c.kernel, c.kernel, c.cIn, c.cOut]);
    const pad =
      typeof c.pad === 'number'
        ? ([
            [0, 0],
            [c.pad, c.pad],
            [c.pad, c.pad],
            [0, 0],
          ] as [[number, number], [number, number], [number, number], [number, number]])
        : c.pad;
    const outShape = tf.conv2d(x, wt, c.stride, pad).shape;
    const gv = random(
      outShape.reduce((a, b) => a * b, 1),
      seed + 2,
    );
    const g = tf.tensor(gv, outShape);
    const dw = tf.grad((filter: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x, filter as tf.Tensor4D, c.stride, pad), g)))(
      wt,
    );
    return { grad: dw.dataSync() as Float32Array, xv, gv };
  });
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('conv2dBackpropFilter composed from Transpose, Slice and a dilated Conv2D', () => {
  it('matches the cpu backend gradient when run on cpu kernels (strides 1, 2, 32; kernels 1, 3, 4, 64)', async () => {
    await tf.setBackend('cpu');
    for (const [i, c] of cases.entries()) {
      const reference = filterGradient(c, 10 + i);
      const pad =
        typeof c.pad === 'number'
          ? ([
              [0, 0],
              [c.pad, c.pad],
              [c.pad, c.pad],
              [0, 0],
            ] as const)
          : c.pad;
      const x = tf.tensor4d(reference.xv, [c.batch, c.size[0], c.size[1], c.cIn]);
      const probe = tf.conv2d(x, tf.zeros([c.kernel, c.kernel, c.cIn, c.cOut]), c.stride, pad as 'same');
      const dy = tf.tensor(reference.gv, probe.shape);
      const info = conv2dBackpropFilterComposed('cpu', tf.backend(), x, dy, {
        strides: [c.stride, c.stride],
        pad: pad as 'same',
        filterShape: [c.kernel, c.kernel, c.cIn, c.cOut],
      });
      const ours = tf.engine().makeTensorFromTensorInfo(info).dataSync() as Float32Array;
      expect(maxAbsDiff(ours, reference.grad), `case ${JSON.stringify(c)}`).toBeLessThan(1e-3);
      tf.dispose([x, probe, dy]);
    }
  });

  it('gives wasm (with our registered kernel) the same filter gradients as cpu', async () => {
    await tf.setBackend('cpu');
    const references = cases.map((c, i) => filterGradient(c, 40 + i).grad);
    await initWasmBackend();
    expect(tf.getBackend()).toBe('wasm');
    for (const [i, c] of cases.entries()) {
      const ours = filterGradient(c, 40 + i).grad;
      expect(maxAbsDiff(ours, references[i]), `case ${JSON.stringify(c)}`).toBeLessThan(1e-3);
    }
    await tf.setBackend('cpu');
  });
});
