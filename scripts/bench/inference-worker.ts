// The inference bench's worker (bundled by scripts/bench/inference.ts with esbuild, run in headless Chromium):
// the page's model worker code itself — `startBackend` and `workerApi(…).load / .segment` from
// src/tf/fcn-worker-api.ts, which src/widgets/shared/fcn.worker.ts runs on the site — plus a large tf.matMul on
// the same backend in the same worker, so the FCN's times and the backend's matmul rate come from one run.
// One request per worker: start the backend, measure the matmul rate, then every model at every size.
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName } from '../../src/lib/backend-events';
import type { FcnVariant } from '../../src/lib/fcn/variants';
import { createRandom } from '../../src/lib/random';
import { startBackend, workerApi, type CallContext } from '../../src/tf/fcn-worker-api';
import { matMulFlops, gflopsPerSecond, median } from './floor';

export interface WorkerRequest {
  backend: BackendName;
  modelsUrl: string;
  variants: FcnVariant[];
  sizes: number[];
  /** Warm runs per model and size (after one cold run). */
  runs: number;
  /** Fewer warm runs (`slowRuns`) when the cold run took longer than this (the CPU and SwiftShader backends). */
  slowMs: number;
  slowRuns: number;
  /** Sides of the square matrices of the rate measurement (the best rate counts), and timed products per side. */
  matmulSizes: number[];
  matmulRuns: number;
  /** Also one tf.profile'd run of the last variant per size: kernel time by kernel name (where the time goes). */
  profile: boolean;
}

export interface MatMulTiming {
  size: number;
  runsMs: number[];
  medianMs: number;
  gflops: number;
}

export interface InferenceTiming {
  variant: FcnVariant;
  size: number;
  coldMs: number;
  /** Every warm run, in order. */
  warmMs: number[];
  medianMs: number;
}

export interface WorkerReport {
  backend: string;
  /** The backend the page's rule would say it is (renderer for WebGL; threads for WASM). */
  renderer: string | null;
  crossOriginIsolated: boolean;
  wasmThreads: number | null;
  hardwareConcurrency: number;
  /** tfjs's feature flags for WASM in this worker: SIMD, and threads (SharedArrayBuffer + wasm threads). */
  wasmSimd: boolean;
  wasmMultithread: boolean;
  /** The matmul rate: the best of the sizes' median rates. */
  matmul: { gflops: number; sizes: MatMulTiming[] };
  inference: InferenceTiming[];
  /** Per size (with `profile`): milliseconds per tfjs kernel name in one run of the last variant, largest first. */
  kernels?: { variant: FcnVariant; size: number; wallMs: number; byKernel: [string, number][] }[];
}

const context: CallContext = { signal: new AbortController().signal, progress: () => undefined };

async function timeMatMul(size: number, runs: number): Promise<MatMulTiming> {
  const a = tf.randomUniform([size, size], -1, 1, 'float32', 1);
  const b = tf.randomUniform([size, size], -1, 1, 'float32', 2);
  const once = async () => {
    const start = performance.now();
    const c = tf.matMul(a, b);
    await c.data();
    c.dispose();
    return performance.now() - start;
  };
  await once(); // warm-up: shader compilation, XNNPACK packing, allocation
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) runsMs.push(await once());
  tf.dispose([a, b]);
  const medianMs = median(runsMs);
  return { size, runsMs, medianMs, gflops: gflopsPerSecond(matMulFlops(size, size, size), medianMs) };
}

function randomImage(size: number) {
  const random = createRandom(size);
  return { height: size, width: size, rgb: Float32Array.from({ length: size * size * 3 }, () => random.next() * 255) };
}

async function run(request: WorkerRequest): Promise<WorkerReport> {
  const info = await startBackend(request.backend);
  const backend = tf.getBackend();
  if (backend !== request.backend) throw new Error(`asked for ${request.backend}, the worker started ${backend}`);
  const report: WorkerReport = {
    backend,
    renderer: info.renderer,
    crossOriginIsolated: Boolean((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated),
    wasmThreads: backend === 'wasm' ? getThreadsCount() : null,
    hardwareConcurrency: navigator.hardwareConcurrency,
    wasmSimd: Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')),
    wasmMultithread: Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')),
    matmul: { gflops: NaN, sizes: [] },
    inference: [],
  };
  for (const size of request.matmulSizes) report.matmul.sizes.push(await timeMatMul(size, request.matmulRuns));
  report.matmul.gflops = Math.max(...report.matmul.sizes.map((m) => m.gflops));
  const api = workerApi({
    inputs: () => Promise.reject(new Error('no scenes in the bench')),
    prepare: () => Promise.resolve(),
    scene: () => Promise.reject(new Error('no scenes in the bench')),
  });
  for (const variant of request.variants) {
    const [entry] = await api.load(context, request.modelsUrl, [variant]);
    if (entry.state !== 'ready') throw new Error(`${variant}: ${entry.message}`);
    for (const size of request.sizes) {
      const image = randomImage(size);
      const segment = async () => (await api.segment(context, entry.weights, image, variant, 1)).milliseconds;
      const coldMs = await segment();
      const runs = coldMs > request.slowMs ? Math.min(request.runs, request.slowRuns) : request.runs;
      const warmMs: number[] = [];
      for (let i = 0; i < runs; i += 1) warmMs.push(await segment());
      report.inference.push({ variant, size, coldMs, warmMs, medianMs: median(warmMs) });
      self.postMessage({ type: 'progress', variant, size, medianMs: median(warmMs) });
    }
  }
  if (request.profile) {
    const variant = request.variants[request.variants.length - 1];
    const [entry] = await api.load(context, request.modelsUrl, [variant]);
    if (entry.state !== 'ready') throw new Error(`${variant}: ${entry.message}`);
    report.kernels = [];
    for (const size of request.sizes) {
      const image = randomImage(size);
      const start = performance.now();
      const profile = await tf.profile(async () => {
        await api.segment(context, entry.weights, image, variant, 1);
      });
      const wallMs = performance.now() - start;
      const byKernel = new Map<string, number>();
      for (const k of profile.kernels) {
        if (k.name.endsWith('__op')) continue; // an op's scope around its kernel: counted by the kernel
        byKernel.set(k.name, (byKernel.get(k.name) ?? 0) + Number(k.kernelTimeMs));
      }
      const sorted = [...byKernel].sort((a, b) => b[1] - a[1]);
      report.kernels.push({ variant, size, wallMs, byKernel: sorted });
    }
  }
  return report;
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  run(event.data).then(
    (report) => self.postMessage({ type: 'done', report }),
    (error: unknown) =>
      self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
