/**
 * A confusion matrix drawn with Observable Plot's cell mark: one row per TRUE class, one column per PREDICTED
 * class, each cell the count of pixels n_ij, plus a margin row and column of totals (t_i = row sums, the
 * pixels truly of class i; column sums, the pixels predicted as j). Correct pixels (the diagonal) are tinted
 * with --ok, mistakes with --stamp, darker for bigger counts. Pure drawing: no listeners, no state; every word
 * (class names, axis labels, titles, the aria-label) comes in with the data, in the page's language.
 */
import * as Plot from '@observablehq/plot';
import { asLabelledImage } from './plot-image';

export interface ConfusionFigureData {
  /** n_ij: rows truth, columns prediction. */
  confusion: readonly (readonly number[])[];
  classNames: readonly string[];
}

/** The figure's words and number format, in the page's language. */
export interface ConfusionFigureText {
  predictedAxis: string;
  trueAxis: string;
  /** The matrix in words, for screen readers (the SVG's aria-label). */
  description: string;
  cellTitle(truth: string, predicted: string, count: number): string;
  totalTitle(count: number): string;
  count(count: number): string;
}

export interface ConfusionFigureOptions {
  /** Width in CSS pixels. */
  width: number;
  text: ConfusionFigureText;
}

const TOTAL = 'Σ';

interface CellDatum {
  truth: string;
  predicted: string;
  count: number;
  kind: 'correct' | 'mistake' | 'total';
}

function cellData(confusion: ConfusionFigureData['confusion'], names: readonly string[]): CellDatum[] {
  const cells: CellDatum[] = [];
  confusion.forEach((row, i) => {
    row.forEach((count, j) => {
      cells.push({ truth: names[i], predicted: names[j], count, kind: i === j ? 'correct' : 'mistake' });
    });
    cells.push({ truth: names[i], predicted: TOTAL, count: row.reduce((s, v) => s + v, 0), kind: 'total' });
  });
  names.forEach((name, j) => {
    cells.push({ truth: TOTAL, predicted: name, count: confusion.reduce((s, row) => s + row[j], 0), kind: 'total' });
  });
  cells.push({ truth: TOTAL, predicted: TOTAL, count: confusion.flat().reduce((s, v) => s + v, 0), kind: 'total' });
  return cells;
}

export function drawConfusionMatrix(data: ConfusionFigureData, options: ConfusionFigureOptions): SVGSVGElement {
  const { text } = options;
  const names = data.classNames;
  const cells = cellData(data.confusion, names);
  const largest = Math.max(1, ...cells.filter((c) => c.kind !== 'total').map((c) => c.count));
  const domain = [...names, TOTAL];
  const marginLeft = 96;
  const width = Math.max(280, Math.min(options.width, 440));
  const side = (width - marginLeft - 8) / domain.length;
  // Class names are wider than narrow columns: slant them instead of letting them overlap.
  const slant = side < 66;
  const marginTop = slant ? 84 : 44;
  const fill = (d: CellDatum): string =>
    d.kind === 'total' || d.count === 0 ? 'var(--cell)' : d.kind === 'correct' ? 'var(--ok)' : 'var(--stamp)';
  const opacity = (d: CellDatum): number =>
    d.kind === 'total' || d.count === 0 ? 1 : 0.12 + 0.38 * (d.count / largest);
  const svg = Plot.plot({
    width,
    height: side * domain.length + marginTop + 8,
    marginLeft,
    marginTop,
    marginRight: 8,
    marginBottom: 8,
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    color: { type: 'identity' },
    x: {
      domain,
      axis: 'top',
      label: text.predictedAxis,
      tickSize: 0,
      labelAnchor: 'center',
      labelOffset: slant ? 74 : 34,
      tickRotate: slant ? -40 : 0,
    },
    y: { domain, label: text.trueAxis, tickSize: 0, labelAnchor: 'center', labelOffset: 88 },
    marks: [
      Plot.cell(cells, {
        x: 'predicted',
        y: 'truth',
        fill,
        fillOpacity: opacity,
        inset: 1,
        stroke: 'var(--border)',
        title: (d: CellDatum) =>
          d.kind === 'total' ? text.totalTitle(d.count) : text.cellTitle(d.truth, d.predicted, d.count),
      }),
      Plot.text(
        cells.filter((d) => d.kind !== 'total'),
        {
          x: 'predicted',
          y: 'truth',
          text: (d: CellDatum) => text.count(d.count),
          fill: 'var(--fg)',
          fontWeight: 650,
          fontSize: 13,
        },
      ),
      Plot.text(
        cells.filter((d) => d.kind === 'total'),
        {
          x: 'predicted',
          y: 'truth',
          text: (d: CellDatum) => text.count(d.count),
          fill: 'var(--fg-soft)',
          fontStyle: 'italic',
          fontSize: 12,
        },
      ),
    ],
  });
  return asLabelledImage(svg, text.description, 'confusion-matrix');
}
