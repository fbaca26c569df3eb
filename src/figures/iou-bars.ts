/**
 * Per-class IoU as horizontal bars (Observable Plot bar mark) in each class's palette colour, on a fixed 0–1
 * axis, with a rule at the mean IoU. A class absent from both truth and prediction has no IoU: it gets no bar,
 * the words "absent: left out", and does not enter the mean. Pure drawing: no listeners, no state.
 */
import * as Plot from '@observablehq/plot';
import { asLabelledImage } from './plot-image';

export interface IoUBarsData {
  /** IoU_c, or null when class c appears in neither truth nor prediction. */
  perClassIoU: readonly (number | null)[];
  classNames: readonly string[];
  meanIoU: number;
}

export interface IoUBarsOptions {
  width: number;
  /** CSS colour of class c, e.g. `var(--class-2)`. */
  colourOf(classId: number): string;
}

interface BarDatum {
  name: string;
  classId: number;
  iou: number | null;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

export function describeIoUBars(data: IoUBarsData): string {
  const parts = data.perClassIoU.map(
    (iou, c) => `${data.classNames[c]} ${iou === null ? 'absent, left out' : percent(iou)}`,
  );
  return `Per-class IoU: ${parts.join('; ')}. Mean IoU ${percent(data.meanIoU)}.`;
}

export function drawIoUBars(data: IoUBarsData, options: IoUBarsOptions): SVGSVGElement {
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
    x: { domain: [0, 1], label: 'IoU', tickFormat: (v: number) => `${Math.round(v * 100)}%`, ticks: 5, grid: true },
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
        text: (d: BarDatum) => percent(d.iou ?? 0),
        dx: 8,
        textAnchor: 'start',
        fill: 'var(--fg)',
        fontSize: 12,
        fontWeight: 600,
      }),
      Plot.text(absent, {
        x: 0,
        y: 'name',
        text: () => 'absent: left out',
        dx: 4,
        textAnchor: 'start',
        fill: 'var(--fg-soft)',
        fontStyle: 'italic',
        fontSize: 12,
      }),
      Plot.ruleX([data.meanIoU], { stroke: 'var(--accent)', strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.text([data.meanIoU], {
        x: (v: number) => v,
        frameAnchor: 'top',
        dy: -14,
        text: (v: number) => `mean IoU ${percent(v)}`,
        fill: 'var(--accent)',
        fontSize: 12,
        fontWeight: 600,
        textAnchor: data.meanIoU > 0.7 ? 'end' : 'start',
      }),
    ],
  });
  return asLabelledImage(svg, describeIoUBars(data), 'iou-bars');
}
