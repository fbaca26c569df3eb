// The build-time first frame: a real figure drawn on jsdom in plain Node (no jsdom environment here), with the
// globals restored afterwards.
import { describe, expect, it } from 'vitest';
import { firstFrame } from '../../src/components/first-frame/render';
import { drawCheckerboard } from '../../src/figures/checkerboard';

describe('firstFrame', () => {
  it('draws a d3 figure to markup in Node and leaves no document behind', () => {
    expect(typeof document).toBe('undefined');
    const svg = firstFrame(() =>
      drawCheckerboard({
        values: [
          [0, 1],
          [2, -3],
        ],
        interior: [0, 2],
        description: 'four cells',
        idPrefix: 't',
        valueLabel: 'value',
      }),
    );
    expect(svg).toMatch(/^<svg[^>]*aria-label="four cells"/);
    // Three non-zero cells of three colours (1, 2, −3): a path each, and the grid lines.
    expect(svg.match(/<path/g)?.length).toBe(4);
    expect(typeof document).toBe('undefined');
  });

  it('restores the globals when the drawing throws', () => {
    expect(() =>
      firstFrame(() => {
        throw new Error('no data');
      }),
    ).toThrow('no data');
    expect(typeof document).toBe('undefined');
  });
});
