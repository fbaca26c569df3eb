/**
 * The checkerboard widget's state: what the reader chose, its defaults, and the limits a value from a
 * link (the URL query) is held to, with a sentence for every value that had to be changed.
 */
import { isKernelInit, type KernelInit } from '../../lib/conv/checkerboard';

export interface CheckerState {
  [key: string]: number | string;
  layers: number;
  kernelLeft: number;
  kernelRight: number;
  init: KernelInit;
  seed: number;
}

export const LIMITS = {
  layers: [1, 3],
  kernel: [2, 6],
} as const;

/** Side-by-side default: k = 3 (uneven overlap with s = 2) against k = 4 (even overlap). */
export const DEFAULT_STATE: CheckerState = { layers: 1, kernelLeft: 3, kernelRight: 4, init: 'ones', seed: 1 };

/** The side's kernel size. */
export type Side = 'left' | 'right';
export function kernelOf(state: CheckerState, side: Side): number {
  return side === 'left' ? state.kernelLeft : state.kernelRight;
}

/** A value from a link that had to change, as a code and numbers (the widget words it). */
export type CheckerProblem =
  | { code: 'range'; name: 'layers' | 'kernel'; value: number; lo: number; hi: number; used: number }
  | { code: 'init'; init: string; used: KernelInit };

function clampWhole(
  name: 'layers' | 'kernel',
  value: number,
  [lo, hi]: readonly [number, number],
  problems: CheckerProblem[],
): number {
  const whole = Math.round(value);
  const clamped = Math.min(hi, Math.max(lo, whole));
  if (clamped !== value) problems.push({ code: 'range', name, value, lo, hi, used: clamped });
  return clamped;
}

/** A state every control can show, plus the reasons for any value that was changed to get there. */
export function sanitize(raw: Record<string, number | string | undefined>): {
  state: CheckerState;
  problems: CheckerProblem[];
} {
  const problems: CheckerProblem[] = [];
  const number = (key: keyof CheckerState): number => {
    const value = Number(raw[key]);
    return Number.isFinite(value) ? value : Number(DEFAULT_STATE[key]);
  };
  const init = isKernelInit(raw.init) ? raw.init : DEFAULT_STATE.init;
  if (init !== raw.init) problems.push({ code: 'init', init: String(raw.init), used: init });
  const state: CheckerState = {
    layers: clampWhole('layers', number('layers'), LIMITS.layers, problems),
    kernelLeft: clampWhole('kernel', number('kernelLeft'), LIMITS.kernel, problems),
    kernelRight: clampWhole('kernel', number('kernelRight'), LIMITS.kernel, problems),
    init,
    seed: Math.max(0, Math.trunc(number('seed'))),
  };
  return { state, problems };
}
