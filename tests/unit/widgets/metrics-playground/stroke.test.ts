import { describe, expect, it } from 'vitest';
import { cellsAlong } from '../../../../src/widgets/metrics-playground/stroke';
import { createRandom } from '../../../../src/lib/random';

const at = (index: number, size: number): [number, number] => [Math.floor(index / size), index % size];

describe('cellsAlong(from, to, size)', () => {
  it('cellsAlong(0, 5, 16) walks the top row cell by cell', () => {
    expect(cellsAlong(0, 5, 16)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('cellsAlong(i, i, 16) is the one cell', () => {
    expect(cellsAlong(37, 37, 16)).toEqual([37]);
  });
  it('cellsAlong(0, 255, 16) runs down the diagonal', () => {
    expect(cellsAlong(0, 255, 16)).toEqual(Array.from({ length: 16 }, (_, k) => k * 17));
  });
  it('rejects a cell off the grid', () => {
    expect(() => cellsAlong(0, 256, 16)).toThrow(RangeError);
  });
  it('2,000 random segments: starts and ends at the pointer cells, every step to a neighbour, no gap, no repeat', () => {
    const random = createRandom(18);
    for (let k = 0; k < 2000; k++) {
      const size = random.int(1, 20);
      const from = random.int(0, size * size - 1);
      const to = random.int(0, size * size - 1);
      const path = cellsAlong(from, to, size);
      expect(path[0]).toBe(from);
      expect(path.at(-1)).toBe(to);
      const [r0, c0] = at(from, size);
      const [r1, c1] = at(to, size);
      expect(path.length).toBe(Math.max(Math.abs(r1 - r0), Math.abs(c1 - c0)) + 1);
      expect(new Set(path).size).toBe(path.length);
      for (let i = 1; i < path.length; i++) {
        const [ra, ca] = at(path[i - 1], size);
        const [rb, cb] = at(path[i], size);
        expect(Math.max(Math.abs(rb - ra), Math.abs(cb - ca))).toBe(1);
      }
    }
  });
});
