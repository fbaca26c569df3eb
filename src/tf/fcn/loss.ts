// Softmax cross-entropy over pixels, skipping pixels whose label is the ignore label (255, PASCAL's void):
//   L = − (1 / #counted) Σ_{counted pixels} log softmax(logits)[label]
import * as tf from '@tensorflow/tfjs-core';

export const IGNORE_LABEL = 255;

/**
 * @param logits [..., classes] float scores
 * @param labels [...] int32 class ids, IGNORE_LABEL for pixels to skip (any id ≥ classes is skipped too)
 * @returns scalar mean loss over counted pixels (0 when none are counted)
 */
export function softmaxCrossEntropyIgnore(logits: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const numClasses = logits.shape[logits.rank - 1]!;
    const flatLogits = tf.reshape(logits, [-1, numClasses]) as tf.Tensor2D;
    const flatLabels = tf.reshape(tf.cast(labels, 'int32'), [-1]) as tf.Tensor1D;
    const counted = tf.cast(tf.less(flatLabels, numClasses), 'float32');
    // oneHot of an out-of-range id is a zero row, so ignored pixels contribute nothing.
    const target = tf.slice(
      tf.oneHot(tf.minimum(flatLabels, tf.scalar(numClasses, 'int32')), numClasses + 1),
      [0, 0],
      [-1, numClasses],
    );
    const logProbabilities = tf.logSoftmax(flatLogits);
    const perPixel = tf.neg(tf.sum(tf.mul(target, logProbabilities), 1));
    const total = tf.sum(tf.mul(perPixel, counted));
    return tf.div(total, tf.maximum(tf.sum(counted), 1)) as tf.Scalar;
  });
}
