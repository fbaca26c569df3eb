// Saving and loading FCN weights in the tfjs weights format: a model.json whose `weightsManifest` lists
// each tensor (name, shape, dtype, optional `quantization`) and one .bin holding them back to back.
// Shipped weights are quantised, which tfjs-core's io.decodeWeights turns back into float32: 'float16'
// ({ quantization: { dtype: 'float16' } }) or 'uint8' — every learned tensor of at least UINT8_MIN_SIZE values
// as 8-bit affine codes (value = min + scale·q, with min nudged so that 0 is exact: zero-initialised and
// zero-padded weights stay exactly 0); small ones (biases, 1×1 scores) and the fixed bilinear upsamplers
// (exact in float16) stay float16.
import * as tf from '@tensorflow/tfjs-core';
import { SHIPPED_CONFIG, type FcnConfig } from '../../lib/fcn/config';
import type { FcnVariant } from '../../lib/fcn/variants';
import { weightSpecs, type FcnWeights } from './weights';

export const WEIGHTS_FILE = 'weights.bin';

export type Quantize = 'float16' | 'uint8' | 'none';

/** Tensors smaller than this stay float16 under 'uint8' (they cost little and are the most sensitive). */
export const UINT8_MIN_SIZE = 4096;

/** 8-bit affine codes of `values` with 0 exactly representable; decode as min + scale·q. */
export function quantizeUint8(values: Float32Array): { codes: Uint8Array; min: number; scale: number } {
  let [lo, hi] = [0, 0];
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const scale = hi > lo ? (hi - lo) / 255 : 1;
  const zeroPoint = Math.round(-lo / scale);
  const min = -zeroPoint * scale;
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = Math.min(255, Math.max(0, Math.round((values[i] - min) / scale)));
  return { codes, min, scale };
}

export interface FcnModelJson {
  format: 'fcn-weights';
  generatedBy: string;
  variant: FcnVariant;
  config: FcnConfig;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  /** Free-form facts about training (steps, seconds, …). */
  trainingInfo?: Record<string, unknown>;
}

/** IEEE half-precision bits of a float32, round to nearest even. */
export function float32ToFloat16Bits(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  let e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - e;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const midpoint = 1 << (shift - 1);
    if (rest > midpoint || (rest === midpoint && half & 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  e = half >>> 10;
  return sign | half;
}

/** Encodes weights (in weightSpecs order) as float16, uint8 (+ float16) or float32; returns model.json and the .bin bytes. */
export async function encodeFcnModel(
  weights: FcnWeights,
  variant: FcnVariant,
  config: FcnConfig = SHIPPED_CONFIG,
  quantize: Quantize = 'float16',
  trainingInfo?: Record<string, unknown>,
): Promise<{ modelJson: FcnModelJson; bin: Uint8Array }> {
  const entries: tf.io.WeightsManifestEntry[] = [];
  const chunks: Uint8Array[] = [];
  for (const spec of weightSpecs(config, variant)) {
    const tensor = weights[spec.name];
    if (!tensor) throw new Error(`missing weight ${spec.name}`);
    const values = (await tensor.data()) as Float32Array;
    if (quantize === 'uint8' && spec.trainable && values.length >= UINT8_MIN_SIZE) {
      const { codes, min, scale } = quantizeUint8(values);
      chunks.push(codes);
      entries.push({
        name: spec.name,
        shape: spec.shape,
        dtype: 'float32',
        quantization: { dtype: 'uint8', min, scale },
      });
    } else if (quantize !== 'none') {
      const half = new Uint16Array(values.length);
      for (let i = 0; i < values.length; i++) half[i] = float32ToFloat16Bits(values[i]);
      chunks.push(new Uint8Array(half.buffer));
      entries.push({ name: spec.name, shape: spec.shape, dtype: 'float32', quantization: { dtype: 'float16' } });
    } else {
      chunks.push(new Uint8Array(Float32Array.from(values).buffer));
      entries.push({ name: spec.name, shape: spec.shape, dtype: 'float32' });
    }
  }
  const bin = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    bin.set(c, offset);
    offset += c.length;
  }
  const modelJson: FcnModelJson = {
    format: 'fcn-weights',
    generatedBy: 'fcn-explained src/tf/fcn/io.ts',
    variant,
    config,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: entries }],
    ...(trainingInfo ? { trainingInfo } : {}),
  };
  return { modelJson, bin };
}

/** Decodes model.json + its .bin bytes into a weight map (float32 tensors), checking every expected name. */
export function decodeFcnModel(modelJson: FcnModelJson, bin: ArrayBuffer | Uint8Array): FcnWeights {
  const buffer = bin instanceof Uint8Array ? bin.slice().buffer : bin;
  const specs = modelJson.weightsManifest.flatMap((group) => group.weights);
  const expectedBytes = specs.reduce((n, s) => {
    const count = s.shape.reduce((a, b) => a * b, 1);
    return n + count * (s.quantization?.dtype === 'float16' ? 2 : s.quantization?.dtype === 'uint8' ? 1 : 4);
  }, 0);
  if (buffer.byteLength !== expectedBytes) {
    throw new Error(`FCN weights: ${buffer.byteLength} bytes but the manifest describes ${expectedBytes}`);
  }
  const decoded = tf.io.decodeWeights(buffer, specs) as FcnWeights;
  for (const spec of weightSpecs(modelJson.config, modelJson.variant)) {
    if (!decoded[spec.name]) throw new Error(`FCN weights: ${spec.name} missing from ${modelJson.variant}`);
  }
  return decoded;
}
