/**
 * The panels of the scatter-add figure: the input x, the kernel (or value × kernel while stamping), the
 * uncropped canvas with the sums written in its cells, and after the crop the output. Each panel knows its
 * size and where its grid sits, so the figure can lay panels out and fly stamp cells between them.
 */
import { formatCell } from '../lib/grid/grid';
import { sumText, total } from '../lib/conv/scatter-terms';
import type { ScatterRecord } from '../lib/conv/transposed';
import {
  CELL_FILL,
  drawCells,
  drawIndices,
  drawTitle,
  textWidth,
  valueCells,
  type CellSpec,
  type SvgGroup,
} from './grid-cells';

/** What the figure shows at one timeline position. `index` is the row-major index of the stamped cell. */
export type Phase = { kind: 'empty' } | { kind: 'stamp'; index: number; y: number; x: number } | { kind: 'crop' };

export interface ScatterParams {
  stride: number;
  padding: number;
  outputPadding: number;
  dilation: number;
}

/** The words the figure writes, in the reader's language (the widget builds them from its dictionary). */
export interface ScatterFigureText {
  inputTitle(rows: number, cols: number): string;
  kernelTitle(rows: number, cols: number): string;
  /** "3 × kernel", `value` already formatted. */
  scaledTitle(value: string): string;
  canvasTitle(rows: number, cols: number): string;
  cropTitle(rows: number, cols: number, padding: number, outputPadding: number): string;
  outputTitle(rows: number, cols: number): string;
  /** Suffixes of an input cell's tooltip. */
  stampingNow: string;
  stamped: string;
  /** Tooltip of a canvas cell no stamp reached. */
  noStamp: string;
  /** Suffixes of a canvas / output cell's tooltip. */
  grown: string;
  kept: string;
  /** A canvas cell's note when its sum is too long to write out. */
  terms(count: number): string;
  /** The SVG's aria-label at each phase. */
  describeEmpty(p: Record<string, string | number>): string;
  describeStamp(p: Record<string, string | number>): string;
  describeCrop(p: Record<string, string | number>): string;
}

export interface ScatterFigureData extends ScatterParams {
  text: ScatterFigureText;
  input: number[][];
  kernel: number[][];
  record: ScatterRecord;
  phase: Phase;
  step: number;
  last: number;
  /** Terms added into each canvas cell so far ([row][col] → terms in stamping order). */
  terms: number[][][];
}

export interface Panel {
  className: string;
  width: number;
  height: number;
  /** Top-left of the panel's grid inside the panel. */
  grid: { x: number; y: number };
  draw(g: SvgGroup): void;
}

const TITLE_SIZE = 13;
const TITLE_BASELINE = 14;
/** Room for the title and the column numbers above a grid, and the row numbers left of it. */
const GRID_TOP = 36;
const GRID_LEFT = 18;

function panel(
  className: string,
  title: string,
  [rows, cols]: [number, number],
  size: number,
  body: (g: SvgGroup, at: { x: number; y: number; cellSize: number }) => void,
): Panel {
  const grid = { x: GRID_LEFT, y: GRID_TOP };
  return {
    className,
    width: Math.ceil(Math.max(GRID_LEFT + cols * size + 2, textWidth(title, TITLE_SIZE) + 4)),
    height: GRID_TOP + rows * size + 2,
    grid,
    draw(g) {
      drawTitle(g, title, 0, TITLE_BASELINE, TITLE_SIZE);
      drawIndices(g, [rows, cols], { ...grid, cellSize: size });
      body(g, { ...grid, cellSize: size });
    },
  };
}

export function inputPanel(data: ScatterFigureData, size: number): Panel {
  const { input, phase, text } = data;
  const width = input[0].length;
  const title = text.inputTitle(input.length, width);
  const cells = valueCells(input, formatCell, (row, col, value) => {
    const index = row * width + col;
    if (phase.kind !== 'stamp') return { title: `x[${row}][${col}] = ${formatCell(value)}` };
    const current = index === phase.index;
    return {
      title: `x[${row}][${col}] = ${formatCell(value)}${current ? text.stampingNow : index < phase.index ? text.stamped : ''}`,
      fill: current ? CELL_FILL.stamp : undefined,
      stroke: current ? 'var(--stamp)' : undefined,
      faded: index < phase.index,
      className: current ? 'current' : undefined,
    };
  });
  return panel('input-panel', title, [input.length, width], size, (g, at) => {
    drawCells(g, cells, at);
  });
}

