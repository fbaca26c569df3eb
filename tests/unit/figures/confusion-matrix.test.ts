// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeConfusion, drawConfusionMatrix } from '../../../src/figures/confusion-matrix';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

const data = {
  confusion: [
    [50, 3, 0],
    [4, 30, 2],
    [0, 1, 10],
  ],
  classNames: ['background', 'animal', 'vehicle'],
};

describe('drawConfusionMatrix(data, { width })', () => {
  it('draws n_ij with row and column totals, named for screen readers by its diagonal and largest mistake', async () => {
    const svg = drawConfusionMatrix(data, { width: 440 });
    expect(svg.getAttribute('aria-label')).toBe(describeConfusion(data));
    expect(svg.getAttribute('aria-label')).toContain('the largest mistake is 4 animal pixels predicted as background');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('100');
    await expectSvgSnapshot(svg, 'confusion-matrix/wide');
  });

  it('slants the class names when the columns are narrow', async () => {
    await expectSvgSnapshot(drawConfusionMatrix(data, { width: 280 }), 'confusion-matrix/narrow');
  });
});
