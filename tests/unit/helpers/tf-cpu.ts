// Test-only door to tfjs on the CPU backend, so unit tests can check our pure maths against real ops.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

let ready: Promise<typeof tf> | undefined;

export function cpuTf(): Promise<typeof tf> {
  ready ??= tf.setBackend('cpu').then(async () => {
    await tf.ready();
    return tf;
  });
  return ready;
}
