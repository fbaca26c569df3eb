/**
 * The worker behind <train-skip-el>: everything heavy happens here, off the page's thread — tfjs (WebGL on an
 * OffscreenCanvas or WASM, src/tf/worker-backend.ts), the shipped FCN-32s (fetched and SHA-256-checked against
 * the manifest by loadFcn), composing the scenes (only the sprites they draw are fetched), caching the frozen
 * maps and training the head (src/tf/skip-train-session.ts). The page sends commands and draws what comes back.
 */
import type { BackendName } from '../../lib/backend-events';
import { fetchReader, loadFcn } from '../../tf/fcn/load';
import type { FromWorker, SkipSettings, ToWorker } from '../../tf/skip-train-messages';
import { registerHeadGradients } from '../../tf/skip-train-gradients';
import { SkipSession, type SceneSet } from '../../tf/skip-train-session';
import { startWorkerBackend } from '../../tf/worker-backend';
import { ensureScenes, pageSceneSource, sceneOf, type SceneSource } from '../shared/scene-source';

let session: SkipSession | undefined;
let started = false;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/** Composes scenes `seeds` (fetching the sprites they draw, a few scenes at a time) into network inputs. */
async function composeSet(
  source: SceneSource,
  seeds: number[],
  size: number,
  report: (done: number) => void,
): Promise<SceneSet> {
  const n = size * size;
  const rgb = new Float32Array(seeds.length * n * 3);
  const labels = new Uint8Array(seeds.length * n);
  const rgba: Uint8ClampedArray[] = [];
  const CHUNK = 8;
  for (let start = 0; start < seeds.length; start += CHUNK) {
    const chunk = seeds.slice(start, start + CHUNK);
    await ensureScenes(source, chunk, size, size);
    chunk.forEach((seed, k) => {
      const b = start + k;
      const scene = sceneOf(source, seed, size, size);
      for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) rgb[(b * n + i) * 3 + c] = scene.image[i * 4 + c];
      labels.set(scene.labels, b * n);
      rgba.push(scene.image);
    });
    report(start + chunk.length);
  }
  return { seeds, rgb, labels, rgba };
}

async function init(
  modelsUrl: string,
  dataUrl: string,
  backendChoice: BackendName | null,
  settings: SkipSettings,
): Promise<void> {
  post({ type: 'progress', step: 'starting', done: 0, total: 1 });
  const backend = await startWorkerBackend(backendChoice);
  registerHeadGradients();
  const t0 = performance.now();
  let modelMs = 0;
  const model = loadFcn(fetchReader(modelsUrl), 'fcn32s').then((loaded) => {
    modelMs = performance.now() - t0;
    return loaded;
  });
  model.catch(() => undefined);
  const seeds = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);
  const total = settings.trainScenes + settings.heldOutScenes;
  const progress = (done: number) => post({ type: 'progress', step: 'composing', done, total });
  const [trainSource, testSource] = await Promise.all([
    pageSceneSource(dataUrl, 'train'),
    pageSceneSource(dataUrl, 'test'),
  ]);
  const trainSet = await composeSet(
    trainSource,
    seeds(settings.firstTrainSeed, settings.trainScenes),
    settings.size,
    progress,
  );
  const heldSet = await composeSet(
    testSource,
    seeds(settings.firstTestSeed, settings.heldOutScenes),
    settings.size,
    (d) => progress(settings.trainScenes + d),
  );
  const scenesMs = performance.now() - t0;
  post({ type: 'progress', step: 'weights', done: total, total });
  const { weights, variant } = await model;
  if (variant !== 'fcn32s') throw new Error(`expected FCN-32s weights, got ${variant}`);
  session = await SkipSession.start(weights, trainSet, heldSet, settings, backend, modelMs, scenesMs, post);
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    if (started) return;
    started = true;
    init(message.modelsUrl, message.dataUrl, message.backend, message.settings).catch((error: unknown) => {
      post({ type: 'error', detail: error instanceof Error ? error.message : String(error) });
    });
    return;
  }
  if (!session) return;
  if (message.type === 'train') session.trainOn();
  else if (message.type === 'pause') session.pause(message.reason ?? 'paused');
  else if (message.type === 'reset') void session.reset();
  else if (message.type === 'fcn8s') void session.goToFcn8s();
  else if (message.type === 'learningRate') session.setLearningRate(message.value);
});
