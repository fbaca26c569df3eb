/**
 * The grids behind the matrix view, side by side (wrapping on narrow screens): the kernel w, the input x,
 * y = Cx reshaped to the output's shape, and Cᵀy reshaped to the input's shape. Every cell carries
 * `data-grid` and `data-index` (row-major) so the widget can light up cells without redrawing.
 */
import { create, type Selection } from 'd3-selection';
import { formatCell } from '../lib/grid/grid';

export interface GridPanel {
  /** Value of `data-grid` on its cells, e.g. "x". */
  key: string;
  title: string;
  grid: number[][];
  fill: string;
}

export interface GridsOptions {
  width: number;
}

const TITLE = 18;
const PANEL_GAP = 22;
const ROW_GAP = 12;

type G = Selection<SVGGElement, undefined, null, undefined>;

function cellSize(panels: readonly GridPanel[]): number {
  const digits = Math.max(...panels.flatMap((p) => p.grid.flat().map((v) => formatCell(v).length)));
  return Math.max(26, digits * 7 + 8);
}

/** One panel: its title and cells. The panel's fill is set once on its group and the rects inherit it; the rest
 * of the look is in matrix-view.css. */
function drawPanel(g: G, panel: GridPanel, size: number): void {
  g.style('fill', panel.fill);
  g.append('text').attr('class', 'panel-title').attr('x', 0).attr('y', 12).text(panel.title);
  panel.grid.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = g
        .append('g')
        .attr('class', 'grid-cell')
        .attr('data-grid', panel.key)
        .attr('data-index', r * row.length + c);
      cell
        .append('rect')
        .attr('x', c * size + 0.5)
        .attr('y', TITLE + r * size + 0.5)
        .attr('width', size - 1)
        .attr('height', size - 1);
      cell
        .append('text')
        .attr('x', (c + 0.5) * size)
        .attr('y', TITLE + (r + 0.5) * size)
        .text(formatCell(value));
    }),
  );
}

function describe(panels: readonly GridPanel[]): string {
  return panels
    .map((p) => `${p.title}: ${p.grid.map((row) => row.map((v) => formatCell(v)).join(' ')).join(' / ')}`)
    .join('. ');
}

export function drawGrids(panels: readonly GridPanel[], options: GridsOptions): SVGSVGElement {
  const size = cellSize(panels);
  const placed: { panel: GridPanel; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const panel of panels) {
    const width = Math.max(panel.grid[0].length * size, panel.title.length * 6.5);
    const height = TITLE + panel.grid.length * size;
    if (x > 0 && x + width > options.width) {
      x = 0;
      y += rowHeight + ROW_GAP;
      rowHeight = 0;
    }
    placed.push({ panel, x, y });
    x += width + PANEL_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  const width =
    Math.ceil(
      Math.max(...placed.map((p) => p.x + Math.max(p.panel.grid[0].length * size, p.panel.title.length * 6.5))),
    ) + 2;
  const height = Math.ceil(y + rowHeight + 2);
  const svg = create('svg')
    .attr('class', 'grids-figure')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', describe(panels));
  for (const { panel, x: px, y: py } of placed) {
    drawPanel(svg.append('g').attr('transform', `translate(${px},${py})`), panel, size);
  }
  return svg.node() as SVGSVGElement;
}
