/**
 * The scatter-add figure at one step: panels laid out left to right (wrapping to fit `maxWidth`), plus a
 * hidden layer of "flying" stamp cells that an animation may move from the scaled kernel to where they land
 * on the canvas. Pure drawing: (data, options) → SVGSVGElement; no listeners, no timers, no tfjs.
 */
import { create } from 'd3-selection';
import { formatCell } from '../lib/grid/grid';
import { fitFontSize, type SvgGroup } from './grid-cells';
import {
  canvasPanel,
  inputPanel,
  kernelPanel,
  outputPanel,
  type Panel,
  type ScatterFigureData,
} from './scatter-panels';

export type { ScatterFigureData, ScatterFigureText } from './scatter-panels';

export interface ScatterFigureOptions {
  /** Unique prefix for ids inside the SVG (the widget's data-id). */
  id: string;
  /** Width available, in CSS pixels; panels wrap to fit it. */
  maxWidth: number;
}

const GAP = 24;
const MAX_CELL = 48;
const MIN_CELL = 38;

interface Placed {
  panel: Panel;
  x: number;
  y: number;
}

/** Place boxes left to right, starting a new row when the next one would pass `maxWidth`. */
export function flowLayout(
  boxes: readonly { width: number; height: number }[],
  maxWidth: number,
  gap = GAP,
): { positions: { x: number; y: number }[]; width: number; height: number } {
  const positions: { x: number; y: number }[] = [];
  let [x, y, rowHeight, width] = [0, 0, 0, 0];
  for (const box of boxes) {
    if (x > 0 && x + box.width > maxWidth) {
      [x, y, rowHeight] = [0, y + rowHeight + gap, 0];
    }
    positions.push({ x, y });
    width = Math.max(width, x + box.width);
    rowHeight = Math.max(rowHeight, box.height);
    x += box.width + gap;
  }
  return { positions, width, height: y + rowHeight };
}

/** One cell size for every panel: as large as fits the canvas in `maxWidth`, within MIN_CELL … MAX_CELL. */
export function cellSizeFor(canvasColumns: number, maxWidth: number): number {
  return Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor((maxWidth - 22) / canvasColumns)));
}

function describe(data: ScatterFigureData): string {
  const { phase, step, last, record, input, kernel, stride, text } = data;
  const [rows, cols] = record.canvasShape;
  if (phase.kind === 'empty') {
    return text.describeEmpty({
      step,
      last,
      rows,
      cols,
      cells: input.length * input[0].length,
      kernelRows: kernel.length,
      kernelCols: kernel[0].length,
    });
  }
  if (phase.kind === 'crop') {
    const { top, left, height, width } = record.crop;
    const output = record.output.map((r) => r.map((v) => formatCell(v)).join(' ')).join('; ');
    return text.describeCrop({ step, last, rows, cols, top, left, height, width, output });
  }
  const value = formatCell(input[phase.y][phase.x]);
  const { y, x } = phase;
  return text.describeStamp({ step, last, y, x, value, row: y * stride, col: x * stride });
}

function drawHatch(svg: SvgGroup, hatchId: string): void {
  svg
    .append('defs')
    .append('pattern')
    .attr('id', hatchId)
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)')
    .append('line')
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', 0)
    .attr('y2', 6)
    .style('stroke', 'var(--fg-soft)')
    .style('stroke-width', 1.5)
    .style('opacity', 0.7);
}

/** Copies of the current stamp's cells at their canvas spots, each remembering its spot in the kernel panel. */
function drawFlying(root: SvgGroup, data: ScatterFigureData, kernelAt: Placed, canvasAt: Placed, size: number): void {
  const { phase, record } = data;
  if (phase.kind !== 'stamp') return;
  const layer = root
    .append('g')
    .attr('class', 'flying')
    .attr('aria-hidden', 'true')
    .style('opacity', 0)
    .style('pointer-events', 'none');
  for (const cell of record.steps[phase.index].stamp) {
    const from = [
      kernelAt.x + kernelAt.panel.grid.x + cell.kernelCol * size,
      kernelAt.y + kernelAt.panel.grid.y + cell.kernelRow * size,
    ];
    const to = [
      canvasAt.x + canvasAt.panel.grid.x + cell.col * size,
      canvasAt.y + canvasAt.panel.grid.y + cell.row * size,
    ];
    const text = formatCell(cell.contribution);
    const g = layer
      .append('g')
      .attr('class', 'flying-cell')
      .attr('data-from', `translate(${from[0]},${from[1]})`)
      .attr('transform', `translate(${to[0]},${to[1]})`);
    g.append('rect').attr('width', size).attr('height', size);
    g.append('text')
      .attr('x', size / 2)
      .attr('y', size / 2)
      .style('font-size', `${fitFontSize(text, size * 0.84, size * 0.32).toFixed(1)}px`)
      .text(text);
  }
}

/** Draw the scatter-add at `data.step` as a standalone SVG. */
export function drawScatterStepper(data: ScatterFigureData, options: ScatterFigureOptions): SVGSVGElement {
  const maxWidth = Math.max(240, options.maxWidth);
  const size = cellSizeFor(data.record.canvasShape[1], maxWidth);
  const hatchId = `${options.id}-hatch`;
  const panels = [inputPanel(data, size), kernelPanel(data, size), canvasPanel(data, size, hatchId)];
  if (data.phase.kind === 'crop') panels.push(outputPanel(data, size));
  const layout = flowLayout(panels, maxWidth);
  const placed: Placed[] = panels.map((panel, i) => ({ panel, ...layout.positions[i] }));
  const [width, height] = [layout.width + 4, layout.height + 4];

  const svg = create('svg')
    .attr('class', 'scatter-figure')
    .attr('viewBox', `-2 -2 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', describe(data))
    .style('font-family', 'var(--font)')
    // Below ~75 % the sums become unreadable: keep that size and let the drawing scroll instead.
    .style('min-width', `${Math.round(Math.min(width, Math.max(300, width * 0.75)))}px`);
  const root = svg.append('g') as unknown as SvgGroup;
  drawHatch(root, hatchId);
  for (const { panel, x, y } of placed) {
    panel.draw(root.append('g').attr('class', panel.className).attr('transform', `translate(${x},${y})`));
  }
  drawFlying(root, data, placed[1], placed[2], size);
  const node = svg.node();
  if (!node) throw new Error('d3 could not create the SVG element');
  return node;
}
