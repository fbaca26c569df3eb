/** Small helpers for 2-D grids of numbers ([height][width]). */

/** Largest absolute difference between two equally shaped grids (Infinity when the shapes differ). */
export function maxAbsDifference(a: number[][], b: number[][]): number {
  if (a.length !== b.length || a.some((row, y) => row.length !== b[y].length)) return Infinity;
  let max = 0;
  a.forEach((row, y) =>
    row.forEach((v, x) => {
      max = Math.max(max, Math.abs(v - b[y][x]));
    }),
  );
  return max;
}

/** A height × width grid filled by `fill(y, x)`. */
export function makeGrid(height: number, width: number, fill: (y: number, x: number) => number): number[][] {
  return Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => fill(y, x)));
}

/**
 * Format a number for a cell of a figure or a sentence: integers as is, others with up to `digits` decimals, no
 * trailing zeros; negative numbers with the minus sign U+2212 (typography, not the hyphen), ±∞ for overflow.
 * Not for an `<input>`'s value, which must stay machine-readable (`String(value)`).
 */
export function formatCell(value: number, digits = 2): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text = Number.isInteger(value) ? String(Math.abs(value)) : String(Number(Math.abs(value).toFixed(digits)));
  return value < 0 && text !== '0' ? `−${text}` : text;
}
