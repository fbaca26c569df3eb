/**
 * The sentences under each heat map, built from the numbers (shared by the server HTML and the element):
 * output size and padding, the tap-count pattern along a row, the kernel's four parity sums, and the
 * checkerboard strength of the interior.
 */
import type { Messages } from '../../i18n/client';
import { formatCell } from '../../lib/grid/grid';
import {
  checkerStrength,
  doublingPadding,
  interiorRange,
  overlapCounts,
  phaseSums,
  STRIDE,
  type KernelInit,
} from '../../lib/conv/checkerboard';
import type { CheckerProblem } from './state';

/** The constant input of the widget is INPUT_SIZE × INPUT_SIZE ones. */
export const INPUT_SIZE = 4;

export interface PanelText {
  size: string;
  overlap: string;
  sums: string;
  strength: string;
  /** The strength alone, e.g. "0.48" (or "n/a"), for tests and the aria description. */
  strengthValue: string;
  interior: [number, number];
}

function list(values: number[]): string {
  return values.map((v) => formatCell(v, 2)).join(', ');
}

export function panelText(
  m: Messages,
  kernelSize: number,
  layers: number,
  kernel: number[][],
  output: number[][],
): PanelText {
  const { padding, outputPadding } = doublingPadding(kernelSize);
  const side = output.length;
  const counts = overlapCounts(kernelSize, INPUT_SIZE);
  const [rowStart] = interiorRange(kernelSize, INPUT_SIZE, 1);
  const shown = counts.slice(rowStart, rowStart + 6);
  const even = kernelSize % STRIDE === 0;
  const why = even
    ? m.t('checkerboard.even', { k: kernelSize, times: kernelSize / STRIDE })
    : m.t('checkerboard.uneven', { k: kernelSize, s: STRIDE });
  const cellsPerCell = [...new Set(shown.flatMap((a) => shown.map((b) => a * b)))].sort((a, b) => a - b);
  const interior = interiorRange(kernelSize, INPUT_SIZE, layers);
  const measured = checkerStrength(output, interior);
  const strengthValue = Number.isNaN(measured.strength)
    ? m.t('checkerboard.notApplicable')
    : m.number(measured.strength, 2);
  const w = interior[1] - interior[0];
  const sizes = { n: INPUT_SIZE, side, layers, p: padding, a: outputPadding };
  return {
    size: m.t(layers === 1 ? 'checkerboard.sizeOne' : 'checkerboard.size', sizes),
    overlap: m.t('checkerboard.overlap', { counts: list(shown), why, cells: list(cellsPerCell) }),
    sums: m.t('checkerboard.sums', { sums: list(phaseSums(kernel).flat()) }),
    strength: m.t('checkerboard.strength', { w, strength: strengthValue }),
    strengthValue,
    interior,
  };
}

/** The kernel init's name in the reader's language. */
export function initName(m: Messages, init: KernelInit): string {
  const names: Record<KernelInit, string> = {
    bilinear: m.t('checkerboard.init.bilinear'),
    random: m.t('checkerboard.init.random'),
    ones: m.t('checkerboard.init.ones'),
  };
  return names[init];
}

/** A value from a link that had to change, in a sentence. */
export function problemSentence(m: Messages, problem: CheckerProblem): string {
  if (problem.code === 'init') {
    return m.t('checkerboard.problem.init', { init: problem.init, used: initName(m, problem.used) });
  }
  const name = m.t(problem.name === 'layers' ? 'checkerboard.name.layers' : 'checkerboard.name.kernel');
  return m.t('checkerboard.problem.range', { ...problem, name });
}

/** The heat map's aria-label. */
export function figureDescription(
  m: Messages,
  { n, layers, k, init, strength }: { n: number; layers: number; k: number; init: KernelInit; strength: string },
): string {
  const words = { n, layers, k, init: initName(m, init), strength };
  return m.t(layers === 1 ? 'checkerboard.figure.describeOne' : 'checkerboard.figure.describe', words);
}
