/**
 * tfjs inside a Web Worker: the page's rule for choosing a backend (src/tf/runtime.ts), without a document.
 * WebGL runs on an OffscreenCanvas where the browser offers WebGL2 there and it is a hardware GPU; a
 * software-rendered WebGL (SwiftShader, llvmpipe) counts as no GPU, so WASM is preferred, as on the page. The
 * reader's choice (?backend= or the badge's stored choice, read by the page and passed in) comes first.
 * WASM gets the project's training kernels (src/tf/fcn/kernels/). The plain-JS CPU backend is tried last only
 * when the caller asks (`allowCpu`) and has registered it: the training worker does not (its bundle, ~100×
 * slower at training); the model worker (src/tf/fcn-worker-api.ts) does, so inference still runs when WASM fails.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { backendLabel, isSoftwareRenderer, type BackendName } from '../lib/backend-events';
import { recordBackend } from './backend-in-use';
import { registerConv2dBackpropFilterWasm } from './fcn/kernels/conv2d-backprop-filter-wasm';
import { registerFastConv2dBackpropInputWasm } from './fcn/kernels/conv2d-backprop-input-wasm';

/** Why a backend was chosen, as a code the page turns into words. */
export type BackendWhy = 'chosen' | 'gpu' | 'noOffscreenWebgl' | 'softwareWebgl' | 'wasmFailed';

export interface WorkerBackend {
  name: BackendName;
  label: string;
  /** In English, for logs; `why` (and `renderer`) for the page's words. */
  reason: string;
  why: BackendWhy;
  /** True when WebGL runs on a hardware GPU. */
  gpu: boolean;
  /** The WebGL renderer string of the worker's OffscreenCanvas, when it has WebGL2 at all. */
  renderer: string | null;
}

interface Probe {
  available: boolean;
  renderer: string | null;
  software: boolean;
}

/** WebGL2 on an OffscreenCanvas, and whether its renderer is software. */
function probeOffscreenWebgl(): Probe {
  try {
    if (typeof OffscreenCanvas === 'undefined') return { available: false, renderer: null, software: false };
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return { available: false, renderer: null, software: false };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, renderer, software: isSoftwareRenderer(renderer) };
  } catch {
    return { available: false, renderer: null, software: false };
  }
}

let wasmReady = false;
/** Points the WASM backend at its binaries (bundled URLs) and adds the training kernels, once. */
export function prepareWasm(): void {
  if (wasmReady) return;
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });
  registerConv2dBackpropFilterWasm();
  registerFastConv2dBackpropInputWasm();
  wasmReady = true;
}

/** Starts the best backend in this worker (the preferred one first) and says which and why. */
export async function startWorkerBackend(
  preferred: BackendName | null,
  { allowCpu = false }: { allowCpu?: boolean } = {},
): Promise<WorkerBackend> {
  const probe = probeOffscreenWebgl();
  const candidates: { name: BackendName; reason: string; why: BackendWhy }[] = [];
  if (preferred) candidates.push({ name: preferred, reason: 'you chose it', why: 'chosen' });
  if (probe.available && !probe.software)
    candidates.push({ name: 'webgl', reason: 'a hardware WebGL2 GPU is available to the worker', why: 'gpu' });
  const reason = !probe.available
    ? 'WebGL2 is not available in a worker here (no OffscreenCanvas WebGL2)'
    : `WebGL is software-rendered (${probe.renderer ?? 'unknown'})`;
  candidates.push({ name: 'wasm', reason, why: probe.available ? 'softwareWebgl' : 'noOffscreenWebgl' });
  if (allowCpu) candidates.push({ name: 'cpu', reason: 'WASM failed to start in the worker', why: 'wasmFailed' });
  let lastError: unknown;
  for (const c of candidates) {
    if ((c.name === 'webgl' && !probe.available) || (c.name === 'cpu' && !allowCpu)) continue;
    try {
      if (c.name === 'wasm') prepareWasm();
      if (!(await tf.setBackend(c.name))) throw new Error(`tfjs could not start ${c.name}`);
      await tf.ready();
      const gpu = c.name === 'webgl' && !probe.software;
      recordBackend({ name: c.name, gpu });
      return {
        name: c.name,
        label: backendLabel({ name: c.name, gpu }),
        reason: c.reason,
        why: c.why,
        gpu,
        renderer: probe.renderer,
      };
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`no tfjs backend could start in the worker: ${String(lastError)}`);
}

export function liveTensors(): number {
  return tf.memory().numTensors;
}
