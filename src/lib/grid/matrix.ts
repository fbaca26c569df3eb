/**
 * Small dense-matrix helpers for the matrix view of convolution. Matrices and grids are arrays of rows
 * (shape [height, width]); vectors are row-major flattenings of grids.
 */

export type Matrix = number[][];

/** [height, width] of a non-empty rectangular grid; throws a RangeError naming `what` otherwise. */
export function gridShape(grid: readonly (readonly number[])[], what = 'grid'): [number, number] {
  const height = grid.length;
  const width = height > 0 ? grid[0].length : 0;
  if (height === 0 || width === 0) throw new RangeError(`The ${what} is empty; it needs at least one cell.`);
  if (grid.some((row) => row.length !== width)) {
    throw new RangeError(`Every row of the ${what} must have the same length (${width}).`);
  }
  return [height, width];
}

/** A [height, width] grid filled with `value`. */
export function filledGrid(height: number, width: number, value = 0): Matrix {
  return Array.from({ length: height }, () => new Array<number>(width).fill(value));
}

/** Row-major flattening: vec(x)[r·width + c] = x[r][c]. */
export function flatten(grid: readonly (readonly number[])[]): number[] {
  return grid.flatMap((row) => [...row]);
}

/** Inverse of `flatten`: rows of `width` values. */
export function reshape(values: readonly number[], height: number, width: number): Matrix {
  if (values.length !== height * width) {
    throw new RangeError(`Cannot reshape ${values.length} values into ${height}×${width}.`);
  }
  return Array.from({ length: height }, (_, r) => values.slice(r * width, (r + 1) * width));
}

/** Mᵀ: rows become columns. */
export function transpose(matrix: readonly (readonly number[])[]): Matrix {
  const [height, width] = gridShape(matrix, 'matrix');
  return Array.from({ length: width }, (_, c) => Array.from({ length: height }, (_, r) => matrix[r][c]));
}

/** M·v. */
export function matVec(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => {
    if (row.length !== vector.length) {
      throw new RangeError(`A matrix row has ${row.length} columns but the vector has ${vector.length} entries.`);
    }
    let sum = 0;
    for (let j = 0; j < row.length; j += 1) sum += row[j] * vector[j];
    return sum;
  });
}

/** A·B. */
export function matMul(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): Matrix {
  const bT = transpose(b);
  return a.map((row) => matVec(bT, row));
}

/** The n×n identity matrix. */
export function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (r === c ? 1 : 0)));
}
