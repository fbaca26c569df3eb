/**
 * The maths behind the checkerboard widget, pure and DOM-free: stride-2 transposed convolutions stacked
 * `layers` deep on a constant input, with padding chosen so every layer exactly doubles the size, and the
 * numbers the widget reports — how many kernel taps land on each output cell, which cells the input's edge
 * does not reach (the interior), and how uneven the interior is (the checkerboard strength).
 */
import { bilinearKernel } from './bilinear';
import { createRandom } from '../random';
import { transposedConv2d } from './transposed';

export type KernelInit = 'bilinear' | 'random' | 'ones';
export const KERNEL_INITS: readonly KernelInit[] = ['bilinear', 'random', 'ones'];

export function isKernelInit(value: unknown): value is KernelInit {
  return value === 'bilinear' || value === 'random' || value === 'ones';
}

/** Every layer of the widget has stride 2. */
export const STRIDE = 2;

export interface DoublingPadding {
  padding: number;
  outputPadding: number;
}

/**
 * PyTorch padding p and output padding a that make o = (i−1)s − 2p + k + a equal 2i for s = 2:
 * 2p − a = k − 2, so p = ⌊(k−1)/2⌋ and a = k mod 2 (k = 4 → p = 1, a = 0; k = 3 → p = 1, a = 1).
 */
export function doublingPadding(kernelSize: number): DoublingPadding {
  if (!Number.isInteger(kernelSize) || kernelSize < 2) {
    throw new RangeError(`Kernel size must be a whole number ≥ 2 (got ${kernelSize}).`);
  }
  return { padding: Math.floor((kernelSize - 1) / 2), outputPadding: kernelSize % 2 };
}

/** The k×k kernel for an init: FCN's bilinear tent, seeded uniform numbers in [0, 1), or all ones. */
export function kernelFor(init: KernelInit, kernelSize: number, seed: number): number[][] {
  if (init === 'bilinear') return bilinearKernel(kernelSize);
  if (init === 'random') return createRandom(seed).grid(kernelSize, kernelSize, 0, 1);
  return Array.from({ length: kernelSize }, () => new Array<number>(kernelSize).fill(1));
}

/** An n×n grid of ones: the constant input whose output should stay flat. */
export function constantInput(size: number): number[][] {
  return Array.from({ length: size }, () => new Array<number>(size).fill(1));
}

/** The reference: `layers` stride-2 transposed convolutions by literal scatter-add (src/lib/conv/transposed.ts). */
export function stackedTransposed(input: number[][], kernel: number[][], layers: number): number[][] {
  const options = { stride: STRIDE, ...doublingPadding(kernel.length) };
  let output = input;
  for (let layer = 0; layer < layers; layer += 1) output = transposedConv2d(output, kernel, options);
  return output;
}

/**
 * How many kernel taps land on each cell of one layer's output along one axis, for an input of `size`
 * ones and a kernel of ones: the same transposed conv on a 1×size strip with a 1×k kernel.
 */
export function overlapCounts(kernelSize: number, size: number): number[] {
  const { padding, outputPadding } = doublingPadding(kernelSize);
  const strip = [new Array<number>(size).fill(1)];
  const ones = [new Array<number>(kernelSize).fill(1)];
  const [row] = transposedConv2d(strip, ones, {
    stride: [1, STRIDE],
    padding: [0, padding],
    outputPadding: [0, outputPadding],
  });
  return row;
}

/**
 * Along one axis, the cells whose value the input's edge does not change (they equal the value an endless
 * constant input would give): every tap that could land there comes from an input cell that exists and is
 * itself interior. Returned as the half-open range [start, end) of the final output.
 */
export function interiorRange(kernelSize: number, inputSize: number, layers: number): [number, number] {
  const { padding } = doublingPadding(kernelSize);
  let clean = new Array<boolean>(inputSize).fill(true);
  for (let layer = 0; layer < layers; layer += 1) {
    const previous = clean;
    clean = Array.from({ length: previous.length * STRIDE }, (_, x) => {
      for (let tap = 0; tap < kernelSize; tap += 1) {
        const shifted = x + padding - tap;
        if (shifted % STRIDE !== 0) continue;
        const source = shifted / STRIDE;
        if (source < 0 || source >= previous.length || !previous[source]) return false;
      }
      return true;
    });
  }
  const start = clean.indexOf(true);
  return start < 0 ? [0, 0] : [start, clean.lastIndexOf(true) + 1];
}

export interface CheckerStrength {
  /** σ / mean|v| over the interior; 0 means perfectly flat. NaN when the interior is empty or all zero. */
  strength: number;
  mean: number;
  std: number;
  /** Number of interior cells measured. */
  cells: number;
}

/** Relative spread of the interior square [start, end)² of a grid: population σ divided by mean |v|. */
export function checkerStrength(grid: number[][], [start, end]: [number, number]): CheckerStrength {
  const values = grid.slice(start, end).flatMap((row) => row.slice(start, end));
  const cells = values.length;
  if (cells === 0) return { strength: Number.NaN, mean: Number.NaN, std: Number.NaN, cells };
  const mean = values.reduce((sum, v) => sum + v, 0) / cells;
  const meanAbs = values.reduce((sum, v) => sum + Math.abs(v), 0) / cells;
  const std = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / cells);
  return { strength: meanAbs > 0 ? std / meanAbs : Number.NaN, mean, std, cells };
}

/**
 * The repeating tap-count pattern in the interior of one layer: one period of `overlapCounts` starting at
 * an interior cell (period s = 2), e.g. [1, 2] for k = 3 and [2, 2] for k = 4.
 */
export function overlapPattern(kernelSize: number, size: number): number[] {
  const counts = overlapCounts(kernelSize, size);
  const [start] = interiorRange(kernelSize, size, 1);
  return counts.slice(start, start + STRIDE);
}

/**
 * The four sums of kernel taps that share a (row mod s, column mod s) class. On a constant input every
 * interior cell of one layer's output receives exactly one class, so the interior repeats these values:
 * equal sums give a flat output, unequal ones a checkerboard (ones k = 3: 4, 2, 2, 1; bilinear k = 3: all 1).
 */
export function phaseSums(kernel: readonly (readonly number[])[]): number[][] {
  const sums = Array.from({ length: STRIDE }, () => new Array<number>(STRIDE).fill(0));
  kernel.forEach((row, ky) =>
    row.forEach((w, kx) => {
      sums[ky % STRIDE][kx % STRIDE] += w;
    }),
  );
  return sums;
}
