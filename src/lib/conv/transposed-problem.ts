/**
 * Why a transposed convolution along one axis has no output, as a code and the numbers a sentence needs (the
 * widgets word it in the reader's language; `checkTransposedConv` in ./arithmetic.ts says the same in English).
 * Only the rules a slider can break are coded: the sizes themselves are whole numbers ≥ their minimum there.
 */
import { checkTransposedConv, dilatedSpan, type TransposedConvSizeParams } from './arithmetic';

export type TransposedProblem =
  /** a ≥ max(s, d): the extra cells would belong to no forward input. */
  | { code: 'outputPadding'; outputPadding: number; limit: number }
  /** 2p ≥ the uncropped canvas: the crop leaves nothing. */
  | { code: 'cropsAll'; padding: number; cropped: number; canvas: number }
  /** Not whole numbers ≥ their minimum (only from code, never from the sliders): the English reason. */
  | { code: 'other'; reason: string };

/** The problem of one axis, or undefined when it has an output. */
export function transposedProblem(params: TransposedConvSizeParams): TransposedProblem | undefined {
  const check = checkTransposedConv(params);
  if (check.ok) return undefined;
  const { size, kernelSize, stride = 1, padding = 0, outputPadding = 0, dilation = 1 } = params;
  const limit = Math.max(stride, dilation);
  const whole = [size, kernelSize, stride, padding, outputPadding, dilation].every(Number.isInteger);
  if (!whole || size < 1 || kernelSize < 1 || stride < 1 || padding < 0 || outputPadding < 0 || dilation < 1) {
    return { code: 'other', reason: check.reason };
  }
  if (outputPadding >= limit) return { code: 'outputPadding', outputPadding, limit };
  const canvas = (size - 1) * stride + dilatedSpan(kernelSize, dilation) + outputPadding;
  return { code: 'cropsAll', padding, cropped: 2 * padding, canvas };
}
