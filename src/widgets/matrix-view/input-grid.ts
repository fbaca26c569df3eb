/**
 * The editable input x: an i × i grid of number inputs inside `.x-inputs`, each named by its position
 * ("x at row 0, column 1"). Rebuilt only when i changes, so typing keeps its focus.
 */
import type { Messages } from '../../i18n/client';
import { INPUT_RANGE } from './state';

export function inputCellName(m: Messages, row: number, column: number): string {
  return m.t('matrixView.cell', { row, column });
}

function cellInput(m: Messages, row: number, column: number, value: number): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'number';
  input.min = String(INPUT_RANGE.min);
  input.max = String(INPUT_RANGE.max);
  input.step = '1';
  input.inputMode = 'numeric';
  input.value = String(value);
  input.dataset.row = String(row);
  input.dataset.column = String(column);
  input.setAttribute('aria-label', inputCellName(m, row, column));
  return input;
}

/**
 * Show `grid` in the container: new inputs when the size changed, else only changed values, leaving the
 * cell being typed in alone unless `force` (after the reader commits it, to show the clamped value).
 */
export function renderInputGrid(
  m: Messages,
  container: HTMLElement,
  grid: readonly (readonly number[])[],
  force = false,
): void {
  const inputs = container.querySelectorAll<HTMLInputElement>('input');
  const size = grid.length;
  const columns = `repeat(${size}, auto)`;
  if (container.style.gridTemplateColumns !== columns) container.style.gridTemplateColumns = columns;
  if (inputs.length !== size * size) {
    container.replaceChildren(...grid.flatMap((row, r) => row.map((value, c) => cellInput(m, r, c, value))));
    return;
  }
  inputs.forEach((input, j) => {
    const value = grid[Math.floor(j / size)][j % size];
    if (Number(input.value) !== value || input.value === '') {
      if (force || document.activeElement !== input) input.value = String(value);
    }
  });
}

/** The grid the reader typed, or null while some cell is not a number yet (e.g. a lone "-"). */
export function readInputGrid(container: HTMLElement): number[][] | null {
  const inputs = Array.from(container.querySelectorAll<HTMLInputElement>('input'));
  const size = Math.round(Math.sqrt(inputs.length));
  const values = inputs.map((input) => (input.value.trim() === '' ? NaN : Number(input.value)));
  if (values.some((v) => !Number.isFinite(v)) || size * size !== values.length) return null;
  return Array.from({ length: size }, (_, r) => values.slice(r * size, (r + 1) * size));
}
