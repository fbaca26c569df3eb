/**
 * What lights up when a row or a column of C has the focus. Row r of C is the kernel placed on x for
 * output cell r — and, read as column r of Cᵀ, the stamp y_r leaves on Cᵀy. Column j of C lists the output
 * cells input x_j feeds — and, read as row j of Cᵀ, the cells Cᵀy_j gathers from.
 */
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

function cells(indices: readonly number[], width: number): string {
  const text = indices.map((j) => `(${gridPosition(j, width).join(', ')})`);
  return text.length > 0 ? text.join(', ') : 'no cells';
}

/** One sentence saying what the focused row or column means, in the positions of the grids. */
export function focusSentence(model: MatrixViewModel, focus: MatrixFocus): string {
  const inputWidth = model.input.length;
  const lit = highlightOf(model.pattern, focus);
  if (focus.kind === 'row') {
    const [oy, ox] = gridPosition(focus.index, model.outputSize);
    return (
      `Row ${focus.index} of C is output position (${oy}, ${ox}): the kernel lies on x at ` +
      `${cells(lit.input, inputWidth)}, and y there is the sum of those cells times their weights. ` +
      `Read as column ${focus.index} of Cᵀ, it is the stamp y(${oy}, ${ox}) leaves on Cᵀy at the same cells.`
    );
  }
  const [iy, ix] = gridPosition(focus.index, inputWidth);
  return (
    `Column ${focus.index} of C is input position (${iy}, ${ix}): x there feeds y at ` +
    `${cells(lit.output, model.outputSize)}. Read as row ${focus.index} of Cᵀ, Cᵀy at (${iy}, ${ix}) ` +
    'gathers from those same cells of y.'
  );
}
