// Function-preserving widening (Net2Net-style, with zero fan-out): start a wider FCN from a trained
// narrower one without changing a single output. For a weight whose new shape is at least the old one in
// every dimension, the old values are copied into the leading corner and the rest is filled so that
//   - a new output channel of a conv gets fresh He-normal weights from every input (old and new), and
//   - an old output channel gets weight 0 from every new input channel,
// biases of new channels are 0, and scoring layers (init 'zeros') stay 0 on their new inputs. The new
// channels therefore compute something but every path out of them starts at weight 0, so the logits are
// exactly those of the narrow model; training then grows them (their outgoing weights get gradient at once).
import * as tf from '@tensorflow/tfjs-core';
import type { WeightInit } from './weights';

/** True when `old` can be widened into `shape` (same rank, no dimension shrinks). */
export function canWiden(oldShape: readonly number[], shape: readonly number[]): boolean {
  return oldShape.length === shape.length && oldShape.every((d, i) => d <= shape[i]);
}

/**
 * `old` padded to `shape` as above. `fresh` is a He-normal tensor of the full new shape (used only for the
 * new output channels of 'he' kernels); callers pass the same initialiser they use for new weights.
 */
export function widenTensor(
  old: tf.Tensor,
  shape: readonly number[],
  init: WeightInit,
  fresh: () => tf.Tensor,
): tf.Tensor {
  if (!canWiden(old.shape, shape)) throw new Error(`cannot widen [${old.shape}] to [${shape}]`);
  return tf.tidy(() => {
    const padded = tf.pad(
      old,
      old.shape.map((d, i) => [0, shape[i] - d] as [number, number]),
    );
    const outAxis = shape.length - 1;
    const oldOut = old.shape[outAxis];
    if (init !== 'he' || shape.length !== 4 || oldOut === shape[outAxis]) return padded;
    // Mask selecting the new output channels (last axis ≥ oldOut), broadcast over the other axes.
    const mask = tf.concat([tf.zeros([oldOut]), tf.ones([shape[outAxis] - oldOut])]);
    return tf.add(padded, tf.mul(fresh(), mask));
  });
}
