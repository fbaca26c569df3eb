/**
 * The numbers the transposed-convolution lesson (content/lessons/<locale>/transposed-convolution.mdx) quotes,
 * computed once so that every locale shows the same ones. Numbers and small data only: no sentences, no DOM,
 * no tfjs.
 *
 * - where FCN needs upsampling: the reference (Caffe) FCN on a 500×500 image, and its transposed layers;
 * - stamping: a 1-D example at stride 1 and 2, and the stepper's 2-D example with the cell every stamp hits;
 * - sizes: the two ways to a 5×5 output, padding as a crop, output padding choosing among shared sizes;
 * - the matrix view: C, y = Cx, Cᵀy and CᵀC for a 1-D example, and the same result by zero insertion;
 * - FCN's bilinear kernel for the ×2 layers and how its taps share out under stride 2;
 * - overlap counts (interior and border, along a row and in 2-D) and checkerboard strengths for the widget's
 *   stride-2 layers (./transposed-checkerboard.ts).
 */
import { convInputSizesFor, convOutputSize, transposedConvOutputSize } from '../conv/arithmetic';
import { bilinearTent } from '../conv/bilinear';
import { STRIDE } from '../conv/checkerboard';
import { checkerboard } from './transposed-checkerboard';
import { fcnLayout } from '../fcn/geometry';
import { fcnLayerSpecs } from '../fcn/layers';
import { FCN_VARIANTS, type FcnVariant } from '../fcn/variants';
import { matMul, transpose, type Matrix } from '../grid/matrix';
import { contributionsPerCell, conv2d, convMatrix, transposedConv2d } from '../conv/transposed';

/** PASCAL VOC labels 20 object classes plus background: FCN's score maps have one channel per class. */
const VOC_OBJECT_CLASSES = 20;
/** The side of the example image (the size the reference's pad 100 is built for). */
const IMAGE = 500;

export interface UpsamplingLayer {
  variant: FcnVariant;
  name: string;
  kernelSize: number;
  stride: number;
  padding: number;
  /** Side of the map going in and coming out, for the 500×500 image. */
  from: number;
  to: number;
}

function layoutOf(variant: FcnVariant) {
  return fcnLayout({ variant, height: IMAGE, width: IMAGE, design: 'caffe' });
}

function sideOf(variant: FcnVariant, name: string): number {
  const layer = layoutOf(variant).layers.find((l) => l.name === name);
  if (!layer) throw new Error(`${variant} has no layer ${name}`);
  return layer.height;
}

function upsamplingLayers(): UpsamplingLayer[] {
  return FCN_VARIANTS.flatMap((variant) =>
    fcnLayerSpecs('caffe', variant).flatMap((spec) =>
      spec.kind === 'deconv'
        ? [
            {
              variant,
              name: spec.name,
              kernelSize: spec.kernelSize,
              stride: spec.stride,
              padding: spec.padding,
              from: sideOf(variant, spec.input),
              to: sideOf(variant, spec.name),
            },
          ]
        : [],
    ),
  );
}

function fcn32() {
  const crop = layoutOf('fcn32s').crops.find((c) => c.name === 'score');
  if (!crop) throw new Error('fcn32s has no final crop');
  const scoreFr = layoutOf('fcn32s').layers.find((l) => l.name === 'score_fr');
  return {
    image: IMAGE,
    pool5: sideOf('fcn32s', 'pool5'),
    fc6: sideOf('fcn32s', 'fc6'),
    scoreFr: sideOf('fcn32s', 'score_fr'),
    /** Image pixels per score cell. */
    scoreStride: scoreFr?.scale ?? Number.NaN,
    upscore: sideOf('fcn32s', 'upscore'),
    cropOffset: crop.offset,
    classes: VOC_OBJECT_CLASSES + 1,
  };
}

/** The 1-D stamping example: two inputs, a three-tap kernel, at stride 1 and stride 2. */
function oneD() {
  const input = [2, 5];
  const kernel = [1, 2, 1];
  const row = (stride: number): number[] => transposedConv2d([input], [kernel], { stride: [1, stride] })[0];
  return {
    input,
    kernel,
    stamps: input.map((v) => kernel.map((w) => v * w)),
    stride1: row(1),
    stride2: row(2),
  };
}

/** The stepper's starting example and the canvas cell that all four stamps reach. */
function stepper() {
  const input: Matrix = [
    [2, 5],
    [1, 3],
  ];
  const kernel: Matrix = [
    [1, 2, 1],
    [2, 4, 2],
    [1, 2, 1],
  ];
  const options = { stride: 2, padding: 0, outputPadding: 0 };
  const output = transposedConv2d(input, kernel, options);
  const terms = contributionsPerCell(input, kernel, options);
  const cells = terms.flatMap((row, r) => row.map((t, c) => ({ row: r, col: c, terms: t })));
  const most = Math.max(...cells.map((cell) => cell.terms.length));
  const shared = cells.filter((cell) => cell.terms.length === most);
  if (shared.length !== 1) throw new Error('the stepper example should have one cell that every stamp hits');
  const [cell] = shared;
  /** Stamps per canvas cell, by kind of cell: corners, edge middles, centre. */
  const counts = terms.map((row) => row.map((t) => t.length));
  return {
    input,
    kernel,
    ...options,
    outputSize: output.length,
    steps: input.length * input[0].length,
    busiest: { row: cell.row, col: cell.col, terms: cell.terms, value: output[cell.row][cell.col] },
    stampCounts: [...new Set(counts.flat())].sort((a, b) => a - b),
  };
}

