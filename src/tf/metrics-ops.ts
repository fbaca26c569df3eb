/**
 * The confusion matrix with real tfjs ops, as a second opinion on src/lib/metrics/scores.ts:
 *   T = oneHot(truth) with ignored pixels' rows zeroed  ([pixels, classes]),
 *   P = oneHot(prediction)                               ([pixels, classes]),
 *   C = Tᵀ · P                                           ([classes, classes]),
 * so C[t][p] = Σ_pixels T[i][t]·P[i][p] counts the pixels whose truth is t and prediction is p.
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * Confusion matrix (rows truth, columns prediction) on the active backend. A pixel counts when its truth lies in
 * [0, numClasses); everything else (255 = ignore) gets an all-zero one-hot row and so adds nothing.
 */
export function confusionMatrixTf(
  truth: readonly number[],
  prediction: readonly number[],
  numClasses: number,
): number[][] {
  if (truth.length !== prediction.length) {
    throw new RangeError(`truth has ${truth.length} pixels but prediction has ${prediction.length}`);
  }
  const confusion = tf.tidy(() => {
    const t = tf.tensor1d([...truth], 'int32');
    const p = tf.tensor1d([...prediction], 'int32');
    const counted = tf.logicalAnd(tf.greaterEqual(t, 0), tf.less(t, numClasses));
    const safeTruth = tf.where(counted, t, tf.zerosLike(t));
    // oneHot's own dtype argument is not honoured by the WASM backend in tfjs 4.22 (it writes int32 bits into a
    // float32 tensor, so 1 reads as 1.4e-45): take the int32 default and cast.
    const truthOneHot = tf.mul(
      tf.cast(tf.oneHot(safeTruth, numClasses), 'float32'),
      tf.expandDims(tf.cast(counted, 'float32'), 1),
    );
    const predictionOneHot = tf.cast(tf.oneHot(p, numClasses), 'float32');
    return tf.matMul(truthOneHot, predictionOneHot, true, false);
  });
  const values = confusion.arraySync() as number[][];
  confusion.dispose();
  return values;
}

/** Name of the backend that computed the last result ("webgl", "wasm", "cpu"). */
export function activeBackend(): string {
  return tf.getBackend();
}
