/**
 * Heat map of a transposed convolution's output with its colour legend, for the checkerboard widget.
 * Pure drawing: (grid, interior range, labels) → SVG. A cell's colour is the theme's accent (or the stamp
 * colour for negative values) at an opacity proportional to |value| / max|value|, over the theme's cell
 * colour, so the same figure reads in light and dark mode; cells of one colour are one path (levelPaths). A
 * dashed square marks the interior, the cells the input's edge does not reach, where the checkerboard
 * strength is measured.
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

/** One colour level of the map: every cell whose |value| / max|value| rounds to `opacity` (in 1/255 steps,
 * what a screen shows), with the same sign, as one path of squares. */
export interface LevelPath {
  negative: boolean;
  opacity: number;
  d: string;
}

const LEVELS = 255;
const num = (v: number): string => String(Math.round(v * 1000) / 1000);

/** The map's cells grouped by colour level (zero cells left to the background): one path per level, not one
 * rect per cell. A constant input through stacked transposed convolutions takes only a few distinct values, so
 * a 32 × 32 map is a handful of elements for the browser to style, lay out and paint on every slider event, not
 * 1,024. Levels in the order first met (row-major). */
export function levelPaths(values: readonly (readonly number[])[], cell: number, maxAbs: number): LevelPath[] {
  const levels = new Map<number, { negative: boolean; level: number; parts: string[] }>();
  if (!(maxAbs > 0)) return [];
  values.forEach((row, y) =>
    row.forEach((v, x) => {
      const level = Math.round((Math.abs(v) / maxAbs) * LEVELS);
      if (level === 0) return;
      const key = v < 0 ? -level : level;
      let entry = levels.get(key);
      if (!entry) levels.set(key, (entry = { negative: v < 0, level, parts: [] }));
      entry.parts.push(`M${num(x * cell)},${num(y * cell)}h${num(cell)}v${num(cell)}h${num(-cell)}z`);
    }),
  );
  return [...levels.values()].map(({ negative, level, parts }) => ({
    negative,
    opacity: level / LEVELS,
    d: parts.join(''),
  }));
}

/** The lines between the cells of an n × n map, `cell` apart (drawn only while cells are big enough to read). */
function gridLines(n: number, cell: number): string {
  const size = num(n * cell);
  const parts: string[] = [];
  for (let i = 0; i <= n; i += 1) parts.push(`M0,${num(i * cell)}H${size}`, `M${num(i * cell)},0V${size}`);
  return parts.join('');
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
  const cells = svg.append('g').attr('aria-hidden', 'true').attr('class', 'cells');
  for (const level of levelPaths(values, cell, maxAbs)) {
    cells
      .append('path')
      .attr('d', level.d)
      .style('fill', level.negative ? 'var(--stamp)' : 'var(--accent)')
      .style('fill-opacity', level.opacity);
  }
  if (n <= 16)
    cells.append('path').attr('d', gridLines(n, cell)).style('stroke', 'var(--border)').style('stroke-width', 0.5);

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
