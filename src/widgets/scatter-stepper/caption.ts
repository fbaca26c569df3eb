/**
 * The sentence under the figure that says what the current step does, with the numbers of this step.
 */
import { formatCell } from '../../lib/grid/grid';
import type { Phase } from './stepper-state';
import type { ScatterRecord } from '../../lib/conv/transposed';

export interface CaptionData {
  phase: Phase;
  step: number;
  last: number;
  record: ScatterRecord;
  input: number[][];
  stride: number;
  padding: number;
  outputPadding: number;
  dilation: number;
}

function cropSentence({ record, padding, outputPadding }: CaptionData): string {
  const [rows, cols] = record.canvasShape;
  const { height, width } = record.crop;
  const parts = [`Crop p = ${padding} from the top and left`];
  const bottom = padding - outputPadding;
  if (bottom > 0) parts.push(`p − a = ${bottom} from the bottom and right`);
  else if (bottom < 0)
    parts.push(
      `add a − p = ${-bottom} zero ${-bottom === 1 ? 'row and column' : 'rows and columns'} at the bottom and right`,
    );
  else if (outputPadding > 0) parts.push('nothing from the bottom and right (a = p)');
  const note = outputPadding > 0 ? ' Output padding a keeps the dashed row and column.' : '';
  return `${parts.join(', ')}: the ${rows}×${cols} canvas becomes the ${height}×${width} output.${note}`;
}

export function captionOf(data: CaptionData): string {
  const { phase, step, last, record, input, stride, dilation } = data;
  const head = `Step ${step} of ${last}: `;
  if (phase.kind === 'empty') {
    const [rows, cols] = record.canvasShape;
    return (
      `${head}the ${rows}×${cols} canvas starts at zero. Each input cell will add value × kernel at ` +
      `(y·s, x·s), with s = ${stride}.`
    );
  }
  if (phase.kind === 'crop') return head + cropSentence(data);
  const value = formatCell(input[phase.y][phase.x]);
  const spacing = dilation > 1 ? `, its taps d = ${dilation} apart` : '';
  const overlaps = record.steps[phase.index].stamp.some((cell) =>
    record.steps
      .slice(0, phase.index)
      .some((earlier) => earlier.stamp.some((e) => e.row === cell.row && e.col === cell.col)),
  );
  return (
    `${head}x[${phase.y}][${phase.x}] = ${value}, so ${value} × kernel lands at (${phase.y}·${stride}, ` +
    `${phase.x}·${stride}) = (${phase.y * stride}, ${phase.x * stride})${spacing}.` +
    (overlaps ? ' Where it overlaps earlier stamps the values add up.' : '')
  );
}
