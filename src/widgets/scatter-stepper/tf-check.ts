/**
 * The tfjs cross-check: once the widget is near the screen, load tfjs lazily, compute the same transposed
 * convolution with `tf.conv2dTranspose` (src/tf/transposed-ops.ts) and report whether it agrees with the
 * scatter-add, with the largest absolute difference and the backend. Re-runs when the backend changes.
 */
import { BACKEND_EVENT, backendLabel } from '../../lib/backend-events';
import { formatCell, maxAbsDifference } from '../../lib/grid/grid';
import { loadTfModule, whenNear } from '../shared/lazy';
import type { StepperParams } from './state';

export interface TfReport { kind: 'agree' | 'differ' | 'info'; text: string }

export interface TfCheck {
  /** Check these parameters against the scatter-add result `expected` (when tfjs is loaded; else queue). */
  run(params: StepperParams, expected: number[][]): void;
  disconnect(): void;
}

type Modules = [typeof import('../../tf/transposed-ops'), typeof import('../../tf/runtime')];

/** Close enough for float32 (and WebGL's half floats on some phones), relative to the largest value. */
function tolerance(expected: number[][]): number {
  const largest = Math.max(1, ...expected.flat().map(Math.abs));
  return 1e-3 * largest;
}

export function createTfCheck(host: HTMLElement, report: (r: TfReport) => void): TfCheck {
  let modules: Modules | undefined;
  let pending: { params: StepperParams; expected: number[][] } | undefined;
  let disconnected = false;

  const compute = (): void => {
    if (!modules || !pending || disconnected) return;
    const [ops, runtime] = modules;
    const { params, expected } = pending;
    const info = runtime.currentBackend();
    const backend = info ? backendLabel(info) : 'tfjs';
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
  const onBackend = (): void => compute();
  document.addEventListener(BACKEND_EVENT, onBackend);

  void whenNear(host)
    .then(() => loadTfModule(() => Promise.all([import('../../tf/transposed-ops'), import('../../tf/runtime')])))
    .then((loaded) => {
      modules = loaded;
      compute();
    })
    .catch((error: unknown) => report({ kind: 'info', text: `tfjs could not load: ${String(error)}` }));

  return {
    run(params, expected) {
      pending = { params, expected };
      if (modules) compute();
      else report({ kind: 'info', text: 'Loading tfjs to check this with tf.conv2dTranspose…' });
    },
    disconnect() {
      disconnected = true;
      document.removeEventListener(BACKEND_EVENT, onBackend);
    },
  };
}
