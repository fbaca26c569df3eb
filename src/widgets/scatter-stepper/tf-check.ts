/**
 * The tfjs cross-check: once the widget is near the screen, load tfjs lazily, compute the same transposed
 * convolution with `tf.conv2dTranspose` (src/tf/transposed-ops.ts) and report whether it agrees with the
 * scatter-add, with the largest absolute difference and the backend. Re-runs when the backend changes.
 */
import type { Messages } from '../../i18n/client';
import { compareGrids } from '../../lib/grid/compare';
import { transposedConv2d } from '../../lib/conv/transposed';
import { formatDifference } from '../shared/format';
import { linkTf } from '../shared/tf';
import type { StepperParams } from './state';

export interface TfReport {
  kind: 'agree' | 'differ' | 'info';
  text: string;
}

export interface TfCheck {
  /** Check these parameters against the scatter-add result `expected` (when tfjs is loaded; else queue). */
  run(params: StepperParams, expected: number[][]): void;
}

type Ops = typeof import('../../tf/transposed-ops');

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1e308 → "1.0 × 10³⁰⁸" (the way the sentence writes float32's limit, 3.4 × 10³⁸). */
export function powerOfTen(value: number): string {
  const [mantissa, exponent] = value.toExponential(1).split('e');
  const power = [...String(Number(exponent))].map((c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)])).join('');
  return `${mantissa.replace('-', '−')} × 10${power}`;
}

/** What the comparison of tfjs's result with the scatter-add reference says, in the reader's language. */
export function reportOf(
  m: Messages,
  backend: string,
  actual: number[][],
  expected: number[][],
  params: StepperParams,
): TfReport {
  const inputs = [...params.input.flat(), ...params.kernel.flat()];
  // The same transposed convolution of |x| and |w|: each cell's sum of |terms|, float32's error scale.
  const abs = (grid: number[][]): number[][] => grid.map((row) => row.map(Math.abs));
  const magnitude = transposedConv2d(abs(params.input), abs(params.kernel), params);
  const comparison = compareGrids(actual, expected, { inputs, magnitude });
  if (comparison.kind === 'shape') {
    const size = ([rows, cols]: [number, number]): string => `${rows}×${cols}`;
    const sizes = { backend, actual: size(comparison.actual), expected: size(comparison.expected) };
    return { kind: 'differ', text: m.t('scatterStepper.status.shape', sizes) };
  }
  if (comparison.kind === 'overflow') {
    const largest = powerOfTen(comparison.largest);
    return { kind: 'info', text: m.t('scatterStepper.status.overflow', { backend, largest }) };
  }
  const numbers = {
    backend,
    difference: formatDifference(comparison.largestDifference),
    relative: formatDifference(comparison.largestRelative),
  };
  return comparison.kind === 'agree'
    ? { kind: 'agree', text: m.t('scatterStepper.status.agree', numbers) }
    : { kind: 'differ', text: m.t('scatterStepper.status.differ', numbers) };
}

/** The check for one stepper, until `signal` aborts (the stepper left the page). */
export function createTfCheck(
  host: HTMLElement,
  signal: AbortSignal,
  m: Messages,
  report: (r: TfReport) => void,
): TfCheck {
  let pending: { params: StepperParams; expected: number[][] } | undefined;

  const compute = (ops: Ops, backend: string): void => {
    if (!pending) return;
    const { params, expected } = pending;
    try {
      const actual = ops.transposedConvTf(params.input, params.kernel, params);
      report(reportOf(m, backend, actual, expected, params));
    } catch (error) {
      report({ kind: 'differ', text: m.t('scatterStepper.status.failed', { backend, error: String(error) }) });
    }
  };
  const link = linkTf(
    host,
    signal,
    () => import('../../tf/transposed-ops'),
    compute,
    (error) => report({ kind: 'info', text: m.t('scatterStepper.status.loadFailed', { error: String(error) }) }),
  );

  return {
    run(params, expected) {
      pending = { params, expected };
      const ready = link.ready();
      if (ready) compute(ready.module, ready.backend);
      else report({ kind: 'info', text: m.t('scatterStepper.status.loading') });
    },
  };
}
