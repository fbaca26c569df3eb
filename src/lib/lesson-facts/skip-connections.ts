/**
 * The numbers the skip-connections lesson (content/lessons/<locale>/skip-connections.mdx) quotes, computed once for
 * every locale. Numbers and small data only: no sentences, no DOM, no tfjs.
 *
 * - the geometry of our heads (src/lib/fcn/layers.ts 'ours' design, src/lib/fcn/stages.ts): score_fr's grid for a
 *   test scene, the upsamplers' k/s/p, the crop at a 136 × 136 input;
 * - the paper's Table 2 (src/lib/fcn/paper-results.ts) and our shipped models' scores and pixel fates
 *   (public/models/evaluation.json, which changes when the models are retrained: read it from here, never type it);
 * - how much training each shipped model had (public/models/training-log.json), for the caveat under the results;
 * - how FCN is trained: the settings the paper prints (CVPR 2015, arXiv 1411.4038, §4.1–4.3) and the ones the
 *   reference implementation's files use (shelhamer/fcn.berkeleyvision.org: voc-fcn*\/net.py, solver.prototxt and
 *   README), as published numbers to compare with, not something this site computes.
 */
import evaluationJson from '../../../public/models/evaluation.json';
import trainingLogJson from '../../../public/models/training-log.json';
import { cropOffsets, fcnLayerSpecs, type DeconvSpec } from '../fcn/layers';
import { FCN_VARIANTS, type FcnVariant } from '../fcn/variants';
import { poolSizes, croppedCells, stagePanels } from '../fcn/stages';
import { PAPER_TABLE_2 } from '../fcn/paper-results';
import type { PixelFates } from '../metrics/pixel-fates';
import { shippedTraining, type PlanStage } from '../fcn/training-stages';

/** The stage view's input sizes (src/widgets/stage-view/StageView.astro): crops everywhere, none, at the joins. */
const STAGE_VIEW = { crops: 100, none: 128, joins: 136 } as const;
/** The input side of the lesson's crop example (an odd pool4 and pool3). */
const CROP_EXAMPLE = STAGE_VIEW.joins;

interface ModelScores {
  pixelAccuracy: number;
  meanIoU: number;
  boundaryAccuracy?: number;
  objectPixels?: PixelFates;
  confusion?: number[][];
  scenes?: number;
}

interface EvaluationFile {
  sceneSize: [number, number];
  boundaryRadius?: number;
  seeds: { from: number; to: number };
  models: Partial<Record<FcnVariant, ModelScores>>;
}

const evaluation = evaluationJson as unknown as EvaluationFile;
const stages = (trainingLogJson as unknown as { plan?: { stages?: PlanStage[] } }).plan?.stages ?? [];

/** The paper's printed training settings (§4.1–4.3), FCN-VGG16 unless said otherwise. */
export const PAPER_TRAINING = {
  /** SGD with momentum, minibatches of 20 whole images. */
  minibatchImages: 20,
  momentum: 0.9,
  /** Fixed learning rates chosen by line search. */
  learningRate: { alexnet: 1e-3, vgg16: 1e-4, googlenet: 5e-5 },
  /** Printed as "5^-4 or 2^-4"; the reference solvers use 0.0005. */
  weightDecay: [5e-4, 2e-4],
  /** Biases learn at twice the rate. */
  biasLearningRateFactor: 2,
  /** Each skip stage (FCN-16s from FCN-32s, FCN-8s from FCN-16s) lowers the learning rate by this factor. */
  skipStageLearningRateDivisor: 100,
  /** ImageNet's classes, the size of the fc8 that FCN drops; PASCAL VOC's 20 objects + background. */
  imagenetClasses: 1000,
  vocClasses: 21,
  /** Training images: PASCAL VOC 2011 segmentation train, and Hariharan et al.'s SBD labels used for Table 2. */
  trainImages: { voc2011: 1112, sbd: 8498 },
  /** The extra SBD data raised FCN-VGG16 by this many mean IU points. */
  sbdGain: 3.4,
  /** Validation images of VOC 2011 val that are not in SBD train. */
  validationImages: 736,
  /** Fine-tuning time on one GPU (NVIDIA Tesla K40c), in days. */
  days: { fcn32s: 3, eachUpgrade: 1 },
  /** Fine-tuning only the classifier reaches this share of full fine-tuning. */
  classifierOnlyShare: 0.7,
  /** Augmentation tried: mirroring and jittering by up to this many pixels, with no noticeable gain. */
  jitterPixels: 32,
} as const;

