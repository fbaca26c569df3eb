/**
 * The numbers the pad-100-and-crop lesson (content/lessons/<locale>/pad-100-and-crop.mdx) quotes, computed once
 * for every locale. Numbers and small data only: no sentences, no DOM, no tfjs.
 *
 * - why fc6 is a 7×7 convolution and what it does to sizes (VGG16 at 224×224, a plainly padded port at 500×500);
 * - the reference (Caffe) design: pad 100, ceil pools, the sizes for 500×500, the crop offsets 19, 5, 27, 9, 31 and
 *   what they become without the border;
 * - how different frameworks round a 2×2/2 max-pool (Caffe, PyTorch, TensorFlow/tfjs 'VALID' and 'SAME');
 * - what happens with floor pools, with top-left and centred crops, and in the simple port and our own design.
 * Everything comes from src/lib (fcn/layers.ts, fcn/geometry.ts, fcn/size-facts.ts, conv/arithmetic.ts).
 */
import { convOutputSize, transposedConvOutputSize } from '../conv/arithmetic';
import { checkPool } from '../conv/pool';
import type { FcnLayout } from '../fcn/geometry';
import {
  cropOffsets,
  fcnLayerSpecs,
  type ConvSpec,
  type DeconvSpec,
  type FcnDesign,
  type PoolRounding,
} from '../fcn/layers';
import { FCN_VARIANTS, type FcnVariant } from '../fcn/variants';
import {
  centredCropShift,
  cropOffsetsWithBorder,
  failingSizes,
  sizeOf,
  smallestBorderForOnePixel,
  smallestInputFor,
  traceSquare,
} from '../fcn/size-facts';

/** VGG16's pool5 has 512 channels; its fc6 flattens all of them. */
const POOL5_CHANNELS = 512;
/** The input side VGG16 was trained on, and the example sides the lesson follows. */
const VGG_INPUT = 224;
const EXAMPLE = 500;
const MULTIPLE_OF_32 = 512;
/** The range of square input sides the lesson counts failures over. */
const MAX_SIDE = 1024;

const conv = (design: FcnDesign, name: string, variant: FcnVariant = 'fcn8s'): ConvSpec => {
  const spec = fcnLayerSpecs(design, variant).find((s) => s.name === name);
  if (!spec || spec.kind !== 'conv') throw new Error(`${design} has no conv ${name}`);
  return spec;
};

export interface DeconvParams {
  name: string;
  kernelSize: number;
  stride: number;
  padding: number;
}

/** Every transposed convolution of a design (FCN-32s, 16s and 8s together), each once. */
function deconvs(design: FcnDesign): DeconvParams[] {
  const all = FCN_VARIANTS.flatMap((variant) => fcnLayerSpecs(design, variant)).filter(
    (s): s is DeconvSpec => s.kind === 'deconv',
  );
  return all
    .filter((s, i) => all.findIndex((t) => t.name === s.name) === i)
    .map(({ name, kernelSize, stride, padding }) => ({ name, kernelSize, stride, padding }));
}

/** Sizes of the named layers of one layout (0 when never reached). */
const sizes = <K extends string>(layout: FcnLayout, names: readonly K[]): Record<K, number> =>
  Object.fromEntries(names.map((name) => [name, sizeOf(layout, name)])) as Record<K, number>;

const POOLS = ['pool1', 'pool2', 'pool3', 'pool4', 'pool5'] as const;

/** A Caffe FCN-32s trace summed up: the sizes on the way, whether it fits, and the first layer with no pixels. */
function caffe32(side: number, rounding: PoolRounding = 'ceil') {
  const layout = traceSquare('fcn32s', 'caffe', side, rounding);
  const emptyLayer = layout.layers.find((l) => l.height <= 0)?.name ?? null;
  const before = emptyLayer ? layout.layers[layout.layers.findIndex((l) => l.name === emptyLayer) - 1] : undefined;
  return {
    side,
    ...sizes(layout, ['conv1_1', ...POOLS, 'fc6', 'upscore'] as const),
    ok: layout.ok,
    /** The layer that ran out of pixels (null when none did), and the size of the map it was given. */
    emptyLayer,
    emptyInput: before?.height ?? null,
    /** Rows the final crop needs: its offset plus the image side. */
    rowsNeeded: cropOffsets('caffe', 'fcn32s').score + side,
  };
}

/** Caffe FCN-8s with floor pools: the final upsampling's size, the rows the final crop needs, and whether it fits. */
function caffe8(side: number, rounding: PoolRounding) {
  const layout = traceSquare('fcn8s', 'caffe', side, rounding);
  return {
    side,
    upscore8: sizeOf(layout, 'upscore8'),
    rowsNeeded: cropOffsets('caffe', 'fcn8s').score + side,
    ok: layout.ok,
  };
}

