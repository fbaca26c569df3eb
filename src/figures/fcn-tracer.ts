/**
 * Where an FCN's output lands on its input, to scale: the input rectangle, the canvas conv1_1's zero padding
 * makes around it, the last upsampled score map placed by its coordinate map, the window the final crop keeps,
 * and the centres of the coarse score map's pixels. Pure drawing: (picture, options) → SVG; a legend under the
 * drawing names each mark with its numbers, in the words of the `Messages` it is given (the figure holds no text
 * of its own). Colours are the theme's CSS variables.
 *
 * All positions are in input pixels with pixel i covering [i, i + 1): a blob of scale 1 whose pixel 0 is centred
 * at input coordinate `offset` covers [offset, offset + size).
 */
import { create, type Selection } from 'd3-selection';
import type { Messages } from '../i18n/client';

export interface PictureBlob {
  name: string;
  height: number;
  width: number;
  /** Input coordinate of the centre of pixel 0 (pixel y is centred at scale·y + offset). */
  offset: number;
  scale: number;
}

export interface TracerPicture {
  input: { height: number; width: number };
  /** conv1_1's zero padding on each side. */
  padding: number;
  /** The last upsampled score map (scale 1), when the network reaches it. */
  upsampled?: PictureBlob;
  /** The final crop: offset in the upsampled map's pixels; it keeps an input-sized window. */
  crop?: { name: string; offset: number; fits: boolean; explicit: boolean };
  /** The coarsest score map (score_fr), whose pixel centres are drawn as dots. */
  grid?: PictureBlob;
  /** What the picture shows, in words (the SVG's aria-label). */
  description: string;
}

