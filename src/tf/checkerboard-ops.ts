/**
 * Stacked stride-s transposed convolutions with real tfjs ops, for the checkerboard widget. Each layer is
 * PyTorch's `conv_transpose2d(stride=s, padding=p, output_padding=a)` for one channel: tfjs's
 * `conv2dTranspose` gives the full, uncropped 'valid' result of size (i−1)·s + k, then we crop p cells
 * from the top/left and keep (i−1)·s − 2p + k + a, padding zeros at the bottom/right when a > p.
 * All layers run on the GPU/WASM in one `tf.tidy`; only the final grid is read back.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface StackParams {
  stride: number;
  padding: number;
  outputPadding: number;
  layers: number;
}

function transposedLayer(x: tf.Tensor4D, filter: tf.Tensor4D, kernelSize: number, params: StackParams): tf.Tensor4D {
  const { stride, padding, outputPadding } = params;
  const [, height, width] = x.shape;
  const full: [number, number] = [(height - 1) * stride + kernelSize, (width - 1) * stride + kernelSize];
  const out: [number, number] = [full[0] - 2 * padding + outputPadding, full[1] - 2 * padding + outputPadding];
  if (out[0] <= 0 || out[1] <= 0)
    throw new RangeError('The transposed convolution has no output for these parameters.');
  let y = tf.conv2dTranspose(x, filter, [1, full[0], full[1], 1], stride, 'valid');
  const extra = Math.max(0, outputPadding - padding);
  if (extra > 0)
    y = tf.pad(y, [
      [0, 0],
      [0, extra],
      [0, extra],
      [0, 0],
    ]);
  return tf.slice(y, [0, padding, padding, 0], [1, out[0], out[1], 1]);
}

/** `layers` transposed convolutions of `input` with the same square `kernel`; returns the last output. */
export async function stackedTransposedTf(
  input: number[][],
  kernel: number[][],
  params: StackParams,
): Promise<number[][]> {
  const kernelSize = kernel.length;
  const result = tf.tidy(() => {
    const filter = tf.tensor4d(kernel.flat(), [kernelSize, kernelSize, 1, 1]);
    let x = tf.tensor4d(input.flat(), [1, input.length, input[0].length, 1]);
    for (let layer = 0; layer < params.layers; layer += 1) x = transposedLayer(x, filter, kernelSize, params);
    return x.reshape([x.shape[1], x.shape[2]]) as tf.Tensor2D;
  });
  try {
    return (await result.array()) as number[][];
  } finally {
    result.dispose();
  }
}

/** The name of the backend doing the work ('webgl', 'wasm', 'cpu'). */
export function activeBackend(): string {
  return tf.getBackend();
}