/**
 * How one framework setting sizes a 2×2, stride-2 max-pool with no padding: Caffe always rounds up; PyTorch rounds
 * down unless ceil_mode=True; TensorFlow and tfjs round down with padding 'VALID' and give ⌈i/s⌉ with 'SAME' (the
 * missing row or column is padded at the end).
 */
export type PoolSetting = 'caffe' | 'pytorch' | 'pytorchCeil' | 'tfValid' | 'tfSame';
export const POOL_SETTINGS: readonly PoolSetting[] = ['caffe', 'pytorch', 'pytorchCeil', 'tfValid', 'tfSame'];

/** Output side of a 2×2/2 pool under `setting` for an input side `i`. */
export function pooledSide(setting: PoolSetting, i: number): number {
  if (setting === 'tfSame') return Math.ceil(i / 2);
  const ceil = setting === 'caffe' || setting === 'pytorchCeil';
  const check = checkPool({ size: i, kernelSize: 2, stride: 2, ceil });
  return check.ok ? check.size : 0;
}

/** The rounding table: per setting, whether it rounds up, what it makes of an odd side, and pool5 for 500×500. */
function roundingTable() {
  const conv1 = convOutputSize({ size: EXAMPLE, kernelSize: 3, padding: conv('caffe', 'conv1_1').padding });
  const odd = pooledSide('caffe', conv1); // pool1's output, the first odd side on the way (349)
  const row = (setting: PoolSetting) => {
    let side = conv1;
    for (let k = 0; k < POOLS.length; k++) side = pooledSide(setting, side);
    return {
      roundsUp: pooledSide(setting, odd) > odd / 2,
      oddInput: odd,
      oddOutput: pooledSide(setting, odd),
      pool5: side,
    };
  };
  return Object.fromEntries(POOL_SETTINGS.map((setting) => [setting, row(setting)])) as Record<
    PoolSetting,
    ReturnType<typeof row>
  >;
}

const conv11 = conv('caffe', 'conv1_1');
const fc6 = conv('caffe', 'fc6');
const upscore = fcnLayerSpecs('caffe', 'fcn32s').find(
  (s): s is DeconvSpec => s.kind === 'deconv' && s.name === 'upscore',
);
if (!upscore) throw new Error('caffe FCN-32s has no upscore');

const vgg = traceSquare('fcn32s', 'seed', VGG_INPUT);
const plain = traceSquare('fcn32s', 'seed', EXAMPLE);
const caffe500 = caffe32(EXAMPLE);
const caffe500Layout = traceSquare('fcn32s', 'caffe', EXAMPLE);
const offsets = {
  fcn32s: cropOffsets('caffe', 'fcn32s') as { score: number },
  fcn16s: cropOffsets('caffe', 'fcn16s') as { score_pool4c: number; score: number },
  fcn8s: cropOffsets('caffe', 'fcn8s') as { score_pool4c: number; score_pool3c: number; score: number },
};
const pool4Scale = traceSquare('fcn16s', 'caffe', EXAMPLE).layers.find((l) => l.name === 'score_pool4')?.scale ?? 0;
const ours500 = traceSquare('fcn8s', 'ours', EXAMPLE);
const ours512 = traceSquare('fcn8s', 'ours', MULTIPLE_OF_32);

