// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cellAt, drawReceptiveField, type FieldLevel } from '../../../src/figures/receptive-field';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

// Two 3×3 convs (stride 1) over a 7 × 7 input: output cell (1, 1) of the 3 × 3 top sees rows/cols 1…3 of the
// 5 × 5 middle and 1…5 of the input, where its gradient is non-zero.
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const levels: FieldLevel[] = [
  { label: 'input\n7×7, r = 1, j = 1', size: 7, rows: range(1, 5), cols: range(1, 5) },
  { label: '1. conv 3×3\n5×5, r = 3, j = 1', size: 5, rows: range(1, 3), cols: range(1, 3) },
  { label: '2. conv 3×3\n3×3, r = 5, j = 1', size: 3, rows: [1], cols: [1] },
];
const gradient = new Uint8Array(49).map((_, i) =>
  Math.floor(i / 7) >= 1 && Math.floor(i / 7) <= 5 && i % 7 >= 1 && i % 7 <= 5 ? 1 : 0,
);

describe('drawReceptiveField(data, { width })', () => {
  it('fills the field at every level and dots the input where the gradient is non-zero', async () => {
    const svg = drawReceptiveField(
      { levels, gradient, summary: 'cell (1, 1) sees 5 × 5 input pixels' },
      { width: 640 },
    );
    expect(svg.querySelectorAll('[data-level="0"] rect.in-field')).toHaveLength(25);
    expect(svg.querySelectorAll('circle.grad')).toHaveLength(25);
    expect(svg.querySelectorAll('circle.outside')).toHaveLength(0);
    // One click target over the 3 × 3 top grid, and one path of grid lines per level.
    expect(svg.querySelectorAll('rect.cell-picker[data-grid-size="3"]')).toHaveLength(1);
    expect(svg.querySelectorAll('path')).toHaveLength(3);
    await expectSvgSnapshot(svg, 'receptive-field/three-levels');
  });

  it('cellAt maps a click inside the picker to its cell, edges included, and clamps outside', () => {
    expect(cellAt(3, 0, 0)).toEqual([0, 0]);
    expect(cellAt(3, 0.34, 0.99)).toEqual([2, 1]);
    expect(cellAt(3, 1, 1)).toEqual([2, 2]);
    expect(cellAt(3, -0.1, 1.2)).toEqual([2, 0]);
    for (let size = 1; size <= 32; size++)
      for (let i = 0; i < size; i++) expect(cellAt(size, (i + 0.5) / size, (i + 0.5) / size)).toEqual([i, i]);
  });

  it('wraps the levels on a narrow screen and draws no dots before the gradient is known', async () => {
    const svg = drawReceptiveField({ levels, gradient: null, summary: 'before tfjs' }, { width: 300 });
    expect(svg.querySelectorAll('circle')).toHaveLength(0);
    await expectSvgSnapshot(svg, 'receptive-field/narrow-no-gradient');
  });
});
