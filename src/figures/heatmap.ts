/**
 * One score map of the FCN head as a heat map at its true resolution: a map of stride s has cells of
 * s × s input pixels, drawn s·scale CSS px wide, so a 1/32 map's cells are twice as wide as a 1/16 map's
 * and every panel lines up with the image (dashed frame). Cells the next crop throws away are hatched and
 * faded. Colours: a diverging scale centred on 0 (red = high score for the class, blue = low), shared by
 * all panels through `domain`. Pure drawing: (data, options) → <svg role="img">.
 */
import { scaleDiverging } from 'd3-scale';
import { interpolateRdBu } from 'd3-scale-chromatic';

export interface HeatmapData {
  name: string;
  height: number;
  width: number;
  values: Float32Array;
  /** Input pixels per cell. */
  stride: number;
  /** Cells kept by the following crop, [height, width]. */
  kept: [number, number];
  /** The input image's size in pixels, [height, width]. */
  image: [number, number];
}

export interface HeatmapOptions {
  /** CSS px per input pixel. */
  scale: number;
  /** Largest |score| of the colour scale. */
  domain: number;
  /** Unique among the page's SVGs (for the hatch pattern id). */
  idPrefix: string;
  label: string;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Below this many CSS px per cell, cells are drawn as one raster instead of rectangles. */
const MIN_RECT_CELL = 3;

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

export function heatColour(domain: number): (value: number) => string {
  const d = domain > 0 ? domain : 1;
  return scaleDiverging<string>((t) => interpolateRdBu(1 - t)).domain([-d, 0, d]).clamp(true);
}

function raster(data: HeatmapData, colour: (v: number) => string): string {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [data.width, data.height];
  const context = canvas.getContext('2d');
  if (!context) return '';
  for (let y = 0; y < data.height; y++) {
    for (let x = 0; x < data.width; x++) {
      context.fillStyle = colour(data.values[y * data.width + x]);
      context.fillRect(x, y, 1, 1);
    }
  }
  return canvas.toDataURL('image/png');
}

export function stageHeatmap(data: HeatmapData, options: HeatmapOptions): SVGSVGElement {
  const colour = heatColour(options.domain);
  const cell = data.stride * options.scale;
  const [w, h] = [data.width * cell, data.height * cell];
  const svg = element('svg', { viewBox: `-1 -1 ${w + 2} ${h + 2}`, width: Math.ceil(w + 2), height: Math.ceil(h + 2), role: 'img' });
  const [cropRows, cropCols] = [data.height - data.kept[0], data.width - data.kept[1]];
  const cropText = cropRows || cropCols ? `; the crop drops ${cropRows} row(s) and ${cropCols} column(s)` : '; nothing is cropped';
  svg.setAttribute('aria-label', `${options.label}: ${data.height} × ${data.width} cells of ${data.stride} × ${data.stride} px${cropText}`);
  svg.dataset.cells = `${data.height}x${data.width}`;
  const hatchId = `${options.idPrefix}-hatch`;
  const pattern = element('pattern', { id: hatchId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(element('line', { x1: 0, y1: 0, x2: 0, y2: 6, style: 'stroke: var(--fg); stroke-width: 1.5' }));
  const defs = element('defs', {});
  defs.append(pattern);
  svg.append(defs);
  if (cell >= MIN_RECT_CELL) {
    const g = element('g', { style: 'stroke: var(--bg); stroke-width: 0.5' });
    for (let y = 0; y < data.height; y++) {
      for (let x = 0; x < data.width; x++) {
        g.append(element('rect', { x: x * cell, y: y * cell, width: cell, height: cell, fill: colour(data.values[y * data.width + x]) }));
      }
    }
    svg.append(g);
  } else {
    svg.append(element('image', { href: raster(data, colour), width: w, height: h, preserveAspectRatio: 'none', style: 'image-rendering: pixelated' }));
  }
  const [keptW, keptH] = [data.kept[1] * cell, data.kept[0] * cell];
  for (const [x, y, rw, rh] of [[keptW, 0, w - keptW, h], [0, keptH, keptW, h - keptH]]) {
    if (rw <= 0 || rh <= 0) continue;
    svg.append(element('rect', { x, y, width: rw, height: rh, fill: `url(#${hatchId})`, style: 'fill-opacity: 0.9' }));
    svg.append(element('rect', { x, y, width: rw, height: rh, style: 'fill: var(--bg); fill-opacity: 0.45' }));
  }
  const [imageH, imageW] = [data.image[0] * options.scale, data.image[1] * options.scale];
  svg.append(element('rect', { x: 0, y: 0, width: imageW, height: imageH, style: 'fill: none; stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 3' }));
  return svg;
}

/** A horizontal colour bar from −domain to +domain with three labelled ticks. */
export function heatLegend(domain: number, label: string): SVGSVGElement {
  const colour = heatColour(domain);
  const [w, h] = [220, 34];
  const svg = element('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: 'img' });
  svg.setAttribute('aria-label', `${label}: blue is ${(-domain).toFixed(1)}, white 0, red ${domain.toFixed(1)}`);
  const steps = 44;
  for (let i = 0; i < steps; i++) {
    const v = -domain + ((i + 0.5) / steps) * 2 * domain;
    svg.append(element('rect', { x: 10 + (i * 200) / steps, y: 2, width: 200 / steps + 0.5, height: 12, fill: colour(v) }));
  }
  const ticks: [number, string][] = [[10, (-domain).toFixed(1)], [110, '0'], [210, domain.toFixed(1)]];
  for (const [x, text] of ticks) {
    const t = element('text', { x, y: 30, 'text-anchor': 'middle', style: 'fill: var(--fg); font-size: 11px' });
    t.textContent = text;
    svg.append(t);
  }
  return svg;
}
