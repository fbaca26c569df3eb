// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { create } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import {
  CELL_FILL,
  drawCells,
  drawIndices,
  drawTitle,
  fitFontSize,
  valueCells,
  type SvgGroup,
} from '../../../src/figures/grid-cells';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

describe('grid cells: a grid of numbered cells in an SVG group', () => {
  it('fitFontSize(text, room, max) shrinks long text to fit, never below 6', () => {
    expect(fitFontSize('7', 30, 12)).toBe(12);
    expect(fitFontSize('12345', 30, 12)).toBe(10);
    expect(fitFontSize('1234567890', 10, 12)).toBe(6);
  });

  it('drawCells + drawIndices + drawTitle: values, notes, marks, faded and quiet cells', async () => {
    const svg = create('svg').attr('viewBox', '0 0 160 140');
    const g = svg.append('g') as unknown as SvgGroup;
    drawTitle(g, 'canvas 3×3', 0, 14);
    const placement = { x: 18, y: 36, cellSize: 32 };
    drawIndices(g, [3, 3], placement);
    const cells = valueCells(
      [
        [1, 2, 0],
        [4, 10, 6],
        [0, 8, 9],
      ],
      String,
      (row, col, value) => ({
        ...(row === 1 && col === 1 ? { note: '4 + 6', fill: CELL_FILL.stamp, stroke: 'var(--stamp)' } : {}),
        ...(row === 2 ? { faded: true, dashed: true } : {}),
        ...(value === 0 ? { quiet: true, title: 'no stamp reached this cell' } : {}),
        className: `r${row}`,
      }),
    );
    drawCells(g, cells, placement);
    expect(svg.selectAll('g.cell').size()).toBe(9);
    expect(svg.select('g.cell.r1:nth-child(5) text.note').text()).toBe('4 + 6');
    // What cells share is in grid-cells.css, picked by class: each flag a cell can have must have its rule there.
    expect(svg.selectAll('g.cell.faded.dashed').size()).toBe(3);
    expect(svg.selectAll('g.cell.quiet').size()).toBe(2);
    expect(svg.selectAll('g.cell.marked').size()).toBe(1);
    const css = readFileSync('src/figures/grid-cells.css', 'utf8');
    for (const flag of ['faded', 'dashed', 'quiet', 'marked']) expect(css).toContain(`.cell.${flag}`);
    await expectSvgSnapshot(svg.node() as SVGSVGElement, 'grid-cells/canvas');
  });
});
