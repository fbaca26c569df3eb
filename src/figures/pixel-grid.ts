/**
 * A feature map seen from above: an H × W grid of pixels, each standing for a whole vector of channels, with
 * one chosen pixel marked. Cells carry `data-cell="row,col"` so a widget can let the reader pick one.
 * Pure drawing: (data, options) → SVG.
 */
import { create } from 'd3-selection';

export interface PixelGridData {
  height: number;
  width: number;
  row: number;
  col: number;
  /** Words for the aria-label, e.g. "input map, 4 channels per pixel". */
  what: string;
  /** The whole aria-label in the page's words; replaces the English one built from `what`. */
  label?: string;
}

export function drawPixelGrid(data: PixelGridData, options: { width: number; maxCell?: number }): SVGSVGElement {
  const { height, width, row, col } = data;
  const cell = Math.max(6, Math.min(options.maxCell ?? 26, Math.floor((options.width - 4) / width)));
  const [w, h] = [width * cell + 4, height * cell + 4];
  const svg = create('svg')
    .attr('viewBox', `0 0 ${w} ${h}`)
    .attr('width', w)
    .attr('height', h)
    .attr('role', 'img')
    .attr(
      'aria-label',
      data.label ?? `${data.what}: ${height} by ${width} pixels, pixel row ${row}, column ${col} chosen`,
    );
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const chosen = y === row && x === col;
      svg
        .append('rect')
        .attr('x', 2 + x * cell)
        .attr('y', 2 + y * cell)
        .attr('width', cell - 1)
        .attr('height', cell - 1)
        .attr('data-cell', `${y},${x}`)
        .attr('fill', chosen ? 'color-mix(in srgb, var(--stamp) 55%, var(--cell))' : 'var(--cell)')
        .attr('stroke', chosen ? 'var(--stamp)' : 'var(--border)')
        .attr('stroke-width', chosen ? 2 : 1)
        .style('cursor', 'pointer');
    }
  }
  return svg.node() as SVGSVGElement;
}
