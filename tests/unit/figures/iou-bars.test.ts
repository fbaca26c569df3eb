// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeIoUBars, drawIoUBars } from '../../../src/figures/iou-bars';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

// Three classes present and one absent from both truth and prediction: it gets no bar and no say in the mean.
const data = {
  perClassIoU: [0.91, 0.42, null, 0.6],
  classNames: ['background', 'animal', 'vehicle', 'plant'],
  meanIoU: (0.91 + 0.42 + 0.6) / 3,
};

describe('drawIoUBars(data, options)', () => {
  it('draws one bar per present class in its colour, "absent: left out" for the other, and the mean as a rule', async () => {
    const svg = drawIoUBars(data, { width: 480, colourOf: (c) => `var(--class-${c})` });
    expect(svg.getAttribute('aria-label')).toBe(describeIoUBars(data));
    expect(svg.getAttribute('aria-label')).toBe(
      'Per-class IoU: background 91.0%; animal 42.0%; vehicle absent, left out; plant 60.0%. Mean IoU 64.3%.',
    );
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('absent: left out');
    expect(texts).toContain('mean IoU 64.3%');
    await expectSvgSnapshot(svg, 'iou-bars/four-classes');
  });
});
