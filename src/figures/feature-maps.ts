/**
 * A row of feature maps (wrapping to the width): each tile is one map as a grey picture (light = strong
 * response), drawn at the same size whatever its resolution so a 4 × 4 pool5 map shows its coarse cells,
 * with the 3×3 filter that made it beside it when there is one (RGB weights as colours, or numbers).
 * Pure drawing: (panels, options) → SVG.
 */
import { create, type Selection } from 'd3-selection';

export type Swatch = { kind: 'rgb'; rgba: Uint8ClampedArray } | { kind: 'numbers'; values: readonly number[] };

export interface MapTile {
  label: string;
  /** Data URL of the grey map. */
  url: string;
  height: number;
  width: number;
  swatch?: Swatch;
}

export interface MapGridOptions {
  width: number;
  /** Side of a map tile in CSS px. */
  tile: number;
  label: string;
}

type Group = Selection<SVGGElement, undefined, null, undefined>;

function drawSwatch(g: Group, swatch: Swatch, size: number): void {
  const cell = size / 3;
  for (let i = 0; i < 9; i++) {
    const [y, x] = [Math.floor(i / 3), i % 3];
    const fill =
      swatch.kind === 'rgb'
        ? `rgb(${swatch.rgba[i * 4]}, ${swatch.rgba[i * 4 + 1]}, ${swatch.rgba[i * 4 + 2]})`
        : 'var(--cell)';
    g.append('rect')
      .attr('x', x * cell)
      .attr('y', y * cell)
      .attr('width', cell)
      .attr('height', cell)
      .attr('fill', fill)
      .attr('stroke', 'var(--border)')
      .attr('stroke-width', 0.5);
    if (swatch.kind === 'numbers') {
      const v = swatch.values[i];
      const inverse = Math.round(1 / v);
      const text = Number.isInteger(v)
        ? String(v).replace('-', '−')
        : Math.abs(1 / v - inverse) < 1e-6
          ? `1/${inverse}`
          : v.toFixed(1);
      g.append('text')
        .attr('x', x * cell + cell / 2)
        .attr('y', y * cell + cell / 2 + 3)
        .attr('font-size', text.length > 2 ? 7 : 8)
        .attr('text-anchor', 'middle')
        .attr('fill', 'var(--fg)')
        .text(text);
    }
  }
}

export function drawMapGrid(tiles: readonly MapTile[], options: MapGridOptions): SVGSVGElement {
  const swatchSize = tiles.some((t) => t.swatch) ? Math.round(options.tile * 0.5) : 0;
  const tileWidth = options.tile + (swatchSize ? swatchSize + 6 : 0);
  const gap = 10;
  const label = 28;
  const perRow = Math.max(1, Math.floor((options.width + gap) / (tileWidth + gap)));
  const rows = Math.ceil(tiles.length / perRow);
  const width = Math.min(tiles.length, perRow) * (tileWidth + gap) - gap + 2;
  const height = rows * (options.tile + label + gap);
  const svg = create('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', options.label);
  tiles.forEach((tile, i) => {
    const g = svg
      .append('g')
      .attr('class', 'map-tile')
      .attr(
        'transform',
        `translate(${1 + (i % perRow) * (tileWidth + gap)},${Math.floor(i / perRow) * (options.tile + label + gap)})`,
      );
    if (tile.swatch) drawSwatch(g.append('g'), tile.swatch, swatchSize);
    const x0 = swatchSize ? swatchSize + 6 : 0;
    g.append('image')
      .attr('href', tile.url)
      .attr('x', x0)
      .attr('y', 0)
      .attr('width', options.tile)
      .attr('height', options.tile)
      .attr('preserveAspectRatio', 'none')
      .style('image-rendering', 'pixelated');
    g.append('rect')
      .attr('x', x0)
      .attr('y', 0)
      .attr('width', options.tile)
      .attr('height', options.tile)
      .attr('fill', 'none')
      .attr('stroke', 'var(--border)');
    g.append('text')
      .attr('x', x0)
      .attr('y', options.tile + 12)
      .attr('font-size', 11)
      .attr('fill', 'var(--fg)')
      .text(tile.label.length > 20 ? `${tile.label.slice(0, 19)}…` : tile.label);
    g.append('text')
      .attr('x', x0)
      .attr('y', options.tile + 24)
      .attr('font-size', 11)
      .attr('fill', 'var(--fg-soft)')
      .text(`${tile.height} × ${tile.width}`);
    g.append('title').text(`${tile.label}: ${tile.height} × ${tile.width}`);
  });
  return svg.node() as SVGSVGElement;
}
