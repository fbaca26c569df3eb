/**
 * One score map of the FCN head as a heat map at its true resolution: a map of stride s has cells of
 * s × s input pixels, drawn s·scale CSS px wide, so a 1/32 map's cells are twice as wide as a 1/16 map's
 * and every panel lines up with the image (dashed frame). Cells the next crop throws away are hatched and
 * faded. Colours: a diverging scale centred on 0 (red = high score for the class, blue = low), shared by
 * all panels through `domain`. Pure drawing: (data, options) → <svg role="img">.
 */
import { scaleDiverging } from 'd3-scale';
import { interpolateRdBu } from 'd3-scale-chromatic';
import { rgbaToUrl } from './raster';

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
  /** A true outline drawn over the map: 1 per input pixel on an edge, [image height, image width]. */
  outline?: Uint8Array;
}

export interface HeatmapOptions {
  /** CSS px per input pixel. */
  scale: number;
  /** Largest |score| of the colour scale. */
  domain: number;
  /** Unique among the page's SVGs (for the hatch pattern id). */
  idPrefix: string;
  /** The map in words (the SVG's aria-label, in the page's language): what it is, its cells, what the crop drops. */
  label: string;
  /** Colour of cell i instead of the heat scale (a label map: class colours). */
  colourOf?: (index: number) => string;
  /** Colour of the outline, e.g. black over heat colours, white over class colours. */
  outlineColour?: readonly [number, number, number];
  /** The aria-label's words after `label` in the page's language (English when absent). */
  describe?: (cells: { height: number; width: number; stride: number; cropRows: number; cropCols: number }) => string;
}

/** An outline mask as a transparent PNG: `colour` where the mask is 1. */
export function outlineUrl(
  mask: Uint8Array,
  height: number,
  width: number,
  colour: readonly [number, number, number],
): string {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  const context = canvas.getContext('2d');
  if (!context) return '';
  const pixels = new Uint8ClampedArray(height * width * 4);
  mask.forEach((on, i) => on && pixels.set([colour[0], colour[1], colour[2], 255], i * 4));
  context.putImageData(new ImageData(pixels, width, height), 0, 0);
  return canvas.toDataURL('image/png');
}

const SVG = 'http://www.w3.org/2000/svg';

/** A number for figure text with a real minus sign (U+2212), not a hyphen: "−4.0". */
export function signed(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  return value < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
}
/** Below this many CSS px per cell, cells are drawn as one raster instead of rectangles. */
const MIN_RECT_CELL = 3;

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

export function heatColour(domain: number): (value: number) => string {
  const d = domain > 0 ? domain : 1;
  return scaleDiverging<string>((t) => interpolateRdBu(1 - t))
    .domain([-d, 0, d])
    .clamp(true);
}

function raster(data: HeatmapData, colour: (index: number) => string): string {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [data.width, data.height];
  const context = canvas.getContext('2d');
  if (!context) return '';
  for (let y = 0; y < data.height; y++) {
    for (let x = 0; x < data.width; x++) {
      context.fillStyle = colour(y * data.width + x);
      context.fillRect(x, y, 1, 1);
    }
  }
  return canvas.toDataURL('image/png');
}

