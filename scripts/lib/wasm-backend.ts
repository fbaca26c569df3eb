// Node-only: start tfjs on the wasm backend (XNNPACK, SIMD; threads when Node allows them),
// with our Conv2DBackpropFilter kernel registered so training works.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
// Gradients: tfjs-core's register_all_gradients is ESM with directory imports that Node's ESM loader
// rejects; the union package's Node bundle registers the same gradients into the shared (global) registry.
import '@tensorflow/tfjs';
import { setWasmPaths, setThreadsCount, getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { registerConv2dBackpropFilterWasm } from '../../src/tf/fcn/kernels/conv2d-backprop-filter-wasm';
import { registerFastConv2dBackpropInputWasm } from '../../src/tf/fcn/kernels/conv2d-backprop-input-wasm';

export interface WasmInfo {
  backend: string;
  simd: boolean;
  threads: number;
}

export async function initWasmBackend(threads = 0, fastBackpropInput = true): Promise<WasmInfo> {
  const require = createRequire(import.meta.url);
  const wasmMain = require.resolve('@tensorflow/tfjs-backend-wasm');
  const distDir = path.dirname(wasmMain).replace(/(dist).*$/, '$1');
  setWasmPaths(distDir + path.sep);
  if (threads > 0) setThreadsCount(threads);
  registerConv2dBackpropFilterWasm();
  if (fastBackpropInput) registerFastConv2dBackpropInputWasm();
  const ok = await tf.setBackend('wasm');
  if (!ok) throw new Error('could not start the tfjs wasm backend');
  await tf.ready();
  const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  return { backend: tf.getBackend(), simd, threads: getThreadsCount() };
}
