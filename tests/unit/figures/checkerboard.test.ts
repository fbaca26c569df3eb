// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawCheckerboard } from '../../../src/figures/checkerboard';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

// A 3 × 3 kernel of ones scattered with stride 2 over a 3 × 3 input of ones: cells where two stamps overlap
// get 2, where four overlap 4 — the checkerboard. The interior [1, 6) is where the input's edge does not reach.
const overlap = [1, 1, 2, 1, 2, 1, 1];
const values = overlap.map((a) => overlap.map((b) => a * b));

describe('drawCheckerboard(data, options)', () => {
  it('draws one cell per value, the dashed interior and a 0…max legend', async () => {
    const svg = drawCheckerboard(
      { values, interior: [1, 6], description: 'stride 2, kernel 3', idPrefix: 'cb', valueLabel: 'value' },
      { mapSize: 140 },
    );
    expect(svg.querySelectorAll('g[aria-hidden] rect')).toHaveLength(49 + 1);
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
