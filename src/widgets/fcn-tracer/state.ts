/**
 * The tracer's state: which network, which design, which pool rounding, which input size. Plain values only, so
 * it round-trips through the URL query; `sanitize` turns any record (dataset, query, form) into a valid state and
 * says in words what it had to change.
 */
import type { FcnDesign, PoolRounding } from '../../lib/fcn/layers';
import { FCN_VARIANTS, type FcnVariant } from '../../lib/fcn/variants';

export interface TracerState {
  [key: string]: string | number;
  variant: FcnVariant;
  design: FcnDesign;
  rounding: PoolRounding;
  height: number;
  width: number;
}

/** Channels of every hidden layer (fc6 and fc7 too) and of the scores when the network is run for real. */
export const RUN_CHANNELS = 2;

export const MIN_SIZE = 1;
export const MAX_SIZE = 1024;

export const DESIGNS: readonly FcnDesign[] = ['caffe', 'seed', 'ours'];
export const ROUNDINGS: readonly PoolRounding[] = ['ceil', 'floor'];

export const DESIGN_LABELS: Record<FcnDesign, string> = {
  caffe: 'Caffe original: pad 100 + 7×7 fc6',
  seed: 'A simple PyTorch port: pad 1, 1×1 fc6',
  ours: "Our model's design",
};

export const DEFAULT_STATE: TracerState = {
  variant: 'fcn32s',
  design: 'caffe',
  rounding: 'ceil',
  height: 500,
  width: 500,
};

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.find((item) => item === value);
}

/** Why `value` is not an allowed input size, or undefined. */
export function sizeProblem(label: string, value: number): string | undefined {
  if (Number.isInteger(value) && value >= MIN_SIZE && value <= MAX_SIZE) return undefined;
  const shown = Number.isFinite(value) ? String(value) : 'nothing';
  return `${label} must be a whole number from ${MIN_SIZE} to ${MAX_SIZE} (got ${shown}).`;
}

/** A valid state from loose values, falling back to `fallback` field by field, with the reasons. */
export function sanitize(
  raw: Partial<Record<keyof TracerState, unknown>>,
  fallback: TracerState = DEFAULT_STATE,
): { state: TracerState; problems: string[] } {
  const problems: string[] = [];
  const pick = <T extends string>(key: 'variant' | 'design' | 'rounding', list: readonly T[], old: T): T => {
    const value = oneOf(list, raw[key]);
    if (value === undefined && raw[key] !== undefined) problems.push(`Unknown ${key} "${String(raw[key])}".`);
    return value ?? old;
  };
  const size = (key: 'height' | 'width', old: number): number => {
    if (raw[key] === undefined) return old;
    const value = Number(raw[key]);
    const problem = sizeProblem(key === 'height' ? 'Height' : 'Width', value);
    if (problem) problems.push(problem);
    return problem ? old : value;
  };
  const state: TracerState = {
    variant: pick('variant', FCN_VARIANTS, fallback.variant),
    design: pick('design', DESIGNS, fallback.design),
    rounding: pick('rounding', ROUNDINGS, fallback.rounding),
    height: size('height', fallback.height),
    width: size('width', fallback.width),
  };
  return { state, problems };
}

export function sameState(a: TracerState, b: TracerState): boolean {
  return (
    a.variant === b.variant &&
    a.design === b.design &&
    a.rounding === b.rounding &&
    a.height === b.height &&
    a.width === b.width
  );
}
