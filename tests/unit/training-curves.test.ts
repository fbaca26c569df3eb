import { describe, expect, it } from 'vitest';
import { lossPoints, overallSteps, validationPoints, type TrainingLogFile } from '../../src/figures/training-curves';

const log: TrainingLogFile = {
  plan: {
    batchSize: 8,
    size: 128,
    stages: [
      { variant: 'fcn32s', steps: 100, lr: 1e-3, from: null },
      { variant: 'fcn8s', steps: 300, lr: 6e-4, from: 'fcn32s' },
      { name: 'fcn8s-long', variant: 'fcn8s', steps: 500, lr: 3e-4, from: 'fcn8s' },
    ],
  },
  log: [
    { stage: 'fcn32s', step: 25, loss: 1, lr: 1e-3 },
    { stage: 'fcn8s', step: 300, loss: 0.5, lr: 1e-4 },
    { stage: 'fcn8s-long', step: 25, loss: 0.4, lr: 3e-4 },
  ],
  val: [{ stage: 'fcn8s-long', step: 250, loss: 0.4, scores: { meanIoU: 0.6, pixelAccuracy: 0.9 } }],
};

describe('training curves', () => {
  it('adds the planned steps of earlier stages, keyed by stage name (a second stage of one variant too)', () => {
    const at = overallSteps(log);
    expect(at('fcn32s', 25)).toBe(25);
    expect(at('fcn8s', 300)).toBe(400);
    expect(at('fcn8s-long', 25)).toBe(425);
  });

  it('labels each stage for the legend and keeps the values', () => {
    expect(lossPoints(log).map((p) => [p.stage, p.step, p.value])).toEqual([
      ['FCN-32s', 25, 1],
      ['FCN-8s', 400, 0.5],
      ['FCN-8s, continued', 425, 0.4],
    ]);
    expect(validationPoints(log)).toEqual([{ stage: 'FCN-8s, continued', step: 650, value: 0.6 }]);
  });

  it('starts stages from scratch at 0, so side-by-side runs overlap, and a stage from another adds its steps', () => {
    const sideBySide: TrainingLogFile = {
      plan: {
        batchSize: 8,
        size: 128,
        stages: [
          { name: 'v2-fcn32s', variant: 'fcn32s', steps: 1000, lr: 2e-3, from: null },
          { name: 'v2-fcn8s', variant: 'fcn8s', steps: 1000, lr: 2e-3, from: null },
          { name: 'more', variant: 'fcn8s', steps: 10, lr: 1e-4, from: 'v2-fcn8s' },
        ],
      },
      log: [],
      val: [],
    };
    const at = overallSteps(sideBySide);
    expect(at('v2-fcn32s', 50)).toBe(50);
    expect(at('v2-fcn8s', 50)).toBe(50);
    expect(at('more', 5)).toBe(1005);
  });
});
