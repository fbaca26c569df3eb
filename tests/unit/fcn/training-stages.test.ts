import { describe, expect, it } from 'vitest';
import { shippedTraining } from '../../../src/lib/fcn/training-stages';
import { TRAIN_PLAN } from '../../../scripts/lib/train-plan';

describe('shippedTraining', () => {
  it('follows each shipped model back through the stages it started from', () => {
    const stages = [
      { variant: 'fcn32s', from: null, steps: 1000 },
      { variant: 'fcn16s', from: 'fcn32s', steps: 1500 },
      { variant: 'fcn8s', from: 'fcn16s', steps: 8000 },
      { name: 'fcn8s-long', variant: 'fcn8s', from: 'fcn8s', steps: 12000 },
      { name: 'fcn32s-long', variant: 'fcn32s', from: 'fcn32s', steps: 7000 },
    ];
    expect(shippedTraining(stages)).toEqual({
      fcn32s: { steps: 8000, chain: ['fcn32s', 'fcn32s-long'] },
      fcn16s: { steps: 2500, chain: ['fcn32s', 'fcn16s'] },
      fcn8s: { steps: 22500, chain: ['fcn32s', 'fcn16s', 'fcn8s', 'fcn8s-long'] },
    });
  });

  it('ships the last stage marked `ships` when the plan marks one, not a later stage tried after it', () => {
    const stages = [
      { variant: 'fcn32s', from: null, steps: 1000 },
      { name: 'fcn32s-more', variant: 'fcn32s', from: 'fcn32s', steps: 500, ships: true },
      { name: 'fcn32s-long', variant: 'fcn32s', from: 'fcn32s-more', steps: 4000 },
      { name: 'fcn16s', variant: 'fcn16s', from: 'fcn32s', steps: 300 },
    ];
    expect(shippedTraining(stages)).toEqual({
      fcn32s: { steps: 1500, chain: ['fcn32s', 'fcn32s-more'] },
      fcn16s: { steps: 1300, chain: ['fcn32s', 'fcn16s'] },
    });
  });

  it('refuses a stage that starts from nothing trained before it', () => {
    expect(() => shippedTraining([{ variant: 'fcn16s', from: 'fcn32s', steps: 10 }])).toThrow(/fcn32s/);
  });

  it('accepts the committed training plan and gives every variant a chain from scratch', () => {
    const shipped = shippedTraining(TRAIN_PLAN.stages);
    expect(Object.keys(shipped).sort()).toEqual(['fcn16s', 'fcn32s', 'fcn8s']);
    for (const t of Object.values(shipped)) expect(t.chain[0]).toBe('fcn32s');
  });
});
