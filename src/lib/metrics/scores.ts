/**
 * Segmentation metrics as defined by the FCN reference code (shelhamer/fcn.berkeleyvision.org, score.py).
 *
 * Everything starts from a confusion matrix `C` with one row per TRUE class and one column per PREDICTED class:
 * `C[t][p]` counts pixels whose truth is `t` and prediction is `p`. Per class `c`:
 *   rowsum_c = Σ_p C[c][p]  (pixels truly c),   colsum_c = Σ_t C[t][c]  (pixels predicted c),   diag_c = C[c][c].
 * Then
 *   pixel accuracy          = Σ_c diag_c / Σ C
 *   class accuracy_c        = diag_c / rowsum_c                      (null when rowsum_c = 0)
 *   IoU_c                   = diag_c / (rowsum_c + colsum_c − diag_c) (null when the class is absent from both)
 *   mean accuracy, mean IoU = means over the non-null entries           (score.py: np.nanmean)
 *   frequency-weighted IoU  = Σ_{c: freq_c > 0} freq_c · IoU_c,  freq_c = rowsum_c / Σ C
 * No function here returns NaN: where score.py would divide 0 by 0 we return `null` per class. The four scores
 * are all defined exactly when at least one pixel was counted (`counted > 0`); when none was (every truth pixel
 * ignored) they are 0/0, undefined: they read 0 here and `counted` is 0, so a reader shows "n/a"
 * (`scoresDefined`) and a dataset average skips them (`perImageMean`).
 */

/** A square matrix of pixel counts: rows = truth, columns = prediction. */
export type ConfusionMatrix = number[][];

export interface SegmentationScores {
  /** Pixels the matrix counts (Σ C). 0 means every score below is undefined (0/0) and reads 0. */
  counted: number;
  pixelAccuracy: number;
  meanAccuracy: number;
  meanIoU: number;
  frequencyWeightedIoU: number;
  /** IoU_c, or null when class c appears in neither truth nor prediction. */
  perClassIoU: (number | null)[];
  /** diag_c / rowsum_c, or null when class c never appears in the truth. */
  perClassAccuracy: (number | null)[];
}

export interface ConfusionOptions {
  /** Truth label that marks pixels to skip (PASCAL VOC's "void"). Default 255. */
  ignoreLabel?: number;
}

/** The label PASCAL VOC uses for void pixels (object outlines, unlabeled areas). */
export const DEFAULT_IGNORE_LABEL = 255;

function checkClassCount(numClasses: number): void {
  if (!Number.isInteger(numClasses) || numClasses < 1) {
    throw new RangeError(`numClasses must be a positive integer, got ${numClasses}`);
  }
}

/** An n×n matrix of zeros, ready to accumulate counts into. */
export function emptyConfusion(numClasses: number): ConfusionMatrix {
  checkClassCount(numClasses);
  return Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
}

/**
 * Count (truth, prediction) pairs pixel by pixel.
 * A pixel is skipped when its truth equals `ignoreLabel` or lies outside [0, numClasses) — the same mask score.py
 * applies before `bincount(n·truth + pred)`. A counted pixel whose prediction is outside [0, numClasses) would
 * land in the wrong cell of that histogram, so it throws a RangeError instead; so do non-integer labels and
 * arrays of different lengths.
 */
export function confusionMatrix(
  truth: ArrayLike<number>,
  prediction: ArrayLike<number>,
  numClasses: number,
  options: ConfusionOptions = {},
): ConfusionMatrix {
  const ignoreLabel = options.ignoreLabel ?? DEFAULT_IGNORE_LABEL;
  if (truth.length !== prediction.length) {
    throw new RangeError(
      `truth has ${truth.length} pixels but prediction has ${prediction.length}; they must label the same pixels`,
    );
  }
  const confusion = emptyConfusion(numClasses);
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i];
    if (!Number.isInteger(t)) throw new RangeError(`truth[${i}] = ${t} is not an integer label`);
    if (t === ignoreLabel || t < 0 || t >= numClasses) continue;
    const p = prediction[i];
    if (!Number.isInteger(p) || p < 0 || p >= numClasses) {
      throw new RangeError(
        `prediction[${i}] = ${p} is not a class in [0, ${numClasses}) although its truth ${t} is counted`,
      );
    }
    confusion[t][p] += 1;
  }
  return confusion;
}