/** The kernel w, or while stamping the scaled kernel value × w with each product written out. */
export function kernelPanel(data: ScatterFigureData, size: number): Panel {
  const { kernel, phase, input, text } = data;
  const shape: [number, number] = [kernel.length, kernel[0].length];
  if (phase.kind !== 'stamp') {
    const cells = valueCells(kernel, formatCell, (row, col, w) => ({ title: `w[${row}][${col}] = ${formatCell(w)}` }));
    return panel('kernel-panel', text.kernelTitle(shape[0], shape[1]), shape, size, (g, at) => {
      drawCells(g, cells, at);
    });
  }
  const value = input[phase.y][phase.x];
  const v = formatCell(value);
  const cells = valueCells(
    kernel,
    (w) => formatCell(value * w),
    (row, col, w) => ({
      note: `${v}×${formatCell(w)}`,
      title: `${v} × w[${row}][${col}] = ${v} × ${formatCell(w)} = ${formatCell(value * w)}`,
      fill: CELL_FILL.stamp,
    }),
  );
  return panel('kernel-panel', text.scaledTitle(v), shape, size, (g, at) => {
    drawCells(g, cells, at);
  });
}

/** Rows/columns [start, end) of the canvas that output padding a adds to the kept window. */
export function outputPaddingBand(data: ScatterFigureData): { rows: [number, number]; cols: [number, number] } {
  const { record, outputPadding } = data;
  const { top, left, height, width } = record.crop;
  return {
    rows: [top + height - outputPadding, top + height],
    cols: [left + width - outputPadding, left + width],
  };
}

function inBand(i: number, [start, end]: [number, number]): boolean {
  return i >= start && i < end;
}

function canvasNote(terms: number[], fresh: boolean, size: number, text: ScatterFigureText): string | undefined {
  if (terms.length < 2) return undefined;
  const full = sumText(terms);
  if (textWidth(full, 8) <= size * 0.95) return full;
  const last = terms[terms.length - 1];
  return fresh ? `… ${last < 0 ? '−' : '+'} ${formatCell(Math.abs(last))}` : text.terms(terms.length);
}

export function canvasPanel(data: ScatterFigureData, size: number, hatchId: string): Panel {
  const { record, terms, phase, outputPadding, padding, text } = data;
  const [rows, cols] = record.canvasShape;
  const crop = record.crop;
  const fresh = new Set(phase.kind === 'stamp' ? record.steps[phase.index].stamp.map((c) => `${c.row},${c.col}`) : []);
  const band = outputPaddingBand(data);
  const grown = Math.max(0, outputPadding - padding);
  const cropping = phase.kind === 'crop';
  const outside = (r: number, c: number): boolean =>
    r < crop.top || c < crop.left || r >= crop.top + crop.height || c >= crop.left + crop.width;
  const cells: CellSpec[] = [];
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const list = terms[r][c];
      const isFresh = fresh.has(`${r},${c}`);
      const isGrown = r >= rows - grown || c >= cols - grown;
      const sum = formatCell(total(list));
      const story = list.length === 0 ? text.noStamp : list.length === 1 ? sum : `${sumText(list)} = ${sum}`;
      const marked = cropping && !outside(r, c) && (inBand(r, band.rows) || inBand(c, band.cols));
      cells.push({
        row: r,
        col: c,
        text: sum,
        quiet: list.length === 0,
        note: canvasNote(list, isFresh, size, text),
        title: `canvas[${r}][${c}] = ${story}${isGrown ? text.grown : ''}`,
        fill: isFresh ? CELL_FILL.stamp : undefined,
        stroke: isFresh ? 'var(--stamp)' : marked ? 'var(--accent)' : undefined,
        dashed: isGrown || marked,
        faded: cropping && outside(r, c),
        className: isFresh ? 'fresh' : undefined,
      });
    }
  }
  const title = cropping ? text.cropTitle(rows, cols, padding, outputPadding) : text.canvasTitle(rows, cols);
  return panel('canvas-panel', title, [rows, cols], size, (g, at) => {
    drawCells(g, cells, at);
    if (!cropping) return;
    const layer = g.append('g').attr('class', 'crop-layer');
    for (const cell of cells) {
      if (!outside(cell.row, cell.col)) continue;
      layer
        .append('rect')
        .attr('x', at.x + cell.col * size)
        .attr('y', at.y + cell.row * size)
        .attr('width', size)
        .attr('height', size)
        .style('fill', `url(#${hatchId})`)
        .style('pointer-events', 'none');
    }
    layer
      .append('rect')
      .attr('class', 'kept-window')
      .attr('x', at.x + crop.left * size)
      .attr('y', at.y + crop.top * size)
      .attr('width', crop.width * size)
      .attr('height', crop.height * size)
      .style('fill', 'none')
      .style('stroke', 'var(--accent)')
      .style('stroke-width', 3);
  });
}

export function outputPanel(data: ScatterFigureData, size: number): Panel {
  const { record, outputPadding, text } = data;
  const { height, width } = record.crop;
  const cells = valueCells(record.output, formatCell, (row, col, value) => {
    const extra = row >= height - outputPadding || col >= width - outputPadding;
    return {
      title: `output[${row}][${col}] = ${formatCell(value)}${extra ? text.kept : ''}`,
      fill: CELL_FILL.accent,
      stroke: extra ? 'var(--accent)' : undefined,
      dashed: extra,
    };
  });
  return panel('output-panel', text.outputTitle(height, width), [height, width], size, (g, at) => {
    drawCells(g, cells, at);
  });
}
