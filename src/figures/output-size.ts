/**
 * Input and output of a transposed convolution drawn to scale as grids of squares (both at the same cell
 * size). The output side shows the whole scatter canvas: cells that padding p crops away are dashed
 * outlines, the a cells output padding adds at the bottom/right are in the stamp colour. Passing the
 * previous SVG updates it in place, with a transition when `animate` is set; otherwise a new SVG is made.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { canvasCells, type CanvasCellKind } from '../lib/conv/output-size';

export interface OutputSizeData {
  /** i: the input is i × i. */
  input: number;
  /** (i − 1)s + d(k − 1) + 1: the uncropped scatter canvas. */
  canvas: number;
  padding: number;
  outputPadding: number;
  /** o: the output is o × o. */
  output: number;
}

/** The words the figure writes, in the reader's language (the widget builds them from its dictionary). */
export interface OutputSizeFigureText {
  input(n: number): string;
  output(o: number): string;
  outputCanvas(o: number, n: number): string;
  /** The arrow between input and output on a narrow screen ("↓ transposed conv"). */
  arrow: string;
  describe(p: { i: number; o: number; n: number; p: number; a: number }): string;
}

export interface OutputSizeOptions {
  /** Width in CSS pixels (the drawing's width), so text is drawn at its real size. */
  width: number;
  text: OutputSizeFigureText;
  animate: boolean;
  previous?: SVGSVGElement;
}

type CellKind = 'input' | CanvasCellKind;

interface Cell {
  key: string;
  x: number;
  y: number;
  size: number;
  kind: CellKind;
}
interface Label {
  key: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle';
  /** The wide layout's bare arrow, drawn large. */
  big?: boolean;
}
interface Layout {
  width: number;
  height: number;
  cells: Cell[];
  labels: Label[];
}

const MARGIN = 4;
const LABEL_HEIGHT = 22;
const GAP = 72;
const MAX_CELL = 26;
const DURATION = 450;
const NARROW = 520;

function gridCells(prefix: string, kinds: readonly CellKind[][], left: number, top: number, size: number): Cell[] {
  return kinds.flatMap((row, r) =>
    row.map((kind, c) => ({
      key: `${prefix}-${r}-${c}`,
      x: left + c * size,
      y: top + r * size,
      size,
      kind,
    })),
  );
}

/** The kind of each canvas cell: cropped on either axis wins, then output padding on either axis. */
function outputKinds(data: OutputSizeData): CellKind[][] {
  const axis = canvasCells(data.canvas, data.padding, data.outputPadding);
  const rank: Record<CanvasCellKind, number> = { output: 0, outputPadding: 1, cropped: 2 };
  return axis.map((rowKind) => axis.map((colKind) => (rank[rowKind] >= rank[colKind] ? rowKind : colKind)));
}

function layout(data: OutputSizeData, width: number, text: OutputSizeFigureText): Layout {
  const outKinds = outputKinds(data);
  const inKinds: CellKind[][] = Array.from({ length: data.input }, () => new Array<CellKind>(data.input).fill('input'));
  const n = outKinds.length;
  const narrow = width < NARROW;
  const size = narrow
    ? Math.min(MAX_CELL, (width - 2 * MARGIN) / Math.max(data.input, n))
    : Math.min(MAX_CELL, (width - 2 * MARGIN - GAP) / (data.input + n));
  const inputTop = MARGIN + LABEL_HEIGHT;
  const outputLeft = narrow ? MARGIN : MARGIN + data.input * size + GAP;
  const outputTop = narrow ? inputTop + data.input * size + 8 + LABEL_HEIGHT * 2 : inputTop;
  const height = narrow ? outputTop + n * size + MARGIN : inputTop + Math.max(data.input, n) * size + MARGIN;
  const arrow: Label = narrow
    ? {
        key: 'arrow',
        x: MARGIN + 40,
        y: inputTop + data.input * size + LABEL_HEIGHT,
        text: text.arrow,
        anchor: 'start',
      }
    : {
        key: 'arrow',
        x: MARGIN + data.input * size + GAP / 2,
        y: inputTop + Math.min(data.input * size, 60) / 2 + 5,
        text: '→',
        anchor: 'middle',
        big: true,
      };
  const withCanvas = data.padding > 0 || data.outputPadding > 0;
  return {
    width,
    height: Math.ceil(height),
    cells: [
      ...gridCells('in', inKinds, MARGIN, inputTop, size),
      ...gridCells('out', outKinds, outputLeft, outputTop, size),
    ],
    labels: [
      { key: 'input', x: MARGIN, y: inputTop - 7, text: text.input(data.input), anchor: 'start' },
      {
        key: 'output',
        x: outputLeft,
        y: outputTop - 7,
        text: withCanvas ? text.outputCanvas(data.output, n) : text.output(data.output),
        anchor: 'start',
      },
      arrow,
    ],
  };
}

