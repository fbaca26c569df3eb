// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawCheckerboard, levelPaths } from '../../../src/figures/checkerboard';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

// A 3 × 3 kernel of ones scattered with stride 2 over a 3 × 3 input of ones: cells where two stamps overlap
// get 2, where four overlap 4 — the checkerboard. The interior [1, 6) is where the input's edge does not reach.
const overlap = [1, 1, 2, 1, 2, 1, 1];
const values = overlap.map((a) => overlap.map((b) => a * b));

/** The squares of a level's path back as cells: `M x,y h c v c h -c z` → [row, col]. */
function cellsOf(d: string, cell: number): [number, number][] {
  const squares = [...d.matchAll(/M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)h-([\d.]+)z/g)];
  expect(squares.map((m) => m[0]).join('')).toBe(d);
  return squares.map((m) => {
    expect([Number(m[3]), Number(m[4]), Number(m[5])]).toEqual(
      [cell, cell, cell].map((c) => Math.round(c * 1000) / 1000),
    );
    return [Math.round(Number(m[2]) / cell), Math.round(Number(m[1]) / cell)];
  });
}

describe('levelPaths(values, cell, maxAbs)', () => {
  it('puts every non-zero cell in exactly one path, at its |value| / max opacity and sign (random maps)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 30; trial += 1) {
      const n = 1 + Math.floor(random() * 20);
      const cell = 240 / n;
      const map = Array.from({ length: n }, () =>
        Array.from({ length: n }, () => (random() < 0.2 ? 0 : Math.round((random() * 2 - 1) * 8) / 2)),
      );
      const maxAbs = Math.max(0, ...map.flat().map(Math.abs));
      const seen = new Map<string, { negative: boolean; opacity: number }>();
      for (const level of levelPaths(map, cell, maxAbs))
        for (const [row, col] of cellsOf(level.d, cell)) {
          expect(seen.has(`${row},${col}`)).toBe(false);
          seen.set(`${row},${col}`, level);
        }
      map.forEach((row, y) =>
        row.forEach((v, x) => {
          const drawn = seen.get(`${y},${x}`);
          if (Math.round((Math.abs(v) / maxAbs) * 255) === 0) return expect(drawn).toBeUndefined();
          expect(drawn?.negative).toBe(v < 0);
          expect(Math.abs((drawn?.opacity ?? -1) - Math.abs(v) / maxAbs)).toBeLessThanOrEqual(0.5 / 255);
        }),
      );
    }
  });

  it('draws nothing for an all-zero map (no division by zero)', () => {
    expect(
      levelPaths(
        [
          [0, 0],
          [0, 0],
        ],
        10,
        0,
      ),
    ).toEqual([]);
  });
});

describe('drawCheckerboard(data, options)', () => {
  it('draws one path per colour level (3 here: 1, 2 and 4), grid lines, the dashed interior and a 0…max legend', async () => {
    const svg = drawCheckerboard(
      { values, interior: [1, 6], description: 'stride 2, kernel 3', idPrefix: 'cb', valueLabel: 'value' },
      { mapSize: 140 },
    );
    const paths = [...svg.querySelectorAll('g.cells path')];
    expect(paths).toHaveLength(3 + 1);
    expect(paths.slice(0, 3).map((p) => cellsOf(p.getAttribute('d') ?? '', 20).length)).toEqual([25, 20, 4]);
    await expectSvgSnapshot(svg, 'checkerboard/positive');
  });

  it('uses the stamp colour for negative values and a −max…0…max legend (a minus sign, U+2212, not a hyphen)', async () => {
    const signed = values.map((row, y) => row.map((v, x) => ((x + y) % 2 ? -v : v)));
    const svg = drawCheckerboard({
      values: signed,
      interior: [1, 6],
      description: 'signed',
      idPrefix: 'cb-signed',
      valueLabel: 'value',
    });
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['−4', '0', '4']);
    await expectSvgSnapshot(svg, 'checkerboard/signed');
  });
});
