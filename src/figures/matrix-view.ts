/**
 * The convolution matrix C drawn as y = C·x: vec(x) runs along the top (x_j above column j), C's entries
 * in the middle (zeros left blank), vec(y) down the right (y_r beside row r). Rows and columns have
 * keyboard-focusable handles (ARIA listbox options with one tab stop per group); entries and vector cells
 * carry data attributes (`data-row`, `data-column`, `data-grid`, `data-index`) so the widget can light
 * them up without redrawing. No listeners here.
 */
import { create, type Selection } from 'd3-selection';
import { formatCell } from '../lib/grid/grid';
import { gridPosition } from '../lib/conv/matrix-view';

export interface MatrixFigureData {
  /** C: [o·o, i·i]. */
  matrix: number[][];
  /** vec(x), i·i values. */
  input: number[];
  /** vec(y) = C·vec(x), o·o values. */
  output: number[];
  inputWidth: number;
  outputWidth: number;
}

export interface MatrixFigureOptions {
  width: number;
  text: MatrixFigureText;
}

const GAP = 8;
const TITLE = 16;
const MIN_CELL = 14;
const MAX_CELL = 28;

type G = Selection<SVGGElement, undefined, null, undefined>;

/** The words the figure writes, in the reader's language (the widget builds them from its dictionary). */
export interface MatrixFigureText {
  /** Accessible name of a row or column handle, e.g. "row 3: output position (1, 0)". */
  handle(kind: 'row' | 'column', index: number, r: number, c: number): string;
  label(rows: number, columns: number): string;
  title(rows: number, columns: number): string;
  columns: string;
  rows: string;
}

/** Accessible name of a row or column handle at `index`, for a grid `width` wide. */
export function handleName(text: MatrixFigureText, kind: 'row' | 'column', index: number, width: number): string {
  const [r, c] = gridPosition(index, width);
  return text.handle(kind, index, r, c);
}

/** A cell's box; its fill comes from matrix-view.css by the cell's class (an entry, a zero, x or y, a handle). */
function cellBox(g: G, x: number, y: number, width: number, height: number): void {
  g.append('rect')
    .attr('x', x + 0.5)
    .attr('y', y + 0.5)
    .attr('width', width - 1)
    .attr('height', height - 1);
}

/** A cell's text, centred at (x, y) in the figure's 11 px (matrix-view.css). */
function cellText(g: G, x: number, y: number, text: string, rotate = false): void {
  const t = g.append('text').attr('x', x).attr('y', y).text(text);
  if (rotate) t.attr('transform', `rotate(-90 ${x} ${y})`);
}

export function drawMatrix(data: MatrixFigureData, options: MatrixFigureOptions): SVGSVGElement {
  const rows = data.matrix.length;
  const columns = data.matrix[0].length;
  const longest = Math.max(...data.output.map((v) => formatCell(v).length), 1);
  const vectorWidthIn = (size: number): number => Math.max(1.6 * size, longest * 6.5 + 6);
  const narrow = options.width < 480;
  // Handles hold "(r,c)" at FONT px (about 3 em wide), so they need room for it even on a phone.
  const handleSpan = narrow ? 38 : 40;
  const fit = (options.width - handleSpan - GAP * 2) / (columns + 2);
  const size = Math.max(MIN_CELL, Math.min(MAX_CELL, fit));
  const left = handleSpan;
  const top = TITLE + handleSpan + size + 4;
  const yLeft = left + columns * size + GAP;
  const width = Math.ceil(yLeft + vectorWidthIn(size) + 2);
  const height = Math.ceil(top + rows * size + 4);

  const svg = create('svg')
    .attr('class', 'matrix-figure')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'group')
    .attr('aria-label', options.text.label(rows, columns));
  const titles = svg.append('g').attr('class', 'titles').attr('aria-hidden', 'true');
  titles.append('text').attr('x', left).attr('y', 12).text(options.text.title(rows, columns));
  titles
    .append('text')
    .attr('x', yLeft)
    .attr('y', top - 6)
    .text('y');
  titles
    .append('text')
    .attr('class', 'x-name')
    .attr('x', handleSpan / 2)
    .attr('y', TITLE + handleSpan + 2 + size / 2)
    .text('x');

  const columnHandles = svg
    .append('g')
    .attr('role', 'listbox')
    .attr('aria-orientation', 'horizontal')
    .attr('aria-label', options.text.columns)
    .attr('class', 'handles');
  const xRow = svg.append('g').attr('aria-hidden', 'true');
  for (let j = 0; j < columns; j += 1) {
    const handle = columnHandles
      .append('g')
      .attr('role', 'option')
      .attr('class', 'handle')
      .attr('tabindex', j === 0 ? 0 : -1)
      .attr('aria-selected', 'false')
      .attr('data-column', j)
      .attr('aria-label', handleName(options.text, 'column', j, data.inputWidth));
    cellBox(handle, left + j * size, TITLE - 0.5, size, handleSpan - 1);
    const [r, c] = gridPosition(j, data.inputWidth);
    cellText(handle, left + (j + 0.5) * size, TITLE + (handleSpan - 2) / 2, `(${r},${c})`, true);
    const xCell = xRow.append('g').attr('class', 'vector-cell').attr('data-grid', 'x-vec').attr('data-index', j);
    cellBox(xCell, left + j * size, TITLE + handleSpan + 2, size, size);
    cellText(xCell, left + (j + 0.5) * size, TITLE + handleSpan + 2 + size / 2, formatCell(data.input[j]));
  }

  const rowHandles = svg
    .append('g')
    .attr('role', 'listbox')
    .attr('aria-orientation', 'vertical')
    .attr('aria-label', options.text.rows)
    .attr('class', 'handles');
  const entries = svg.append('g').attr('aria-hidden', 'true');
  const yColumn = svg.append('g').attr('aria-hidden', 'true');
  data.matrix.forEach((row, r) => {
    const y = top + r * size;
    const handle = rowHandles
      .append('g')
      .attr('role', 'option')
      .attr('class', 'handle')
      .attr('tabindex', r === 0 ? 0 : -1)
      .attr('aria-selected', 'false')
      .attr('data-row', r)
      .attr('aria-label', handleName(options.text, 'row', r, data.outputWidth));
    cellBox(handle, -0.5, y - 0.5, handleSpan - 1, size + 1);
    const [oy, ox] = gridPosition(r, data.outputWidth);
    cellText(handle, (handleSpan - 2) / 2, y + size / 2, `(${oy},${ox})`);
    row.forEach((value, j) => {
      const entry = entries
        .append('g')
        .attr('class', value === 0 ? 'entry zero' : 'entry')
        .attr('data-row', r)
        .attr('data-column', j);
      cellBox(entry, left + j * size, y, size, size);
      if (value !== 0) cellText(entry, left + (j + 0.5) * size, y + size / 2, formatCell(value));
    });
    const yCell = yColumn.append('g').attr('class', 'vector-cell').attr('data-grid', 'y-vec').attr('data-index', r);
    cellBox(yCell, yLeft, y, vectorWidthIn(size), size);
    cellText(yCell, yLeft + vectorWidthIn(size) / 2, y + size / 2, formatCell(data.output[r]));
  });
  return svg.node() as SVGSVGElement;
}