/** What the reference implementation's files use (voc-fcn32s/16s/8s and voc-fcn8s-atonce). */
export const REFERENCE_TRAINING = {
  /** One image per step (the data layer loads one image at a time), no gradient accumulation (iter_size 1). */
  batchImages: 1,
  momentum: 0.99,
  weightDecay: 5e-4,
  /** Fixed learning rates for the summed (not averaged) per-pixel loss. */
  learningRate: { fcn32s: 1e-10, fcn16s: 1e-12, fcn8s: 1e-14, fcn8sAtOnce: 1e-10 },
  iterations: { staged: 100_000, atOnce: 300_000 },
  ignoreLabel: 255,
  dropoutRate: 0.5,
  /** Bias learning-rate and weight-decay multipliers of every convolution (lr_mult 2, decay_mult 0). */
  bias: { learningRateFactor: 2, weightDecayFactor: 0 },
  /** The all-at-once FCN-8s scales pool4 and pool3 by these fixed factors before scoring them. */
  atOnceSkipScale: { pool4: 0.01, pool3: 0.0001 },
  /** README: mean IU on seg11valid of the released models. */
  meanIoU: { fcn32s: 63.6, fcn16s: 65.0, fcn8s: 65.5, fcn8sAtOnce: 65.4 },
  /** README: the high-momentum models gained about this many mean IU points over the original ones. */
  highMomentumGain: 5,
} as const;

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};

/** A small number in scientific notation with Unicode superscripts, the same in every language: 1e-10 → "10⁻¹⁰", 5e-4 → "5·10⁻⁴". */
export function sci(value: number): string {
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const mantissa = Math.round((value / 10 ** exponent) * 1000) / 1000;
  const power = `10${String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('')}`;
  return mantissa === 1 ? power : `${mantissa}·${power}`;
}

/** 1 / (1 − μ): how many recent steps momentum μ effectively averages over (the weights μ^k sum to it). */
export const momentumWindow = (momentum: number): number => Math.round(1 / (1 - momentum));

type Upsampler = Pick<DeconvSpec, 'kernelSize' | 'stride' | 'padding'>;

/** Our upsamplers (the 'ours' design: padded so each grows its input by exactly its stride). */
function upsamplers(): Record<'upscore' | 'upscore2' | 'upscore16' | 'upscore_pool4' | 'upscore8', Upsampler> {
  const all = FCN_VARIANTS.flatMap((v) => fcnLayerSpecs('ours', v)).filter((s): s is DeconvSpec => s.kind === 'deconv');
  const get = (name: string): Upsampler => {
    const spec = all.find((s) => s.name === name);
    if (!spec) throw new Error(`no upsampler ${name}`);
    return { kernelSize: spec.kernelSize, stride: spec.stride, padding: spec.padding };
  };
  return {
    upscore: get('upscore'),
    upscore2: get('upscore2'),
    upscore16: get('upscore16'),
    upscore_pool4: get('upscore_pool4'),
    upscore8: get('upscore8'),
  };
}

function cropExample() {
  const panels = stagePanels('fcn16s', CROP_EXAMPLE, CROP_EXAMPLE);
  const upscore2 = panels.find((p) => p.name === 'upscore2');
  if (!upscore2) throw new Error('FCN-16s has no upscore2 panel');
  const pools = poolSizes(CROP_EXAMPLE, CROP_EXAMPLE);
  const [rows, columns] = croppedCells(upscore2);
  return {
    side: CROP_EXAMPLE,
    pool3: pools[2][0],
    pool4: pools[3][0],
    pool5: pools[4][0],
    upscore2: upscore2.size[0],
    kept: upscore2.kept[0],
    droppedRows: rows,
    droppedColumns: columns,
  };
}

/** FCN-8s's maps that a crop trims at a side of `side` (the stage view's sizes), with their size and what is kept. */
function trimmedMaps(side: number) {
  return stagePanels('fcn8s', side, side)
    .filter((p) => croppedCells(p)[0] > 0)
    .map((p) => ({ name: p.name, size: p.size[0], kept: p.kept[0] }));
}

const points = (a: number, b: number): number => Math.round((b - a) * 1000) / 10;

