// src/lib/metrics/scores.ts's boundary band: boundaryMask worked by hand and against a brute-force
// distance-to-nearest-edge, and boundaryAccuracy.
import { describe, expect, it } from 'vitest';
import { boundaryAccuracy, boundaryMask } from '../../../src/lib/metrics/scores';
import { randomLabels } from '../helpers/random-labels';
import { createRandom } from '../../../src/lib/random';

describe('boundaryMask and boundaryAccuracy', () => {
  it('boundaryMask(row 000111, 1, 6, r) marks the edge pixels at r = 0 and one more each side at r = 1', () => {
    const row = [0, 0, 0, 1, 1, 1];
    expect([...boundaryMask(row, 1, 6, 0)]).toEqual([0, 0, 1, 1, 0, 0]);
    expect([...boundaryMask(row, 1, 6, 1)]).toEqual([0, 1, 1, 1, 1, 0]);
    expect([...boundaryMask(row, 1, 6, 5)]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('the band is Euclidean: (2, 2) is not within radius 2 of the edge point (0, 0), but (1, 1) is', () => {
    // Only column 0/1 border is an edge in a 5×5 map split vertically after column 0.
    const labels = Array.from({ length: 25 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const mask = boundaryMask(labels, 5, 5, 2);
    // edge pixels are columns 0 and 1; radius 2 reaches column 3 in a straight line
    for (let y = 0; y < 5; y++) expect([...mask.slice(5 * y, 5 * y + 5)]).toEqual([1, 1, 1, 1, 0]);
  });

  it('void pixels are not in the band, but a class next to void is an edge', () => {
    const row = [0, 0, 255, 255, 1, 1];
    expect([...boundaryMask(row, 1, 6, 0)]).toEqual([0, 1, 0, 0, 1, 0]);
    expect([...boundaryMask(row, 1, 6, 1)]).toEqual([1, 1, 0, 0, 1, 1]);
  });

  it('matches a brute-force distance-to-nearest-edge on random maps', () => {
    const next = createRandom(99).next;
    for (let trial = 0; trial < 40; trial++) {
      const h = 1 + Math.floor(next() * 9);
      const w = 1 + Math.floor(next() * 9);
      const labels = randomLabels(next, h * w, 3, 0.1);
      const radius = Math.floor(next() * 4) + (next() < 0.3 ? 0.5 : 0);
      const edges: [number, number][] = [];
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const v = labels[y * w + x];
          if (v === 255) continue;
          const nbrs = [
            [y - 1, x],
            [y + 1, x],
            [y, x - 1],
            [y, x + 1],
          ].filter(([a, b]) => a >= 0 && a < h && b >= 0 && b < w);
          if (nbrs.some(([a, b]) => labels[a * w + b] !== v)) edges.push([y, x]);
        }
      const expected = labels.map((v, i) => {
        if (v === 255) return 0;
        const [y, x] = [Math.floor(i / w), i % w];
        return edges.some(([a, b]) => (a - y) ** 2 + (b - x) ** 2 <= radius ** 2) ? 1 : 0;
      });
      expect([...boundaryMask(labels, h, w, radius)]).toEqual(expected);
    }
  });

  it('boundaryAccuracy counts only band pixels; null when there is no edge', () => {
    const truth = [0, 0, 0, 1, 1, 1];
    const pred = [1, 1, 0, 0, 1, 1]; // band at r = 1 is indices 1..4: right at 2 and 4, wrong at 1 and 3
    expect(boundaryAccuracy(truth, pred, 1, 6, { radius: 1 })).toBeCloseTo(0.5, 12);
    expect(boundaryAccuracy([2, 2, 2, 2], [0, 0, 0, 0], 2, 2)).toBeNull();
    expect(() => boundaryAccuracy(truth, pred, 2, 6)).toThrow(RangeError);
    expect(() => boundaryAccuracy(truth, [0], 1, 6)).toThrow(RangeError);
  });
});
