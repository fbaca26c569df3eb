// transposedConv2d against three tfjs routes on random configs: tf.conv2dTranspose, zero insertion + tf.conv2d,
// and tf.grad of conv2d with respect to its input (the CPU backend).
import { describe, it } from 'vitest';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { createRandom } from '../../../src/lib/random';
import { transposedConv2d } from '../../../src/lib/conv/transposed';
import { cpuTf } from '../helpers/tf-cpu';
import {
  GRADIENT_CASES,
  TF_TRANSPOSE_CASES,
  ZERO_INSERTION_CASES,
  expectGridsClose,
  gradientRoute,
  label,
  randomCase,
  tfTransposed,
  zeroInsertionRoute,
} from './helpers/transposed-cases';

describe('transposedConv2d against tfjs', () => {
  it(`transposedConv2d matches tf.conv2dTranspose (explicit padding, outputShape with a) on ${TF_TRANSPOSE_CASES} random configs`, async () => {
    const tf = await cpuTf();
    const random = createRandom(11);
    for (let n = 0; n < TF_TRANSPOSE_CASES; n += 1) {
      const testCase = randomCase(random, 1);
      const { input, kernel, options, pairs } = testCase;
      expectGridsClose(
        transposedConv2d(input, kernel, options),
        tfTransposed(tf, input, kernel, pairs),
        label(n, testCase),
      );
    }
  });

  it(`transposedConv2d matches the zero-insertion view run by tf.conv2d (dilation 1–3, a < max(s, d)) on ${ZERO_INSERTION_CASES} random configs`, async () => {
    const tf = await cpuTf();
    const random = createRandom(12);
    for (let n = 0; n < ZERO_INSERTION_CASES; n += 1) {
      const testCase = randomCase(random, 3);
      const { input, kernel, options, pairs } = testCase;
      expectGridsClose(
        transposedConv2d(input, kernel, options),
        zeroInsertionRoute(tf, input, kernel, pairs),
        label(n, testCase),
      );
    }
  });

  it(`transposedConv2d matches tf.grad of conv2d with respect to its input on ${GRADIENT_CASES} random configs`, async () => {
    const tf = await cpuTf();
    const random = createRandom(13);
    for (let n = 0; n < GRADIENT_CASES; n += 1) {
      const testCase = randomCase(random, 1);
      const { input, kernel, options, pairs } = testCase;
      expectGridsClose(
        transposedConv2d(input, kernel, options),
        gradientRoute(tf, input, kernel, pairs),
        label(n, testCase),
      );
    }
  });
});
