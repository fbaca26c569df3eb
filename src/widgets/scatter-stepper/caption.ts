/**
 * The sentences of the stepper in the reader's language: the caption under the figure that says what the
 * current step does (with this step's numbers), the reason impossible parameters have no output, and the
 * text the figure writes (its `ScatterFigureText`). Shared by the .astro (build-time first frame) and the element.
 */
import type { Messages } from '../../i18n/client';
import { formatCell } from '../../lib/grid/grid';
import type { TransposedProblem } from '../../lib/conv/transposed-problem';
import type { ScatterFigureText } from '../../figures/scatter-panels';
import type { Phase } from './stepper-state';
import type { ScatterRecord } from '../../lib/conv/transposed';
import type { StepperProblem } from './state';

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

function cropSentence(m: Messages, { record, padding, outputPadding }: CaptionData): string {
  const [rows, cols] = record.canvasShape;
  const { height, width } = record.crop;
  const sizes = { rows, cols, height, width, padding };
  const bottom = padding - outputPadding;
  const note = outputPadding > 0 ? m.t('scatterStepper.caption.keepNote') : '';
  if (bottom > 0) return m.t('scatterStepper.caption.cropCut', { ...sizes, bottom }) + note;
  if (bottom < 0) {
    const extra = -bottom;
    return (
      (extra === 1
        ? m.t('scatterStepper.caption.cropGrowOne', sizes)
        : m.t('scatterStepper.caption.cropGrow', { ...sizes, extra })) + note
    );
  }
  if (outputPadding > 0) return m.t('scatterStepper.caption.cropEven', sizes) + note;
  return m.t('scatterStepper.caption.cropNone', sizes);
}

/** What the current step does, in a sentence. */
export function captionOf(m: Messages, data: CaptionData): string {
  const { phase, step, last, record, input, stride, dilation } = data;
  const head = m.t('scatterStepper.caption.head', { step, last });
  if (phase.kind === 'empty') {
    const [rows, cols] = record.canvasShape;
    return head + m.t('scatterStepper.caption.empty', { rows, cols, stride });
  }
  if (phase.kind === 'crop') return head + cropSentence(m, data);
  const value = formatCell(input[phase.y][phase.x]);
  const spacing = dilation > 1 ? m.t('scatterStepper.caption.spacing', { dilation }) : '';
  const mine = record.steps[phase.index].stamp;
  const overlaps = mine.some((cell) =>
    record.steps
      .slice(0, phase.index)
      .some((earlier) => earlier.stamp.some((e) => e.row === cell.row && e.col === cell.col)),
  );
  const { y, x } = phase;
  return (
    head +
    m.t('scatterStepper.caption.stamp', { y, x, value, stride, row: y * stride, col: x * stride, spacing }) +
    (overlaps ? m.t('scatterStepper.caption.overlap') : '')
  );
}

function reasonOf(m: Messages, problem: TransposedProblem): string {
  if (problem.code === 'outputPadding') return m.t('scatterStepper.problem.outputPadding', problem);
  if (problem.code === 'cropsAll') {
    return problem.canvas === 1
      ? m.t('scatterStepper.problem.cropsAllOne', problem)
      : m.t('scatterStepper.problem.cropsAll', problem);
  }
  return problem.reason;
}

/** Why these parameters have no output, naming the axis when only one fails. */
export function problemText(m: Messages, { axis, problem }: StepperProblem): string {
  const reason = reasonOf(m, problem);
  if (axis === 'height') return m.t('scatterStepper.problem.height', { reason });
  if (axis === 'width') return m.t('scatterStepper.problem.width', { reason });
  return reason;
}

/** The caption while the parameters have no output: the current problem, not the last good step. */
export function invalidCaption(m: Messages, problem: StepperProblem): string {
  return m.t('scatterStepper.caption.invalid', { reason: problemText(m, problem) });
}

/** The words the figure writes, for `drawScatterStepper`'s options. */
export function figureText(m: Messages): ScatterFigureText {
  return {
    inputTitle: (rows, cols) => m.t('scatterStepper.figure.inputTitle', { rows, cols }),
    kernelTitle: (rows, cols) => m.t('scatterStepper.figure.kernelTitle', { rows, cols }),
    scaledTitle: (value) => m.t('scatterStepper.figure.scaledTitle', { value }),
    canvasTitle: (rows, cols) => m.t('scatterStepper.figure.canvasTitle', { rows, cols }),
    cropTitle: (rows, cols, padding, outputPadding) =>
      m.t('scatterStepper.figure.cropTitle', { rows, cols, padding, outputPadding }),
    outputTitle: (rows, cols) => m.t('scatterStepper.figure.outputTitle', { rows, cols }),
    stampingNow: m.t('scatterStepper.figure.stampingNow'),
    stamped: m.t('scatterStepper.figure.stamped'),
    noStamp: m.t('scatterStepper.figure.noStamp'),
    grown: m.t('scatterStepper.figure.grown'),
    kept: m.t('scatterStepper.figure.kept'),
    terms: (count) => m.t('scatterStepper.figure.terms', { count }),
    describeEmpty: (p) => m.t('scatterStepper.figure.describeEmpty', p),
    describeStamp: (p) => m.t('scatterStepper.figure.describeStamp', p),
    describeCrop: (p) => m.t('scatterStepper.figure.describeCrop', p),
  };
}
