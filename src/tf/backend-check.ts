/**
 * The backend check: run one test computation (a 3×3 convolution, a transposed convolution and a matMul on
 * seeded random numbers) on every tfjs backend and compare each with the CPU backend, the reference.
 */
import * as tf from '@tensorflow/tfjs-core';
import { BACKEND_NAMES, type BackendName } from '../lib/backend-events';
import { createRandom } from '../lib/random';

/** Runs `work` on backend `name` and returns to the thread's backend (src/tf/runtime.ts or the model worker's). */
export type WithBackend = <T>(name: BackendName, work: () => Promise<T> | T) => Promise<T>;

export interface BackendResult {
  name: BackendName;
  ok: boolean;
  /** Median wall time of the test computation in milliseconds (after one warm-up run). */
  milliseconds: number | null;
  /** Largest absolute difference from the CPU backend's numbers. */
  maxDifference: number | null;
  error: string | null;
}

function testComputation(seed: number): Float32Array {
  const random = createRandom(seed);
  const values = (n: number) => Float32Array.from({ length: n }, () => random.next() * 2 - 1);
  return tf.tidy(() => {
    const x = tf.tensor4d(values(1 * 32 * 32 * 3), [1, 32, 32, 3]);
    const w = tf.tensor4d(values(3 * 3 * 3 * 8), [3, 3, 3, 8]);
    const y = tf.relu(tf.conv2d(x, w, 1, 'same'));
    const up = tf.conv2dTranspose(y, tf.tensor4d(values(4 * 4 * 8 * 8), [4, 4, 8, 8]), [1, 66, 66, 8], 2, 'valid');
    const m = tf.matMul(up.reshape([66 * 66, 8]), tf.tensor2d(values(8 * 5), [8, 5]));
    return m.dataSync() as Float32Array;
  });
}

async function timeIt(seed: number): Promise<{ data: Float32Array; milliseconds: number }> {
  testComputation(seed);
  const times: number[] = [];
  let data: Float32Array = new Float32Array(0);
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    data = testComputation(seed);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { data, milliseconds: times[2] };
}

function maxAbs(a: Float32Array, b: Float32Array): number {
  let max = a.length === b.length ? 0 : Infinity;
  for (let i = 0; i < a.length; i += 1) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

/** Compare every backend with the CPU backend on the same seeded computation. */
export async function checkBackends(withBackend: WithBackend, seed = 7): Promise<BackendResult[]> {
  const reference = await withBackend('cpu', () => timeIt(seed));
  const results: BackendResult[] = [];
  for (const name of BACKEND_NAMES) {
    try {
      const run = name === 'cpu' ? reference : await withBackend(name, () => timeIt(seed));
      results.push({
        name,
        ok: true,
        milliseconds: run.milliseconds,
        maxDifference: maxAbs(run.data, reference.data),
        error: null,
      });
    } catch (error) {
      results.push({ name, ok: false, milliseconds: null, maxDifference: null, error: String(error) });
    }
  }
  return results;
}
