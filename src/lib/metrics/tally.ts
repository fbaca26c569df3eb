/**
 * Scoring a model over a dataset the way the FCN reference does: one confusion matrix summed over every pixel
 * of every scene, plus boundary counts (pixels within `BOUNDARY_RADIUS` px of a true edge, and how many of them
 * are right). Scores come from the sums at the end, never from per-scene averages. Used by `npm run evaluate`
 * (Node) and by the in-page evaluation, so both give the same numbers.
 */
import {
  addConfusion,
  boundaryMask,
  confusionMatrix,
  emptyConfusion,
  segmentationScores,
  type ConfusionMatrix,
  type SegmentationScores,
} from './scores';

export const BOUNDARY_RADIUS = 3;

export interface Tally {
  confusion: ConfusionMatrix;
  bandPixels: number;
  bandCorrect: number;
}

export interface TallyScores extends SegmentationScores {
  /** Share of boundary-band pixels predicted right; 0 when the band is empty (`bandPixels` 0: undefined). */
  boundaryAccuracy: number;
  bandPixels: number;
  /** Pixels counted by the confusion matrix (= `counted`; 0 means the scores are undefined). */
  pixels: number;
}

export function emptyTally(numClasses: number): Tally {
  return { confusion: emptyConfusion(numClasses), bandPixels: 0, bandCorrect: 0 };
}

/**
 * Add one scene. `band` (from `boundaryMask(truth, height, width, BOUNDARY_RADIUS)`) may be passed in when
 * several models are scored on the same scene, so it is computed once.
 */
export function addScene(
  tally: Tally,
  truth: ArrayLike<number>,
  prediction: ArrayLike<number>,
  height: number,
  width: number,
  band: ArrayLike<number> = boundaryMask(truth, height, width, BOUNDARY_RADIUS),
): Tally {
  const numClasses = tally.confusion.length;
  let [bandPixels, bandCorrect] = [tally.bandPixels, tally.bandCorrect];
  for (let i = 0; i < band.length; i++) {
    if (!band[i]) continue;
    bandPixels++;
    if (prediction[i] === truth[i]) bandCorrect++;
  }
  return {
    confusion: addConfusion(tally.confusion, confusionMatrix(truth, prediction, numClasses)),
    bandPixels,
    bandCorrect,
  };
}

export function tallyScores(tally: Tally): TallyScores {
  const scores = segmentationScores(tally.confusion);
  return {
    ...scores,
    boundaryAccuracy: tally.bandPixels === 0 ? 0 : tally.bandCorrect / tally.bandPixels,
    bandPixels: tally.bandPixels,
    pixels: scores.counted,
  };
}
