/**
 * What each canvas cell of the scatter-add holds after some stamps: the list of terms value·weight added
 * into it so far (in stamping order), and that list written as a sum ("4 + 6", "3 − 2").
 */
import { formatCell } from '../grid/grid';

/** One cell written by a stamp (the `StampCell` of src/lib/conv/transposed.ts has these fields and more). */
export interface StampedCell {
  row: number;
  col: number;
  contribution: number;
}

/** Terms per canvas cell ([height][width] of number[]) after the first `count` stamps. */
export function canvasTerms(
  [height, width]: readonly [number, number],
  stamps: readonly (readonly StampedCell[])[],
  count: number,
): number[][][] {
  const terms: number[][][] = Array.from({ length: height }, () => Array.from({ length: width }, () => []));
  for (const stamp of stamps.slice(0, Math.max(0, count))) {
    for (const cell of stamp) terms[cell.row]?.[cell.col]?.push(cell.contribution);
  }
  return terms;
}

/** The sum written out: "4 + 6 + 12", "−3 − 2" (with a true minus sign). Empty for no terms. */
export function sumText(terms: readonly number[]): string {
  return terms
    .map((term, i) => {
      if (i === 0) return term < 0 ? `−${formatCell(-term)}` : formatCell(term);
      return term < 0 ? `− ${formatCell(-term)}` : `+ ${formatCell(term)}`;
    })
    .join(' ');
}

/** Sum of the terms in order (the same order the scatter-add adds them). */
export function total(terms: readonly number[]): number {
  return terms.reduce((sum, term) => sum + term, 0);
}
