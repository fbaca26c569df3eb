/**
 * The numbers the metrics lesson (content/lessons/<locale>/metrics.mdx) quotes, computed once for every locale.
 * Numbers and small data only: no sentences, no DOM, no tfjs.
 *
 * - the playground's presets (src/lib/metrics/presets.ts) scored with src/lib/metrics/scores.ts;
 * - the playground's three-image dataset scored two ways: one summed confusion matrix (the reference's score.py)
 *   and the average of per-image scores;
 * - the check-yourself examples;
 * - the paper's Table 2 and our shipped models' scores (public/models/evaluation.json, which changes when the
 *   models are retrained: read it from here, never type it).
 */
import { confusionMatrix, segmentationScores, type ConfusionMatrix, type SegmentationScores } from '../metrics/scores';
import {
  BACKGROUND,
  CLASS_NAMES,
  GRID_SIZE,
  PLAYGROUND_CLASS_COUNT,
  companionImages,
  presetPair,
  sceneTruth,
  type PresetName,
} from '../metrics/presets';
import { compareProtocols } from '../metrics/protocols';
import { PAPER_TABLE_2 } from '../fcn/paper-results';
import { FCN_VARIANTS, type FcnVariant } from '../fcn/variants';
import { facts as pipeline } from './index';
import evaluationJson from '../../../public/models/evaluation.json';

interface ModelScores {
  pixelAccuracy: number;
  meanAccuracy: number;
  meanIoU: number;
  frequencyWeightedIoU: number;
  boundaryAccuracy?: number;
  confusion: number[][];
  scenes: number;
}

interface EvaluationFile {
  boundaryRadius: number;
  classes: string[];
  models: Partial<Record<FcnVariant, ModelScores>>;
}

const evaluation = evaluationJson as unknown as EvaluationFile;

const scoresOf = (name: PresetName): SegmentationScores => {
  const { truth, prediction } = presetPair(name);
  return segmentationScores(confusionMatrix(truth, prediction, PLAYGROUND_CLASS_COUNT));
};

const counted = (confusion: ConfusionMatrix): number => confusion.flat().reduce((s, v) => s + v, 0);

/** The playground's dataset: the preset as "your painting", then the tiny missed plant and the empty scene. */
function datasetWith(name: PresetName) {
  const images = [presetPair(name), ...companionImages().map((c) => c.pair)];
  const comparison = compareProtocols(images, PLAYGROUND_CLASS_COUNT);
  return {
    /** Mean IoU of each image on its own, in the playground's table order. */
    perImageMeanIoU: comparison.perImage.map((image) => image.scores.meanIoU),
    /** Their plain average (one image, one vote). */
    averagedMeanIoU: comparison.averaged.meanIoU,
    /** Mean IoU of the one summed matrix (score.py). */
    summedMeanIoU: comparison.accumulated.meanIoU,
    /** Per-class IoU of the summed matrix (null: class absent everywhere). */
    summedPerClassIoU: comparison.accumulated.perClassIoU,
    /** Per-class IoU within each image (null: absent from that image). */
    perImagePerClassIoU: comparison.perImage.map((image) => image.scores.perClassIoU),
  };
}

const PLANT = CLASS_NAMES.indexOf('plant');
const truth = sceneTruth();
const tinyPlant = companionImages()[0].pair;

/** A score from counts: IoU and accuracy of one class with tp / fp / fn pixels. */
const classScores = (tp: number, fp: number, fn: number) => ({
  tp,
  fp,
  fn,
  iou: tp / (tp + fp + fn),
  accuracy: tp / (tp + fn),
});

/** Two classes, background covering `share` of the pixels, and a "model" that says background everywhere. */
function allBackgroundOf(pixels: number, share: number) {
  const background = Math.round(pixels * share);
  const scores = segmentationScores([
    [background, 0],
    [pixels - background, 0],
  ]);
  return {
    share,
    pixelAccuracy: scores.pixelAccuracy,
    backgroundIoU: scores.perClassIoU[0] ?? 0,
    meanIoU: scores.meanIoU,
  };
}

function paper() {
  const rows = FCN_VARIANTS.map((variant) => ({ variant, ...PAPER_TABLE_2[variant] }));
  const [first, , last] = rows;
  return {
    rows,
    /** Points gained from FCN-32s to FCN-8s (percentage points, one decimal as printed). */
    pixelAccuracyGain: Math.round((last.pixelAccuracy - first.pixelAccuracy) * 10) / 10,
    meanIoUGain: Math.round((last.meanIoU - first.meanIoU) * 10) / 10,
    /** How far mean IU lies below pixel accuracy for FCN-32s. */
    gap: Math.round((first.pixelAccuracy - first.meanIoU) * 10) / 10,
  };
}

function ours() {
  const models = FCN_VARIANTS.map((variant) => {
    const m = evaluation.models[variant];
    return m
      ? { variant, pixelAccuracy: m.pixelAccuracy, meanIoU: m.meanIoU, boundaryAccuracy: m.boundaryAccuracy ?? null }
      : null;
  });
  const first = evaluation.models.fcn32s;
  const last = evaluation.models.fcn8s;
  if (!first || !last || models.some((m) => m === null)) return null;
  const rowSum = last.confusion.map((row) => row.reduce((s, v) => s + v, 0));
  return {
    scenes: last.scenes,
    classes: evaluation.classes.length,
    models: models as NonNullable<(typeof models)[number]>[],
    /** Share of test pixels whose truth is background. */
    backgroundShare: rowSum[BACKGROUND] / rowSum.reduce((s, v) => s + v, 0),
    pixelAccuracyGain: last.pixelAccuracy - first.pixelAccuracy,
    meanIoUGain: last.meanIoU - first.meanIoU,
  };
}

/** PASCAL VOC: 20 object classes plus background. */
const VOC_CLASSES = 21;

export const facts = {
  gridSize: GRID_SIZE,
  vocClasses: VOC_CLASSES,
  /** Stride of the finest scores each variant upsamples at the end: FCN-32s, 16s, 8s. */
  predictionStrides: pipeline.variants.map((v) => v.predictionStride),
  classes: PLAYGROUND_CLASS_COUNT,
  /** Share of the playground scene's pixels that are background. */
  backgroundShare: truth.filter((label) => label === BACKGROUND).length / truth.length,
  presets: {
    allBackground: scoresOf('allBackground'),
    swapped: scoresOf('swapped'),
    borderErrors: scoresOf('borderErrors'),
    voidOutlines: scoresOf('voidOutlines'),
  },
  /** How many truth pixels the void-outlines preset marks 255. */
  voidPixels: (() => {
    const { truth: t, prediction: p } = presetPair('voidOutlines');
    return t.length - counted(confusionMatrix(t, p, PLAYGROUND_CLASS_COUNT));
  })(),
  datasets: { perfect: datasetWith('perfect'), allBackground: datasetWith('allBackground') },
  plantIndex: PLANT,
  /** Plant pixels: in the playground's scene, and in the tiny image (all of which the prediction misses). */
  plantPixels: truth.filter((label) => label === PLANT).length,
  tinyPlantPixels: tinyPlant.truth.filter((label) => label === PLANT).length,
  check: {
    counts: classScores(3, 1, 2),
    imbalance: allBackgroundOf(100, 0.9),
    /** An image holding background and one object, labelled perfectly: the classes nanmean keeps. */
    twoPresent: { present: 2, absent: VOC_CLASSES - 2 },
  },
  paper: paper(),
  ours: ours(),
  boundaryRadius: evaluation.boundaryRadius,
};

export type MetricsFacts = typeof facts;

export { pct } from './index';
