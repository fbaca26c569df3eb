import { describe, expect, it } from 'vitest';
import {
  decodeGrid,
  encodeGrid,
  resizeGrid,
  shapeOf,
  smallInteger,
} from '../../../../src/widgets/scatter-stepper/grid-edit';

describe('resizeGrid(grid, height, width, fill)', () => {
  it('keeps the values that still fit and fills new cells', () => {
    expect(
      resizeGrid(
        [
          [3, 7],
          [1, 2],
        ],
        3,
        3,
        () => 0,
      ),
    ).toEqual([
      [3, 7, 0],
      [1, 2, 0],
      [0, 0, 0],
    ]);
    expect(
      resizeGrid(
        [
          [3, 7],
          [1, 2],
        ],
        1,
        1,
        () => 0,
      ),
    ).toEqual([[3]]);
    expect(resizeGrid([[1]], 2, 2, (y, x) => 10 * y + x)).toEqual([
      [1, 1],
      [10, 11],
    ]);
  });
});

describe('smallInteger(y, x)', () => {
  it('gives integers 1 … 4', () => {
    for (let y = 0; y < 5; y += 1) {
      for (let x = 0; x < 5; x += 1) {
        const v = smallInteger(y, x);
        expect(Number.isInteger(v) && v >= 1 && v <= 4).toBe(true);
      }
    }
  });
});

describe('encodeGrid / decodeGrid', () => {
  it('round-trips a grid', () => {
    const grid = [
      [3, 7, -1],
      [1, 2, 0.5],
    ];
    expect(encodeGrid(grid)).toBe('3,7,-1;1,2,0.5');
    expect(decodeGrid(encodeGrid(grid), 5)).toEqual(grid);
  });

  it('rejects ragged, empty, non-numeric or too large grids', () => {
    expect(decodeGrid('1,2;3', 5)).toBeNull();
    expect(decodeGrid('', 5)).toBeNull();
    expect(decodeGrid('1,x', 5)).toBeNull();
    expect(decodeGrid('1,2,3', 2)).toBeNull();
    expect(decodeGrid('1;2;3', 2)).toBeNull();
  });

  it('shapeOf gives [height, width]', () => {
    expect(shapeOf([[1, 2, 3]])).toEqual([1, 3]);
  });
});