export function stageHeatmap(data: HeatmapData, options: HeatmapOptions): SVGSVGElement {
  const heat = heatColour(options.domain);
  const colour = options.colourOf ?? ((i: number) => heat(data.values[i]));
  const cell = data.stride * options.scale;
  const [w, h] = [data.width * cell, data.height * cell];
  const svg = element('svg', {
    viewBox: `-1 -1 ${w + 2} ${h + 2}`,
    width: Math.ceil(w + 2),
    height: Math.ceil(h + 2),
    role: 'img',
  });
  svg.setAttribute('aria-label', options.label);
  svg.dataset.cells = `${data.height}x${data.width}`;
  const hatchId = `${options.idPrefix}-hatch`;
  const pattern = element('pattern', {
    id: hatchId,
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(element('line', { x1: 0, y1: 0, x2: 0, y2: 6, style: 'stroke: var(--fg); stroke-width: 1.5' }));
  const defs = element('defs', {});
  defs.append(pattern);
  svg.append(defs);
  if (cell >= MIN_RECT_CELL) {
    const g = element('g', { style: 'stroke: var(--bg); stroke-width: 0.5' });
    for (let y = 0; y < data.height; y++) {
      for (let x = 0; x < data.width; x++) {
        g.append(
          element('rect', { x: x * cell, y: y * cell, width: cell, height: cell, fill: colour(y * data.width + x) }),
        );
      }
    }
    svg.append(g);
  } else {
    svg.append(
      element('image', {
        href: raster(data, colour),
        width: w,
        height: h,
        preserveAspectRatio: 'none',
        style: 'image-rendering: pixelated',
      }),
    );
  }
  const [keptW, keptH] = [data.kept[1] * cell, data.kept[0] * cell];
  for (const [x, y, rw, rh] of [
    [keptW, 0, w - keptW, h],
    [0, keptH, keptW, h - keptH],
  ]) {
    if (rw <= 0 || rh <= 0) continue;
    svg.append(element('rect', { x, y, width: rw, height: rh, fill: `url(#${hatchId})`, style: 'fill-opacity: 0.9' }));
    svg.append(element('rect', { x, y, width: rw, height: rh, style: 'fill: var(--bg); fill-opacity: 0.45' }));
  }
  const [imageH, imageW] = [data.image[0] * options.scale, data.image[1] * options.scale];
  if (data.outline) {
    const href = outlineUrl(data.outline, data.image[0], data.image[1], options.outlineColour ?? [0, 0, 0]);
    svg.append(
      element('image', {
        href,
        width: imageW,
        height: imageH,
        preserveAspectRatio: 'none',
        style: 'image-rendering: pixelated',
      }),
    );
  }
  svg.append(
    element('rect', {
      x: 0,
      y: 0,
      width: imageW,
      height: imageH,
      style: 'fill: none; stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 3',
    }),
  );
  return svg;
}

/**
 * A horizontal colour bar from −domain to +domain with three labelled ticks. `label` is its aria-label in the
 * page's language (say the colours' values), `format` writes the tick numbers.
 */
export function heatLegend(
  domain: number,
  label: string,
  format: (value: number) => string = (value) => signed(value),
): SVGSVGElement {
  const colour = heatColour(domain);
  const [w, h] = [220, 34];
  const svg = element('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: 'img' });
  svg.setAttribute('aria-label', label);
  const steps = 44;
  for (let i = 0; i < steps; i++) {
    const v = -domain + ((i + 0.5) / steps) * 2 * domain;
    svg.append(
      element('rect', { x: 10 + (i * 200) / steps, y: 2, width: 200 / steps + 0.5, height: 12, fill: colour(v) }),
    );
  }
  const ticks: [number, string][] = [
    [10, format(-domain)],
    [110, '0'],
    [210, format(domain)],
  ];
  for (const [x, text] of ticks) {
    const t = element('text', { x, y: 30, 'text-anchor': 'middle', style: 'fill: var(--fg); font-size: 11px' });
    t.textContent = text;
    svg.append(t);
  }
  return svg;
}

/** The input image at the panels' scale with a true outline over it (the reference the stage maps are read against). */
export function imagePanel(
  rgba: Uint8ClampedArray,
  height: number,
  width: number,
  outline: Uint8Array,
  scale: number,
  label: string,
): SVGSVGElement {
  const [w, h] = [width * scale, height * scale];
  const svg = element('svg', {
    viewBox: `-1 -1 ${w + 2} ${h + 2}`,
    width: Math.ceil(w + 2),
    height: Math.ceil(h + 2),
    role: 'img',
  });
  svg.setAttribute('aria-label', label);
  svg.append(
    element('image', { href: rgbaToUrl(rgba, height, width), width: w, height: h, preserveAspectRatio: 'none' }),
  );
  svg.append(
    element('image', {
      href: outlineUrl(outline, height, width, [255, 255, 255]),
      width: w,
      height: h,
      preserveAspectRatio: 'none',
      style: 'image-rendering: pixelated',
    }),
  );
  svg.append(
    element('rect', {
      x: 0,
      y: 0,
      width: w,
      height: h,
      style: 'fill: none; stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 3',
    }),
  );
  return svg;
}