export interface TracerPictureOptions {
  /** The reader's language: the legend's words (keys fcnTracer.legend.*). */
  m: Messages;
  /** Width of the SVG in CSS pixels. */
  width?: number;
  /** Largest height of the drawing area (without legend). */
  maxHeight?: number;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const LINE = 17;
/** Room the legend's longest line needs. */
const LEGEND_WIDTH = 300;
const MARGIN = 6;

const dims = (b: { height: number; width: number }): string => `${b.height}×${b.width}`;
const num = (v: number): string => String(Math.round(v * 100) / 100).replace('-', '−');

function boxOf(blob: PictureBlob | undefined, shift = 0): Box | undefined {
  if (!blob) return undefined;
  const start = blob.offset + 0.5 - blob.scale / 2 + shift;
  return { top: start, left: start, bottom: start + blob.height * blob.scale, right: start + blob.width * blob.scale };
}

function union(boxes: (Box | undefined)[]): Box {
  const list = boxes.filter((b): b is Box => b !== undefined);
  return {
    top: Math.min(...list.map((b) => b.top)),
    left: Math.min(...list.map((b) => b.left)),
    bottom: Math.max(...list.map((b) => b.bottom)),
    right: Math.max(...list.map((b) => b.right)),
  };
}

interface Mark {
  box: Box;
  stroke: string;
  fill: string;
  dash?: string;
  strokeWidth?: number;
  legend: string;
}

/** The parts of `window` outside `inside` (up to four strips), where a crop that does not fit runs past its map. */
function overhang(window: Box, inside: Box): Box[] {
  const strips: Box[] = [];
  if (window.right > inside.right) strips.push({ ...window, left: Math.max(window.left, inside.right) });
  if (window.left < inside.left) strips.push({ ...window, right: Math.min(window.right, inside.left) });
  if (window.bottom > inside.bottom) strips.push({ ...window, top: Math.max(window.top, inside.bottom) });
  if (window.top < inside.top) strips.push({ ...window, bottom: Math.min(window.bottom, inside.top) });
  return strips;
}

function marks(picture: TracerPicture, m: Messages): Mark[] {
  const { input, padding, upsampled, crop } = picture;
  const inputBox: Box = { top: 0, left: 0, bottom: input.height, right: input.width };
  const padded: Box = { top: -padding, left: -padding, bottom: input.height + padding, right: input.width + padding };
  const list: Mark[] = [
    {
      box: padded,
      stroke: 'var(--fg-soft)',
      fill: 'var(--cell)',
      dash: '4 3',
      legend: m.t('fcnTracer.legend.padded', {
        size: `${input.height + 2 * padding}×${input.width + 2 * padding}`,
        padding: String(padding),
      }),
    },
    {
      box: inputBox,
      stroke: 'var(--accent)',
      fill: 'var(--accent-soft)',
      legend: m.t('fcnTracer.legend.input', { size: dims(input) }),
    },
  ];
  const up = boxOf(upsampled);
  if (upsampled && up) {
    list.push({
      box: up,
      stroke: 'var(--ok)',
      fill: 'none',
      dash: '7 3',
      strokeWidth: 1.5,
      legend: m.t('fcnTracer.legend.upsampled', {
        layer: upsampled.name,
        size: dims(upsampled),
        start: num(up.top),
      }),
    });
  }
  if (upsampled && up && crop) {
    const start = up.top + crop.offset;
    const window: Box = {
      top: start,
      left: up.left + crop.offset,
      bottom: start + input.height,
      right: up.left + crop.offset + input.width,
    };
    const where = crop.fits
      ? start === 0 && window.left === 0
        ? m.t('fcnTracer.legend.aligned')
        : m.t('fcnTracer.legend.landsAt', { start: num(start) })
      : m.t('fcnTracer.legend.doesNotFit');
    list.push({
      box: window,
      stroke: 'var(--stamp)',
      fill: 'none',
      dash: crop.fits ? undefined : '3 3',
      strokeWidth: 2.5,
      legend: m.t(crop.explicit ? 'fcnTracer.legend.window' : 'fcnTracer.legend.windowImplicit', {
        offset: num(crop.offset),
        where,
      }),
    });
    if (!crop.fits) {
      for (const box of overhang(window, up)) list.push({ box, stroke: 'none', fill: 'var(--stamp)', legend: '' });
    }
  }
  return list;
}

function swatch(g: Selection<SVGGElement, undefined, null, undefined>, mark: Mark | 'dot' | 'none'): void {
  if (mark === 'none') return;
  if (mark === 'dot') {
    g.append('circle').attr('cx', 9).attr('cy', -4).attr('r', 3).style('fill', 'var(--fg)');
    return;
  }
  g.append('rect')
    .attr('x', 1)
    .attr('y', -10)
    .attr('width', 16)
    .attr('height', 11)
    .style('fill', mark.fill)
    .style('stroke', mark.stroke)
    .style('stroke-width', mark.strokeWidth ?? 1)
    .style('stroke-dasharray', mark.dash ?? 'none');
}

export function drawFcnTracer(picture: TracerPicture, options: TracerPictureOptions): SVGSVGElement {
  const { m } = options;
  const available = Math.max(240, options.width ?? 560);
  const maxHeight = options.maxHeight ?? 440;
  const list = marks(picture, m);
  const gridBox = boxOf(picture.grid);
  const extent = union([...list.map((m) => m.box), gridBox]);
  const unit = Math.min(
    (available - 2 * MARGIN) / (extent.right - extent.left),
    maxHeight / (extent.bottom - extent.top),
  );
  const width = Math.min(available, Math.max(LEGEND_WIDTH, (extent.right - extent.left) * unit + 2 * MARGIN));
  const x = (v: number): number => MARGIN + (v - extent.left) * unit;
  const y = (v: number): number => MARGIN + (v - extent.top) * unit;
  const drawingHeight = (extent.bottom - extent.top) * unit + 2 * MARGIN;
  const legendRows = list.filter((mark) => mark.legend).length + (picture.grid ? 1 : 0) + (picture.upsampled ? 0 : 1);
  const height = drawingHeight + legendRows * LINE + 6;

  const svg = create<SVGSVGElement>('svg:svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', picture.description)
    .attr('class', 'fcn-tracer-figure')
    .style('font', '12px var(--font)');

  const drawing = svg.append('g').attr('aria-hidden', 'true');
  for (const mark of list) {
    const { box } = mark;
    drawing
      .append('rect')
      .attr('x', x(box.left))
      .attr('y', y(box.top))
      .attr('width', Math.max(1, (box.right - box.left) * unit))
      .attr('height', Math.max(1, (box.bottom - box.top) * unit))
      .style('fill', mark.fill)
      .style('stroke', mark.stroke)
      .style('stroke-width', mark.strokeWidth ?? 1)
      .style('stroke-dasharray', mark.dash ?? 'none');
  }
  const { grid } = picture;
  if (grid) {
    const radius = Math.max(0.8, Math.min(3, (grid.scale * unit) / 5));
    const dots = drawing.append('g').style('fill', 'var(--fg)');
    for (let row = 0; row < grid.height; row++) {
      for (let col = 0; col < grid.width; col++) {
        dots
          .append('circle')
          .attr('r', radius)
          .attr('cx', x(grid.scale * col + grid.offset + 0.5))
          .attr('cy', y(grid.scale * row + grid.offset + 0.5));
      }
    }
  }

  const legend = svg
    .append('g')
    .attr('aria-hidden', 'true')
    .attr('transform', `translate(${MARGIN}, ${drawingHeight + LINE - 2})`);
  const rows: { mark: Mark | 'dot' | 'none'; text: string }[] = list
    .filter((mark) => mark.legend)
    .map((mark) => ({ mark, text: mark.legend }));
  if (!picture.upsampled) rows.push({ mark: 'none', text: m.t('fcnTracer.legend.noUpsampling') });
  if (grid)
    rows.push({
      mark: 'dot',
      text: m.t('fcnTracer.legend.grid', {
        layer: grid.name,
        scale: String(grid.scale),
        sign: grid.offset < 0 ? '−' : '+',
        offset: num(Math.abs(grid.offset)),
      }),
    });
  rows.forEach((row, i) => {
    const g = legend.append('g').attr('transform', `translate(0, ${i * LINE})`);
    swatch(g, row.mark);
    g.append('text').attr('x', 24).attr('y', 0).style('fill', 'var(--fg)').text(row.text);
  });
  return svg.node() as SVGSVGElement;
}
