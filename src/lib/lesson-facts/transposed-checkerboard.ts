/**
 * The checkerboard part of the transposed-convolution lesson's numbers (./transposed-convolution.ts): how many
 * stamps of a stride-2 transposed convolution land on each output cell (interior and border, along a row and in
 * 2-D), and which kernel sizes give a flat output from a constant input, for the checkerboard widget's layers.
 */
import { bilinearKernel, bilinearTent } from '../conv/bilinear';
import {
  checkerStrength,
  constantInput,
  doublingPadding,
  interiorRange,
  kernelFor,
  overlapCounts,
  phaseSums,
  stackedTransposed,
  STRIDE,
} from '../conv/checkerboard';

/** Along one axis and in 2-D: how many stamps land on a border cell and on an interior cell. */
function coverage(kernelSize: number, inputSize: number) {
  const row = overlapCounts(kernelSize, inputSize);
  const [start, end] = interiorRange(kernelSize, inputSize, 1);
  const interior = row.slice(start, end);
  const outer = [...row.slice(0, start), ...row.slice(end)];
  return {
    kernelSize,
    inputSize,
    ...doublingPadding(kernelSize),
    outputSize: row.length,
    row,
    /** Distinct counts inside, and on the cells outside the interior. */
    interior: [...new Set(interior)].sort((a, b) => a - b),
    border: [...new Set(outer)].sort((a, b) => a - b),
    /** In 2-D a cell gets (row count) × (column count) stamps. */
    interior2d: [...new Set(interior.flatMap((a) => interior.map((b) => a * b)))].sort((a, b) => a - b),
    corner2d: row[0] * row[0],
    edge2d: row[0] * (interior[0] ?? Number.NaN),
  };
}

/** The checkerboard widget's strength (σ / mean over the interior) for one init and kernel size, one layer. */
function strength(init: 'bilinear' | 'ones', kernelSize: number, inputSize: number): number {
  const output = stackedTransposed(constantInput(inputSize), kernelFor(init, kernelSize, 1), 1);
  return checkerStrength(output, interiorRange(kernelSize, inputSize, 1)).strength;
}

export function checkerboard() {
  /** The widget's constant input is 4×4 (src/widgets/checkerboard/panel-text.ts). */
  const inputSize = 4;
  const kernelSizes = [2, 3, 4, 5, 6];
  const flatFor = (init: 'bilinear' | 'ones') => kernelSizes.filter((k) => strength(init, k, inputSize) < 1e-12);
  return {
    stride: STRIDE,
    inputSize,
    uneven: coverage(3, inputSize),
    even: coverage(4, inputSize),
    kernelSizes,
    flatOnes: flatFor('ones'),
    flatBilinear: flatFor('bilinear'),
    bilinear3: { tent: bilinearTent(3), phaseSums: phaseSums(bilinearKernel(3)).flat() },
    bilinear5: { kernelSize: 5, tent: bilinearTent(5), phaseSums: phaseSums(bilinearKernel(5)).flat() },
    ones3: { phaseSums: phaseSums(kernelFor('ones', 3, 1)).flat() },
  };
}
