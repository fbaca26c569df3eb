/**
 * The sentences under each heat map, built from the numbers (shared by the server HTML and the element):
 * output size and padding, the tap-count pattern along a row, the kernel's four parity sums, and the
 * checkerboard strength of the interior.
 */
import { formatCell } from '../../lib/grid/grid';
import {
  checkerStrength,
  doublingPadding,
  interiorRange,
  overlapCounts,
  phaseSums,
  STRIDE,
} from '../../lib/conv/checkerboard';

/** The constant input of the widget is INPUT_SIZE × INPUT_SIZE ones. */
export const INPUT_SIZE = 4;

export interface PanelText {
  size: string;
  overlap: string;
  sums: string;
  strength: string;
  /** The strength alone, e.g. "0.48", for tests and the aria description. */
  strengthValue: string;
  interior: [number, number];
}

function list(values: number[]): string {
  return values.map((v) => formatCell(v, 2)).join(', ');
}

export function panelText(kernelSize: number, layers: number, kernel: number[][], output: number[][]): PanelText {
  const { padding, outputPadding } = doublingPadding(kernelSize);
  const side = output.length;
  const counts = overlapCounts(kernelSize, INPUT_SIZE);
  const [rowStart] = interiorRange(kernelSize, INPUT_SIZE, 1);
  const shown = counts.slice(rowStart, rowStart + 6);
  const even = kernelSize % STRIDE === 0;
  const why = even
    ? `even: k = ${kernelSize} is ${kernelSize / STRIDE} × s`
    : `uneven: k = ${kernelSize} is not a multiple of s = ${STRIDE}`;
  const cellsPerCell = [...new Set(shown.flatMap((a) => shown.map((b) => a * b)))].sort((a, b) => a - b);
  const interior = interiorRange(kernelSize, INPUT_SIZE, layers);
  const measured = checkerStrength(output, interior);
  const strengthValue = Number.isNaN(measured.strength) ? 'n/a' : measured.strength.toFixed(2);
  const width = interior[1] - interior[0];
  return {
    size: `${INPUT_SIZE}×${INPUT_SIZE} → ${side}×${side} after ${layers} layer${layers === 1 ? '' : 's'} (p = ${padding}, a = ${outputPadding})`,
    overlap: `Taps per cell along a row: ${list(shown)}, … (${why}); in 2-D: ${list(cellsPerCell)}.`,
    sums: `Kernel taps summed by (row, column) parity: ${list(phaseSums(kernel).flat())}.`,
    strength: `Checkerboard strength σ/mean over the ${width}×${width} interior: ${strengthValue}`,
    strengthValue,
    interior,
  };
}
