/**
 * The matrix view computed with real tfjs ops on the active backend: y = C·vec(x) and Cᵀ·y with
 * `tf.matMul`, compared with `tf.conv2d` (the convolution) and `tf.conv2dTranspose` (through
 * transposedConvTf, which adds PyTorch's output padding). Everything is disposed; plain arrays come back.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendInfo } from '../lib/backend-events';
import { currentBackend } from './runtime';
import { transposedConvTf } from './transposed-ops';

export interface MatrixViewParams {
  stride: number;
  padding: number;
  outputPadding: number;
}

export interface MatrixViewCheck {
  /** C·vec(x) by tf.matMul. */
  matMulOutput: number[];
  /** Cᵀ·y by tf.matMul (transposeA), with y = C·vec(x). */
  matMulTransposed: number[];
  /** tf.conv2d(x, kernel), row-major. */
  convOutput: number[];
  /** tf.conv2dTranspose(y, kernel) with output padding, row-major. */
  transposedOutput: number[];
  /** Largest |matMul − conv| over both comparisons. */
  largestDifference: number;
  backend: BackendInfo | undefined;
}

/** M·v (or Mᵀ·v) with tf.matMul, v as a column. */
export function matMulVector(matrix: number[][], vector: number[], transposeMatrix = false): number[] {
  return tf.tidy(() => {
    const m = tf.tensor2d(matrix);
    const v = tf.tensor2d(vector, [vector.length, 1]);
    return Array.from(tf.matMul(m, v, transposeMatrix, false).dataSync());
  });
}

/** One-channel tf.conv2d with symmetric zero padding (cross-correlation, as in the lesson). */
export function conv2dTf(input: number[][], kernel: number[][], stride: number, padding: number): number[][] {
  return tf.tidy(() => {
    const [ih, iw, kh, kw] = [input.length, input[0].length, kernel.length, kernel[0].length];
    const x = tf.tensor4d(input.flat(), [1, ih, iw, 1]);
    const w = tf.tensor4d(kernel.flat(), [kh, kw, 1, 1]);
    const pad: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0],
      [padding, padding],
      [padding, padding],
      [0, 0],
    ];
    const y = tf.conv2d(x, w, stride, pad);
    const [, oh, ow] = y.shape;
    return y.reshape([oh, ow]).arraySync() as number[][];
  });
}

function largestDifference(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return Infinity;
  return a.reduce((max, value, j) => Math.max(max, Math.abs(value - b[j])), 0);
}

/** Compute both sides of the matrix view with tfjs and how far apart they are. */
export function checkMatrixView(
  matrix: number[][],
  input: number[][],
  kernel: number[][],
  params: MatrixViewParams,
): MatrixViewCheck {
  const matMulOutput = matMulVector(matrix, input.flat());
  const matMulTransposed = matMulVector(matrix, matMulOutput, true);
  const convOutput = conv2dTf(input, kernel, params.stride, params.padding).flat();
  const side = Math.round(Math.sqrt(matMulOutput.length));
  const y = Array.from({ length: side }, (_, r) => matMulOutput.slice(r * side, (r + 1) * side));
  const transposedOutput = transposedConvTf(y, kernel, { ...params, dilation: 1 }).flat();
  return {
    matMulOutput,
    matMulTransposed,
    convOutput,
    transposedOutput,
    largestDifference: Math.max(
      largestDifference(matMulOutput, convOutput),
      largestDifference(matMulTransposed, transposedOutput),
    ),
    backend: currentBackend(),
  };
}
