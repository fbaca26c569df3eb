/**
 * The matrix view's sentences in the reader's language, shared by the .astro (build time) and the element: the
 * figure's words, the round-trip sentence, why a size combination has no output, and the grid panels' titles.
 */
import type { Messages } from '../../i18n/client';
import type { MatrixFigureText } from '../../figures/matrix-view';
import type { GridPanel } from '../../figures/matrix-view-grids';
import { formatCell } from '../../lib/grid/grid';
import type { MatrixViewModel } from '../../lib/conv/matrix-view';
import type { MatrixViewState } from './state';

export function matrixFigureText(m: Messages): MatrixFigureText {
  return {
    handle: (kind, index, r, c) =>
      m.t(kind === 'row' ? 'matrixView.figure.handleRow' : 'matrixView.figure.handleColumn', { index, r, c }),
    label: (rows, columns) => m.t('matrixView.figure.label', { rows, columns }),
    title: (rows, columns) => m.t('matrixView.figure.title', { rows, columns }),
    columns: m.t('matrixView.figure.columns'),
    rows: m.t('matrixView.figure.rows'),
  };
}

export function roundTripSentence(m: Messages, model: MatrixViewModel): string {
  const a = model.outputPadding;
  if (model.roundTripDifference === 0) return m.t('matrixView.roundTripEqual', { a });
  return m.t('matrixView.roundTrip', { difference: formatCell(model.roundTripDifference), a });
}

/** Why these sizes have no output (the only way the sliders fail: the kernel is wider than the padded input). */
export function problemSentence(m: Messages, sizes: MatrixViewState): string {
  const padded = sizes.i + 2 * sizes.p;
  const input =
    sizes.p > 0
      ? m.t('matrixView.problem.paddedInput', { size: padded })
      : m.t('matrixView.problem.input', { size: padded });
  return m.t('matrixView.problem.kernelWider', { k: sizes.k, input });
}

/** The four grids under the matrix: w, x, y = Cx and Cᵀy. */
export function gridPanels(m: Messages, sizes: MatrixViewState, result: MatrixViewModel): GridPanel[] {
  return [
    { key: 'w', title: m.t('matrixView.grid.kernel', { k: sizes.k }), grid: result.kernel, fill: 'var(--bg)' },
    { key: 'x', title: 'x', grid: result.input, fill: 'var(--accent-soft)' },
    { key: 'y', title: 'y = Cx', grid: result.output, fill: 'var(--bg)' },
    { key: 'xt', title: 'Cᵀy = Cᵀ(Cx)', grid: result.transposed, fill: 'var(--cell)' },
  ];
}
