/**
 * Heat map of a transposed convolution's output with its colour legend, for the checkerboard widget.
 * Pure drawing: (grid, interior range, labels) → SVG. A cell's colour is the theme's accent (or the stamp
 * colour for negative values) at an opacity proportional to |value| / max|value|, over the theme's cell
 * colour, so the same figure reads in light and dark mode. A dashed square marks the interior, the cells
 * the input's edge does not reach, where the checkerboard strength is measured.
 */
import { create } from 'd3-selection';
import { formatCell } from '../lib/grid/grid';

export interface CheckerboardData {
  values: number[][];
  /** Half-open [start, end) of the interior along both axes. */
  interior: [number, number];
  /** What the figure shows, in words (becomes the SVG's aria-label). */
  description: string;
  /** Unique per SVG on the page: the legend's gradient id is built from it. */
  idPrefix: string;
  /** The legend's word under a 0…max scale ("value"), in the reader's language. */
  valueLabel: string;
}

export interface CheckerboardOptions {
  mapSize?: number;
}

const LEGEND_GAP = 14;
const LEGEND_HEIGHT = 10;
const LABEL_ROOM = 20;

function extent(values: number[][]): { maxAbs: number; hasNegative: boolean } {
  let maxAbs = 0;
  let hasNegative = false;
  for (const row of values) {
    for (const v of row) {
      maxAbs = Math.max(maxAbs, Math.abs(v));
      if (v < 0) hasNegative = true;
    }
  }
  return { maxAbs, hasNegative };
}

export function drawCheckerboard(data: CheckerboardData, options: CheckerboardOptions = {}): SVGSVGElement {
  const mapSize = options.mapSize ?? 240;
  const { values, interior, description, idPrefix } = data;
  const n = values.length;
  const cell = mapSize / n;
  const { maxAbs, hasNegative } = extent(values);
  const height = mapSize + LEGEND_GAP + LEGEND_HEIGHT + LABEL_ROOM;
  const svg = create<SVGSVGElement>('svg:svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${mapSize} ${height}`)
    .attr('width', mapSize)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', description)
    .attr('class', 'checkerboard-figure');

  svg
    .append('rect')
    .attr('width', mapSize)
    .attr('height', mapSize)
    .style('fill', 'var(--cell)')
    .style('stroke', 'var(--border)');
  const cells = svg.append('g').attr('aria-hidden', 'true');
  values.forEach((row, y) =>
    row.forEach((v, x) => {
      cells
        .append('rect')
        .attr('x', x * cell)
        .attr('y', y * cell)
        .attr('width', cell)
        .attr('height', cell)
        .style('fill', v < 0 ? 'var(--stamp)' : 'var(--accent)')
        .style('fill-opacity', maxAbs > 0 ? Math.abs(v) / maxAbs : 0)
        .style('stroke', n <= 16 ? 'var(--border)' : 'none')
        .style('stroke-width', 0.5);
    }),
  );

  const [start, end] = interior;
  if (end > start) {
    svg
      .append('rect')
      .attr('x', start * cell)
      .attr('y', start * cell)
      .attr('width', (end - start) * cell)
      .attr('height', (end - start) * cell)
      .style('fill', 'none')
      .style('stroke', 'var(--fg)')
      .style('stroke-width', 1.5)
      .style('stroke-dasharray', '5 3');
  }

  const gradientId = `${idPrefix}-legend`;
  const gradient = svg.append('defs').append('linearGradient').attr('id', gradientId);
  const stops: [number, string, number][] = hasNegative
    ? [
        [0, 'var(--stamp)', 1],
        [0.5, 'var(--stamp)', 0],
        [1, 'var(--accent)', 1],
      ]
    : [
        [0, 'var(--accent)', 0],
        [1, 'var(--accent)', 1],
      ];
  for (const [offset, colour, opacity] of stops) {
    gradient.append('stop').attr('offset', offset).style('stop-color', colour).style('stop-opacity', opacity);
  }
  const legendTop = mapSize + LEGEND_GAP;
  const legend = svg.append('g').attr('aria-hidden', 'true');
  legend
    .append('rect')
    .attr('y', legendTop)
    .attr('width', mapSize)
    .attr('height', LEGEND_HEIGHT)
    .style('fill', `url(#${gradientId})`)
    .style('stroke', 'var(--border)');
  const labels: [number, string, string][] = hasNegative
    ? [
        [0, 'start', formatCell(-maxAbs)],
        [mapSize / 2, 'middle', '0'],
        [mapSize, 'end', formatCell(maxAbs)],
      ]
    : [
        [0, 'start', '0'],
        [mapSize, 'end', formatCell(maxAbs)],
      ];
  for (const [x, anchor, text] of labels) {
    legend
      .append('text')
      .attr('x', x)
      .attr('y', legendTop + LEGEND_HEIGHT + 14)
      .attr('text-anchor', anchor)
      .style('fill', 'var(--fg-soft)')
      .style('font-size', '11px')
      .text(text);
  }
  if (!hasNegative) {
    legend
      .append('text')
      .attr('x', mapSize / 2)
      .attr('y', legendTop + LEGEND_HEIGHT + 14)
      .attr('text-anchor', 'middle')
      .style('fill', 'var(--fg-soft)')
      .style('font-size', '11px')
      .text(data.valueLabel);
  }

  const node = svg.node();
  if (!node) throw new Error('d3 could not create the SVG element.');
  return node;
}
