/**
 * The explorer's state: the six numbers of one axis of a transposed convolution, named by their symbols
 * (they are also the URL keys, e.g. `?size.s=2`), with the slider ranges that keep them in bounds.
 */
import type { TransposedSizeParams } from '../../lib/conv/output-size';

export interface OutputSizeState {
  [key: string]: number;
  i: number;
  k: number;
  s: number;
  p: number;
  a: number;
  d: number;
}

export type SymbolKey = 'i' | 'k' | 's' | 'p' | 'a' | 'd';
export const SYMBOLS: readonly SymbolKey[] = ['i', 'k', 's', 'p', 'a', 'd'];

export const RANGES: Readonly<Record<SymbolKey, { min: number; max: number }>> = {
  i: { min: 1, max: 12 },
  k: { min: 1, max: 7 },
  s: { min: 1, max: 4 },
  p: { min: 0, max: 5 },
  a: { min: 0, max: 3 },
  d: { min: 1, max: 3 },
};

export const DEFAULT_STATE: Readonly<OutputSizeState> = { i: 2, k: 3, s: 2, p: 0, a: 0, d: 1 };

/** Whole numbers inside the slider ranges; anything else (NaN, 99, 2.5) is pulled back in. */
export function clampState(state: Readonly<Record<SymbolKey, number>>): OutputSizeState {
  const out: OutputSizeState = { ...DEFAULT_STATE };
  for (const key of SYMBOLS) {
    const { min, max } = RANGES[key];
    const value = Math.round(state[key]);
    out[key] = Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : DEFAULT_STATE[key];
  }
  return out;
}

/** The element's `data-*` attributes (set from props) as a state, falling back to the defaults. */
export function stateFromDataset(dataset: DOMStringMap): OutputSizeState {
  const raw = { ...DEFAULT_STATE };
  for (const key of SYMBOLS) {
    const text = dataset[key];
    if (text !== undefined && text !== '') raw[key] = Number(text);
  }
  return clampState(raw);
}

/** "i = 2, k = 3, s = 2, p = 0, a = 0, d = 1". */
export function describeState(state: Readonly<OutputSizeState>): string {
  return SYMBOLS.map((key) => `${key} = ${state[key]}`).join(', ');
}

/** The state in the maths' long names, as src/lib wants it. */
export function toParams(state: Readonly<OutputSizeState>): TransposedSizeParams {
  return {
    size: state.i,
    kernelSize: state.k,
    stride: state.s,
    padding: state.p,
    outputPadding: state.a,
    dilation: state.d,
  };
}
