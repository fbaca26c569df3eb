// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawIoUBars } from '../../../src/figures/iou-bars';
import { messagesFor } from '../../../src/i18n';
import { barsText } from '../../../src/widgets/metrics-playground/words';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

// Three classes present and one absent from both truth and prediction: it gets no bar and no say in the mean.
const perClassIoU = [0.91, 0.42, null, 0.6];
const meanIoU = (0.91 + 0.42 + 0.6) / 3;
const scores = {
  counted: 100,
  perClassIoU,
  perClassAccuracy: [],
  meanIoU,
  pixelAccuracy: 0,
  meanAccuracy: 0,
  frequencyWeightedIoU: 0,
};
const data = { perClassIoU, classNames: ['background', 'animal', 'vehicle', 'plant'], meanIoU };
const colourOf = (c: number) => `var(--class-${c})`;

describe('drawIoUBars(data, options)', () => {
  it('draws one bar per present class in its colour, "absent: left out" for the other, and the mean as a rule', async () => {
    const svg = drawIoUBars(data, { width: 480, colourOf, text: barsText(messagesFor('en'), scores) });
    expect(svg.getAttribute('aria-label')).toBe(
      'Per-class IoU: background 91.0%; animal 42.0%; vehicle absent, left out; plant 60.0%. Mean IoU 64.3%.',
    );
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('absent: left out');
    expect(texts).toContain('mean IoU 64.3%');
    await expectSvgSnapshot(svg, 'iou-bars/four-classes');
  });

  it('draws no mean rule when the mean is undefined (nothing counted), and says n/a', () => {
    const none = { ...scores, counted: 0, perClassIoU: [null, null, null, null], meanIoU: 0 };
    const svg = drawIoUBars(
      { ...data, perClassIoU: none.perClassIoU, meanIoU: null },
      { width: 480, colourOf, text: barsText(messagesFor('ko'), none) },
    );
    expect(svg.querySelectorAll('line[stroke-dasharray]').length).toBe(0);
    expect(svg.getAttribute('aria-label')).toContain('평균 IoU 해당 없음');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.filter((t) => t === '없음: 빠짐')).toHaveLength(4);
  });
});
