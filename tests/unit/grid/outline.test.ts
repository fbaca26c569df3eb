import { describe, expect, it } from 'vitest';
import { outlineMask } from '../../../src/lib/grid/outline';

describe('outlineMask(labels, height, width, classId)', () => {
  const labels = [0, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 2, 2, 2, 3, 0, 2, 2, 2, 3];
  it('marks the pixels of the class that touch another label, not its interior nor other classes', () => {
    expect(Array.from(outlineMask(labels, 4, 5, 2))).toEqual([
      0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0,
    ]);
  });
  it("'all' outlines every object region (not the background side) and an edge between two objects", () => {
    const all = outlineMask(labels, 4, 5, 'all');
    expect(all[2 * 5 + 4]).toBe(1);
    expect(all[2 * 5 + 3]).toBe(1);
    expect(all[0]).toBe(0);
  });
  it('matches a brute-force count on random maps (every marked pixel has a different neighbour)', () => {
    let seed = 3;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 30; k++) {
      const [h, w] = [1 + Math.floor(rand() * 9), 1 + Math.floor(rand() * 9)];
      const map = Array.from({ length: h * w }, () => Math.floor(rand() * 3));
      const mask = outlineMask(map, h, w, 1);
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const n = [
            [y - 1, x],
            [y + 1, x],
            [y, x - 1],
            [y, x + 1],
          ].filter(([a, b]) => a >= 0 && a < h && b >= 0 && b < w);
          const expected = map[y * w + x] === 1 && n.some(([a, b]) => map[a * w + b] !== 1) ? 1 : 0;
          expect(mask[y * w + x]).toBe(expected);
        }
    }
  });
  it('refuses labels of the wrong length', () => {
    expect(() => outlineMask([0, 1], 2, 2, 1)).toThrow(/2 values/);
  });
});
