/**
 * What the output-size explorer shows, for one axis of a transposed convolution (PyTorch semantics):
 * the formula's value, whether it is a real size, the uncropped canvas and its crop, and the forward
 * convolution (same k, s, p, d) whose shape this transposed convolution undoes.
 */
import { checkConv, checkTransposedConv, convInputSizesFor, dilatedSpan } from './arithmetic';
import { transposedProblem, type TransposedProblem } from './transposed-problem';

/** i, k, s, p, a, d of one axis. */
export interface TransposedSizeParams {
  size: number;
  kernelSize: number;
  stride: number;
  padding: number;
  outputPadding: number;
  dilation: number;
}

/** A forward input size that the conv maps to i, and the output padding a that makes the transposed conv give it. */
export interface SharedSize {
  size: number;
  outputPadding: number;
}

export interface ValidOutputSize {
  ok: true;
  /** o = (i − 1)s − 2p + d(k − 1) + a + 1. */
  output: number;
  /** (i − 1)s + d(k − 1) + 1 cells: what the scatter-add writes before cropping. */
  canvas: number;
  /** The conv with the same k, s, p, d applied to size o. */
  forwardOutput: number;
  /** Every forward input size the conv maps to i (ascending), each with the a that recovers it. */
  sharedSizes: SharedSize[];
  /** True when o is one of `sharedSizes`, i.e. the conv maps o back to i (always when a < s). */
  recovers: boolean;
}

/** No output: the coded problem (worded by the widget) and the same reason in English. */
export type OutputSizeReport = ValidOutputSize | { ok: false; problem: TransposedProblem; reason: string };

/** The formula's value (i − 1)s − 2p + d(k − 1) + a + 1, even when it is not a valid size. */
export function transposedFormulaValue({
  size,
  kernelSize,
  stride,
  padding,
  outputPadding,
  dilation,
}: TransposedSizeParams): number {
  return (size - 1) * stride - 2 * padding + dilation * (kernelSize - 1) + outputPadding + 1;
}

/** Everything the explorer shows about one combination, or the reason it has no output. */
export function outputSizeReport(params: TransposedSizeParams): OutputSizeReport {
  const { size, kernelSize, stride, padding, dilation } = params;
  const check = checkTransposedConv(params);
  if (!check.ok) {
    const problem = transposedProblem(params) ?? { code: 'other', reason: check.reason };
    return { ok: false, problem, reason: check.reason };
  }
  // o + 2p = (i − 1)s + d(k − 1) + 1 + a always holds the kernel, so this never fails; kept as a guard.
  const forward = checkConv({ size: check.size, kernelSize, stride, padding, dilation });
  if (!forward.ok) return { ok: false, problem: { code: 'other', reason: forward.reason }, reason: forward.reason };
  const smallest = transposedFormulaValue({ ...params, outputPadding: 0 });
  const sharedSizes = convInputSizesFor({ outputSize: size, kernelSize, stride, padding, dilation }).map((shared) => ({
    size: shared,
    outputPadding: shared - smallest,
  }));
  return {
    ok: true,
    output: check.size,
    canvas: (size - 1) * stride + dilatedSpan(kernelSize, dilation),
    forwardOutput: forward.size,
    sharedSizes,
    recovers: sharedSizes.some((shared) => shared.size === check.size),
  };
}

/** How a cell of the drawn output axis came about. */
export type CanvasCellKind = 'cropped' | 'output' | 'outputPadding';

/**
 * Classify the positions 0 … n−1 of the scatter canvas (grown when a > p): `cropped` when padding p cuts
 * the cell away, `outputPadding` for the a cells added at the bottom/right end of the output, else `output`.
 */
export function canvasCells(canvas: number, padding: number, outputPadding: number): CanvasCellKind[] {
  const length = Math.max(canvas, canvas - padding + outputPadding);
  const symmetricEnd = canvas - padding;
  const outputEnd = symmetricEnd + outputPadding;
  return Array.from({ length }, (_, position): CanvasCellKind => {
    if (position < padding || position >= outputEnd) return 'cropped';
    return position >= symmetricEnd ? 'outputPadding' : 'output';
  });
}
