/**
 * A 1×1 convolution is a dense layer applied at every pixel, computed twice with real tfjs ops: tf.conv2d with
 * a [1, 1, C_in, C_out] kernel over the whole map, and, at one chosen pixel, that pixel's channel vector
 * times the weight matrix (tf.matMul). Seeded, so a link reproduces the numbers.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface OneByOneParams {
  height: number;
  width: number;
  inChannels: number;
  outChannels: number;
  row: number;
  col: number;
  seed: number;
}

export interface OneByOneResult {
  /** The chosen pixel's channel vector, C_in numbers. */
  pixel: number[];
  /** The weight matrix [C_in, C_out], row-major as rows of C_out. */
  weights: number[][];
  bias: number[];
  /** pixel · W + b by tf.matMul. */
  matVec: number[];
  /** The conv's output at (row, col), C_out numbers. */
  convAtPixel: number[];
  maxDifference: number;
  /** Shape of the whole conv output, [height, width, C_out]. */
  outputShape: [number, number, number];
  backend: string;
}

export function oneByOne(p: OneByOneParams): OneByOneResult {
  const { height: h, width: w, inChannels: cin, outChannels: cout, row, col } = p;
  if (row < 0 || col < 0 || row >= h || col >= w) throw new RangeError(`pixel (${row}, ${col}) is outside ${h} × ${w}`);
  const tensors = tf.tidy(() => {
    const map = tf.randomUniform([h, w, cin], 0, 1, 'float32', p.seed);
    const weights = tf.randomNormal([cin, cout], 0, 0.5, 'float32', p.seed + 1);
    const bias = tf.randomNormal([cout], 0, 0.1, 'float32', p.seed + 2);
    const out = tf.add(
      tf.conv2d(
        tf.expandDims(map, 0) as tf.Tensor4D,
        tf.reshape(weights, [1, 1, cin, cout]) as tf.Tensor4D,
        1,
        'valid',
      ),
      bias,
    );
    const pixel = tf.reshape(tf.slice(map, [row, col, 0], [1, 1, cin]), [1, cin]);
    const matVec = tf.add(tf.matMul(pixel, weights), bias);
    const convAtPixel = tf.slice(out, [0, row, col, 0], [1, 1, 1, cout]);
    return { pixel, weights, bias, matVec, convAtPixel, shape: tf.tensor1d(out.shape.slice(1), 'int32') };
  });
  const read = (t: tf.Tensor): number[] => Array.from(t.dataSync());
  const result: OneByOneResult = {
    pixel: read(tensors.pixel),
    weights: tensors.weights.arraySync() as number[][],
    bias: read(tensors.bias),
    matVec: read(tensors.matVec),
    convAtPixel: read(tensors.convAtPixel),
    maxDifference: 0,
    outputShape: read(tensors.shape) as [number, number, number],
    backend: tf.getBackend(),
  };
  tf.dispose(Object.values(tensors));
  result.maxDifference = Math.max(...result.matVec.map((v, i) => Math.abs(v - result.convAtPixel[i])));
  return result;
}
