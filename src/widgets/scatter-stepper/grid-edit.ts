/**
 * Editing small grids by hand: resizing while keeping the values that still fit, and writing a grid as a
 * short text ("3,7;1,2": rows split by ";", cells by ",") so it can live in a URL query.
 */

/** A grid of the new [height, width]: old values where they still fit, `fill(y, x)` in the new cells. */
export function resizeGrid(
  grid: readonly (readonly number[])[],
  height: number,
  width: number,
  fill: (y: number, x: number) => number,
): number[][] {
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) => {
      const kept = grid[y]?.[x];
      return kept === undefined ? fill(y, x) : kept;
    }),
  );
}

/** Small positive integers 1 … 4 that vary from cell to cell, always the same for the same cell. */
export function smallInteger(y: number, x: number): number {
  return ((y * 3 + x * 2 + 1) % 4) + 1;
}

/** "3,7;1,2" for [[3, 7], [1, 2]]. */
export function encodeGrid(grid: readonly (readonly number[])[]): string {
  return grid.map((row) => row.join(',')).join(';');
}

/**
 * The grid written by `encodeGrid`, or null when the text is not a rectangular grid of finite numbers
 * with 1 … maxSize rows and columns.
 */
export function decodeGrid(text: string, maxSize: number): number[][] | null {
  const rows = text.split(';').map((row) => row.split(',').map((cell) => (cell.trim() === '' ? NaN : Number(cell))));
  const width = rows[0].length;
  if (rows.length < 1 || rows.length > maxSize || width < 1 || width > maxSize) return null;
  if (rows.some((row) => row.length !== width || row.some((v) => !Number.isFinite(v)))) return null;
  return rows;
}

/** [height, width] of a rectangular grid. */
export function shapeOf(grid: readonly (readonly number[])[]): [number, number] {
  return [grid.length, grid[0]?.length ?? 0];
}
