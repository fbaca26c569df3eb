/**
 * Per-class IoU as horizontal bars (Observable Plot bar mark) in each class's palette colour, on a fixed 0–1
 * axis, with a rule at the mean IoU. A class absent from both truth and prediction has no IoU: it gets no bar,
 * the words "absent: left out", and does not enter the mean (no mean, no rule: when nothing is counted it is
 * undefined). Pure drawing: no listeners, no state; the words come in with the options, in the page's language.
 */
import * as Plot from '@observablehq/plot';
import { asLabelledImage } from './plot-image';

export interface IoUBarsData {
  /** IoU_c, or null when class c appears in neither truth nor prediction. */
  perClassIoU: readonly (number | null)[];
  classNames: readonly string[];
  /** null when undefined (no pixel counted): no rule is drawn. */
  meanIoU: number | null;
}

/** The figure's words and number format, in the page's language. */
export interface IoUBarsText {
  axis: string;
  /** Written where an absent class's bar would be. */
  absent: string;
  /** The rule's label, e.g. "mean IoU 64.3%". */
  mean(value: number): string;
  percent(value: number): string;
  /** An axis tick, e.g. "40%". */
  tick(value: number): string;
  /** The figure in words (the SVG's aria-label). */
  description: string;
}

export interface IoUBarsOptions {
  width: number;
  /** CSS colour of class c, e.g. `var(--class-2)`. */
  colourOf(classId: number): string;
  text: IoUBarsText;
}

interface BarDatum {
  name: string;
  classId: number;
  iou: number | null;
}

export function drawIoUBars(data: IoUBarsData, options: IoUBarsOptions): SVGSVGElement {
  const { text } = options;
  const mean = data.meanIoU === null ? [] : [data.meanIoU];
  const bars: BarDatum[] = data.perClassIoU.map((iou, classId) => ({ name: data.classNames[classId], classId, iou }));
  const present = bars.filter((d) => d.iou !== null);
  const absent = bars.filter((d) => d.iou === null);
  const width = Math.max(280, Math.min(options.width, 520));
  const svg = Plot.plot({
    width,
    height: 30 * bars.length + 56,
    marginLeft: 78,
    marginRight: 58,
    marginTop: 24,
    marginBottom: 32,
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    color: { type: 'identity' },
    x: { domain: [0, 1], label: text.axis, tickFormat: text.tick, ticks: 5, grid: true },
    y: { domain: bars.map((d) => d.name), label: null, tickSize: 0 },
    marks: [
      Plot.barX(present, {
        x: (d: BarDatum) => d.iou ?? 0,
        y: 'name',
        fill: (d: BarDatum) => options.colourOf(d.classId),
        stroke: 'var(--fg-soft)',
        strokeWidth: 0.5,
        inset: 3,
      }),
      Plot.text(present, {
        x: 1,
        y: 'name',
        text: (d: BarDatum) => text.percent(d.iou ?? 0),
        dx: 8,
        textAnchor: 'start',
        fill: 'var(--fg)',
        fontSize: 12,
        fontWeight: 600,
      }),
      Plot.text(absent, {
        x: 0,
        y: 'name',
        text: () => text.absent,
        dx: 4,
        textAnchor: 'start',
        fill: 'var(--fg-soft)',
        fontStyle: 'italic',
        fontSize: 12,
      }),
      Plot.ruleX(mean, { stroke: 'var(--accent)', strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.text(mean, {
        x: (v: number) => v,
        frameAnchor: 'top',
        dy: -14,
        text: (v: number) => text.mean(v),
        fill: 'var(--accent)',
        fontSize: 12,
        fontWeight: 600,
        textAnchor: (data.meanIoU ?? 0) > 0.7 ? 'end' : 'start',
      }),
    ],
  });
  return asLabelledImage(svg, text.description, 'iou-bars');
}
