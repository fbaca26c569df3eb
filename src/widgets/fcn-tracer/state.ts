/**
 * The tracer's state: which network, which design, which pool rounding, which input size. Plain values only, so
 * it round-trips through the URL query; `sanitize` turns any record (dataset, query, form) into a valid state and
 * reports what it had to change as data (words.ts `problemText` says it in the reader's language).
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

/** A value `sanitize` could not use: a choice it does not know, or a size outside MIN_SIZE…MAX_SIZE. */
export type StateProblem =
  | { kind: 'unknown'; field: 'variant' | 'design' | 'rounding'; value: string }
  /** `value` is what the field held, as text ('' when it was empty). */
  | { kind: 'size'; field: 'height' | 'width'; value: string };

/** Whether `value` is an allowed input size. */
export const isSize = (value: number): boolean => Number.isInteger(value) && value >= MIN_SIZE && value <= MAX_SIZE;

/** A valid state from loose values, falling back to `fallback` field by field, with the reasons. */
export function sanitize(
  raw: Partial<Record<keyof TracerState, unknown>>,
  fallback: TracerState = DEFAULT_STATE,
): { state: TracerState; problems: StateProblem[] } {
  const problems: StateProblem[] = [];
  const pick = <T extends string>(key: 'variant' | 'design' | 'rounding', list: readonly T[], old: T): T => {
    const value = oneOf(list, raw[key]);
    if (value === undefined && raw[key] !== undefined)
      problems.push({ kind: 'unknown', field: key, value: String(raw[key]) });
    return value ?? old;
  };
  const size = (key: 'height' | 'width', old: number): number => {
    if (raw[key] === undefined) return old;
    const text = String(raw[key]).trim();
    // Decimal digits only: Number() would also take '0x10', '1e2' and ' '.
    const value = /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (isSize(value)) return value;
    problems.push({ kind: 'size', field: key, value: text });
    return old;
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
