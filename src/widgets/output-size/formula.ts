/**
 * The transposed-convolution size formula with the reader's numbers substituted, as KaTeX source (typeset
 * in the browser and at build time) and as plain text (shown until KaTeX has loaded). The `a` term is
 * wrapped in \htmlClass{term-a}, so it can be coloured like the output-padding cells of the drawing.
 */
import type { TransposedSizeParams } from '../../lib/conv/output-size';
import { transposedFormulaValue } from '../../lib/conv/output-size';

const A_CLASS = 'term-a';

/** Three aligned lines: the symbols, the numbers, the value (flagged when it is not a real size). */
export function formulaTex(params: TransposedSizeParams, valid: boolean): string {
  const { size, kernelSize, stride, padding, outputPadding, dilation } = params;
  const value = transposedFormulaValue(params);
  const a = (body: string | number): string => `\\htmlClass{${A_CLASS}}{${body}}`;
  const verdict = valid ? '' : '\\quad\\text{(no valid output)}';
  return [
    '\\begin{aligned}',
    `o &= (i-1)\\cdot s - 2p + d\\cdot(k-1) + ${a('a')} + 1 \\\\`,
    `&= (${size}-1)\\cdot ${stride} - 2\\cdot ${padding} + ${dilation}\\cdot(${kernelSize}-1) + ${a(outputPadding)} + 1 \\\\`,
    `&= ${value}${verdict}`,
    '\\end{aligned}',
  ].join('\n');
}

/** The same substitution in plain text. */
export function formulaText(params: TransposedSizeParams): string {
  const { size, kernelSize, stride, padding, outputPadding, dilation } = params;
  const value = transposedFormulaValue(params);
  return `o = (${size} − 1)·${stride} − 2·${padding} + ${dilation}·(${kernelSize} − 1) + ${outputPadding} + 1 = ${value}`;
}

/** KaTeX options shared by the build-time and the in-browser rendering. */
export const KATEX_OPTIONS = {
  displayMode: true,
  throwOnError: false,
  strict: 'ignore',
  trust: (context: { command: string }): boolean => context.command === '\\htmlClass',
} as const;
