// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawGrids } from '../../../src/figures/matrix-view-grids';
import { drawMatrix, handleName } from '../../../src/figures/matrix-view';
import { matrixViewModel, type MatrixViewModel } from '../../../src/lib/conv/matrix-view';
import { expectSvgSnapshot } from './helpers/svg-snapshot';
import { messagesFor } from '../../../src/i18n';
import { matrixFigureText } from '../../../src/widgets/matrix-view/words';

const text = matrixFigureText(messagesFor('en'));

// A 4 × 4 input, 3 × 3 kernel 1…9, stride 1, no padding: C is 4 × 16, y = Cx is 2 × 2.
const input = [
  [1, 0, 2, -1],
  [0, 3, 1, 0],
  [2, 1, 0, 1],
  [-1, 0, 1, 2],
];
const model = matrixViewModel({ inputSize: 4, kernelSize: 3, stride: 1, padding: 0 }, input) as MatrixViewModel;

describe('drawMatrix(data, { width })', () => {
  it('draws vec(x) along the top, C in the middle (zeros blank) and vec(y) on the right, with named handles', async () => {
    expect(model.ok).toBe(true);
    const data = {
      matrix: model.matrix,
      input: model.input.flat(),
      output: model.output.flat(),
      inputWidth: 4,
      outputWidth: 2,
    };
    const svg = drawMatrix(data, { width: 640, text });
    expect(handleName(text, 'row', 3, 2)).toBe('row 3: output position (1, 1)');
    expect(handleName(matrixFigureText(messagesFor('ko')), 'row', 3, 2)).toBe('행 3: 출력 위치 (1, 1)');
    expect(svg.querySelector('[aria-label="column 5: input position (1, 1)"]')).not.toBeNull();
    await expectSvgSnapshot(svg, 'matrix-view/matrix-wide');
    await expectSvgSnapshot(drawMatrix(data, { width: 340, text }), 'matrix-view/matrix-narrow');
  });
});

describe('drawGrids(panels, { width })', () => {
  it('draws w, x, y = Cx and Cᵀy side by side, every cell tagged with its grid and row-major index', async () => {
    const panels = [
      { key: 'w', title: 'kernel w (3 × 3)', grid: model.kernel, fill: 'var(--bg)' },
      { key: 'x', title: 'x', grid: model.input, fill: 'var(--accent-soft)' },
      { key: 'y', title: 'y = Cx', grid: model.output, fill: 'var(--bg)' },
      { key: 'xt', title: 'Cᵀy = Cᵀ(Cx)', grid: model.transposed, fill: 'var(--cell)' },
    ];
    const svg = drawGrids(panels, { width: 640 });
    expect(svg.querySelectorAll('[data-grid="x"]')).toHaveLength(16);
    expect(svg.querySelector('[data-grid="y"][data-index="3"] text')?.textContent).toBe(String(model.output[1][1]));
    await expectSvgSnapshot(svg, 'matrix-view/grids-wide');
    await expectSvgSnapshot(drawGrids(panels, { width: 300 }), 'matrix-view/grids-wrapped');
  });
});
