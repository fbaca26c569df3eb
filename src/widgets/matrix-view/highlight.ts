/**
 * What lights up when a row or a column of C has the focus. Row r of C is the kernel placed on x for
 * output cell r — and, read as column r of Cᵀ, the stamp y_r leaves on Cᵀy. Column j of C lists the output
 * cells input x_j feeds — and, read as row j of Cᵀ, the cells Cᵀy_j gathers from.
 */
import type { Messages } from '../../i18n/client';
import { gridPosition, type MatrixViewModel } from '../../lib/conv/matrix-view';

export interface MatrixFocus {
  kind: 'row' | 'column';
  index: number;
}

/** Indices (row-major) to light in each picture. */
export interface Highlight {
  rows: number[];
  columns: number[];
  /** Cells of x (and of vec(x)). */
  input: number[];
  /** Cells of y (and of vec(y)). */
  output: number[];
  /** Cells of Cᵀy. */
  transposed: number[];
}

function nonZero(values: readonly number[]): number[] {
  return values.flatMap((value, j) => (value !== 0 ? [j] : []));
}

export function highlightOf(pattern: readonly (readonly number[])[], focus: MatrixFocus): Highlight {
  if (focus.kind === 'row') {
    const placement = nonZero(pattern[focus.index]);
    return { rows: [focus.index], columns: [], input: placement, output: [focus.index], transposed: placement };
  }
  const fed = nonZero(pattern.map((row) => row[focus.index]));
  return { rows: [], columns: [focus.index], input: [focus.index], output: fed, transposed: [focus.index] };
}

function cells(m: Messages, indices: readonly number[], width: number): string {
  const text = indices.map((j) => `(${gridPosition(j, width).join(', ')})`);
  return text.length > 0 ? text.join(', ') : m.t('matrixView.focus.noCells');
}

/** One sentence saying what the focused row or column means, in the positions of the grids. */
export function focusSentence(m: Messages, model: MatrixViewModel, focus: MatrixFocus): string {
  const inputWidth = model.input.length;
  const lit = highlightOf(model.pattern, focus);
  if (focus.kind === 'row') {
    const [oy, ox] = gridPosition(focus.index, model.outputSize);
    return m.t('matrixView.focus.row', { index: focus.index, oy, ox, cells: cells(m, lit.input, inputWidth) });
  }
  const [iy, ix] = gridPosition(focus.index, inputWidth);
  return m.t('matrixView.focus.column', { index: focus.index, iy, ix, cells: cells(m, lit.output, model.outputSize) });
}