function ours() {
  const models = evaluation.models;
  const [m32, m16, m8] = FCN_VARIANTS.map((v) => models[v]);
  if (!m32 || !m16 || !m8) return null;
  const scores = (m: ModelScores) => ({
    pixelAccuracy: m.pixelAccuracy,
    meanIoU: m.meanIoU,
    boundaryAccuracy: m.boundaryAccuracy ?? null,
    fates: m.objectPixels ?? null,
  });
  const fates32 = m32.objectPixels;
  const fates8 = m8.objectPixels;
  return {
    scenes: m8.scenes ?? evaluation.seeds.to - evaluation.seeds.from,
    boundaryRadius: evaluation.boundaryRadius ?? null,
    models: { fcn32s: scores(m32), fcn16s: scores(m16), fcn8s: scores(m8) },
    /** Mean IoU and boundary accuracy gained per step, in percentage points. */
    gains: {
      meanIoU: { to16s: points(m32.meanIoU, m16.meanIoU), to8s: points(m16.meanIoU, m8.meanIoU) },
      boundary:
        m32.boundaryAccuracy !== undefined && m8.boundaryAccuracy !== undefined
          ? points(m32.boundaryAccuracy, m8.boundaryAccuracy)
          : null,
    },
    /** True when FCN-32s → 8s cuts "missed" object pixels by more than it moves "misnamed" ones: the skips fix where. */
    fixesWhere:
      fates32 && fates8 ? fates32.missed - fates8.missed > Math.abs(fates32.wrongClass - fates8.wrongClass) : null,
  };
}

function training() {
  if (stages.length === 0) return null;
  const shipped = shippedTraining(stages);
  const steps = Object.fromEntries(FCN_VARIANTS.map((v) => [v, shipped[v]?.steps ?? 0])) as Record<FcnVariant, number>;
  return { steps, unequal: new Set(Object.values(steps)).size > 1 };
}

const table2 = PAPER_TABLE_2;
const caffeOffsets = cropOffsets('caffe', 'fcn8s');
const caffeConv11 = fcnLayerSpecs('caffe', 'fcn8s').find((s) => s.name === 'conv1_1');
const ups = upsamplers();

export const facts = {
  sceneSide: evaluation.sceneSize[0],
  /** score_fr's grid for one test scene, and the pixels each cell stands for. */
  scoreGrid: poolSizes(evaluation.sceneSize[0], evaluation.sceneSize[1])[4][0],
  cellPixels: ups.upscore.stride,
  upsamplers: ups,
  /** Of every `stride` output pixels along a side, the final upsampling interpolates all but one. */
  interpolated: { fcn32s: ups.upscore.stride - 1, fcn8s: ups.upscore8.stride - 1 },
  crop: cropExample(),
  /** The reference (Caffe) design for comparison: its input border and its two skip-crop offsets. */
  caffe: {
    border: caffeConv11 && caffeConv11.kind === 'conv' ? caffeConv11.padding : 0,
    pool4Offset: caffeOffsets.score_pool4c,
    pool3Offset: caffeOffsets.score_pool3c,
  },
  stageView: STAGE_VIEW,
  /** The stage view's three sizes: which FCN-8s maps lose cells to a crop. */
  trimmed: {
    crops: trimmedMaps(STAGE_VIEW.crops),
    none: trimmedMaps(STAGE_VIEW.none),
    joins: trimmedMaps(STAGE_VIEW.joins),
  },
  paper: {
    meanIoU: { fcn32s: table2.fcn32s.meanIoU, fcn16s: table2.fcn16s.meanIoU, fcn8s: table2.fcn8s.meanIoU },
    gains: {
      to16s: Math.round((table2.fcn16s.meanIoU - table2.fcn32s.meanIoU) * 10) / 10,
      to8s: Math.round((table2.fcn8s.meanIoU - table2.fcn16s.meanIoU) * 10) / 10,
    },
  },
  ours: ours(),
  training: training(),
  paperTraining: PAPER_TRAINING,
  reference: REFERENCE_TRAINING,
  /** The reference's learning rate falls by this factor from FCN-32s to 16s and from 16s to 8s. */
  referenceStageDivisor: Math.round(REFERENCE_TRAINING.learningRate.fcn32s / REFERENCE_TRAINING.learningRate.fcn16s),
  momentumWindow: {
    paper: momentumWindow(PAPER_TRAINING.momentum),
    reference: momentumWindow(REFERENCE_TRAINING.momentum),
  },
  /** Mean IU of the all-at-once FCN-8s minus the staged one (README, seg11valid). */
  atOnceDifference: Math.round((REFERENCE_TRAINING.meanIoU.fcn8sAtOnce - REFERENCE_TRAINING.meanIoU.fcn8s) * 10) / 10,
};

export type SkipFacts = typeof facts;

export { pct } from './index';
