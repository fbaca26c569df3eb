// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { skipLossCurve, skipScoresCurve, type LossPoint, type ScorePoint } from '../../../src/figures/skip-training';
import { messagesFor } from '../../../src/i18n';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

const m = messagesFor('en');

// 30 steps of FCN-16s then 20 of FCN-8s, with a loss that falls and wiggles deterministically.
const losses: LossPoint[] = Array.from({ length: 50 }, (_, i) => ({
  step: i + 1,
  stage: i < 30 ? 'FCN-16s' : 'FCN-8s',
  loss: 1.2 * Math.exp(-i / 25) + 0.08 * Math.sin(i * 2.3),
}));
const scores: ScorePoint[] = [0, 10, 20, 30, 40, 50].flatMap((step, i) => [
  { step, metric: 'mean IoU' as const, value: 0.41 + 0.007 * i },
  { step, metric: 'boundary accuracy' as const, value: 0.55 + 0.012 * i },
]);

describe('skip training charts', () => {
  it('skipLossCurve(points, { width }): raw loss faint, running mean bold, one colour per stage', async () => {
    const svg = skipLossCurve(losses, { width: 480, m });
    expect(svg.getAttribute('aria-label')).toMatch(
      /^Training loss over 50 steps \(FCN-16s, then FCN-8s\); running mean of the last 10 steps 0\.\d{3}$/,
    );
    await expectSvgSnapshot(svg, 'skip-training/loss');
  });

  it('skipLossCurve with no steps yet', async () => {
    const svg = skipLossCurve([], { width: 320, m });
    expect(svg.getAttribute('aria-label')).toBe('Training loss: no steps yet');
    await expectSvgSnapshot(svg, 'skip-training/loss-empty');
  });

  it('skipScoresCurve(points, reference, { width }): held-out scores with FCN-32s dashed', async () => {
    const svg = skipScoresCurve(scores, { 'mean IoU': 0.4117, 'boundary accuracy': 0.53 }, { width: 480, m });
    expect(svg.getAttribute('aria-label')).toBe(
      'Held-out scores: mean IoU 44.5% at step 50 (FCN-32s 41.2%, dashed); ' +
        'boundary accuracy 61.0% at step 50 (FCN-32s 53.0%, dashed)',
    );
    await expectSvgSnapshot(svg, 'skip-training/scores');
  });

  it('skipScoresCurve before the first evaluation (the first frame): axes only, in Korean too', () => {
    const svg = skipScoresCurve([], undefined, { width: 320, m: messagesFor('ko') });
    expect(svg.getAttribute('aria-label')).toBe(
      '검증 점수: 평균 IoU 아직 측정하지 않음(FCN-32s …, 점선); 경계 정확도 아직 측정하지 않음(FCN-32s …, 점선)',
    );
    expect(svg.textContent).toContain('단계');
  });
});
