// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawConfusionMatrix } from '../../../src/figures/confusion-matrix';
import { confusionHighlights } from '../../../src/lib/metrics/confusion-highlights';
import { messagesFor } from '../../../src/i18n';
import { confusionText } from '../../../src/widgets/metrics-playground/words';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

const confusion = [
  [50, 3, 0],
  [4, 30, 2],
  [0, 1, 10],
];
const data = { confusion, classNames: ['background', 'animal', 'vehicle'] };
const text = confusionText(messagesFor('en'), confusion);

describe('drawConfusionMatrix(data, { width, text })', () => {
  it('draws n_ij with row and column totals, named for screen readers by its diagonal and largest mistake', async () => {
    const svg = drawConfusionMatrix(data, { width: 440, text });
    expect(svg.getAttribute('aria-label')).toBe(text.description);
    expect(svg.getAttribute('aria-label')).toContain('the largest mistake is 4 animal pixels predicted as background');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('100');
    await expectSvgSnapshot(svg, 'confusion-matrix/wide');
  });

  it('slants the class names when the columns are narrow', async () => {
    await expectSvgSnapshot(drawConfusionMatrix(data, { width: 280, text }), 'confusion-matrix/narrow');
  });

  it('writes the words it is given: Korean axis labels and description', () => {
    const ko = confusionText(messagesFor('ko'), confusion);
    const svg = drawConfusionMatrix({ confusion, classNames: ['배경', '동물', '탈것'] }, { width: 440, text: ko });
    expect(svg.getAttribute('aria-label')).toContain('혼동 행렬');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes('예측 클래스'))).toBe(true);
    expect(texts.some((t) => t.includes('정답 클래스'))).toBe(true);
  });
});

describe('confusionHighlights(confusion)', () => {
  it('gives the diagonal and the largest mistake (count 0 when none)', () => {
    expect(confusionHighlights(confusion)).toEqual({
      diagonal: [50, 30, 10],
      worst: { count: 4, truth: 1, predicted: 0 },
    });
    expect(
      confusionHighlights([
        [0, 0],
        [0, 0],
      ]).worst.count,
    ).toBe(0);
  });
});
