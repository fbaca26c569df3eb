/**
 * The matrix view's state: input size i, kernel size k, stride s, padding p (named by their symbols, which
 * are also the URL keys, e.g. `?matrix.s=2`) and the input x as comma-separated whole numbers, row-major.
 */
import { createRandom } from '../../lib/random';

export interface MatrixViewState {
  [key: string]: number | string;
  i: number;
  k: number;
  s: number;
  p: number;
  x: string;
}

export type SizeKey = 'i' | 'k' | 's' | 'p';
export const SIZE_KEYS: readonly SizeKey[] = ['i', 'k', 's', 'p'];

export const RANGES: Readonly<Record<SizeKey, { min: number; max: number }>> = {
  i: { min: 2, max: 4 },
  k: { min: 2, max: 3 },
  s: { min: 1, max: 2 },
  p: { min: 0, max: 1 },
};

/** Entries of x stay small whole numbers, so every product in C·x can be checked by eye. */
export const INPUT_RANGE = { min: -9, max: 9 } as const;

const DEFAULT_SIZES: Readonly<Record<SizeKey, number>> = { i: 3, k: 2, s: 1, p: 0 };

/** Whole numbers 0 … 3 from a seed: the same seed always gives the same x. */
export function randomInput(inputSize: number, seed: number): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: inputSize }, () => Array.from({ length: inputSize }, () => random.int(0, 3)));
}

export function encodeInput(grid: readonly (readonly number[])[]): string {
  return grid.map((row) => row.join(',')).join(',');
}

function clampEntry(value: number): number {
  return Math.min(INPUT_RANGE.max, Math.max(INPUT_RANGE.min, Math.round(value)));
}

/**
 * x as an i × i grid. A list of another square length (x of a different i) keeps its top-left values and
 * fills the rest from the default x; anything unreadable becomes the default x.
 */
export function decodeInput(text: string, inputSize: number): number[][] {
  const fallback = randomInput(inputSize, inputSize);
  const values = text.split(',').map((part) => Number(part.trim()));
  const side = Math.round(Math.sqrt(values.length));
  if (text.trim() === '' || side * side !== values.length || values.some((v) => !Number.isFinite(v))) return fallback;
  return fallback.map((row, r) =>
    row.map((value, c) => (r < side && c < side ? clampEntry(values[r * side + c]) : value)),
  );
}

/** Sizes inside the slider ranges and x re-encoded at size i. */
export function clampState(raw: Readonly<MatrixViewState>): MatrixViewState {
  const out: MatrixViewState = { ...raw };
  for (const key of SIZE_KEYS) {
    const { min, max } = RANGES[key];
    const value = Math.round(Number(raw[key]));
    out[key] = Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : DEFAULT_SIZES[key];
  }
  out.x = encodeInput(decodeInput(String(raw.x), out.i));
  return out;
}

/** The element's `data-*` attributes (from props) as a state, falling back to the defaults. */
export function stateFromDataset(dataset: DOMStringMap): MatrixViewState {
  const raw: MatrixViewState = { ...DEFAULT_SIZES, x: '' };
  for (const key of SIZE_KEYS) {
    const text = dataset[key];
    if (text !== undefined && text !== '') raw[key] = Number(text);
  }
  raw.x = dataset.x ?? '';
  return clampState(raw);
}
