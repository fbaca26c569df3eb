/**
 * The page's one model worker: every FCN computation of the model widgets runs here, off the page's thread
 * (src/tf/fcn-worker-api.ts does the work; src/tf/fcn-worker-protocol.ts is the contract; the page's side is
 * ./fcn-worker.ts). Calls run one at a time in arrival order, so a backend switch never lands inside a run: a
 * switch goes first in the queue and interrupts a running evaluation after its scene (that call answers with an
 * error saying so). A cancelled call that has not started never runs; a running evaluation stops after its
 * scene. Every call is answered with its result (typed arrays transferred, not copied) or an error message.
 */
import type { BackendName } from '../../lib/backend-events';
import type { Call, FromFcnWorker, ToFcnWorker } from '../../tf/fcn-worker-protocol';
import {
  recoverFromContextLoss,
  startBackend,
  watchContextLoss,
  watchDownloads,
  workerApi,
  type WorkerApi,
} from '../../tf/fcn-worker-api';
import { ensureScenes, pageSceneSource, sceneOf } from './scene-source';

function post(message: FromFcnWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/** The buffers of every typed array in `value` (results are plain objects, arrays and typed arrays). */
function buffersOf(value: unknown, found = new Set<ArrayBuffer>(), depth = 0): Set<ArrayBuffer> {
  if (depth > 6 || value === null || typeof value !== 'object') return found;
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
    return found;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) buffersOf(item, found, depth + 1);
  return found;
}

const api: WorkerApi = workerApi({
  inputs: (dataUrl) => pageSceneSource(dataUrl, 'test'),
  prepare: async (dataUrl, seeds, size) => ensureScenes(await pageSceneSource(dataUrl, 'test'), seeds, size, size),
  scene: async (dataUrl, seed, size) => {
    const source = await pageSceneSource(dataUrl, 'test');
    await ensureScenes(source, [seed], size, size);
    return sceneOf(source, seed, size, size);
  },
});

const SWITCHED = 'the tfjs backend changed during the run';

type Job =
  { kind: 'call'; call: Call; controller: AbortController } | { kind: 'switch'; backend: BackendName | 'lost' };
const queue: Job[] = [];
let started: Promise<unknown> | undefined;
let startError: string | undefined;
let draining = false;
let running: { call: Call; controller: AbortController; switched: boolean } | undefined;
const watched = new Set<string>();

function watch(modelsUrl: string): void {
  if (watched.has(modelsUrl)) return;
  watched.add(modelsUrl);
  watchDownloads(modelsUrl, (loadedBytes, totalBytes) =>
    post({ type: 'download', modelsUrl, loadedBytes, totalBytes }),
  );
}

function announce(info: Awaited<ReturnType<typeof startBackend>>): void {
  post({ type: 'backend', info });
  watchContextLoss(() => requestSwitch('lost'));
}

async function run(call: Call, controller: AbortController): Promise<void> {
  if (startError) return post({ type: 'error', id: call.id, message: startError });
  if (call.method === 'load' || call.method === 'finestReady') watch(call.args[0]);
  const context = {
    signal: controller.signal,
    progress: (done: number, total: number) => post({ type: 'progress', id: call.id, done, total }),
  };
  running = { call, controller, switched: false };
  try {
    const method = api[call.method] as (context: unknown, ...args: unknown[]) => Promise<unknown>;
    const value = await method(context, ...call.args);
    if (running.switched) post({ type: 'error', id: call.id, message: SWITCHED });
    else post({ type: 'result', id: call.id, value }, [...buffersOf(value)]);
  } catch (error) {
    post({ type: 'error', id: call.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    running = undefined;
  }
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    await started;
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (job.kind === 'call') await run(job.call, job.controller);
      else if (!startError) {
        const next = job.backend === 'lost' ? recoverFromContextLoss() : startBackend(job.backend);
        // The weights are decoded again on the new backend by the next call that needs them.
        const info = await next.catch(() => undefined);
        if (info) announce(info);
      }
    }
  } finally {
    draining = false;
  }
}

/** A backend switch goes before every waiting call and stops a running evaluation after its scene. */
function requestSwitch(backend: BackendName | 'lost'): void {
  queue.unshift({ kind: 'switch', backend });
  if (running?.call.method === 'evaluateModels') {
    running.switched = true;
    running.controller.abort();
  }
  void drain();
}

self.addEventListener('message', (event: MessageEvent<ToFcnWorker>) => {
  const message = event.data;
  if (message.type === 'start') {
    started ??= startBackend(message.backend).then(announce, (error: unknown) => {
      startError = `tfjs could not start in the model worker: ${error instanceof Error ? error.message : String(error)}`;
      post({ type: 'failed', message: startError });
    });
    void drain();
  } else if (message.type === 'switch') requestSwitch(message.backend);
  else if (message.type === 'cancel') {
    for (const id of message.ids) {
      if (running?.call.id === id) running.controller.abort();
      const waiting = queue.findIndex((job) => job.kind === 'call' && job.call.id === id);
      if (waiting >= 0) {
        queue.splice(waiting, 1);
        post({ type: 'error', id, message: 'cancelled' });
      }
    }
  } else {
    queue.push({ kind: 'call', call: message, controller: new AbortController() });
    void drain();
  }
});
