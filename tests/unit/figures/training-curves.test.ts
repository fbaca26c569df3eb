// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { stageLabel, trainingCurve, type TrainingLogFile } from '../../../src/figures/training-curves';
import { expectSvgSnapshot } from './helpers/svg-snapshot';
import { messagesFor } from '../../../src/i18n';

const m = messagesFor('en');

// FCN-32s for 200 steps, then FCN-8s from it for 200 more: the 8s curve starts at overall step 200.
const stages = [
  { name: 'v2-fcn32s', variant: 'fcn32s', steps: 200, lr: 2e-3, from: null },
  { name: 'fcn8s', variant: 'fcn8s', steps: 200, lr: 1e-3, from: 'v2-fcn32s' },
];
const log: TrainingLogFile = {
  plan: { batchSize: 8, size: 160, stages },
  log: stages.flatMap((s, k) =>
    Array.from({ length: 8 }, (_, i) => ({
      stage: s.name,
      step: 25 * (i + 1),
      loss: 1.4 * Math.exp(-(k * 8 + i) / 6) + 0.1,
      lr: s.lr,
    })),
  ),
  val: stages.flatMap((s, k) =>
    [100, 200].map((step, i) => ({
      stage: s.name,
      step,
      loss: 0.5,
      scores: { meanIoU: 0.3 + 0.1 * (k * 2 + i) },
    })),
  ),
};

describe('trainingCurve(log, { width, metric })', () => {
  it("draws the loss against the overall step, one colour per stage, a dot at each stage's end", async () => {
    const svg = trainingCurve(log, { width: 560, metric: 'loss', m });
    expect(svg.getAttribute('aria-label')).toMatch(
      /^Training loss over 400 steps in 2 stage\(s\) \(FCN-32s, FCN-8s\); last value 0\.\d{3}$/,
    );
    await expectSvgSnapshot(svg, 'training-curves/loss');
  });

  it('draws the validation mean IoU in percent on a 0–100 axis', async () => {
    const svg = trainingCurve(log, { width: 360, metric: 'meanIoU', m });
    expect(svg.getAttribute('aria-label')).toBe(
      'Validation mean IoU over 400 steps in 2 stage(s) (FCN-32s, FCN-8s); last value 60.0%',
    );
    await expectSvgSnapshot(svg, 'training-curves/mean-iou');
  });

  it('speaks Korean, stage names too', () => {
    const ko = messagesFor('ko');
    const svg = trainingCurve(log, { width: 360, metric: 'meanIoU', m: ko });
    expect(svg.getAttribute('aria-label')).toBe(
      '검증 평균 IoU: 400단계, 스테이지 2개(FCN-32s, FCN-8s). 마지막 값 60.0%',
    );
    expect(stageLabel('fcn8s-long', ko)).toBe('FCN-8s, 이어서 학습');
    expect(stageLabel('fcn8s-long', m)).toBe('FCN-8s, continued');
  });

  it('draws at every width the element uses (280…720 px) and from an empty log, never blank', () => {
    for (let width = 280; width <= 720; width += 20) {
      for (const metric of ['loss', 'meanIoU'] as const) {
        const svg = trainingCurve(log, { width, metric, m });
        expect(svg.getAttribute('width')).toBe(String(width));
        expect(svg.querySelectorAll('path').length).toBeGreaterThan(0);
      }
    }
    const empty = { ...log, log: [], val: [] };
    expect(trainingCurve(empty, { width: 320, metric: 'loss', m }).getAttribute('aria-label')).toBe(
      'No training steps logged yet',
    );
  });
});