/** Sizes: two ways to 5×5 with a 3×3 kernel; padding crops; output padding picks among shared sizes. */
function sizes() {
  const kernelSize = 3;
  return {
    fiveByFive: {
      kernelSize,
      viaStride2: { size: 2, stride: 2, output: transposedConvOutputSize({ size: 2, kernelSize, stride: 2 }) },
      viaStride1: { size: 3, stride: 1, output: transposedConvOutputSize({ size: 3, kernelSize, stride: 1 }) },
    },
    crop: {
      size: 16,
      kernelSize: 4,
      stride: 2,
      padding: 1,
      uncropped: transposedConvOutputSize({ size: 16, kernelSize: 4, stride: 2 }),
      cropped: transposedConvOutputSize({ size: 16, kernelSize: 4, stride: 2, padding: 1 }),
    },
    outputPadding: {
      size: 5,
      kernelSize: 3,
      stride: 2,
      padding: 1,
      /** Forward sizes that a k3 s2 p1 convolution maps to 5. */
      shared: convInputSizesFor({ outputSize: 5, kernelSize: 3, stride: 2, padding: 1 }),
      back: transposedConvOutputSize({ size: 5, kernelSize: 3, stride: 2, padding: 1 }),
      /** The output padding that picks the larger size. */
      a: 1,
      backPadded: transposedConvOutputSize({ size: 5, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1 }),
    },
  };
}

/** C for a 4-cell input and kernel [1, 2, 1]; y = Cx; Cᵀy; CᵀC; and Cᵀy again by zero insertion. */
function matrix() {
  const kernel = [[1, 2, 1]];
  const x = [1, 0, 2, 1];
  const C = convMatrix(1, x.length, kernel);
  const y = conv2d([x], kernel)[0];
  const back = transposedConv2d([y], kernel)[0];
  return {
    kernel: kernel[0],
    x,
    C,
    y,
    outputSize: convOutputSize({ size: x.length, kernelSize: kernel[0].length }),
    back,
    CtC: matMul(transpose(C), C),
  };
}

/**
 * The zero-insertion route for the 1-D stamping example at stride 2: s − 1 zeros between the inputs, k − 1 zeros
 * at each end (d(k − 1) − p with d = 1, p = 0), then a stride-1 convolution with the kernel reversed.
 */
function zeroInsertion() {
  const { input, kernel } = oneD();
  const stride = 2;
  const between = input.flatMap((v, i) => (i === 0 ? [v] : [...new Array<number>(stride - 1).fill(0), v]));
  const pad = kernel.length - 1;
  const padded = [...new Array<number>(pad).fill(0), ...between, ...new Array<number>(pad).fill(0)];
  const flipped = [...kernel].reverse();
  return { stride, zeros: stride - 1, pad, padded, flipped, result: conv2d([padded], [flipped])[0] };
}

/** FCN's ×2 kernel (K = 4) as a tent, and what its taps add up to on the two kinds of output cell. */
function bilinear() {
  const size = 4;
  const tent = bilinearTent(size);
  const phase = [0, 1].map((p) => tent.filter((_, i) => i % STRIDE === p).reduce((a, b) => a + b, 0));
  return { size, tent, factor: Math.ceil(size / 2), centre: Math.ceil(size / 2) - 0.5, phaseSums: phase };
}

/**
 * The 2-D matrix view's starting sizes (passed to the widget as props) and how many outputs an input cell feeds:
 * the non-zero entries in its column of C, for the centre cell and for a corner.
 */
function matrixView() {
  const i = 3;
  const k = 2;
  const C = convMatrix(
    i,
    i,
    Array.from({ length: k }, () => new Array<number>(k).fill(1)),
  );
  const feeds = (row: number, col: number): number => C.filter((r) => r[row * i + col] !== 0).length;
  return {
    i,
    k,
    s: 1,
    p: 0,
    outputs: C.length,
    centre: { row: 1, col: 1, feeds: feeds(1, 1) },
    corner: { row: 0, col: 0, feeds: feeds(0, 0) },
  };
}

/** Check-yourself answers. */
function quiz() {
  return {
    doubled: {
      size: 7,
      kernelSize: 4,
      stride: 2,
      padding: 1,
      output: transposedConvOutputSize({ size: 7, kernelSize: 4, stride: 2, padding: 1 }),
    },
    forward: {
      size: 10,
      kernelSize: 3,
      stride: 2,
      padding: 1,
      output: convOutputSize({ size: 10, kernelSize: 3, stride: 2, padding: 1 }),
    },
  };
}

export const facts = {
  fcn: fcn32(),
  upsamplingLayers: upsamplingLayers(),
  /** The different strides of FCN's upsampling layers, ascending. */
  upsamplingStrides: [...new Set(upsamplingLayers().map((l) => l.stride))].sort((a, b) => a - b),
  oneD: oneD(),
  stepper: stepper(),
  sizes: sizes(),
  matrix: matrix(),
  matrixView: matrixView(),
  zeroInsertion: zeroInsertion(),
  bilinear: bilinear(),
  checkerboard: checkerboard(),
  quiz: quiz(),
};

export type TransposedConvolutionFacts = typeof facts;

/** A list of numbers as the lessons print them: "2, 9, 12, 5" (at most `digits` decimals, no trailing zeros). */
export const list = (values: readonly number[], digits = 4): string =>
  values.map((v) => String(Number(v.toFixed(digits)))).join(', ');
