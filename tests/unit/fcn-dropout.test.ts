// forwardFcn's training-only dropout after fc6 and fc7 (the reference's drop6/drop7), on the cpu backend.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FcnConfig } from '../../src/lib/fcn/config';
import { createFcnWeights, forwardFcn, type FcnWeights } from '../../src/tf/fcn/model';
import { cpuTf } from './helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
const tiny: FcnConfig = { widthDivisor: 32, fcWidth: 16, numClasses: 3 };
let tf: Tf;
let weights: FcnWeights;

beforeAll(async () => {
  tf = await cpuTf();
  const fresh = createFcnWeights(tiny, 3, 'fcn8s');
  // Random score layers (fresh ones are zero, which would make every logit 0 whatever dropout does).
  weights = Object.fromEntries(
    Object.entries(fresh).map(([k, t], i) => [
      k,
      k.startsWith('score') ? tf.randomNormal(t.shape, 0, 0.3, 'float32', i) : t,
    ]),
  );
});

function fc(options: { dropoutRate?: number; dropoutSeed?: number }) {
  const image = tf.randomUniform([160, 160, 3], 0, 255, 'float32', 11);
  const { logits, stages } = forwardFcn(weights, image, 'fcn8s', { ...options, returnStages: true });
  const out = {
    logits: Array.from(logits.dataSync()),
    fc6: Array.from(stages!.fc6.dataSync()),
    fc7: Array.from(stages!.fc7.dataSync()),
  };
  tf.dispose([image, logits, ...Object.values(stages!)]);
  return out;
}

describe('forwardFcn(weights, image, variant, { dropoutRate, dropoutSeed })', () => {
  it('dropoutRate 0 (inference) gives exactly the logits of a call without the option', () => {
    expect(fc({ dropoutRate: 0, dropoutSeed: 5 }).logits).toEqual(fc({}).logits);
  });

  it('rate 0.5 zeroes about half of fc6 and scales every kept activation by 1 / (1 − 0.5) = 2', () => {
    const plain = fc({}).fc6;
    const dropped = fc({ dropoutRate: 0.5, dropoutSeed: 9 }).fc6;
    const positive = plain.map((v, i) => [v, dropped[i]]).filter(([v]) => v > 1e-6);
    expect(positive.length).toBeGreaterThan(120);
    const zeroed = positive.filter(([, d]) => d === 0).length / positive.length;
    expect(zeroed).toBeGreaterThan(0.38);
    expect(zeroed).toBeLessThan(0.62);
    for (const [v, d] of positive) if (d !== 0) expect(d).toBeCloseTo(2 * v, 4);
  });

  it('the masks follow the seed: the same seed repeats, another seed differs', () => {
    const a = fc({ dropoutRate: 0.5, dropoutSeed: 1 }).logits;
    expect(fc({ dropoutRate: 0.5, dropoutSeed: 1 }).logits).toEqual(a);
    expect(fc({ dropoutRate: 0.5, dropoutSeed: 2 }).logits).not.toEqual(a);
    expect(fc({}).logits).not.toEqual(a);
  });

  it('refuses a rate outside [0, 1) with a RangeError and leaks no tensor', () => {
    const image = tf.zeros([64, 64, 3]);
    const before = tf.memory().numTensors;
    for (const rate of [1, -0.1, Number.NaN]) {
      expect(() => forwardFcn(weights, image, 'fcn8s', { dropoutRate: rate, returnStages: true })).toThrow(RangeError);
    }
    expect(tf.memory().numTensors).toBe(before);
    image.dispose();
  });
});
