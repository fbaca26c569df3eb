/**
 * The gradients the skip head (src/tf/skip-train.ts) and its loss need, registered one by one (the whole set
 * would add ~100 KB to the worker). A separate module because these deep imports of tfjs-core's ESM build run
 * in bundles and vitest but not under Node's own ESM loader (Node scripts import '@tensorflow/tfjs' instead,
 * which registers every gradient).
 */
import * as tf from '@tensorflow/tfjs-core';
import { addGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Add_grad';
import { castGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Cast_grad';
import { conv2DBackpropInputGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Conv2DBackpropInput_grad';
import { divGradConfig } from '@tensorflow/tfjs-core/dist/gradients/RealDiv_grad';
import { identityGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Identity_grad';
import { logSoftmaxGradConfig } from '@tensorflow/tfjs-core/dist/gradients/LogSoftmax_grad';
import { multiplyGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Multiply_grad';
import { negGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Neg_grad';
import { reshapeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Reshape_grad';
import { sliceGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Slice_grad';
import { subGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sub_grad';
import { sumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sum_grad';

/** Only the gradients the head and the loss need (the whole set would add ~100 KB). */
export function registerHeadGradients(): void {
  for (const config of [
    addGradConfig,
    castGradConfig,
    conv2DBackpropInputGradConfig,
    divGradConfig,
    identityGradConfig,
    logSoftmaxGradConfig,
    multiplyGradConfig,
    negGradConfig,
    reshapeGradConfig,
    sliceGradConfig,
    subGradConfig,
    sumGradConfig,
  ]) {
    if (!tf.getGradient(config.kernelName)) tf.registerGradient(config);
  }
}