export const facts = {
  example: EXAMPLE,
  multipleOf32: MULTIPLE_OF_32,
  maxSide: MAX_SIDE,
  conv1_1: {
    kernelSize: conv11.kernelSize,
    padding: conv11.padding,
    /** Pixel 0 of conv1_1 sits this far outside the image. */ outside: conv11.padding - (conv11.kernelSize - 1) / 2,
  },
  fc6: {
    kernelSize: fc6.kernelSize,
    outChannels: fc6.outChannels as number,
    inChannels: POOL5_CHANNELS,
    /** Inputs of the fully connected fc6: pool5 flattened, 7 × 7 × 512. */
    inputs: fc6.kernelSize * fc6.kernelSize * POOL5_CHANNELS,
    weights: fc6.kernelSize * fc6.kernelSize * POOL5_CHANNELS * (fc6.outChannels as number),
    /** A k×k convolution without padding makes a map this much smaller. */
    shrink: fc6.kernelSize - 1,
  },
  vgg: {
    side: VGG_INPUT,
    pool5: sizeOf(vgg, 'pool5'),
    fc6: convOutputSize({ size: sizeOf(vgg, 'pool5'), kernelSize: fc6.kernelSize }),
  },
  /** Every 3×3 convolution padded by 1 and fc6 as VGG's 7×7 without padding, at 500×500. */
  plain: {
    pool5: sizeOf(plain, 'pool5'),
    fc6: convOutputSize({ size: sizeOf(plain, 'pool5'), kernelSize: fc6.kernelSize }),
    /** The smallest image side for which pool5 still has fc6's 7 cells. */
    smallestSide: smallestInputFor('seed', 'pool5', fc6.kernelSize) ?? 0,
  },
  border: {
    /** Caffe design, a 1×1 image. */
    onePixel: {
      pool5: sizeOf(traceSquare('fcn32s', 'caffe', 1), 'pool5'),
      fc6: sizeOf(traceSquare('fcn32s', 'caffe', 1), 'fc6'),
    },
    /** The smallest conv1_1 padding that still lets a 1×1 image reach fc6. */
    smallestForOnePixel: smallestBorderForOnePixel(fc6.kernelSize) ?? 0,
  },
  caffe500,
  upscore: { kernelSize: upscore.kernelSize, stride: upscore.stride, padding: upscore.padding },
  /** (fc6 − 1)·s + k, the transposed convolution's size formula without padding, for 500×500. */
  upscoreSize: transposedConvOutputSize({ size: caffe500.fc6, kernelSize: upscore.kernelSize, stride: upscore.stride }),
  /** Image coordinate of upscore's pixel 0 for the Caffe FCN-32s. */
  upscoreOffset: caffe500Layout.layers.find((l) => l.name === 'upscore')?.offset ?? 0,
  offsets,
  /** The crop offsets if conv1_1 padded by 0 instead of 100: the final ones are P + these. */
  offsetsWithoutBorder: {
    fcn32s: cropOffsetsWithBorder('fcn32s', 0) as { score: number },
    fcn16s: cropOffsetsWithBorder('fcn16s', 0) as { score_pool4c: number; score: number },
    fcn8s: cropOffsetsWithBorder('fcn8s', 0) as { score_pool4c: number; score_pool3c: number; score: number },
  },
  /** Input pixels per pixel of score_pool4, and how far skipping its crop offset moves pool4's scores. */
  pool4Scale,
  pool4Misplaced: offsets.fcn16s.score_pool4c * pool4Scale,
  /** Where a centred crop starts for the Caffe FCN-32s, and how far it moves the labels (negative: up and left). */
  centred: {
    example: {
      upscore: caffe500.upscore,
      start: Math.floor((caffe500.upscore - EXAMPLE) / 2),
      shift: centredCropShift(EXAMPLE),
    },
    multipleOf32: {
      upscore: caffe32(MULTIPLE_OF_32).upscore,
      start: Math.floor((caffe32(MULTIPLE_OF_32).upscore - MULTIPLE_OF_32) / 2),
      shift: centredCropShift(MULTIPLE_OF_32),
    },
  },
  rounding: roundingTable(),
  floor: {
    example: caffe32(EXAMPLE, 'floor'),
    multipleOf32: caffe32(MULTIPLE_OF_32, 'floor'),
    onePixel: caffe32(1, 'floor'),
    /** FCN-8s at 500×500 with floor pools (it still fits, where FCN-32s does not). */
    fcn8sExample: caffe8(EXAMPLE, 'floor'),
  },
  /** Square sides 1…1024 for which at least one of FCN-32s/16s/8s fails. */
  failing: {
    caffeCeil: failingSizes('caffe', 'ceil', MAX_SIDE).length,
    caffeFloor: failingSizes('caffe', 'floor', MAX_SIDE).length,
    oursCeil: failingSizes('ours', 'ceil', MAX_SIDE).length,
  },
  /** The simple PyTorch port: every conv padded by 1, fc6/fc7 1×1, padded transposed convolutions, no final crop. */
  port: {
    deconvs: deconvs('seed'),
    fc6KernelSize: conv('seed', 'fc6').kernelSize,
    offsets: cropOffsets('seed', 'fcn8s'),
    fcn32s: sizeOf(traceSquare('fcn32s', 'seed', EXAMPLE), 'upscore'),
    fcn16s: sizeOf(traceSquare('fcn16s', 'seed', EXAMPLE), 'upscore16'),
  },
  ours: {
    conv1_1Padding: conv('ours', 'conv1_1').padding,
    fc6: { kernelSize: conv('ours', 'fc6').kernelSize, padding: conv('ours', 'fc6').padding },
    deconvs: deconvs('ours'),
    offsets: cropOffsets('ours', 'fcn8s'),
    /** FCN-8s at 512×512: every crop removes nothing. */
    exactAt512: ours512.crops.every((c) => c.exact),
    /** FCN-8s at 500×500: the crops that trim, with the sizes before and after. */
    trimsAt500: ours500.crops
      .filter((c) => !c.exact)
      .map((c) => ({
        name: c.name,
        from: sizeOf(ours500, c.input),
        to: c.reference === 'data' ? EXAMPLE : sizeOf(ours500, c.reference),
      })),
  },
  /** The Check-yourself example: Caffe FCN-32s at 224×224. */
  check224: caffe32(VGG_INPUT),
};

export type PadFacts = typeof facts;