function describe(data: OutputSizeData, text: OutputSizeFigureText): string {
  const n = canvasCells(data.canvas, data.padding, data.outputPadding).length;
  return text.describe({ i: data.input, o: data.output, n, p: data.padding, a: data.outputPadding });
}

type CellSelection = Selection<SVGRectElement, Cell, SVGGElement, unknown>;

function inset(cell: Cell): number {
  return cell.size >= 8 ? cell.size * 0.1 : Math.min(0.6, cell.size * 0.1);
}

/** A cell's look is its kind's class in output-size.css (thin borders once cells are small). */
function styleCells(cells: CellSelection): CellSelection {
  return cells
    .attr('class', (d) => `cell cell-${d.kind}${d.size >= 8 ? '' : ' thin'}`)
    .attr('data-kind', (d) => d.kind);
}

function createSvg(): SVGSVGElement {
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'output-size-figure')
    .attr('role', 'img');
  svg.append('g').attr('class', 'cells');
  svg.append('g').attr('class', 'labels').style('font-size', '13px').style('fill', 'var(--fg)');
  return svg.node() as SVGSVGElement;
}

export function drawOutputSize(data: OutputSizeData, options: OutputSizeOptions): SVGSVGElement {
  const node = options.previous ?? createSvg();
  const animate = options.animate && options.previous !== undefined;
  const plan = layout(data, options.width, options.text);
  const svg = select(node).attr('aria-label', describe(data, options.text)).attr('width', plan.width);
  const viewBox = `0 0 ${plan.width} ${plan.height}`;
  if (animate) svg.transition().duration(DURATION).attr('height', plan.height).attr('viewBox', viewBox);
  else svg.interrupt().attr('height', plan.height).attr('viewBox', viewBox);

  const cells = svg
    .select<SVGGElement>('g.cells')
    .selectAll<SVGRectElement, Cell>('rect')
    .data(plan.cells, (d) => d.key);
  const exiting = cells.exit<Cell>();
  if (animate)
    exiting
      .transition()
      .duration(DURATION / 2)
      .style('opacity', 0)
      .remove();
  else exiting.interrupt().remove();

  const entering = cells
    .enter()
    .append('rect')
    .attr('x', (d) => d.x + inset(d) / 2)
    .attr('y', (d) => d.y + inset(d) / 2)
    .attr('width', (d) => d.size - inset(d))
    .attr('height', (d) => d.size - inset(d))
    .attr('rx', 1.5)
    .style('opacity', animate ? 0 : 1);
  const all = styleCells(entering.merge(cells));
  if (animate) {
    all
      .transition()
      .duration(DURATION)
      .attr('x', (d) => d.x + inset(d) / 2)
      .attr('y', (d) => d.y + inset(d) / 2)
      .attr('width', (d) => d.size - inset(d))
      .attr('height', (d) => d.size - inset(d))
      .style('opacity', 1);
  } else {
    all
      .interrupt()
      .attr('x', (d) => d.x + inset(d) / 2)
      .attr('y', (d) => d.y + inset(d) / 2)
      .attr('width', (d) => d.size - inset(d))
      .attr('height', (d) => d.size - inset(d))
      .style('opacity', 1);
  }

  svg
    .select<SVGGElement>('g.labels')
    .selectAll<SVGTextElement, Label>('text')
    .data(plan.labels, (d) => d.key)
    .join('text')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('text-anchor', (d) => d.anchor)
    .attr('data-label', (d) => d.key)
    .style('font-size', (d) => (d.big ? '22px' : null))
    .text((d) => d.text);
  return node;
}
