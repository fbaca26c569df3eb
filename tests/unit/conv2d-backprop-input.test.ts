// Our faster wasm Conv2DBackpropInput (stride-1: one conv with the flipped filter) and the fallback, against cpu.
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initWasmBackend } from '../../scripts/lib/wasm-backend';

function random(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5;
  }
  return out;
}

type Pad = number | 'same' | 'valid';
interface TransposedCase {
  kernel: number;
  stride: number;
  pad: Pad;
  inSize: [number, number];
  cIn: number;
  cOut: number;
}
interface InputGradCase {
  kernel: number;
  pad: Pad;
  size: [number, number];
  cIn: number;
  cOut: number;
}

const transposedCases: TransposedCase[] = [
  { kernel: 4, stride: 2, pad: 1, inSize: [5, 7], cIn: 3, cOut: 4 },
  { kernel: 16, stride: 8, pad: 4, inSize: [4, 3], cIn: 6, cOut: 6 },
  { kernel: 32, stride: 16, pad: 8, inSize: [2, 3], cIn: 2, cOut: 3 },
  { kernel: 64, stride: 32, pad: 16, inSize: [3, 2], cIn: 3, cOut: 2 },
  { kernel: 3, stride: 2, pad: 'same', inSize: [4, 5], cIn: 2, cOut: 2 },
];

const inputGradCases: InputGradCase[] = [
  { kernel: 3, pad: 1, size: [9, 11], cIn: 3, cOut: 5 },
  { kernel: 7, pad: 3, size: [4, 5], cIn: 4, cOut: 6 },
  { kernel: 1, pad: 'valid', size: [6, 6], cIn: 5, cOut: 2 },
  { kernel: 3, pad: 'same', size: [7, 8], cIn: 2, cOut: 3 },
];

function transposed(c: TransposedCase): Float32Array {
  return tf.tidy(() => {
    const x = tf.tensor4d(random(2 * c.inSize[0] * c.inSize[1] * c.cIn, 3), [2, c.inSize[0], c.inSize[1], c.cIn]);
    const w = tf.tensor4d(random(c.kernel * c.kernel * c.cOut * c.cIn, 4), [c.kernel, c.kernel, c.cOut, c.cIn]);
    const outH =
      typeof c.pad === 'number' ? (c.inSize[0] - 1) * c.stride - 2 * c.pad + c.kernel : c.inSize[0] * c.stride;
    const outW =
      typeof c.pad === 'number' ? (c.inSize[1] - 1) * c.stride - 2 * c.pad + c.kernel : c.inSize[1] * c.stride;
    return tf.conv2dTranspose(x, w, [2, outH, outW, c.cOut], c.stride, c.pad).dataSync() as Float32Array;
  });
}

function inputGrad(c: InputGradCase): Float32Array {
  return tf.tidy(() => {
    const x = tf.tensor4d(random(2 * c.size[0] * c.size[1] * c.cIn, 5), [2, c.size[0], c.size[1], c.cIn]);
    const w = tf.tensor4d(random(c.kernel * c.kernel * c.cIn * c.cOut, 6), [c.kernel, c.kernel, c.cIn, c.cOut]);
    const pad =
      typeof c.pad === 'number'
        ? ([
            [0, 0],
            [c.pad, c.pad],
            [c.pad, c.pad],
            [0, 0],
          ] as tf.backend_util.ExplicitPadding)
        : c.pad;
    const g = tf.tensor(random(2 * c.size[0] * c.size[1] * c.cOut * 4, 7));
    const dx = tf.grad((input: tf.Tensor) => {
      const y = tf.conv2d(input as tf.Tensor4D, w, 1, pad);
      return tf.sum(tf.mul(y, tf.reshape(tf.slice(g, 0, y.size), y.shape)));
    })(x);
    return dx.dataSync() as Float32Array;
  });
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
}

describe('wasm Conv2DBackpropInput fast paths', () => {
  it('conv2dTranspose (strided: the original wasm kernel) still matches cpu for k4 s2, k16 s8, k32 s16, k64 s32', async () => {
    await tf.setBackend('cpu');
    const expected = transposedCases.map(transposed);
    await initWasmBackend();
    expect(tf.getBackend()).toBe('wasm');
    transposedCases.forEach((c, i) =>
      expect(maxAbsDiff(transposed(c), expected[i]), JSON.stringify(c)).toBeLessThan(1e-3),
    );
  });

  it('the input gradient of stride-1 convs (3×3 pad 1, 7×7 pad 3, 1×1, same) matches cpu', async () => {
    await tf.setBackend('cpu');
    const expected = inputGradCases.map(inputGrad);
    await initWasmBackend();
    inputGradCases.forEach((c, i) =>
      expect(maxAbsDiff(inputGrad(c), expected[i]), JSON.stringify(c)).toBeLessThan(1e-3),
    );
    await tf.setBackend('cpu');
  });
});
