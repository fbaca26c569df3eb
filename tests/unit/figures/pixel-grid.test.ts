// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawPixelGrid } from '../../../src/figures/pixel-grid';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

describe('drawPixelGrid(data, options)', () => {
  it('draws H × W pickable pixels with the chosen one marked', async () => {
    const svg = drawPixelGrid(
      { height: 3, width: 5, row: 1, col: 3, what: 'input map, 4 channels per pixel' },
      { width: 200 },
    );
    expect(svg.querySelectorAll('[data-cell]')).toHaveLength(15);
    expect(svg.querySelector('[data-cell="1,3"]')?.getAttribute('stroke')).toBe('var(--stamp)');
    expect(svg.getAttribute('aria-label')).toBe(
      'input map, 4 channels per pixel: 3 by 5 pixels, pixel row 1, column 3 chosen',
    );
    await expectSvgSnapshot(svg, 'pixel-grid/chosen');
  });
});