/** Element-wise sum of two confusion matrices (accumulate a dataset image by image). Returns a new matrix. */
export function addConfusion(a: ConfusionMatrix, b: ConfusionMatrix): ConfusionMatrix {
  checkSquare(a);
  checkSquare(b);
  if (a.length !== b.length) {
    throw new RangeError(`cannot add a ${a.length}-class confusion matrix to a ${b.length}-class one`);
  }
  return a.map((row, t) => row.map((count, p) => count + b[t][p]));
}

function checkSquare(confusion: ConfusionMatrix): void {
  const n = confusion.length;
  checkClassCount(n);
  for (const row of confusion) {
    if (row.length !== n) throw new RangeError(`confusion matrix must be square: ${n} rows but a row of ${row.length}`);
  }
}

/** Mean of the non-null values; 0 when there are none (documented instead of NaN). */
function meanOfPresent(values: readonly (number | null)[]): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v !== null) {
      sum += v;
      count += 1;
    }
  }
  return count === 0 ? 0 : sum / count;
}

/** The four FCN scores plus per-class IoU and accuracy, from one (possibly dataset-accumulated) matrix. */
export function segmentationScores(confusion: ConfusionMatrix): SegmentationScores {
  checkSquare(confusion);
  const n = confusion.length;
  const rowSum = confusion.map((row) => row.reduce((s, v) => s + v, 0));
  const colSum = confusion[0].map((_, p) => confusion.reduce((s, row) => s + row[p], 0));
  const diag = confusion.map((row, c) => row[c]);
  const total = rowSum.reduce((s, v) => s + v, 0);
  const correct = diag.reduce((s, v) => s + v, 0);

  const perClassAccuracy = diag.map((d, c) => (rowSum[c] === 0 ? null : d / rowSum[c]));
  const perClassIoU = diag.map((d, c) => {
    const union = rowSum[c] + colSum[c] - d;
    return union === 0 ? null : d / union;
  });
  let frequencyWeightedIoU = 0;
  for (let c = 0; c < n; c++) {
    const iou = perClassIoU[c];
    // rowSum > 0 implies union > 0, so iou is non-null here.
    if (rowSum[c] > 0 && iou !== null) frequencyWeightedIoU += (rowSum[c] / total) * iou;
  }
  return {
    counted: total,
    pixelAccuracy: total === 0 ? 0 : correct / total,
    meanAccuracy: meanOfPresent(perClassAccuracy),
    meanIoU: meanOfPresent(perClassIoU),
    frequencyWeightedIoU,
    perClassIoU,
    perClassAccuracy,
  };
}

/** Whether the four scores mean anything: false when no pixel was counted (every truth pixel ignored). */
export function scoresDefined(scores: Pick<SegmentationScores, 'counted'>): boolean {
  return scores.counted > 0;
}

/**
 * Average scores computed image by image — the alternative to summing confusion matrices over the dataset first.
 * Scalars are means over the images whose scores are defined (an image with no counted pixel is skipped, as
 * score.py's nanmean would); per-class entries are means over the images where that class is non-null (null if it
 * is null in every image). `counted` is the sum. No defined image (or an empty list) gives zeros, counted 0.
 * The two protocols differ: per-image averaging weights a tiny image as much as a large one, and a class missed
 * in one image where it covers 10 pixels costs as much IoU as one missed where it covers 10,000.
 */
export function perImageMean(scores: readonly SegmentationScores[]): SegmentationScores {
  const defined = scores.filter(scoresDefined);
  const mean = (pick: (s: SegmentationScores) => number): number =>
    defined.length === 0 ? 0 : defined.reduce((sum, s) => sum + pick(s), 0) / defined.length;
  const numClasses = scores.reduce((m, s) => Math.max(m, s.perClassIoU.length), 0);
  const perClass = (pick: (s: SegmentationScores) => (number | null)[]): (number | null)[] =>
    Array.from({ length: numClasses }, (_, c) => {
      const present = scores.map((s) => pick(s)[c] ?? null).filter((v): v is number => v !== null);
      return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
    });
  return {
    counted: scores.reduce((sum, s) => sum + s.counted, 0),
    pixelAccuracy: mean((s) => s.pixelAccuracy),
    meanAccuracy: mean((s) => s.meanAccuracy),
    meanIoU: mean((s) => s.meanIoU),
    frequencyWeightedIoU: mean((s) => s.frequencyWeightedIoU),
    perClassIoU: perClass((s) => s.perClassIoU),
    perClassAccuracy: perClass((s) => s.perClassAccuracy),
  };
}

