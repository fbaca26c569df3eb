/**
 * A paint stroke between two pointer events: pointermove fires tens of times a second, so a fast drag jumps over
 * cells. The cells of a square grid that a straight segment from one cell to another passes through, by
 * Bresenham's line algorithm (one cell per step along the longer axis, no gaps, no doubled cells). Pure.
 */

/** Row-major indices of the cells from `from` to `to` (both included, in order) on a `size × size` grid. */
export function cellsAlong(from: number, to: number, size: number): number[] {
  const cells = size * size;
  for (const index of [from, to]) {
    if (!Number.isInteger(index) || index < 0 || index >= cells) {
      throw new RangeError(`cell ${index} is not on a ${size} × ${size} grid`);
    }
  }
  let [row, col] = [Math.floor(from / size), from % size];
  const [endRow, endCol] = [Math.floor(to / size), to % size];
  const [dRow, dCol] = [Math.abs(endRow - row), Math.abs(endCol - col)];
  const [stepRow, stepCol] = [Math.sign(endRow - row), Math.sign(endCol - col)];
  let error = dCol - dRow;
  const out = [row * size + col];
  while (row !== endRow || col !== endCol) {
    const twice = 2 * error;
    if (twice > -dRow) {
      error -= dRow;
      col += stepCol;
    }
    if (twice < dCol) {
      error += dCol;
      row += stepRow;
    }
    out.push(row * size + col);
  }
  return out;
}
