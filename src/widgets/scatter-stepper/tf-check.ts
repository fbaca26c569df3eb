/**
 * The tfjs cross-check: once the widget is near the screen, load tfjs lazily, compute the same transposed
 * convolution with `tf.conv2dTranspose` (src/tf/transposed-ops.ts) and report whether it agrees with the
 * scatter-add, with the largest absolute difference and the backend. Re-runs when the backend changes.
 */
import { formatCell, maxAbsDifference } from '../../lib/grid/grid';
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

/** Close enough for float32 (and WebGL's half floats on some phones), relative to the largest value. */
function tolerance(expected: number[][]): number {
  const largest = Math.max(1, ...expected.flat().map(Math.abs));
  return 1e-3 * largest;
}

/** The check for one stepper, until `signal` aborts (the stepper left the page). */
export function createTfCheck(host: HTMLElement, signal: AbortSignal, report: (r: TfReport) => void): TfCheck {
  let pending: { params: StepperParams; expected: number[][] } | undefined;

  const compute = (ops: Ops, backend: string): void => {
    if (!pending) return;
    const { params, expected } = pending;
    try {
      const actual = ops.transposedConvTf(params.input, params.kernel, params);
      const difference = maxAbsDifference(actual, expected);
      const ok = difference <= tolerance(expected);
      const diff = Number.isFinite(difference) ? formatCell(difference, 6) : 'shapes differ';
      report({
        kind: ok ? 'agree' : 'differ',
        text: ok
          ? `tf.conv2dTranspose on ${backend} agrees with the scatter-add: largest difference ${diff}.`
          : `tf.conv2dTranspose on ${backend} disagrees with the scatter-add: largest difference ${diff}.`,
      });
    } catch (error) {
      report({ kind: 'differ', text: `tf.conv2dTranspose on ${backend} failed: ${String(error)}` });
    }
  };
  const link = linkTf(
    host,
    signal,
    () => import('../../tf/transposed-ops'),
    compute,
    (error) => report({ kind: 'info', text: `tfjs could not load: ${String(error)}` }),
  );

  return {
    run(params, expected) {
      pending = { params, expected };
      const ready = link.ready();
      if (ready) compute(ready.module, ready.backend);
      else report({ kind: 'info', text: 'Loading tfjs to check this with tf.conv2dTranspose…' });
    },
  };
}
