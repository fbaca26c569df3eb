/**
 * Drawing a grid of numbered cells (an input, a kernel, a canvas, a matrix) into an SVG group with d3.
 * Pure drawing: no listeners, no state. Colours are CSS variables so light and dark themes both work; the
 * shared look is in grid-cells.css, which a component drawing these cells imports.
 */
import type { Selection } from 'd3-selection';

export type SvgGroup = Selection<SVGGElement, unknown, null, undefined>;

/** One cell to draw at grid position (row, col). */
export interface CellSpec {
  row: number;
  col: number;
  /** The main text (usually the value). */
  text: string;
  /** Smaller text above the main text, e.g. the sum "4 + 6". */
  note?: string;
  /** Tooltip with the full story of the cell. */
  title?: string;
  /** Background (any CSS colour, e.g. `CELL_FILL.stamp`). */
  fill?: string;
  /** Border colour and dash, for marked cells. */
  stroke?: string;
  dashed?: boolean;
  /** Extra class names (the animation looks cells up by class). */
  className?: string;
  /** Draw faded (e.g. cells already handled, or cropped away). */
  faded?: boolean;
  /** Main text in the soft colour (e.g. a zero nobody wrote). */
  quiet?: boolean;
}

/** Where a grid sits: top-left corner and the side of one cell, in SVG units. */
export interface GridPlacement {
  x: number;
  y: number;
  cellSize: number;
}

export const CELL_FILL = {
  plain: 'var(--cell)',
  stamp: 'color-mix(in srgb, var(--stamp) 24%, var(--cell))',
  accent: 'color-mix(in srgb, var(--accent) 18%, var(--cell))',
} as const;

/** A rough width of `text` at `fontSize` in a system sans-serif font (digits ≈ 0.6 em). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** The largest font size ≤ `max` at which `text` fits in `room` units. */
export function fitFontSize(text: string, room: number, max: number): number {
  if (text.length === 0) return max;
  return Math.max(6, Math.min(max, room / (text.length * 0.6)));
}

/** Cells for every value of a grid; `style` adds highlights per cell. */
export function valueCells(
  grid: readonly (readonly number[])[],
  format: (value: number) => string,
  style: (row: number, col: number, value: number) => Partial<CellSpec> = () => ({}),
): CellSpec[] {
  return grid.flatMap((values, row) =>
    values.map((value, col) => ({ row, col, text: format(value), ...style(row, col, value) })),
  );
}

/** Draw cells into `parent` at `placement`; returns the group holding them. What every cell shares (the plain
 * fill and border, the text's anchor, weight and colour) is in grid-cells.css, so a redraw writes only what
 * differs: the slider events of the stepper redraw every cell. */
export function drawCells(parent: SvgGroup, cells: readonly CellSpec[], placement: GridPlacement): SvgGroup {
  const { x, y, cellSize: size } = placement;
  const group = parent.append('g').attr('class', 'cells');
  const flags = (cell: CellSpec): string =>
    [
      'cell',
      cell.className,
      cell.faded && 'faded',
      cell.quiet && 'quiet',
      cell.stroke && 'marked',
      cell.dashed && 'dashed',
    ]
      .filter(Boolean)
      .join(' ');
  for (const cell of cells) {
    const g = group
      .append('g')
      .attr('class', flags(cell))
      .attr('transform', `translate(${x + cell.col * size},${y + cell.row * size})`);
    if (cell.title) g.append('title').text(cell.title);
    const rect = g.append('rect').attr('width', size).attr('height', size);
    if (cell.fill) rect.style('fill', cell.fill);
    if (cell.stroke) rect.style('stroke', cell.stroke);
    const main = fitFontSize(cell.text, size * 0.84, size * 0.32);
    g.append('text')
      .attr('class', 'value')
      .attr('x', size / 2)
      .attr('y', cell.note ? size * 0.74 : size / 2)
      .style('font-size', `${main.toFixed(1)}px`)
      .text(cell.text);
    if (cell.note) {
      g.append('text')
        .attr('class', 'note')
        .attr('x', size / 2)
        .attr('y', size * 0.3)
        .style('font-size', `${fitFontSize(cell.note, size * 0.92, size * 0.21).toFixed(1)}px`)
        .text(cell.note);
    }
  }
  return group;
}

/** Row numbers left of a grid and column numbers above it (small, soft), for reading coordinates. */
export function drawIndices(parent: SvgGroup, [rows, cols]: readonly [number, number], placement: GridPlacement): void {
  const { x, y, cellSize: size } = placement;
  const group = parent.append('g').attr('class', 'indices').attr('aria-hidden', 'true');
  const label = (text: string, tx: number, ty: number, anchor: string): void => {
    group.append('text').attr('x', tx).attr('y', ty).attr('text-anchor', anchor).text(text);
  };
  for (let c = 0; c < cols; c += 1) label(String(c), x + (c + 0.5) * size, y - 8, 'middle');
  for (let r = 0; r < rows; r += 1) label(String(r), x - 5, y + (r + 0.5) * size, 'end');
}

/** A panel title (left-aligned, bold) with its baseline at y. */
export function drawTitle(parent: SvgGroup, text: string, x: number, y: number, fontSize = 13): void {
  parent
    .append('text')
    .attr('class', 'panel-title')
    .attr('x', x)
    .attr('y', y)
    .style('font-size', `${fontSize}px`)
    .style('font-weight', '650')
    .style('fill', 'var(--fg)')
    .text(text);
}