export interface BoundaryOptions {
  /** Band half-width in pixels, Euclidean: a pixel is in the band when (dy² + dx²) ≤ radius² to an edge pixel. */
  radius?: number;
  /** Label of void pixels: never in the band, never counted. Default 255. */
  ignoreLabel?: number;
}

function checkImage(name: string, labels: ArrayLike<number>, height: number, width: number): void {
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 0 || width < 0) {
    throw new RangeError(`height and width must be non-negative integers, got ${height}×${width}`);
  }
  if (labels.length !== height * width) {
    throw new RangeError(
      `${name} has ${labels.length} pixels but ${height}×${width} = ${height * width} were expected`,
    );
  }
}

/**
 * The boundary band of a label map (row-major, `height × width`): 1 for every non-void pixel within `radius`
 * pixels (Euclidean distance) of an edge pixel, 0 elsewhere. An edge pixel is a non-void pixel with a 4-neighbour
 * (up, down, left, right) of a different label. A void neighbour counts as different, because PASCAL VOC draws its
 * void label as a thin band along object outlines; the image border is not an edge.
 */
export function boundaryMask(
  labels: ArrayLike<number>,
  height: number,
  width: number,
  radius = 3,
  options: { ignoreLabel?: number } = {},
): Uint8Array {
  checkImage('labels', labels, height, width);
  if (!(radius >= 0) || !Number.isFinite(radius)) throw new RangeError(`radius must be ≥ 0, got ${radius}`);
  const ignoreLabel = options.ignoreLabel ?? DEFAULT_IGNORE_LABEL;
  const reach = Math.floor(radius);
  const disk: [number, number][] = [];
  for (let dy = -reach; dy <= reach; dy++) {
    for (let dx = -reach; dx <= reach; dx++) if (dy * dy + dx * dx <= radius * radius) disk.push([dy, dx]);
  }
  const mask = new Uint8Array(height * width);
  const differs = (i: number, y: number, x: number): boolean => labels[y * width + x] !== labels[i];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (labels[i] === ignoreLabel) continue;
      const isEdge =
        (y > 0 && differs(i, y - 1, x)) ||
        (y < height - 1 && differs(i, y + 1, x)) ||
        (x > 0 && differs(i, y, x - 1)) ||
        (x < width - 1 && differs(i, y, x + 1));
      if (!isEdge) continue;
      for (const [dy, dx] of disk) {
        const yy = y + dy;
        const xx = x + dx;
        if (yy >= 0 && yy < height && xx >= 0 && xx < width) mask[yy * width + xx] = 1;
      }
    }
  }
  for (let i = 0; i < mask.length; i++) if (labels[i] === ignoreLabel) mask[i] = 0;
  return mask;
}

/**
 * Pixel accuracy restricted to the boundary band of the truth: (# band pixels with prediction = truth) / (# band
 * pixels). Void truth pixels are never in the band. Returns null when the band is empty (e.g. a one-label image).
 */
export function boundaryAccuracy(
  truth: ArrayLike<number>,
  prediction: ArrayLike<number>,
  height: number,
  width: number,
  options: BoundaryOptions = {},
): number | null {
  checkImage('prediction', prediction, height, width);
  const band = boundaryMask(truth, height, width, options.radius ?? 3, { ignoreLabel: options.ignoreLabel });
  let counted = 0;
  let correct = 0;
  for (let i = 0; i < band.length; i++) {
    if (band[i] === 0) continue;
    counted += 1;
    if (prediction[i] === truth[i]) correct += 1;
  }
  return counted === 0 ? null : correct / counted;
}
