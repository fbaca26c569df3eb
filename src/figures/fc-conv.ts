/**
 * FC = conv on a larger input: the input grid H′ × W′ with the h × w window the dense layer was built for
 * (top-left, where the map itself sits) and the window one step on, and the conv's answer map H″ × W″ for
 * one output channel, its cell (0, 0) marked as the dense layer's answer. Pure drawing: (data, options) → SVG.
 * Its words come in `options.text` (the widget's dictionary); without answers (before tfjs has run, e.g. the
 * build-time first frame) the answer cells are drawn blank.
 */
import { create } from 'd3-selection';

export interface FcConvFigureData {
  wideHeight: number;
  wideWidth: number;
  height: number;
  width: number;
  /** One output channel of the conv's map, [outHeight, outWidth] row-major; null before it is computed. */
  answers: number[] | null;
  outHeight: number;
  outWidth: number;
  channel: number;
}

/** The figure's words, filled in by the widget. */
export interface FcConvText {
  /** "input 5 × 5 × C" */
  input: string;
  /** "answers 3 × 3 (channel 1)" */
  answers: string;
  /** The SVG's aria-label. */
  label: string;
  /** The tooltip of answer cell (y, x) with its value written (already formatted); `dense` for cell (0, 0). */
  cell: (y: number, x: number, value: string, dense: boolean) => string;
  /** The tooltip of a cell not computed yet. */
  pending: string;
}

export interface FcConvFigureOptions {
  /** Room in CSS px. */
  width: number;
  text?: FcConvText;
}

/** English words, for tests and callers without a dictionary. */
export function englishFcConvText(data: FcConvFigureData): FcConvText {
  const { wideHeight: H, wideWidth: W, height: h, width: w, outHeight: oh, outWidth: ow } = data;
  return {
    input: `input ${H} × ${W} × C`,
    answers: `answers ${oh} × ${ow} (channel ${data.channel + 1})`,
    label:
      `Input ${H} by ${W} with the ${h} by ${w} window of the dense layer at its top-left corner; ` +
      `the convolution slides that window to ${oh} × ${ow} places and gives an answer map of ${oh} by ${ow}; ` +
      `its top-left answer is the dense layer's.`,
    cell: (y, x, value, dense) => `answer (${y}, ${x}): ${value}${dense ? " — the dense layer's answer" : ''}`,
    pending: 'computed once tfjs runs',
  };
}

const fmt = (v: number, digits = 2): string => (v < 0 ? `−${Math.abs(v).toFixed(digits)}` : v.toFixed(digits));

export function drawFcConv(data: FcConvFigureData, options: FcConvFigureOptions): SVGSVGElement {
  const { wideHeight: H, wideWidth: W, height: h, width: w, outHeight: oh, outWidth: ow } = data;
  const words = options.text ?? englishFcConvText(data);
  const gap = 40;
  const side = Math.max(14, Math.min(34, Math.floor((options.width - gap - 8) / (W + ow))));
  const stacked = side < 22 && options.width < 520;
  const cell = stacked ? Math.max(14, Math.min(30, Math.floor((options.width - 8) / Math.max(W, ow)))) : side;
  const top = 22;
  const inputBox = { x: 4, y: top, width: W * cell, height: H * cell };
  const outX = stacked ? 4 : inputBox.x + inputBox.width + gap;
  const outY = stacked ? top + inputBox.height + 36 : top;
  const answerLabel = words.answers;
  const labelWidth = answerLabel.length * 6.6;
  const totalWidth = Math.max(
    stacked ? Math.max(W, ow) * cell + 8 : outX + ow * cell + 4,
    outX + labelWidth,
    inputBox.x + 110,
  );
  const totalHeight = stacked ? outY + oh * cell + 6 : top + Math.max(H, oh) * cell + 6;
  const svg = create('svg')
    .attr('viewBox', `0 0 ${totalWidth} ${totalHeight}`)
    .attr('width', totalWidth)
    .attr('height', totalHeight)
    .attr('role', 'img')
    .attr('aria-label', words.label);
  const text = (x: number, y: number, content: string, anchor = 'start'): void => {
    svg
      .append('text')
      .attr('x', x)
      .attr('y', y)
      .attr('font-size', 12)
      .attr('fill', 'var(--fg-soft)')
      .attr('text-anchor', anchor)
      .text(content);
  };
  text(inputBox.x, top - 7, words.input);
  const input = svg.append('g').attr('data-part', 'input');
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const inWindow = y < h && x < w;
      input
        .append('rect')
        .attr('x', inputBox.x + x * cell)
        .attr('y', inputBox.y + y * cell)
        .attr('width', cell - 1)
        .attr('height', cell - 1)
        .attr('fill', inWindow ? 'color-mix(in srgb, var(--accent) 22%, var(--cell))' : 'var(--cell)')
        .attr('stroke', 'var(--border)');
    }
  }
  const frame = (dx: number, dy: number, colour: string, dash: string | null): void => {
    svg
      .append('rect')
      .attr('x', inputBox.x + dx * cell - 1)
      .attr('y', inputBox.y + dy * cell - 1)
      .attr('width', w * cell + 1)
      .attr('height', h * cell + 1)
      .attr('fill', 'none')
      .attr('stroke', colour)
      .attr('stroke-width', 2.5)
      .attr('stroke-dasharray', dash);
  };
  frame(0, 0, 'var(--accent)', null);
  if (ow > 1) frame(1, 0, 'var(--stamp)', '5 3');
  else if (oh > 1) frame(0, 1, 'var(--stamp)', '5 3');
  if (!stacked) {
    const midY = top + (Math.min(H, oh) * cell) / 2;
    svg
      .append('path')
      .attr('d', `M${inputBox.x + inputBox.width + 6},${midY} h${gap - 14} l-6,-5 m6,5 l-6,5`)
      .attr('stroke', 'var(--fg-soft)')
      .attr('fill', 'none')
      .attr('stroke-width', 1.5);
  }
  text(outX, outY - 7, answerLabel);
  const out = svg.append('g').attr('data-part', 'answers');
  const answers = data.answers ?? new Array<number>(oh * ow).fill(Number.NaN);
  const largest = Math.max(1e-9, ...answers.filter(Number.isFinite).map(Math.abs));
  answers.forEach((value, i) => {
    const known = Number.isFinite(value);
    const [y, x] = [Math.floor(i / ow), i % ow];
    const share = known ? Math.round((Math.abs(value) / largest) * 45) : 0;
    const tint = value >= 0 ? 'var(--stamp)' : 'var(--accent)';
    const g = out.append('g').attr('data-cell', `${y},${x}`);
    g.append('rect')
      .attr('x', outX + x * cell)
      .attr('y', outY + y * cell)
      .attr('width', cell - 1)
      .attr('height', cell - 1)
      .attr('fill', `color-mix(in srgb, ${tint} ${share}%, var(--cell))`)
      .attr('stroke', i === 0 ? 'var(--accent)' : 'var(--border)')
      .attr('stroke-width', i === 0 ? 2.5 : 1);
    // 11 px text (legible on a phone): two decimals where the cell has room, one where it is narrower.
    if (known && cell >= 28) {
      g.append('text')
        .attr('x', outX + x * cell + cell / 2)
        .attr('y', outY + y * cell + cell / 2 + 4)
        .attr('font-size', 11)
        .attr('text-anchor', 'middle')
        .attr('fill', 'var(--fg)')
        .text(fmt(value, cell >= 40 ? 2 : 1));
    }
    g.append('title').text(words.cell(y, x, known ? fmt(value) : words.pending, i === 0));
  });
  return svg.node() as SVGSVGElement;
}
