/**
 * A class's probability over the image, twice: on the left the convolutionalised classifier's own map
 * (score_fr, one cell per 32 × 32 pixels, each cell's probability written in it), on the right the network's
 * full-size output. Both are a coloured layer over the image whose opacity is the probability.
 * Pure drawing: (data, options) → SVG; its words come in `options.text` (English when absent).
 */
import { create, type Selection } from 'd3-selection';

export interface ScoreOverlayData {
  imageUrl: string;
  height: number;
  width: number;
  coarse: { height: number; width: number; values: Float32Array };
  /** Data URL of the full-size overlay (transparent → colour). */
  fullUrl: string;
  className: string;
  colour: readonly [number, number, number];
  /** Data URL of the true region's outline (white), or null when the image has no labels. */
  truthUrl: string | null;
  /** Input pixels per coarse cell (32). */
  stride: number;
}

type Svg = Selection<SVGSVGElement, undefined, null, undefined>;

/** The figure's words, filled in by the widget. */
export interface ScoreOverlayText {
  label: string;
  /** Titles of the two panels. */
  coarse: string;
  output: string;
  /** Tooltip of coarse cell (y, x) with its probability (already formatted). */
  cell: (y: number, x: number, p: string) => string;
}

export function englishScoreOverlayText(data: ScoreOverlayData): ScoreOverlayText {
  return {
    label:
      `Probability of ${data.className} over the image: left, the ${data.coarse.height} by ${data.coarse.width} map of the ` +
      `convolutionalised classifier; right, the ${data.height} by ${data.width} output after upsampling.`,
    coarse: `score_fr: ${data.coarse.height} × ${data.coarse.width}`,
    output: `output: ${data.height} × ${data.width}`,
    cell: (y, x, p) => `cell (${y}, ${x}): p = ${p}`,
  };
}

const MAX_ALPHA = 0.85;

function panel(svg: Svg, x: number, y: number, side: number, title: string, data: ScoreOverlayData) {
  const g = svg.append('g').attr('transform', `translate(${x},${y})`);
  g.append('text').attr('x', 0).attr('y', 12).attr('font-size', 12).attr('fill', 'var(--fg)').text(title);
  const scale = side / Math.max(data.height, data.width);
  const body = g.append('g').attr('transform', 'translate(0,20)');
  // The image in grey, so the heat colour reads on any background.
  body
    .append('image')
    .attr('href', data.imageUrl)
    .attr('width', data.width * scale)
    .attr('height', data.height * scale)
    .attr('preserveAspectRatio', 'none')
    .style('filter', 'grayscale(1)')
    .attr('opacity', 0.8);
  return { body, scale };
}

export function drawScoreOverlay(
  data: ScoreOverlayData,
  options: { width: number; text?: ScoreOverlayText },
): SVGSVGElement {
  const words = options.text ?? englishScoreOverlayText(data);
  const gap = 16;
  const side = Math.max(140, Math.min(280, Math.floor((options.width - gap) / 2)));
  const sideBySide = 2 * side + gap <= options.width;
  const blockHeight = side + 26;
  const [width, height] = sideBySide ? [2 * side + gap + 2, blockHeight] : [side + 2, 2 * blockHeight + gap];
  const [r, g, b] = data.colour;
  const svg = create('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', words.label);
  const left = panel(svg, 1, 0, side, words.coarse, data);
  const cell = data.stride * left.scale;
  const coarse = left.body.append('g').attr('class', 'coarse');
  data.coarse.values.forEach((p, i) => {
    const [y, x] = [Math.floor(i / data.coarse.width), i % data.coarse.width];
    const [w, h] = [
      Math.min(cell, data.width * left.scale - x * cell),
      Math.min(cell, data.height * left.scale - y * cell),
    ];
    if (w <= 0 || h <= 0) return;
    coarse
      .append('rect')
      .attr('x', x * cell)
      .attr('y', y * cell)
      .attr('width', w)
      .attr('height', h)
      .attr('fill', `rgb(${r}, ${g}, ${b})`)
      .attr('fill-opacity', (Math.min(1, Math.max(0, p)) * MAX_ALPHA).toFixed(3))
      .attr('stroke', 'var(--bg)')
      .attr('stroke-width', 0.75)
      .attr('data-p', p.toFixed(3))
      .append('title')
      .text(words.cell(y, x, p.toFixed(3)));
    if (cell >= 34) {
      coarse
        .append('text')
        .attr('x', x * cell + w / 2)
        .attr('y', y * cell + h / 2 + 4)
        .attr('text-anchor', 'middle')
        .attr('font-size', 11)
        .attr('fill', '#fff')
        .attr('stroke', '#000')
        .attr('stroke-width', 2.5)
        .attr('paint-order', 'stroke')
        .text(p.toFixed(2));
    }
  });
  const right = sideBySide
    ? panel(svg, side + gap + 1, 0, side, words.output, data)
    : panel(svg, 1, blockHeight + gap, side, words.output, data);
  right.body
    .append('image')
    .attr('class', 'full')
    .attr('href', data.fullUrl)
    .attr('width', data.width * right.scale)
    .attr('height', data.height * right.scale)
    .attr('preserveAspectRatio', 'none');
  if (data.truthUrl) {
    for (const body of [right.body]) {
      body
        .append('image')
        .attr('class', 'truth')
        .attr('href', data.truthUrl)
        .attr('width', data.width * right.scale)
        .attr('height', data.height * right.scale)
        .attr('preserveAspectRatio', 'none')
        .style('image-rendering', 'pixelated');
    }
  }
  return svg.node() as SVGSVGElement;
}

export const OVERLAY_MAX_ALPHA = MAX_ALPHA;
