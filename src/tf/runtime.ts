/**
 * The one door to tfjs. Widgets reach it with a dynamic `import()` only when they come near the screen.
 * Backend order: WebGL when a hardware WebGL2 context exists → WASM → CPU. A software WebGL (SwiftShader,
 * llvmpipe) counts as no GPU, so WASM is preferred there, but WebGL stays selectable. A lost WebGL context
 * switches to WASM without a reload; listeners hear every change through BACKEND_EVENT.
 */
import * as tf from '@tensorflow/tfjs-core';
// Chained ops (`t.reshape(…)`) so code behaves the same here, in Node scripts and in unit tests.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import {
  BACKEND_EVENT,
  BACKEND_PREFERENCE_KEY,
  backendPreference,
  BACKEND_REQUEST_EVENT,
  isBackendName,
  isSoftwareRenderer,
  type BackendInfo,
  type BackendName,
} from '../lib/backend-events';

export type Tf = typeof tf;

interface WebglProbe {
  available: boolean;
  renderer: string | null;
  software: boolean;
}

function probeWebgl(): WebglProbe {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return { available: false, renderer: null, software: false };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, renderer, software: isSoftwareRenderer(renderer) };
  } catch {
    return { available: false, renderer: null, software: false };
  }
}

const registered = new Set<BackendName>();
async function register(name: BackendName): Promise<void> {
  if (registered.has(name)) return;
  if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmPlain,
      'tfjs-backend-wasm-simd.wasm': wasmSimd,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
    });
  }
  registered.add(name);
}

let probe: WebglProbe | undefined;
let current: BackendInfo | undefined;
let starting: Promise<BackendInfo> | undefined;

function announce(info: BackendInfo): BackendInfo {
  current = info;
  document.dispatchEvent(new CustomEvent<BackendInfo>(BACKEND_EVENT, { detail: info }));
  return info;
}

const readPreference = (): BackendName | null =>
  backendPreference(location.search, () => localStorage.getItem(BACKEND_PREFERENCE_KEY));

/** Keep a lost WebGL context from breaking the page: move to WASM and let widgets recompute. */
function watchContextLoss(): void {
  const backend = tf.backend() as MathBackendWebGL;
  const canvas = backend.gpgpu?.gl?.canvas;
  if (!canvas || !('addEventListener' in canvas)) return;
  canvas.addEventListener(
    'webglcontextlost',
    () => {
      const factory = tf.findBackendFactory('webgl');
      void activate('wasm', 'the WebGL context was lost, so the page moved to WASM').then(() => {
        tf.removeBackend('webgl');
        if (factory) tf.registerBackend('webgl', factory, 2);
      });
    },
    { once: true },
  );
}

async function activate(name: BackendName, reason: string): Promise<BackendInfo> {
  await register(name);
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`tfjs could not start the ${name} backend`);
  await tf.ready();
  probe ??= probeWebgl();
  if (name === 'webgl') watchContextLoss();
  return announce({
    name,
    reason,
    renderer: probe.renderer,
    gpu: name === 'webgl' && probe.available && !probe.software,
  });
}

/** The automatic order, or the reader's choice first. */
function candidates(preferred: BackendName | null): { name: BackendName; reason: string }[] {
  probe ??= probeWebgl();
  const auto: { name: BackendName; reason: string }[] = [];
  if (probe.available && !probe.software) auto.push({ name: 'webgl', reason: 'a hardware WebGL2 GPU is available' });
  const why = probe.available
    ? `WebGL is software-rendered (${probe.renderer ?? 'unknown'})`
    : 'WebGL2 is not available';
  auto.push({ name: 'wasm', reason: why });
  auto.push({ name: 'cpu', reason: 'WASM failed to start' });
  if (!preferred) return auto;
  return [{ name: preferred, reason: 'you chose it' }, ...auto.filter((c) => c.name !== preferred)];
}

async function start(): Promise<BackendInfo> {
  let lastError: unknown;
  for (const c of candidates(readPreference())) {
    try {
      return await activate(c.name, c.reason);
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`No tfjs backend could start: ${String(lastError)}`);
}

/** Load tfjs once, start the best backend and return the tfjs namespace. */
export async function ensureTf(): Promise<Tf> {
  starting ??= start();
  await starting;
  return tf;
}

/** Backend changes run one after another, so a check running on another backend cannot undo a switch. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Switch to a backend chosen by the reader; remembers the choice. Falls back if it fails. */
export async function switchBackend(name: BackendName): Promise<BackendInfo> {
  await ensureTf();
  return serial(() => switchNow(name));
}

async function switchNow(name: BackendName): Promise<BackendInfo> {
  try {
    localStorage.setItem(BACKEND_PREFERENCE_KEY, name);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  try {
    return await activate(name, 'you chose it');
  } catch {
    return activate('wasm', `${name} failed to start, so the page uses WASM`);
  }
}

/**
 * Run `work` on another backend without changing the page's choice: start it (registering it if needed),
 * run, then return to the backend that was active. Used by the backend check to compare backends.
 */
export async function withBackend<T>(name: BackendName, work: () => Promise<T> | T): Promise<T> {
  await ensureTf();
  return serial(() => runOn(name, work));
}

async function runOn<T>(name: BackendName, work: () => Promise<T> | T): Promise<T> {
  const previous = tf.getBackend();
  await register(name);
  if (!(await tf.setBackend(name))) throw new Error(`tfjs could not start the ${name} backend`);
  try {
    return await work();
  } finally {
    await tf.setBackend(previous);
  }
}

export function currentBackend(): BackendInfo | undefined {
  return current;
}

export function numTensors(): number {
  return tf.memory().numTensors;
}

document.addEventListener(BACKEND_REQUEST_EVENT, (event) => {
  const name = (event as CustomEvent<unknown>).detail;
  if (isBackendName(name)) void switchBackend(name);
});

// Read-only hooks for the end-to-end tests (tensor counts, backend) and for curious readers in DevTools.
Object.assign(globalThis, { __fcnTf: { numTensors, currentBackend, switchBackend, tf } });
