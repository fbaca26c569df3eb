/**
 * The name of the backend computing now, as the badge says it ("WASM (CPU)"), for results that report where they
 * ran. The thread's backend chooser (src/tf/runtime.ts on the page, src/tf/worker-backend.ts in a worker) records
 * what it started; a backend started briefly for a comparison is named from tfjs alone.
 */
import * as tf from '@tensorflow/tfjs-core';
import { backendLabel, isBackendName, type BackendInfo } from '../lib/backend-events';

/** The backend this thread chose last (a thread-wide fact, like tfjs's own engine). */
let chosen: Pick<BackendInfo, 'name' | 'gpu'> | undefined;

export function recordBackend(info: Pick<BackendInfo, 'name' | 'gpu'>): void {
  chosen = { name: info.name, gpu: info.gpu };
}

export function backendInUse(): string {
  const name = tf.getBackend();
  if (chosen && chosen.name === name) return backendLabel(chosen);
  return isBackendName(name) ? backendLabel({ name, gpu: false }) : name;
}
