/**
 * The receptive field at every level: one square grid per level (input first, the chosen output cell last),
 * the cells the chosen output cell depends on filled, and on the input grid a dot wherever a real gradient
 * of that cell is non-zero — the two should coincide. Panels wrap to fit the width. Pure drawing.
 */
import { create } from 'd3-selection';

export interface FieldLevel {
  label: string;
  size: number;
  /** Exact rows and columns in the field at this level (the field is their product). */
  rows: readonly number[];
  cols: readonly number[];
}

export interface FieldFigureData {
  levels: FieldLevel[];
  /** 1 where the gradient is non-zero, [size, size] of the input; null before tfjs has run. */
  gradient: Uint8Array | null;
  /** Words for the aria-label. */
  summary: string;
}

/** The [row, col] of the top grid under a click at (`x`, `y`), both in [0, 1) of the picker's box. */
export function cellAt(size: number, x: number, y: number): [number, number] {
  const pick = (v: number) => Math.min(size - 1, Math.max(0, Math.floor(v * size)));
  return [pick(y), pick(x)];
}

export function drawReceptiveField(data: FieldFigureData, options: { width: number }): SVGSVGElement {
  const gap = 14;
  const levels = data.levels.length;
  const perRow = Math.max(1, Math.min(levels, Math.floor((options.width + gap) / (140 + gap))));
  const panel = Math.max(120, Math.min(230, Math.floor((options.width - 4 + gap) / perRow - gap)));
  const header = 30;
  const rowsNeeded = Math.ceil(levels / perRow);
  const width = Math.min(options.width, perRow * (panel + gap) - gap + 4);
  const height = rowsNeeded * (panel + header + gap);
  const svg = create('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', data.summary);
  data.levels.forEach((level, i) => {
    const [px, py] = [2 + (i % perRow) * (panel + gap), Math.floor(i / perRow) * (panel + header + gap)];
    const cell = panel / level.size;
    const g = svg.append('g').attr('data-level', i).attr('transform', `translate(${px},${py})`);
    const words = level.label.split('\n');
    words.forEach((line, j) =>
      g
        .append('text')
        .attr('x', 0)
        .attr('y', 11 + j * 13)
        .attr('font-size', 11)
        .attr('fill', j === 0 ? 'var(--fg)' : 'var(--fg-soft)')
        .text(line),
    );
    const grid = g.append('g').attr('transform', `translate(0,${header})`);
    grid
      .append('rect')
      .attr('width', panel)
      .attr('height', panel)
      .attr('fill', 'var(--cell)')
      .attr('stroke', 'var(--border)');
    const rowSet = new Set(level.rows);
    const colSet = new Set(level.cols);
    const isTop = i === data.levels.length - 1;
    for (const y of level.rows) {
      for (const x of level.cols) {
        grid
          .append('rect')
          .attr('class', 'in-field')
          .attr('x', x * cell)
          .attr('y', y * cell)
          .attr('width', cell)
          .attr('height', cell)
          .attr('fill', isTop ? 'var(--stamp)' : 'color-mix(in srgb, var(--accent) 45%, var(--cell))');
      }
    }
    if (cell >= 5) {
      const lines = Array.from({ length: level.size - 1 }, (_, k) => {
        const at = (k + 1) * cell;
        return `M${at},0V${panel}M0,${at}H${panel}`;
      });
      grid.append('path').attr('d', lines.join('')).attr('stroke', 'var(--border)').attr('stroke-width', 0.5);
    }
    if (isTop) {
      // One target over the whole top grid (not one per cell: 676 elements at 26 × 26); a click finds its cell
      // with cellAt.
      grid
        .append('rect')
        .attr('class', 'cell-picker')
        .attr('data-grid-size', level.size)
        .attr('width', panel)
        .attr('height', panel)
        .attr('fill', 'transparent')
        .style('cursor', 'pointer');
    }
    if (i === 0 && data.gradient) {
      const radius = Math.max(1, Math.min(3, cell / 4));
      for (let y = 0; y < level.size; y++) {
        for (let x = 0; x < level.size; x++) {
          if (!data.gradient[y * level.size + x]) continue;
          const outside = !(rowSet.has(y) && colSet.has(x));
          grid
            .append('circle')
            .attr('class', outside ? 'grad outside' : 'grad')
            .attr('cx', (x + 0.5) * cell)
            .attr('cy', (y + 0.5) * cell)
            .attr('r', radius)
            .attr('fill', outside ? 'var(--warn)' : 'var(--fg)');
        }
      }
    }
  });
  return svg.node() as SVGSVGElement;
}
