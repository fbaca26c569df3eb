/**
 * The matrix view of one small square convolution: C built from the kernel (one row per output cell, one
 * column per input cell), y = C·vec(x), and Cᵀ·y reshaped to the input's shape, which is the transposed
 * convolution of y with the same kernel, stride and padding (and output padding a that returns size i).
 * Cᵀ(Cx) is not x: CᵀC is not the identity.
 */
import { checkConv, outputPaddingFor } from './arithmetic';
import { flatten, matVec, reshape, transpose, type Matrix } from '../grid/matrix';
import { convMatrix } from './transposed';

export interface MatrixViewParams {
  inputSize: number;
  kernelSize: number;
  stride: number;
  padding: number;
}

export interface MatrixViewModel {
  ok: true;
  kernel: Matrix;
  input: Matrix;
  /** C: [o·o, i·i]. */
  matrix: Matrix;
  /** 1 where C connects an output cell to an input cell (C of an all-ones kernel), else 0. */
  pattern: Matrix;
  outputSize: number;
  /** a = (i + 2p − k) mod s: the output padding that makes the transposed conv return size i. */
  outputPadding: number;
  /** y = C·vec(x), reshaped to [o, o]. */
  output: Matrix;
  /** Cᵀ·y reshaped to [i, i]: the transposed convolution of y. */
  transposed: Matrix;
  /** Largest |Cᵀ(Cx) − x|: zero only if C happened to be orthogonal on x. */
  roundTripDifference: number;
}

export type MatrixViewResult = MatrixViewModel | { ok: false; reason: string };

/** The k × k kernel 1, 2, …, k², row-major: every weight is different, so each can be traced into C. */
export function kernelOfSize(kernelSize: number): Matrix {
  return Array.from({ length: kernelSize }, (_, r) =>
    Array.from({ length: kernelSize }, (_, c) => r * kernelSize + c + 1),
  );
}

/** Build C from the kernel and compute y = Cx and Cᵀy, or say why no kernel placement fits. */
export function matrixViewModel(params: MatrixViewParams, input: Matrix): MatrixViewResult {
  const { inputSize, kernelSize, stride, padding } = params;
  const axis = { size: inputSize, kernelSize, stride, padding };
  const check = checkConv(axis);
  if (!check.ok) return check;
  if (input.length !== inputSize || input.some((row) => row.length !== inputSize)) {
    return { ok: false, reason: `The input must be ${inputSize} × ${inputSize}.` };
  }
  const kernel = kernelOfSize(kernelSize);
  const options = { stride, padding };
  const matrix = convMatrix(inputSize, inputSize, kernel, options);
  const pattern = convMatrix(
    inputSize,
    inputSize,
    kernel.map((row) => row.map(() => 1)),
    options,
  );
  const y = matVec(matrix, flatten(input));
  const back = matVec(transpose(matrix), y);
  const x = flatten(input);
  return {
    ok: true,
    kernel,
    input: input.map((row) => [...row]),
    matrix,
    pattern,
    outputSize: check.size,
    outputPadding: outputPaddingFor(axis),
    output: reshape(y, check.size, check.size),
    transposed: reshape(back, inputSize, inputSize),
    roundTripDifference: Math.max(...back.map((value, j) => Math.abs(value - x[j]))),
  };
}

/** (row, column) of entry `index` of a row-major flattening of a grid `width` wide. */
export function gridPosition(index: number, width: number): [number, number] {
  return [Math.floor(index / width), index % width];
}
