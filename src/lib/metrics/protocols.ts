/**
 * Two ways to score a dataset, side by side:
 *   accumulated — sum every image's confusion matrix into one, then score it once (the FCN reference, score.py);
 *   averaged    — score each image on its own, then average the scores (perImageMean).
 * They differ because the first weighs every PIXEL equally and the second every IMAGE (and, within an image,
 * every class present in it).
 */
import {
  addConfusion,
  confusionMatrix,
  emptyConfusion,
  perImageMean,
  segmentationScores,
  type ConfusionMatrix,
  type ConfusionOptions,
  type SegmentationScores,
} from './scores';

/** One image's truth and prediction (row-major label maps of equal length). */
export interface LabeledImage {
  truth: readonly number[];
  prediction: readonly number[];
}

export interface ProtocolComparison {
  /** Each image's confusion matrix and scores, in input order. */
  perImage: { confusion: ConfusionMatrix; scores: SegmentationScores; counted: number }[];
  /** The dataset's one confusion matrix: the sum of the per-image matrices. */
  confusion: ConfusionMatrix;
  /** Scores of the summed matrix. */
  accumulated: SegmentationScores;
  /** Mean of the per-image scores. */
  averaged: SegmentationScores;
}

/** Score a list of images both ways. */
export function compareProtocols(
  images: readonly LabeledImage[],
  numClasses: number,
  options: ConfusionOptions = {},
): ProtocolComparison {
  const perImage = images.map(({ truth, prediction }) => {
    const confusion = confusionMatrix(truth, prediction, numClasses, options);
    const counted = confusion.reduce((sum, row) => sum + row.reduce((s, v) => s + v, 0), 0);
    return { confusion, scores: segmentationScores(confusion), counted };
  });
  const confusion = perImage.reduce((sum, image) => addConfusion(sum, image.confusion), emptyConfusion(numClasses));
  return {
    perImage,
    confusion,
    accumulated: segmentationScores(confusion),
    averaged: perImageMean(perImage.map((image) => image.scores)),
  };
}
