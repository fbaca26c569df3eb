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

function clampWhole(name: string, value: number, [lo, hi]: readonly [number, number], problems: string[]): number {
  const whole = Math.round(value);
  const clamped = Math.min(hi, Math.max(lo, whole));
  if (clamped !== value)
    problems.push(`${name} ${value} is not offered (${lo} to ${hi}), so the widget uses ${clamped}.`);
  return clamped;
}

/** A state every control can show, plus the reasons for any value that was changed to get there. */
export function sanitize(raw: Record<string, number | string | undefined>): {
  state: CheckerState;
  problems: string[];
} {
  const problems: string[] = [];
  const number = (key: keyof CheckerState): number => {
    const value = Number(raw[key]);
    return Number.isFinite(value) ? value : Number(DEFAULT_STATE[key]);
  };
  const init = isKernelInit(raw.init) ? raw.init : DEFAULT_STATE.init;
  if (init !== raw.init) problems.push(`Kernel init "${String(raw.init)}" is unknown, so the widget uses ${init}.`);
  const state: CheckerState = {
    layers: clampWhole('Layers', number('layers'), LIMITS.layers, problems),
    kernelLeft: clampWhole('Kernel size', number('kernelLeft'), LIMITS.kernel, problems),
    kernelRight: clampWhole('Kernel size', number('kernelRight'), LIMITS.kernel, problems),
    init,
    seed: Math.max(0, Math.trunc(number('seed'))),
  };
  return { state, problems };
}
