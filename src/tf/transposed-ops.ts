/**
 * Transposed convolution with real tfjs ops, in PyTorch's parameter semantics (kernel, stride, padding,
 * outputPadding, dilation), for one channel. tfjs's `conv2dTranspose` has no dilation and pads like
 * TensorFlow, so we (1) dilate the kernel by inserting zeros, (2) ask tfjs for the full, uncropped 'valid'
 * result of size (i−1)·s + d(k−1) + 1, then (3) crop `padding` from the top/left and keep the output size
 * the formula gives — adding zero rows/columns at the bottom/right when outputPadding exceeds padding.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface TransposedParams {
  stride: number;
  padding: number;
  outputPadding: number;
  dilation: number;
}

/** Spread a kernel's taps `dilation` apart (zeros between), so a plain conv sees the dilated kernel. */
function dilateKernel(kernel: number[][], dilation: number): number[][] {
  const kh = kernel.length;
  const kw = kernel[0].length;
  const out = Array.from({ length: dilation * (kh - 1) + 1 }, () => new Array<number>(dilation * (kw - 1) + 1).fill(0));
  kernel.forEach((row, y) =>
    row.forEach((v, x) => {
      out[y * dilation][x * dilation] = v;
    }),
  );
  return out;
}

/** Single-channel transposed convolution computed by `tf.conv2dTranspose` on the active backend. */
export function transposedConvTf(input: number[][], kernel: number[][], params: TransposedParams): number[][] {
  const { stride, padding, outputPadding, dilation } = params;
  const k = dilateKernel(kernel, dilation);
  const [ih, iw, kh, kw] = [input.length, input[0].length, k.length, k[0].length];
  const full = [(ih - 1) * stride + kh, (iw - 1) * stride + kw];
  const out = [full[0] - 2 * padding + outputPadding, full[1] - 2 * padding + outputPadding];
  if (out[0] <= 0 || out[1] <= 0)
    throw new RangeError('The transposed convolution has no output for these parameters.');
  const result = tf.tidy(() => {
    const x = tf.tensor4d(input.flat(), [1, ih, iw, 1]);
    const filter = tf.tensor4d(k.flat(), [kh, kw, 1, 1]);
    let y = tf.conv2dTranspose(x, filter, [1, full[0], full[1], 1], stride, 'valid');
    const extra = Math.max(0, outputPadding - padding);
    if (extra > 0)
      y = tf.pad(y, [
        [0, 0],
        [0, extra],
        [0, extra],
        [0, 0],
      ]);
    return tf.slice(y, [0, padding, padding, 0], [1, out[0], out[1], 1]).reshape([out[0], out[1]]);
  });
  const values = result.arraySync() as number[][];
  result.dispose();
  return values;
}
